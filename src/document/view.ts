// The data templates see: every figure already formatted in the document's language, so prose
// templates never do arithmetic. `salesplan templates --data plan.yaml` prints it for authors.
import { money as fmtMoney, num, percent, points, signedPercent, signedPoints, withUnit, type MoneyStyle } from '../i18n/format.js';
import { CHANNEL_LABELS, COUNT_UNITS, LEVEL_LABELS, METRIC_UNIT_LABELS, RISK_LABELS, ROLE_LABELS, BUDGET_LABELS, label, word } from '../i18n/labels.js';
import type { Lang } from '../i18n/lang.js';
import type { DerivedMetric, DerivedPlan } from '../plan/derive.js';
import { METRICS, type MetricId } from '../plan/metrics.js';
import { dec, sum, type Decimal } from '../plan/money.js';
import { formatPeriod, periodNoun } from '../plan/period.js';
import type { Plan } from '../plan/schema.js';
import { missingRequirements, requirementKey } from '../styles/requirements.js';
import type { StyleDecl } from '../styles/types.js';
import { annualView, attainmentView, incentivesView, rfmView } from './view-kinds.js';

export type Text = string | undefined;

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

export interface Formatter {
  lang: Lang;
  moneyStyle: MoneyStyle;
  placeholder: string;
  money(value: Decimal | undefined): Text;
  percent(value: Decimal | undefined): Text;
  count(value: Decimal | number | undefined, unit: 'customers' | 'people'): Text;
  metricValue(metric: Pick<DerivedMetric, 'id' | 'unit' | 'unitLabel'>, value: Decimal | undefined): Text;
  metricName(metric: Pick<DerivedMetric, 'id' | 'name'>): string;
}

export function makeFormatter(lang: Lang, derived: DerivedPlan): Formatter {
  const moneyStyle: MoneyStyle = { unit: derived.unit, precision: derived.precision };
  const f: Formatter = {
    lang,
    moneyStyle,
    placeholder: word(lang, 'placeholder'),
    money: (v) => (v ? fmtMoney(lang, v, moneyStyle) : undefined),
    percent: (v) => (v ? percent(v) : undefined),
    count: (v, unit) => {
      if (v === undefined) return undefined;
      return withUnit(lang, num(typeof v === 'number' ? dec(v) : v), COUNT_UNITS[unit][lang]);
    },
    metricValue: (metric, v) => {
      if (!v) return undefined;
      if (metric.unitLabel) return metric.unitLabel === '%' ? percent(v, 2) : withUnit(lang, num(v), metric.unitLabel);
      if (metric.unit === 'people' && lang === 'zh-CN' && v.greaterThanOrEqualTo(10000)) return `${num(v.div(10000), 2)}万人`;
      switch (metric.unit) {
        case 'percent':
          return percent(v, 2);
        case 'money':
          return fmtMoney(lang, v, moneyStyle);
        case undefined:
          return num(v);
        default:
          return withUnit(lang, num(v), METRIC_UNIT_LABELS[metric.unit][lang]);
      }
    },
    metricName: (metric) => metric.name ?? (metric.id ? (lang === 'zh-CN' ? METRICS[metric.id as MetricId].zh : METRICS[metric.id as MetricId].en) : ''),
  };
  return f;
}

/** The signed and unsigned change of a metric, in the way its kind is read. */
export function metricChange(f: Formatter, m: DerivedMetric): { change: Text; changeSize: Text } {
  if (!m.delta) return { change: undefined, changeSize: undefined };
  if (m.changeKind === 'points' || m.unitLabel === '%') {
    return { change: signedPoints(f.lang, m.delta), changeSize: points(f.lang, m.delta.abs()) };
  }
  // From a zero baseline a percentage means nothing: show the difference itself (+3家).
  if (m.changeKind === 'delta' || !m.relative) {
    const sign = m.delta.greaterThan(0) ? '+' : m.delta.lessThan(0) ? '-' : '';
    const size = f.metricValue(m, m.delta.abs())!;
    return { change: `${sign}${size}`, changeSize: size };
  }
  return { change: signedPercent(m.relative), changeSize: percent(m.relative.abs().toDecimalPlaces(1)) };
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
    rising: !!m.delta?.greaterThan(0),
    falling: !!m.delta?.lessThan(0),
    improves: !!m.improves,
    note: m.note,
  };
}

export interface ViewOptions {
  draft: boolean;
  /** Today's date (YYYY-MM-DD) when the plan gives none. */
  today: string;
}

