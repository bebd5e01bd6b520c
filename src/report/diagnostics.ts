// Pure formatters of plan diagnostics: a readable report grouped by file with code frames, and
// JSON for scripts. Colour is applied here and nowhere else.
import type { ChalkInstance } from 'chalk';
import type { Lang } from '../i18n/lang.js';
import { t } from '../i18n/t.js';
import { codeFrame } from '../plan/codeframe.js';
import { formatPath, type Diagnostic } from '../plan/diagnostics.js';

export interface FileReport {
  file: string;
  source?: string;
  diagnostics: Diagnostic[];
}

const SEVERITY_WORD = {
  error: { 'zh-CN': '错误', en: 'error' },
  warning: { 'zh-CN': '警告', en: 'warning' },
} as const;

export function formatStylish(reports: readonly FileReport[], lang: Lang, color: ChalkInstance, options: { frames?: boolean } = {}): string {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const report of reports) {
    for (const d of report.diagnostics) {
      if (d.severity === 'error') errors++;
      else warnings++;
      const where = d.line ? `${d.file}:${d.line}:${d.column ?? 1}` : d.file;
      const severity = d.severity === 'error' ? color.red.bold(SEVERITY_WORD.error[lang]) : color.yellow.bold(SEVERITY_WORD.warning[lang]);
      lines.push(`${color.bold(where)}  ${severity}  ${d.message}  ${color.dim(`[${d.code}]`)}`);
      if (options.frames !== false && report.source && d.line) {
        const frame = codeFrame(report.source, { line: d.line, column: d.column ?? 1, endLine: d.endLine, endColumn: d.endColumn });
        if (frame) lines.push(color.dim(frame), '');
      }
    }
  }
  if (errors || warnings) lines.push(color.bold(t(lang, 'cli.summaryCounts', { errors, warnings })));
  return lines.join('\n');
}

export function formatJson(reports: readonly FileReport[]): string {
  return JSON.stringify(
    {
      version: 1,
      files: reports.map((r) => ({
        file: r.file,
        valid: !r.diagnostics.some((d) => d.severity === 'error'),
        errorCount: r.diagnostics.filter((d) => d.severity === 'error').length,
        warningCount: r.diagnostics.filter((d) => d.severity === 'warning').length,
        diagnostics: r.diagnostics.map((d) => ({
          severity: d.severity,
          code: d.code,
          message: d.message,
          path: d.path ? formatPath(d.path) : undefined,
          line: d.line,
          column: d.column,
          endLine: d.endLine,
          endColumn: d.endColumn,
        })),
      })),
    },
    null,
    2,
  );
}
