#!/usr/bin/env node
'use strict';
// The salesplan command. `--version` is answered here, before anything else is loaded. Every other
// command runs the bundle in dist/ — and, when it needs them, the large libraries bundled apart in
// dist/vendor/ (the DOCX writer, the wizard's prompts, the spreadsheet readers) — compiled from a
// V8 code cache when there is one for this Node: compiling megabytes of JavaScript is most of a
// short run's start-up, and the cache removes it. The build ships caches in dist/cache; one that
// does not match (another Node version or other V8 flags) is not used, and one for this Node and
// these flags is written after the run into the user's cache folder — never into the installed
// package, where it would be shipped by `npm pack` or left behind by an uninstall.
const fs = require('node:fs');
const path = require('node:path');

const DIST = path.join(__dirname, '..', 'dist');
const BUNDLE = path.join(DIST, 'salesplan.cjs');

/** The scripts this process ran, and whether their cache needs writing. */
const scripts = [];

/**
 * Node or V8 flags this process runs under (command line and NODE_OPTIONS), as a short hash. V8
 * rejects a cache made under other V8 flags (--max-old-space-size, --stack-size …) but not one
 * made under other Node flags (--enable-source-maps, --no-warnings …), so the cache shipped in
 * dist/ is tried when no cache for these flags exists yet.
 */
const flags = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ').trim();
const flagsTag = flags ? fnv1a(flags) : '';

/**
 * A short hash of a string (FNV-1a, 32 bits, hex) without loading node:crypto at start-up. It only
 * names a cache file: a cache made under other flags that shared a name would be refused by V8,
 * which checks the flags itself.
 */
function fnv1a(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * The user's cache folder, for an install folder the user may not write to (such as a global
 * install owned by root). Files there carry the build's identity (written by the build): V8
 * checks a cache only against the length of its source, so a cache must never be used with
 * another build's code. Worked out once, and only when dist/cache has no cache to offer.
 */
