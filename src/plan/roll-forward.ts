// Moving a plan on to its next period (`new --from`, `review --next`) without inventing an
// actual: last period's revenue and each line's last amount come from the period's actuals when
// they are given (--actuals, a review), and are otherwise left empty and asked for — never the
// old targets, which were a plan and not a result. Every block of the old plan is kept, or named
// with the reason it was dropped; text that names a date is listed for the author to update.
import type { Lang } from '../i18n/lang.js';
import { pick, say, type Localized } from '../i18n/localized.js';
import type { ReviewFigures } from './attainment.js';
import { canonicalPeriod, shiftPeriod, type Period } from './period.js';
import type { Plan, PlanInput } from './schema.js';
import { compactPlan } from './compact.js';
import { rollFinanceForward } from './roll-finance.js';

export interface Dropped {
  /** The key as written in the plan: review, schedule, org.date … */
  key: string;
  reason: Localized;
}

export interface RollForward {
  plan: PlanInput;
  period: Period;
  /** Blocks of the old plan left out of the new one, and why. */
  dropped: Dropped[];
  /** Keys the new plan needs from its author: last period's actuals that were not given. */
  missing: string[];
  /** Text that names a date (12月12日大促, 2026-12-20): probably about the old period. */
  dated: Array<{ key: string; text: string }>;
}

export const DROP_REASONS = {
  review: { 'zh-CN': '回顾的是上上期；本期的回顾由 salesplan review 根据实际数据生成', en: 'it reviewed the period before; the review of this one comes from salesplan review and its actuals' },
  schedule: { 'zh-CN': '日程属于上一期，需按新期间重新安排', en: 'the schedule belonged to the old period; plan the new dates' },
  orgDate: { 'zh-CN': '编制日期以新计划的生成日为准', en: 'the new plan is dated when it is written' },
  basis: { 'zh-CN': '目标依据说明的是上一期目标', en: "it explained the old period's target" },
  lastYearRevenue: { 'zh-CN': '去年同期对应的是上一期，请填写新期间的去年同期实际', en: "it was last year's figure for the old period; give the new period's" },
  sections: { 'zh-CN': '改写的章节正文针对上一期', en: 'the rewritten section text was about the old period' },
  title: { 'zh-CN': '标题写的是上一期，新标题自动生成', en: 'the title named the old period; a new one is generated' },
  focus: { 'zh-CN': '工作重点属于上一期', en: "the focus was the old period's" },
  closing: { 'zh-CN': '结束语属于上一期', en: "the closing was the old period's" },
} satisfies Record<string, Localized>;

// 2026年12月, 12月12日, 12 月 19—21 日, 2026-12-20, 12/12, 双十二: the dates a plan's prose is written with.
const DATED = /(\d{4}\s*年\s*\d{1,2}\s*月)|(\d{1,2}\s*月\s*\d{1,2})|(\d{4}-\d{2}-\d{2})|(\b\d{1,2}\/\d{1,2}\b)|(双十一|双十二|双11|双12)|(\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b)/;

