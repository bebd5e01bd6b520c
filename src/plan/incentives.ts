// Commission under a plan's incentive scheme (004's structure): a base rate on revenue, rate
// increases for conditions a rep meets, an over-target bonus on the part above target (the
// highest tier whose threshold is exceeded), and a mentor bonus as a share of the mentor's own
// commission. Every part is kept exact and only the total is rounded, once, to the plan's
// precision (李婷 at 125%: 17.61375 is 17.61, not 15.25 + 1.53 + 0.84 = 17.62); a team's total
// is likewise its members' exact commissions added up and rounded once (teamCommission).
import { dec, HUNDRED, percentOf, sum, ZERO, type Decimal as D } from '../core/decimal.js';
import type { Incentives } from './schema.js';

export interface Commission {
  revenue: D;
  /** revenue / target × 100. */
  attainment?: D;
  /** The parts, exact. */
  base: D;
  bonus: D;
  overTarget: D;
  mentor: D;
  /** base + bonus + overTarget + mentor, exact. */
  exact: D;
  /** The exact total rounded once to the plan's precision: what the rep is paid. */
  total: D;
  /** The over-target tier reached, as its threshold in %. */
  tier?: D;
}

export interface Earner {
  name: string;
  mentor?: boolean | undefined;
}

/** The bonus rate increases a member qualifies for (bonuses that name them). */
function bonusRate(incentives: Incentives, name: string): D {
  return sum(incentives.bonuses.filter((b) => b.members?.includes(name)).map((b) => dec(b.rate)));
}

/** The highest over-target tier whose threshold the attainment exceeds. */
function overTargetTier(incentives: Incentives, attainment: D | undefined): { above: D; rate: D } | undefined {
  if (!attainment) return undefined;
  const over = attainment.minus(HUNDRED);
  let best: { above: D; rate: D } | undefined;
  for (const tier of incentives.over_target) {
    const above = dec(tier.above);
    if (over.greaterThan(above) && (!best || above.greaterThan(best.above))) best = { above, rate: dec(tier.rate) };
  }
  return best;
}

export function commission(incentives: Incentives, earner: Earner, target: D | undefined, revenue: D, places: number): Commission {
  const rateOf = (r: D) => r.div(HUNDRED);
  const attainment = target ? percentOf(revenue, target) : undefined;
  const base = revenue.times(rateOf(dec(incentives.base_rate)));
  const bonus = revenue.times(rateOf(bonusRate(incentives, earner.name)));
  const tier = overTargetTier(incentives, attainment);
  const overTarget = tier && target ? revenue.minus(target).times(rateOf(tier.rate)) : ZERO;
  const mentor = earner.mentor && incentives.mentor_share !== undefined
    ? base.plus(bonus).plus(overTarget).times(rateOf(dec(incentives.mentor_share)))
    : ZERO;
  const exact = base.plus(bonus).plus(overTarget).plus(mentor);
  const out: Commission = { revenue, base, bonus, overTarget, mentor, exact, total: exact.toDecimalPlaces(places) };
  if (attainment) out.attainment = attainment;
  if (tier) out.tier = tier.above;
  return out;
}

/** Commission of a rep whose revenue is exactly `scenario`% of the target. */
export function commissionAtScenario(incentives: Incentives, earner: Earner, target: D, scenario: number, places: number): Commission {
  const revenue = target.times(dec(scenario)).div(HUNDRED);
  return commission(incentives, earner, target, revenue, places);
}

/** A team's commission: its members' exact commissions added up, rounded once. */
export function teamCommission(commissions: readonly Commission[], places: number): D {
  return sum(commissions.map((c) => c.exact)).toDecimalPlaces(places);
}
