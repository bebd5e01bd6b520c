// Display precision that fits the magnitude (issue 11, deliverable 2): without a `precision:` the
// plan's computed money is whole 万元 from 100 up and one decimal below, 2 decimals for 元 and
// currencies; splits are made at that precision so the parts add up to the total as shown; sums
// in messages are compared as shown. Every expected figure below is worked out by hand.
import { describe, expect, it } from 'vitest';
import { dec } from '../../src/core/decimal.js';
import { moneyPlaces } from '../../src/plan/settings.js';
import { basePlan, codes, validatePlan } from '../plan-fixture.js';
import { validateText } from '../../src/plan/validate.js';
import { readFileSync } from 'node:fs';
import { examplePath } from '../examples.js';

const derivedOf = async (file: string) => {
  const v = await validateText(readFileSync(examplePath(file), 'utf8'), examplePath(file));
  return v.valid!.derived;
};

describe('the automatic precision', () => {
  it('is whole 万元 from 100 up, one decimal below; 2 decimals for 元 and currencies; the plan\'s own when given', () => {
    expect(moneyPlaces({ unit: '万元' }, dec(860))).toBe(0);
    expect(moneyPlaces({ unit: '万元' }, dec(100))).toBe(0);
    expect(moneyPlaces({ unit: '万元' }, dec('99.9'))).toBe(1);
    expect(moneyPlaces({ unit: '亿元' }, dec(3))).toBe(1);
    expect(moneyPlaces({ unit: '元' }, dec(8600000))).toBe(2);
    expect(moneyPlaces({ unit: 'GBP' }, dec(420000))).toBe(2);
    expect(moneyPlaces({ lang: 'en' }, dec(420000))).toBe(2); // USD by default
    expect(moneyPlaces({}, dec(860))).toBe(0); // 万元 by default
    expect(moneyPlaces({ unit: '万元', precision: 2 }, dec(860))).toBe(2);
  });

  it('target-zh: 860万元 over 4 + 5 + 5 + 5 + 4 working days in whole 万元: 150, 187, 187, 187, 149', async () => {
    // Quotas 860 × 4/23 = 149.565 and 860 × 5/23 = 186.957; floors add up to 856, the 4 left go to
    // the three .957 and then the first .565.
    const d = await derivedOf('target-zh.yaml');
    expect(d.weeks.map((w) => w.target!.toFixed())).toEqual(['150', '187', '187', '187', '149']);
    expect(d.weeks.at(-1)!.cumulative!.toFixed()).toBe('860');
  });

  it('annual-zh: the year of 9,600万元 in whole quarters and months that add up (1,757 + 2,413 + 2,510 + 2,920)', async () => {
    const a = (await derivedOf('annual-zh.yaml')).annual!;
    expect(a.quarters.map((q) => q.toFixed())).toEqual(['1757', '2413', '2510', '2920']);
    expect(a.months.every((m) => m.isInteger())).toBe(true);
    expect(a.monthlyAverage!.toFixed()).toBe('800');
  });

  it('keeps a decimal for small figures: 520万元 for 12 people is 43.3万元 each; the 0.5% budget line of 860 is 4.3', async () => {
    expect((await derivedOf('efficiency-zh.yaml')).perCapita!.toFixed()).toBe('43.3');
    const budget = (await derivedOf('target-zh.yaml')).budget!;
    expect(budget.items.at(-1)!.amount!.toFixed()).toBe('4.3');
  });

  it('splits product lines given as shares at the places shown, adding up to the total', async () => {
    const plan = basePlan();
    plan.targets.revenue = 1000;
    plan.products = [
      { name: 'A', role: 'flagship', share: 33.35 },
      { name: 'B', role: 'potential', share: 33.35 },
      { name: '其他', role: 'other' },
    ];
    plan.team = [];
    const d = (await validatePlan(plan)).valid!.derived;
    // Quotas 333.5, 333.5 and the remainder 333: floors 999, the 1 left goes to the first .5.
    expect(d.products.map((p) => p.amount!.toFixed())).toEqual(['334', '333', '333']);
    expect(d.productsTotal.toFixed()).toBe('1000');
  });

  it('keeps the plan\'s precision when it gives one (operations-en: whole pounds)', async () => {
    const d = await derivedOf('operations-en.yaml');
    expect(d.precision).toBe(0);
  });
});

describe('sums in messages are compared as shown', () => {
  it('50% + 50.0000001% is 100%, not "占比合计 100%，超过 100%"', async () => {
    const plan = basePlan();
    plan.products = [
      { name: 'A', role: 'flagship', share: 50 },
      { name: 'B', role: 'potential', share: 50.0000001 },
    ];
    expect(await codes(plan)).toEqual([]);
  });

  it('still refuses shares that are over 100% as shown (50% + 50.01%)', async () => {
    const plan = basePlan();
    plan.products = [
      { name: 'A', role: 'flagship', share: 50 },
      { name: 'B', role: 'potential', share: 50.01 },
    ];
    const v = await validatePlan(plan);
    expect(v.diagnostics.find((d) => d.code === 'shares-over-100')!.message).toContain('100.01%');
  });

  it('channels of 250 + 250.0000001 against 500 are not "more than 500 by 0"', async () => {
    const plan = basePlan();
    plan.channels = [
      { name: '线上', type: 'direct', target: 250 },
      { name: '线下', type: 'direct', target: 250.0000001 },
    ];
    expect(await codes(plan)).toEqual([]);
    plan.channels[1].target = 250.01;
    expect(await codes(plan)).toEqual(['channels-exceed-total']);
  });
});
