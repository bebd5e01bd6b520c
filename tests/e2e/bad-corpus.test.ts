// The bad-input corpus beyond plan files (those are in bad-inputs.test.ts): documents for lint,
// customer lists for tiers, actuals for review, templates for generate --templates, and outputs
// that cannot or must not be written. Each case: a clear message, the right exit code, no stack
// trace, nothing written, and every input left exactly as it was.
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertNoStackTrace, EXAMPLES, ROOT, runCli, tempDir } from '../helpers.js';

const BAD = join(ROOT, 'tests', 'fixtures', 'bad');
const PLAN = join(EXAMPLES, 'target-zh.yaml');

interface Case {
  args: (out: string) => string[];
  exit: number;
  message: RegExp;
}

const DOCUMENTS: Record<string, Case> = {
  'truncated.docx': { args: () => ['lint'], exit: 2, message: /已损坏或不完整/ },
  'not-a-zip.docx': { args: () => ['lint'], exit: 2, message: /不是有效的 Word 文档/ },
  'empty.docx': { args: () => ['lint'], exit: 2, message: /不是有效的 Word 文档/ },
  'no-document-part.docx': { args: () => ['lint'], exit: 2, message: /没有正文部分（word\/document\.xml）/ },
  'broken-xml.docx': { args: () => ['lint'], exit: 2, message: /已损坏或不完整/ },
  'zip-bomb.docx': { args: () => ['lint'], exit: 2, message: /压缩炸弹/ },
  'old-word.docx': { args: () => ['lint'], exit: 2, message: /旧版 Word（\.doc）格式，或是设置了打开密码/ },
  'binary.md': { args: () => ['lint'], exit: 2, message: /不是文本文件/ },
  'empty.md': { args: () => ['lint'], exit: 2, message: /是空的，没有可检查的内容/ },
  // Excel and Notepad in China save GBK: read as such, not refused.
  'gbk.md': { args: () => ['lint'], exit: 0, message: /识别为目标分解型（7\/7 个章节/ },
};

const CUSTOMERS: Record<string, Case> = {
  'bad-cells.csv': { args: () => ['tiers', '--as-of', '2026-12-31'], exit: 1, message: /bad-cells\.csv:3:16 +错误 +第 C 列（订单数）：“两次”不是订单次数/ },
  'date-after-as-of.csv': { args: () => ['tiers', '--as-of', '2026-12-31'], exit: 1, message: /晚于分层基准日 2026-12-31/ },
  'header-only.csv': { args: () => ['tiers'], exit: 1, message: /表中没有客户数据/ },
  'unclosed-quote.csv': { args: () => ['tiers'], exit: 1, message: /引号未闭合/ },
  'missing-columns.csv': { args: () => ['tiers'], exit: 2, message: /表头中找不到：最近购买日期.*现有表头：「客户」/ },
  'empty.csv': { args: () => ['tiers'], exit: 2, message: /是空的：需要一行表头/ },
  'binary.csv': { args: () => ['tiers'], exit: 2, message: /不是 CSV 文本文件/ },
  'fake.xlsx': { args: () => ['tiers'], exit: 2, message: /不是有效的 \.xlsx 文件/ },
  'xlsx-bomb.xlsx': { args: () => ['tiers'], exit: 2, message: /疑似压缩炸弹/ },
  'old-excel.xls': { args: () => ['tiers'], exit: 2, message: /旧版 Excel（\.xls）格式，或是设置了打开密码/ },
};

const ACTUALS: Record<string, Case> = {
  'unknown-name.csv': { args: (out) => ['review', PLAN, '-o', join(out, 'r.md'), '--actuals'], exit: 1, message: /unknown-name\.csv:3:2 .*是不是「S9 人脸识别智能锁」/ },
  'bad-type.csv': { args: (out) => ['review', PLAN, '-o', join(out, 'r.md'), '--actuals'], exit: 1, message: /类别“部门”无法识别/ },
  'bad-value.csv': { args: (out) => ['review', PLAN, '-o', join(out, 'r.md'), '--actuals'], exit: 1, message: /“八百”不是金额/ },
  'no-total.csv': { args: (out) => ['review', PLAN, '-o', join(out, 'r.md'), '--actuals'], exit: 1, message: /没有销售总额/ },
  'malformed.yaml': { args: (out) => ['review', PLAN, '-o', join(out, 'r.md'), '--actuals'], exit: 1, message: /malformed\.yaml:4:1 .*没有闭合/ },
  'unknown-key.yaml': { args: (out) => ['review', PLAN, '-o', join(out, 'r.md'), '--actuals'], exit: 1, message: /未知的键 「product」。 是不是想写 「products」/ },
  'wrong-period.yaml': { args: (out) => ['review', PLAN, '-o', join(out, 'r.md'), '--actuals'], exit: 1, message: /实际数据属于 2026-11，而计划期间是 2026-12/ },
};

