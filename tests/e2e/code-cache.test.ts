// The launcher runs the bundle from a V8 code cache. What it must get right: use the cache the
// build shipped, also under Node-only flags; make and then use one of its own under V8 flags
// (which reject the shipped one), in the user's cache folder only, never in the package;
// and never use a cache made from another build's code. Each case runs a copy of the package.
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertNoStackTrace, EXAMPLES, ROOT, tempDir } from '../helpers.js';

function copyPackage(): string {
  const dir = tempDir('salesplan-cache-');
  for (const part of ['bin', 'dist', 'package.json']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  return dir;
}

function validate(pkg: string, env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [join(pkg, 'bin', 'salesplan.cjs'), 'validate', join(EXAMPLES, 'target-zh.yaml')], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LANG: 'C.UTF-8', NODE_OPTIONS: '', SALESPLAN_DEBUG_CACHE: '1', ...env },
  });
  assertNoStackTrace(r.stderr);
  expect(r.status, r.stderr).toBe(0);
  const line = r.stderr.split('\n').find((l) => l.startsWith('[cache] salesplan.cjs:'));
  expect(line, r.stderr).toBeDefined();
  return line!;
}

/** The shipped cache: salesplan-<v8>-<arch>.bin, no flags' tag. */
const SHIPPED = /: used .*dist[/\\]cache[/\\]salesplan-[^-]+-[^-]+-[a-z0-9]+\.bin$/;

const caches = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.bin')).sort();

describe('the code cache', () => {
  it('is the one the build shipped, also under Node-only flags, and nothing new is written', () => {
    const pkg = copyPackage();
    const shipped = caches(join(pkg, 'dist', 'cache'));
    expect(shipped.some((f) => f.startsWith('salesplan-'))).toBe(true);
    expect(validate(pkg)).toMatch(SHIPPED);
    expect(validate(pkg, { NODE_OPTIONS: '--no-warnings --enable-source-maps' })).toMatch(SHIPPED);
    expect(caches(join(pkg, 'dist', 'cache'))).toEqual(shipped);
  });

  it('under V8 flags, is made once for those flags in the user cache folder, never in the package, and used from then on', () => {
    const pkg = copyPackage();
    const shipped = caches(join(pkg, 'dist', 'cache'));
    const user = tempDir('salesplan-usercache-');
    const env = { NODE_OPTIONS: '--max-old-space-size=1536', SALESPLAN_CACHE_DIR: user };
    expect(validate(pkg, env)).toMatch(/: rejected .*; wrote .*salesplan-usercache-.*salesplan-.*-[0-9a-f]{8}\.bin$/);
    expect(validate(pkg, env)).toMatch(/: used .*salesplan-usercache-.*-[0-9a-f]{8}\.bin$/);
    // What `npm pack` would ship from dist/cache is only what the build wrote.
    expect(caches(join(pkg, 'dist', 'cache'))).toEqual(shipped);
    // A plain run still uses the shipped one.
    expect(validate(pkg)).toMatch(SHIPPED);
  });

  it('goes to the user cache folder when dist/ cannot take it, named after the build', () => {
    const pkg = copyPackage();
    // dist/cache as a file: no folder can be made there (permissions do not stop root).
    rmSync(join(pkg, 'dist', 'cache'), { recursive: true });
    writeFileSync(join(pkg, 'dist', 'cache'), '');
    const user = tempDir('salesplan-usercache-');
    const env = { NODE_OPTIONS: '--max-old-space-size=1536', SALESPLAN_CACHE_DIR: user };
    expect(validate(pkg, env)).toMatch(/: no cache; wrote /);
    const [made] = caches(user);
    const buildId = readFileSync(join(pkg, 'dist', 'build-id'), 'utf8').trim();
    expect(made).toMatch(new RegExp(`^${buildId}-salesplan-`));
    expect(validate(pkg, env)).toMatch(/: used .*salesplan-usercache-/);

    // Another build (another identity): the cache made from the old code is never used.
    writeFileSync(join(pkg, 'dist', 'build-id'), 'ffffffffffffffff\n');
    expect(validate(pkg, env)).toMatch(/: no cache; wrote .*ffffffffffffffff-salesplan-/);
  });

  it('without flags, is found in the user cache folder too (a Node other than the build\'s, read-only dist/)', () => {
    const pkg = copyPackage();
    rmSync(join(pkg, 'dist', 'cache'), { recursive: true });
    writeFileSync(join(pkg, 'dist', 'cache'), '');
    const user = tempDir('salesplan-usercache-');
    expect(validate(pkg, { SALESPLAN_CACHE_DIR: user })).toMatch(/: no cache; wrote .*salesplan-usercache-/);
    expect(validate(pkg, { SALESPLAN_CACHE_DIR: user })).toMatch(/: used .*salesplan-usercache-/);
  });

  it('when no folder can take it, the run still succeeds and says so only when asked', () => {
    const pkg = copyPackage();
    rmSync(join(pkg, 'dist', 'cache'), { recursive: true });
    writeFileSync(join(pkg, 'dist', 'cache'), '');
    const blocked = join(tempDir('salesplan-nocache-'), 'file');
    writeFileSync(blocked, '');
    expect(validate(pkg, { SALESPLAN_CACHE_DIR: join(blocked, 'sub') })).toMatch(/: no cache; not written$/);
    const quiet = spawnSync(process.execPath, [join(pkg, 'bin', 'salesplan.cjs'), 'validate', join(EXAMPLES, 'target-zh.yaml'), '-q'], {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '', SALESPLAN_DEBUG_CACHE: '', SALESPLAN_CACHE_DIR: join(blocked, 'sub') },
    });
    expect(quiet.status).toBe(0);
    expect(quiet.stderr).toBe('');
  });
});
