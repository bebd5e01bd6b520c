// Entries that are incomplete on their own: a risk without a response, a nameless or repeated
// metric, more customers won than prospects, overrides of sections the style does not have.
import { quoteList } from '../../i18n/t.js';
import { didYouMean } from '../suggest.js';
import type { Check } from './types.js';
import { checkText } from './messages.js';
import { pick } from '../../i18n/localized.js';

export const checkRisks: Check = (ctx) => {
  ctx.plan.risks.forEach((risk, i) => {
    if (!risk.response) ctx.report('error', 'risk-no-response', ['risks', i], checkText.riskNoResponse, { risk: risk.risk });
  });
};

export const checkMetrics: Check = (ctx) => {
  const seen = new Set<string>();
  ctx.plan.targets.metrics.forEach((metric, i) => {
    if (!metric.id && !metric.name) ctx.report('error', 'metric-no-name', ['targets', 'metrics', i], checkText.metricNoName);
    if (metric.id) {
      if (seen.has(metric.id)) ctx.report('error', 'metric-twice', ['targets', 'metrics', i, 'id'], checkText.metricTwice, { id: metric.id });
      seen.add(metric.id);
    }
  });
};

export const checkCustomers: Check = (ctx) => {
  const nc = ctx.plan.targets.new_customers;
  if (nc?.won !== undefined && nc.prospects !== undefined && nc.won > nc.prospects) {
    ctx.report('warning', 'won-over-prospects', ['targets', 'new_customers', 'won'], checkText.wonOverProspects, { won: nc.won, prospects: nc.prospects });
  }
  ctx.plan.regions.forEach((r, i) => {
    if (r.won !== undefined && r.prospects !== undefined && r.won > r.prospects) {
      ctx.report('warning', 'won-over-prospects', ['regions', i, 'won'], checkText.wonOverProspects, { won: r.won, prospects: r.prospects });
    }
  });
};

export const checkSectionOverrides: Check = (ctx) => {
  const style = ctx.style;
  if (!style) return;
  const ids = style.sections.map((s) => s.id);
  for (const id of Object.keys(ctx.plan.sections)) {
    if (ids.includes(id)) continue;
    const suggestion = didYouMean(id, ids);
    const hint = suggestion ? pick(ctx.lang, { 'zh-CN': `（是不是 ${suggestion}？）`, en: ` (did you mean ${suggestion}?)` }) : '';
    ctx.report('error', 'unknown-section', ['sections', id], checkText.unknownSection, {
      id: `${id}${hint}`, style: pick(ctx.lang, style.name), ids: quoteList(ctx.lang, ids),
    }, true);
  }
};

export const checkReview: Check = (ctx) => {
  ctx.plan.review?.items.forEach((item, i) => {
    if (item.target === 0) ctx.report('warning', 'review-target-zero', ['review', 'items', i, 'target'], checkText.reviewTargetZero, { name: item.name }, true);
  });
};
