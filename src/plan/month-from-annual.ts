// A month's plan seeded from the annual plan (`generate annual.yaml --month 2027-03`): that month's
// share of every target — the total, each product line, channel and rep from the same exact
// matrices the annual document shows, counts and amounts split by the same month weights — with
// the year's market notes, tiers and risks carried over. Rates (margin, conversion, NPS …) apply
// to the month as they are; yearly counts and amounts among the metrics are left out, for the
// manager to set per month.
//
// It is that month's plan, not the year's: only the opportunities, channel actions and schedule
// items of that month (tagged with `month`, dated, or naming the month in their text); lines tied
// to no month are kept and marked as the year's; its own focus (the month's target and its place
// in the year, its opportunities and dates); last year's figures labelled as last year's (the
// year's metric baselines are last year's levels, not last month's); its year-to-date position.
import type { Lang } from '../i18n/lang.js';
import { formatPeriod } from './period.js';
import type { ValidPlan } from './validate.js';
import { METRICS } from './metrics.js';
import { splitMatrix } from './controlled-rounding.js';
import { dec, growthPercent, percentOf, splitLargestRemainder, sum, ZERO, type Decimal } from '../core/decimal.js';
import type { BudgetItem, PlanInput, TaggedText } from './schema.js';
import { pick, say, type Localized } from '../i18n/localized.js';
import { money, percent } from '../i18n/format.js';
import { metricDef } from './metrics.js';
import { taggedMonths, taggedText, monthsInText } from './tagged.js';
import type { DerivedPlan } from './derive.js';
import { moneyPlaces } from './settings.js';

const RATE_UNITS = new Set(['percent', 'score', 'hours', 'days']);

function num(value: Decimal): number {
  return value.toNumber();
}

/** The year-to-date position at the end of a month, from the annual split. */
export interface MonthYtd {
  /** Cumulative target, January to this month. */
  target: Decimal;
  /** The same months of the latest past year, when the history gives them. */
  base?: Decimal;
  change?: Decimal;
  shareOfYear?: Decimal;
}

export function monthYtd(derived: DerivedPlan, month: number): MonthYtd | undefined {
  const split = derived.annual;
  if (!split) return undefined;
  const target = sum(split.months.slice(0, month));
  const out: MonthYtd = { target };
  const base = split.lastYear ? sum(split.lastYear.months.slice(0, month)) : undefined;
  if (base) {
    out.base = base;
    const change = growthPercent(target, base);
    if (change) out.change = change;
  }
  const share = derived.revenue ? percentOf(target, derived.revenue) : undefined;
  if (share) out.shareOfYear = share.toDecimalPlaces(1);
  return out;
}

