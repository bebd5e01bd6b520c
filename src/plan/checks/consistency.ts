// What a manager wants flagged before the boss reads the plan, though each figure is valid on its
// own: last period's product amounts that do not add up to last period's revenue (won > prospects
// is checked in content.ts), a renewal rate above 100%, dates that do not exist, and integers too large
// for the plan's numbers to hold exactly (they would print silently rounded).
import { dec, sum } from '../../core/decimal.js';
import type { PathSegment } from '../../report/diagnostic.js';
import type { Check } from './types.js';
import { checkText } from './messages.js';

export const checkLastAmounts: Check = (ctx) => {
  const { plan } = ctx;
  const last = plan.targets.last_revenue;
  const given = plan.products.filter((p) => p.last_amount !== undefined);
  if (last === undefined || given.length === 0) return;
  const total = ctx.shown(sum(given.map((p) => dec(p.last_amount!))));
  const all = given.length === plan.products.length;
  if (all ? !total.equals(dec(last)) : total.greaterThan(dec(last))) {
    ctx.report('warning', 'last-amounts-vs-last-revenue', ['products'], all ? checkText.lastAmountsNotTotal : checkText.lastAmountsOverTotal, {
      sum: ctx.money(total), total: ctx.money(dec(last)),
    }, true);
  }
};

export const checkRates: Check = (ctx) => {
  ctx.plan.targets.metrics.forEach((m, i) => {
    if (m.id !== 'renewal_rate') return;
    for (const key of ['baseline', 'target'] as const) {
      const v = m[key];
      if (v !== undefined && v > 100) ctx.report('warning', 'rate-over-100', ['targets', 'metrics', i, key], checkText.rateOver100, { value: v });
    }
  });
};

const realDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m! - 1 && date.getUTCDate() === d && y! >= 1900;
};

export const checkDates: Check = (ctx) => {
  const date = ctx.plan.org.date;
  if (date !== undefined && !realDate(date)) ctx.report('error', 'impossible-date', ['org', 'date'], checkText.impossibleDate, { got: date });
};

/** Every number of the plan as written; an integer past 2^53 has already lost its last digits. */
export const checkExactNumbers: Check = (ctx) => {
  const walk = (value: unknown, path: PathSegment[]) => {
    if (typeof value === 'number') {
      if (Math.abs(value) > Number.MAX_SAFE_INTEGER) ctx.report('error', 'number-too-large', path, checkText.numberTooLarge, { path: path.join('.') });
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(ctx.plan, []);
};
