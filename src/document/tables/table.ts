// Building GFM tables for the document tree: headers, alignment, a bold totals row, columns
// of figures formatted with one number of decimals, and empty columns left out.
import type { PhrasingContent, Table, TableCell, TableRow } from 'mdast';
import type { Lang } from '../../i18n/lang.js';
import { pick } from '../../i18n/localized.js';
import type { ReviewFigures } from '../../plan/attainment.js';
import type { DerivedPlan } from '../../plan/derive.js';
import type { Plan } from '../../plan/schema.js';
import type { Formatter } from '../formatter.js';

export { figureColumn, percentColumn, signedColumn, signedPercentColumn } from '../../i18n/format.js';

export interface TableContext {
  plan: Plan;
  derived: DerivedPlan;
  lang: Lang;
  f: Formatter;
  /** Requirement keys missing in a --draft plan: their rows show placeholders. */
  missing: ReadonlySet<string>;
  /** In a review: the period's actuals against the plan. */
  review?: ReviewFigures;
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
  const cellsOf = (r: readonly Cell[], empty: string) => kept.map(({ i }) => r[i] ?? empty);
  return {
    type: 'table',
    align: kept.map(({ column }) => (column.numeric ? 'right' : 'left')),
    // Body cells without a value show a dash; the totals row leaves them blank.
    children: [row(kept.map(({ column }) => column.header)), ...rows.map((r) => row(cellsOf(r, '—'))), ...(total ? [row(cellsOf(total, ''), true)] : [])],
  };
}

/** "目标（万元）" / "Target (USD)" */
export function withUnitHeader(lang: Lang, header: string, unit: string): string {
  if (!unit) return header;
  return pick(lang, { 'zh-CN': `${header}（${unit}）`, en: `${header} (${unit})` });
}

/** A table from the plan, or none when the plan lacks its data; a wide one may come as several. */
export type TableBuilder = (ctx: TableContext) => Table | Table[] | undefined;