const WORDS = {
  yearLine: { 'zh-CN': '{text}（全年计划，未定月份）', en: '{text} (in the year’s plan, no month set)' },
  yearAction: { 'zh-CN': '{text}（全年行动）', en: '{text} (a year-long action)' },
  focusTarget: { 'zh-CN': '{month}销售额目标{revenue}，占全年目标的{share}', en: '{month} revenue target: {revenue}, {share} of the year' },
  focusYtd: { 'zh-CN': '1—{m}月累计目标{ytd}，占全年的{ytdShare}', en: 'January to {monthName} together: {ytd}, {ytdShare} of the year' },
  focusYtdBase: { 'zh-CN': '去年同期累计{base}', en: '{base} in the same months last year' },
  focusOpportunities: { 'zh-CN': '本月机会：{list}', en: 'This month’s opportunities: {list}' },
  focusSchedule: { 'zh-CN': '本月节点：{list}', en: 'Dates this month: {list}' },
  baselineNote: { 'zh-CN': '{year}年水平：{value}', en: '{year} level: {value}' },
  basisYtd: { 'zh-CN': '；1—{m}月累计目标{ytd}，占全年{ytdShare}', en: '; January to {monthName}: {ytd}, {ytdShare} of the year' },
} as const satisfies Record<string, Localized>;

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Lines of the year that belong to this month, and those tied to no month (marked as the year's). */
function ofMonth(items: readonly TaggedText[], month: number, lang: Lang, mark: Localized): { month: string[]; all: string[] } {
  const inMonth: string[] = [];
  const all: string[] = [];
  for (const item of items) {
    const months = taggedMonths(item);
    if (!months) all.push(say(lang, mark, { text: taggedText(item) }));
    else if (months.includes(month)) inMonth.push(taggedText(item));
  }
  return { month: inMonth, all: [...inMonth, ...all] };
}

export function monthPlanFrom(valid: ValidPlan, month: number, lang: Lang): PlanInput {
  const { plan, derived, period } = valid;
  const split = derived.annual!;
  const m = month - 1;
  const weights = split.weights;
  // A month's part of a yearly figure: counts in whole numbers, money at the places that fit a twelfth of it.
  const share = (total: number | undefined, places?: number) => (total === undefined
    ? undefined
    : num(splitLargestRemainder(dec(total), weights, places ?? moneyPlaces(plan, dec(total).div(12)))[m]!));
  const monthRevenue = split.months[m]!;
  const monthPeriod = { kind: 'monthly' as const, year: period.year, month };
  const ofYear = derived.revenue ? percentOf(monthRevenue, derived.revenue)?.toDecimalPlaces(1) : undefined;
  const lastYear = split.lastYear?.months[m];

  const t = plan.targets;
  const targets: NonNullable<PlanInput['targets']> = { revenue: num(monthRevenue) };
  if (lastYear) targets.last_year_revenue = num(lastYear);
  // Last month's actual is known only for January: December of last year, from the history.
  const lastDecember = month === 1 ? split.lastYear?.months[11] : undefined;
  if (lastDecember) targets.last_revenue = num(lastDecember);
  const style = { unit: derived.settings.unit, precision: derived.settings.precision };
  const ytd = monthYtd(derived, month);
  const monthName = pick(lang, { 'zh-CN': `${month}月`, en: EN_MONTHS[month - 1]! });
  const ytdParams = ytd && month > 1 && ytd.shareOfYear
    ? { m: month, monthName, ytd: money(lang, ytd.target, style), ytdShare: percent(ytd.shareOfYear) }
    : undefined;
  const method = { history: { 'zh-CN': '按往年月销售比重', en: 'past years’ month shares' }, weights: { 'zh-CN': '按季节权重', en: 'seasonal weights' }, even: { 'zh-CN': '全年平均', en: 'an even split' } }[split.method];
  targets.basis = pick(lang, {
    'zh-CN': `由${formatPeriod(period, 'zh-CN')}销售计划分解：全年目标的${ofYear ? `${ofYear.toString()}%` : '月度份额'}（${method['zh-CN']}）`,
    en: `From the ${period.year} annual plan: ${ofYear ? `${ofYear.toString()}% of the year` : 'its monthly share'} (${method.en})`,
  }) + (ytdParams ? say(lang, WORDS.basisYtd, ytdParams) : '');
  if (t.gross_margin !== undefined) targets.gross_margin = t.gross_margin;
  if (t.new_customers) {
    const nc: NonNullable<NonNullable<PlanInput['targets']>['new_customers']> = {};
    const prospects = share(t.new_customers.prospects, 0);
    const won = share(t.new_customers.won, 0);
    const value = share(t.new_customers.contract_value);
    if (prospects !== undefined) nc.prospects = prospects;
    if (won !== undefined) nc.won = won;
    if (value !== undefined) nc.contract_value = value;
    targets.new_customers = nc;
  }
  if (t.existing_customers) {
    const ec: NonNullable<NonNullable<PlanInput['targets']>['existing_customers']> = {};
    const upsell = share(t.existing_customers.upsell);
    if (upsell !== undefined) ec.upsell = upsell;
    if (t.existing_customers.accounts !== undefined) ec.accounts = t.existing_customers.accounts;
    targets.existing_customers = ec;
  }
  // The year's baselines are last year's levels: written as such in the note, not as the month's
  // baseline (which a month plan reads as last month's).
  targets.metrics = t.metrics
    .filter((metric) => !metric.id || RATE_UNITS.has(METRICS[metric.id].unit))
    .map(({ baseline, ...metric }) => {
      if (baseline === undefined) return metric;
      const unit = metric.unit ?? (metric.id && metricDef(metric.id).unit === 'percent' ? '%' : '');
      const level = say(lang, WORDS.baselineNote, { year: period.year - 1, value: `${baseline}${unit}` });
      return { ...metric, note: metric.note ? `${metric.note}${pick(lang, { 'zh-CN': '；', en: '; ' })}${level}` : level };
    });

  const opportunities = ofMonth(plan.market?.opportunities ?? [], month, lang, WORDS.yearLine);
  const schedule = plan.schedule.filter((item) => monthsInText(String(item.when)).includes(month));
  const focus: string[] = [];
  if (ofYear) {
    let line = say(lang, WORDS.focusTarget, { month: monthName, revenue: money(lang, monthRevenue, style), share: `${ofYear.toString()}%` });
    if (ytdParams) {
      line += pick(lang, { 'zh-CN': '；', en: '; ' }) + say(lang, WORDS.focusYtd, ytdParams);
      if (ytd?.base) line += pick(lang, { 'zh-CN': '（', en: ' (' }) + say(lang, WORDS.focusYtdBase, { base: money(lang, ytd.base, style) }) + pick(lang, { 'zh-CN': '）', en: ')' });
    }
    focus.push(line);
  }
  const sep = pick(lang, { 'zh-CN': '；', en: '; ' });
  if (opportunities.month.length) focus.push(say(lang, WORDS.focusOpportunities, { list: opportunities.month.join(sep) }));
  if (schedule.length) focus.push(say(lang, WORDS.focusSchedule, { list: schedule.map((s) => s.action).join(sep) }));

  const out: PlanInput = {
    salesplan: 1,
    kind: 'monthly',
    style: plan.annual?.month_style ?? 'target',
    period: `${monthPeriod.year}-${String(month).padStart(2, '0')}`,
    ...(plan.lang ? { lang: plan.lang } : {}),
    org: { ...plan.org },
    ...(plan.unit ? { unit: plan.unit } : {}),
    ...(plan.currency ? { currency: plan.currency } : {}),
    ...(plan.precision !== undefined ? { precision: plan.precision } : {}),
    ...(focus.length ? { focus } : {}),
    ...(plan.market ? { market: { ...plan.market, opportunities: opportunities.all } } : {}),
    targets,
    products: plan.products.map((p, i) => ({
      name: p.name, role: p.role, amount: num(split.productMonths[i]![m]!), ...(p.note ? { note: p.note } : {}),
    })),
    channels: plan.channels.map((c, i) => ({
      name: c.name, type: c.type,
      ...(c.target !== undefined ? { target: num(split.channelMonths[i]![m]!) } : {}),
      ...(c.owner ? { owner: c.owner } : {}), actions: ofMonth(c.actions, month, lang, WORDS.yearAction).all,
    })),
    team: plan.team.map((member, i) => ({
      name: member.name,
      ...(member.role ? { role: member.role } : {}),
      ...(member.region ? { region: member.region } : {}),
      ...(derived.team[i]!.target ? { target: num(split.teamMonths[i]![m]!) } : {}),
      ...(member.headcount !== 1 ? { headcount: member.headcount } : {}),
    })),
    tiers: plan.tiers,
    risks: plan.risks,
    ...(schedule.length ? { schedule } : {}),
  };
  delete (out.org as { date?: string }).date;
  if (plan.budget) {
    // The lines given as amounts are split together, so the month's lines add up to the month's
    // share of their total (and so stay within a cap split the same way).
    const fixed = plan.budget.items.map((item) => (item.amount === undefined ? undefined : dec(item.amount)));
    const matrix = splitMatrix(fixed.map((a) => a ?? ZERO), weights, moneyPlaces(plan, sum(fixed.map((a) => a ?? ZERO)).div(12))).cells;
    const items = plan.budget.items.map((item, i): BudgetItem => (item.amount === undefined ? item : { ...item, amount: num(matrix[i]![m]!) }));
    out.budget = {
      ...(plan.budget.cap !== undefined ? { cap: share(plan.budget.cap)! } : {}),
      ...(plan.budget.cap_percent_of_revenue !== undefined ? { cap_percent_of_revenue: plan.budget.cap_percent_of_revenue } : {}),
      items,
    };
  }
  return out;
}
