// Runs a TypeScript script of this repository (scripts/*.ts) by bundling it with esbuild first.
import { mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const [script, ...args] = process.argv.slice(2);
// Inside the repository, so the bundle's imports of packages resolve from node_modules and the
// package root it finds is this checkout's: not inside node_modules, which in a git worktree may be
// a link to another checkout's (Node follows it, and the script would write that checkout's files).
const dir = mkdtempSync(resolve('.salesplan-script-'));
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
