// The data templates see: every figure already formatted in the document's language, so prose
// templates never do arithmetic. `View` is a public contract — user templates are written
// against it and `salesplan templates --data plan.yaml` prints it — so it is declared here field
// by field, and buildView only formats what the derived plan computed.
import { percent, percentSize, points, signedPercent, withUnit, num } from '../i18n/format.js';
import { CHANNEL_LABELS, LEVEL_LABELS, RISK_LABELS, ROLE_LABELS, BUDGET_LABELS, label, word } from '../i18n/labels.js';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/localized.js';
import type { ReviewFigures } from '../plan/attainment.js';
import type { DerivedMetric, DerivedPlan } from '../plan/derive.js';
import type { MetricId } from '../plan/metrics.js';
import { formatPeriod, periodNoun } from '../plan/period.js';
import type { Business, Plan, Product } from '../plan/schema.js';
import { missingRequirements, requirementKey } from '../styles/requirements.js';
import type { StyleDecl } from '../styles/types.js';
import { makeFormatter, metricChange, type Formatter, type Text } from './formatter.js';
import { financeView, type FinanceView } from './view-finance.js';
import { annualView, attainmentView, incentivesView, rfmView, type AnnualView, type AttainmentView, type IncentivesView, type RfmView } from './view-kinds.js';
import { taggedText } from '../plan/tagged.js';
import { countOf, NOUNS } from '../i18n/plural.js';

export { makeFormatter, metricChange, type Formatter, type Text } from './formatter.js';

export interface MetricView {
  id: string | undefined;
  name: string;
  baseline: Text;
  target: string;
  /** Signed change: +3个百分点, -25%. */
  change: Text;
  /** Unsigned size of the change: 3个百分点, 25%. */
  changeSize: Text;
  rising: boolean;
  falling: boolean;
  improves: boolean;
  note: Text;
}

export interface ProductView {
  name: string;
  role: Product['role'];
  roleLabel: string;
  amount: Text;
  share: Text;
  lastAmount: Text;
  growth: Text;
  growthSize: Text;
  growing: boolean;
  shrinking: boolean;
  isRemainder: boolean;
  note: Text;
}

export interface TargetsView extends FinanceView {
  revenue: Text;
  lastRevenue: Text;
  growth: Text;
  growthSize: Text;
  growthAmount: Text;
  growing: boolean;
  shrinking: boolean;
  lastYearRevenue: Text;
  yoy: Text;
  yoySize: Text;
  yoyGrowing: boolean;
  yoyShrinking: boolean;
  basis: Plan['targets']['basis'];
  grossMargin: Text;
  marketShareGain: Text;
  perCapita: Text;
  newCustomers: { prospects: Text; won: Text; contractValue: Text; conversion: Text; avgContract: Text } | undefined;
  existingCustomers: { upsell: Text; accounts: Text } | undefined;
}

export interface ChannelView {
  name: string;
  type: Plan['channels'][number]['type'];
  typeLabel: string;
  target: Text;
  share: Text;
  owner: Text;
  actions: string[];
}

export interface RegionView {
  name: string;
  revenue: Text;
  prospects: Text;
  won: Text;
  conversion: Text;
  partners: Text;
  owner: Text;
  note: Text;
}

export interface TeamMemberView {
  name: string;
  role: Text;
  region: Text;
  headcount: string;
  target: Text;
  share: Text;
  assigned: boolean;
  note: Text;
}

export interface TeamView {
  members: TeamMemberView[];
  size: number;
  headcount: Text;
  /** The headcount with its noun, singular or plural: "1 person", "5 people" / "5人". */
  people: Text;
  perCapita: Text;
  total: Text;
  anyAssigned: boolean;
  /** How the members without a fixed target share the rest: by the weights given, or by headcount. */
  splitByWeight: boolean;
}

export interface TierView {
  name: string;
  customers: Text;
  customerShare: Text;
  revenueShare: Text;
  service: Text;
}

export interface RiskView {
  category: Plan['risks'][number]['category'];
  categoryLabel: string;
  risk: string;
  warning: Text;
  response: Text;
  owner: Text;
  likelihood: Text;
  impact: Text;
  high: boolean;
}

