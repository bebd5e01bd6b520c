// The annual split: months, quarters and the year agree exactly; product × month and team × month
// matrices add up both ways; history weights are month shares averaged over the years given.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitMatrix } from '../../src/plan/controlled-rounding.js';
import { historyWeights, monthWeights, quartersOf, splitAnnual } from '../../src/plan/annual.js';
import { monthPlanFrom } from '../../src/plan/month-from-annual.js';
import { Decimal, dec, sum } from '../../src/core/decimal.js';
import { validateFile, validateText } from '../../src/plan/validate.js';
import { stringify } from 'yaml';
import { examplePath } from '../examples.js';

const str = (xs: readonly Decimal[]) => xs.map((x) => x.toFixed());
const unit = (places: number) => new Decimal(10).pow(-places);

/** Rows add up to their totals, columns to the column totals, and each cell is its exact share rounded down or up. */
function expectControlled(rows: readonly Decimal[], weights: readonly Decimal[], places: number, result: ReturnType<typeof splitMatrix>): void {
  const w = sum(weights).isZero() ? weights.map(() => new Decimal(1)) : weights;
  const W = sum(w);
  const dp = Math.max(places, ...rows.map((r) => r.decimalPlaces()));
  result.cells.forEach((row, i) => {
    expect(sum(row).equals(rows[i]!), `row ${i}`).toBe(true);
    row.forEach((cell, j) => {
      const exact = rows[i]!.times(w[j]!).div(W);
      expect(cell.minus(exact).abs().lessThan(unit(dp)), `cell ${i},${j}`).toBe(true);
      expect(cell.decimalPlaces()).toBeLessThanOrEqual(dp);
    });
  });
  weights.forEach((_, j) => expect(sum(result.cells.map((row) => row[j]!)).equals(result.columnTotals[j]!)).toBe(true));
  expect(sum(result.columnTotals).equals(sum(rows))).toBe(true);
}

