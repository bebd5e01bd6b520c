// salesplan lint through the built binary: files, folders and globs, formats, exit codes.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertNoStackTrace, ROOT, runCli, tempDir } from '../helpers.js';

const golden = (name: string) => join(ROOT, 'tests', 'golden', name);
const seed = join(ROOT, 'tests', 'fixtures', 'seeds', 'monthly-plans-000.txt');

describe('salesplan lint', () => {
  it('exits 0 on clean plans and prints what it read them as', () => {
    const r = runCli(['lint', golden('target-zh.zh-CN.md'), golden('operations-en.en.md')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('识别为目标分解型（7/7 个章节');
    expect(r.stderr).toContain('✔ 2 个文件：0 个错误，0 个警告');
  });

  it('exits 1 on errors, grouped by file and plan, with line:column and rule', () => {
    const r = runCli(['lint', seed, '--lang', 'en']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('篇一 《销售部月工作计划》: read as Target decomposition (7/7 sections');
    expect(r.stdout).toMatch(/5:22\s+error\s+The placeholder "XX万元" has not been filled in\.\s+placeholder/);
    expect(r.stdout).toContain('篇五 《销售部月工作计划》: read as Service and customer value');
  });

  it('takes folders and globs, and many files in one run', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'east'));
    mkdirSync(join(dir, 'west'));
    copyFileSync(golden('target-zh.zh-CN.md'), join(dir, 'east', 'a.md'));
    copyFileSync(golden('service-zh.zh-CN.md'), join(dir, 'west', 'b.md'));
    copyFileSync(seed, join(dir, 'west', 'c.txt'));
    writeFileSync(join(dir, 'west', 'notes.yaml'), 'not a plan');
    const folder = runCli(['lint', dir, '--format', 'json']);
    expect(JSON.parse(folder.stdout).files.map((f: { file: string }) => f.file.slice(dir.length))).toEqual(['/east/a.md', '/west/b.md', '/west/c.txt']);
    const globbed = runCli(['lint', `${dir}/**/*.md`, '--format', 'json']);
    expect(globbed.status).toBe(0);
    expect(JSON.parse(globbed.stdout).files).toHaveLength(2);
    expect(runCli(['lint', `${dir}/**/*.pdf`]).status).toBe(2);
  });

  it('reports an unreadable file, checks the others, and exits 2', () => {
    const dir = tempDir();
    copyFileSync(golden('target-zh.zh-CN.md'), join(dir, 'good.md'));
    writeFileSync(join(dir, 'fake.docx'), 'this is not a zip');
    writeFileSync(join(dir, 'old.doc'), 'binary');
    const r = runCli(['lint', join(dir, 'good.md'), join(dir, 'fake.docx'), join(dir, 'old.doc'), join(dir, 'missing.md')]);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('不是有效的 Word 文档');
    expect(r.stdout).toContain('旧版 Word 格式');
    expect(r.stdout).toContain('找不到文件');
    expect(r.stdout).toContain('没有发现问题');
    assertNoStackTrace(r.stderr);
  });

  it('--max-warnings turns too many warnings into exit 1', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'p.md'), '# 计划\n\n## 一、本月销售目标与分解\n\n完成500万元。\n');
    writeFileSync(join(dir, '.salesplanrc.yaml'), 'rules:\n  required-sections: off\n  empty-section: off\n');
    const plain = runCli(['lint', join(dir, 'p.md')]);
    expect(plain.status).toBe(0);
    expect(plain.stderr).toContain('警告');
    expect(runCli(['lint', join(dir, 'p.md'), '--max-warnings', '0']).status).toBe(1);
    expect(runCli(['lint', join(dir, 'p.md'), '--max-warnings', '10']).status).toBe(0);
  });

  it('--format sarif and github write to stdout', () => {
    const sarif = runCli(['lint', seed, '--format', 'sarif']);
    expect(sarif.status).toBe(1);
    expect(JSON.parse(sarif.stdout).version).toBe('2.1.0');
    const github = runCli(['lint', seed, '--format', 'github']);
    expect(github.stdout.split('\n')[0]).toMatch(/^::(error|warning) file=.*monthly-plans-000\.txt,line=\d+,col=\d+/);
  });

  it('--fix adds missing sections to Markdown and never edits a DOCX', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'p.md'), '# 计划\n\n## 一、本月销售目标与分解\n\n完成500万元。\n');
    const r = runCli(['lint', join(dir, 'p.md'), '--fix', '--style', 'target']);
    expect(r.status).toBe(1); // the skeletons are placeholders still to fill
    expect(r.stderr).toContain('补上 6 个缺少的章节骨架');
    expect(readFileSync(join(dir, 'p.md'), 'utf8')).toContain('## 七、绩效评估与回顾');
    runCli(['generate', join(ROOT, 'examples', 'target-zh.yaml'), '-f', 'docx', '-o', join(dir, 'p.docx')]);
    const before = readFileSync(join(dir, 'p.docx'));
    runCli(['lint', join(dir, 'p.docx'), '--fix', '--style', 'service']);
    expect(readFileSync(join(dir, 'p.docx')).equals(before)).toBe(true);
  });

  it('a broken config stops the run with its file and line', () => {
    const dir = tempDir();
    copyFileSync(golden('target-zh.zh-CN.md'), join(dir, 'p.md'));
    writeFileSync(join(dir, '.salesplanrc.yaml'), 'rules:\n  nonsense: off\n');
    const r = runCli(['lint', join(dir, 'p.md')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/\.salesplanrc\.yaml:2/);
  });

  it('puts the report on stdout and the summary on stderr, so `> out.txt` keeps the report', () => {
    const r = runCli(['lint', seed, '--lang', 'en']);
    expect(r.stdout).toMatch(/5:22\s+error/);
    expect(r.stdout).not.toContain('file(s):');
    expect(r.stderr.trim()).toMatch(/^✖ 1 file\(s\): \d+ error\(s\), \d+ warning\(s\)\.$/);
  });

  it('speaks --lang, else the language LANG names, else the language of the document', () => {
    const dir = tempDir();
    const plan = join(dir, 'plan.md');
    writeFileSync(plan, '# January Sales Plan\n\n## Targets\n\nRevenue of $____ this month.\n');
    expect(runCli(['lint', plan], { env: { LANG: 'C.UTF-8' } }).stdout).toContain('has not been filled in');
    expect(runCli(['lint', plan], { env: { LANG: 'zh_CN.UTF-8' } }).stdout).toContain('尚未填写');
    expect(runCli(['lint', plan, '--lang', 'en'], { env: { LANG: 'zh_CN.UTF-8' } }).stdout).toContain('has not been filled in');
  });

  it('reads a text file saved as UTF-16 ("Unicode" in Notepad) like UTF-8 and GBK', () => {
    const dir = tempDir();
    const text = '2027年1月销售计划\n一、销售目标\n完成万元销售额。\n';
    writeFileSync(join(dir, 'le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const be = Buffer.from(text, 'utf16le');
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1]!, be[i]!];
    writeFileSync(join(dir, 'be.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
    for (const name of ['le.txt', 'be.txt']) {
      const r = runCli(['lint', join(dir, name), '--format', 'json']);
      const messages = JSON.parse(r.stdout).files[0].messages as Array<{ ruleId: string; line: number; column: number }>;
      expect(messages.find((m) => m.ruleId === 'blank-figure'), name).toMatchObject({ line: 3, column: 3 });
    }
  });
});
