// derivePlan: every computed figure of a plan, with exact decimals, composed from one module per
// area (headline targets, products and channels, team, budget, weekly pace, the annual split,
// the plan's own review, commissions). Checks and the wizard reuse the primitives re-exported
// here, so a figure is never computed two different ways.
import { shiftPeriod, type Period } from '../period.js';
import type { Plan } from '../schema.js';
import { commissionPlaces, resolveSettings, splitPlaces } from '../settings.js';
import { deriveAnnual } from './annual.js';
import { deriveBudget } from './budget.js';
import { deriveCollections } from './collections.js';
import { deriveProfit } from './profit.js';
import { deriveQuarterMonths } from './quarter.js';
import { deriveYtd } from './ytd.js';
import { deriveHeadline, deriveMetric } from './headline.js';
import { deriveCommissions } from './incentives.js';
import { deriveWeeks } from './pace.js';
import { deriveChannels, deriveProducts, deriveRegions } from './products.js';
import { deriveReview } from './review.js';
import { deriveTeam } from './team.js';
import type { DerivedPlan, DeriveExtra } from './types.js';

export * from './types.js';
export { productAmounts, type ProductAmount } from './products.js';
export { memberTargets, teamPlaces } from './team.js';
export { budgetAmounts, budgetCap, budgetPlaces } from './budget.js';
export { deriveMetric } from './headline.js';
export { trendOf } from './trend.js';
export { rfmShareTotals } from './rfm.js';
export { agreesWithRate } from './profit.js';

export function derivePlan(plan: Plan, period: Period, extra: DeriveExtra = {}): DerivedPlan {
  const settings = resolveSettings(plan);
  const { precision } = settings;
  const headline = deriveHeadline(plan, period);
  const { revenue } = headline;
  // Each split of the total (weeks, months, reps, product lines given as shares) at the places that
  // fit its parts, so the parts add up to the total as it is shown.
  const lastPeriod = shiftPeriod(period, -1);
  const products = deriveProducts(plan, revenue, splitPlaces(plan, revenue, plan.products.length));
  const channels = deriveChannels(plan, revenue);
  const team = deriveTeam(plan, revenue);
  const derived: DerivedPlan = {
    settings,
    period,
    lastPeriod,
    unit: settings.unit,
    precision,
    ...headline,
    metrics: plan.targets.metrics.map(deriveMetric),
    ...products,
    ...channels,
    ...deriveRegions(plan, revenue),
    ...team,
    tiers: plan.tiers.map((_, index) => ({ index })),
    ...deriveWeeks(plan, period, revenue),
    ...deriveCommissions(plan, team.team, commissionPlaces(plan)),
  };
  const budget = deriveBudget(plan, revenue);
  if (budget) derived.budget = budget;
  const review = deriveReview(plan, lastPeriod, settings.improvementThreshold);
  if (review) derived.review = review;
  if (period.kind === 'annual') {
    derived.annual = deriveAnnual(plan, period.year, revenue, splitPlaces(plan, revenue, 12), { products: products.products, team: team.team, channels: channels.channels });
  }
  // Gross profit, collections, the year to date and a quarter's months: each only when the plan has it.
  const grossProfit = deriveProfit(plan, revenue);
  if (grossProfit) {
    derived.grossProfit = grossProfit;
    if (grossProfit.marginDerived && grossProfit.margin) derived.grossMargin = grossProfit.margin;
  }
  const collections = deriveCollections(plan, revenue, precision);
  if (collections) derived.collections = collections;
  const ytd = deriveYtd(plan, period, revenue, precision);
  if (ytd) derived.ytd = ytd;
  // Split at the precision of a month's part (whole 万元 for a quarter of hundreds), as the weeks and the year are.
  const quarterMonths = deriveQuarterMonths(plan, period, revenue, splitPlaces(plan, revenue, 3));
  if (quarterMonths) derived.quarterMonths = quarterMonths;
  if (extra.rfm) derived.rfm = extra.rfm;
  return derived;
}
