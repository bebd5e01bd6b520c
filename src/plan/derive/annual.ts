// An annual plan's figures beyond the split itself: its season (peak and low months), the
// monthly average, halves, cumulative quarter shares, growth over the latest past year, and the
// month × product-line and rep × quarter totals its tables show.
import { growthPercent, HUNDRED, sum, type Decimal as D } from '../../core/decimal.js';
import { quartersOf, splitAnnual } from '../annual.js';
import type { Plan } from '../schema.js';
import { moneyPlaces } from '../settings.js';
import type { DerivedAnnual, DerivedPlan, MonthColumn } from './types.js';

const column = (months: D[]): MonthColumn => ({ months, quarters: quartersOf(months), total: sum(months) });

export function deriveAnnual(
  plan: Plan,
  year: number,
  revenue: D | undefined,
  precision: number,
  parts: Pick<DerivedPlan, 'products' | 'team' | 'channels'>,
): DerivedAnnual {
  const a = splitAnnual(revenue, plan.annual, precision, {
    products: parts.products.map((p) => p.amount),
    team: parts.team.map((m) => m.target),
    channels: parts.channels.map((c) => c.target),
  }, year);
  const byWeight = a.weights.map((w, i) => ({ w, month: i + 1 }));
  const seasonal = !a.weights.every((w) => w.equals(a.weights[0]!));
  const inCalendarOrder = (list: typeof byWeight) => list.sort((x, y) => x.month - y.month).map((p) => p.month);
  const peakMonths = inCalendarOrder([...byWeight].sort((x, y) => y.w.comparedTo(x.w) || x.month - y.month).slice(0, 3));
  const lowMonths = inCalendarOrder([...byWeight].sort((x, y) => x.w.comparedTo(y.w) || x.month - y.month).slice(0, 2));
  const last = a.lastYear;
  const productColumns = a.productMonths.map(column);
  const monthTotals = Array.from({ length: 12 }, (_, m) => sum(a.productMonths.map((row) => row[m]!)));
  const teamQuarters = parts.team.flatMap((m, i) => (m.target ? [{ index: i, quarters: quartersOf(a.teamMonths[i]!) }] : []));
  const out: DerivedAnnual = {
    ...a,
    seasonal,
    peakMonths,
    lowMonths,
    totalShare: HUNDRED,
    monthYoy: a.months.map((v, m) => (last ? growthPercent(v, last.months[m]!) : undefined)),
    quarterYoy: a.quarters.map((q, i) => (last ? growthPercent(q, last.quarters[i]!) : undefined)),
    productColumns,
    productTotals: column(monthTotals),
    teamQuarters,
    teamQuarterTotals: [0, 1, 2, 3].map((q) => sum(teamQuarters.map((t) => t.quarters[q]!))),
  };
  if (revenue) out.monthlyAverage = revenue.div(12).toDecimalPlaces(moneyPlaces(plan, revenue.div(12)));
  if (revenue && last) {
    const g = growthPercent(revenue, last.total);
    if (g) out.yearYoy = g;
  }
  return out;
}
