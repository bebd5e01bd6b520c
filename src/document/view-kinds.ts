// Template data for the annual and quarterly kinds and for reviews: the year's split, the
// incentive scheme, the RFM tiers of a customer list, and attainment against actuals — every
// figure formatted, so templates only choose words.
import { formatDate, percent, points, signedPercent, type Figure } from '../i18n/format.js';
import { monthLabel, quarterLabel, SPLIT_LABELS, label, word } from '../i18n/labels.js';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/localized.js';
import { ruleText, tierName } from '../data/rfm-text.js';
import type { AttainmentRow, ReviewFigures } from '../plan/attainment.js';
import type { DerivedPlan } from '../plan/derive.js';
import { formatPeriod } from '../plan/period.js';
import type { Plan } from '../plan/schema.js';
import type { Formatter, Text } from './formatter.js';

const listOf = (lang: Lang, items: readonly string[]) => items.join(word(lang, 'listSep'));
const pct = (v: Figure | undefined) => (v ? percent(v) : undefined);

export interface AnnualView {
  method: string;
  methodLabel: string;
  byHistory: boolean;
  byWeights: boolean;
  evenly: boolean;
  historyYears: Text;
  historyYearCount: string;
  seasonal: boolean;
  peakMonths: Text;
  lowMonths: Text;
  monthlyAverage: Text;
  quarters: Array<{ name: string; target: Text; share: Text }>;
  firstHalf: { target: Text; share: Text };
  secondHalf: { target: Text; share: Text };
  lastYear: { year: string; total: Text; growth: Text } | undefined;
  productCount: string;
  monthStyle: string;
}

export function annualView(plan: Plan, d: DerivedPlan, f: Formatter): AnnualView | undefined {
  const a = d.annual;
  if (!a) return undefined;
  const lang = f.lang;
  const last = a.lastYear;
  const half = (i: number) => ({ target: f.money(a.halves[i]!.target), share: pct(a.halves[i]!.share) });
  return {
    method: a.method,
    methodLabel: label(SPLIT_LABELS, a.method, lang),
    byHistory: a.method === 'history',
    byWeights: a.method === 'weights',
    evenly: a.method === 'even',
    historyYears: a.years.length ? listOf(lang, a.years.map(String)) : undefined,
    historyYearCount: String(a.years.length),
    seasonal: a.seasonal,
    peakMonths: a.seasonal ? listOf(lang, a.peakMonths.map((m) => monthLabel(lang, m))) : undefined,
    lowMonths: a.seasonal ? listOf(lang, a.lowMonths.map((m) => monthLabel(lang, m))) : undefined,
    monthlyAverage: f.money(a.monthlyAverage),
    quarters: a.quarters.map((q, i) => ({ name: quarterLabel(lang, i + 1), target: f.money(q), share: pct(a.quarterShares[i]) })),
    firstHalf: half(0),
    secondHalf: half(1),
    lastYear: last
      ? { year: String(last.year), total: f.money(last.total), growth: a.yearYoy ? signedPercent(a.yearYoy) : undefined }
      : undefined,
    productCount: String(plan.products.length),
    monthStyle: plan.annual?.month_style ?? 'target',
  };
}

export interface IncentivesView {
  baseRate: string;
  bonuses: Array<{ name: string; rate: string; members: Text }>;
  overTarget: Array<{ above: string; rate: string }>;
  mentorShare: Text;
  mentors: Text;
  specialShare: Text;
  threshold: string;
  scenarios: string;
  atTarget: ScenarioView | undefined;
  atTop: ScenarioView | undefined;
}

export interface ScenarioView {
  scenario: string;
  cost: Text;
  ofRevenue: Text;
}

export function incentivesView(plan: Plan, d: DerivedPlan, f: Formatter): IncentivesView | undefined {
  const inc = plan.incentives;
  if (!inc) return undefined;
  const lang = f.lang;
  const rate = (v: number) => percent(v, 2);
  const anyCommission = (d.commissions ?? []).length > 0;
  const scenarioAt = (s: number): ScenarioView => {
    const total = d.commissionTotals!.scenarios[s]!;
    return { scenario: percent(total.scenario), cost: f.money(total.cost), ofRevenue: pct(total.ofRevenue) };
  };
  return {
    baseRate: rate(inc.base_rate),
    bonuses: inc.bonuses.map((b) => ({ name: b.name, rate: points(lang, b.rate, 2), members: b.members?.length ? listOf(lang, b.members) : undefined })),
    overTarget: [...inc.over_target].sort((x, y) => x.above - y.above).map((o) => ({ above: rate(o.above), rate: rate(o.rate) })),
    mentorShare: inc.mentor_share !== undefined ? rate(inc.mentor_share) : undefined,
    mentors: listOf(lang, plan.team.filter((m) => m.mentor).map((m) => m.name)) || undefined,
    specialShare: inc.special_share !== undefined ? rate(inc.special_share) : undefined,
    threshold: percent(d.settings.improvementThreshold, 2),
    scenarios: listOf(lang, inc.scenarios.map((s) => percent(s))),
    atTarget: anyCommission ? scenarioAt(0) : undefined,
    atTop: anyCommission && inc.scenarios.length > 1 ? scenarioAt(inc.scenarios.length - 1) : undefined,
  };
}

