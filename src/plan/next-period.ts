// The next period's plan, seeded from a review (`review --next --growth 8`): targets carried
// forward from this period's targets (or, with --from-actuals, its actuals) and grown by the given
// percentage, split over product lines, channels and reps in the same proportions so the parts
// still add up to the new total; last period's actuals become the baselines, and the review block
// holds this period's targets against actuals so the new plan's review section shows them.
import type { Lang } from '../i18n/lang.js';
import type { ReviewFigures, AttainmentRow } from './attainment.js';
import { dec, HUNDRED, sum, splitLargestRemainder, type Decimal } from '../core/decimal.js';
import { canonicalPeriod, shiftPeriod } from './period.js';
import type { PlanInput } from './schema.js';
import { compactPlan } from './compact.js';
import { datedTexts, DROP_REASONS, type RollForward } from './roll-forward.js';
import type { ValidPlan } from './validate.js';
import { pick } from '../i18n/localized.js';
import { rollFinanceForward } from './roll-finance.js';
import { moneyPlaces } from './settings.js';

export interface NextOptions {
  /** Growth in %, e.g. 8. */
  growth: number;
  /** Grow from this period's targets (default) or from its actuals. */
  base: 'target' | 'actual';
}

const toNumber = (v: Decimal) => v.toNumber();

/** Parts re-split to a new whole in the proportions of their bases; exact when the bases cover the old whole. */
function regrow(bases: readonly (Decimal | undefined)[], oldWhole: Decimal | undefined, newWhole: Decimal, factor: Decimal, places: number): (number | undefined)[] {
  const given = bases.filter((b): b is Decimal => !!b);
  if (given.length === 0) return bases.map(() => undefined);
  if (oldWhole && sum(given).equals(oldWhole) && given.length === bases.length) {
    return splitLargestRemainder(newWhole, given, places).map(toNumber);
  }
  return bases.map((b) => (b ? toNumber(b.times(factor).toDecimalPlaces(places)) : undefined));
}

function baseOf(row: AttainmentRow, base: NextOptions['base']): Decimal | undefined {
  return base === 'actual' ? row.actual ?? row.target : row.target;
}

