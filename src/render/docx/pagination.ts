// Works out the page each heading starts on, so the table of contents is written with its entries
// and page numbers and reads correctly when LibreOffice or WPS first open the file (they show a
// table of contents as it was written; Word does too until it is updated). docx's own layout
// engine does this but takes over a second; this is a fast model of the same page flow, built from
// the facts the writer uses: exact line heights (look.ts, metrics), the column widths of each table
// (table-layout.ts), which paragraphs keep with the next (keep.ts), rows that do not split, short
// tables kept on one page, repeating header rows, each chart's drawn height and caption
// (charts/docx.ts), spacing before dropped at a page top, and widow/orphan control (two lines at
// least on either side of a break), all as LibreOffice lays them out (measured on its PDFs:
// scripts/check-docx-layout.sh). What remains approximate is where lines wrap.
import type { List, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { autoSpace, measureWidth, type FontToMeasure } from './measure.js';
import { headingLevel, metrics, type DocxLook, type Metrics } from './look.js';
import { closingOf, isRunInLabel, leadsIn } from './keep.js';
import { keptWhole } from './table.js';
import { CELL_MARGIN, tableLayout } from './table-layout.js';
import { docxChartBox } from '../../charts/docx.js';

/** A4 less top and bottom margins, in points. */
export const PAGE_HEIGHT = 841.89 - 72 - 72;
/** A4 less left and right margins, in points. */
export const TEXT_WIDTH = 595.28 - 72 - 72;
/** The empty paragraph after each table (blocks.ts). */
export const SPACER = 6;
/**
 * The paragraph after a table that ends the body (the approval block) is there only because a
 * document may not end with a table: 1 pt, so a table that ends at a page foot does not push it
 * onto a page of its own.
 */
export const END_SPACER = 1;
/** Points short of the bottom a group kept with a table must end (see estimateHeadingPages). */
const KEEP_TOLERANCE = 1.5;
/** Left indent of a list item's text per nesting level, in points (blocks.ts, numbering). */
export const LIST_INDENT = 21;

/** Punctuation that may hang past the right margin rather than start a line (w:overflowPunct, on by default). */
const HANGS = /^[，。、；：？！）》」』”’,.;:?!)]$/u;
/** A Latin letter, digit or sign that a hanging mark after it cannot be split from. */
const LATIN_END = /[A-Za-z0-9%£$€.,)'’]/u;

/**
 * How many lines text takes in a width, breaking anywhere in Chinese and between Latin words, with
 * the space readers add between Chinese and Latin runs, and closing punctuation hanging at a line's end.
 */
