import { build } from 'esbuild';
await build({ entryPoints: ['/work/main/src/cli.ts'], outfile: '/tmp/cjsb/cli.cjs', bundle: true, format: 'cjs', platform: 'node', target: 'node20', minify: true, logLevel: 'error',
  define: { 'import.meta.url': 'importMetaUrl' }, banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" } });
