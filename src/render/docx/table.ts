// Markdown tables as Word tables: a header row that repeats on every page, rows that do not
// split across pages, figures right-aligned, totals bold, and column widths fitted to the text
// (table-layout.ts). A table of up to KEEP_ROWS rows stays on one page, unless it would not fit
// there with the headings and lead-in that keep with it (pagination.ts: then it splits between rows).
import {
  AlignmentType, BorderStyle, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType,
} from 'docx';
import type { Table as MdTable, TableCell as MdCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { inlineRuns } from './inline.js';
import type { DocxLook } from './look.js';
import type { StyleIds } from './styles.js';
import { CELL_MARGIN, tableLayout } from './table-layout.js';

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '808080' } as const;

/** Tables of up to this many rows (header included) are kept on one page. */
const KEEP_ROWS = 11;

/** A short table is kept on one page: each row but the last keeps with the next. */
export const keptWhole = (table: MdTable): boolean => table.children.length <= KEEP_ROWS;

function cellParagraph(children: MdCell['children'], align: string | null | undefined, ids: StyleIds, bold: boolean, keepNext: boolean): Paragraph {
  return new Paragraph({
    style: ids.tableText,
    // Left is the TableText style's own alignment: written only when a column differs.
    ...(align === 'right' ? { alignment: AlignmentType.RIGHT } : align === 'center' ? { alignment: AlignmentType.CENTER } : {}),
    // Word and LibreOffice keep a table on one page when each of its rows keeps with the next.
    ...(keepNext ? { keepNext: true } : {}),
    children: inlineRuns(bold ? [{ type: 'strong', children }] : children),
  });
}

/** A header cell on the lines the layout gave it: a unit in brackets on its own line. */
function headerChildren(cell: MdCell, lines: readonly string[]): MdCell['children'] {
  if (lines.length < 2) return cell.children;
  return lines.flatMap((value, i) => (i ? [{ type: 'break' as const }, { type: 'text' as const, value }] : [{ type: 'text' as const, value }]));
}

export function wordTable(table: MdTable, look: DocxLook, ids: StyleIds, textWidth: number, split = false): Table {
  const text = table.children.map((row) => row.children.map((cell) => toString(cell)));
  const layout = tableLayout(text, look, textWidth);
  const widths = layout.widths;
  const align = table.align ?? [];
  const keep = keptWhole(table) && !split;
  // The header always keeps with the first row; a short table keeps every row with the next.
  const keepRow = (r: number) => r === 0 || (keep && r < table.children.length - 1);
  const rows = table.children.map(
    (row, r) =>
      new TableRow({
        // Only the header row repeats on each page; body rows need no "off" written for them.
        ...(r === 0 ? { tableHeader: true } : {}),
        cantSplit: true,
        children: row.children.map(
          (cell, c) =>
            new TableCell({
              width: { size: widths[c] ?? 0, type: WidthType.DXA },
              verticalAlign: VerticalAlign.CENTER,
              ...(r === 0 ? { shading: { type: ShadingType.CLEAR, fill: 'E7ECF3', color: 'auto' } } : {}),
              children: [
                r === 0
                  ? cellParagraph(headerChildren(cell, layout.header[c] ?? []), align[c] === 'right' ? 'right' : 'center', ids, true, keepRow(r))
                  : cellParagraph(cell.children, align[c], ids, false, keepRow(r)),
              ],
            }),
        ),
      }),
  );
  return new Table({
    rows,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    // Cell padding once for the table (w:tblCellMar) rather than on each of its cells.
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 40, bottom: 40 },
    alignment: AlignmentType.CENTER,
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
  });
}
