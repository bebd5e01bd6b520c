// Machine-readable results: every file, whether it is valid, its counts and its diagnostics.
// A command may add fields of its own to a file (lint keeps its `plans` and `messages`).
import { formatPath, type FileReport } from '../diagnostic.js';

export function formatJson(reports: readonly FileReport[]): string {
  return JSON.stringify(
    {
      version: 1,
      files: reports.map((r) => ({
        file: r.file,
        readable: r.readable !== false,
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
          ...(d.group !== undefined ? { group: d.group } : {}),
        })),
        ...r.json,
      })),
    },
    null,
    2,
  );
}
