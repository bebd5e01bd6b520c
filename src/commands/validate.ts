// salesplan validate <plan.yaml…>: schema and consistency checks only.
import { ExitCode } from '../errors.js';
import { t } from '../i18n/t.js';
import { reportsOf, validateFile, type ValidateOptions } from '../plan/validate.js';
import { formatJson, formatStylish, type FileReport } from '../report/diagnostics.js';
import { err } from '../report/colors.js';
import { messageLang, writeStderr, writeStdout } from './shared.js';
import { UserError } from '../errors.js';
import { expandInputs } from '../io/inputs.js';

export interface ValidateCommandOptions extends ValidateOptions {
  format?: string;
  quiet?: boolean;
}

export async function run(inputs: string[], options: ValidateCommandOptions): Promise<number> {
  const lang = messageLang(options.lang);
  const files = await expandInputs(inputs, ['yaml', 'yml']);
  if (files.length === 0) throw new UserError(t(lang, 'cli.noPlans', { patterns: inputs.join(' ') }), ExitCode.usage);
  const format = options.format ?? 'text';
  if (!['text', 'json'].includes(format)) {
    throw new UserError(t(lang, 'cli.unknownFormat', { format, choices: 'text, json' }), ExitCode.usage);
  }
  const reports: FileReport[] = [];
  let worst: number = ExitCode.ok;
  for (const file of files) {
    try {
      const validation = await validateFile(file, options);
      reports.push(...reportsOf(validation));
      if (!validation.valid) worst = Math.max(worst, ExitCode.problems);
      else if (format === 'text' && !options.quiet) {
        writeStderr(err.green(t(validation.lang, 'cli.summaryOk', { file })));
      }
    } catch (error) {
      // One unreadable file is reported and the others are still checked.
      if (!(error instanceof UserError) || files.length === 1) throw error;
      reports.push({ file, diagnostics: [{ severity: 'error', code: 'unreadable', message: error.message, file }] });
      worst = Math.max(worst, error.exitCode);
    }
  }
  if (format === 'json') await writeStdout(`${formatJson(reports)}\n`);
  else {
    const text = formatStylish(reports.filter((r) => r.diagnostics.length), lang, err);
    if (text && !(options.quiet && worst === ExitCode.ok)) writeStderr(text);
  }
  return worst;
}
