// GitHub Actions workflow commands: each problem becomes an annotation on the file and line.
import type { FileOutcome } from './types.js';

// Workflow command values escape %, CR and LF; properties also , and :.
const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const prop = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(outcomes: readonly FileOutcome[]): string {
  const lines: string[] = [];
  for (const { file, result, failure } of outcomes) {
    if (failure) {
      lines.push(`::error file=${prop(file)},title=${prop('salesplan (unreadable)')}::${data(failure)}`);
      continue;
    }
    for (const m of result?.messages ?? []) {
      const where = `file=${prop(file)},line=${m.line},col=${m.column}${m.endColumn ? `,endColumn=${m.endColumn}` : ''}`;
      lines.push(`::${m.severity === 'error' ? 'error' : 'warning'} ${where},title=${prop(`salesplan (${m.ruleId})`)}::${data(m.plan ? `${m.plan}: ${m.message}` : m.message)}`);
    }
  }
  return lines.join('\n');
}
