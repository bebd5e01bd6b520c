// Part of the build: runs the commands a user runs most (generate to Markdown and DOCX, validate,
// lint, review) once, in one process, and saves the V8 code cache of the bundle, so that every
// later run skips compiling what these runs compiled. Output goes to a temporary folder.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { loadBundle, saveAllCaches } = require('../bin/salesplan.cjs');

const root = path.join(__dirname, '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'salesplan-train-'));
for (const name of ['target-zh.yaml', 'annual-zh.yaml', 'quarterly-zh.yaml', 'customers.csv', 'actuals-2026-12.csv']) {
  fs.copyFileSync(path.join(root, 'examples', name), path.join(work, name));
}
const at = (name) => path.join(work, name);
const cli = loadBundle({ writeCache: false });
const run = (...args) => cli.runCli(['node', 'salesplan', ...args]);

(async () => {
  try {
    await run('generate', at('target-zh.yaml'), '-o', at('t.md'), '-q');
    await run('generate', at('target-zh.yaml'), '-f', 'docx', '-o', at('t.docx'), '-q');
    await run('generate', at('annual-zh.yaml'), '-o', at('a.md'), '-q');
    await run('generate', at('quarterly-zh.yaml'), '-o', at('q.md'), '-q');
    await run('validate', at('target-zh.yaml'), '-q');
    await run('lint', at('t.md'), at('t.docx'), '-q');
    await run('review', at('target-zh.yaml'), '--actuals', at('actuals-2026-12.csv'), '-o', at('r.md'), '-q');
    await run('tiers', at('customers.csv'), '--as-of', '2026-12-31', '-o', at('tiers.md'), '-q');
    saveAllCaches();
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
})();