export interface BudgetView {
  total: Text;
  cap: Text;
  headroom: Text;
  shareOfRevenue: Text;
  items: Array<{ name: string; category: Text; amount: Text; shareOfBudget: Text; note: Text }>;
}

export interface ReviewItemView {
  name: string;
  target: string;
  actual: string;
  attainment: Text;
  met: boolean;
  /** Under the plan's improvement threshold (`threshold`). */
  below: boolean;
  /** The same as `below`, under its first name: kept for user templates written before the threshold was the plan's. */
  below80: boolean;
}

export interface ReviewView {
  period: Text;
  items: ReviewItemView[];
  highlights: string[];
  problems: string[];
  improvements: string[];
}

/**
 * The plan's `business:` with its defaults (business customers, products, sold direct), as
 * flags a template can test: the vocabulary follows them, the figures never do.
 */
export interface BusinessView {
  customers: NonNullable<Business['customers']>;
  offering: NonNullable<Business['offering']>;
  route: NonNullable<Business['route']>;
  /** Sells to consumers only: no pre-sales engineers, proposals or white papers. */
  consumer: boolean;
  /** Sells to businesses (or to both). */
  b2b: boolean;
  products: boolean;
  services: boolean;
  software: boolean;
  /** Sells through distributors or agents (only, or beside a direct team). */
  distributors: boolean;
  /** Has a direct sales team (only, or beside distributors). */
  direct: boolean;
}

export function businessView(plan: Plan): BusinessView {
  const customers = plan.business?.customers ?? 'business';
  const offering = plan.business?.offering ?? 'products';
  const route = plan.business?.route ?? 'direct';
  return {
    customers, offering, route,
    consumer: customers === 'consumer',
    b2b: customers !== 'consumer',
    products: offering === 'products',
    services: offering === 'services',
    software: offering === 'software',
    distributors: route !== 'direct',
    direct: route !== 'distributors',
  };
}

/** The data every template receives. */
export interface View {
  lang: Lang;
  isZh: boolean;
  kind: Plan['kind'];
  style: string;
  styleName: string;
  draft: boolean;
  period: string;
  periodCode: string;
  lastPeriod: string;
  thisPeriod: string;
  prevPeriod: string;
  nextPeriod: string;
  org: {
    company: Text;
    department: Text;
    author: Text;
    approver: Text;
    date: string;
    /** "华东智联科技有限公司销售部" / "Acme Ltd, Sales" */
    name: Text;
  };
  business: BusinessView;
  unit: string;
  /** Attainment under which a rep or line is flagged for improvement: 80%, or the plan's own. */
  threshold: string;
  focus: string[];
  market: { trends: string[]; competitors: string[]; segments: string[]; strengths: string[]; opportunities: string[] };
  targets: TargetsView;
  metrics: MetricView[];
  metric: Record<string, MetricView>;
  hasMetrics: boolean;
  products: ProductView[];
  flagship: ProductView[];
  potential: ProductView[];
  newProducts: ProductView[];
  highMargin: ProductView[];
  shareProducts: ProductView[];
  serviceProducts: ProductView[];
  /** Money per product role: roleTotals.new is the total of the new product lines. */
  roleTotals: Record<string, Text>;
  productNames: string;
  channels: ChannelView[];
  regions: RegionView[];
  regionNames: string;
  regionsTotal: { revenue: Text; prospects: Text; won: Text; partners: Text };
  team: TeamView;
  tiers: TierView[];
  risks: RiskView[];
  highRisks: Array<{ risk: string; owner: Text }>;
  budget: BudgetView | undefined;
  schedule: Array<{ when: string; action: string; owner: Text; deliverable: Text }>;
  review: ReviewView | undefined;
  weeks: Array<{ index: string; workdays: string; holidays: Text; target: Text }>;
  /** The weekly pace's calendar: `estimated` when the year's holiday arrangement is not published yet. */
  pace: { estimated: boolean; year: string; weekendsOnly: boolean } | undefined;
  annual: AnnualView | undefined;
  incentives: IncentivesView | undefined;
  rfm: RfmView | undefined;
  attainment: AttainmentView | undefined;
}