export function nextPlanFrom(valid: ValidPlan, figures: ReviewFigures, options: NextOptions, lang: Lang): RollForward & { revenue?: Decimal } {
  const { plan, derived, period } = valid;
  const places = moneyPlaces(plan, derived.revenue ?? figures.total.actual);
  const next = shiftPeriod(period, 1);
  const factor = HUNDRED.plus(dec(options.growth)).div(HUNDRED);
  const totalBase = baseOf(figures.total, options.base);
  const revenue = totalBase ? totalBase.times(factor).toDecimalPlaces(places) : undefined;
  const oldWhole = options.base === 'actual' ? figures.total.actual : derived.revenue;

  const t = plan.targets;
  // Last period's figures are this review's actuals or nothing: an old baseline or last amount is
  // two periods old, and a target was never an actual.
  const missing: string[] = [];
  const targets: NonNullable<PlanInput['targets']> = { ...t, metrics: t.metrics.map((m, i) => {
    const actual = figures.metrics[i]?.actual;
    if (actual) return { ...m, baseline: toNumber(actual) };
    const copy = { ...m };
    if (copy.baseline !== undefined) missing.push(`targets.metrics[${i}].baseline`);
    delete copy.baseline;
    return copy;
  }) };
  delete targets.last_year_revenue;
  delete targets.basis;
  delete targets.last_revenue;
  if (revenue) targets.revenue = toNumber(revenue);
  if (figures.total.actual) targets.last_revenue = toNumber(figures.total.actual);
  else missing.push('targets.last_revenue');
  if (t.new_customers?.contract_value !== undefined) {
    targets.new_customers = { ...t.new_customers, contract_value: toNumber(dec(t.new_customers.contract_value).times(factor).toDecimalPlaces(places)) };
  }
  if (t.existing_customers?.upsell !== undefined) {
    targets.existing_customers = { ...t.existing_customers, upsell: toNumber(dec(t.existing_customers.upsell).times(factor).toDecimalPlaces(places)) };
  }

  // Lines with their own amount are re-split; lines given as shares, or left to take the remainder, stay so.
  const productBases = plan.products.map((p, i) => (p.amount !== undefined ? baseOf(figures.products[i]!, options.base) : undefined));
  const amountLines = productBases.filter(Boolean).length;
  const coveredBase = plan.products.every((p) => p.amount !== undefined) ? oldWhole : undefined;
  const productAmounts = revenue ? regrow(productBases, amountLines === plan.products.length ? coveredBase : undefined, revenue, factor, places) : [];
  const channelBases = plan.channels.map((c, i) => (c.target !== undefined ? baseOf(figures.channels[i]!, options.base) : undefined));
  const channelTargets = revenue ? regrow(channelBases, oldWhole, revenue, factor, places) : [];
  const memberBases = plan.team.map((m, i) => (m.target !== undefined ? baseOf(figures.team[i]!, options.base) : undefined));
  const memberTargets = revenue ? regrow(memberBases, plan.team.every((m) => m.target !== undefined) ? oldWhole : undefined, revenue, factor, places) : [];

  const reviewItems = [figures.total, ...figures.products, ...figures.channels]
    .filter((r) => r.target && r.actual)
    .map((r) => ({ name: r.name, target: toNumber(r.target!), actual: toNumber(r.actual!) }));
  const problems = figures.flagged.map((f) => pick(lang, {
    'zh-CN': `${f.name}达成率 ${f.attainment.toDecimalPlaces(1).toString()}%，低于 ${figures.threshold.toString()}%`,
    en: `${f.name} reached ${f.attainment.toDecimalPlaces(1).toString()}% of target, under ${figures.threshold.toString()}%`,
  }));

  const out: PlanInput = {
    ...plan,
    period: canonicalPeriod(next),
    org: { ...plan.org },
    targets,
    products: plan.products.map((p, i) => {
      const actual = figures.products[i]?.actual;
      const copy = { ...p };
      delete copy.last_amount;
      if (actual) copy.last_amount = toNumber(actual);
      else if (p.last_amount !== undefined) missing.push(`products[${i}].last_amount`);
      const amount = productAmounts[i];
      return amount !== undefined ? { ...copy, amount } : copy;
    }),
    channels: plan.channels.map((c, i) => (channelTargets[i] !== undefined ? { ...c, target: channelTargets[i]! } : c)),
    team: plan.team.map((m, i) => (memberTargets[i] !== undefined ? { ...m, target: memberTargets[i]! } : m)),
    schedule: [],
    sections: {},
    review: { period: canonicalPeriod(period), items: reviewItems, highlights: [], problems, improvements: [] },
  };
  delete (out.org as { date?: string }).date;
  delete out.title;
  delete out.focus;
  delete out.closing;
  // Everything left out is named, with its reason, for the run to report.
  const dropped: RollForward['dropped'] = [];
  const drop = (present: boolean, key: string, reason: (typeof DROP_REASONS)[keyof typeof DROP_REASONS]) => { if (present) dropped.push({ key, reason }); };
  drop(plan.org.date !== undefined, 'org.date', DROP_REASONS.orgDate);
  drop(plan.title !== undefined, 'title', DROP_REASONS.title);
  drop(plan.focus !== undefined, 'focus', DROP_REASONS.focus);
  drop(plan.closing !== undefined, 'closing', DROP_REASONS.closing);
  drop(t.basis !== undefined, 'targets.basis', DROP_REASONS.basis);
  drop(t.last_year_revenue !== undefined, 'targets.last_year_revenue', DROP_REASONS.lastYearRevenue);
  drop(plan.schedule.length > 0, 'schedule', DROP_REASONS.schedule);
  drop(Object.keys(plan.sections).length > 0, 'sections', DROP_REASONS.sections);
  rollFinanceForward(t, targets, next, figures, { dropped, missing });
  const dated = datedTexts(plan).filter((d) => !/^(schedule|sections|review|title|focus|closing|org)\b/.test(d.key));
  return { plan: compactPlan(out), period: next, dropped, missing, dated, ...(revenue ? { revenue } : {}) };
}
