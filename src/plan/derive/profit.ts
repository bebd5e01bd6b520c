// The gross-profit amount (毛利额) beside the margin (毛利率). The amount is shown only when the
// plan gives it, so a plan that gives a margin alone reads as before; given alone with a revenue
// target, the margin follows from it (amount ÷ revenue). Given together, they must agree:
// the amount's own margin, rounded to the decimals the margin is written with, is the margin
// (860 × 34% = 292.4; 292 also agrees, since 292 ÷ 860 = 33.95% reads 34%). When they do not,
// validate warns (checks/finance.ts) and the document shows both as written.
import { dec, growthPercent, percentOf, type Decimal as D } from '../../core/decimal.js';
import type { Plan } from '../schema.js';
import { trendOf } from './trend.js';
import type { DerivedProfit } from './types.js';

/** True when `amount` on `revenue` reads as `margin` at the margin's own decimals. */
export function agreesWithRate(amount: D, revenue: D, rate: D): boolean {
  const implied = percentOf(amount, revenue);
  if (!implied) return amount.isZero();
  return implied.toDecimalPlaces(rate.decimalPlaces()).equals(rate);
}

export function deriveProfit(plan: Plan, revenue: D | undefined): DerivedProfit | undefined {
  const t = plan.targets;
  if (t.gross_profit === undefined) return undefined;
  const amount = dec(t.gross_profit);
  const out: DerivedProfit = { amount, marginDerived: false };
  if (t.gross_margin !== undefined) {
    out.margin = dec(t.gross_margin);
    out.agrees = revenue ? agreesWithRate(amount, revenue, out.margin) : true;
  } else if (revenue) {
    const margin = percentOf(amount, revenue);
    if (margin) {
      out.margin = margin;
      out.marginDerived = true;
    }
  }
  if (t.last_gross_profit !== undefined) {
    out.lastAmount = dec(t.last_gross_profit);
    const g = growthPercent(amount, out.lastAmount);
    if (g) {
      out.growth = g;
      out.trend = trendOf(g);
    }
  }
  return out;
}
