// The figures of one plan that a change note compares, each under a stable key: product lines,
// channels, reps and budget lines by name, metrics by id, months by number. Keys, not positions,
// so a reordered list is not a change. Values are the derived figures (what the documents show).
import type { Lang } from '../i18n/lang.js';
import { monthLabel } from '../i18n/labels.js';
import { pick, type Localized } from '../i18n/localized.js';
import { METRICS, type MetricId } from '../plan/metrics.js';
import type { Decimal as D } from '../core/decimal.js';
import type { ValidPlan } from '../plan/validate.js';

export type FigureGroup = 'total' | 'products' | 'channels' | 'team' | 'months' | 'budget' | 'metrics' | 'customers';

export const GROUP_NAMES: Record<FigureGroup, Localized> = {
  total: { 'zh-CN': '总目标', en: 'Totals' },
  products: { 'zh-CN': '产品线', en: 'Product lines' },
  channels: { 'zh-CN': '渠道', en: 'Channels' },
  team: { 'zh-CN': '人员', en: 'Team' },
  months: { 'zh-CN': '月度', en: 'Months' },
  budget: { 'zh-CN': '预算', en: 'Budget' },
  metrics: { 'zh-CN': '指标', en: 'Metrics' },
  customers: { 'zh-CN': '客户', en: 'Customers' },
};

export interface Figure {
  group: FigureGroup;
  /** Stable within its group: a name, a metric id, a month number. */
  key: string;
  /** What a reader calls it. */
  label: string;
  value: D;
  /** Money figures carry the plan's unit; metrics their own; counts none. */
  unit: string;
}

const TOTAL_NAMES = {
  revenue: { 'zh-CN': '销售额目标', en: 'Revenue target' },
  lastRevenue: { 'zh-CN': '上期实际销售额', en: "Last period's revenue" },
  budget: { 'zh-CN': '预算合计', en: 'Budget total' },
  budgetCap: { 'zh-CN': '预算上限', en: 'Budget cap' },
  headcount: { 'zh-CN': '人数', en: 'Headcount' },
  prospects: { 'zh-CN': '新增意向客户', en: 'New prospects' },
  won: { 'zh-CN': '转化新客户', en: 'New customers won' },
  contractValue: { 'zh-CN': '新客户合同金额', en: 'New-customer contract value' },
  upsell: { 'zh-CN': '老客户增购', en: 'Upsell to existing customers' },
} as const satisfies Record<string, Localized>;

export function figuresOf(valid: ValidPlan, lang: Lang): Figure[] {
  const { plan, derived } = valid;
  const unit = derived.unit;
  const out: Figure[] = [];
  const add = (group: FigureGroup, key: string, label: string, value: D | undefined, figureUnit = unit) => {
    if (value !== undefined) out.push({ group, key, label, value, unit: figureUnit });
  };
  const total = (key: keyof typeof TOTAL_NAMES, value: D | undefined, figureUnit = unit) => add('total', key, pick(lang, TOTAL_NAMES[key]), value, figureUnit);

  total('revenue', derived.revenue);
  total('lastRevenue', derived.lastRevenue);
  total('budget', derived.budget?.total);
  total('budgetCap', derived.budget?.cap);
  total('prospects', derived.newCustomers?.prospects, '');
  total('won', derived.newCustomers?.won, '');
  total('contractValue', derived.newCustomers?.contractValue);
  total('upsell', derived.existingCustomers?.upsell);

  derived.products.forEach((p) => add('products', plan.products?.[p.index]?.name ?? String(p.index), plan.products?.[p.index]?.name ?? String(p.index + 1), p.amount));
  derived.channels.forEach((c) => add('channels', plan.channels?.[c.index]?.name ?? String(c.index), plan.channels?.[c.index]?.name ?? String(c.index + 1), c.target));
  derived.team.forEach((m) => add('team', plan.team?.[m.index]?.name ?? String(m.index), plan.team?.[m.index]?.name ?? String(m.index + 1), m.target));
  derived.budget?.items.forEach((b) => add('budget', plan.budget?.items?.[b.index]?.name ?? String(b.index), plan.budget?.items?.[b.index]?.name ?? String(b.index + 1), b.amount));
  derived.annual?.months.forEach((m, i) => add('months', String(i + 1), monthLabel(lang, i + 1), m));
  for (const m of derived.metrics) {
    const key = m.id ?? m.name ?? String(m.index);
    const label = m.name ?? (m.id ? pick(lang, { 'zh-CN': METRICS[m.id as MetricId].zh, en: METRICS[m.id as MetricId].en }) : key);
    add('metrics', key, label, m.target, m.unitLabel ?? (m.unit === 'percent' ? '%' : m.unit === 'money' ? unit : ''));
  }
  return out;
}
