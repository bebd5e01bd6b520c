// Product lines and channels: each line's amount (given, a share of the total, or the remainder),
// its share of the total, its growth; money per product role; the channel cut of the same revenue.
import { dec, growthPercent, HUNDRED, percentOf, shareOf, sharesOf, splitLargestRemainder, sum, ZERO, type Decimal as D } from '../../core/decimal.js';
import type { Plan, Product } from '../schema.js';
import { trendOf } from './trend.js';
import type { DerivedPlan, DerivedProduct } from './types.js';

export interface ProductAmount {
  index: number;
  amount: D | undefined;
  /** True for the one "other" line with no amount that takes what is left of the total. */
  isRemainder: boolean;
}

/**
 * Each product line's amount: its amount, its share of the total, or the remainder. With `places`
 * the lines given as shares (and the remainder line) split what is theirs by largest remainder
 * at those places, so they show as amounts that add up to the total; without, they are exact.
 */
export function productAmounts(products: readonly Product[], revenue: D | undefined, places?: number): ProductAmount[] {
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
  const split = out.filter((o) => o.amount && (o.isRemainder || products[o.index]!.amount === undefined));
  if (places !== undefined && split.some((o) => !o.isRemainder)) {
    const quotas = split.map((o) => o.amount!);
    const whole = sum(quotas);
    // With a remainder line the group takes exactly what the lines with amounts leave; without,
    // the shares' total is rounded like any other figure.
    const target = split.some((o) => o.isRemainder) ? whole : whole.toDecimalPlaces(places);
    const parts = splitLargestRemainder(target, quotas, places);
    split.forEach((o, k) => (out[o.index] = { ...o, amount: parts[k] }));
  }
  return out;
}

export type ProductFigures = Pick<DerivedPlan, 'products' | 'productsTotal' | 'productsShareTotal' | 'roleTotals'>;

/** Products: amounts, shares of the total (adding up to 100% when they cover it), growth. */
export function deriveProducts(plan: Plan, revenue: D | undefined, places: number): ProductFigures {
  const amounts = productAmounts(plan.products, revenue, places);
  const values = amounts.map((a) => a.amount ?? ZERO);
  const shares = revenue ? sharesOf(values, revenue) : [];
  const products = plan.products.map((p, index) => {
    const row: DerivedProduct = { index, isRemainder: amounts[index]!.isRemainder };
    const amount = amounts[index]!.amount;
    if (amount) row.amount = amount;
    const share = shares[index];
    if (share) row.share = share;
    if (p.last_amount !== undefined) {
      row.lastAmount = dec(p.last_amount);
      if (amount) {
        const g = growthPercent(amount, row.lastAmount);
        if (g) {
          row.growth = g;
          row.trend = trendOf(g);
        }
      }
    }
    return row;
  });
  const roleTotals: ProductFigures['roleTotals'] = {};
  for (const role of new Set(plan.products.map((p) => p.role))) {
    const known = products.filter((row) => plan.products[row.index]!.role === role && row.amount).map((row) => row.amount!);
    if (known.length) roleTotals[role] = sum(known);
  }
  const out: ProductFigures = { products, productsTotal: sum(values), roleTotals };
  // The total row: the true share of the lines' sum (100% when they cover the revenue).
  const totalShare = revenue ? shareOf(out.productsTotal, revenue) : undefined;
  if (totalShare) out.productsShareTotal = totalShare;
  return out;
}

export type ChannelFigures = Pick<DerivedPlan, 'channels' | 'channelsTotal' | 'channelsShareOfRevenue'>;

/** Channels: a second cut of the same revenue. */
export function deriveChannels(plan: Plan, revenue: D | undefined): ChannelFigures {
  const targets = plan.channels.map((c) => (c.target === undefined ? undefined : dec(c.target)));
  const shares = revenue ? sharesOf(targets.map((x) => x ?? ZERO), revenue) : [];
  const out: ChannelFigures = {
    channels: plan.channels.map((_, index) => {
      const row: DerivedPlan['channels'][number] = { index };
      const target = targets[index];
      if (target) {
        row.target = target;
        const share = shares[index];
        if (share) row.share = share;
      }
      return row;
    }),
  };
  if (targets.some(Boolean)) {
    out.channelsTotal = sum(targets.filter((x): x is D => !!x));
    if (revenue) {
      const share = percentOf(out.channelsTotal, revenue);
      if (share) out.channelsShareOfRevenue = share;
    }
  }
  return out;
}

export type RegionFigures = Pick<DerivedPlan, 'regions' | 'regionsTotal'>;

/** New regions: first revenue, conversion of prospects, and their totals. */
export function deriveRegions(plan: Plan, revenue: D | undefined): RegionFigures {
  const regionRevenue = plan.regions.map((r) => (r.revenue === undefined ? undefined : dec(r.revenue)));
  const known = regionRevenue.filter((x): x is D => !!x);
  const regionsTotal: DerivedPlan['regionsTotal'] = {
    prospects: sum(plan.regions.map((r) => dec(r.prospects ?? 0))),
    won: sum(plan.regions.map((r) => dec(r.won ?? 0))),
    partners: sum(plan.regions.map((r) => dec(r.partners ?? 0))),
    hasPartners: false,
  };
  regionsTotal.hasPartners = !regionsTotal.partners.isZero();
  if (known.length) regionsTotal.revenue = sum(known);
  const totalConversion = percentOf(regionsTotal.won, regionsTotal.prospects);
  if (totalConversion) regionsTotal.conversion = totalConversion;
  const regions = plan.regions.map((r, index) => {
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
  return { regions, regionsTotal };
}
