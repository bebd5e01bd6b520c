// Column widths from the measured text of each column, shared by the table writer (table.ts) and
// the page estimate (pagination.ts), so the contents' page numbers count the rows as drawn.
// Short entries (an owner, a likelihood, a date, a figure) keep to one line; long text columns
// share what is left in proportion to how much text they hold, never below their longest word.
import { measureWidth, type FontToMeasure } from './measure.js';
import { metrics, type DocxLook } from './look.js';

/** Cell padding on each side, in twips (w:tblCellMar). */
export const CELL_MARGIN = 80;

export interface TableLayout {
  /** Column widths in twips, padding included. */
  widths: number[];
  /** The header row's lines per column: a unit in brackets goes on a line of its own when needed. */
  header: string[][];
  /** Table font for measuring lines. */
  font: (bold: boolean) => FontToMeasure;
}

/** A header ending in a bracketed unit: "累计目标（万元）", "Target (10k CNY)". */
const UNIT = /^(.*?\S)\s*([（(][^（）()]{1,16}[）)])$/u;
/** Entries up to this many ems never wrap. */
const SHORT_EMS = 8;
/** The share of the width long text columns get beyond their longest word before short entries may wrap. */
const TIGHT = 0.2;
/** Chinese text may wrap between any two characters, but a column narrower than this reads badly. */
const CJK_RUN_EMS = 4;

/** Measured widths run a little short of a renderer's (kerning, rounding); this keeps "fits" true. */
const slack = (pt: number, size: number): number => pt * 1.03 + size * 0.3;

function tokens(text: string): string[] {
  return text.match(/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+/gu) ?? [];
}

/** The widest piece of text that cannot wrap: a Latin word or number, or a few Chinese characters. */
function longestPiece(text: string, font: FontToMeasure): number {
  let widest = 0;
  for (const token of tokens(text)) {
    const w = /^[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/u.test(token)
      ? Math.min(measureWidth(token, font), CJK_RUN_EMS * font.size)
      : measureWidth(token, font);
    widest = Math.max(widest, w);
  }
  return widest;
}

const lineWidth = (text: string, font: FontToMeasure): number => Math.max(0, ...text.split('\n').map((line) => measureWidth(line, font)));

/** Widths in points (text area of each cell) that sum to `available`, each between min and need. */
function share(min: number[], need: number[], weight: number[], available: number): number[] {
  const widths = [...min];
  let spare = available - min.reduce((a, b) => a + b, 0);
  const open = new Set(need.map((_, i) => i).filter((i) => need[i]! > min[i]!));
  while (spare > 0.01 && open.size) {
    const total = [...open].reduce((sum, i) => sum + weight[i]!, 0) || open.size;
    let given = 0;
    for (const i of [...open]) {
      const add = (spare * (weight[i]! || 1)) / total;
      const room = need[i]! - widths[i]!;
      if (add >= room) {
        widths[i] = need[i]!;
        given += room;
        open.delete(i);
      } else {
        widths[i]! += add;
        given += add;
      }
    }
    spare -= given;
    if (given < 0.01) break;
  }
  return widths;
}

export function tableLayout(cells: readonly string[][], look: DocxLook, textWidth: number): TableLayout {
  const size = metrics(look).table.size;
  const font = (bold: boolean): FontToMeasure => ({ name: look.latinFont, size, bold });
  const columns = cells[0]?.length ?? 0;
  const headerCells = cells[0] ?? [];
  const body = cells.slice(1);
  const padding = (CELL_MARGIN * 2) / 20;
  const available = textWidth / 20 - padding * columns;

  const min: number[] = [];
  /** The longest word of each column: what it may shrink to when the page is too narrow for short entries whole. */
  const words: number[] = [];
  const need: number[] = [];
  const needSplit: number[] = [];
  const weight: number[] = [];
  const split: Array<[string, string] | undefined> = [];
  for (let c = 0; c < columns; c++) {
    const head = headerCells[c] ?? '';
    const unit = UNIT.exec(head);
    split.push(unit ? [unit[1]!, unit[2]!] : undefined);
    const headFull = slack(lineWidth(head, font(true)), size);
    const headSplit = unit ? slack(Math.max(measureWidth(unit[1]!, font(true)), measureWidth(unit[2]!, font(true))), size) : headFull;
    const headMin = headSplit <= SHORT_EMS * size ? headSplit : slack(longestPiece(head, font(true)), size);
    let natural = 0;
    let floor = headMin;
    let word = slack(longestPiece(head, font(true)), size);
    let amount = 0;
    for (const row of body) {
      const text = row[c] ?? '';
      const w = slack(lineWidth(text, font(false)), size);
      natural = Math.max(natural, w);
      const piece = slack(longestPiece(text, font(false)), size);
      floor = Math.max(floor, w <= SHORT_EMS * size ? w : piece);
      word = Math.max(word, piece);
      amount += measureWidth(text, font(false));
    }
    need.push(Math.max(headFull, natural, floor));
    needSplit.push(Math.max(headSplit, natural, floor));
    min.push(floor);
    words.push(word);
    weight.push(amount);
  }

  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  let widths: number[];
  let narrow = false;
  if (sum(need) <= available * 0.55) {
    // A few short columns keep a comfortable width instead of spanning the page.
    narrow = true;
    widths = need.map((n) => n * Math.min(1.5, (available * 0.7) / sum(need)));
  } else if (sum(need) <= available) {
    widths = need.map((n) => n + ((available - sum(need)) * n) / sum(need));
  } else if (sum(min) > available) {
    // Too many columns for the page even at their shortest: shrink them all alike.
    widths = min.map((m) => (m * available) / sum(min));
  } else {
    // Short entries keep to one line while the long text keeps a fair share (TIGHT) of the page;
    // on a page too narrow for both, a name may take two lines in a row the long text makes tall anyway.
    if (available - sum(min) < available * TIGHT) {
      for (let c = 0; c < columns; c++) min[c] = Math.min(min[c]!, words[c]!);
    }
    // Headers with a unit take two lines before any body text wraps.
    const fitted = sum(needSplit) <= available ? needSplit : need;
    widths = share(min, fitted, weight, available);
    if (fitted === needSplit) widths = widths.map((w) => w + (available - sum(widths)) / columns);
  }

  const twipsWidths = widths.map((w) => Math.floor(w * 20) + CELL_MARGIN * 2);
  if (!narrow) {
    // Rounding leftovers go to the widest column so the table spans the text width exactly.
    const widest = twipsWidths.indexOf(twipsWidths.reduce((a, b) => Math.max(a, b), -Infinity));
    twipsWidths[widest]! += textWidth - sum(twipsWidths);
  }
  const header = headerCells.map((head, c) => {
    const parts = split[c];
    const room = twipsWidths[c]! / 20 - padding;
    return parts && slack(measureWidth(head, font(true)), size) > room ? parts : [head];
  });
  return { widths: twipsWidths, header, font };
}
