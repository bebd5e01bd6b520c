// Tables of an annual plan: the quarters, the months (with quarter subtotals, so the reader sees
// months add up to quarters and quarters to the year), the month × product-line matrix, and the
// team's targets by quarter. Every figure comes from the exact split in plan/annual.ts.
import type { Table } from 'mdast';
import type { Lang } from '../../i18n/lang.js';
import { monthLabel, quarterLabel, word, type Word } from '../../i18n/labels.js';
import type { Figure } from '../../i18n/format.js';
import { pick } from '../../i18n/localized.js';
import type { MonthColumn } from '../../plan/derive.js';
import { figureColumn, makeTable, percentColumn, signedPercentColumn, withUnitHeader, type Cell, type TableBuilder } from './table.js';

/** At most this many product columns in one table: wider would not fit an A4 page. */
const PRODUCTS_PER_TABLE = 5;

export const quartersTable: TableBuilder = ({ derived: d, lang }) => {
  const a = d.annual;
  if (!a || !d.revenue) return undefined;
  const w = (k: Word) => word(lang, k);
  const last = a.lastYear;
  const targets = figureColumn([...a.quarters, d.revenue], d.precision);
  const shares = percentColumn([...a.quarterShares, a.totalShare]);
  const cumulative = percentColumn(a.quarterCumulativeShares);
  const lastCells = last ? figureColumn([...last.quarters, last.total], d.precision) : [];
  const yoy = last ? signedPercentColumn([...a.quarterYoy, a.yearYoy]) : [];
  const rows: Cell[][] = a.quarters.map((_, i) => [quarterLabel(lang, i + 1), targets[i], shares[i], cumulative[i], lastCells[i], yoy[i]]);
  return makeTable(
    [
      { header: w('quarter') }, { header: withUnitHeader(lang, w('quarterTarget'), d.unit), numeric: true }, { header: w('ofYear'), numeric: true },
      { header: w('cumulativeYear'), numeric: true }, { header: withUnitHeader(lang, w('lastYearSame'), d.unit), numeric: true }, { header: w('yoy'), numeric: true },
    ],
    rows,
    [w('yearTotal'), targets[4], shares[4], '', lastCells[4], yoy[4]],
  );
};

export const monthsTable: TableBuilder = ({ derived: d, lang }) => {
  const a = d.annual;
  if (!a || !d.revenue) return undefined;
  const w = (k: Word) => word(lang, k);
  const last = a.lastYear;
  // One figure column for months, subtotals and the year, so they share their decimals.
  const values: (Figure | undefined)[] = [];
  const lastValues: (Figure | undefined)[] = [];
  const labels: string[] = [];
  const bold: boolean[] = [];
  const shares: (Figure | undefined)[] = [];
  const yoyValues: (Figure | undefined)[] = [];
  for (let q = 0; q < 4; q++) {
    for (let m = q * 3; m < q * 3 + 3; m++) {
      labels.push(monthLabel(lang, m + 1));
      values.push(a.months[m]);
      lastValues.push(last?.months[m]);
      shares.push(a.monthShares[m]);
      yoyValues.push(a.monthYoy[m]);
      bold.push(false);
    }
    labels.push(subtotalLabel(lang, q + 1));
    values.push(a.quarters[q]);
    lastValues.push(last?.quarters[q]);
    shares.push(a.quarterShares[q]);
    yoyValues.push(a.quarterYoy[q]);
    bold.push(true);
  }
  const cells = figureColumn([...values, d.revenue], d.precision);
  const lastCells = last ? figureColumn([...lastValues, last.total], d.precision) : [];
  const shareCells = percentColumn([...shares, a.totalShare]);
  const yoy = last ? signedPercentColumn([...yoyValues, a.yearYoy]) : [];
  const rows: Cell[][] = labels.map((label, i) => [label, shareCells[i], cells[i], lastCells[i], yoy[i]]);
  const table = makeTable(
    [
      { header: w('month') }, { header: w('monthShare'), numeric: true }, { header: withUnitHeader(lang, w('target'), d.unit), numeric: true },
      { header: withUnitHeader(lang, w('lastYearSame'), d.unit), numeric: true }, { header: w('yoy'), numeric: true },
    ],
    rows,
    [w('yearTotal'), shareCells[labels.length], cells[labels.length], lastCells[labels.length], yoy[labels.length]],
  );
  boldRows(table, bold);
  return table;
};

