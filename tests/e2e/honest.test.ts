// Commands that do what their names say and endings that tell the truth: convert refuses what is
// not Markdown, -o dir/ makes the folder, a folder gives plan files only, templates --eject writes
// the tree, an option that does nothing alone is an error, an unknown command is one even with --help.
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertNoStackTrace, EXAMPLES, runCli, tempDir } from '../helpers.js';

const plan = join(EXAMPLES, 'target-zh.yaml');

describe('commands do what their names say', () => {
  it('convert refuses a plan file and a DOCX, naming the command that fits', () => {
    const dir = tempDir();
    const yaml = runCli(['convert', plan]);
    expect(yaml.status).toBe(2);
    expect(yaml.stderr).toContain(`salesplan generate ${plan} -f docx`);
    copyFileSync(plan, join(dir, 'plan.md'));
    expect(runCli(['convert', join(dir, 'plan.md')]).stderr).toContain('是计划文件');
    writeFileSync(join(dir, 'x.docx'), 'PK');
    const docx = runCli(['convert', join(dir, 'x.docx'), '--lang', 'en']);
    expect(docx.status).toBe(2);
    expect(docx.stderr).toContain('is already a DOCX');
    expect(readdirSync(dir).sort()).toEqual(['plan.md', 'x.docx']);
  });

  it('generate -o newdir/ makes the folder for one plan too', () => {
    const dir = tempDir();
    const r = runCli(['generate', plan, '-o', `${join(dir, 'out', 'docs')}/`]);
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(dir, 'out', 'docs', 'target-zh.md'))).toBe(true);
  });

  it('generate folder/ takes plan files only and names what it skipped', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'plans'));
    copyFileSync(plan, join(dir, 'plans', 'a.yaml'));
    writeFileSync(join(dir, 'plans', 'docker-compose.yml'), 'services: {}\n');
    const r = runCli(['generate', join(dir, 'plans'), '-o', join(dir, 'out') + '/']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('跳过 1 个不是计划的 YAML 文件');
    expect(r.stderr).toContain('docker-compose.yml');
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['a.charts', 'a.md']);
  });

  it('a month’s plan written to standard output points its $schema line at a schema that exists', () => {
    const r = runCli(['generate', join(EXAMPLES, 'annual-zh.yaml'), '--month', '2027-03', '--emit-yaml', '-o', '-']);
    expect(r.status, r.stderr).toBe(0);
    const schema = /^# yaml-language-server: \$schema=(.+)$/m.exec(r.stdout)![1]!;
    expect(existsSync(schema), schema).toBe(true);
  });

  it('templates --eject dir/ writes the tree generate --templates reads', () => {
    const dir = tempDir();
    const r = runCli(['templates', '--eject', join(dir, 'mine')]);
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(dir, 'mine', 'zh-CN', 'target', 'market.hbs'))).toBe(true);
    expect(runCli(['generate', plan, '--templates', join(dir, 'mine'), '-o', join(dir, 'p.md')]).status).toBe(0);
    expect(runCli(['templates', '--eject', join(dir, 'mine')]).status).toBe(2);
  });
});

describe('user templates', () => {
  it('a template no built-in is named like, and a variable the data lacks, are warnings with a did-you-mean', () => {
    const dir = tempDir();
    expect(runCli(['templates', '--eject', join(dir, 'mine')]).status).toBe(0);
    // Every built-in template, checked against every example plan: not one warning.
    for (const example of ['target-zh', 'operations-en', 'annual-zh', 'quarterly-zh', 'service-zh', 'efficiency-zh', 'expansion-zh']) {
      const r = runCli(['generate', join(EXAMPLES, `${example}.yaml`), '--templates', join(dir, 'mine'), '-o', join(dir, `${example}.md`)]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).not.toMatch(/模板 .*(不会被使用|数据中没有)/);
    }
    writeFileSync(join(dir, 'mine', 'zh-CN', 'target', 'markt.hbs'), '## 市场\n');
    writeFileSync(join(dir, 'mine', 'zh-CN', 'target', 'closing.hbs'), '编制：{{org.authr}}{{#each products}}{{name}}{{/each}}\n');
    const r = runCli(['generate', plan, '--templates', join(dir, 'mine'), '-o', join(dir, 'p.md')]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('没有叫 zh-CN/target/markt 的模板。是不是 zh-CN/target/market？');
    expect(r.stderr).toContain('第 1 行：数据中没有 {{org.authr}}，这里会是空的。是不是 {{org.author}}？');
    expect(r.stderr.match(/数据中没有/g)).toHaveLength(1);
  });
});

describe('honest endings', () => {
  it('an option that does nothing in its context is an error, in one sentence', () => {
    for (const [args, text] of [[['review', plan, '--growth', '8'], '--growth 只能与 --next 一起使用'], [['review', plan, '--from-actuals'], '--from-actuals 只能与 --next 一起使用'], [['templates', '--force'], '--force 只能与 --eject 一起使用']] as const) {
      const r = runCli([...args]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(text);
      assertNoStackTrace(r.stderr);
    }
  });

  it('an unknown command is an error with a did-you-mean, even with --help', () => {
    const r = runCli(['consolidate', '--help']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('没有命令 “consolidate”');
    const near = runCli(['genrate', '--help', '--lang', 'en']);
    expect(near.status).toBe(2);
    expect(near.stderr).toContain('Did you mean salesplan generate?');
  });

  it('a bad flag value is one clean sentence with the accepted form', () => {
    const r = runCli(['new', join(tempDir(), 'p.yaml'), '--yes', '--style', 'target', '--revenue', '-5']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('参数 --revenue 的值 -5 不能用：不能为负数。');
  });
});
