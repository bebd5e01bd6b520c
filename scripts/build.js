// The build: type-check with tsc, then bundle with esbuild into dist/ — one small entry (cli.js)
// and a chunk per command, loaded when that command runs — with the built-in templates
// precompiled by Handlebars. Bundling makes start-up several times faster than loading hundreds of
// modules one by one (see README, Performance).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import Handlebars from 'handlebars';

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

// Must match COMPILE_OPTIONS in src/render/handlebars.ts.
const HELPERS = ['table', 'join', 'list', 'eq', 'ne', 'and', 'or', 'not'];
const options = { noEscape: true, strict: false, knownHelpers: Object.fromEntries(HELPERS.map((h) => [h, true])), knownHelpersOnly: true };

function precompiledModule() {
  const dir = join(root, 'templates');
  const entries = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.hbs')) {
        const name = relative(dir, full).split(sep).join('/').replace(/\.hbs$/, '');
        entries.push(`${JSON.stringify(name)}: ${Handlebars.precompile(readFileSync(full, 'utf8'), options)}`);
      }
    }
  };
  walk(dir);
  return `export default {\n${entries.join(',\n')}\n};\n`;
}

const precompiledTemplates = {
  name: 'precompiled-templates',
  setup(b) {
    b.onLoad({ filter: /precompiled-templates\.ts$/ }, () => ({ contents: precompiledModule(), loader: 'js' }));
  },
};

await build({
  entryPoints: [join(root, 'src', 'cli.ts')],
  outdir: join(root, 'dist'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: process.env.SALESPLAN_NO_MINIFY !== '1',
  legalComments: 'linked',
  chunkNames: 'chunks/[name]-[hash]',
  // CommonJS dependencies (handlebars) call require: give the ESM bundle one.
  banner: { js: "import { createRequire as __salesplanRequire } from 'node:module'; const require = __salesplanRequire(import.meta.url);" },
  plugins: [precompiledTemplates],
  logLevel: 'warning',
});
