// RFM tiering of customers (source 004): R = days since the last purchase, F = orders in the last
// twelve months, M = the customer's average order as a multiple of the average order over all
// customers. Tiers are tried in order (core, potential, regular) and a customer that meets none
// is lapsed, so every customer lands in exactly one tier.
import { Decimal, sharesOf, sum, ZERO, type Decimal as D } from '../core/decimal.js';
import type { Customers, RfmTierId } from '../plan/schema.js';

export interface Customer {
  /** Line or row in the source file. */
  line: number;
  name: string;
  /** YYYY-MM-DD, or undefined when the customer never bought. */
  lastPurchase?: string;
  orders: number;
  revenue: D;
}

export interface RfmRule {
  recency: number;
  frequency: number;
  /** Absent for the regular tier: 004 gives it no floor on M. */
  monetary?: number;
}

export type RfmRules = Record<Exclude<RfmTierId, 'lapsed'>, RfmRule>;

/** 004's thresholds. */
export const DEFAULT_RFM: RfmRules = {
  core: { recency: 30, frequency: 4, monetary: 1.5 },
  potential: { recency: 60, frequency: 2, monetary: 1 },
  regular: { recency: 90, frequency: 1 },
};

export const TIER_ORDER: readonly RfmTierId[] = ['core', 'potential', 'regular', 'lapsed'];

export function rfmRules(config: Customers['rfm'] | undefined): RfmRules {
  const rule = (given: { recency: number; frequency: number; monetary?: unknown } | undefined, fallback: RfmRule): RfmRule => {
    if (!given) return fallback;
    const out: RfmRule = { recency: given.recency, frequency: given.frequency };
    if (typeof given.monetary === 'number') out.monetary = given.monetary;
    return out;
  };
  return {
    core: rule(config?.core, DEFAULT_RFM.core),
    potential: rule(config?.potential, DEFAULT_RFM.potential),
    regular: rule(config?.regular, DEFAULT_RFM.regular),
  };
}

/** Days from `from` to `to`, both YYYY-MM-DD. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400000);
}

export interface Scored {
  customer: Customer;
  /** Days since the last purchase; undefined when there was none. */
  recency?: number;
  /** Average order ÷ overall average order. */
  monetary: D;
  tier: RfmTierId;
}

export function meets(rule: RfmRule, recency: number | undefined, frequency: number, monetary: D): boolean {
  if (recency === undefined || recency > rule.recency) return false;
  if (frequency < rule.frequency) return false;
  return rule.monetary === undefined || monetary.greaterThanOrEqualTo(rule.monetary);
}

export function tierOf(rules: RfmRules, recency: number | undefined, frequency: number, monetary: D): RfmTierId {
  for (const id of ['core', 'potential', 'regular'] as const) {
    if (meets(rules[id], recency, frequency, monetary)) return id;
  }
  return 'lapsed';
}

export interface TierSummary {
  id: RfmTierId;
  rule: RfmRule | undefined;
  count: number;
  revenue: D;
  customerShare?: D;
  revenueShare?: D;
}

export interface RfmResult {
  asOf: string;
  rules: RfmRules;
  customers: number;
  revenue: D;
  orders: number;
  /** Overall average order: revenue ÷ orders. */
  averageOrder?: D;
  tiers: TierSummary[];
  scored: Scored[];
}

export function tierCustomers(customers: readonly Customer[], asOf: string, rules: RfmRules): RfmResult {
  const revenue = sum(customers.map((c) => c.revenue));
  const orders = customers.reduce((n, c) => n + c.orders, 0);
  const averageOrder = orders > 0 ? revenue.div(orders) : undefined;
  const scored: Scored[] = customers.map((customer) => {
    const recency = customer.lastPurchase ? daysBetween(customer.lastPurchase, asOf) : undefined;
    const monetary = customer.orders > 0 && averageOrder && !averageOrder.isZero()
      ? customer.revenue.div(customer.orders).div(averageOrder)
      : ZERO;
    const s: Scored = { customer, monetary, tier: tierOf(rules, recency, customer.orders, monetary) };
    if (recency !== undefined) s.recency = recency;
    return s;
  });
  const counts = TIER_ORDER.map((id) => scored.filter((s) => s.tier === id).length);
  const revenues = TIER_ORDER.map((id) => sum(scored.filter((s) => s.tier === id).map((s) => s.customer.revenue)));
  const customerShares = sharesOf(counts.map((c) => new Decimal(c)), new Decimal(customers.length));
  const revenueShares = sharesOf(revenues, revenue);
  const tiers = TIER_ORDER.map((id, i) => {
    const row: TierSummary = { id, rule: id === 'lapsed' ? undefined : rules[id], count: counts[i]!, revenue: revenues[i]! };
    const cs = customerShares[i];
    if (cs) row.customerShare = cs;
    const rs = revenueShares[i];
    if (rs) row.revenueShare = rs;
    return row;
  });
  const result: RfmResult = { asOf, rules, customers: customers.length, revenue, orders, tiers, scored };
  if (averageOrder) result.averageOrder = averageOrder;
  return result;
}
