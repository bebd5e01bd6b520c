// A quarterly plan's three months: the quarter's revenue target split by each month's working
// days (China's public holidays and make-up working days, or the plan's own calendar: the
// calendar the weekly pace of a monthly plan uses), exactly, at the plan's precision, so the
// months add up to the quarter; with each month's share (its own ratio, rounded half-up when
// shown) and the running total.
import { Decimal, percentOf, splitLargestRemainder, ZERO, type Decimal as D } from '../../core/decimal.js';
import { calendarSettings, monthCalendar, type CalendarSource } from '../calendar.js';
import type { Period } from '../period.js';
import type { Plan } from '../schema.js';
import type { DerivedQuarterMonth } from './types.js';

export function deriveQuarterMonths(plan: Plan, period: Period, revenue: D | undefined, precision: number): { months: DerivedQuarterMonth[]; source: CalendarSource } | undefined {
  if (period.kind !== 'quarterly' || !revenue) return undefined;
  const first = (period.quarter! - 1) * 3 + 1;
  const settings = calendarSettings(plan);
  const calendars = [first, first + 1, first + 2].map((m) => monthCalendar(period.year, m, settings));
  const workdays = calendars.map((c) => c.days.filter((d) => d.work).length);
  const targets = splitLargestRemainder(revenue, workdays.map((w) => new Decimal(w)), precision);
  let cumulative = ZERO;
  const months = calendars.map((c, i) => {
    const target = targets[i]!;
    cumulative = cumulative.plus(target);
    const row: DerivedQuarterMonth = { month: c.month, workdays: workdays[i]!, target, cumulative };
    const share = percentOf(target, revenue);
    if (share) row.share = share;
    const cumulativeShare = percentOf(cumulative, revenue);
    if (cumulativeShare) row.cumulativeShare = cumulativeShare;
    return row;
  });
  // One estimated month makes the split an estimate.
  const source: CalendarSource = calendars.some((c) => c.source === 'estimated') ? 'estimated' : calendars[0]!.source;
  return { months, source };
}
