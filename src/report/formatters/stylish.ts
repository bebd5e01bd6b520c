// The default report, for people: each problem with its place, severity, message and code, then a
// summary. Two layouts of the same content (see FormatContext.layout). Colour only here.
import { displayWidth } from '../../i18n/width.js';
import { pick, say } from '../../i18n/localized.js';
import { codeFrame } from '../codeframe.js';
import { countOf, type Diagnostic, type FileReport } from '../diagnostic.js';
import { reportText } from '../messages.js';
import type { FormatContext } from './types.js';

const SEVERITY_WIDTH = { 'zh-CN': 4, en: 7 } as const;

function lines(reports: readonly FileReport[], { lang, color, frames }: FormatContext): string {
  const out: string[] = [];
  for (const report of reports) {
    for (const d of report.diagnostics) {
      const where = d.line ? `${d.file}:${d.line}:${d.column ?? 1}` : d.file;
      const severity = d.severity === 'error' ? color.red.bold(say(lang, reportText.error)) : color.yellow.bold(say(lang, reportText.warning));
      out.push(`${color.bold(where)}  ${severity}  ${d.message}  ${color.dim(`[${d.code}]`)}`);
      if (frames !== false && report.source && d.line) {
        const frame = codeFrame(report.source, { line: d.line, column: d.column ?? 1, endLine: d.endLine, endColumn: d.endColumn });
        if (frame) out.push(color.dim(frame), '');
      }
    }
  }
  const { errors, warnings } = countOf(reports);
  if (errors || warnings) out.push(color.bold(say(lang, reportText.counts, { errors, warnings })));
  return out.join('\n');
}

function files(reports: readonly FileReport[], { lang, color, quiet }: FormatContext): string {
  const out: string[] = [];
  for (const report of reports) {
    if (report.readable === false) {
      out.push(color.underline(report.file), ...report.diagnostics.map((d) => `  ${color.red.bold(say(lang, reportText.error))}  ${d.message}`), '');
      continue;
    }
    const shown = quiet ? report.diagnostics.filter((d) => d.severity === 'error') : report.diagnostics;
    if (quiet && shown.length === 0) continue;
    out.push(color.underline(report.file) + color.dim(report.note ?? ''));
    const problems = (list: readonly Diagnostic[]) => {
      const width = Math.max(0, ...list.map((d) => `${d.line ?? 1}:${d.column ?? 1}`.length));
      for (const d of list) {
        const pos = `${d.line ?? 1}:${d.column ?? 1}`.padEnd(width);
        const word = say(lang, d.severity === 'error' ? reportText.error : reportText.warning);
        const severity = (d.severity === 'error' ? color.red : color.yellow)(word + ' '.repeat(Math.max(0, SEVERITY_WIDTH[lang] - displayWidth(word))));
        out.push(`  ${color.dim(pos)}  ${severity}  ${d.message}  ${color.dim(d.code)}`);
      }
    };
    if (report.groups) {
      for (const group of report.groups) {
        if (!quiet) out.push(color.dim(`  ${group.heading}`));
        problems(shown.filter((d) => d.group === group.id));
      }
    } else problems(shown);
    if (report.diagnostics.length === 0 && !quiet) out.push(color.green(`  ${say(lang, reportText.clean)}`));
    out.push('');
  }
  const { errors, warnings } = countOf(reports);
  const summary = say(lang, reportText.filesSummary, { files: reports.length, errors, warnings });
  out.push(errors ? color.red.bold(`✖ ${summary}`) : warnings ? color.yellow.bold(`⚠ ${summary}`) : color.green.bold(`✔ ${summary}`));
  return out.join('\n');
}

export function formatStylish(reports: readonly FileReport[], context: FormatContext): string {
  return context.layout === 'files' ? files(reports, context) : lines(reports, context);
}

/** How a group's heading starts: "label: " when a file holds several plans. */
export function groupLabel(lang: FormatContext['lang'], label: string | undefined): string {
  return label ? `${label}${pick(lang, reportText.groupSeparator)}` : '';
}
