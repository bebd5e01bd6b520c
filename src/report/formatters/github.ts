// GitHub Actions workflow commands: each problem becomes an annotation on the file and line.
import type { FileReport } from '../diagnostic.js';

// Workflow command values escape %, CR and LF; properties also , and :.
const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const prop = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    for (const d of report.diagnostics) {
      const place = d.line ? `,line=${d.line},col=${d.column ?? 1}${d.endLine && d.endLine !== d.line ? `,endLine=${d.endLine}` : ''}${d.endColumn ? `,endColumn=${d.endColumn}` : ''}` : '';
      const title = report.readable === false ? 'salesplan (unreadable)' : `salesplan (${d.code})`;
      lines.push(`::${d.severity === 'error' ? 'error' : 'warning'} file=${prop(d.file || report.file)}${place},title=${prop(title)}::${data(d.group ? `${d.group}: ${d.message}` : d.message)}`);
    }
  }
  return lines.join('\n');
}
