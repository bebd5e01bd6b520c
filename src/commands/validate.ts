// salesplan validate <plan.yaml…>: schema and consistency checks only, reported in any format of
// the shared formatters (stylish on stderr; json, sarif, github on stdout).
import { ExitCode, UserError } from '../errors.js';
import { resolveLang } from '../i18n/lang.js';
import { say } from '../i18n/localized.js';
import { expandInputs } from '../io/inputs.js';
import { reportsOf, validateFile, type ValidateOptions } from '../plan/validate.js';
import { err } from '../report/colors.js';
import { unreadable, type FileReport } from '../report/diagnostic.js';
import { reportFormat, reportProblems } from '../report/problems.js';
import { writeStderr } from '../report/streams.js';
import { commandText } from './messages.js';
import { validateOnlyWarnings } from '../plan/checks/index.js';

export interface ValidateCommandOptions extends ValidateOptions {
  format?: string;
  quiet?: boolean;
}

export async function run(inputs: string[], options: ValidateCommandOptions): Promise<number> {
  const lang = resolveLang(options.lang);
  const files = await expandInputs(inputs, ['yaml', 'yml']);
  if (files.length === 0) throw new UserError(say(lang, commandText.noPlans, { patterns: inputs.join(' ') }), ExitCode.usage);
  const format = reportFormat(options.format, lang);
  const reports: FileReport[] = [];
  let worst: number = ExitCode.ok;
  for (const file of files) {
    try {
      const validation = await validateFile(file, options);
      validation.diagnostics.push(...validateOnlyWarnings(validation));
      reports.push(...reportsOf(validation));
      if (!validation.valid) worst = Math.max(worst, ExitCode.problems);
      else if (format === 'stylish' && !options.quiet) {
        writeStderr(err.green(say(validation.lang, commandText.summaryOk, { file })));
      }
    } catch (error) {
      // One unreadable file is reported and the others are still checked.
      if (!(error instanceof UserError) || files.length === 1) throw error;
      reports.push(unreadable(file, error.message));
      worst = Math.max(worst, error.exitCode);
    }
  }
  if (format !== 'stylish') await reportProblems(reports, format, lang);
  else if (!(options.quiet && worst === ExitCode.ok)) await reportProblems(reports.filter((r) => r.diagnostics.length), format, lang);
  return worst;
}
