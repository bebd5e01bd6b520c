// How the table of contents sits on its pages: its entries at their usual line height, or a little
// tighter when a few entries would otherwise spill onto a page of their own.
import { metrics, type DocxLook } from './look.js';
import { PAGE_HEIGHT } from './pagination.js';
import { SECTION_END } from './parts.js';

export interface ContentsLayout {
  /** Pages the contents take, its heading included. */
  pages: number;
  /** Line height of an entry, in points. */
  line: number;
}

/** A last page with fewer entries than this is tightened away when the lines allow. */
const SPILL = 12;
/**
 * Entries are never tighter than this share of their usual height: at 12 pt text, 14.5 pt lines,
 * single spacing, so a contents of ten parts and thirty sections still fits one page.
 */
const TIGHTEST = 0.74;

/** Pages and entries on the last page, laying out entries of the given levels at a line height. */
function flow(levels: readonly number[], look: DocxLook, line: number): { pages: number; last: number } {
  const m = metrics(look);
  const h = m.toc.heading;
  let pages = 1;
  let y = h.before + h.line + h.after;
  let last = 0;
  for (const level of levels) {
    const height = line + (level === 1 ? m.toc.before : 0);
    if (y + height > PAGE_HEIGHT) {
      pages++;
      y = 0;
      last = 0;
    }
    y += height;
    last++;
  }
  // The paragraph that closes the section (it carries the section's properties, parts.ts makes
  // it a point high) follows the entries.
  if (y + SECTION_END > PAGE_HEIGHT) return { pages: pages + 1, last: 0 };
  return { pages, last };
}

export function tocLayout(levels: readonly number[], look: DocxLook): ContentsLayout {
  const usual = metrics(look).toc.line;
  const first = flow(levels, look, usual);
  if (first.pages === 1 || first.last >= SPILL) return { pages: first.pages, line: usual };
  for (let line = usual - 0.5; line >= usual * TIGHTEST; line -= 0.5) {
    const tighter = flow(levels, look, line);
    if (tighter.pages < first.pages) return { pages: tighter.pages, line };
  }
  return { pages: first.pages, line: usual };
}