/** Every string of the plan (but its own dates) that names a date. */
export function datedTexts(plan: Plan): Array<{ key: string; text: string }> {
  const out: Array<{ key: string; text: string }> = [];
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') {
      if (DATED.test(value) && key !== 'org.date') out.push({ key, text: value });
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${key}[${i}]`));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, key ? `${key}.${k}` : k);
  };
  walk(plan, '');
  return out;
}

const toNumber = (v: { toNumber(): number }) => v.toNumber();

/**
 * The old plan moved to the next period: targets kept as the starting proposal, last period's
 * figures taken from `figures` (the period's actuals) or left empty and listed in `missing`.
 */
export function rollForward(plan: Plan, period: Period, figures?: ReviewFigures): RollForward {
  const next = shiftPeriod(period, 1);
  const dropped: Dropped[] = [];
  const missing: string[] = [];
  const t = plan.targets;
  const targets: NonNullable<PlanInput['targets']> = { ...t };
  delete targets.last_revenue;
  const actual = figures?.total.actual;
  if (actual) targets.last_revenue = toNumber(actual);
  else missing.push('targets.last_revenue');
  if (t.basis !== undefined) {
    delete targets.basis;
    dropped.push({ key: 'targets.basis', reason: DROP_REASONS.basis });
  }
  if (t.last_year_revenue !== undefined) {
    delete targets.last_year_revenue;
    dropped.push({ key: 'targets.last_year_revenue', reason: DROP_REASONS.lastYearRevenue });
  }
  targets.metrics = t.metrics.map((m, i) => {
    const a = figures?.metrics[i]?.actual;
    if (a) return { ...m, baseline: toNumber(a) };
    const copy = { ...m };
    if (copy.baseline !== undefined) {
      delete copy.baseline;
      missing.push(`targets.metrics[${i}].baseline`);
    }
    return copy;
  });
  rollFinanceForward(t, targets, next, figures, { dropped, missing });
  const products = plan.products.map((p, i) => {
    const copy = { ...p };
    delete copy.last_amount;
    const a = figures?.products[i]?.actual;
    if (a) copy.last_amount = toNumber(a);
    else if (p.last_amount !== undefined) missing.push(`products[${i}].last_amount`);
    return copy;
  });
  const out: PlanInput = { ...plan, period: canonicalPeriod(next), org: { ...plan.org }, targets, products };
  if (plan.org.date !== undefined) {
    delete (out.org as { date?: string }).date;
    dropped.push({ key: 'org.date', reason: DROP_REASONS.orgDate });
  }
  if (plan.review) {
    delete out.review;
    dropped.push({ key: 'review', reason: DROP_REASONS.review });
  }
  if (plan.schedule.length) {
    out.schedule = [];
    dropped.push({ key: 'schedule', reason: DROP_REASONS.schedule });
  }
  return { plan: compactPlan(out), period: next, dropped, missing, dated: datedTexts(plan).filter((d) => !d.key.startsWith('schedule') && !d.key.startsWith('review')) };
}

export const rollText = {
  dropped: { 'zh-CN': '未沿用 {key}：{reason}。', en: 'Left out {key}: {reason}.' },
  notCarried: { 'zh-CN': '向导不沿用这一项，仍适用时请手工补回', en: 'the wizard does not carry it over; add it back by hand if it still applies' },
  missing: {
    'zh-CN': '请填写上期（{period}）的实际数据：{keys}。上期计划的目标不是实际，没有照抄；可用 --actuals <实际数据文件> 直接带入。',
    en: 'Fill in the actual figures of {period}: {keys}. The old plan\'s targets are not actuals and were not copied; --actuals <file> brings them in.',
  },
  dated: { 'zh-CN': '以下文字写有日期，可能属于上一期，请更新：', en: 'This text names a date and is probably about the old period; update it:' },
  lastRevenueComment: {
    'zh-CN': '上期（{period}）实际销售额：请填写实际完成额后取消注释（上期目标 {target} 不是实际）',
    en: 'Actual revenue of {period}: give what was achieved and uncomment (the old target {target} is not an actual)',
  },
} satisfies Record<string, Localized>;

/** What the author must know about a rolled-forward plan: what was left out, what to fill in, what to update. */
export function rollForwardNotes(roll: Pick<RollForward, 'dropped' | 'missing' | 'dated'>, oldPeriod: string, lang: Lang): string[] {
  const lines = roll.dropped.map((d) => say(lang, rollText.dropped, { key: d.key, reason: pick(lang, d.reason) }));
  if (roll.missing.length) lines.push(say(lang, rollText.missing, { period: oldPeriod, keys: roll.missing.join(', ') }));
  if (roll.dated.length) lines.push(say(lang, rollText.dated), ...roll.dated.map((d) => `  ${d.key}: ${d.text}`));
  return lines;
}

/**
 * The plan's YAML with a commented `last_revenue:` under the revenue target, asking for last
 * period's actual where the old plan's target would otherwise have been copied.
 */
export function askForLastRevenue(yaml: string, oldPeriod: string, oldTarget: number | undefined, lang: Lang): string {
  const lines = yaml.split('\n');
  const targets = lines.findIndex((l) => l === 'targets:');
  if (targets < 0 || lines.some((l) => /^ {2}last_revenue:/.test(l))) return yaml;
  let at = lines.findIndex((l, i) => i > targets && /^ {2}revenue:/.test(l));
  if (at < 0) at = targets;
  const comment = say(lang, rollText.lastRevenueComment, { period: oldPeriod, target: oldTarget ?? '—' });
  lines.splice(at + 1, 0, `  # ${comment}`, '  # last_revenue:');
  return lines.join('\n');
}