describe('controlled rounding of a matrix', () => {
  it('splits rows across columns so both rows and columns add up', () => {
    const rows = [dec(100), dec(50), dec('0.07')];
    const weights = [1, 1, 1].map(dec);
    const result = splitMatrix(rows, weights, 2);
    expectControlled(rows, weights, 2, result);
    expect(str(result.columnTotals)).toEqual(['50.03', '50.02', '50.02']);
  });

  it('meets the given column totals when they can be met', () => {
    const rows = [dec(10), dec(20)];
    const weights = [1, 2].map(dec);
    const result = splitMatrix(rows, weights, 0, [dec(10), dec(20)]);
    expectControlled(rows, weights, 0, result);
    expect(str(result.columnTotals)).toEqual(['10', '20']);
  });

  it('splits totals smaller than the number of columns', () => {
    const rows = [dec(1), dec(1), dec(1)];
    const weights = [1, 1, 1, 1, 1].map(dec);
    const result = splitMatrix(rows, weights, 0);
    expectControlled(rows, weights, 0, result);
    expect(str(result.columnTotals)).toEqual(['1', '1', '1', '0', '0']);
  });

  it('holds for any totals and weights (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 3 }),
        (cents, weights, places) => {
          const rows = cents.map((c) => dec(c).div(100));
          const w = weights.map(dec);
          expectControlled(rows, w, places, splitMatrix(rows, w, places));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('month weights', () => {
  it('averages each month’s share of its year over the years given', () => {
    const flat = Array(12).fill(10);
    const rising = Array.from({ length: 12 }, (_, i) => i + 1); // total 78
    const w = historyWeights({ 2025: flat, 2026: rising });
    expect(sum(w).toDecimalPlaces(30).equals(1)).toBe(true);
    expect(w[0]!.equals(dec(1).div(12).plus(dec(1).div(78)).div(2))).toBe(true);
    expect(w[11]!.equals(dec(1).div(12).plus(dec(12).div(78)).div(2))).toBe(true);
  });

  it('picks the method: history, else weights, else even', () => {
    expect(monthWeights(undefined).method).toBe('even');
    expect(monthWeights({ month_weights: Array(12).fill(1) }).method).toBe('weights');
    expect(monthWeights({ month_weights: Array(12).fill(1), history: { 2025: Array(12).fill(1) } }).method).toBe('history');
    expect(monthWeights({ split: 'even', history: { 2025: Array(12).fill(1) } }).method).toBe('even');
  });

  it('splits evenly into twelve equal months', () => {
    const split = splitAnnual(dec(9600), undefined, 2, { products: [], team: [], channels: [] }, 2027);
    expect(str(split.months)).toEqual(Array(12).fill('800'));
    expect(str(split.quarters)).toEqual(Array(4).fill('2400'));
  });
});

describe('the annual example', async () => {
  const valid = (await validateFile(examplePath('annual-zh.yaml'))).valid!;
  const a = valid.derived.annual!;

  it('months add up to quarters, quarters to the year, exactly', () => {
    expect(str(quartersOf(a.months))).toEqual(str(a.quarters));
    expect(sum(a.quarters).equals(dec(9600))).toBe(true);
    expect(sum(a.months).equals(dec(9600))).toBe(true);
  });

  it('uses the 月销售比重 of 2025 and 2026: January is the average of 420/7380 and 480/8290', () => {
    const share = dec(420).div(7380).plus(dec(480).div(8290)).div(2);
    // Months are whole 万元 (the plan sets no precision and the year is in the thousands): quarters are rounded first, then their months, so within 1 of the exact share.
    expect(a.months[0]!.isInteger()).toBe(true);
    expect(a.months[0]!.minus(share.times(9600)).abs().lessThan(1)).toBe(true);
    expect(a.lastYear!.total.toFixed()).toBe('8290');
    expect(valid.derived.lastRevenue!.toFixed()).toBe('8290');
  });

  it('splits each product line across the months, rows and columns both exact', () => {
    const products = valid.derived.products.map((p) => p.amount!);
    a.productMonths.forEach((row, i) => expect(sum(row).equals(products[i]!)).toBe(true));
    for (let m = 0; m < 12; m++) expect(sum(a.productMonths.map((row) => row[m]!)).equals(a.months[m]!)).toBe(true);
  });

  it('keeps fixed team targets and spreads the rest by the weights given', () => {
    const team = valid.derived.team.map((m) => m.target!);
    expect(team[4]!.toFixed()).toBe('2400');
    expect(sum(team).equals(dec(9600))).toBe(true);
    // 7,200 by 19.2 : 13.1 : 25.3 : 14.6 (sum 72.2), in whole 万元: quotas 1,914.68, 1,306.37,
    // 2,522.99, 1,455.96; floors add up to 7,197 and the 3 left go to .99, .96 and .68.
    expect(team.slice(0, 4).map((t) => t.toFixed())).toEqual(['1915', '1306', '2523', '1456']);
    a.teamMonths.forEach((row, i) => expect(sum(row).equals(team[i]!)).toBe(true));
    for (let m = 0; m < 12; m++) expect(sum(a.teamMonths.map((row) => row[m]!)).equals(a.months[m]!)).toBe(true);
  });

  it('seeds month plans whose figures add up to the year', async () => {
    const months = await Promise.all(
      Array.from({ length: 12 }, async (_, m) => {
        const input = monthPlanFrom(valid, m + 1, 'zh-CN');
        const check = await validateText(stringify(input), `m${m + 1}.yaml`);
        expect(check.diagnostics.filter((d) => d.severity === 'error'), `month ${m + 1}`).toEqual([]);
        return input;
      }),
    );
    expect(sum(months.map((p) => dec(p.targets!.revenue!))).equals(dec(9600))).toBe(true);
    valid.plan.products.forEach((_, i) => {
      expect(sum(months.map((p) => dec(p.products![i]!.amount!))).equals(valid.derived.products[i]!.amount!)).toBe(true);
    });
    valid.plan.team.forEach((_, i) => {
      expect(sum(months.map((p) => dec(p.team![i]!.target!))).equals(valid.derived.team[i]!.target!)).toBe(true);
    });
    expect(sum(months.map((p) => dec(p.targets!.new_customers!.won!))).toNumber()).toBe(140);
    expect(months[2]!.period).toBe('2027-03');
    expect(months[2]!.targets!.revenue).toBe(a.months[2]!.toNumber());
  });
});
