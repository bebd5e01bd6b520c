// Plan against actuals, checked against figures worked out by hand from examples/target-zh.yaml
// and examples/actuals-2026-12.csv; the same actuals as YAML give the same figures; names the plan
// does not know are errors at their line; --next grows the targets and keeps the parts exact.
import { readFileSync, writeFileSync } from 'node:fs';
import writeExcelFile from 'write-excel-file/node';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readActuals } from '../../src/data/actuals.js';
import { computeAttainment } from '../../src/plan/attainment.js';
import { sum } from '../../src/core/decimal.js';
import { nextPlanFrom } from '../../src/plan/next-period.js';
import { validateFile, validateText } from '../../src/plan/validate.js';
import { examplePath } from '../examples.js';
import { tempDir } from '../helpers.js';

const pct = (v: { toDecimalPlaces(n: number): { toFixed(): string } } | undefined) => v?.toDecimalPlaces(1).toFixed();

describe('attainment of the December plan', async () => {
  const valid = (await validateFile(examplePath('target-zh.yaml'))).valid!;
  const actuals = await readActuals(examplePath('actuals-2026-12.csv'));
  const { figures, diagnostics } = computeAttainment(valid.plan, valid.derived, actuals, 'zh-CN');

  it('reads the CSV with no problem', () => {
    expect(diagnostics).toEqual([]);
  });

  it('total: 812.6 of 860 is 94.5%, 47.4 short', () => {
    expect(pct(figures.total.attainment)).toBe('94.5');
    expect(figures.total.gap!.toFixed()).toBe('-47.4');
    expect(figures.total.below).toBe(false);
  });

  it('product lines: S9 105.9%, K5 76.6% and C2 74.9% under 80%, the remainder line 103.4%', () => {
    // 402.3/380, 168.5/220, 71.2/95, 170.6/165 (the "other" line takes 860 − 695).
    expect(figures.products.map((p) => [p.name, pct(p.attainment), p.below])).toEqual([
      ['S9 人脸识别智能锁', '105.9', false],
      ['K5 指纹锁（工程款）', '76.6', true],
      ['C2 智能猫眼', '74.9', true],
      ['其他产品及配件', '103.4', false],
    ]);
  });

  it('channels and reps: 工程直销 79.5% and 刘洋 73.5% flagged', () => {
    expect(figures.channels.map((c) => pct(c.attainment))).toEqual(['79.5', '100.3', '111.6', '83']);
    expect(figures.team.map((m) => pct(m.attainment))).toEqual(['83.4', '73.5', '105.2', '92.1', '106.2']);
    expect(figures.flagged.map((f) => f.name)).toEqual(['K5 指纹锁（工程款）', 'C2 智能猫眼', '工程直销', '刘洋']);
  });

  it('metrics named by id or by name: renewal 83 of 85, conversion 22.5 of 25', () => {
    expect(figures.metrics.map((m) => [m.name, m.actual?.toFixed(), pct(m.attainment), m.met])).toEqual([
      ['老客户续约率', '83', '97.6', false],
      ['线索转化率', '22.5', '90', false],
    ]);
  });

  it('gives the same figures from a YAML actuals file', async () => {
    const dir = tempDir();
    const file = join(dir, 'actuals.yaml');
    writeFileSync(file, stringify({
      period: '2026-12', total: 812.6,
      products: { 'S9 人脸识别智能锁': 402.3, 'K5 指纹锁（工程款）': 168.5, 'C2 智能猫眼': 71.2, 其他产品及配件: 170.6 },
      channels: { 工程直销: 238.4, 区域经销商: 351.2, 电商旗舰店: 189.8, 抖音直播: 33.2 },
      team: { 王建国: 150.2, 刘洋: 88.2, 李婷: 231.5, 孙悦: 119.7, 赵磊: 223 },
      metrics: { renewal_rate: 83, 线索转化率: 22.5 },
      collections: 752.4, gross_profit: 268.5, receivables: 446, dso: 47, new_customers: { won: 11 },
    }));
    const fromYaml = computeAttainment(valid.plan, valid.derived, await readActuals(file), 'zh-CN');
    expect(fromYaml.diagnostics).toEqual([]);
    expect(JSON.stringify(fromYaml.figures)).toBe(JSON.stringify(figures));
  });

  it('gives the same figures from an .xlsx actuals file', async () => {
    const file = join(tempDir(), 'actuals.xlsx');
    const rows = readFileSync(examplePath('actuals-2026-12.csv'), 'utf8').trim().split('\n').map((l) => l.split(','));
    await writeExcelFile(rows.map((r, i) => r.map((value, c) => ({ value: i > 0 && c === 2 ? Number(value) : value })))).toFile(file);
    const fromXlsx = computeAttainment(valid.plan, valid.derived, await readActuals(file), 'zh-CN');
    expect(fromXlsx.diagnostics).toEqual([]);
    expect(JSON.stringify(fromXlsx.figures)).toBe(JSON.stringify(figures));
  });

  it('reports a name the plan does not know at its line, with a suggestion', async () => {
    const dir = tempDir();
    const file = join(dir, 'actuals.csv');
    writeFileSync(file, '类别,名称,实际\n总计,销售总额,800\n产品,S9 人脸识别锁,400\n');
    const result = computeAttainment(valid.plan, valid.derived, await readActuals(file), 'zh-CN');
    expect(result.diagnostics[0]).toMatchObject({ severity: 'error', line: 3, code: 'actuals-unknown-name' });
    expect(result.diagnostics[0]!.message).toBe('计划中没有名为「S9 人脸识别锁」的产品线。是不是「S9 人脸识别智能锁」？');
  });

  it('takes the total from a complete product breakdown when none is given', async () => {
    const dir = tempDir();
    const file = join(dir, 'actuals.csv');
    writeFileSync(file, 'type,name,actual\nproduct,S9 人脸识别智能锁,380\nproduct,K5 指纹锁（工程款）,220\nproduct,C2 智能猫眼,95\nproduct,其他产品及配件,165\n');
    const result = computeAttainment(valid.plan, valid.derived, await readActuals(file), 'zh-CN');
    expect(result.figures.total.actual!.toFixed()).toBe('860');
    expect(pct(result.figures.total.attainment)).toBe('100');
  });

  it('seeds next month: targets grown 8%, parts still adding up, this month in its review block', async () => {
    const next = nextPlanFrom(valid, figures, { growth: 8, base: 'target' }, 'zh-CN');
    expect(next.plan.period).toBe('2027-01');
    // 860 × 1.08 = 928.8, in whole 万元 as the plan's figures of hundreds are: 929.
    expect(next.plan.targets!.revenue).toBe(929);
    expect(next.plan.targets!.last_revenue).toBe(812.6);
    const check = await validateText(stringify(next.plan), 'next.yaml');
    expect(check.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const d = check.valid!.derived;
    expect(sum(d.channels.map((c) => c.target!)).toFixed()).toBe('929');
    expect(sum(d.team.map((m) => m.target!)).toFixed()).toBe('929');
    // 929 by 380 : 220 : 95 : 165 of 860 in whole 万元: quotas 410.49, 237.65, 102.62, 178.24; the 2 left go to .65 and .62.
    expect(d.products.map((p) => p.amount!.toFixed())).toEqual(['410', '238', '103', '178']);
    expect(next.plan.review!.items![0]).toEqual({ name: '销售总额', target: 860, actual: 812.6 });
    expect(next.plan.review!.problems).toHaveLength(4);
  });

  it('can grow from the actuals instead', () => {
    const next = nextPlanFrom(valid, figures, { growth: 10, base: 'actual' }, 'zh-CN');
    // 812.6 × 1.1 = 893.86, in whole 万元: 894.
    expect(next.plan.targets!.revenue).toBe(894);
  });
});
