// What a user installs must work: the package packed as npm would publish it, installed into an
// empty folder, and run from there with npx — generate (Markdown and DOCX), lint, tiers, the
// wizard by flags, a user's own templates, --version.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function run(cmd: string, args: string[], cwd: string) {
  const r = spawnSync(cmd, args, {
    cwd, encoding: 'utf8', timeout: 240_000,
    env: { ...process.env, NO_COLOR: '1', LANG: 'C.UTF-8', SALESPLAN_TODAY: '2026-11-23', npm_config_update_notifier: 'false' },
  });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

describe('the packed package', () => {
  it('installs into an empty folder and runs with npx', () => {
    const packs = tempDir('salesplan-pack-');
    // dist/ was built by `npm test`'s pretest; --ignore-scripts keeps pack from building again.
    const packed = run(npm, ['pack', '--ignore-scripts', '--pack-destination', packs, '--json'], ROOT);
    expect(packed.status, packed.stderr).toBe(0);
    const { filename, files } = (JSON.parse(packed.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>)[0]!;
    const paths = files.map((f) => f.path);
    for (const wanted of ['bin/salesplan.cjs', 'dist/salesplan.cjs', 'dist/vendor/docx.cjs', 'dist/templates/zh-CN/target.cjs', 'templates/zh-CN/target/intro.hbs', 'schema/plan.schema.json', 'examples/target-zh.yaml', 'README.md', 'LICENSE']) {
      expect(paths, wanted).toContain(wanted);
    }
    expect(paths.some((p) => p.startsWith('src/') || p.startsWith('tests/'))).toBe(false);

    const app = tempDir('salesplan-install-');
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'sales-team', private: true }));
    const installed = run(npm, ['install', join(packs, filename), '--no-audit', '--no-fund', '--prefer-offline'], app);
    expect(installed.status, installed.stderr).toBe(0);

    const version = run(npx, ['--no-install', 'salesplan', '--version'], app);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    const example = join(app, 'node_modules', 'salesplan', 'examples', 'target-zh.yaml');
    const md = run(npx, ['--no-install', 'salesplan', 'generate', example, '-o', 'plan.md'], app);
    expect(md.status, md.stderr).toBe(0);
    expect(readFileSync(join(app, 'plan.md'), 'utf8')).toContain('# 2026年12月销售工作计划');
    const docx = run(npx, ['--no-install', 'salesplan', 'generate', example, '-f', 'docx', '-o', 'plan.docx'], app);
    expect(docx.status, docx.stderr).toBe(0);
    expect(existsSync(join(app, 'plan.docx'))).toBe(true);
    const lint = run(npx, ['--no-install', 'salesplan', 'lint', 'plan.md', 'plan.docx'], app);
    expect(lint.status, lint.stdout + lint.stderr).toBe(0);
    expect(lint.stderr).toContain('0 个错误');

    // Everything but Handlebars is bundled into dist/: the commands that load the bundled
    // vendors (xlsx/CSV reading, the wizard's flag path) and the one that needs Handlebars'
    // compiler from node_modules (a user's own templates) must work from the install too.
    const examples = join(app, 'node_modules', 'salesplan', 'examples');
    const tiers = run(npx, ['--no-install', 'salesplan', 'tiers', join(examples, 'customers.csv'), '--as-of', '2026-12-31'], app);
    expect(tiers.status, tiers.stderr).toBe(0);
    expect(tiers.stdout).toMatch(/核心/);
    const wizard = run(npx, ['--no-install', 'salesplan', 'new', 'mine.yaml', '--from', example, '--yes', '--generate', 'docx'], app);
    expect(wizard.status, wizard.stderr).toBe(0);
    expect(readFileSync(join(app, 'mine.yaml'), 'utf8')).toContain('2027-01');
    expect(existsSync(join(app, 'mine.docx'))).toBe(true);
    const printed = run(npx, ['--no-install', 'salesplan', 'templates', '--print', 'target/intro'], app);
    expect(printed.status, printed.stderr).toBe(0);
    mkdirSync(join(app, 'my', 'zh-CN', 'target'), { recursive: true });
    writeFileSync(join(app, 'my', 'zh-CN', 'target', 'intro.hbs'), `本月由{{org.department}}自定义开篇。\n\n${printed.stdout}`);
    const own = run(npx, ['--no-install', 'salesplan', 'generate', example, '--templates', 'my', '-o', 'own.md'], app);
    expect(own.status, own.stderr).toBe(0);
    expect(readFileSync(join(app, 'own.md'), 'utf8')).toContain('自定义开篇');
  }, 300_000);
});
