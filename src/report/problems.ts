// Reporting problems the same way in every command: the format is checked once, the formatter
// chosen from the registry, and its text written to the stream the format belongs on.
import { ExitCode, UserError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { say } from '../i18n/localized.js';
import { q } from '../i18n/t.js';
import { packageVersion } from '../io/package-root.js';
import { safeReportForStdout } from '../io/terminal-safe.js';
import { err, out } from './colors.js';
import type { FileReport } from './diagnostic.js';
import { FORMATTERS, formatterIds, isFormatId, type FormatId } from './formatters/index.js';
import { formatStylish } from './formatters/stylish.js';
import type { FormatContext } from './formatters/types.js';
import { reportText } from './messages.js';
import { writeStderr, writeStdout } from './streams.js';

export type ReportOptions = Partial<Omit<FormatContext, 'lang' | 'color' | 'version'>>;

/** The report format a flag names ("text" is validate's old name for stylish). */
export function reportFormat(raw: string | undefined, lang: Lang): FormatId {
  const id = (raw ?? 'stylish').toLowerCase().replace(/^text$/, 'stylish');
  if (!isFormatId(id)) throw new UserError(say(lang, reportText.unknownFormat, { format: q(lang, raw ?? ''), choices: formatterIds().join(', ') }), ExitCode.usage);
  return id;
}

/** The people's report as text, for commands that print it among other lines (a progress bar). */
export function stylishText(reports: readonly FileReport[], lang: Lang, options: ReportOptions = {}): string {
  return formatStylish(reports, { lang, color: err, version: packageVersion(), ...options });
}

export interface ReportStreams {
  /**
   * The people's report is the command's data (lint): its lines go to stdout, so `> out.txt`
   * keeps them, and only the closing summary line stays on stderr for the person at the terminal.
   */
  dataOnStdout?: boolean;
}

/** Writes the reports in the format asked for. Machine formats are written even when empty, so
 * a script always gets a document to parse; stylish says nothing when there is nothing to say. */
export async function reportProblems(reports: readonly FileReport[], format: FormatId, lang: Lang, options: ReportOptions = {}, streams: ReportStreams = {}): Promise<void> {
  const entry = FORMATTERS[format];
  const format_ = await entry.load();
  if (entry.stream === 'stderr' && streams.dataOnStdout) {
    // Coloured for the stream each part goes to: the body for stdout, the summary for stderr.
    const body = format_(reports, { lang, color: out, version: packageVersion(), ...options });
    const summary = format_(reports, { lang, color: err, version: packageVersion(), ...options });
    const cut = body.lastIndexOf('\n');
    if (cut >= 0) await writeStdout(safeReportForStdout(body.slice(0, cut + 1)));
    const last = summary.slice(summary.lastIndexOf('\n') + 1);
    if (last) writeStderr(last);
    return;
  }
  const text = format_(reports, { lang, color: err, version: packageVersion(), ...options });
  if (entry.stream === 'stderr') writeStderr(text);
  else if (text) await writeStdout(`${text}\n`);
}
