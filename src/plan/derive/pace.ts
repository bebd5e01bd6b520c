// Weekly pace of a monthly target: the month split into weeks by working days (China's public
// holidays and make-up days, or the plan's own calendar), with the running total and its share of
// the month. A week without working days gets no target.
import { Decimal, percentOf, splitLargestRemainder, ZERO, type Decimal as D } from '../../core/decimal.js';
import { calendarSettings, monthCalendar, type CalendarSource } from '../calendar.js';
import { weeksOfMonth, type Period } from '../period.js';
import type { Plan } from '../schema.js';
import { splitPlaces } from '../settings.js';
import type { DerivedWeek } from './types.js';

export interface PaceFigures {
  weeks: DerivedWeek[];
  /** Monthly plans: where the working days come from, and the year. */
  calendar?: { source: CalendarSource; year: number };
}

export function deriveWeeks(plan: Plan, period: Period, revenue: D | undefined): PaceFigures {
  if (period.kind !== 'monthly') return { weeks: [] };
  const cal = monthCalendar(period.year, period.month!, calendarSettings(plan));
  const weeks = weeksOfMonth(period.year, period.month!, (day) => cal.days[day - 1]!.work);
  // At the places of an average working week: 860万元 in whole 万元, 180万元 (45 a week) to 0.1.
  const places = splitPlaces(plan, revenue, weeks.filter((w) => w.workdays > 0).length);
  const targets = revenue ? splitLargestRemainder(revenue, weeks.map((w) => new Decimal(w.workdays)), places) : [];
  let cumulative = ZERO;
  const rows = weeks.map((w, i) => {
    const row: DerivedWeek = { ...w, holidays: [], makeUpDays: 0 };
    const seen = new Set<string>();
    for (const day of cal.days.slice(w.startDay - 1, w.endDay)) {
      if (day.makeUp) row.makeUpDays += 1;
      if (day.name && !day.work && !seen.has(day.name.en)) {
        seen.add(day.name.en);
        row.holidays.push(day.name);
      }
    }
    const target = targets[i];
    if (target && revenue && w.workdays > 0) {
      cumulative = cumulative.plus(target);
      row.target = target;
      row.cumulative = cumulative;
      const share = percentOf(cumulative, revenue);
      if (share) row.cumulativeShare = share;
    }
    return row;
  });
  return { weeks: rows, calendar: { source: cal.source, year: period.year } };
}

