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

/** Cuts a long line to a window around `column`, so one huge line cannot flood the terminal. */
function windowed(line: string, column: number): { text: string; column: number } {
  if (line.length <= MAX_LINE) return { text: line, column };
  const start = Math.max(0, Math.min(column - 40, line.length - MAX_LINE));
  const prefix = start > 0 ? '…' : '';
  const end = start + MAX_LINE;
  return { text: `${prefix}${line.slice(start, end)}${end < line.length ? '…' : ''}`, column: column - start + prefix.length };
}

export function codeFrame(source: string, span: Span, contextLines = 2): string {
  const lines = source.split(/\r?\n/, span.line + 2).map((l, i) => (i === span.line - 1 ? l : windowed(l, 1).text));
  const target0 = lines[span.line - 1];
  if (target0 !== undefined && target0.length > MAX_LINE) {
    const w = windowed(target0, span.column);
    lines[span.line - 1] = w.text;
    span = { line: span.line, column: w.column, endLine: span.endLine, endColumn: span.endColumn === undefined ? undefined : Math.min(w.column + 40, span.endColumn - span.column + w.column) };
  }
  const target = span.line - 1;
  if (target < 0 || target >= lines.length) return '';
  const first = Math.max(0, target - contextLines);
  const last = Math.min(lines.length - 1, target + 1);
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