let userCache;
function userCacheDir() {
  if (userCache !== undefined) return userCache;
  let id = '';
  try {
    id = fs.readFileSync(path.join(DIST, 'build-id'), 'utf8').trim();
  } catch {
    // a build without an identity keeps its caches in dist/ only
  }
  const home = require('node:os').homedir();
  const dir =
    process.env.SALESPLAN_CACHE_DIR ??
    (process.platform === 'win32'
      ? path.join(process.env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'), 'salesplan', 'cache')
      : process.platform === 'darwin'
        ? path.join(home, 'Library', 'Caches', 'salesplan')
        : path.join(process.env.XDG_CACHE_HOME ?? path.join(home, '.cache'), 'salesplan'));
  userCache = id ? { dir, prefix: `${id}-` } : null;
  return userCache;
}

/** The name of a bundle file's cache for this V8, with or without the flags' tag. */
function cacheName(file, withFlags) {
  const name = path.relative(DIST, file).replace(/\.cjs$/, '').split(path.sep).join('_');
  return `${name}-${process.versions.v8}-${process.arch}${withFlags && flagsTag ? `-${flagsTag}` : ''}.bin`;
}

/** The build's own cache of a file, in dist/cache: written only by the build (scripts/train-cache.cjs). */
const shippedPlace = (file) => ({ dir: path.join(DIST, 'cache'), file: path.join(DIST, 'cache', cacheName(file, false)) });

/** Where a run writes its cache of a file: the user's cache folder, for this Node and these flags. */
function* ownCachePlaces(file) {
  const user = userCacheDir();
  if (user) yield { dir: user.dir, file: path.join(user.dir, user.prefix + cacheName(file, true)) };
}

/**
 * The caches to try for a file: without flags the shipped one first (the user's folder is then
 * not even worked out), else the user's one for these flags, then the shipped one (V8 takes it
 * under Node-only flags).
 */
function* cachePlaces(file) {
  if (!flagsTag) yield shippedPlace(file).file;
  for (const own of ownCachePlaces(file)) yield own.file;
  if (flagsTag) yield shippedPlace(file).file;
}

/** The first cache there is for a file; the places after it are not looked at (nor worked out). */
function findCache(file) {
  for (const place of cachePlaces(file)) {
    try {
      return { place, data: fs.readFileSync(place) };
    } catch {
      // not there: the next place
    }
  }
  return { place: undefined, data: undefined };
}

/**
 * Writes a script's code cache atomically to the first place that takes it. A folder nobody may
 * write to is no error, and is found out before the cache is serialized, which has a cost.
 */
function saveCache({ script, file }, places = ownCachePlaces(file)) {
  let data;
  for (const { dir, file: target } of places) {
    const temp = `${target}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(dir, { recursive: true });
      fs.accessSync(dir, fs.constants.W_OK);
      data ??= script.createCachedData();
      fs.writeFileSync(temp, data);
      fs.renameSync(temp, target);
      return target;
    } catch {
      try {
        fs.unlinkSync(temp);
      } catch {
        // nothing was written
      }
    }
  }
  return undefined;
}

/** Runs a CommonJS file of dist/ from its code cache, if it has one; returns its exports. */
function runCached(file) {
  const vm = require('node:vm');
  const Module = require('node:module');
  const source = fs.readFileSync(file, 'utf8');
  const { place, data } = findCache(file);
  // The bundles hold no import() (the build checks): code from a cache could not resolve one.
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData: data });
  scripts.push({ script, file, place, stale: !data || script.cachedDataRejected });
  const module_ = { exports: {} };
  script.runInThisContext()(module_.exports, Module.createRequire(file), module_, file, path.dirname(file));
  return module_.exports;
}

/** The libraries bundled apart, loaded on first use (see the vendor shims in scripts/build.js). */
const vendors = new Map();
globalThis.__salesplanVendor = (name) => {
  if (!vendors.has(name)) vendors.set(name, runCached(path.join(DIST, 'vendor', `${name}.cjs`)));
  return vendors.get(name);
};
/** Other files of dist/ (each style's precompiled templates), also from a code cache. */
globalThis.__salesplanLoad = (file) => runCached(file);

/** Loads the bundle. `writeCache: false` leaves the caches alone (the build's training writes them). */
function loadBundle(options = {}) {
  if (!fs.existsSync(BUNDLE)) {
    process.stderr.write('salesplan is not built: run `npm run build` in its folder.\n');
    process.exit(70);
  }
  if (options.writeCache !== false) {
    process.once('exit', () => {
      for (const entry of scripts) {
        const wrote = entry.stale ? saveCache(entry) : undefined;
        // SALESPLAN_DEBUG_CACHE=1: which cache each file ran from, for support and the tests.
        if (process.env.SALESPLAN_DEBUG_CACHE) {
          const name = path.relative(DIST, entry.file);
          const how = !entry.place ? 'no cache' : entry.stale ? `rejected ${entry.place}` : `used ${entry.place}`;
          process.stderr.write(`[cache] ${name}: ${how}${entry.stale ? `; ${wrote ? `wrote ${wrote}` : 'not written'}` : ''}\n`);
        }
      }
    });
  }
  return runCached(BUNDLE);
}

/** Saves the cache of every script this process ran into dist/cache (the build's training run only). */
function saveAllCaches() {
  for (const entry of scripts) saveCache(entry, [shippedPlace(entry.file)]);
}

module.exports = { loadBundle, saveAllCaches };

if (require.main === module) {
  const args = process.argv.slice(2);
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
    process.stdout.write(`${require('../package.json').version}\n`);
  } else if (args.length === 1 && args[0] === '--salesplan-generate-worker') {
    // A worker thread of a batch (src/commands/generate-pool.ts), running the same bundle; the
    // main thread alone writes caches (the threads share a process id, and so temporary names).
    loadBundle({ writeCache: false }).generateWorker();
  } else {
    // Batches start their worker threads on this file.
    globalThis.__salesplanLauncher = __filename;
    loadBundle().main();
  }
}