export function lineCount(text: string, width: number, font: FontToMeasure, firstIndent = 0): number {
  if (!text) return 1;
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = lines === 0 ? firstIndent : 0;
    let count = 1;
    let last: string | undefined;
    for (const token of paragraph.match(/[A-Za-z0-9.,%+\-/:()'’£$€]+|\s+|./gu) ?? []) {
      // Measured after the character before it: the space between Chinese and Latin, a dash's width.
      const w = measureWidth(token, font, last);
      // Only after Chinese: after a number or a Latin word ("106.2%。") the mark is part of one
      // unbreakable run that LibreOffice moves to the next line whole.
      if (used + w > width && used > 0 && !(HANGS.test(token) && !LATIN_END.test(last ?? ''))) {
        count++;
        used = /^\s+$/.test(token) ? 0 : measureWidth(token, font, last) - autoSpace(last, token[0]) * font.size;
      } else used += w;
      last = token[token.length - 1];
    }
    lines += count;
  }
  return Math.max(1, lines);
}

/** One block of the page flow: a paragraph's lines or a table's rows. */
interface Block {
  /** The node the block draws: a heading's page is recorded, any block's position traced. */
  node?: RootContent;
  /** Space before; two blocks are as far apart as the larger of the first's after and this (ISO/IEC 29500-1 §17.3.1.33, as Word and LibreOffice do); none at the top of a page. */
  before: number;
  /** Heights of the pieces a page break may fall between: lines or rows. */
  pieces: number[];
  after: number;
  keepNext: boolean;
  /** All pieces on one page (a heading, a short table). */
  together: boolean;
  /** Widow and orphan control: a break leaves two lines at least on either side. */
  widows: boolean;
  /** A table's header row, repeated at the top of each page it continues on. */
  repeat?: number;
}

const total = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** The height that must fit on the page where a block starts. */
function firstUnit(b: Block): number {
  if (b.together) return total(b.pieces);
  if (b.repeat !== undefined) return total(b.pieces.slice(0, 2));
  if (b.widows) return b.pieces.length <= 3 ? total(b.pieces) : total(b.pieces.slice(0, 2));
  return b.pieces[0] ?? 0;
}

function blocksOf(body: readonly RootContent[], look: DocxLook, m: Metrics, topDepth: number): Block[] {
  const out: Block[] = [];
  const closing = closingOf(body);
  const bodyFont = (bold = false): FontToMeasure => ({ name: look.latinFont, size: look.fontSize, bold });
  const paragraph = (text: string, width: number, indent: number, keepNext: boolean, bold = false, node?: RootContent): Block => ({
    ...(node ? { node } : {}),
    before: 0,
    pieces: Array<number>(lineCount(text, width, bodyFont(bold), indent)).fill(m.body),
    after: m.bodyAfter,
    keepNext,
    together: false,
    widows: true,
  });
  const table = (node: Table): Block => {
    const text = node.children.map((row) => row.children.map((cell) => toString(cell)));
    const layout = tableLayout(text, look, Math.round(TEXT_WIDTH * 20));
    const room = layout.widths.map((w) => (w - CELL_MARGIN * 2) / 20);
    const rowHeight = (row: readonly string[], bold: boolean) =>
      row.reduce((most, cell, c) => Math.max(most, lineCount(cell, room[c] ?? 40, layout.font(bold))), 1) * m.table.line + m.table.padding * 2 + 0.5;
    const header = layout.header.reduce((most, lines) => Math.max(most, lines.length), 1) * m.table.line + m.table.padding * 2 + 0.5;
    const headerRow = layout.header.map((lines) => lines.join('\n'));
    const pieces = [Math.max(header, rowHeight(headerRow, true)), ...text.slice(1).map((row) => rowHeight(row, false))];
    const kept = keptWhole(node);
    return { node, before: 0, pieces, after: 0, keepNext: false, together: kept, widows: false, repeat: pieces[0] };
  };
  const list = (node: List, level: number) => {
    for (const item of node.children) {
      for (const child of item.children) {
        if (child.type === 'paragraph') out.push(paragraph(toString(child), TEXT_WIDTH - LIST_INDENT * (level + 1), 0, false, false, child));
        else if (child.type === 'list') list(child, level + 1);
        else visit(child as RootContent, undefined);
      }
    }
  };
  const visit = (node: RootContent, next: RootContent | undefined): void => {
    switch (node.type) {
      case 'heading': {
        const h = m.heading[headingLevel(node.depth, topDepth) - 1]!;
        const count = lineCount(toString(node), TEXT_WIDTH, { name: look.latinHeadingFont, size: h.size, bold: true });
        out.push({ node, before: h.before, pieces: Array<number>(count).fill(h.line), after: h.after, keepNext: true, together: true, widows: false });
        return;
      }
      case 'paragraph': {
        const label = isRunInLabel(node, next);
        const indent = look.indentFirstLine ? look.fontSize * 2 : 0;
        const block = paragraph(toString(node), TEXT_WIDTH, indent, leadsIn(node, next) || node === closing.before, label, node);
        out.push(node === closing.whole ? { ...block, together: true } : block);
        return;
      }
      case 'list':
        list(node, 0);
        // The last item of the list before the closing paragraph keeps with it.
        if (node === closing.before && out.length) out[out.length - 1]!.keepNext = true;
        return;
      case 'table':
        // The empty paragraph after a table is a line of its own, not spacing that collapses into the next.
        out.push(table(node), { before: 0, pieces: [node === body.at(-1) ? END_SPACER : SPACER], after: 0, keepNext: false, together: true, widows: false });
        return;
      case 'blockquote':
        for (const child of node.children) {
          if (child.type === 'paragraph') out.push(paragraph(toString(child), TEXT_WIDTH - LIST_INDENT, 0, false));
          else visit(child as RootContent, undefined);
        }
        return;
      case 'code':
      case 'html':
        out.push(paragraph(node.value, TEXT_WIDTH, 0, false));
        return;
      case 'thematicBreak':
        out.push({ before: 0, pieces: [m.body], after: m.bodyAfter, keepNext: false, together: true, widows: false });
        return;
      case 'chart': {
        // A chart and its caption: one block that cannot break (the caption keeps with the chart).
        const box = docxChartBox(node.chart, TEXT_WIDTH * 20, { latinFont: look.latinFont, bodyFont: look.bodyFont, fontSize: look.fontSize });
        out.push({ node, before: box.before, pieces: [box.height], after: box.after, keepNext: false, together: true, widows: false });
        return;
      }
      default:
    }
  };
  body.forEach((node, i) => visit(node, body[i + 1]));
  // A heading keeps with two lines at least: a one-line paragraph or list item right after it
  // keeps with what follows, so a page never ends with a heading and a single line.
  out.forEach((b, i) => {
    const n = out[i + 1];
    if (b.node?.type === 'heading' && n?.node && n.node.type === 'paragraph' && n.widows && n.pieces.length === 1 && i + 2 < out.length) n.keepNext = true;
  });
  // A short table is kept on one page only when it fits there with the headings and lead-in that
  // keep with it: otherwise no reader can honour both, and LibreOffice moves the whole group on
  // and then the table alone, stranding the lead-in. Such a table splits between rows instead.
  out.forEach((b, i) => {
    if (b.node?.type !== 'table' || !b.together) return;
    let chain = total(b.pieces);
    for (let j = i - 1; j >= 0 && out[j]!.keepNext; j--) chain += total(out[j]!.pieces) + Math.max(out[j]!.after, out[j + 1]!.before);
    if (chain > PAGE_HEIGHT) b.together = false;
  });
  return out;
}

/** Tables of up to KEEP_ROWS rows that the estimate lets split (see blocksOf): the writer keeps only their header with the first row. */
export function splitTables(blocks: readonly Block[]): Set<RootContent> {
  return new Set(blocks.flatMap((b) => (b.node?.type === 'table' && !b.together && keptWhole(b.node) ? [b.node] : [])));
}

/**
 * The heading at `i` keeps with a paragraph that itself keeps with a table: LibreOffice moves the
 * paragraph on with the table but not the heading before it.
 */
function keptToTable(blocks: readonly Block[], i: number): boolean {
  let j = i + 1;
  while (blocks[j]?.node?.type === 'heading' && blocks[j]!.keepNext) j++;
  if (blocks[j]?.node?.type !== 'paragraph' || !blocks[j]!.keepNext) return false;
  while (blocks[j]?.keepNext && blocks[j]!.node?.type === 'paragraph') j++;
  return blocks[j]?.node?.type === 'table';
}

/** Where a block lands: its page and how far down the text area its first line starts, in points. */
export type HeadingTrace = (node: RootContent, page: number, y: number) => void;

export interface PageEstimate {
  /** The page each heading (and each other block drawn from a node) starts on. */
  headings: Map<RootContent, number>;
  /** The page the body ends on. */
  last: number;
  /** Paragraphs that keep with the next beyond keep.ts's rules: a single line after a heading. */
  keepNext: Set<RootContent>;
  /**
   * Headings written with a page break before them: those that fit at a page bottom but not one
   * line of what they keep with does, and those followed by a lead-in that keeps with a table.
   * Readers differ there (LibreOffice leaves the heading alone at the bottom, and moves only the
   * lead-in on with its table), so the break is made explicit where the estimate puts it.
   */
  breakBefore: Set<RootContent>;
  /** Short tables written to split between rows: kept whole they would not fit with what keeps with them. */
  split: Set<RootContent>;
}

/** The body page (from `firstPage`) each heading lands on, and the page the body ends on. */
export function estimateHeadingPages(body: readonly RootContent[], look: DocxLook, firstPage: number, topDepth: number, trace?: HeadingTrace): PageEstimate {
  const m = metrics(look);
  const blocks = blocksOf(body, look, m, topDepth);
  const pages = new Map<RootContent, number>();
  const breakBefore = new Set<RootContent>();
  const keepNext = new Set<RootContent>();
  for (const b of blocks) if (b.keepNext && b.node?.type === 'paragraph') keepNext.add(b.node);
  let page = firstPage;
  let y = 0;
  /** Space after the last block, not yet laid: two paragraphs are as far apart as the larger of after and before. */
  let pending = 0;
  const newPage = () => {
    page++;
    y = 0;
  };
  // The space between this block and the last, none at the top of a page.
  const gap = (before: number) => (y > 0 ? Math.max(pending, before) : 0);

  blocks.forEach((b, i) => {
    // A block that keeps with the next starts where the next one's first lines fit too.
    let needed = firstUnit(b);
    let bordered = false;
    if (b.keepNext) {
      needed = total(b.pieces);
      let after = b.after;
      for (let j = i + 1; j < blocks.length; j++) {
        const n = blocks[j]!;
        needed += Math.max(after, n.before);
        if (!n.keepNext) {
          needed += firstUnit(n);
          bordered = n.repeat !== undefined;
          break;
        }
        needed += total(n.pieces);
        after = n.after;
      }
    }
    // A block kept with a table moves on when the group ends within a hair of the bottom: readers
    // round the table's borders and row positions and would not keep it there. Lines of text have
    // exact heights and fill the page to its last point.
    const room = b.keepNext && bordered ? PAGE_HEIGHT - KEEP_TOLERANCE : PAGE_HEIGHT;
    const keptOn = y > 0 && y + gap(b.before) + needed > room && needed <= PAGE_HEIGHT;
    let forced = false;
    if (keptOn) {
      const next = blocks[i + 1];
      // The heading and its space after fit, the first line after it does not (see breakBefore).
      const below = y + gap(b.before) + total(b.pieces) + Math.max(b.after, next?.before ?? 0);
      forced = b.node?.type === 'heading' && ((below <= PAGE_HEIGHT && below + (next?.pieces[0] ?? 0) > PAGE_HEIGHT) || keptToTable(blocks, i));
      if (forced) breakBefore.add(b.node!);
      newPage();
    }
    // After a written page break the space before stays at the top of the page (only a page
    // that breaks by itself drops it), as LibreOffice and Word lay it out.
    y += forced ? b.before : gap(b.before);
    pending = b.after;
    if (b.node) pages.set(b.node, page);

    if (b.together && y > 0 && y + total(b.pieces) > PAGE_HEIGHT) {
      newPage();
      if (b.node) pages.set(b.node, page);
    }
    if (b.node) trace?.(b.node, page, y);
    if (b.together) {
      y += total(b.pieces);
    } else if (b.repeat !== undefined) {
      b.pieces.forEach((h, r) => {
        if (y + h > PAGE_HEIGHT && y > 0) {
          newPage();
          if (r > 0) y = b.repeat!;
        }
        y += h;
      });
    } else {
      let left = b.pieces.length;
      const h = b.pieces[0] ?? 0;
      while (left > 0) {
        const fit = Math.floor((PAGE_HEIGHT - y + 0.01) / h);
        if (fit >= left) {
          y += left * h;
          left = 0;
        } else {
          // Two lines at least before and after the break; otherwise the paragraph moves on.
          const here = b.widows ? (fit >= 2 && left >= 4 ? Math.min(fit, left - 2) : 0) : fit;
          if (here === 0 && y === 0) {
            y += Math.min(left, Math.max(1, fit)) * h;
            left -= Math.min(left, Math.max(1, fit));
            continue;
          }
          left -= here;
          newPage();
        }
      }
    }
  });
  return { headings: pages, last: page, keepNext, breakBefore, split: splitTables(blocks) };
}
