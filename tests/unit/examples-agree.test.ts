// The three 安居 examples (the December plan, the first quarter of 2027 and the year 2027) tell one
// history (issue 11, deliverable 8): November's actual, the fourth quarter of 2026, when C2 came
// out; each plan's product last_amounts add up to its last_revenue; and the CRM export the
// quarterly plan tiers has no purchase after the plan was written.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dec, sum } from '../../src/core/decimal.js';
import { validateFile } from '../../src/plan/validate.js';
import { examplePath } from '../examples.js';

const load = async (file: string) => (await validateFile(examplePath(file))).valid!;

describe('the 安居 examples share one history', async () => {
  const month = await load('target-zh.yaml');
  const quarter = await load('quarterly-zh.yaml');
  const year = await load('annual-zh.yaml');
  const history2026 = year.plan.annual!.history!['2026']!.map((v) => dec(v));
  const c2 = (v: typeof month) => v.plan.products.find((p) => p.name.startsWith('C2'))!;

  it('November 2026 is 780 in the December plan, its review and the annual history', () => {
    expect(month.plan.targets.last_revenue).toBe(780);
    expect(month.plan.review!.items!.find((i) => i.name === '销售额')!.actual).toBe(780);
    expect(history2026[10]!.toNumber()).toBe(780);
  });

  it('December 2026 is the December target (860) in the annual history, and December 2025 the December plan\'s last year', () => {
    expect(history2026[11]!.toNumber()).toBe(month.plan.targets.revenue);
    expect(year.plan.annual!.history!['2025']![11]).toBe(month.plan.targets.last_year_revenue);
  });

  it('Q4 2026 is 830 + 780 + 860 = 2,470 in the quarterly plan, its review and the annual history', () => {
    expect(sum(history2026.slice(9)).toNumber()).toBe(2470);
    expect(quarter.plan.targets.last_revenue).toBe(2470);
    expect(quarter.plan.review!.items!.find((i) => i.name === '销售总额')!.actual).toBe(2470);
  });

  it('2026 is 8,290 in the annual plan: its history, its review and its product lines', () => {
    expect(year.derived.lastRevenue!.toNumber()).toBe(8290);
    expect(year.plan.review!.items!.find((i) => i.name === '销售总额')!.actual).toBe(8290);
  });

  it('the December plan\'s year to date is the annual plan\'s 2026: target 8,200 (its review), January–November 7,430 (its history)', () => {
    expect(month.plan.targets.ytd!.annual).toBe(year.plan.review!.items!.find((i) => i.name === '销售总额')!.target);
    expect(month.plan.targets.ytd!.actual).toBe(sum(history2026.slice(0, 11)).toNumber());
    expect(month.plan.targets.ytd!.actual).toBe(7430);
  });

  it('C2 came out in December 2026: new there with no November amount, and its 95 of December is its whole Q4 and 2026', () => {
    expect(c2(month).role).toBe('new');
    expect(c2(month).last_amount).toBeUndefined();
    expect(c2(quarter).last_amount).toBe(c2(month).amount);
    expect(c2(year).last_amount).toBe(c2(month).amount);
  });

  it('each plan\'s product last_amounts add up to its last_revenue (244 + 322 + 214 = 780; 1,042 + 674 + 95 + 659 = 2,470; 3,620 + 2,310 + 95 + 2,265 = 8,290)', () => {
    for (const v of [month, quarter, year]) {
      const last = sum(v.plan.products.filter((p) => p.last_amount !== undefined).map((p) => dec(p.last_amount!)));
      expect(last.toNumber(), v.plan.period.toString()).toBe(v.derived.lastRevenue!.toNumber());
    }
  });

  it('the October–December product lines of the quarter are October\'s (340, 240, 0, 250) plus November\'s and December\'s', () => {
    const nov = month.plan.products.map((p) => p.last_amount ?? 0);
    const dec2026 = month.derived.products.map((p) => p.amount!.toNumber());
    const oct = [340, 240, 0, 250];
    expect(quarter.plan.products.map((p) => p.last_amount)).toEqual(oct.map((o, i) => o + nov[i]! + dec2026[i]!));
  });
});

describe('examples/customers.csv', () => {
  it('has no purchase after the quarterly plan that tiers it was written (2026-12-28), nor after its as-of day (2026-12-31)', async () => {
    const quarter = await load('quarterly-zh.yaml');
    const dates = readFileSync(examplePath('customers.csv'), 'utf8').match(/\d{4}-\d{2}-\d{2}/g)!;
    expect(dates.length).toBe(40);
    // The plan's as-of day is the day before its period (2027-Q1): 2026-12-31, after every purchase.
    for (const date of dates) expect(date <= quarter.plan.org.date! && quarter.plan.org.date! <= '2026-12-31').toBe(true);
  });
});
