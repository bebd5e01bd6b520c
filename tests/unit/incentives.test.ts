// Commission under 004's scheme, checked against figures worked out by hand.
import { describe, expect, it } from 'vitest';
import { commission, commissionAtScenario } from '../../src/plan/incentives.js';
import { dec } from '../../src/core/decimal.js';
import { Incentives } from '../../src/plan/schema.js';
import { validateFile } from '../../src/plan/validate.js';
import { examplePath } from '../examples.js';

const scheme = Incentives.parse({
  base_rate: 2,
  bonuses: [{ name: '核心客户复购率 > 80%', rate: 0.5, members: ['王建国'] }, { name: '新客户占比 > 30%', rate: 0.5 }],
  over_target: [{ above: 10, rate: 0.5 }, { above: 20, rate: 1 }],
  mentor_share: 5,
});
const wang = { name: '王建国', mentor: true };
const target = dec(520);
const at = (scenario: number) => commissionAtScenario(scheme, wang, target, scenario, 2);

describe('commission', () => {
  it('at target: 2% base, +0.5% for the bonus he qualifies for, +5% of it as mentor', () => {
    // 520 × 2% = 10.40; 520 × 0.5% = 2.60; mentor 5% × 13.00 = 0.65.
    expect(at(100)).toMatchObject({ base: dec('10.4'), bonus: dec('2.6'), overTarget: dec(0), mentor: dec('0.65'), total: dec('13.65') });
  });

  it('at 115%: the 10% tier pays 0.5% on the part above target', () => {
    // revenue 598: base 11.96, bonus 2.99, over (598 − 520) × 0.5% = 0.39, mentor 5% × 15.34 = 0.767 → 0.77.
    const c = at(115);
    expect(c.revenue.toFixed()).toBe('598');
    expect([c.base, c.bonus, c.overTarget, c.mentor, c.total].map((v) => v.toFixed())).toEqual(['11.96', '2.99', '0.39', '0.77', '16.11']);
    expect(c.tier!.toFixed()).toBe('10');
  });

  it('at 125%: the 20% tier pays 1% on the part above target', () => {
    // revenue 650: base 13, bonus 3.25, over 130 × 1% = 1.30, mentor 5% × 17.55 = 0.8775 → 0.88.
    const c = at(125);
    expect([c.base, c.bonus, c.overTarget, c.mentor, c.total].map((v) => v.toFixed())).toEqual(['13', '3.25', '1.3', '0.88', '18.43']);
  });

  it('pays no over-target bonus at exactly 110%: the tier is for more than 10% over', () => {
    expect(at(110).overTarget.isZero()).toBe(true);
    expect(at(110.1).overTarget.isZero()).toBe(false);
  });

  it('gives no bonus or mentor share to someone who does not qualify', () => {
    const c = commission(scheme, { name: '刘洋' }, dec(300), dec(240), 2);
    expect([c.base, c.bonus, c.overTarget, c.mentor, c.total].map((v) => v.toFixed())).toEqual(['4.8', '0', '0', '0', '4.8']);
    expect(c.attainment!.toFixed()).toBe('80');
  });

  it('computes every rep of the quarterly example, and the table adds up', async () => {
    const valid = (await validateFile(examplePath('quarterly-zh.yaml'))).valid!;
    const rows = valid.derived.commissions!;
    expect(rows).toHaveLength(5);
    expect(rows[0]!.scenarios.map((s) => s.total.toFixed())).toEqual(['13.65', '16.11', '18.43']);
    // Team at 100%: 2% of 2,415 = 48.30, + 2.60 bonus, + mentors 0.65 (王建国) and 0.61 (李婷: 5% × 12.20).
    const team = rows.reduce((acc, r) => acc.plus(r.scenarios[0]!.total), dec(0));
    expect(team.toFixed()).toBe('52.16');
  });
});
