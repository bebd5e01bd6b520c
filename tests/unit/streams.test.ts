// Standard output, standard error and the exit code belong to src/cli.ts, the commands and the
// problem reports (issue 10). dependency-cruiser (.dependency-cruiser.cjs) keeps other modules from
// importing the stream writers; this test catches the direct calls it cannot see.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const ALLOWED = [/^src\/cli\.ts$/, /^src\/commands\//, /^src\/report\//];

/** Files outside those folders that may still write, each with why. */
const EXCEPTIONS: Record<string, string> = {
  // SALESPLAN_TIMING=1 is a developer's switch: the phase timings are printed from the exit hook,
  // after the command has returned, where no command could print them.
  'src/io/timing.ts': 'phase timings at exit',
  // A hang-up mid-write removes the temporary file and ends the run with the conventional status
  // (128 + SIGHUP); no command is running to return it.
  'src/io/files.ts': 'SIGHUP cleanup exit',
  // The wizard's prompts hide the cursor; a signal that ends the run must show it again.
  'src/io/terminal-safe.ts': 'cursor restored on a signal',
};

const CALL = /process\.(stdout\.write|stderr\.write|exit\b|exitCode\b)|console\.(log|error|warn|info)\b/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('who writes to the streams', () => {
  it('only the CLI, the commands and the reports write or set the exit code', () => {
    const offenders: string[] = [];
    for (const file of sources(join(ROOT, 'src'))) {
      const path = relative(ROOT, file).split(sep).join('/');
      if (ALLOWED.some((re) => re.test(path)) || path in EXCEPTIONS) continue;
      readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        if (CALL.test(line) && !/^\s*(\/\/|\*)/.test(line)) offenders.push(`${path}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });

  it('each exception still needs to be one', () => {
    for (const path of Object.keys(EXCEPTIONS)) expect(readFileSync(join(ROOT, path), 'utf8'), path).toMatch(CALL);
  });
});
