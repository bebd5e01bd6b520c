// Tables of a plan-versus-actual review: target, actual, attainment and gap per row, rows under
// the improvement threshold marked, and for reps the commission their actuals earn.
import { word, type Word } from '../../i18n/labels.js';
import { num, percent, plainNumber, decimalsNeeded, signedPoints, withUnit, type Figure } from '../../i18n/format.js';
import { pick } from '../../i18n/localized.js';
import type { AttainmentRow, AttainmentTotal, MetricAttainment, ReviewFigures, TargetAttainment } from '../../plan/attainment.js';
import { figureColumn, makeTable, percentColumn, signedColumn, withUnitHeader, type Cell, type Column, type TableBuilder, type TableContext } from './table.js';

function statusCell(ctx: TableContext, r: AttainmentRow): Cell {
  const w = (k: Word) => word(ctx.lang, k);
  if (!r.actual) return w('notReported');
  if (r.below) return `⚠ ${w('belowThreshold')}`;
  return r.met ? `✓ ${w('met')}` : w('notMet');
}

/** Rows of money figures: name, target, actual, attainment, gap, status (and extra columns). */
function moneyTable(
  ctx: TableContext,
  firstHeader: string,
  rows: readonly AttainmentRow[],
  totals: AttainmentTotal | undefined,
  extra?: { columns: Column[]; cells: (r: AttainmentRow, i: number) => Cell[]; total: Cell[] },
) {
  const { derived: d, lang } = ctx;
  const w = (k: Word) => word(lang, k);
  const total = totals && rows.length > 1 ? totals : undefined;
  const targets = figureColumn([...rows.map((r) => r.target), total?.target], d.precision);
  const actuals = figureColumn([...rows.map((r) => r.actual), total?.actual], d.precision);
  const attainments = percentColumn([...rows.map((r) => r.attainment), total?.attainment]);
  const gaps = signedColumn([...rows.map((r) => r.gap), total?.gap], d.precision);
  const body: Cell[][] = rows.map((r, i) => [r.name, targets[i], actuals[i], attainments[i], gaps[i], statusCell(ctx, r), ...(extra?.cells(r, i) ?? [])]);
  const n = rows.length;
  return makeTable(
    [
      { header: firstHeader }, { header: withUnitHeader(lang, w('target'), d.unit), numeric: true }, { header: withUnitHeader(lang, w('actual'), d.unit), numeric: true },
      { header: w('attainment'), numeric: true }, { header: withUnitHeader(lang, w('gap'), d.unit), numeric: true }, { header: w('status') },
      ...(extra?.columns ?? []),
    ],
    body,
    total ? [w('total'), targets[n], actuals[n], attainments[n], gaps[n], '', ...(extra?.total ?? [])] : undefined,
  );
}

const figuresOf = (ctx: TableContext): ReviewFigures | undefined => ctx.review;

export const attainmentTotalTable: TableBuilder = (ctx) => {
  const f = figuresOf(ctx);
  if (!f) return undefined;
  return moneyTable(ctx, word(ctx.lang, 'item'), [f.total], undefined);
};

export const attainmentProductsTable: TableBuilder = (ctx) => {
  const f = figuresOf(ctx);
  if (!f || f.products.length === 0) return undefined;
  return moneyTable(ctx, word(ctx.lang, 'product'), f.products, f.totals.products);
};

export const attainmentChannelsTable: TableBuilder = (ctx) => {
  const f = figuresOf(ctx);
  if (!f || f.channels.length === 0) return undefined;
  return moneyTable(ctx, word(ctx.lang, 'channel'), f.channels, f.totals.channels);
};

export const attainmentTeamTable: TableBuilder = (ctx) => {
  const f = figuresOf(ctx);
  if (!f || f.team.length === 0) return undefined;
  if (!ctx.plan.incentives) return moneyTable(ctx, word(ctx.lang, 'member'), f.team, f.totals.team);
  const commissions = figureColumn([...f.team.map((r) => r.commission?.total), f.commissionTotal], ctx.derived.precision);
  return moneyTable(ctx, word(ctx.lang, 'member'), f.team, f.totals.team, {
    columns: [{ header: withUnitHeader(ctx.lang, word(ctx.lang, 'commission'), ctx.derived.unit), numeric: true }],
    cells: (_, i) => [commissions[i]],
    total: [commissions[f.team.length]],
  });
};

export const attainmentMetricsTable: TableBuilder = (ctx) => {
  const f = figuresOf(ctx);
  if (!f || f.metrics.length === 0) return undefined;
  const { lang, derived: d } = ctx;
  const w = (k: Word) => word(lang, k);
  const rows: Cell[][] = f.metrics.map((m: MetricAttainment) => {
    const metric = d.metrics[m.index]!;
    const dp = decimalsNeeded([m.target, m.actual], 2);
    const value = (v: Figure | undefined) => {
      if (!v) return undefined;
      if (metric.unit === 'percent' || metric.unitLabel === '%') return `${plainNumber(v, dp)}%`;
      return ctx.f.metricValue(metric, v) ?? withUnit(lang, plainNumber(v, dp), metric.unitLabel ?? '');
    };
    const status = !m.actual ? w('notReported') : m.below ? `⚠ ${w('belowThreshold')}` : m.met ? `✓ ${w('met')}` : w('notMet');
    return [m.name, value(m.target), value(m.actual), m.attainment ? percent(m.attainment) : undefined, status];
  });
  return makeTable(
    [{ header: w('metric') }, { header: w('target'), numeric: true }, { header: w('actual'), numeric: true }, { header: w('attainment'), numeric: true }, { header: w('status') }],
    rows,
  );
};

/** Collections, gross profit, receivables, new customers, the year to date: target, actual, attainment, gap. */
export const attainmentTargetsTable: TableBuilder = (ctx) => {
  const f = figuresOf(ctx);
  if (!f || f.targets.length === 0) return undefined;
  const { lang } = ctx;
  const w = (k: Word) => word(lang, k);
  const value = (t: TargetAttainment, v: Figure | undefined): Cell => {
    if (!v) return undefined;
    switch (t.kind) {
      case 'money':
        return ctx.f.money(v);
      case 'percent':
        return percent(v);
      case 'days':
        return pick(lang, { 'zh-CN': `${num(v, 1)}天`, en: `${num(v, 1)} days` });
      default:
        return ctx.f.count(v, 'customers');
    }
  };
  const gapCell = (t: TargetAttainment): Cell => {
    if (!t.gap) return undefined;
    if (t.kind === 'percent') return signedPoints(lang, t.gap);
    const size = value(t, t.gap.abs());
    return t.gap.isZero() ? size : `${t.gap.greaterThan(0) ? '+' : '-'}${size}`;
  };
  const rows: Cell[][] = f.targets.map((t) => {
    const status = !t.actual ? w('notReported') : t.below ? `⚠ ${w('belowThreshold')}` : t.met ? `✓ ${w('met')}` : w('notMet');
    return [t.name, value(t, t.target), value(t, t.actual), t.attainment ? percent(t.attainment) : undefined, gapCell(t), status];
  });
  return makeTable(
    [{ header: w('item') }, { header: w('target'), numeric: true }, { header: w('actual'), numeric: true }, { header: w('attainment'), numeric: true }, { header: w('gap'), numeric: true }, { header: w('status') }],
    rows,
  );
};
