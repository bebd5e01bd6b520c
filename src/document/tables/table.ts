// Building GFM tables for the document tree: headers, alignment, a bold totals row, columns
// of figures formatted with one number of decimals, and empty columns left out.
import type { PhrasingContent, Table, TableCell, TableRow } from 'mdast';
import { decimalsNeeded, plainNumber } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import type { DerivedPlan } from '../../plan/derive.js';
import type { Decimal } from '../../plan/money.js';
import type { Plan } from '../../plan/schema.js';
import type { Formatter } from '../view.js';

export interface TableContext {
  plan: Plan;
  derived: DerivedPlan;
  lang: Lang;
  f: Formatter;
  /** Requirement keys missing in a --draft plan: their rows show placeholders. */
  missing: ReadonlySet<string>;
}

export interface Column {
  header: string;
  /** Figures are right-aligned. */
  numeric?: boolean;
  /** Kept even when every cell is empty. */
  keep?: boolean;
}

export type Cell = string | undefined;

function cell(raw: string, bold: boolean): TableCell {
  // A line break cannot live in a table cell: user text is folded onto one line.
  const text = raw.replace(/\s*\n\s*/g, ' ');
  const children: PhrasingContent[] = text === '' ? [] : bold ? [{ type: 'strong', children: [{ type: 'text', value: text }] }] : [{ type: 'text', value: text }];
  return { type: 'tableCell', children };
}

function row(cells: readonly string[], bold = false): TableRow {
  return { type: 'tableRow', children: cells.map((c) => cell(c, bold)) };
}

/**
 * A table from columns and rows. Columns whose body cells are all empty are dropped (except the
 * first and those marked keep); remaining empty cells show a dash.
 */
export function makeTable(columns: readonly Column[], rows: readonly Cell[][], total?: readonly Cell[]): Table {
  const all = total ? [...rows, total] : rows;
  const kept = columns
    .map((column, i) => ({ column, i }))
    .filter(({ column, i }) => i === 0 || column.keep || all.some((r) => r[i] !== undefined && r[i] !== ''));
  const pick = (r: readonly Cell[], empty: string) => kept.map(({ i }) => r[i] ?? empty);
  return {
    type: 'table',
    align: kept.map(({ column }) => (column.numeric ? 'right' : 'left')),
    // Body cells without a value show a dash; the totals row leaves them blank.
    children: [row(kept.map(({ column }) => column.header)), ...rows.map((r) => row(pick(r, '—'))), ...(total ? [row(pick(total, ''), true)] : [])],
  };
}

/** Formats a column of figures with the same number of decimals (at most max). */
export function figureColumn(values: readonly (Decimal | undefined)[], max: number): Cell[] {
  const dp = decimalsNeeded(values, max);
  return values.map((v) => (v ? plainNumber(v, dp) : undefined));
}

export function percentColumn(values: readonly (Decimal | undefined)[], max = 1): Cell[] {
  return figureColumn(values, max).map((v) => (v === undefined ? undefined : `${v}%`));
}

/** A column of changes in percent, signed, with one number of decimals: +10.3%, +17.0%, -2.5% */
export function signedPercentColumn(values: readonly (Decimal | undefined)[], max = 1): Cell[] {
  const rounded = values.map((v) => v?.toDecimalPlaces(max));
  return figureColumn(rounded, max).map((v, i) => (v === undefined ? undefined : `${rounded[i]!.greaterThan(0) ? '+' : ''}${v}%`));
}

/** "目标（万元）" / "Target (USD)" */
export function withUnitHeader(lang: Lang, header: string, unit: string): string {
  if (!unit) return header;
  return lang === 'zh-CN' ? `${header}（${unit}）` : `${header} (${unit})`;
}

/** A table from the plan, or none when the plan lacks its data; a wide one may come as several. */
export type TableBuilder = (ctx: TableContext) => Table | Table[] | undefined;
