// Every malformed plan gets a clear, located message and exit 1 or 2; never a stack trace, and
// generate writes nothing.
import { readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertNoStackTrace, ROOT, runCli, tempDir } from '../helpers.js';

const BAD = join(ROOT, 'tests', 'fixtures', 'bad');

/** Expected exit code and a fragment of the message; `line` when the message must be located. */
const CASES: Record<string, { exit: 1 | 2; message: RegExp; line?: number }> = {
  'syntax-indent.yaml': { exit: 1, message: /缩进/, line: 2 },
  'syntax-unclosed-quote.yaml': { exit: 1, message: /引号没有闭合/ },
  'syntax-tab.yaml': { exit: 1, message: /Tab/, line: 13 },
  'duplicate-key.yaml': { exit: 1, message: /「period」 重复/, line: 15 },
  'placeholder-revenue.yaml': { exit: 1, message: /还是占位符 「XX万元」/, line: 7 },
  'number-with-unit.yaml': { exit: 1, message: /请写成 500，并在计划中设置 unit: 万元/, line: 7 },
  'percent-as-text.yaml': { exit: 1, message: /百分比直接写数字：60/, line: 13 },
  'unknown-top-key.yaml': { exit: 1, message: /未知的键 「targts」。 是不是想写 「targets」/, line: 15 },
  'misspelt-nested-key.yaml': { exit: 1, message: /是不是想写 「last_revenue」/, line: 12 },
  'chinese-key.yaml': { exit: 1, message: /「风险」。 是不是想写 「risks」/, line: 15 },
  'list-expected.yaml': { exit: 1, message: /应为列表/, line: 12 },
  'block-expected.yaml': { exit: 1, message: /应为一组“键: 值”/, line: 6 },
  'missing-version.yaml': { exit: 1, message: /缺少 salesplan: 1/ },
  'wrong-version.yaml': { exit: 1, message: /salesplan 的值应为 1/, line: 1 },
  'misspelt-style.yaml': { exit: 1, message: /是不是想写 「service」/, line: 2 },
  'missing-style-data.yaml': { exit: 1, message: /需要 targets.metrics 中 id: nps/ },
  'shares-over-100.yaml': { exit: 1, message: /占比合计 110%/, line: 12 },
  'products-exceed-total.yaml': { exit: 1, message: /合计 600万元，超过总目标 500万元/, line: 12 },
  'products-below-total.yaml': { exit: 1, message: /比总目标 500万元 少 100万元/, line: 12 },
  'team-exceed-total.yaml': { exit: 1, message: /团队成员目标合计 600万元/, line: 15 },
  'budget-over-cap.yaml': { exit: 1, message: /超过预算上限 10万元/, line: 17 },
  'tier-shares-over-100.yaml': { exit: 1, message: /客户分层（客户数）的占比合计 110%/, line: 15 },
  'negative-money.yaml': { exit: 1, message: /不能为负数/, line: 7 },
  'wrong-month.yaml': { exit: 1, message: /月份无效/, line: 3 },
  'period-kind-mismatch.yaml': { exit: 1, message: /应写成 2026-12/, line: 3 },
  'risk-without-response.yaml': { exit: 1, message: /没有应对措施/, line: 16 },
  'amount-and-share.yaml': { exit: 1, message: /同时写了 amount 和 share/, line: 13 },
  'unknown-section.yaml': { exit: 1, message: /是不是 market/, line: 16 },
  'unknown-metric.yaml': { exit: 1, message: /是不是想写 「nps」/, line: 9 },
  'bad-date.yaml': { exit: 1, message: /格式如 2026-11-25/, line: 16 },
  'zero-headcount.yaml': { exit: 1, message: /应大于 0/, line: 16 },
  'empty.yaml': { exit: 1, message: /文件是空的/ },
  'comments-only.yaml': { exit: 1, message: /文件是空的/ },
  'not-a-plan.yaml': { exit: 1, message: /不是一个计划文件/ },
  'two-documents.yaml': { exit: 1, message: /多个 YAML 文档/, line: 15 },
  'alias-bomb.yaml': { exit: 2, message: /别名/ },
  'binary.yaml': { exit: 2, message: /不是文本文件/ },
  'gbk.yaml': { exit: 2, message: /不是 UTF-8 编码/ },
};

describe('bad plans', () => {
  it('every fixture has an expectation', () => {
    expect(readdirSync(BAD).filter((f) => f.endsWith('.yaml')).sort()).toEqual(Object.keys(CASES).sort());
  });

  for (const [name, expected] of Object.entries(CASES)) {
    it(name, () => {
      const file = join(BAD, name);
      for (const command of ['validate', 'generate']) {
        const out = tempDir();
        const args = command === 'generate' ? ['generate', file, '-o', join(out, 'plan.md')] : ['validate', file];
        const r = runCli(args);
        expect(r.status, `${command}: ${r.stderr}`).toBe(expected.exit);
        expect(r.stderr).toMatch(expected.message);
        expect(r.stderr).toContain(name);
        if (expected.line) expect(r.stderr).toContain(`${name}:${expected.line}:`);
        assertNoStackTrace(r.stderr);
        expect(readdirSync(out)).toEqual([]);
      }
    });
  }

  it('a 20 MB file is refused without reading it as a plan', () => {
    const dir = tempDir();
    const file = join(dir, 'huge.yaml');
    writeFileSync(file, `salesplan: 1\nnote: "${'x'.repeat(20 * 1024 * 1024)}"\n`);
    const r = runCli(['validate', file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/太大（20\.0 MB）/);
  });

  it('deeply nested YAML is refused', () => {
    const dir = tempDir();
    const file = join(dir, 'deep.yaml');
    writeFileSync(file, `a: ${'['.repeat(100000)}${']'.repeat(100000)}\n`);
    const r = runCli(['validate', file]);
    expect([1, 2]).toContain(r.status);
    expect(r.stderr).toContain('嵌套层级过深');
    assertNoStackTrace(r.stderr);
    expect(r.stderr.length).toBeLessThan(2000);
  });

  it('a folder, a missing file and an unreadable file each get their own message', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'folder.yaml'));
    expect(runCli(['validate', join(dir, 'folder.yaml')])).toMatchObject({ status: 2 });
    // A folder is searched for plans: this one has none.
    expect(runCli(['validate', join(dir, 'folder.yaml')]).stderr).toContain('没有找到计划文件');
    expect(runCli(['validate', join(dir, 'nope.yaml')]).stderr).toContain('找不到文件');
    const locked = join(dir, 'locked.yaml');
    writeFileSync(locked, 'salesplan: 1\n', { mode: 0o000 });
    const r = runCli(['validate', locked]);
    assertNoStackTrace(r.stderr);
    // root can read anything; otherwise the message names the permission problem.
    if (process.getuid?.() !== 0) {
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('没有权限');
    }
  });
});
