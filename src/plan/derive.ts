// Every computed figure of a plan, in one module, with exact decimals: growth, shares, the
// remainder line, per-rep splits, per-capita, budget ratios, weekly pace, attainment. Checks
// reuse the primitives here, so a figure is never computed two different ways.
import { metricDef, type MetricId, type MetricUnit, type Better } from './metrics.js';
import {
  Decimal, dec, growthPercent, HUNDRED, percentOf, sharesOf, splitLargestRemainder, sum, ZERO, type Decimal as D,
} from './money.js';
import { parsePeriod, shiftPeriod, weeksOfMonth, type Period } from './period.js';
import type { Plan, Product, BudgetItem } from './schema.js';
import { splitAnnual, type AnnualSplit } from './annual.js';
import { commissionAtScenario, type Commission } from './incentives.js';
import type { RfmResult } from '../data/rfm.js';
import type { ReviewFigures } from './attainment.js';

export interface ProductAmount {
  index: number;
  amount: D | undefined;
  /** True for the one "other" line with no amount that takes what is left of the total. */
  isRemainder: boolean;
}

/** Each product line's amount: its amount, its share of the total, or the remainder. */
export function productAmounts(products: readonly Product[], revenue: D | undefined): ProductAmount[] {
  const remainderIndex = products.findIndex((p) => p.role === 'other' && p.amount === undefined && p.share === undefined);
  const out: ProductAmount[] = products.map((p, index) => {
    if (p.amount !== undefined) return { index, amount: dec(p.amount), isRemainder: false };
    if (p.share !== undefined) {
      return { index, amount: revenue ? revenue.times(dec(p.share)).div(HUNDRED) : undefined, isRemainder: false };
    }
    return { index, amount: undefined, isRemainder: index === remainderIndex };
  });
  if (remainderIndex >= 0 && revenue) {
    const others = sum(out.filter((o) => !o.isRemainder && o.amount).map((o) => o.amount!));
    const rest = revenue.minus(others);
    out[remainderIndex] = { index: remainderIndex, amount: rest.isNegative() ? ZERO : rest, isRemainder: true };
  }
  return out;
}

/**
 * Targets per member: fixed ones kept, the rest of the total split by the members' weights when
 * they give them (last year's sales, territory potential), else by headcount.
 */
export function memberTargets(
  members: readonly { target?: number | undefined; headcount: number; weight?: number | undefined }[],
  revenue: D | undefined,
  precision: number,
): { target: D | undefined; assigned: boolean }[] {
  const fixed = sum(members.filter((m) => m.target !== undefined).map((m) => dec(m.target!)));
  const open = members.map((m, i) => ({ m, i })).filter(({ m }) => m.target === undefined);
  const result: { target: D | undefined; assigned: boolean }[] = members.map((m) => ({
    target: m.target !== undefined ? dec(m.target) : undefined,
    assigned: false,
  }));
  if (open.length && revenue && revenue.greaterThan(fixed)) {
    const weighted = open.some(({ m }) => m.weight !== undefined);
    const weights = open.map(({ m }) => dec(weighted ? m.weight ?? 0 : m.headcount));
    const parts = splitLargestRemainder(revenue.minus(fixed), weights, precision);
    open.forEach(({ i }, k) => (result[i] = { target: parts[k], assigned: true }));
  }
  return result;
}

/** Amount of each budget line; lines given as shares of the cap are split so they add up exactly. */
export function budgetAmounts(items: readonly BudgetItem[], revenue: D | undefined, cap: D | undefined, precision: number): (D | undefined)[] {
  const amounts: (D | undefined)[] = items.map((item) => {
    if (item.amount !== undefined) return dec(item.amount);
    if (item.percent_of_revenue !== undefined) {
      return revenue ? revenue.times(dec(item.percent_of_revenue)).div(HUNDRED).toDecimalPlaces(precision) : undefined;
    }
    return undefined;
  });
  const shareItems = items.map((item, i) => ({ item, i })).filter(({ item }) => item.share !== undefined && item.amount === undefined && item.percent_of_revenue === undefined);
  if (shareItems.length && cap) {
    const shares = shareItems.map(({ item }) => dec(item.share!));
    const whole = cap.times(sum(shares)).div(HUNDRED);
    const parts = splitLargestRemainder(whole.toDecimalPlaces(Math.max(precision, cap.decimalPlaces())), shares, precision);
    shareItems.forEach(({ i }, k) => (amounts[i] = parts[k]));
  }
  return amounts;
}

