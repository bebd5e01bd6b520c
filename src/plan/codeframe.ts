// A few lines of source around a position with a caret under the offending text. Carets are
// placed by display width, so they line up under Chinese text in a terminal.
import stringWidth from 'string-width';

export interface Span {
  line: number; // 1-based
  column: number; // 1-based, in UTF-16 code units of the line
  endLine?: number;
  endColumn?: number;
}

export function codeFrame(source: string, span: Span, contextLines = 2): string {
  const lines = source.split(/\r?\n/);
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
      const pad = ' '.repeat(stringWidth(before));
      const carets = '^'.repeat(Math.max(1, stringWidth(underlined)));
      out.push(`  ${' '.repeat(gutterWidth)} | ${pad}${carets}`);
    }
  }
  return out.join('\n');
}
