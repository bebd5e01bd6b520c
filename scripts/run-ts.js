// Runs a TypeScript script of this repository (scripts/*.ts) by bundling it with esbuild first.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const [script, ...args] = process.argv.slice(2);
// Inside the repository, so the bundle's imports of packages resolve from node_modules.
const cache = resolve('node_modules', '.cache');
mkdirSync(cache, { recursive: true });
const dir = mkdtempSync(join(cache, 'salesplan-script-'));
const out = join(dir, 'script.mjs');
await build({
  entryPoints: [resolve(script)], outfile: out, bundle: true, format: 'esm', platform: 'node', target: 'node20', packages: 'external', logLevel: 'warning',
  absWorkingDir: process.cwd(),
});
process.argv = [process.argv[0], resolve(script), ...args];
try {
  await import(pathToFileURL(out).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