export function budgetCap(plan: Plan, revenue: D | undefined): D | undefined {
  const budget = plan.budget;
  if (!budget) return undefined;
  if (budget.cap !== undefined) return dec(budget.cap);
  if (budget.cap_percent_of_revenue !== undefined && revenue) {
    return revenue.times(dec(budget.cap_percent_of_revenue)).div(HUNDRED).toDecimalPlaces(plan.precision);
  }
  return undefined;
}

/**
 * How a metric's change is read: rates move in percentage points (+5个百分点), scores in their
 * own points (+7分), everything else in percent of its baseline (-25%).
 */
export type ChangeKind = 'points' | 'delta' | 'relative';

export interface DerivedMetric {
  index: number;
  id?: MetricId;
  name?: string;
  unit: MetricUnit | undefined;
  /** The user's own unit label, when given. */
  unitLabel?: string;
  better: Better;
  changeKind: ChangeKind;
  baseline?: D;
  target: D;
  /** target − baseline. */
  delta?: D;
  /** delta / baseline × 100, for non-percent metrics. */
  relative?: D;
  /** True when the target moves the metric in its better direction. */
  improves?: boolean;
  note?: string;
}

export interface DerivedPlan {
  period: Period;
  lastPeriod: Period;
  unit: string;
  precision: number;
  revenue?: D;
  lastRevenue?: D;
  growth?: D;
  growthAmount?: D;
  lastYearRevenue?: D;
  yoy?: D;
  grossMargin?: D;
  marketShareGain?: D;
  newCustomers?: { prospects?: D; won?: D; contractValue?: D; conversion?: D; avgContract?: D };
  existingCustomers?: { upsell?: D; accounts?: D };
  metrics: DerivedMetric[];
  products: Array<{ index: number; amount?: D; share?: D; lastAmount?: D; growth?: D; isRemainder: boolean }>;
  productsTotal: D;
  channels: Array<{ index: number; target?: D; share?: D }>;
  channelsTotal?: D;
  regions: Array<{ index: number; revenue?: D; conversion?: D; share?: D }>;
  regionsTotal: { revenue?: D; prospects: D; won: D; partners: D };
  team: Array<{ index: number; target?: D; share?: D; assigned: boolean; perHead?: D }>;
  teamTotal?: D;
  headcount: number;
  perCapita?: D;
  tiers: Array<{ index: number }>;
  budget?: {
    cap?: D;
    total: D;
    shareOfRevenue?: D;
    capShareOfRevenue?: D;
    headroom?: D;
    items: Array<{ index: number; amount?: D; shareOfBudget?: D; shareOfRevenue?: D }>;
  };
  review?: {
    period: Period | undefined;
    items: Array<{ index: number; target: D; actual: D; attainment?: D; gap: D }>;
  };
  weeks: Array<{ index: number; startDay: number; endDay: number; workdays: number; target?: D; cumulative?: D; cumulativeShare?: D }>;
  /** Annual plans: the year split into months, quarters, product lines, reps and channels. */
  annual?: AnnualSplit;
  /** With an incentive scheme: each member's commission at each attainment scenario. */
  commissions?: Array<{ index: number; target: D; scenarios: Commission[] }>;
  /** With a customer list: its RFM tiers. */
  rfm?: RfmResult;
  /** In a review (`salesplan review`): the period's actuals against the plan. */
  actuals?: ReviewFigures;
}

/** Figures computed outside the plan file: the RFM tiers of its customer list. */
export interface DeriveExtra {
  rfm?: RfmResult;
}

const opt = (n: number | undefined): D | undefined => (n === undefined ? undefined : dec(n));

function deriveMetric(metric: Plan['targets']['metrics'][number], index: number): DerivedMetric {
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
    if (changeKind === 'relative') {
      const relative = growthPercent(target, baseline);
      if (relative) out.relative = relative;
    }
    out.improves = better === 'up' ? out.delta.greaterThan(0) : out.delta.lessThan(0);
  }
  return out;
}

