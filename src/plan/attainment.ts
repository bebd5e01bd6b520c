// Plan against actuals: attainment (达成率 = actual ÷ target) and gap for the total, each product
// line, channel and rep, and each metric (for a metric where lower is better, target ÷ actual);
// anything under the plan's improvement threshold (settings.ts: 80% by default, from source 004) is flagged. Names in
// the actuals must match the plan's; one that does not is an error at its line, with a suggestion.
import type { Actuals, ActualFigure } from '../data/actuals.js';
import type { Lang } from '../i18n/lang.js';
import { pick, say, type Localized } from '../i18n/localized.js';
import { q } from '../i18n/t.js';
import { actualsText, dimensionName, dimensionNames } from '../data/actuals-messages.js';
import type { DerivedPlan } from './derive.js';
import type { Diagnostic } from '../report/diagnostic.js';
import { commission, teamCommission, type Commission } from './incentives.js';
import { METRICS, type MetricId } from './metrics.js';
import { HUNDRED, percentOf, sum, type Decimal as D } from '../core/decimal.js';
import type { Period } from './period.js';
import type { Plan } from './schema.js';
import { didYouMean } from './suggest.js';
import { targetAttainment, type TargetAttainment } from './attainment-targets.js';

export type { TargetAttainment } from './attainment-targets.js';

export interface AttainmentRow {
  /** Index in the plan's list (products, channels, team). */
  index: number;
  name: string;
  target?: D;
  actual?: D;
  attainment?: D;
  gap?: D;
  /** Under the improvement threshold. */
  below: boolean;
  /** Attainment of 100% or more. */
  met: boolean;
  /** Actual under target (gap < 0) and over it (gap > 0). */
  short: boolean;
  over: boolean;
}

/** The rows of one dimension added up: targets, actuals, and (when every row reported) attainment and gap. */
export interface AttainmentTotal {
  target: D;
  actual: D;
  attainment?: D;
  gap?: D;
}

export interface TeamAttainment extends AttainmentRow {
  commission?: Commission;
}

export interface MetricAttainment {
  index: number;
  name: string;
  target: D;
  actual?: D;
  attainment?: D;
  met?: boolean;
  below: boolean;
}

export type Dimension = 'total' | 'products' | 'channels' | 'team' | 'metrics';

export interface ReviewFigures {
  threshold: D;
  total: AttainmentRow;
  products: AttainmentRow[];
  channels: AttainmentRow[];
  team: TeamAttainment[];
  metrics: MetricAttainment[];
  /** Collections, gross profit, receivables, new customers, the year to date (attainment-targets.ts). */
  targets: TargetAttainment[];
  /** Each dimension's rows added up. */
  totals: { products: AttainmentTotal; channels: AttainmentTotal; team: AttainmentTotal };
  /** Product lines with an attainment, best first. */
  ranked: AttainmentRow[];
  /** Product lines at or above 100%. */
  metCount: number;
  /** The team's commission on its actuals, when any rep earns one. */
  commissionTotal?: D;
  /** Everything under the threshold, in document order. */
  flagged: Array<{ dimension: Dimension; name: string; attainment: D }>;
  /** With --next: the next period's plan, as the review proposes it. */
  next?: { period: Period; revenue?: D; growth: D; base: 'target' | 'actual' };
}

function row(index: number, name: string, target: D | undefined, actual: D | undefined, threshold: D): AttainmentRow {
  const out: AttainmentRow = { index, name, below: false, met: false, short: false, over: false };
  if (target) out.target = target;
  if (actual) out.actual = actual;
  if (target && actual) {
    out.gap = actual.minus(target);
    out.short = out.gap.isNegative();
    out.over = out.gap.greaterThan(0);
    const a = percentOf(actual, target);
    if (a) {
      out.attainment = a;
      out.below = a.lessThan(threshold);
      out.met = a.greaterThanOrEqualTo(100);
    }
  }
  return out;
}

function totalOf(rows: readonly AttainmentRow[]): AttainmentTotal {
  const target = sum(rows.flatMap((r) => (r.target ? [r.target] : [])));
  const actual = sum(rows.flatMap((r) => (r.actual ? [r.actual] : [])));
  const out: AttainmentTotal = { target, actual };
  if (rows.every((r) => r.actual && r.target)) {
    const a = percentOf(actual, target);
    if (a) out.attainment = a;
    out.gap = actual.minus(target);
  }
  return out;
}

const normalise = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');

/** Matches the actuals of one dimension to the plan's names; unknown names become errors. */
function match(
  figures: readonly ActualFigure[],
  names: readonly string[],
  dimension: Dimension,
  actuals: Actuals,
  lang: Lang,
  diagnostics: Diagnostic[],
): Map<number, D> {
  const byName = new Map(names.map((n, i) => [normalise(n), i]));
  const out = new Map<number, D>();
  for (const figure of figures) {
    const index = byName.get(normalise(figure.name));
    const where = { file: actuals.file, ...(figure.line ? { line: figure.line, column: figure.column ?? 1 } : {}) };
    if (index === undefined) {
      const suggestion = didYouMean(figure.name, names);
      diagnostics.push({
        severity: 'error', code: 'actuals-unknown-name', ...where,
        message: say(lang, actualsText.unknownName, {
          name: q(lang, figure.name), dimension: say(lang, dimensionName[dimension]),
          hint: suggestion ? say(lang, actualsText.didYouMean, { name: q(lang, suggestion) }) : say(lang, actualsText.known, { names: names.map((n) => q(lang, n)).join(pick(lang, listSep)) }),
        }),
      });
    } else if (out.has(index)) {
      diagnostics.push({ severity: 'error', code: 'actuals-twice', ...where, message: say(lang, actualsText.twice, { name: q(lang, figure.name) }) });
    } else out.set(index, figure.value);
  }
  return out;
}

