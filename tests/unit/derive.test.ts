import { describe, expect, it } from 'vitest';
import { basePlan, validatePlan } from '../plan-fixture.js';

async function derived(plan = basePlan()) {
  const v = (await validatePlan(plan));
  expect(v.diagnostics).toEqual([]);
  return v.valid!.derived;
}

describe('derived figures', () => {
  it('computes growth over last period', async () => {
    const d = await derived();
    expect(d.growthAmount!.toString()).toBe('50');
    expect(d.growth!.toDecimalPlaces(4).toString()).toBe('11.1111'); // 50 / 450
  });

  it('turns shares into amounts and gives the remainder to the "other" line', async () => {
    const d = await derived();
    expect(d.products.map((p) => p.amount!.toString())).toEqual(['200', '150', '150']); // 30% of 500; 500-200-150
    expect(d.products.map((p) => p.share!.toString())).toEqual(['40', '30', '30']);
    expect(d.products[2]!.isRemainder).toBe(true);
  });

  it('keeps fixed team targets and splits the rest by headcount', async () => {
    const d = await derived();
    // 500 - 200 = 300 split 1 : 2 between 乙 and 丙组.
    expect(d.team.map((m) => m.target!.toString())).toEqual(['200', '100', '200']);
    expect(d.team.map((m) => m.assigned)).toEqual([false, true, true]);
    expect(d.team[2]!.perHead!.toString()).toBe('100');
    expect(d.headcount).toBe(4);
    expect(d.perCapita!.toString()).toBe('125');
  });

  it('splits an awkward remainder so the parts still add up', async () => {
    const plan = basePlan();
    plan.targets.revenue = 100;
    plan.precision = 2;
    plan.products = [{ name: 'A', amount: 100, role: 'flagship' }];
    plan.team = [{ name: '甲' }, { name: '乙' }, { name: '丙' }];
    const d = await derived(plan);
    expect(d.team.map((m) => m.target!.toString())).toEqual(['33.34', '33.33', '33.33']);
    // Amounts add up to the cent; each share is its own ratio rounded (33.34% reads 33.3%).
    expect(d.team.map((m) => m.share!.toString())).toEqual(['33.3', '33.3', '33.3']);
  });

  it('computes new-customer conversion and average contract', async () => {
    const d = await derived();
    expect(d.newCustomers!.conversion!.toString()).toBe('30');
    expect(d.newCustomers!.avgContract!.toString()).toBe('10');
  });

  it('computes metric changes in points for rates and in percent otherwise', async () => {
    const plan = basePlan();
    plan.targets.metrics.push({ id: 'resolution_time', baseline: 24, target: 18 }, { id: 'aov', baseline: 2, target: 2.5 });
    const d = await derived(plan);
    const [renewal, resolution, aov] = d.metrics;
    expect(renewal!.delta!.toString()).toBe('5');
    expect(renewal!.relative).toBeUndefined();
    expect(resolution!.relative!.toString()).toBe('-25');
    expect(resolution!.improves).toBe(true); // lower is better
    expect(aov!.relative!.toString()).toBe('25');
  });

  it('computes budget lines from amounts, % of revenue and shares of the cap', async () => {
    const plan = basePlan();
    plan.budget = {
      cap_percent_of_revenue: 2, // 10
      items: [
        { name: '差旅', amount: 3 },
        { name: '推广', percent_of_revenue: 0.5 }, // 2.5
        { name: '培训', share: 30 }, // 3
        { name: '激励', share: 15 }, // 1.5
      ],
    };
    const d = await derived(plan);
    const b = d.budget!;
    expect(b.cap!.toString()).toBe('10');
    expect(b.items.map((i) => i.amount!.toString())).toEqual(['3', '2.5', '3', '1.5']);
    expect(b.total.toString()).toBe('10');
    expect(b.headroom!.toString()).toBe('0');
    expect(b.shareOfRevenue!.toString()).toBe('2');
    expect(b.items.map((i) => i.shareOfBudget!.toString())).toEqual(['30', '25', '30', '15']);
  });

  it('computes attainment and gap of the review', async () => {
    const plan = basePlan();
    plan.review = { items: [{ name: '销售额', target: 480, actual: 452 }, { name: '新客户', target: 10, actual: 12, unit: '家' }] };
    const d = await derived(plan);
    expect(d.review!.items[0]!.attainment!.toDecimalPlaces(2).toString()).toBe('94.17');
    expect(d.review!.items[0]!.gap.toString()).toBe('-28');
    expect(d.review!.items[1]!.attainment!.toString()).toBe('120');
  });

  it('paces a month by working days and reaches the total in the last week', async () => {
    const d = await derived();
    const last = d.weeks[d.weeks.length - 1]!;
    expect(last.cumulative!.toString()).toBe('500');
    expect(last.cumulativeShare!.toString()).toBe('100');
    expect(d.weeks.reduce((n, w) => n + w.workdays, 0)).toBe(23);
  });
});
