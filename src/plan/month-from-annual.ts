// A month's plan seeded from the annual plan (`generate annual.yaml --month 2027-03`): that month's
// share of every target — the total, each product line, channel and rep from the same exact
// matrices the annual document shows, counts and amounts split by the same month weights — with
// the year's market notes, tiers and risks carried over. Rates (margin, conversion, NPS …) apply
// to the month as they are; yearly counts and amounts among the metrics are left out, for the
// manager to set per month.
import type { Lang } from '../i18n/lang.js';
import { formatPeriod } from './period.js';
import type { ValidPlan } from './validate.js';
import { METRICS } from './metrics.js';
import { splitMatrix } from './controlled-rounding.js';
import { dec, percentOf, splitLargestRemainder, sum, ZERO, type Decimal } from '../core/decimal.js';
import type { BudgetItem, PlanInput } from './schema.js';
import { pick } from '../i18n/localized.js';
import { moneyPlaces } from './settings.js';

const RATE_UNITS = new Set(['percent', 'score', 'hours', 'days']);

function num(value: Decimal): number {
  return value.toNumber();
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
  const method = { history: { 'zh-CN': '按往年月销售比重', en: 'past years’ month shares' }, weights: { 'zh-CN': '按季节权重', en: 'seasonal weights' }, even: { 'zh-CN': '全年平均', en: 'an even split' } }[split.method];
  targets.basis = pick(lang, {
    'zh-CN': `由${formatPeriod(period, 'zh-CN')}销售计划分解：全年目标的${ofYear ? `${ofYear.toString()}%` : '月度份额'}（${method['zh-CN']}）`,
    en: `From the ${period.year} annual plan: ${ofYear ? `${ofYear.toString()}% of the year` : 'its monthly share'} (${method.en})`,
  });
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
  targets.metrics = t.metrics.filter((metric) => !metric.id || RATE_UNITS.has(METRICS[metric.id].unit));

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
    ...(plan.market ? { market: plan.market } : {}),
    targets,
    products: plan.products.map((p, i) => ({
      name: p.name, role: p.role, amount: num(split.productMonths[i]![m]!), ...(p.note ? { note: p.note } : {}),
    })),
    channels: plan.channels.map((c, i) => ({
      name: c.name, type: c.type,
      ...(c.target !== undefined ? { target: num(split.channelMonths[i]![m]!) } : {}),
      ...(c.owner ? { owner: c.owner } : {}), actions: c.actions,
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
