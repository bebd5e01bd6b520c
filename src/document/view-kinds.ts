// Template data for the annual and quarterly kinds and for reviews: the year's split, the
// incentive scheme, the RFM tiers of a customer list, and attainment against actuals — every
// figure formatted, so templates only choose words.
import { percent, points, signedPercent } from '../i18n/format.js';
import { monthLabel, quarterLabel, SPLIT_LABELS, label, word } from '../i18n/labels.js';
import type { Lang } from '../i18n/lang.js';
import { ruleText, tierName } from '../data/rfm-text.js';
import type { DerivedPlan } from '../plan/derive.js';
import { dec, growthPercent, percentOf, sum, type Decimal } from '../plan/money.js';
import { formatPeriod } from '../plan/period.js';
import type { Plan } from '../plan/schema.js';
import type { Formatter } from './view.js';

const listOf = (lang: Lang, items: readonly string[]) => items.join(word(lang, 'listSep'));
const pct = (v: Decimal | undefined) => (v ? percent(v.toDecimalPlaces(1)) : undefined);

export function annualView(plan: Plan, d: DerivedPlan, f: Formatter) {
  const a = d.annual;
  if (!a) return undefined;
  const lang = f.lang;
  const revenue = d.revenue;
  const byWeight = a.weights.map((w, i) => ({ w, month: i + 1 }));
  const even = a.weights.every((w) => w.equals(a.weights[0]!));
  const peak = [...byWeight].sort((x, y) => y.w.comparedTo(x.w) || x.month - y.month).slice(0, 3).sort((x, y) => x.month - y.month);
  const low = [...byWeight].sort((x, y) => x.w.comparedTo(y.w) || x.month - y.month).slice(0, 2).sort((x, y) => x.month - y.month);
  const half = (from: number) => sum(a.quarters.slice(from, from + 2));
  const last = a.lastYear;
  return {
    method: a.method,
    methodLabel: label(SPLIT_LABELS, a.method, lang),
    byHistory: a.method === 'history',
    byWeights: a.method === 'weights',
    evenly: a.method === 'even',
    historyYears: a.years.length ? listOf(lang, a.years.map(String)) : undefined,
    historyYearCount: String(a.years.length),
    seasonal: !even,
    peakMonths: even ? undefined : listOf(lang, peak.map((p) => monthLabel(lang, p.month))),
    lowMonths: even ? undefined : listOf(lang, low.map((p) => monthLabel(lang, p.month))),
    monthlyAverage: revenue ? f.money(revenue.div(12).toDecimalPlaces(d.precision)) : undefined,
    quarters: a.quarters.map((q, i) => ({ name: quarterLabel(lang, i + 1), target: f.money(q), share: pct(a.quarterShares[i]) })),
    firstHalf: { target: f.money(half(0)), share: pct(a.quarterShares[0]!.plus(a.quarterShares[1]!)) },
    secondHalf: { target: f.money(half(2)), share: pct(a.quarterShares[2]!.plus(a.quarterShares[3]!)) },
    lastYear: last
      ? {
          year: String(last.year),
          total: f.money(last.total),
          growth: revenue ? (growthPercent(revenue, last.total) ? signedPercent(growthPercent(revenue, last.total)!) : undefined) : undefined,
        }
      : undefined,
    productCount: String(plan.products.length),
    monthStyle: plan.annual?.month_style ?? 'target',
  };
}

export function incentivesView(plan: Plan, d: DerivedPlan, f: Formatter) {
  const inc = plan.incentives;
  if (!inc) return undefined;
  const lang = f.lang;
  const rate = (v: number) => percent(dec(v), 2);
  const commissions = d.commissions ?? [];
  const teamAt = (s: number) => sum(commissions.map((c) => c.scenarios[s]!.total));
  const scenarioAt = (s: number) => {
    const cost = teamAt(s);
    const revenue = sum(commissions.map((c) => c.scenarios[s]!.revenue));
    return { scenario: percent(dec(inc.scenarios[s]!)), cost: f.money(cost), ofRevenue: pct(percentOf(cost, revenue)) };
  };
  return {
    baseRate: rate(inc.base_rate),
    bonuses: inc.bonuses.map((b) => ({ name: b.name, rate: points(lang, dec(b.rate), 2), members: b.members?.length ? listOf(lang, b.members) : undefined })),
    overTarget: [...inc.over_target].sort((x, y) => x.above - y.above).map((o) => ({ above: rate(o.above), rate: rate(o.rate) })),
    mentorShare: inc.mentor_share !== undefined ? rate(inc.mentor_share) : undefined,
    mentors: listOf(lang, plan.team.filter((m) => m.mentor).map((m) => m.name)) || undefined,
    specialShare: inc.special_share !== undefined ? rate(inc.special_share) : undefined,
    threshold: rate(inc.improvement_threshold),
    scenarios: listOf(lang, inc.scenarios.map((s) => percent(dec(s)))),
    atTarget: commissions.length ? scenarioAt(0) : undefined,
    atTop: commissions.length && inc.scenarios.length > 1 ? scenarioAt(inc.scenarios.length - 1) : undefined,
  };
}

