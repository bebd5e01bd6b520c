// A monthly plan's year to date (targets.ytd): the annual target, the actual up to the end of
// last month, what remains, and this month's target as a share of what remains. After this
// month, if its target is met: the cumulative, what is still left (negative when the month
// takes the year past its target), and that rest spread over the months after this one.
import { dec, percentOf, type Decimal as D } from '../../core/decimal.js';
import type { Period } from '../period.js';
import type { Plan } from '../schema.js';
import type { DerivedYtd } from './types.js';

export function deriveYtd(plan: Plan, period: Period, revenue: D | undefined, precision: number): DerivedYtd | undefined {
  const y = plan.targets.ytd;
  if (!y || period.kind !== 'monthly') return undefined;
  const month = period.month!;
  const annual = dec(y.annual);
  const actual = dec(y.actual);
  const remaining = annual.minus(actual);
  const out: DerivedYtd = { month, monthsAfter: 12 - month, annual, actual, remaining };
  const completed = percentOf(actual, annual);
  if (completed) out.completed = completed;
  const remainingShare = percentOf(remaining, annual);
  if (remainingShare) out.remainingShare = remainingShare;
  if (revenue) {
    out.thisMonth = revenue;
    const ofAnnual = percentOf(revenue, annual);
    if (ofAnnual) out.thisMonthOfAnnual = ofAnnual;
    if (remaining.greaterThan(0)) {
      const share = percentOf(revenue, remaining);
      if (share) out.shareOfRemaining = share;
    }
    out.after = actual.plus(revenue);
    const afterShare = percentOf(out.after, annual);
    if (afterShare) out.afterShare = afterShare;
    out.leftAfter = remaining.minus(revenue);
    const leftShare = percentOf(out.leftAfter, annual);
    if (leftShare && out.leftAfter.greaterThan(0)) out.leftAfterShare = leftShare;
    if (out.leftAfter.greaterThan(0) && out.monthsAfter > 0) out.perMonthAfter = out.leftAfter.div(out.monthsAfter).toDecimalPlaces(precision);
  }
  return out;
}
