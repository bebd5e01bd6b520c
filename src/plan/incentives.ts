// Commission under a plan's incentive scheme (004's structure): a base rate on revenue, rate
// increases for conditions a rep meets, an over-target bonus on the part above target (the
// highest tier whose threshold is exceeded), and a mentor bonus as a share of the mentor's own
// commission. Each part is rounded to the plan's precision and the total is their sum, so a
// commission table always adds up.
import { dec, HUNDRED, percentOf, sum, ZERO, type Decimal as D } from '../core/decimal.js';
import type { Incentives } from './schema.js';

export interface Commission {
  revenue: D;
  /** revenue / target × 100. */
  attainment?: D;
  base: D;
  bonus: D;
  overTarget: D;
  mentor: D;
  total: D;
  /** The over-target tier reached, as its threshold in %. */
  tier?: D;
}

export interface Earner {
  name: string;
  mentor?: boolean | undefined;
}

/** The bonus rate increases a member qualifies for (bonuses that name them). */
export function bonusRate(incentives: Incentives, name: string): D {
  return sum(incentives.bonuses.filter((b) => b.members?.includes(name)).map((b) => dec(b.rate)));
}

/** The highest over-target tier whose threshold the attainment exceeds. */
export function overTargetTier(incentives: Incentives, attainment: D | undefined): { above: D; rate: D } | undefined {
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
  const round = (v: D) => v.toDecimalPlaces(places);
  const rateOf = (r: D) => r.div(HUNDRED);
  const attainment = target ? percentOf(revenue, target) : undefined;
  const base = round(revenue.times(rateOf(dec(incentives.base_rate))));
  const bonus = round(revenue.times(rateOf(bonusRate(incentives, earner.name))));
  const tier = overTargetTier(incentives, attainment);
  const overTarget = tier && target ? round(revenue.minus(target).times(rateOf(tier.rate))) : ZERO;
  const mentor = earner.mentor && incentives.mentor_share !== undefined
    ? round(base.plus(bonus).plus(overTarget).times(rateOf(dec(incentives.mentor_share))))
    : ZERO;
  const out: Commission = { revenue, base, bonus, overTarget, mentor, total: base.plus(bonus).plus(overTarget).plus(mentor) };
  if (attainment) out.attainment = attainment;
  if (tier) out.tier = tier.above;
  return out;
}

/** Commission of a rep whose revenue is `scenario`% of the target. */
export function commissionAtScenario(incentives: Incentives, earner: Earner, target: D, scenario: number, places: number): Commission {
  const revenue = target.times(dec(scenario)).div(HUNDRED).toDecimalPlaces(places);
  return commission(incentives, earner, target, revenue, places);
}
