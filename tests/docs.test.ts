// Generated files (JSON Schema, plan-format and styles references) match their sources.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from './helpers.js';

it('generated docs and schema are up to date (npm run docs)', () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'run-ts.js'), join('scripts', 'generate-docs.ts'), '--check'], { encoding: 'utf8', cwd: ROOT });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
});
