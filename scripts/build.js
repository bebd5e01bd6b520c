// The build: type-check with tsc, then bundle with esbuild into one CommonJS file,
// dist/salesplan.cjs, with the built-in templates precompiled by Handlebars, then train its V8 code
// cache (scripts/train-cache.cjs). One file compiled from a cache starts several times faster than
// hundreds of modules compiled one by one; commands still run only their own code, since esbuild
// keeps each dynamically imported module's initialisation lazy (see README, Performance).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import Handlebars from 'handlebars';
import { vendorPatches } from './vendor-patches.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const skipTypecheck = process.argv.includes('--no-typecheck');

// Type errors stop the build before dist/ is touched, so a working build stays in place.
if (!skipTypecheck) {
  try {
    execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json'), '--noEmit'], { stdio: 'inherit' });
  } catch {
    process.exit(1);
  }
}

rmSync(join(root, 'dist'), { recursive: true, force: true });

// Must match COMPILE_OPTIONS in src/document/templates/engine.ts.
const HELPERS = ['table', 'join', 'list', 'eq', 'ne', 'and', 'or', 'not'];
const options = { noEscape: true, strict: false, knownHelpers: Object.fromEntries(HELPERS.map((h) => [h, true])), knownHelpersOnly: true };

/**
 * Every built-in template precompiled, one file per language and style:
 * dist/templates/zh-CN/target.cjs holds zh-CN/target/*.hbs. A run loads its style's file only.
 */
function writePrecompiledTemplates() {
  const dir = join(root, 'templates');
  const groups = new Map();
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.hbs')) {
        const name = relative(dir, full).split(sep).join('/').replace(/\.hbs$/, '');
        const group = name.slice(0, name.lastIndexOf('/'));
        if (!groups.has(group)) groups.set(group, []);
        groups.get(group).push(`${JSON.stringify(name.slice(group.length + 1))}: ${Handlebars.precompile(readFileSync(full, 'utf8'), options)}`);
      }
    }
  };
  walk(dir);
  for (const [group, entries] of groups) {
    const file = join(root, 'dist', 'templates', `${group}.cjs`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `'use strict';\n// Precompiled from templates/${group}/*.hbs by scripts/build.js.\nmodule.exports = {\n${entries.join(',\n')}\n};\n`);
  }
}

/** The bundle's precompiled-templates module: loads a style's file when its first template is asked for. */
const PRECOMPILED_LOADER = `
const groups = new Map();
export function precompiledTemplate(name) {
  const cut = name.lastIndexOf('/');
  const group = name.slice(0, cut);
  if (!groups.has(group)) {
    let specs = null;
    const file = require('node:path').join(__dirname, 'templates', group + '.cjs');
    try {
      // Through the launcher, from a code cache like the bundle; else a plain require.
      specs = globalThis.__salesplanLoad ? globalThis.__salesplanLoad(file) : require(file);
    } catch {
      // not precompiled: compiled from its file instead
    }
    groups.set(group, specs);
  }
  return groups.get(group)?.[name.slice(cut + 1)];
}
`;

/**
 * Large libraries that only some commands use, bundled apart into dist/vendor/<name>.cjs so the
 * main bundle stays small; the main bundle reaches them through the launcher (bin/salesplan.cjs),
 * which compiles them from their own code cache, or through require when run without it.
 */
const VENDORS = {
  docx: 'docx',
  '@inquirer/prompts': 'inquirer',
  'read-excel-file/node': 'read-excel-file',
  'write-excel-file/node': 'write-excel-file',
  'csv-parse/sync': 'csv-parse',
  // Charts: Word's in a DOCX with charts, ECharts' SVG in a Markdown file with charts.
  'docx/charts': 'docx-charts',
  echarts: 'echarts',
};

/**
 * What a vendor bundle holds when it is not its whole package: ECharts with only what the charts
 * draw (bars, lines, grid, title, legend, a marked line; the SVG renderer), a third of its size.
 */
const VENDOR_ENTRIES = {
  // Named ES imports, so esbuild leaves out the rest of ECharts.
  echarts: `import { use, init } from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, TitleComponent, LegendComponent, MarkLineComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
use([BarChart, LineChart, GridComponent, TitleComponent, LegendComponent, MarkLineComponent, SVGRenderer]);
export { init };`,
};