function metricView(f: Formatter, m: DerivedMetric): MetricView {
  const { change, changeSize } = metricChange(f, m);
  return {
    id: m.id,
    name: f.metricName(m),
    baseline: f.metricValue(m, m.baseline),
    target: f.metricValue(m, m.target)!,
    change,
    changeSize,
    rising: m.trend === 'up',
    falling: m.trend === 'down',
    improves: !!m.improves,
    note: m.note,
  };
}

export interface ViewOptions {
  draft: boolean;
  /** Today's date (YYYY-MM-DD) when the plan gives none. */
  today: string;
  /** In a review: the period's actuals against the plan. */
  review?: ReviewFigures;
}

const PRODUCT_ROLES = ['flagship', 'potential', 'new', 'high_margin', 'share', 'service', 'other'] as const;

/** Builds the template data for a plan. */
export function buildView(plan: Plan, derived: DerivedPlan, style: StyleDecl, lang: Lang, options: ViewOptions): View {
  const f = makeFormatter(lang, derived);
  const PH = f.placeholder;
  const missing = options.draft ? new Set(missingRequirements(plan, style).map((m) => requirementKey(m.requirement))) : new Set<string>();
  /** A value, or the placeholder when --draft and the style requires it. */
  const need = (key: string, value: Text): Text => value ?? (missing.has(key) ? PH : undefined);
  const t = plan.targets;
  const sep = word(lang, 'listSep');

  const metrics = derived.metrics.map((m) => metricView(f, m));
  for (const key of missing) {
    if (!key.startsWith('metric:')) continue;
    const id = key.slice('metric:'.length) as MetricId;
    metrics.push({
      id, name: f.metricName({ id }), baseline: PH, target: PH, change: undefined, changeSize: undefined,
      rising: false, falling: false, improves: false, note: undefined,
    });
  }
  const metric: Record<string, MetricView> = {};
  for (const m of metrics) if (m.id) metric[m.id] = m;

  const products: ProductView[] = plan.products.map((p, i) => {
    const d = derived.products[i]!;
    return {
      name: p.name,
      role: p.role,
      roleLabel: label(ROLE_LABELS, p.role, lang),
      amount: f.money(d.amount),
      share: f.percent(d.share),
      lastAmount: f.money(d.lastAmount),
      growth: d.growth ? signedPercent(d.growth) : undefined,
      growthSize: d.growth ? percentSize(d.growth) : undefined,
      growing: d.trend === 'up',
      shrinking: d.trend === 'down',
      isRemainder: d.isRemainder,
      note: p.note,
    };
  });
  if (products.length === 0 && missing.has('products')) {
    products.push({
      name: PH, role: 'other', roleLabel: PH, amount: PH, share: PH, lastAmount: undefined, growth: undefined,
      growthSize: undefined, growing: false, shrinking: false, isRemainder: false, note: undefined,
    });
  }
  const byRole = (role: string) => products.filter((p) => p.role === role);

  const nc = derived.newCustomers;
  const ec = derived.existingCustomers;
  const period = formatPeriod(derived.period, lang);

  const teamMembers = plan.team.map((m, i) => {
    const d = derived.team[i]!;
    return {
      name: m.name, role: m.role, region: m.region, headcount: String(m.headcount),
      target: f.money(d.target), share: f.percent(d.share), assigned: d.assigned, note: m.note,
    };
  });

  return {
    lang,
    isZh: pick(lang, { 'zh-CN': true, en: false }),
    kind: plan.kind,
    style: style.id,
    styleName: style.name[lang],
    draft: options.draft,
    period,
    periodCode: String(plan.period),
    lastPeriod: formatPeriod(derived.lastPeriod, lang),
    thisPeriod: periodNoun(plan.kind, lang, 'this'),
    prevPeriod: periodNoun(plan.kind, lang, 'last'),
    nextPeriod: periodNoun(plan.kind, lang, 'next'),
    org: {
      company: plan.org.company,
      department: plan.org.department,
      author: plan.org.author,
      approver: plan.org.approver,
      date: plan.org.date ?? options.today,
      // Chinese names run together (杭州安居华东销售部); Latin ones keep a space in a Chinese document.
      name: [plan.org.company, plan.org.department].filter(Boolean).join(pick(lang, { 'zh-CN': /[A-Za-z0-9.]$/.test(plan.org.company ?? '') ? ' ' : '', en: ', ' })) || undefined,
    },
    business: businessView(plan),
    unit: derived.settings.unit,
    threshold: percent(derived.settings.improvementThreshold, 2),
    focus: plan.focus === undefined ? [] : Array.isArray(plan.focus) ? plan.focus : [plan.focus],
    market: {
      trends: plan.market?.trends ?? [],
      competitors: plan.market?.competitors ?? [],
      segments: plan.market?.segments ?? [],
      strengths: plan.market?.strengths ?? [],
      opportunities: (plan.market?.opportunities ?? []).map(taggedText),
    },
    targets: {
      ...financeView(derived, f, lang),
      revenue: need('targets.revenue', f.money(derived.revenue)),
      lastRevenue: need('targets.last_revenue', f.money(derived.lastRevenue)),
      growth: derived.growth ? signedPercent(derived.growth) : undefined,
      growthSize: derived.growth ? percentSize(derived.growth) : undefined,
      growthAmount: f.moneySize(derived.growthAmount),
      growing: derived.growthTrend === 'up',
      shrinking: derived.growthTrend === 'down',
      lastYearRevenue: f.money(derived.lastYearRevenue),
      yoy: derived.yoy ? signedPercent(derived.yoy) : undefined,
      yoySize: derived.yoy ? percentSize(derived.yoy) : undefined,
      yoyGrowing: derived.yoyTrend === 'up',
      yoyShrinking: derived.yoyTrend === 'down',
      basis: t.basis,
      grossMargin: f.percent(derived.grossMargin),
      marketShareGain: derived.marketShareGain ? points(lang, derived.marketShareGain) : undefined,
      perCapita: f.money(derived.perCapita),
      newCustomers: nc || missing.has('targets.new_customers.prospects')
        ? {
            prospects: need('targets.new_customers.prospects', f.count(nc?.prospects, 'customers')),
            won: need('targets.new_customers.won', f.count(nc?.won, 'customers')),
            contractValue: need('targets.new_customers.contract_value', f.money(nc?.contractValue)),
            conversion: f.percent(nc?.conversion),
            avgContract: f.money(nc?.avgContract),
          }
        : undefined,
      existingCustomers: ec || missing.has('targets.existing_customers.upsell')
        ? {
            upsell: need('targets.existing_customers.upsell', f.money(ec?.upsell)),
            accounts: f.count(ec?.accounts, 'customers'),
          }
        : undefined,
    },
    metrics,
    metric,
    hasMetrics: metrics.length > 0,
    products,
    flagship: byRole('flagship'),
    potential: byRole('potential'),
    newProducts: byRole('new'),
    highMargin: byRole('high_margin'),
    shareProducts: byRole('share'),
    serviceProducts: byRole('service'),
    roleTotals: Object.fromEntries(PRODUCT_ROLES.map((r) => [r, f.money(derived.roleTotals[r])])),
    productNames: products.map((p) => p.name).join(sep),
    channels: plan.channels.map((c, i) => ({
      name: c.name, type: c.type, typeLabel: label(CHANNEL_LABELS, c.type, lang),
      target: f.money(derived.channels[i]!.target), share: f.percent(derived.channels[i]!.share),
      owner: c.owner, actions: c.actions.map(taggedText),
    })),
    regions: plan.regions.map((r, i) => ({
      name: r.name, revenue: f.money(derived.regions[i]!.revenue), prospects: f.count(r.prospects, 'customers'),
      won: f.count(r.won, 'customers'), conversion: f.percent(derived.regions[i]!.conversion),
      partners: r.partners === undefined ? undefined : String(r.partners), owner: r.owner, note: r.note,
    })),
    regionNames: plan.regions.map((r) => r.name).join(sep),
    regionsTotal: {
      revenue: f.money(derived.regionsTotal.revenue),
      prospects: f.count(derived.regionsTotal.prospects, 'customers'),
      won: f.count(derived.regionsTotal.won, 'customers'),
      partners: derived.regionsTotal.hasPartners ? num(derived.regionsTotal.partners) : undefined,
    },
    team: {
      members: teamMembers,
      size: teamMembers.length,
      headcount: f.count(derived.headcount, 'people'),
      people: derived.headcount ? countOf(lang, derived.headcount, NOUNS.people) : undefined,
      perCapita: f.money(derived.perCapita),
      total: f.money(derived.teamTotal),
      anyAssigned: teamMembers.some((m) => m.assigned),
      splitByWeight: plan.team.some((m) => m.target === undefined && m.weight !== undefined),
    },
    tiers: plan.tiers.map((tier) => ({
      name: tier.name, customers: f.count(tier.customers, 'customers'),
      customerShare: tier.customer_share === undefined ? undefined : `${tier.customer_share}%`,
      revenueShare: tier.revenue_share === undefined ? undefined : `${tier.revenue_share}%`,
      service: tier.service,
    })),
    risks: plan.risks.map((r) => ({
      category: r.category, categoryLabel: label(RISK_LABELS, r.category, lang), risk: r.risk,
      warning: r.warning, response: r.response, owner: r.owner,
      likelihood: r.likelihood ? label(LEVEL_LABELS, r.likelihood, lang) : undefined,
      impact: r.impact ? label(LEVEL_LABELS, r.impact, lang) : undefined,
      high: r.likelihood === 'high' || r.impact === 'high',
    })),
    highRisks: plan.risks.filter((r) => r.likelihood === 'high' || r.impact === 'high').map((r) => ({ risk: r.risk, owner: r.owner })),
    budget: derived.budget
      ? {
          total: f.money(derived.budget.total),
          cap: f.money(derived.budget.cap),
          headroom: f.money(derived.budget.headroom),
          // Two decimals, as in the budget table: 4.97% of revenue, not 5%.
          shareOfRevenue: derived.budget.shareOfRevenue ? percent(derived.budget.shareOfRevenue, 2) : undefined,
          items: (plan.budget?.items ?? []).map((item, i) => ({
            name: item.name,
            category: item.category ? label(BUDGET_LABELS, item.category, lang) : undefined,
            amount: f.money(derived.budget!.items[i]!.amount),
            shareOfBudget: f.percent(derived.budget!.items[i]!.shareOfBudget),
            note: item.note,
          })),
        }
      : undefined,
    schedule: plan.schedule.map((s) => ({ when: String(s.when), action: s.action, owner: s.owner, deliverable: s.deliverable })),
    review: derived.review
      ? {
          period: derived.review.period ? formatPeriod(derived.review.period, lang) : undefined,
          items: (plan.review?.items ?? []).map((item, i) => {
            const d = derived.review!.items[i]!;
            const valueOf = (v: typeof d.target) => (item.unit ? withUnit(lang, num(v), item.unit) : f.money(v)!);
            return {
              name: item.name, target: valueOf(d.target), actual: valueOf(d.actual),
              attainment: f.percent(d.attainment), met: d.met, below: d.below, below80: d.below,
            };
          }),
          highlights: plan.review?.highlights ?? [],
          problems: plan.review?.problems ?? [],
          improvements: plan.review?.improvements ?? [],
        }
      : undefined,
    weeks: derived.weeks.map((w) => ({
      index: String(w.index), workdays: String(w.workdays),
      holidays: w.holidays.map((h) => pick(lang, h)).join(sep) || undefined, target: f.money(w.target),
    })),
    pace: derived.calendar
      ? { estimated: derived.calendar.source === 'estimated', year: String(derived.calendar.year), weekendsOnly: derived.calendar.source === 'weekends' }
      : undefined,
    annual: annualView(plan, derived, f),
    incentives: incentivesView(plan, derived, f),
    rfm: rfmView(plan, derived, f),
    attainment: options.review ? attainmentView(plan, options.review, f) : undefined,
  };
}
