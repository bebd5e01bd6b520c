// salesplan diff: the two example versions (examples/versions/) differ by exactly the edits made
// to the second, and a reordered list is not a change.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../src/compare/words.js';
import { assertNoStackTrace, EXAMPLES, runCli, tempDir } from '../helpers.js';

const V1 = join(EXAMPLES, 'versions', 'plan-v1.yaml');
const V2 = join(EXAMPLES, 'versions', 'plan-v2.yaml');

interface DiffJson {
  equal: boolean;
  figures: Array<{ group: string; key: string; status: string; before?: string; after?: string; change?: string; percent?: string }>;
  fields: Array<{ path: string; status: string; before?: string; after?: string }>;
}

describe('salesplan diff', () => {
  it('lists exactly the changes made between the two example versions', () => {
    const r = runCli(['diff', V1, V2, '--format', 'json']);
    expect(r.status).toBe(1);
    const data = JSON.parse(r.stdout) as DiffJson;
    expect(data.equal).toBe(false);
    expect(data.figures.map((f) => [f.group, f.key, f.status, f.before, f.after, f.change])).toEqual([
      ['total', 'revenue', 'changed', '860', '900', '40'],
      // 年末冲刺奖励 is 0.5% of revenue: it and the budget total follow the new revenue.
      ['total', 'budget', 'changed', '41.3', '43', '1.7'],
      ['total', 'budgetCap', 'changed', '42', '44', '2'],
      ['products', 'S9 人脸识别智能锁', 'changed', '380', '400', '20'],
      ['products', 'C2 智能猫眼', 'removed', '95', undefined, undefined],
      // The remainder line: 860 − 380 − 220 − 95 before, 900 − 400 − 220 − 30 after.
      ['products', '其他产品及配件', 'changed', '165', '250', '85'],
      ['products', '门锁上门安装服务', 'added', undefined, '30', undefined],
      ['channels', '电商旗舰店', 'changed', '170', '210', '40'],
      ['team', '赵磊', 'changed', '210', '250', '40'],
      ['budget', '电商促销与直播投放', 'changed', '14.5', '16', '1.5'],
      ['budget', '年末冲刺奖励', 'changed', '4.3', '4.5', '0.2'],
      ['metrics', 'renewal_rate', 'changed', '85', '86', '1'],
    ]);
    expect(data.figures[0]!.percent).toBe('4.65');
    // The focus list and the team were reordered in v2: not changes.
    expect(data.fields.map((f) => [f.path, f.status])).toEqual([
      ['targets.basis', 'changed'],
      ['risks[竞品在电商平台持续降价，S9 线上转化率下滑].response', 'changed'],
    ]);
  });

  it('exits 0 and says so when the versions are the same, even reordered', () => {
    const dir = tempDir();
    const text = readFileSync(V1, 'utf8');
    const reordered = join(dir, 'reordered.yaml');
    // The two last risks swapped: the same plan.
    const risks = text.indexOf('  - category: supply');
    const end = text.indexOf('\nbudget:');
    const [supply, team] = text.slice(risks, end).split(/(?=  - category: team)/);
    writeFileSync(reordered, text.slice(0, risks) + team!.trimEnd() + '\n' + supply!.trimEnd() + '\n' + text.slice(end));
    expect(readFileSync(reordered, 'utf8')).not.toBe(text);
    const r = runCli(['diff', V1, reordered]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('两个版本的计划相同');
  });

  it('writes a terminal table and a Markdown change note', () => {
    const table = runCli(['diff', V1, V2, '--lang', 'en']);
    expect(table.stdout).toMatch(/Totals · Revenue target +860 万元 +900 万元 +\+40 +\+4\.7%/);
    expect(table.stdout).toContain('加权 {+1,200+} 万元）{+和总经理的冲刺要求+}测算');
    const out = join(tempDir(), 'changes.md');
    const md = runCli(['diff', V1, V2, '--format', 'md', '-o', out]);
    expect(md.status).toBe(1);
    const note = readFileSync(out, 'utf8');
    expect(note).toMatch(/^# 计划变更：plan-v1\.yaml → plan-v2\.yaml/);
    expect(note).toMatch(/\| 产品线 · 门锁上门安装服务 +\| +— \| +30万元 \| +新增 \|/);
    expect(note).toContain('直降 **200** 元');
  });

  it('refuses a version that does not validate, naming it', () => {
    const dir = tempDir();
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'salesplan: 1\nperiod: 2026-12\nstyle: target\ntargets:\n  revenue: -5\n');
    const r = runCli(['diff', V1, bad, '--lang', 'en']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bad\.yaml:5:12/);
    expect(r.stderr).toContain('does not validate');
    assertNoStackTrace(r.stderr);
  });
});

describe('word diff', () => {
  it('marks changed Han characters and whole Latin words and numbers', () => {
    expect(wordDiff('直降 150 元', '直降 200 元')).toEqual([{ op: 'same', text: '直降 ' }, { op: 'removed', text: '150' }, { op: 'added', text: '200' }, { op: 'same', text: ' 元' }]);
    expect(wordDiff('grow retail', 'grow online retail')).toEqual([{ op: 'same', text: 'grow ' }, { op: 'added', text: 'online ' }, { op: 'same', text: 'retail' }]);
  });
});
