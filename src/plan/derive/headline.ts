// The headline targets: revenue against last period and last year, margin, market share, new
// and existing customers, and the named metrics with their change from baseline.
import { dec, growthPercent, percentOf, sum, type Decimal as D } from '../../core/decimal.js';
import { metricDef, type Better, type MetricUnit } from '../metrics.js';
import type { Period } from '../period.js';
import type { Plan } from '../schema.js';
import { trendOf } from './trend.js';
import type { ChangeKind, DerivedMetric, DerivedPlan } from './types.js';

const opt = (n: number | undefined): D | undefined => (n === undefined ? undefined : dec(n));

export type Headline = Pick<DerivedPlan,
  'revenue' | 'lastRevenue' | 'growth' | 'growthTrend' | 'growthAmount' | 'growthAmountSize' | 'lastYearRevenue' | 'yoy' | 'yoyTrend'
  | 'grossMargin' | 'marketShareGain' | 'newCustomers' | 'existingCustomers'>;

export function deriveHeadline(plan: Plan, period: Period): Headline {
  const t = plan.targets;
  const out: Headline = {};
  const revenue = opt(t.revenue);
  // An annual plan's last year defaults to the total of last year's monthly actuals.
  const lastYearHistory = period.kind === 'annual' ? plan.annual?.history?.[String(period.year - 1)] : undefined;
  const lastRevenue = opt(t.last_revenue) ?? (lastYearHistory ? sum(lastYearHistory.map((v) => dec(v))) : undefined);
  const lastYearRevenue = opt(t.last_year_revenue);
  if (revenue) out.revenue = revenue;
  if (lastRevenue) out.lastRevenue = lastRevenue;
  if (lastYearRevenue) out.lastYearRevenue = lastYearRevenue;
  if (revenue && lastRevenue) {
    out.growthAmount = revenue.minus(lastRevenue);
    out.growthAmountSize = out.growthAmount.abs();
    const g = growthPercent(revenue, lastRevenue);
    if (g) {
      out.growth = g;
      out.growthTrend = trendOf(g);
    }
  }
  if (revenue && lastYearRevenue) {
    const g = growthPercent(revenue, lastYearRevenue);
    if (g) {
      out.yoy = g;
      out.yoyTrend = trendOf(g);
    }
  }
  if (t.gross_margin !== undefined) out.grossMargin = dec(t.gross_margin);
  if (t.market_share_gain !== undefined) out.marketShareGain = dec(t.market_share_gain);

  if (t.new_customers) {
    const nc = t.new_customers;
    const c: NonNullable<Headline['newCustomers']> = {};
    if (nc.prospects !== undefined) c.prospects = dec(nc.prospects);
    if (nc.won !== undefined) c.won = dec(nc.won);
    if (nc.contract_value !== undefined) c.contractValue = dec(nc.contract_value);
    if (c.won && c.prospects) {
      const conversion = percentOf(c.won, c.prospects);
      if (conversion) c.conversion = conversion;
    }
    if (c.contractValue && c.won && !c.won.isZero()) c.avgContract = c.contractValue.div(c.won);
    out.newCustomers = c;
  }
  if (t.existing_customers) {
    const ec = t.existing_customers;
    out.existingCustomers = {};
    if (ec.upsell !== undefined) out.existingCustomers.upsell = dec(ec.upsell);
    if (ec.accounts !== undefined) out.existingCustomers.accounts = dec(ec.accounts);
  }
  return out;
}

export function deriveMetric(metric: Plan['targets']['metrics'][number], index: number): DerivedMetric {
  const def = metric.id ? metricDef(metric.id) : undefined;
  const unit: MetricUnit | undefined = def?.unit ?? (metric.unit === '%' ? 'percent' : undefined);
  const better: Better = def?.better ?? 'up';
  const target = dec(metric.target);
  const baseline = opt(metric.baseline);
  const changeKind: ChangeKind = unit === 'percent' ? 'points' : unit === 'score' ? 'delta' : 'relative';
  const out: DerivedMetric = { index, unit, better, target, changeKind };
  if (metric.id) out.id = metric.id;
  if (metric.name) out.name = metric.name;
  if (metric.unit) out.unitLabel = metric.unit;
  if (metric.note) out.note = metric.note;
  if (baseline) {
    out.baseline = baseline;
    out.delta = target.minus(baseline);
    out.deltaSize = out.delta.abs();
    out.trend = trendOf(out.delta);
    if (changeKind === 'relative') {
      const relative = growthPercent(target, baseline);
      if (relative) out.relative = relative;
    }
    out.improves = better === 'up' ? out.delta.greaterThan(0) : out.delta.lessThan(0);
  }
  return out;
}
