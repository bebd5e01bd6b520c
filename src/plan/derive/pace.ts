// Weekly pace of a monthly target: the month split into weeks by working days, with the running
// total and its share of the month.
import { Decimal, percentOf, splitLargestRemainder, ZERO, type Decimal as D } from '../../core/decimal.js';
import { weeksOfMonth, type Period } from '../period.js';
import type { DerivedWeek } from './types.js';

export function deriveWeeks(period: Period, revenue: D | undefined, precision: number): DerivedWeek[] {
  if (period.kind !== 'monthly') return [];
  const weeks = weeksOfMonth(period.year, period.month!);
  const targets = revenue ? splitLargestRemainder(revenue, weeks.map((w) => new Decimal(w.workdays)), precision) : [];
  let cumulative = ZERO;
  return weeks.map((w, i) => {
    const row: DerivedWeek = { ...w };
    const target = targets[i];
    if (target && revenue) {
      cumulative = cumulative.plus(target);
      row.target = target;
      row.cumulative = cumulative;
      const share = percentOf(cumulative, revenue);
      if (share) row.cumulativeShare = share;
    }
    return row;
  });
}
