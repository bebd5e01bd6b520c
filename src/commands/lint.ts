// salesplan lint <files or globs…>: check existing plans (.md, .docx, .txt).
import { ExitCode, UserError } from '../errors.js';
import { resolveLang } from '../i18n/lang.js';
import { q, t } from '../i18n/t.js';
import { expandInputs } from '../io/inputs.js';
import { createProgress } from '../report/progress.js';
import { packageVersion } from '../io/package-root.js';
import { ConfigError, configFor, loadConfig, type LintConfig } from '../lint/config.js';
import { lintFile } from '../lint/engine.js';
import { formatGithub } from '../lint/formatters/github.js';
import { formatJson } from '../lint/formatters/json.js';
import { formatSarif } from '../lint/formatters/sarif.js';
import { formatStylish } from '../lint/formatters/stylish.js';
import type { FileOutcome } from '../lint/formatters/types.js';
import { err } from '../report/colors.js';
import { DOCUMENT_STYLES, findStyle } from '../styles/registry.js';
import { writeStderr, writeStdout } from './shared.js';
import { numberFlag } from '../io/flag-values.js';

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

const EXTENSIONS = ['md', 'markdown', 'docx', 'txt'];

export async function run(inputs: string[], options: LintCommandOptions): Promise<number> {
  const lang = resolveLang(options.lang);
  const format = options.format ?? 'stylish';
  if (!['stylish', 'json', 'sarif', 'github'].includes(format)) {
    throw new UserError(t(lang, 'cli.unknownFormat', { format: q(lang, format), choices: 'stylish, json, sarif, github' }), ExitCode.usage);
  }
  if (options.style && !findStyle(options.style)) {
    throw new UserError(t(lang, 'cli.unknownStyle', { style: q(lang, options.style), choices: DOCUMENT_STYLES.map((s) => s.id).join(', ') }), ExitCode.usage);
  }
  const maxWarnings = options.maxWarnings === undefined ? undefined : numberFlag('--max-warnings', options.maxWarnings, { min: 0, integer: true, example: '10' }, lang);
  const fixed: LintConfig | undefined = options.config ? loadConfig(options.config, lang) : undefined;
  const files = await expandInputs(inputs, EXTENSIONS);
  if (files.length === 0) throw new UserError(t(lang, 'lint.noFiles', { patterns: inputs.join(' ') }), ExitCode.usage);

  const outcomes: FileOutcome[] = [];
  const progress = createProgress(files.length, { enabled: format === 'stylish' && !options.quiet && !!process.stderr.isTTY && !process.env.CI });
  for (const file of files) {
    progress.tick(file);
    try {
      const config = fixed ?? configFor(file, lang);
      const result = lintFile(file, { lang, config, ...(options.style ? { style: options.style } : {}), ...(options.kind ? { kind: options.kind } : {}), fix: !!options.fix });
      outcomes.push({ file, result });
      if (options.fix && result.format !== 'md' && result.plans.length && !options.quiet) progress.log(err.yellow(t(lang, 'lint.fixDocx', { file })));
      if (result.fixed && !options.quiet) progress.log(err.green(t(lang, 'lint.fixed', { file, count: result.fixed })));
    } catch (error) {
      // A broken config stops the run; an unreadable file is reported and the others still checked.
      if (!(error instanceof UserError) || error instanceof ConfigError) throw error;
      outcomes.push({ file, failure: error.message });
    }
  }
  progress.done();

  if (format === 'json') await writeStdout(`${formatJson(outcomes)}\n`);
  else if (format === 'sarif') await writeStdout(`${formatSarif(outcomes, lang, packageVersion())}\n`);
  else if (format === 'github') {
    const text = formatGithub(outcomes);
    if (text) await writeStdout(`${text}\n`);
  } else writeStderr(formatStylish(outcomes, lang, err, { quiet: options.quiet }));

  const errors = outcomes.reduce((n, o) => n + (o.result?.errorCount ?? 0), 0);
  const warnings = outcomes.reduce((n, o) => n + (o.result?.warningCount ?? 0), 0);
  if (outcomes.some((o) => o.failure)) return ExitCode.usage;
  if (errors > 0) return ExitCode.problems;
  if (maxWarnings !== undefined && Number.isFinite(maxWarnings) && warnings > maxWarnings) {
    if (format === 'stylish') writeStderr(err.red(t(lang, 'lint.tooManyWarnings', { count: warnings, max: maxWarnings })));
    return ExitCode.problems;
  }
  return ExitCode.ok;
}
