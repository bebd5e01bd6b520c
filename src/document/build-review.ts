// The review document: the plan built with the review declaration and its attainment figures,
// dated when it is written rather than when the plan was.
import type { ReviewFigures } from '../plan/attainment.js';
import type { ValidPlan } from '../plan/validate.js';
import { REVIEW_STYLE } from '../styles/registry.js';
import { buildDocument, type BuildOptions } from './build.js';
import type { PlanDocument } from './model.js';

export function buildReviewDocument(valid: ValidPlan, figures: ReviewFigures, options: BuildOptions = {}): PlanDocument {
  const org = { ...valid.plan.org };
  delete org.date;
  const reviewed: ValidPlan = { ...valid, plan: { ...valid.plan, org }, style: REVIEW_STYLE };
  return buildDocument(reviewed, { ...options, review: figures });
}