export function rfmView(plan: Plan, d: DerivedPlan, f: Formatter) {
  const rfm = d.rfm;
  if (!rfm) return undefined;
  const lang = f.lang;
  const tiers = rfm.tiers.map((t) => ({
    id: t.id,
    name: tierName(lang, t.id),
    rule: ruleText(lang, t.rule),
    count: f.count(t.count, 'customers'),
    customerShare: pct(t.customerShare),
    revenue: f.money(t.revenue),
    revenueShare: pct(t.revenueShare),
    service: plan.customers?.service?.[t.id],
  }));
  const byId = Object.fromEntries(tiers.map((t) => [t.id, t]));
  const [y, m, day] = rfm.asOf.split('-').map(Number);
  return {
    asOf: lang === 'zh-CN' ? `${y}年${m}月${day}日` : rfm.asOf,
    customers: f.count(rfm.customers, 'customers'),
    revenue: f.money(rfm.revenue),
    averageOrder: f.money(rfm.averageOrder?.toDecimalPlaces(d.precision)),
    tiers,
    core: byId.core,
    potential: byId.potential,
    regular: byId.regular,
    lapsed: byId.lapsed,
  };
}

export function attainmentView(plan: Plan, d: DerivedPlan, f: Formatter) {
  const r = d.actuals;
  if (!r) return undefined;
  const lang = f.lang;
  const row = (x: { name: string; target?: Decimal; actual?: Decimal; attainment?: Decimal; gap?: Decimal; below: boolean }) => ({
    name: x.name,
    target: f.money(x.target),
    actual: f.money(x.actual),
    attainment: pct(x.attainment),
    gap: x.gap ? f.money(x.gap.abs()) : undefined,
    short: !!x.gap?.isNegative(),
    over: !!x.gap?.greaterThan(0),
    met: !!x.attainment?.greaterThanOrEqualTo(100),
    below: x.below,
    reported: !!x.actual,
  });
  const ranked = (rows: typeof r.products) => rows.filter((x) => x.attainment).sort((a, b) => b.attainment!.comparedTo(a.attainment!));
  const products = ranked(r.products);
  const commissions = r.team.flatMap((m) => (m.commission ? [m.commission.total] : []));
  const dimensionName = (dim: string) => word(lang, ({ total: 'revenue', products: 'product', channels: 'channel', team: 'member', metrics: 'metric' } as const)[dim as 'total']);
  return {
    threshold: percent(r.threshold),
    total: row(r.total),
    products: r.products.map(row),
    channels: r.channels.map(row),
    team: r.team.map((m) => ({ ...row(m), commission: f.money(m.commission?.total) })),
    metrics: r.metrics.map((m) => ({ name: m.name, attainment: pct(m.attainment), met: !!m.met, below: m.below, reported: !!m.actual })),
    best: products[0] ? row(products[0]) : undefined,
    worst: products.length > 1 ? row(products[products.length - 1]!) : undefined,
    flagged: r.flagged.map((x) => ({ dimension: dimensionName(x.dimension), name: x.name, attainment: pct(x.attainment) })),
    anyFlagged: r.flagged.length > 0,
    flaggedReps: listOf(lang, r.flagged.filter((x) => x.dimension === 'team').map((x) => x.name)) || undefined,
    metCount: String(r.products.filter((p) => p.attainment?.greaterThanOrEqualTo(100)).length),
    productCount: String(r.products.length),
    commissionTotal: commissions.length ? f.money(sum(commissions)) : undefined,
    hasIncentives: !!plan.incentives,
    next: r.next
      ? { period: formatPeriod(r.next.period, lang), revenue: f.money(r.next.revenue), growth: signedPercent(r.next.growth), base: r.next.base }
      : undefined,
  };
}
