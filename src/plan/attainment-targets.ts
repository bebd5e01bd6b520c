// Attainment of the targets beyond revenue and its breakdowns (issue 11): collections and their
// rate, gross profit and its margin, receivables and DSO (lower is better: attainment is target ÷
// actual), new customers, and for a monthly plan with a year to date, the year so far against the
// annual target. Rates are worked out from the actuals (collections ÷ actual revenue, gross
// profit ÷ actual revenue), never taken on trust. The targets issue 11 added (collections, gross
// profit, the year to date) show a row whenever the plan sets them, "not reported" without an
// actual; the older ones (margin, new customers) only when the actuals give them, so a review
// whose actuals have no such line reads as before.
import type { Actuals } from '../data/actuals.js';
import type { Lang } from '../i18n/lang.js';
import { pick, type Localized } from '../i18n/localized.js';
import { HUNDRED, percentOf, type Decimal as D } from '../core/decimal.js';
import type { DerivedPlan } from './derive.js';

export type TargetKind = 'money' | 'percent' | 'count' | 'days';

export type TargetId =
  | 'collections' | 'collectionRate' | 'grossProfit' | 'grossMargin' | 'receivables' | 'dso'
  | 'newProspects' | 'newWon' | 'newContractValue' | 'ytd';

export interface TargetAttainment {
  id: TargetId;
  name: string;
  kind: TargetKind;
  target: D;
  actual?: D;
  /** actual ÷ target × 100, or target ÷ actual × 100 where lower is better. */
  attainment?: D;
  /** actual − target (percentage points for rates, days for DSO). */
  gap?: D;
  met: boolean;
  below: boolean;
  lowerIsBetter: boolean;
}

const NAMES: Record<TargetId, Localized> = {
  collections: { 'zh-CN': '回款额', en: 'Collections' },
  collectionRate: { 'zh-CN': '回款率（回款额 ÷ 销售额）', en: 'Collection rate (collections ÷ revenue)' },
  grossProfit: { 'zh-CN': '毛利额', en: 'Gross profit' },
  grossMargin: { 'zh-CN': '毛利率', en: 'Gross margin' },
  receivables: { 'zh-CN': '期末应收账款余额', en: 'Receivables at period end' },
  dso: { 'zh-CN': '应收账款周转天数', en: 'Days sales outstanding' },
  newProspects: { 'zh-CN': '新增意向客户', en: 'New prospects' },
  newWon: { 'zh-CN': '成交新客户', en: 'New customers won' },
  newContractValue: { 'zh-CN': '新客户合同金额', en: 'New-customer contract value' },
  ytd: { 'zh-CN': '全年累计（含本期）', en: 'Year to date (this period included)' },
};

export function targetAttainment(derived: DerivedPlan, actuals: Actuals, totalActual: D | undefined, threshold: D, lang: Lang): TargetAttainment[] {
  const rows: TargetAttainment[] = [];
  const s = actuals.scalars;
  const add = (id: TargetId, kind: TargetKind, target: D | undefined, actual: D | undefined, options: { lowerIsBetter?: boolean; flag?: boolean } = {}) => {
    if (!target) return;
    const lowerIsBetter = options.lowerIsBetter ?? false;
    const row: TargetAttainment = { id, name: pick(lang, NAMES[id]), kind, target, met: false, below: false, lowerIsBetter };
    if (actual) {
      row.actual = actual;
      row.gap = actual.minus(target);
      const a = lowerIsBetter ? (actual.isZero() ? undefined : target.div(actual).times(HUNDRED)) : percentOf(actual, target);
      row.met = lowerIsBetter ? actual.lessThanOrEqualTo(target) : actual.greaterThanOrEqualTo(target);
      if (a) {
        row.attainment = a;
        row.below = (options.flag ?? true) && a.lessThan(threshold);
      }
    }
    rows.push(row);
  };
  const rateOf = (part: D | undefined) => (part && totalActual ? percentOf(part, totalActual) : undefined);
  const c = derived.collections;
  if (c) {
    add('collections', 'money', c.amount, s.collections?.value);
    add('collectionRate', 'percent', c.rate, rateOf(s.collections?.value));
  }
  if (derived.grossProfit) add('grossProfit', 'money', derived.grossProfit.amount, s.gross_profit?.value);
  if (s.gross_profit) add('grossMargin', 'percent', derived.grossMargin, rateOf(s.gross_profit.value));
  if (c) {
    if (c.receivables) add('receivables', 'money', c.receivables, s.receivables?.value, { lowerIsBetter: true });
    if (c.dso) add('dso', 'days', c.dso, s.dso?.value, { lowerIsBetter: true });
  }
  const nc = derived.newCustomers;
  if (s.new_prospects) add('newProspects', 'count', nc?.prospects, s.new_prospects.value);
  if (s.new_won) add('newWon', 'count', nc?.won, s.new_won.value);
  if (s.new_contract_value) add('newContractValue', 'money', nc?.contractValue, s.new_contract_value.value);
  // The year so far against the whole year: low until December by nature, so never flagged.
  const y = derived.ytd;
  if (y) add('ytd', 'money', y.annual, totalActual ? y.actual.plus(totalActual) : undefined, { flag: false });
  return rows;
}
