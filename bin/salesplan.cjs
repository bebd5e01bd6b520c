#!/usr/bin/env node
'use strict';
// The salesplan command. `--version` is answered here, before anything else is loaded. Every other
// command runs the bundle in dist/ — and, when it needs them, the large libraries bundled apart in
// dist/vendor/ (the DOCX writer, the wizard's prompts, the spreadsheet readers) — compiled from a
// V8 code cache when there is one for this Node: compiling megabytes of JavaScript is most of a
// short run's start-up, and the cache removes it. A cache that does not match (another Node
// version or other V8 flags) is not used, and a matching one is written after the run when the
// folder allows it.
const fs = require('node:fs');
const path = require('node:path');

const DIST = path.join(__dirname, '..', 'dist');
const BUNDLE = path.join(DIST, 'salesplan.cjs');

/** The scripts this process ran, and whether their cache needs writing. */
const scripts = [];

/** The cache of one bundle file for this V8 and these flags (a cache made under other flags is rejected). */
function cacheFile(file) {
  const flags = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ').trim();
  const suffix = flags ? `-${require('node:crypto').createHash('sha1').update(flags).digest('hex').slice(0, 8)}` : '';
  const name = path.relative(DIST, file).replace(/\.cjs$/, '').split(path.sep).join('_');
  return path.join(DIST, 'cache', `${name}-${process.versions.v8}-${process.arch}${suffix}.bin`);
}

/** Writes a script's code cache atomically; a folder we may not write to is no error. */
function saveCache({ script, file }) {
  const target = cacheFile(file);
  const temp = `${target}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(temp, script.createCachedData());
    fs.renameSync(temp, target);
  } catch {
    try {
      fs.unlinkSync(temp);
    } catch {
      // nothing was written
    }
  }
}

/** Runs a CommonJS file of dist/ from its code cache, if it has one; returns its exports. */
function runCached(file) {
  const vm = require('node:vm');
  const Module = require('node:module');
  const source = fs.readFileSync(file, 'utf8');
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile(file));
  } catch {
    // no cache for this Node yet
  }
  // The bundles hold no import() (the build checks): code from a cache could not resolve one.
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  scripts.push({ script, file, stale: !cachedData || script.cachedDataRejected });
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
      for (const entry of scripts) if (entry.stale) saveCache(entry);
    });
  }
  return runCached(BUNDLE);
}

/** Saves the cache of every script this process ran (used by the build's training run). */
function saveAllCaches() {
  for (const entry of scripts) saveCache(entry);
}

module.exports = { loadBundle, saveAllCaches };

if (require.main === module) {
  const args = process.argv.slice(2);
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
    process.stdout.write(`${require('../package.json').version}\n`);
  } else {
    loadBundle().main();
  }
}