export interface RfmTierView {
  id: string;
  name: string;
  rule: string;
  count: Text;
  customerShare: Text;
  revenue: Text;
  revenueShare: Text;
  service: Text;
}

export interface RfmView {
  asOf: string;
  customers: Text;
  revenue: Text;
  averageOrder: Text;
  tiers: RfmTierView[];
  core: RfmTierView | undefined;
  potential: RfmTierView | undefined;
  regular: RfmTierView | undefined;
  lapsed: RfmTierView | undefined;
}

export function rfmView(plan: Plan, d: DerivedPlan, f: Formatter): RfmView | undefined {
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
  const byId: Record<string, RfmTierView | undefined> = Object.fromEntries(tiers.map((t) => [t.id, t]));
  return {
    // An English plan keeps the ISO date the list was scored at.
    asOf: pick(lang, { 'zh-CN': formatDate(rfm.asOf, lang), en: rfm.asOf }),
    customers: f.count(rfm.customers, 'customers'),
    revenue: f.money(rfm.revenue),
    averageOrder: f.money(rfm.averageOrder),
    tiers,
    core: byId.core,
    potential: byId.potential,
    regular: byId.regular,
    lapsed: byId.lapsed,
  };
}

export interface AttainmentRowView {
  name: string;
  target: Text;
  actual: Text;
  attainment: Text;
  gap: Text;
  short: boolean;
  over: boolean;
  met: boolean;
  below: boolean;
  reported: boolean;
}

export interface AttainmentView {
  threshold: string;
  total: AttainmentRowView;
  products: AttainmentRowView[];
  channels: AttainmentRowView[];
  team: Array<AttainmentRowView & { commission: Text }>;
  metrics: Array<{ name: string; attainment: Text; met: boolean; below: boolean; reported: boolean }>;
  best: AttainmentRowView | undefined;
  worst: AttainmentRowView | undefined;
  flagged: Array<{ dimension: string; name: string; attainment: Text }>;
  anyFlagged: boolean;
  flaggedReps: Text;
  metCount: string;
  productCount: string;
  commissionTotal: Text;
  hasIncentives: boolean;
  next: { period: string; revenue: Text; growth: string; base: 'target' | 'actual' } | undefined;
}

export function attainmentView(plan: Plan, r: ReviewFigures, f: Formatter): AttainmentView {
  const lang = f.lang;
  const row = (x: AttainmentRow): AttainmentRowView => ({
    name: x.name,
    target: f.money(x.target),
    actual: f.money(x.actual),
    attainment: pct(x.attainment),
    gap: f.moneySize(x.gap),
    short: x.short,
    over: x.over,
    met: x.met,
    below: x.below,
    reported: !!x.actual,
  });
  const ranked = r.ranked;
  const dimensionName = (dim: string) => word(lang, ({ total: 'revenue', products: 'product', channels: 'channel', team: 'member', metrics: 'metric' } as const)[dim as 'total']);
  return {
    threshold: percent(r.threshold),
    total: row(r.total),
    products: r.products.map(row),
    channels: r.channels.map(row),
    team: r.team.map((m) => ({ ...row(m), commission: f.money(m.commission?.total) })),
    metrics: r.metrics.map((m) => ({ name: m.name, attainment: pct(m.attainment), met: !!m.met, below: m.below, reported: !!m.actual })),
    best: ranked[0] ? row(ranked[0]) : undefined,
    worst: ranked.length > 1 ? row(ranked[ranked.length - 1]!) : undefined,
    flagged: r.flagged.map((x) => ({ dimension: dimensionName(x.dimension), name: x.name, attainment: pct(x.attainment) })),
    anyFlagged: r.flagged.length > 0,
    flaggedReps: listOf(lang, r.flagged.filter((x) => x.dimension === 'team').map((x) => x.name)) || undefined,
    metCount: String(r.metCount),
    productCount: String(r.products.length),
    commissionTotal: f.money(r.commissionTotal),
    hasIncentives: !!plan.incentives,
    next: r.next
      ? { period: formatPeriod(r.next.period, lang), revenue: f.money(r.next.revenue), growth: signedPercent(r.next.growth), base: r.next.base }
      : undefined,
  };
}
