// salesplan lint <files or globs…>: check existing plans (.md, .docx, .txt), reported through the
// shared formatters: each file's plans become the report's groups, each message a diagnostic.
import { ExitCode, UserError } from '../errors.js';
import { envLang, normaliseLang, resolveLang, type Lang } from '../i18n/lang.js';
import { say, type Localized, type Params } from '../i18n/localized.js';
import { q } from '../i18n/t.js';
import { expandInputs } from '../io/inputs.js';
import { createProgress } from '../report/progress.js';
import { ConfigError, configFor, loadConfig, type LintConfig } from '../lint/config.js';
import { lintFile, type LintResult } from '../lint/engine.js';
import { LINT_EXTENSIONS } from '../lint/readers/index.js';
import { RULES } from '../lint/rules/index.js';
import { err } from '../report/colors.js';
import { countOf, unreadable, type FileReport, type RuleInfo } from '../report/diagnostic.js';
import { groupLabel } from '../report/formatters/stylish.js';
import { reportFormat, reportProblems } from '../report/problems.js';
import { DOCUMENT_STYLES, findStyle } from '../styles/registry.js';
import { writeStderr } from '../report/streams.js';
import { numberFlag } from '../io/flag-values.js';
import { cliErrors } from '../cli-help.js';
import { commandText } from './messages.js';

export interface LintCommandOptions {
  format?: string;
  style?: string;
  kind?: string;
  lang?: string;
  config?: string;
  maxWarnings?: string;
  fix?: boolean;
  quiet?: boolean;
}

const docxNote: Localized = { 'zh-CN': '（位置为段落序号）', en: ' (positions are paragraph numbers)' };

/** One linted file as the shared report model; its JSON keeps lint's own fields for scripts. */
export function lintReport(result: LintResult, lang: Lang): FileReport {
  const heading = (plan: LintResult['plans'][number]): string => {
    const label = [plan.label, plan.title].filter(Boolean).join(' ');
    const params: Params = { style: plan.styleName, matched: plan.matched, required: plan.required, score: plan.score.toFixed(2) };
    return `${groupLabel(lang, label)}${say(lang, plan.given ? commandText.lintGiven : commandText.lintDetected, params)}`;
  };
  return {
    file: result.file,
    diagnostics: result.messages.map((m) => ({
      severity: m.severity, code: m.ruleId, message: m.message, file: result.file, line: m.line, column: m.column,
      ...(m.endColumn !== undefined ? { endColumn: m.endColumn } : {}), ...(m.plan !== undefined ? { group: m.plan } : {}),
    })),
    groups: result.plans.map((plan) => ({ ...(plan.label !== undefined ? { id: plan.label } : {}), heading: heading(plan) })),
    ...(result.format === 'docx' ? { note: say(lang, docxNote) } : {}),
    json: { format: result.format, fixed: result.fixed, plans: result.plans, messages: result.messages.map(({ fix: _fix, ...m }) => m) },
  };
}

/** A file lint could not read, with the fields lint's JSON has always had. */
export function lintFailure(file: string, message: string): FileReport {
  return { ...unreadable(file, message), json: { error: message, plans: [], messages: [] } };
}

export function lintRules(lang: Lang): RuleInfo[] {
  return RULES.map((r) => ({ id: r.id, description: r.description[lang], docs: r.docs[lang], severity: r.severity }));
}

export async function run(inputs: string[], options: LintCommandOptions): Promise<number> {
  const lang = resolveLang(options.lang);
  const format = reportFormat(options.format, lang);
  if (options.style && !findStyle(options.style)) {
    throw new UserError(say(lang, cliErrors.unknownStyle, { style: q(lang, options.style), choices: DOCUMENT_STYLES.map((s) => s.id).join(', ') }), ExitCode.usage);
  }
  const maxWarnings = options.maxWarnings === undefined ? undefined : numberFlag('--max-warnings', options.maxWarnings, { min: 0, integer: true, example: '10' }, lang);
  const fixed: LintConfig | undefined = options.config ? loadConfig(options.config, lang) : undefined;
  const files = await expandInputs(inputs, LINT_EXTENSIONS);
  if (files.length === 0) throw new UserError(say(lang, commandText.lintNoFiles, { patterns: inputs.join(' ') }), ExitCode.usage);

  const reports: FileReport[] = [];
  const progress = createProgress(files.length, { enabled: format === 'stylish' && !options.quiet && !!process.stderr.isTTY && !process.env.CI });
  for (const file of files) {
    progress.tick(file);
    try {
      const config = fixed ?? configFor(file, lang);
      const result = lintFile(file, { lang, documentLang: !normaliseLang(options.lang) && !envLang(), config, ...(options.style ? { style: options.style } : {}), ...(options.kind ? { kind: options.kind } : {}), fix: !!options.fix });
      reports.push(lintReport(result, lang));
      if (options.fix && result.format !== 'md' && result.plans.length && !options.quiet) progress.log(err.yellow(say(lang, commandText.lintFixDocx, { file })));
      if (result.fixed && !options.quiet) progress.log(err.green(say(lang, commandText.lintFixed, { file, count: result.fixed })));
    } catch (error) {
      // A broken config stops the run; an unreadable file is reported and the others still checked.
      if (!(error instanceof UserError) || error instanceof ConfigError) throw error;
      reports.push(lintFailure(file, error.message));
    }
  }
  progress.done();

  // The problems are lint's data: on stdout, so `salesplan lint plan.docx > 结果.txt` keeps them;
  // the summary line is a note to the person at the terminal, on stderr.
  await reportProblems(reports, format, lang, { layout: 'files', quiet: options.quiet, rules: lintRules(lang) }, { dataOnStdout: true });

  const { errors, warnings } = countOf(reports.filter((r) => r.readable !== false));
  if (reports.some((r) => r.readable === false)) return ExitCode.usage;
  if (errors > 0) return ExitCode.problems;
  if (maxWarnings !== undefined && Number.isFinite(maxWarnings) && warnings > maxWarnings) {
    if (format === 'stylish') writeStderr(err.red(say(lang, commandText.lintTooManyWarnings, { count: warnings, max: maxWarnings })));
    return ExitCode.problems;
  }
  return ExitCode.ok;
}
