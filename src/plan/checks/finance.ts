// The finance targets against each other and against the revenue target: a gross-profit amount
// that is not revenue × margin, a collections amount that is not revenue × rate, and a year to
// date that cannot be right (more done than the year's target, a January plan with an actual
// before it, a December target that leaves the year short, a ytd block outside a monthly plan).
import { dec, HUNDRED } from '../../core/decimal.js';
import { percent } from '../../i18n/format.js';
import type { Messages } from '../../i18n/localized.js';
import { agreesWithRate } from '../derive/profit.js';
import type { Check } from './types.js';

export const financeText = {
  profitVsMargin: {
    'zh-CN': '毛利额 {amount} 与毛利率 {margin} 不一致：销售额目标 {revenue} × {margin} = {expected}。请修改其中一个，或删去毛利率让它由毛利额算出。',
    en: 'The gross profit {amount} does not agree with the margin {margin}: revenue {revenue} × {margin} = {expected}. Change one of them, or leave the margin out to have it computed.',
  },
  collectionsVsRate: {
    'zh-CN': '回款额 {amount} 与回款率 {rate} 不一致：销售额目标 {revenue} × {rate} = {expected}。请修改其中一个，或只写一个让另一个自动算出。',
    en: 'The collections {amount} do not agree with the rate {rate}: revenue {revenue} × {rate} = {expected}. Change one of them, or give only one to have the other computed.',
  },
  ytdNotMonthly: {
    'zh-CN': 'ytd（年度进度）只用于月度计划，本计划不会显示它。',
    en: 'ytd (year to date) is for monthly plans only: this plan does not show it.',
  },
  ytdOverAnnual: {
    'zh-CN': '截至上月累计完成 {actual} 已超过全年目标 {annual}：请核对这两个数。',
    en: 'The actual so far, {actual}, is more than the annual target {annual}: check both figures.',
  },
  ytdJanuary: {
    'zh-CN': '1 月计划之前本年尚无实际，ytd.actual 应为 0（现为 {actual}）。',
    en: 'A January plan has no actual before it this year: ytd.actual should be 0 (it is {actual}).',
  },
  ytdDecemberShort: {
    'zh-CN': '12 月目标 {target} 低于全年剩余任务 {remaining}：即使本月完成目标，全年仍差 {short}。',
    en: "December's target {target} is less than what remains of the year, {remaining}: even if it is met, the year falls short by {short}.",
  },
} satisfies Messages;

export const checkFinance: Check = (ctx) => {
  const { plan, revenue } = ctx;
  const t = plan.targets;
  if (t.gross_profit !== undefined && t.gross_margin !== undefined && revenue) {
    const amount = dec(t.gross_profit);
    const margin = dec(t.gross_margin);
    if (!agreesWithRate(amount, revenue, margin)) {
      ctx.report('warning', 'gross-profit-vs-margin', ['targets', 'gross_profit'], financeText.profitVsMargin, {
        amount: ctx.money(amount), margin: percent(margin, 4), revenue: ctx.money(revenue), expected: ctx.money(revenue.times(margin).div(HUNDRED)),
      });
    }
  }
  const c = t.collections;
  if (c?.amount !== undefined && c.rate !== undefined && revenue) {
    const amount = dec(c.amount);
    const rate = dec(c.rate);
    if (!agreesWithRate(amount, revenue, rate)) {
      ctx.report('warning', 'collections-vs-rate', ['targets', 'collections', 'amount'], financeText.collectionsVsRate, {
        amount: ctx.money(amount), rate: percent(rate, 4), revenue: ctx.money(revenue), expected: ctx.money(revenue.times(rate).div(HUNDRED)),
      });
    }
  }
  const y = t.ytd;
  if (!y) return;
  if (ctx.period && ctx.period.kind !== 'monthly') {
    ctx.report('warning', 'ytd-not-monthly', ['targets', 'ytd'], financeText.ytdNotMonthly, {}, true);
    return;
  }
  const annual = dec(y.annual);
  const actual = dec(y.actual);
  if (actual.greaterThan(annual)) ctx.report('warning', 'ytd-over-annual', ['targets', 'ytd', 'actual'], financeText.ytdOverAnnual, { actual: ctx.money(actual), annual: ctx.money(annual) });
  const month = ctx.period?.month;
  if (month === 1 && !actual.isZero()) ctx.report('warning', 'ytd-january', ['targets', 'ytd', 'actual'], financeText.ytdJanuary, { actual: ctx.money(actual) });
  const remaining = annual.minus(actual);
  if (month === 12 && revenue && revenue.lessThan(remaining)) {
    ctx.report('warning', 'ytd-december-short', ['targets', 'ytd'], financeText.ytdDecemberShort, {
      target: ctx.money(revenue), remaining: ctx.money(remaining), short: ctx.money(remaining.minus(revenue)),
    }, true);
  }
};
