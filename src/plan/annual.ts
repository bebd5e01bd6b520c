// The annual target split into months and quarters, and down product lines, reps and channels,
// exactly: months add up to quarters, quarters to the year, and every row of a matrix to its own
// total. The month weights come from seasonality weights, from past years' monthly actuals (the
// 月销售比重法: each month's share of its year, averaged over the years given) or are even.
import { splitMatrix } from './controlled-rounding.js';
import { Decimal, dec, shareOf, sharesOf, splitLargestRemainder, sum, ZERO, type Decimal as D } from '../core/decimal.js';
import type { Annual } from './schema.js';

export type SplitMethod = 'even' | 'weights' | 'history';

export interface MonthWeights {
  method: SplitMethod;
  /** Twelve non-negative weights (any scale). */
  weights: D[];
  /** Past years used, oldest first (history method). */
  years: number[];
}

/** The method a plan's `annual` block asks for, with its default. */
function splitMethod(annual: Annual | undefined): SplitMethod {
  if (annual?.split) return annual.split;
  if (annual?.history && Object.keys(annual.history).length > 0) return 'history';
  if (annual?.month_weights) return 'weights';
  return 'even';
}

/** Each month's share of its year, averaged over the given years (years with no sales skipped). */
export function historyWeights(history: Record<string, readonly number[]>): D[] {
  const years = Object.keys(history).sort();
  const shares = years
    .map((year) => history[year]!.map((v) => dec(v)))
    .filter((months) => !sum(months).isZero())
    .map((months) => {
      const total = sum(months);
      return months.map((m) => m.div(total));
    });
  if (shares.length === 0) return Array.from({ length: 12 }, () => new Decimal(1));
  return Array.from({ length: 12 }, (_, m) => sum(shares.map((s) => s[m]!)).div(shares.length));
}

export function monthWeights(annual: Annual | undefined): MonthWeights {
  const method = splitMethod(annual);
  if (method === 'weights' && annual?.month_weights) return { method, weights: annual.month_weights.map((w) => dec(w)), years: [] };
  if (method === 'history' && annual?.history) {
    return { method, weights: historyWeights(annual.history), years: Object.keys(annual.history).map(Number).sort((a, b) => a - b) };
  }
  return { method: 'even', weights: Array.from({ length: 12 }, () => new Decimal(1)), years: [] };
}

export interface AnnualSplit {
  method: SplitMethod;
  years: number[];
  weights: D[];
  /** Each month's share of the year in %, its own ratio rounded half-up to one decimal. */
  monthShares: (D | undefined)[];
  /** Each quarter's share, likewise its own ratio rounded (not the sum of its months' rounded shares). */
  quarterShares: D[];
  /** The share of the year reached by the end of each quarter, from the exact running total. */
  quarterCumulativeShares: D[];
  /** The first and second half: target and share. */
  halves: Array<{ target: D; share: D }>;
  months: D[];
  quarters: D[];
  /** The latest past year's monthly actuals, when the history gives them. */
  lastYear?: { year: number; months: D[]; quarters: D[]; total: D };
  /** products × months, rows in the order of the plan. */
  productMonths: D[][];
  /** members × months (members with a target). */
  teamMonths: D[][];
  /** channels × months (channels with a target). */
  channelMonths: D[][];
}

export const quartersOf = (months: readonly D[]): D[] => [0, 1, 2, 3].map((q) => sum(months.slice(q * 3, q * 3 + 3)));

/** Rows (product lines, reps, channels) split across the months; their columns meet `months` when they cover it. */
function rowsByMonth(rows: readonly (D | undefined)[], weights: readonly D[], places: number, months: readonly D[]): D[][] {
  const totals = rows.map((r) => r ?? ZERO);
  if (totals.length === 0) return [];
  return splitMatrix(totals, weights, places, months).cells;
}

export function splitAnnual(
  revenue: D | undefined,
  annual: Annual | undefined,
  places: number,
  parts: { products: readonly (D | undefined)[]; team: readonly (D | undefined)[]; channels: readonly (D | undefined)[] },
  year: number,
): AnnualSplit {
  const { method, weights, years } = monthWeights(annual);
  // The year into quarters, then each quarter into its months: an even year gives even quarters
  // (1,250 × 4, not 1,250.01 … 1,249.98), and months still add up to quarters exactly.
  const quarterWeights = quartersOf(weights);
  const quarters = revenue ? splitLargestRemainder(revenue, quarterWeights, places) : quarterWeights.map(() => ZERO);
  const months = quarters.flatMap((q, i) => (q.isZero() ? [ZERO, ZERO, ZERO] : splitLargestRemainder(q, weights.slice(i * 3, i * 3 + 3), places)));
  // Shares of the amounts when there is a target, else of the weights (a plan still being drafted).
  const byAmount = !!revenue && !revenue.isZero();
  const whole = byAmount ? revenue : sum(weights);
  const monthParts = byAmount ? months : weights;
  const quarterParts = byAmount ? quarters : quarterWeights;
  const share = (part: D) => shareOf(part, whole) ?? ZERO;
  let running = ZERO;
  const split: AnnualSplit = {
    method,
    years,
    weights,
    monthShares: sharesOf(monthParts, whole),
    quarterShares: quarterParts.map(share),
    quarterCumulativeShares: quarterParts.map((q) => share((running = running.plus(q)))),
    halves: [0, 2].map((from) => ({ target: sum(quarters.slice(from, from + 2)), share: share(sum(quarterParts.slice(from, from + 2))) })),
    months,
    quarters,
    productMonths: rowsByMonth(parts.products, weights, places, months),
    teamMonths: rowsByMonth(parts.team, weights, places, months),
    channelMonths: rowsByMonth(parts.channels, weights, places, months),
  };
  const previous = annual?.history?.[String(year - 1)];
  if (previous) {
    const lastMonths = previous.map((v) => dec(v));
    split.lastYear = { year: year - 1, months: lastMonths, quarters: quartersOf(lastMonths), total: sum(lastMonths) };
  }
  return split;
}
