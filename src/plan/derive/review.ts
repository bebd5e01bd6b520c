// The plan's own review of last period (its `review:` block): attainment and gap per item,
// flagged against the plan's improvement threshold.
import { dec, percentOf, type Decimal as D } from '../../core/decimal.js';
import { parsePeriod, type Period } from '../period.js';
import type { Plan } from '../schema.js';
import type { DerivedPlan, DerivedReviewItem } from './types.js';

export function deriveReview(plan: Plan, lastPeriod: Period, threshold: D): DerivedPlan['review'] {
  if (!plan.review) return undefined;
  const reviewPeriod = plan.review.period !== undefined ? parsePeriod(plan.review.period) : undefined;
  return {
    period: typeof reviewPeriod === 'object' ? reviewPeriod : lastPeriod,
    items: plan.review.items.map((item, index) => {
      const target = dec(item.target);
      const actual = dec(item.actual);
      const row: DerivedReviewItem = { index, target, actual, gap: actual.minus(target), met: false, below: false };
      const a = percentOf(actual, target);
      if (a) {
        row.attainment = a;
        row.met = a.greaterThanOrEqualTo(100);
        row.below = a.lessThan(threshold);
      }
      return row;
    }),
  };
}
