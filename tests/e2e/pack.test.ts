// What a user installs must work: the package packed as npm would publish it, installed into an
// empty folder, and run from there with npx — generate (Markdown and DOCX), lint, --version.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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
  }, 300_000);
});
