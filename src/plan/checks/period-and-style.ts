// The period fits the kind; a monthly plan has a style and other kinds have none.
import { quoteList } from '../../i18n/t.js';
import { monthlyStyleIds } from '../../styles/registry.js';
import { parsePeriod, periodExample } from '../period.js';
import type { Check } from './types.js';
import { checkText } from './messages.js';
import { calendarSettings, isPublished, lastPublishedYear } from '../calendar.js';

export const checkPeriod: Check = (ctx) => {
  const { plan } = ctx;
  const raw = String(plan.period);
  if (ctx.period && ctx.period.year < 1900) {
    ctx.report('error', 'period-format', ['period'], checkText.periodYear, { got: raw });
    return;
  }
  if (ctx.period) return;
  if (parsePeriod(plan.period) === 'invalidMonth') {
    ctx.report('error', 'period-format', ['period'], checkText.periodMonth, { got: raw });
    return;
  }
  ctx.report('error', 'period-format', ['period'], checkText.periodFormat, { got: raw, kind: plan.kind, example: periodExample(plan.kind) });
};

export const checkStyle: Check = (ctx) => {
  const { plan } = ctx;
  if (plan.kind === 'monthly' && !ctx.style) {
    ctx.report('error', 'style-missing', ['kind'], checkText.styleMissing, { choices: monthlyStyleIds().join(' | ') }, true);
  }
  if (plan.kind !== 'monthly' && plan.style !== undefined) {
    ctx.report('error', 'style-not-for-kind', ['style'], checkText.styleNotForKind, { kind: plan.kind }, true);
  }
  if (plan.kind !== 'monthly' && !ctx.style) {
    ctx.report('error', 'kind-not-available', ['kind'], checkText.kindNotAvailable, { kind: plan.kind, choices: quoteList(ctx.lang, ['monthly']) });
  }
};

/** Dates of the plan's calendar that do not exist (2026-02-30). */
export const checkCalendar: Check = (ctx) => {
  const { plan } = ctx;
  const calendar = calendarSettings(plan);
  const dates = [...calendar.holidays.map((h) => h.date), ...calendar.workdays];
  const listed = [...(plan.calendar?.holidays ?? []).map((_, i) => ['calendar', 'holidays', i]), ...(plan.calendar?.workdays ?? []).map((_, i) => ['calendar', 'workdays', i])];
  dates.forEach((date, i) => {
    const [y, m, d] = date.split('-').map(Number);
    const real = new Date(Date.UTC(y!, m! - 1, d!));
    if (real.getUTCFullYear() !== y || real.getUTCMonth() !== m! - 1 || real.getUTCDate() !== d) {
      ctx.report('error', 'calendar-bad-date', listed[i]! as (string | number)[], checkText.calendarBadDate, { got: date });
    }
  });
};

/**
 * A monthly plan's weekly pace (the target style's) counts China's working days: for a year whose arrangement is not
 * published yet they are estimated, which the author should know before the document goes out.
 */
export const checkCalendarData: Check = (ctx) => {
  const { plan, period } = ctx;
  if (!period || period.kind !== 'monthly' || calendarSettings(plan).country !== 'CN' || isPublished(period.year)) return;
  // Only a document with the weekly pace counts working days.
  if (!ctx.style?.sections.some((section) => section.tables?.includes('pace'))) return;
  ctx.report('warning', 'calendar-estimated', ['period'], checkText.calendarEstimated, { year: period.year, last: lastPublishedYear(period.year) ?? '—' });
};
