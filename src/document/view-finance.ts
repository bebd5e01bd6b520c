// The finance targets as a template reads them (targets.grossProfit, targets.collections …),
// formatted from the derived plan: each undefined when the plan lacks it, so
// `{{#if targets.collections}}…{{/if}}` writes nothing for a plan without collections.
import { percent } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/localized.js';
import type { DerivedPlan } from '../plan/derive.js';
import type { Formatter, Text } from './formatter.js';

export interface FinanceView {
  grossProfit: Text;
  collections: Text;
  collectionRate: Text;
  receivables: Text;
  dso: Text;
  /** A monthly plan's year to date. */
  ytd: { annual: Text; actual: Text; remaining: Text; shareOfRemaining: Text; after: Text; afterShare: Text; closesYear: boolean } | undefined;
}

export function financeView(d: DerivedPlan, f: Formatter, lang: Lang): FinanceView {
  const c = d.collections;
  const y = d.ytd;
  return {
    grossProfit: f.money(d.grossProfit?.amount),
    collections: f.money(c?.amount),
    collectionRate: c?.rate ? percent(c.rate) : undefined,
    receivables: f.money(c?.receivables),
    dso: c?.dso ? pick(lang, { 'zh-CN': `${c.dso.toFixed()}天`, en: `${c.dso.toFixed()} days` }) : undefined,
    ytd: y
      ? {
          annual: f.money(y.annual), actual: f.money(y.actual), remaining: f.money(y.remaining),
          shareOfRemaining: y.shareOfRemaining ? percent(y.shareOfRemaining) : undefined,
          after: f.money(y.after), afterShare: y.afterShare ? percent(y.afterShare) : undefined,
          closesYear: !!y.leftAfter && y.leftAfter.lessThanOrEqualTo(0),
        }
      : undefined,
  };
}