export function derivePlan(plan: Plan, period: Period, extra: DeriveExtra = {}): DerivedPlan {
  const precision = plan.precision;
  const t = plan.targets;
  const revenue = opt(t.revenue);
  // An annual plan's last year defaults to the total of last year's monthly actuals.
  const lastYearHistory = period.kind === 'annual' ? plan.annual?.history?.[String(period.year - 1)] : undefined;
  const lastRevenue = opt(t.last_revenue) ?? (lastYearHistory ? sum(lastYearHistory.map((v) => dec(v))) : undefined);
  const lastYearRevenue = opt(t.last_year_revenue);

  const derived: DerivedPlan = {
    period,
    lastPeriod: shiftPeriod(period, -1),
    unit: plan.unit ?? (plan.lang === 'en' ? 'USD' : '万元'),
    precision,
    metrics: t.metrics.map(deriveMetric),
    products: [],
    productsTotal: ZERO,
    channels: [],
    regions: [],
    regionsTotal: { prospects: ZERO, won: ZERO, partners: ZERO },
    team: [],
    headcount: 0,
    tiers: plan.tiers.map((_, index) => ({ index })),
    weeks: [],
  };
  if (revenue) derived.revenue = revenue;
  if (lastRevenue) derived.lastRevenue = lastRevenue;
  if (lastYearRevenue) derived.lastYearRevenue = lastYearRevenue;
  if (revenue && lastRevenue) {
    derived.growthAmount = revenue.minus(lastRevenue);
    const g = growthPercent(revenue, lastRevenue);
    if (g) derived.growth = g;
  }
  if (revenue && lastYearRevenue) {
    const g = growthPercent(revenue, lastYearRevenue);
    if (g) derived.yoy = g;
  }
  if (t.gross_margin !== undefined) derived.grossMargin = dec(t.gross_margin);
  if (t.market_share_gain !== undefined) derived.marketShareGain = dec(t.market_share_gain);

  if (t.new_customers) {
    const nc = t.new_customers;
    const out: NonNullable<DerivedPlan['newCustomers']> = {};
    if (nc.prospects !== undefined) out.prospects = dec(nc.prospects);
    if (nc.won !== undefined) out.won = dec(nc.won);
    if (nc.contract_value !== undefined) out.contractValue = dec(nc.contract_value);
    if (out.won && out.prospects) {
      const c = percentOf(out.won, out.prospects);
      if (c) out.conversion = c;
    }
    if (out.contractValue && out.won && !out.won.isZero()) out.avgContract = out.contractValue.div(out.won);
    derived.newCustomers = out;
  }
  if (t.existing_customers) {
    const ec = t.existing_customers;
    derived.existingCustomers = {};
    if (ec.upsell !== undefined) derived.existingCustomers.upsell = dec(ec.upsell);
    if (ec.accounts !== undefined) derived.existingCustomers.accounts = dec(ec.accounts);
  }

  // Products: amounts, shares of the total (adding up to 100% when they cover it), growth.
  const amounts = productAmounts(plan.products, revenue);
  const productValues = amounts.map((a) => a.amount ?? ZERO);
  derived.productsTotal = sum(productValues);
  const productShares = revenue ? sharesOf(productValues, revenue) : [];
  derived.products = plan.products.map((p, index) => {
    const row: DerivedPlan['products'][number] = { index, isRemainder: amounts[index]!.isRemainder };
    const amount = amounts[index]!.amount;
    if (amount) row.amount = amount;
    const share = productShares[index];
    if (share) row.share = share;
    if (p.last_amount !== undefined) {
      row.lastAmount = dec(p.last_amount);
      if (amount) {
        const g = growthPercent(amount, row.lastAmount);
        if (g) row.growth = g;
      }
    }
    return row;
  });

  // Channels: a second cut of the same revenue.
  const channelTargets = plan.channels.map((c) => opt(c.target));
  if (channelTargets.some(Boolean)) derived.channelsTotal = sum(channelTargets.filter((x): x is D => !!x));
  const channelShares = revenue ? sharesOf(channelTargets.map((x) => x ?? ZERO), revenue) : [];
  derived.channels = plan.channels.map((_, index) => {
    const row: DerivedPlan['channels'][number] = { index };
    const target = channelTargets[index];
    if (target) {
      row.target = target;
      const share = channelShares[index];
      if (share) row.share = share;
    }
    return row;
  });

  // New regions.
  const regionRevenue = plan.regions.map((r) => opt(r.revenue));
  const regionRevenueKnown = regionRevenue.filter((x): x is D => !!x);
  derived.regionsTotal = {
    prospects: sum(plan.regions.map((r) => dec(r.prospects ?? 0))),
    won: sum(plan.regions.map((r) => dec(r.won ?? 0))),
    partners: sum(plan.regions.map((r) => dec(r.partners ?? 0))),
  };
  if (regionRevenueKnown.length) derived.regionsTotal.revenue = sum(regionRevenueKnown);
  derived.regions = plan.regions.map((r, index) => {
    const row: DerivedPlan['regions'][number] = { index };
    const rev = regionRevenue[index];
    if (rev) {
      row.revenue = rev;
      const share = revenue ? percentOf(rev, revenue) : undefined;
      if (share) row.share = share.toDecimalPlaces(1);
    }
    if (r.won !== undefined && r.prospects) {
      const c = percentOf(dec(r.won), dec(r.prospects));
      if (c) row.conversion = c;
    }
    return row;
  });

  // Team: fixed targets kept, the remainder split by headcount; shares and per-capita.
  const members = memberTargets(plan.team, revenue, precision);
  derived.headcount = plan.team.reduce((n, m) => n + m.headcount, 0);
  const memberValues = members.map((m) => m.target ?? ZERO);
  if (members.some((m) => m.target)) derived.teamTotal = sum(memberValues);
  const memberShares = revenue ? sharesOf(memberValues, revenue) : [];
  derived.team = plan.team.map((m, index) => {
    const row: DerivedPlan['team'][number] = { index, assigned: members[index]!.assigned };
    const target = members[index]!.target;
    if (target) {
      row.target = target;
      const share = memberShares[index];
      if (share) row.share = share;
      if (m.headcount > 1) row.perHead = target.div(m.headcount);
    }
    return row;
  });
  if (revenue && derived.headcount > 0) derived.perCapita = revenue.div(derived.headcount);

  // Budget.
  if (plan.budget) {
    const cap = budgetCap(plan, revenue);
    const itemAmounts = budgetAmounts(plan.budget.items, revenue, cap, precision);
    const total = sum(itemAmounts.filter((x): x is D => !!x));
    const budget: NonNullable<DerivedPlan['budget']> = { total, items: [] };
    if (cap) {
      budget.cap = cap;
      budget.headroom = cap.minus(total);
      if (revenue) budget.capShareOfRevenue = percentOf(cap, revenue);
    }
    if (revenue) budget.shareOfRevenue = percentOf(total, revenue);
    const budgetShares = sharesOf(itemAmounts.map((x) => x ?? ZERO), total);
    budget.items = plan.budget.items.map((_, index) => {
      const row: NonNullable<DerivedPlan['budget']>['items'][number] = { index };
      const amount = itemAmounts[index];
      if (amount) {
        row.amount = amount;
        const s = budgetShares[index];
        if (s) row.shareOfBudget = s;
        if (revenue) row.shareOfRevenue = percentOf(amount, revenue);
      }
      return row;
    });
    derived.budget = budget;
  }

  // Review of last period: attainment and gap.
  if (plan.review) {
    const reviewPeriod = plan.review.period !== undefined ? parsePeriod(plan.review.period) : undefined;
    derived.review = {
      period: typeof reviewPeriod === 'object' ? reviewPeriod : derived.lastPeriod,
      items: plan.review.items.map((item, index) => {
        const target = dec(item.target);
        const actual = dec(item.actual);
        const row: NonNullable<DerivedPlan['review']>['items'][number] = { index, target, actual, gap: actual.minus(target) };
        const a = percentOf(actual, target);
        if (a) row.attainment = a;
        return row;
      }),
    };
  }

  // Weekly pace of a monthly target, weighted by working days.
  if (period.kind === 'monthly') {
    const weeks = weeksOfMonth(period.year, period.month!);
    const weekTargets = revenue ? splitLargestRemainder(revenue, weeks.map((w) => new Decimal(w.workdays)), precision) : [];
    let cumulative = ZERO;
    derived.weeks = weeks.map((w, i) => {
      const row: DerivedPlan['weeks'][number] = { ...w };
      const target = weekTargets[i];
      if (target && revenue) {
        cumulative = cumulative.plus(target);
        row.target = target;
        row.cumulative = cumulative;
        const share = percentOf(cumulative, revenue);
        if (share) row.cumulativeShare = share;
      }
      return row;
    });
  }

  if (period.kind === 'annual') {
    derived.annual = splitAnnual(revenue, plan.annual, precision, {
      products: derived.products.map((p) => p.amount),
      team: derived.team.map((m) => m.target),
      channels: derived.channels.map((c) => c.target),
    }, period.year);
  }

  if (plan.incentives) {
    const incentives = plan.incentives;
    derived.commissions = plan.team.flatMap((member, index) => {
      const target = derived.team[index]!.target;
      if (!target) return [];
      return [{ index, target, scenarios: incentives.scenarios.map((s) => commissionAtScenario(incentives, member, target, s, precision)) }];
    });
  }
  if (extra.rfm) derived.rfm = extra.rfm;

  return derived;
}