function metricName(plan: Plan, index: number, lang: Lang): string {
  const m = plan.targets.metrics[index]!;
  if (m.name) return m.name;
  const def = METRICS[m.id as MetricId];
  return pick(lang, { 'zh-CN': def.zh, en: def.en });
}

const listSep: Localized = { 'zh-CN': '、', en: ', ' };

export function computeAttainment(plan: Plan, derived: DerivedPlan, actuals: Actuals, lang: Lang): { figures: ReviewFigures; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const threshold = derived.settings.improvementThreshold;
  const products = match(actuals.products, plan.products.map((p) => p.name), 'products', actuals, lang, diagnostics);
  const channels = match(actuals.channels, plan.channels.map((c) => c.name), 'channels', actuals, lang, diagnostics);
  const team = match(actuals.team, plan.team.map((m) => m.name), 'team', actuals, lang, diagnostics);
  // A metric may be named by its id (nps), its name in either language, or the plan's own name.
  const metricNames = plan.targets.metrics.map((m, i) => [m.id, m.name, m.id ? METRICS[m.id].zh : undefined, m.id ? METRICS[m.id].en : undefined, metricName(plan, i, lang)].filter((x): x is string => !!x));
  const metricFigures = actuals.metrics.map((f) => {
    const index = metricNames.findIndex((names) => names.some((n) => normalise(n) === normalise(f.name)));
    return index >= 0 ? { ...f, name: metricName(plan, index, lang) } : f;
  });
  const metrics = match(metricFigures, plan.targets.metrics.map((_, i) => metricName(plan, i, lang)), 'metrics', actuals, lang, diagnostics);

  // The total: given, or the sum of a complete breakdown.
  let totalActual = actuals.total?.value;
  if (!totalActual) {
    const complete = (list: readonly unknown[], got: Map<number, D>) => list.length > 0 && got.size === list.length;
    if (complete(plan.products, products)) totalActual = sum([...products.values()]);
    else if (complete(plan.team, team)) totalActual = sum([...team.values()]);
    else if (complete(plan.channels, channels)) totalActual = sum([...channels.values()]);
  }
  if (!totalActual) {
    diagnostics.push({ severity: 'error', code: 'actuals-no-total', file: actuals.file, line: 1, column: 1, message: say(lang, actualsText.noTotal) });
  }

  const missing = (list: readonly { name: string }[], got: Map<number, D>, dimension: Dimension) => {
    const names = list.filter((_, i) => !got.has(i)).map((x) => x.name);
    if (names.length && got.size > 0) {
      diagnostics.push({
        severity: 'warning', code: 'actuals-missing', file: actuals.file, line: 1, column: 1,
        message: say(lang, actualsText.missing, { dimension: say(lang, dimensionNames[dimension]), names: names.map((n) => q(lang, n)).join(pick(lang, listSep)) }),
      });
    }
  };
  missing(plan.products, products, 'products');
  missing(plan.channels, channels, 'channels');
  missing(plan.team, team, 'team');

  const figures: ReviewFigures = {
    threshold,
    total: row(0, pick(lang, { 'zh-CN': '销售总额', en: 'Revenue' }), derived.revenue, totalActual, threshold),
    products: plan.products.map((p, i) => row(i, p.name, derived.products[i]!.amount, products.get(i), threshold)),
    channels: plan.channels.map((c, i) => row(i, c.name, derived.channels[i]!.target, channels.get(i), threshold)),
    team: plan.team.map((m, i) => {
      const r: TeamAttainment = row(i, m.name, derived.team[i]!.target, team.get(i), threshold);
      if (plan.incentives && r.actual) r.commission = commission(plan.incentives, m, r.target, r.actual, derived.precision);
      return r;
    }),
    metrics: derived.metrics.map((m, i) => {
      const actual = metrics.get(i);
      const out: MetricAttainment = { index: i, name: metricName(plan, i, lang), target: m.target, below: false };
      if (actual) {
        out.actual = actual;
        out.met = m.better === 'up' ? actual.greaterThanOrEqualTo(m.target) : actual.lessThanOrEqualTo(m.target);
        const ratio = m.better === 'up' ? percentOf(actual, m.target) : actual.isZero() ? undefined : m.target.div(actual).times(HUNDRED);
        if (ratio) {
          out.attainment = ratio;
          out.below = ratio.lessThan(threshold);
        }
      }
      return out;
    }),
    targets: targetAttainment(derived, actuals, totalActual, threshold, lang),
    totals: { products: totalOf([]), channels: totalOf([]), team: totalOf([]) },
    ranked: [],
    metCount: 0,
    flagged: [],
  };
  figures.totals = { products: totalOf(figures.products), channels: totalOf(figures.channels), team: totalOf(figures.team) };
  figures.ranked = figures.products.filter((x) => x.attainment).sort((a, b) => b.attainment!.comparedTo(a.attainment!));
  figures.metCount = figures.products.filter((p) => p.met).length;
  const commissions = figures.team.flatMap((m) => (m.commission ? [m.commission] : []));
  if (commissions.length) figures.commissionTotal = teamCommission(commissions, derived.precision);
  const flag = (dimension: Dimension, rows: ReadonlyArray<{ name: string; below: boolean; attainment?: D }>) => {
    for (const r of rows) if (r.below && r.attainment) figures.flagged.push({ dimension, name: r.name, attainment: r.attainment });
  };
  flag('total', [figures.total]);
  flag('products', figures.products);
  flag('channels', figures.channels);
  flag('team', figures.team);
  flag('metrics', figures.metrics);
  // The finance targets are flagged as metrics: a review names them "指标 回款额 …".
  flag('metrics', figures.targets);
  return { figures, diagnostics };
}
