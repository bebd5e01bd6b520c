// A few lines of source around a position with a caret under the offending text. Carets are
// placed by display width, so they line up under Chinese text in a terminal.
import { displayWidth } from '../i18n/width.js';

export interface Span {
  line: number; // 1-based
  column: number; // 1-based, in UTF-16 code units of the line
  endLine?: number;
  endColumn?: number;
}

const MAX_LINE = 120;

/**
 * Where each line of the last source starts, computed once: a file with thousands of problems
 * gets a frame for each, and splitting the whole source for every one was quadratic.
 */
let indexed: { source: string; starts: number[] } | undefined;

function lineStarts(source: string): number[] {
  if (indexed?.source === source) return indexed.starts;
  const starts = [0];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  indexed = { source, starts };
  return starts;
}

/** Lines `from`..`to` (1-based, inclusive) of a source, without their line ends. */
export function sourceLines(source: string, from: number, to: number): string[] {
  const starts = lineStarts(source);
  const out: string[] = [];
  for (let n = Math.max(1, from); n <= Math.min(to, starts.length); n++) {
    const end = n < starts.length ? starts[n]! - 1 : source.length;
    out.push(source.slice(starts[n - 1]!, end).replace(/\r$/, ''));
  }
  return out;
}

/** Cuts a long line to a window around `column`, so one huge line cannot flood the terminal. */
function windowed(line: string, column: number): { text: string; column: number } {
  if (line.length <= MAX_LINE) return { text: line, column };
  const start = Math.max(0, Math.min(column - 40, line.length - MAX_LINE));
  const prefix = start > 0 ? '…' : '';
  const end = start + MAX_LINE;
  return { text: `${prefix}${line.slice(start, end)}${end < line.length ? '…' : ''}`, column: column - start + prefix.length };
}

export function codeFrame(source: string, span: Span, contextLines = 2): string {
  // Only the lines shown are taken from the source; the ones before them are empty placeholders.
  const first0 = Math.max(0, span.line - 1 - contextLines);
  const lines: Record<number, string> = {};
  const shown = sourceLines(source, first0 + 1, span.line + 1);
  for (const [i, l] of shown.entries()) lines[first0 + i] = first0 + i === span.line - 1 ? l : windowed(l, 1).text;
  const lineCount = first0 + shown.length;
  const target0 = lines[span.line - 1];
  if (target0 !== undefined && target0.length > MAX_LINE) {
    const w = windowed(target0, span.column);
    lines[span.line - 1] = w.text;
    span = { line: span.line, column: w.column, endLine: span.endLine, endColumn: span.endColumn === undefined ? undefined : Math.min(w.column + 40, span.endColumn - span.column + w.column) };
  }
  const target = span.line - 1;
  if (target < 0 || target >= lineCount) return '';
  const first = Math.max(0, target - contextLines);
  const last = Math.min(lineCount - 1, target + 1);
  const gutterWidth = String(last + 1).length;
  const out: string[] = [];
  for (let i = first; i <= last; i++) {
    const text = (lines[i] ?? '').replace(/\t/g, '  ');
    const marker = i === target ? '>' : ' ';
    out.push(`${marker} ${String(i + 1).padStart(gutterWidth)} | ${text}`);
    if (i === target) {
      const lineText = lines[i] ?? '';
      const startCol = Math.max(1, Math.min(span.column, lineText.length + 1));
      const endCol =
        span.endLine === span.line && span.endColumn !== undefined && span.endColumn > startCol
          ? Math.min(span.endColumn, lineText.length + 1)
          : lineText.length + 1 > startCol
            ? lineText.length + 1
            : startCol + 1;
      const before = lineText.slice(0, startCol - 1).replace(/\t/g, '  ');
      const underlined = lineText.slice(startCol - 1, endCol - 1).replace(/\t/g, '  ');
      const pad = ' '.repeat(displayWidth(before));
      const carets = '^'.repeat(Math.max(1, displayWidth(underlined)));
      out.push(`  ${' '.repeat(gutterWidth)} | ${pad}${carets}`);
    }
  }
  return out.join('\n');
}
