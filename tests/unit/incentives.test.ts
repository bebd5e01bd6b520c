// Commission under 004's scheme, checked against figures worked out by hand.
import { describe, expect, it } from 'vitest';
import { commission, commissionAtScenario, teamCommission } from '../../src/plan/incentives.js';
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

  it('at 115%: the 10% tier pays 0.5% on the part above target; parts exact, the total rounded once', () => {
    // revenue 598: base 11.96, bonus 2.99, over (598 − 520) × 0.5% = 0.39, mentor 5% × 15.34 = 0.767; 16.107 → 16.11.
    const c = at(115);
    expect(c.revenue.toFixed()).toBe('598');
    expect([c.base, c.bonus, c.overTarget, c.mentor, c.exact, c.total].map((v) => v.toFixed())).toEqual(['11.96', '2.99', '0.39', '0.767', '16.107', '16.11']);
    expect(c.tier!.toFixed()).toBe('10');
  });

  it('at 125%: the 20% tier pays 1% on the part above target', () => {
    // revenue 650: base 13, bonus 3.25, over 130 × 1% = 1.30, mentor 5% × 17.55 = 0.8775; 18.4275 → 18.43.
    const c = at(125);
    expect([c.base, c.bonus, c.overTarget, c.mentor, c.exact, c.total].map((v) => v.toFixed())).toEqual(['13', '3.25', '1.3', '0.8775', '18.4275', '18.43']);
  });

  it('rounds once: 李婷 (mentor, 610) at 125% earns 17.61375 → 17.61, not 15.25 + 1.53 + 0.84 = 17.62', () => {
    const c = commissionAtScenario(scheme, { name: '李婷', mentor: true }, dec(610), 125, 2);
    // revenue 762.5: base 15.25, over 152.5 × 1% = 1.525, mentor 5% × 16.775 = 0.83875.
    expect([c.base, c.overTarget, c.mentor, c.exact, c.total].map((v) => v.toFixed())).toEqual(['15.25', '1.525', '0.83875', '17.61375', '17.61']);
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

  it('computes the commission table of the quarterly example, checked by hand', async () => {
    const valid = (await validateFile(examplePath('quarterly-zh.yaml'))).valid!;
    const rows = valid.derived.commissions!;
    expect(rows).toHaveLength(5);
    // At 100% no over-target bonus: 王建国 10.4 + 2.6 + 0.65; 刘洋 6; 李婷 12.2 + 0.61; 孙悦 7.4; 赵磊 12.3.
    // At 115% (0.5% above target): 王建国 16.107; 刘洋 6.9 + 0.225 = 7.125; 李婷 14.03 + 0.4575 + 0.724375 =
    // 15.211875; 孙悦 8.51 + 0.2775 = 8.7875; 赵磊 14.145 + 0.46125 = 14.60625.
    // At 125% (1% above target): 王建国 18.4275; 刘洋 7.5 + 0.75; 李婷 17.61375; 孙悦 9.25 + 0.925 = 10.175;
    // 赵磊 15.375 + 1.5375 = 16.9125.
    expect(rows.map((r) => r.scenarios.map((s) => s.total.toFixed(2)))).toEqual([
      ['13.65', '16.11', '18.43'],
      ['6.00', '7.13', '8.25'],
      ['12.81', '15.21', '17.61'],
      ['7.40', '8.79', '10.18'],
      ['12.30', '14.61', '16.91'],
    ]);
    // The team: exact commissions added up, rounded once: 52.16, 61.837625 → 61.84, 71.37875 → 71.38.
    expect(valid.derived.commissionTotals!.scenarios.map((s) => s.cost.toFixed(2))).toEqual(['52.16', '61.84', '71.38']);
    expect(teamCommission(rows.map((r) => r.scenarios[2]!), 2).toFixed()).toBe('71.38');
  });
});
