// What `npm install` runs in a clone (the `prepare` script): the build, once. Without the
// type-check — that belongs to the tests (`npm test` runs it) — and not again while dist/ was
// built from the sources as they are now, so an install, `npm link` or `npx` in the folder never
// rebuilds behind the user's back. The sources' identity is a hash of their contents, kept in
// dist/source-id, not their times, which a clone or a checkout sets anew.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
/** What dist/ is made from. */
const INPUTS = ['src', 'templates', 'scripts/build.js', 'scripts/train-cache.cjs', 'package.json', 'package-lock.json'];

function sourceId() {
  const hash = createHash('sha1');
  const add = (path) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) add(join(path, name));
    } else hash.update(relative(root, path)).update(readFileSync(path));
  };
  for (const input of INPUTS) add(join(root, input));
  // A cache trained by another Node is not used: a build for this one is part of being current.
  hash.update(process.version);
  return hash.digest('hex').slice(0, 16);
}

const idFile = join(root, 'dist', 'source-id');
const id = sourceId();
const current = existsSync(join(root, 'dist', 'salesplan.cjs')) && existsSync(idFile) && readFileSync(idFile, 'utf8').trim() === id;
if (!current) {
  execFileSync(process.execPath, [join(root, 'scripts', 'build.js'), '--no-typecheck'], { stdio: 'inherit' });
  writeFileSync(idFile, `${id}\n`);
}