const TEMPLATES: Record<string, Case> = {
  proto: { args: (out) => ['generate', PLAN, '-o', join(out, 'p.md'), '--templates'], exit: 2, message: /试图访问对象的内部属性 constructor，已拒绝/ },
  syntax: { args: (out) => ['generate', PLAN, '-o', join(out, 'p.md'), '--templates'], exit: 2, message: /intro\.hbs 有错误：Parse error on line 2/ },
  helper: { args: (out) => ['generate', PLAN, '-o', join(out, 'p.md'), '--templates'], exit: 2, message: /unknown helper exec/ },
  partial: { args: (out) => ['generate', PLAN, '-o', join(out, 'p.md'), '--templates'], exit: 2, message: /partial secrets could not be found/ },
};

const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function check(folder: string, cases: Record<string, Case>): void {
  it(`every file in ${folder}/ has a case`, () => {
    expect(readdirSync(join(BAD, folder)).filter((f) => !f.endsWith('.md') || folder !== 'templates').sort()).toEqual(Object.keys(cases).sort());
  });
  for (const [name, c] of Object.entries(cases)) {
    it(`${folder}/${name}`, () => {
      const input = join(BAD, folder, name);
      const before = folder === 'templates' ? '' : hash(input);
      const out = tempDir();
      const r = runCli([...c.args(out), input]);
      expect(r.status, r.stderr + r.stdout).toBe(c.exit);
      expect(r.stderr + r.stdout).toMatch(c.message);
      assertNoStackTrace(r.stderr + r.stdout);
      expect(readdirSync(out)).toEqual([]);
      if (before) expect(hash(input)).toBe(before);
    });
  }
}

describe('bad documents for lint', () => check('documents', DOCUMENTS));
describe('bad customer lists for tiers', () => check('customers', CUSTOMERS));
describe('bad actuals for review', () => check('actuals', ACTUALS));
describe('bad templates for generate --templates', () => check('templates', TEMPLATES));

describe('outputs that cannot or must not be written', () => {
  it('a folder that cannot be written: a clear message, nothing left behind', () => {
    // root writes anywhere except where the system forbids it: a read-only /sys stands in.
    const asRoot = process.getuid?.() === 0;
    const dir = tempDir();
    const locked = asRoot ? '/sys' : join(dir, 'locked');
    if (!asRoot) {
      mkdirSync(locked);
      chmodSync(locked, 0o500);
    }
    const before = readdirSync(locked);
    const r = runCli(['generate', PLAN, '-o', join(locked, 'plan.md')]);
    if (!asRoot) chmodSync(locked, 0o700);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/没有写权限|没有权限/);
    expect(readdirSync(locked)).toEqual(before);
    assertNoStackTrace(r.stderr);
  });

  it('a folder that is a file, and a folder that does not exist', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), 'x');
    for (const target of [join(dir, 'file', 'plan.md'), join(dir, 'missing', 'plan.md')]) {
      const r = runCli(['generate', PLAN, '-o', target]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/输出文件夹.*不存在|不是文件夹|不存在/);
      assertNoStackTrace(r.stderr);
    }
    expect(readdirSync(dir)).toEqual(['file']);
  });

  it('the output is the input: refused even with --force, the input untouched', () => {
    const dir = tempDir();
    const plan = join(dir, 'plan.yaml');
    copyFileSync(PLAN, plan);
    const before = hash(plan);
    for (const args of [['generate', plan, '-o', plan, '--force'], ['review', plan, '--actuals', join(EXAMPLES, 'actuals-2026-12.csv'), '-o', plan, '--force'], ['tiers', join(EXAMPLES, 'customers.csv'), '-o', join(EXAMPLES, 'customers.csv'), '--force']]) {
      const r = runCli(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/输入文件|input/);
      assertNoStackTrace(r.stderr);
    }
    expect(hash(plan)).toBe(before);
    expect(readdirSync(dir)).toEqual(['plan.yaml']);
  });

  it('an existing output is not replaced without --force', () => {
    const dir = tempDir();
    const out = join(dir, 'plan.md');
    writeFileSync(out, 'my own edits');
    const r = runCli(['generate', PLAN, '-o', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe('my own edits');
  });

  it('huge inputs are refused before they are read: a 60 MB document, a 20 MB customer list', () => {
    const dir = tempDir();
    const md = join(dir, 'huge.md');
    writeFileSync(md, `# 计划\n\n${'销售目标 '.repeat(12 * 1024 * 1024)}`);
    const lint = runCli(['lint', md]);
    expect(lint.status).toBe(2);
    expect(lint.stdout + lint.stderr).toMatch(/太大/);
    const csv = join(dir, 'huge.csv');
    writeFileSync(csv, `客户名称,最近购买日期,订单数,销售额\n${'甲公司,2026-11-01,3,12.5\n'.repeat(700_000)}`);
    const tiers = runCli(['tiers', csv]);
    expect(tiers.status).toBe(2);
    expect(tiers.stderr).toMatch(/太大/);
    assertNoStackTrace(lint.stdout + lint.stderr + tiers.stderr);
  });
});

it('the corpus has at least 40 cases across validate, generate, lint, tiers and review', () => {
  const plans = readdirSync(BAD).filter((f) => f.endsWith('.yaml')).length;
  const others = [DOCUMENTS, CUSTOMERS, ACTUALS, TEMPLATES].reduce((n, c) => n + Object.keys(c).length, 0);
  expect(plans + others + 5).toBeGreaterThanOrEqual(40);
});
