// salesplan generate <plan.yaml…>: validate, compute, build the document, write Markdown or DOCX.
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { buildDocument } from '../document/build.js';
import { ExitCode, UserError } from '../errors.js';
import { q, t } from '../i18n/t.js';
import { checkOutputPath, writeFileAtomic } from '../io/files.js';
import { reportsOf, validateFile, type ValidateOptions } from '../plan/validate.js';
import { err } from '../report/colors.js';
import { formatStylish } from '../report/diagnostics.js';
import { checkTemplateDir } from '../render/template-source.js';
import { messageLang, writeStderr, writeStdout } from './shared.js';
import { mark } from '../io/timing.js';
import { expandInputs } from '../io/inputs.js';
import { createProgress } from '../report/progress.js';
import type { Lang } from '../i18n/lang.js';
import type { DocxFlags } from './docx-options.js';
import { chartMode, chartsWanted, markdownWithCharts, type ChartFlags } from '../charts/options.js';

export interface GenerateOptions extends ValidateOptions, DocxFlags, ChartFlags {
  format?: string;
  output?: string;
  templates?: string;
  force?: boolean;
  quiet?: boolean;
  /** Annual plans: one month of it (2027-03). */
  month?: string;
  /** With --month: write the month's plan file instead of its document. */
  emitYaml?: boolean;
}

const FORMATS = ['md', 'docx'] as const;
type Format = (typeof FORMATS)[number];

/**
 * Where a plan's document goes: next to it, at -o, or into the folder -o names. Many plans into
 * one folder keep their sub-folders below the folder they share (plans/east/a.yaml and
 * plans/west/a.yaml → out/east/a.md and out/west/a.md), so no two overwrite each other.
 */
function outputFor(input: string, format: Format, output: string | undefined, base: string | undefined): string {
  const ext = `.${format}`;
  const name = `${basename(input, extname(input))}${ext}`;
  if (output === undefined) return join(dirname(input), name);
  const isDir = output.endsWith('/') || output.endsWith('\\') || (existsSync(output) && statSync(output).isDirectory());
  if (base !== undefined) return join(output, relative(base, dirname(resolve(input))), name);
  if (isDir) return join(output, name);
  return output;
}

/** The deepest folder all the inputs are in. */
function commonDir(files: readonly string[]): string {
  const parts = files.map((f) => dirname(resolve(f)).split(sep));
  const first = parts[0] ?? [];
  let n = 0;
  while (n < first.length && parts.every((p) => p[n] === first[n])) n++;
  return first.slice(0, n).join(sep) || sep;
}

async function render(doc: ReturnType<typeof buildDocument>, format: Format, options: GenerateOptions, lang: Lang, target?: string): Promise<string | Uint8Array> {
  // Markdown's charts are SVG files beside the target (none with -o -) or Mermaid text.
  if (format === 'md') return markdownWithCharts(doc, target, options, lang, options.output === '-' && !options.quiet ? writeStderr : undefined);
  // docx is the heaviest module: loaded only when a DOCX is asked for.
  const { renderDocxWithFlags } = await import('./docx-options.js');
  return renderDocxWithFlags(doc, options, lang);
}

export async function run(inputs: string[], options: GenerateOptions): Promise<number> {
  const lang = messageLang(options.lang);
  const files = await expandInputs(inputs, ['yaml', 'yml']);
  if (files.length === 0) throw new UserError(t(lang, 'cli.noPlans', { patterns: inputs.join(' ') }), ExitCode.usage);
  const format = (options.format ?? 'md').toLowerCase().replace(/^markdown$/, 'md') as Format;
  if (!FORMATS.includes(format)) {
    throw new UserError(t(lang, 'cli.unknownFormat', { format: q(lang, options.format ?? ''), choices: FORMATS.join(', ') }), ExitCode.usage);
  }
  const toStdout = options.output === '-';
  if (toStdout && files.length > 1) throw new UserError(t(lang, 'cli.multipleToStdout'), ExitCode.usage);
  if (options.emitYaml && !options.month) throw new UserError(t(lang, 'cli.emitYamlNeedsMonth'), ExitCode.usage);
  if (options.month && files.length > 1) throw new UserError(t(lang, 'cli.monthOneFile'), ExitCode.usage);
  if (options.templates) checkTemplateDir(options.templates, lang);
  chartMode(options, lang);

  const batch = files.length > 1;
  const base = batch && options.output !== undefined ? commonDir(files) : undefined;
  // Many files: a progress bar on a terminal, and one summary at the end instead of a line each.
  const progress = createProgress(files.length, { enabled: batch && !options.quiet && !!process.stderr.isTTY && !process.env.CI });
  const started = performance.now();
  const failed: string[] = [];
  let written = 0;
  let worst: number = ExitCode.ok;
  for (const file of files) {
    progress.tick(file);
    try {
      mark('command loaded');
      const validation = await validateFile(file, options);
      mark('validated');
      const report = formatStylish(reportsOf(validation).filter((r) => r.diagnostics.length), validation.lang, err);
      if (report && !(options.quiet && validation.valid)) progress.log(report);
      if (!validation.valid) {
        worst = Math.max(worst, ExitCode.problems);
        failed.push(file);
        continue;
      }
      if (options.month) {
        const { runMonth } = await import('./month.js');
        const renderDoc = (doc: ReturnType<typeof buildDocument>, docLang: Lang) => render(doc, format, options, docLang);
        worst = Math.max(worst, await runMonth(file, validation.valid, { ...options, month: options.month, render: renderDoc, format }));
        continue;
      }
      const target = toStdout ? undefined : outputFor(file, format, options.output, base);
      // Refuse a bad output path before doing the work.
      if (target) checkOutputPath(target, validation.lang, { force: options.force, inputs: [file], makeDirs: base !== undefined });
      const doc = buildDocument(validation.valid, { draft: options.draft, templatesDir: options.templates, charts: chartsWanted(options) });
      mark('document built');
      const data = await render(doc, format, options, validation.lang, target);
      mark(`rendered ${format}`);
      if (target) {
        writeFileAtomic(target, data, validation.lang, { force: options.force, inputs: [file], makeDirs: base !== undefined });
        written++;
        if (!options.quiet && !batch) writeStderr(err.green(t(validation.lang, 'cli.wrote', { file: target })));
      } else {
        await writeStdout(data);
      }
      mark('written');
      if (options.draft && !options.quiet && !batch) writeStderr(err.yellow(t(validation.lang, 'cli.draftNote')));
    } catch (error) {
      // One bad file is reported and the others still run; the exit code is the worst.
      if (!(error instanceof UserError) || !batch) throw error;
      progress.log(`${err.red.bold(file)}: ${error.message}`);
      worst = Math.max(worst, error.exitCode);
      failed.push(file);
    }
  }
  progress.done();
  if (batch && !options.quiet) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const summary = t(lang, failed.length ? 'cli.batchSummaryFailed' : 'cli.batchSummary', { total: files.length, written, failed: failed.length, seconds });
    writeStderr((failed.length ? err.yellow : err.green)(summary));
    if (failed.length) writeStderr(err.dim(failed.slice(0, 20).map((f) => `  - ${f}`).join('\n') + (failed.length > 20 ? `\n  … ${failed.length - 20}` : '')));
  }
  return worst;
}
