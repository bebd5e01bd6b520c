// Estimates the page each heading starts on, so the table of contents is written with its
// entries and page numbers and reads correctly when LibreOffice or WPS first open the file (they
// show a table of contents as it was written). docx's own layout engine does this but takes over a
// second; this is a fast line-count model. Lines have exact heights (look.ts, metrics), so the
// model and every reader agree on how tall each line is; what remains approximate is where lines
// wrap.
import type { RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { measureWidth, type FontToMeasure } from './measure.js';
import { metrics, type DocxLook } from './look.js';
import { columnWidths } from './table.js';
import { docxChartHeight } from '../../charts/docx.js';

const PAGE_HEIGHT = 841.89 - 72 - 72; // A4 less top and bottom margins, in points
const TEXT_WIDTH = 595.28 - 72 - 72;
/** The empty paragraph after each table (blocks.ts). */
export const SPACER = 6;

/** How many lines text takes in a width, breaking anywhere in Chinese and between Latin words. */
export function lineCount(text: string, width: number, font: FontToMeasure, firstIndent = 0): number {
  if (!text) return 1;
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = lines === 0 ? firstIndent : 0;
    let count = 1;
    for (const token of paragraph.match(/[A-Za-z0-9.,%+\-/:()]+|\s+|./gu) ?? []) {
      const w = measureWidth(token, font);
      if (used + w > width && used > 0) {
        count++;
        used = /^\s+$/.test(token) ? 0 : w;
      } else used += w;
    }
    lines += count;
  }
  return Math.max(1, lines);
}

export interface HeadingPlacement {
  /** Index of the heading among the body's nodes. */
  node: RootContent;
  page: number;
}

interface Cursor {
  page: number;
  y: number;
}

export function estimateHeadingPages(body: readonly RootContent[], look: DocxLook, firstBodyPage: number, topDepth: number): Map<RootContent, number> {
  const m = metrics(look);
  const bodyFont: FontToMeasure = { name: look.latinFont, size: look.fontSize, bold: false };
  const bodyLine = m.body;
  const paragraphAfter = m.bodyAfter;
  const tableSize = m.table.size;
  const tableLine = m.table.line;
  const at: Cursor = { page: firstBodyPage, y: 0 };
  const pages = new Map<RootContent, number>();

  const newPage = () => {
    at.page++;
    at.y = 0;
  };
  const place = (height: number) => {
    if (at.y + height > PAGE_HEIGHT && at.y > 0) newPage();
    at.y += height;
  };
  const lines = (count: number, height: number, after = 0) => {
    for (let i = 0; i < count; i++) place(height);
    at.y += after;
  };

  const headingHeight = (depth: number) => m.heading[Math.min(3, Math.max(1, depth - topDepth + 1)) - 1]!;

  const table = (node: Table) => {
    const text = node.children.map((row) => row.children.map((cell) => toString(cell)));
    const widths = columnWidths(text, TEXT_WIDTH * 20, tableSize * 20).map((w) => w / 20 - 8);
    const cellFont = (bold: boolean): FontToMeasure => ({ name: look.latinFont, size: tableSize, bold });
    const rowHeight = (row: string[], bold = false) => row.reduce((most, cell, c) => Math.max(most, lineCount(cell, widths[c] ?? 40, cellFont(bold))), -Infinity) * tableLine + m.table.padding * 2 + 0.5;
    const header = rowHeight(text[0] ?? [], true);
    place(header);
    for (const row of text.slice(1)) {
      const h = rowHeight(row);
      if (at.y + h > PAGE_HEIGHT) {
        newPage();
        at.y = header; // the header row repeats
      }
      at.y += h;
    }
    at.y += SPACER; // the spacer paragraph after a table
  };

  const block = (node: RootContent, next: RootContent | undefined): void => {
    switch (node.type) {
      case 'heading': {
        const h = headingHeight(node.depth);
        const headingLines = lineCount(toString(node), TEXT_WIDTH, { name: look.latinHeadingFont, size: h.size, bold: !(look.lang === 'zh-CN') });
        const needed = h.before + h.line * headingLines + h.after + bodyLine * 2; // kept with the next lines
        if (at.y + needed > PAGE_HEIGHT && at.y > 0) newPage();
        at.y += at.y === 0 ? 0 : h.before;
        pages.set(node, at.page);
        at.y += h.line * headingLines + h.after;
        return;
      }
      case 'paragraph': {
        const indent = look.indentFirstLine ? look.fontSize * 2 : 0;
        lines(lineCount(toString(node), TEXT_WIDTH, bodyFont, indent), bodyLine, paragraphAfter);
        return;
      }
      case 'list':
        for (const item of node.children) {
          for (const child of item.children) {
            if (child.type === 'paragraph') lines(lineCount(toString(child), TEXT_WIDTH - 21, bodyFont), bodyLine, paragraphAfter);
            else block(child as RootContent, undefined);
          }
        }
        return;
      case 'table':
        table(node);
        return;
      case 'blockquote':
      case 'code':
        lines(lineCount(toString(node), TEXT_WIDTH - 21, bodyFont), bodyLine, paragraphAfter);
        return;
      case 'thematicBreak':
        place(bodyLine);
        return;
      case 'chart':
        place(docxChartHeight(node.chart, TEXT_WIDTH * 20));
        return;
      default:
        void next;
    }
  };

  body.forEach((node, i) => block(node, body[i + 1]));
  return pages;
}

/** Pages the table of contents takes, counting its heading. */
export function tocPages(levels: readonly number[], look: DocxLook): number {
  const m = metrics(look);
  const height = 50 + levels.reduce((sum, level) => sum + m.toc.line + (level === 1 ? m.toc.before : 0), 0);
  return Math.max(1, Math.ceil(height / PAGE_HEIGHT));
}