/** Shims for the vendors other than `except`: docx/charts shares the docx bundle, not a copy of it. */
const shimsFor = (except) => ({
  name: 'vendor-shims',
  setup(b) {
    const filter = new RegExp(`^(${Object.keys(VENDORS).filter((k) => k !== except).map((k) => k.replace(/[/.]/g, '\\$&')).join('|')})$`);
    b.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'vendor' }));
    b.onLoad({ filter: /.*/, namespace: 'vendor' }, (args) => ({
      contents: `module.exports = globalThis.__salesplanVendor ? globalThis.__salesplanVendor(${JSON.stringify(VENDORS[args.path])}) : require(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
});
const vendorShims = shimsFor(undefined);

const precompiledTemplates = {
  name: 'precompiled-templates',
  setup(b) {
    b.onLoad({ filter: /templates[\\/]precompiled\.ts$/ }, () => ({ contents: PRECOMPILED_LOADER, loader: 'js' }));
  },
};

/**
 * fdir (under tinyglobby) looks for picomatch with a require made from its own URL when it loads,
 * which in the bundle means resolving and compiling a package from node_modules at run time: the
 * bundle imports it instead (tinyglobby bundles picomatch already, so it is the same copy).
 */
const fdirPicomatch = {
  name: 'fdir-picomatch',
  setup(b) {
    b.onLoad({ filter: /[\\/]fdir[\\/]dist[\\/]index\.mjs$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const lookup = /__require\.resolve\("picomatch"\);\s*pm = __require\("picomatch"\);/;
      if (!lookup.test(source)) throw new Error('fdir no longer looks picomatch up as scripts/build.js expects: update fdirPicomatch');
      return { contents: `import __picomatch from "picomatch";\n${source.replace(lookup, 'pm = __picomatch;')}`, loader: 'js' };
    });
  },
};

/**
 * What every bundle shares: CommonJS for Node 20 (code caches need scripts), minified, and ASCII
 * only: V8 keeps a source with a single non-ASCII character as a two-byte string, twice the
 * memory and slower to scan; esbuild writes such characters as \u escapes instead.
 */
const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: process.env.SALESPLAN_NO_MINIFY !== '1',
  charset: 'ascii',
  legalComments: 'linked',
  // The sources are ES modules; in the CommonJS bundle, import.meta.url is the bundle's own URL.
  define: { 'import.meta.url': '__salesplanUrl' },
  banner: { js: "var __salesplanUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
};
await build({
  ...common,
  entryPoints: [join(root, 'src', 'cli.ts')],
  outfile: join(root, 'dist', 'salesplan.cjs'),
  plugins: [precompiledTemplates, vendorShims, fdirPicomatch],
});
// The libraries' hot paths made cheaper at build time (scripts/vendor-patches.js).
const patches = vendorPatches();
for (const [module, name] of Object.entries(VENDORS)) {
  await build({
    ...common,
    stdin: { contents: VENDOR_ENTRIES[module] ?? `module.exports = require(${JSON.stringify(module)});`, resolveDir: root, loader: 'js' },
    outfile: join(root, 'dist', 'vendor', `${name}.cjs`),
    plugins: [shimsFor(module), patches.plugin],
  });
}
if (patches.missing().length) {
  process.stderr.write(`scripts/vendor-patches.js: no bundle took ${patches.missing().join('; ')}\n`);
  process.exit(1);
}
writePrecompiledTemplates();

// esbuild's ASCII charset leaves non-ASCII characters inside regular expression literals alone
// (and the precompiled templates are not esbuild's): the rest are written as \u escapes here,
// one per UTF-16 unit, which mean the same character in strings, templates, regular expressions
// (a surrogate pair is one code point under /u) and identifiers.
const toAscii = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = join(dir, entry.name);
    if (entry.isDirectory()) toAscii(file);
    else if (file.endsWith('.cjs')) {
      const source = readFileSync(file, 'utf8');
      // A backslash before such a character would escape the escape's own backslash instead.
      if (/\\[^\x00-\x7f]/.test(source)) throw new Error(`${relative(root, file)}: an escaped non-ASCII character; write it unescaped`);
      if (/[^\x00-\x7f]/.test(source)) writeFileSync(file, source.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
    }
  }
};
toAscii(join(root, 'dist'));

// A dynamic import() in code run from a V8 code cache finds no loader in a later process: the
// bundles must have none (esbuild turns bundled ones into requires; this catches the rest).
for (const file of [join(root, 'dist', 'salesplan.cjs'), ...Object.values(VENDORS).map((name) => join(root, 'dist', 'vendor', `${name}.cjs`))]) {
  const found = /\bimport\(\s*["'`]/.exec(readFileSync(file, 'utf8'));
  if (found) {
    process.stderr.write(`${relative(root, file)} has a dynamic import(): import the module statically instead.\n`);
    process.exit(1);
  }
}

// The build's identity, for code caches kept outside dist/ (bin/salesplan.cjs): V8 checks a
// cache only against its source's length, so a cache must never outlive the code it was made from.
const buildHash = createHash('sha1');
const hashTree = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const file = join(dir, entry.name);
    if (entry.isDirectory()) hashTree(file);
    else if (file.endsWith('.cjs')) buildHash.update(relative(root, file)).update(readFileSync(file));
  }
};
hashTree(join(root, 'dist'));
writeFileSync(join(root, 'dist', 'build-id'), `${buildHash.digest('hex').slice(0, 16)}\n`);

// The code cache: made by running the common commands once (skip with --no-cache).
if (!process.argv.includes('--no-cache')) {
  try {
    // Without the builder's NODE_OPTIONS: the cache shipped is the one for a plain `node`.
    execFileSync(process.execPath, [join(root, 'scripts', 'train-cache.cjs')], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, NODE_OPTIONS: '' },
    });
  } catch (error) {
    process.stderr.write(`training the code cache failed:\n${error.stderr ?? error.message}\n`);
    process.exit(1);
  }
}