/** Builds the template data for a plan. */
export function buildView(plan: Plan, derived: DerivedPlan, style: StyleDecl, lang: Lang, options: ViewOptions) {
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

  const products = plan.products.map((p, i) => {
    const d = derived.products[i]!;
    return {
      name: p.name,
      role: p.role,
      roleLabel: label(ROLE_LABELS, p.role, lang),
      amount: f.money(d.amount),
      share: f.percent(d.share),
      lastAmount: f.money(d.lastAmount),
      growth: d.growth ? signedPercent(d.growth) : undefined,
      growthSize: d.growth ? percent(d.growth.abs().toDecimalPlaces(1)) : undefined,
      growing: !!d.growth?.greaterThan(0),
      shrinking: !!d.growth?.lessThan(0),
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
  const roleTotal = (role: string) => {
    const amounts = derived.products.filter((_, i) => plan.products[i]!.role === role && derived.products[i]!.amount).map((p) => p.amount!);
    return amounts.length ? f.money(sum(amounts)) : undefined;
  };

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
    isZh: lang === 'zh-CN',
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
      /** "华东智联科技有限公司销售部" / "Acme Ltd, Sales" */
      name: [plan.org.company, plan.org.department].filter(Boolean).join(lang === 'zh-CN' ? '' : ', ') || undefined,
    },
    unit: derived.unit,
    focus: plan.focus === undefined ? [] : Array.isArray(plan.focus) ? plan.focus : [plan.focus],
    market: {
      trends: plan.market?.trends ?? [],
      competitors: plan.market?.competitors ?? [],
      segments: plan.market?.segments ?? [],
      strengths: plan.market?.strengths ?? [],
      opportunities: plan.market?.opportunities ?? [],
    },
    targets: {
      revenue: need('targets.revenue', f.money(derived.revenue)),
      lastRevenue: need('targets.last_revenue', f.money(derived.lastRevenue)),
      growth: derived.growth ? signedPercent(derived.growth) : undefined,
      growthSize: derived.growth ? percent(derived.growth.abs().toDecimalPlaces(1)) : undefined,
      growthAmount: derived.growthAmount ? f.money(derived.growthAmount.abs()) : undefined,
      growing: !!derived.growth?.greaterThan(0),
      shrinking: !!derived.growth?.lessThan(0),
      lastYearRevenue: f.money(derived.lastYearRevenue),
      yoy: derived.yoy ? signedPercent(derived.yoy) : undefined,
      yoySize: derived.yoy ? percent(derived.yoy.abs().toDecimalPlaces(1)) : undefined,
      yoyGrowing: !!derived.yoy?.greaterThan(0),
      yoyShrinking: !!derived.yoy?.lessThan(0),
      basis: t.basis,
      grossMargin: f.percent(derived.grossMargin),
      marketShareGain: derived.marketShareGain ? points(lang, derived.marketShareGain) : undefined,
      perCapita: f.money(derived.perCapita),
      newCustomers: nc || missing.has('targets.new_customers.prospects')
        ? {
            prospects: need('targets.new_customers.prospects', f.count(nc?.prospects, 'customers')),
            won: need('targets.new_customers.won', f.count(nc?.won, 'customers')),
            contractValue: need('targets.new_customers.contract_value', f.money(nc?.contractValue)),
            conversion: f.percent(nc?.conversion?.toDecimalPlaces(1)),
            avgContract: f.money(nc?.avgContract?.toDecimalPlaces(derived.precision)),
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
    /** Money per product role: roleTotals.new is the total of the new product lines. */
    roleTotals: Object.fromEntries(['flagship', 'potential', 'new', 'high_margin', 'share', 'service', 'other'].map((r) => [r, roleTotal(r)])),
    productNames: products.map((p) => p.name).join(sep),
    channels: plan.channels.map((c, i) => ({
      name: c.name, type: c.type, typeLabel: label(CHANNEL_LABELS, c.type, lang),
      target: f.money(derived.channels[i]!.target), share: f.percent(derived.channels[i]!.share),
      owner: c.owner, actions: c.actions,
    })),
    regions: plan.regions.map((r, i) => ({
      name: r.name, revenue: f.money(derived.regions[i]!.revenue), prospects: f.count(r.prospects, 'customers'),
      won: f.count(r.won, 'customers'), conversion: f.percent(derived.regions[i]!.conversion?.toDecimalPlaces(1)),
      partners: r.partners === undefined ? undefined : String(r.partners), owner: r.owner, note: r.note,
    })),
    regionNames: plan.regions.map((r) => r.name).join(sep),
    regionsTotal: {
      revenue: f.money(derived.regionsTotal.revenue),
      prospects: f.count(derived.regionsTotal.prospects, 'customers'),
      won: f.count(derived.regionsTotal.won, 'customers'),
      partners: derived.regionsTotal.partners.isZero() ? undefined : num(derived.regionsTotal.partners),
    },
    team: {
      members: teamMembers,
      size: teamMembers.length,
      headcount: f.count(derived.headcount, 'people'),
      perCapita: f.money(derived.perCapita),
      total: f.money(derived.teamTotal),
      anyAssigned: teamMembers.some((m) => m.assigned),
      /** How the members without a fixed target share the rest: by the weights given, or by headcount. */
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
          shareOfRevenue: derived.budget.shareOfRevenue ? percent(derived.budget.shareOfRevenue.toDecimalPlaces(2), 2) : undefined,
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
            const valueOf = (v: Decimal) => (item.unit ? withUnit(lang, num(v), item.unit) : f.money(v)!);
            return {
              name: item.name, target: valueOf(d.target), actual: valueOf(d.actual),
              attainment: f.percent(d.attainment?.toDecimalPlaces(1)),
              met: !!d.attainment && d.attainment.greaterThanOrEqualTo(100),
              below80: !!d.attainment && d.attainment.lessThan(80),
            };
          }),
          highlights: plan.review?.highlights ?? [],
          problems: plan.review?.problems ?? [],
          improvements: plan.review?.improvements ?? [],
        }
      : undefined,
    weeks: derived.weeks.map((w) => ({ index: String(w.index), target: f.money(w.target) })),
    annual: annualView(plan, derived, f),
    incentives: incentivesView(plan, derived, f),
    rfm: rfmView(plan, derived, f),
    attainment: attainmentView(plan, derived, f),
  };
}

export type View = ReturnType<typeof buildView>;