/** "第一季度小计" / "Q1 subtotal" */
function subtotalLabel(lang: Lang, quarter: number): string {
  return pick(lang, { 'zh-CN': `${quarterLabel(lang, quarter)}小计`, en: `${quarterLabel(lang, quarter)} subtotal` });
}

/** Makes the quarter subtotal rows bold, like the totals row. */
function boldRows(table: Table, bold: readonly boolean[]): void {
  bold.forEach((isBold, i) => {
    if (!isBold) return;
    const row = table.children[i + 1]!;
    for (const cell of row.children) {
      if (cell.children.length) cell.children = [{ type: 'strong', children: cell.children }];
    }
  });
}

/** Months down, product lines across (in groups that fit a page), with quarter subtotals and the year. */
function productMonthsTables({ plan, derived: d, lang }: Parameters<TableBuilder>[0]): Table[] {
  const a = d.annual;
  if (!a || plan.products.length === 0 || !d.revenue) return [];
  const w = (k: Word) => word(lang, k);
  const productColumns = a.productColumns;
  const groups: number[][] = [];
  for (let i = 0; i < productColumns.length; i += PRODUCTS_PER_TABLE) groups.push(productColumns.slice(i, i + PRODUCTS_PER_TABLE).map((_, k) => i + k));
  return groups.map((group, g) => {
    const last = g === groups.length - 1;
    const columns: MonthColumn[] = group.map((p) => productColumns[p]!);
    if (last) columns.push(a.productTotals);
    // Rows: 3 months and a subtotal per quarter, then the year.
    const labels: string[] = [];
    const bold: boolean[] = [];
    const cellOf: Array<(c: MonthColumn) => Figure> = [];
    for (let q = 0; q < 4; q++) {
      for (let m = q * 3; m < q * 3 + 3; m++) {
        labels.push(monthLabel(lang, m + 1));
        bold.push(false);
        cellOf.push((c) => c.months[m]!);
      }
      labels.push(subtotalLabel(lang, q + 1));
      bold.push(true);
      cellOf.push((c) => c.quarters[q]!);
    }
    const cellColumns = columns.map((c) => figureColumn([...cellOf.map((f) => f(c)), c.total], d.precision));
    const rows: Cell[][] = labels.map((label, r) => [label, ...cellColumns.map((col) => col[r])]);
    const headers = [
      { header: w('month') },
      ...group.map((p) => ({ header: plan.products[p]!.name, numeric: true, keep: true })),
      ...(last ? [{ header: withUnitHeader(lang, w('total'), d.unit), numeric: true, keep: true }] : []),
    ];
    const table = makeTable(headers, rows, [w('yearTotal'), ...cellColumns.map((col) => col[labels.length])]);
    boldRows(table, bold);
    return table;
  });
}

export const productMonthsTable: TableBuilder = (ctx) => {
  const tables = productMonthsTables(ctx);
  return tables.length ? tables : undefined;
};

export const teamQuartersTable: TableBuilder = ({ plan, derived: d, lang }) => {
  const a = d.annual;
  if (!a || plan.team.length === 0 || !d.teamTotal) return undefined;
  const w = (k: Word) => word(lang, k);
  const rowsWithTarget = a.teamQuarters.map((t) => ({ m: plan.team[t.index]!, i: t.index, target: d.team[t.index]!.target, quarters: t.quarters }));
  const quarterCols = [0, 1, 2, 3].map((q) => figureColumn([...rowsWithTarget.map((r) => r.quarters[q]), a.teamQuarterTotals[q]], d.precision));
  const totals = figureColumn([...rowsWithTarget.map((r) => r.target), d.teamTotal], d.precision);
  const shares = percentColumn([...rowsWithTarget.map((r) => d.team[r.i]!.share), d.teamShareOfRevenue]);
  const n = rowsWithTarget.length;
  const rows: Cell[][] = rowsWithTarget.map((r, k) => [r.m.name, r.m.region, ...quarterCols.map((c) => c[k]), totals[k], shares[k]]);
  return makeTable(
    [
      { header: w('member') }, { header: w('territory') },
      ...[1, 2, 3, 4].map((q) => ({ header: quarterLabel(lang, q), numeric: true })),
      { header: withUnitHeader(lang, w('fullYear'), d.unit), numeric: true, keep: true }, { header: w('share'), numeric: true },
    ],
    rows,
    [w('total'), '', ...quarterCols.map((c) => c[n]), totals[n], shares[n]],
  );
};
