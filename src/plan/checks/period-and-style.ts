// The period fits the kind; a monthly plan has a style and other kinds have none.
import { quoteList } from '../../i18n/t.js';
import { monthlyStyleIds } from '../../styles/registry.js';
import { parsePeriod, periodExample } from '../period.js';
import type { Check } from './types.js';
import { checkText } from './messages.js';

export const checkPeriod: Check = (ctx) => {
  const { plan } = ctx;
  if (ctx.period) return;
  const raw = String(plan.period);
  if (parsePeriod(plan.period) === 'invalidMonth') {
    ctx.report('error', 'period-format', ['period'], checkText.periodMonth, { got: raw });
    return;
  }
  ctx.report('error', 'period-format', ['period'], checkText.periodFormat, { got: raw, kind: plan.kind, example: periodExample(plan.kind) });
};

export const checkStyle: Check = (ctx) => {
  const { plan } = ctx;
  if (plan.kind === 'monthly' && !ctx.style) {
    ctx.report('error', 'style-missing', ['kind'], checkText.styleMissing, { choices: monthlyStyleIds().join(' | ') }, true);
  }
  if (plan.kind !== 'monthly' && plan.style !== undefined) {
    ctx.report('error', 'style-not-for-kind', ['style'], checkText.styleNotForKind, { kind: plan.kind }, true);
  }
  if (plan.kind !== 'monthly' && !ctx.style) {
    ctx.report('error', 'kind-not-available', ['kind'], checkText.kindNotAvailable, { kind: plan.kind, choices: quoteList(ctx.lang, ['monthly']) });
  }
};
