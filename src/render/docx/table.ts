// Markdown tables as Word tables: a header row that repeats on every page, rows that do not
// split across pages, figures right-aligned, totals bold, and column widths fitted to the text.
import {
  AlignmentType, BorderStyle, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType,
} from 'docx';
import type { Table as MdTable, TableCell as MdCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { displayWidth } from '../../i18n/width.js';
import { inlineRuns } from './inline.js';
import type { DocxLook } from './look.js';
import type { StyleIds } from './styles.js';

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '808080' } as const;
const CELL_MARGIN = 80; // twips on each side

/** Width in ems: a Chinese character is one, a Latin letter or digit about half. */
function ems(text: string): number {
  return displayWidth(text) / 2 + 0.3;
}

/** The longest run that cannot wrap: a number, a Latin word, or two Chinese characters. */
function unbreakable(text: string): number {
  const words = text.split(/[\s，。；、,;/]+|(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])/u);
  return words.reduce((m, w) => Math.max(m, ems(w)), 2);
}

/** Fits columns to their content within the text width, never below their longest unbreakable word. */
export function columnWidths(cells: string[][], textWidth: number, emTwips: number): number[] {
  const columns = cells[0]?.length ?? 0;
  const natural = Array.from({ length: columns }, (_, c) => cells.reduce((m, row) => Math.max(m, Math.min(ems(row[c] ?? ''), 40)), -Infinity) + 1);
  // A cell up to seven ems (a name, a figure, a short label) keeps to one line; longer text wraps,
  // but never inside a number or a Latin word.
  const minimum = Array.from({ length: columns }, (_, c) => Math.min(natural[c]!, Math.max(8, Math.min(cells.reduce((m, row) => Math.max(m, unbreakable(row[c] ?? '')), -Infinity), 12) + 1)));
  const available = textWidth / emTwips;
  const total = natural.reduce((a, b) => a + b, 0);
  let widths: number[];
  const min = minimum.reduce((a, b) => a + b, 0);
  if (total <= available * 0.55) {
    // A narrow table (a few short columns) keeps a comfortable width instead of spanning the page.
    widths = natural.map((n) => n * Math.min(1.5, (available * 0.7) / total));
  } else if (total <= available) {
    widths = natural.map((n) => (n / total) * available);
  } else if (min >= available) {
    // Too many columns for the page even at their minimum: shrink them all alike.
    widths = minimum.map((m) => (m / min) * available);
  } else {
    const spare = Math.max(0, available - min);
    const wants = natural.map((n, i) => Math.max(0, n - minimum[i]!));
    const wantTotal = wants.reduce((a, b) => a + b, 0) || 1;
    widths = minimum.map((m, i) => m + (wants[i]! / wantTotal) * spare);
  }
  const twipsWidths = widths.map((w) => Math.floor(w * emTwips));
  if (total <= available * 0.55) return twipsWidths;
  // Rounding leftovers go to the widest column so the table spans the text width exactly.
  const leftover = textWidth - twipsWidths.reduce((a, b) => a + b, 0);
  const widest = twipsWidths.indexOf(twipsWidths.reduce((m, w) => Math.max(m, w), -Infinity));
  twipsWidths[widest]! += leftover;
  return twipsWidths;
}

function cellParagraph(cell: MdCell, align: string | null | undefined, ids: StyleIds, bold: boolean): Paragraph {
  return new Paragraph({
    style: ids.tableText,
    // Left is the TableText style's own alignment: written only when a column differs.
    ...(align === 'right' ? { alignment: AlignmentType.RIGHT } : align === 'center' ? { alignment: AlignmentType.CENTER } : {}),
    children: inlineRuns(bold ? [{ type: 'strong', children: cell.children }] : cell.children),
  });
}

export function wordTable(table: MdTable, look: DocxLook, ids: StyleIds, textWidth: number): Table {
  const text = table.children.map((row) => row.children.map((cell) => toString(cell)));
  const tableFontPt = Math.max(9, look.fontSize - 1.5);
  const widths = columnWidths(text, textWidth - CELL_MARGIN * 2 * (text[0]?.length ?? 1), tableFontPt * 20).map((w) => w + CELL_MARGIN * 2);
  const align = table.align ?? [];
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
              children: [cellParagraph(cell, r === 0 ? (align[c] === 'right' ? 'right' : 'center') : align[c], ids, r === 0)],
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
