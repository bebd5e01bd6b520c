// salesplan generate <plan.yaml…>: validate, compute, build the document, write it in the format
// asked for (src/writers/).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { buildDocument, todayIso, type BuildOptions } from '../document/build.js';
import { buildView } from '../document/view.js';
import { ExitCode, UserError } from '../errors.js';
import { resolveLang } from '../i18n/lang.js';
import { say } from '../i18n/localized.js';
import { checkOutputPath, writeFileAtomicLater } from '../io/files.js';
import { reportsOf, validateFile, type ValidateOptions } from '../plan/validate.js';
import { err } from '../report/colors.js';
import { unreadable, type FileReport } from '../report/diagnostic.js';
import { reportFormat, reportProblems, stylishText } from '../report/problems.js';
import { checkTemplateDir } from '../document/templates/source.js';
import { refuseBinaryOnTerminal, writeStderr, writeStdout } from '../report/streams.js';
import { mark } from '../io/timing.js';
import { expandInputs } from '../io/inputs.js';
import { createProgress } from '../report/progress.js';
import type { WriterEntry } from '../writers/index.js';
import { renderAs, writerFor } from '../writers/render.js';
import type { DocxFlags } from '../writers/docx-flags.js';
import { commandText } from './messages.js';
import { templateWarnings } from '../document/templates/warnings.js';

const skippedText = { 'zh-CN': '跳过 {count} 个不是计划的 YAML 文件（没有 salesplan: 这一行）：{files}', en: 'Skipped {count} YAML files that are not plans (no salesplan: line): {files}' } as const;
import { chartMode, chartsWanted, type ChartFlags } from '../charts/options.js';

export interface GenerateOptions extends ValidateOptions, DocxFlags, ChartFlags {
  format?: string;
  /** How validation problems are reported: stylish (default), json, sarif, github. */
  report?: string;
  output?: string;
  templates?: string;
  force?: boolean;
  quiet?: boolean;
  /** Annual plans: one month of it (2027-03). */
  month?: string;
  /** With --month: write the month's plan file instead of its document. */
  emitYaml?: boolean;
  /** --no-summary, --no-actions, --no-approval (commander sets false; absent means the plan decides). */
  summary?: boolean;
  actions?: boolean;
  approval?: boolean;
}

/** The director's parts the command line turns off. */
function partsFlags(options: GenerateOptions): NonNullable<BuildOptions['parts']> {
  const parts: NonNullable<BuildOptions['parts']> = {};
  for (const part of ['summary', 'actions', 'approval'] as const) if (options[part] === false) parts[part] = false;
  return parts;
}

/**
 * Where a plan's document goes: next to it, at -o, or into the folder -o names. Many plans into
 * one folder keep their sub-folders below the folder they share (plans/east/a.yaml and
 * plans/west/a.yaml → out/east/a.md and out/west/a.md), so no two overwrite each other.
 */
function outputFor(input: string, writer: WriterEntry, output: string | undefined, base: string | undefined): string {
  const ext = `.${writer.extension}`;
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

export async function run(inputs: string[], options: GenerateOptions): Promise<number> {
  const lang = resolveLang(options.lang);
  // A folder or a pattern gives plan files only: YAML without a `salesplan:` key is skipped, and named.
  const found = await expandInputs(inputs, ['yaml', 'yml']);
  const named = new Set(inputs);
  const files = found.filter((f) => named.has(f) || !existsSync(f) || /^salesplan\s*:/m.test(readFileSync(f, 'utf8').slice(0, 65536)));
  const skipped = found.filter((f) => !files.includes(f));
  if (skipped.length && !options.quiet) writeStderr(err.yellow(say(lang, skippedText, { count: skipped.length, files: skipped.join(', ') })));
  if (files.length === 0) throw new UserError(say(lang, commandText.noPlans, { patterns: inputs.join(' ') }), ExitCode.usage);
  const writer = writerFor(options.format, lang);
  const problemFormat = reportFormat(options.report, lang);
  const toStdout = options.output === '-';
  if (toStdout && files.length > 1) throw new UserError(say(lang, commandText.multipleToStdout), ExitCode.usage);
  if (toStdout && writer.binary) refuseBinaryOnTerminal(writer.id, lang);
  if (toStdout && problemFormat !== 'stylish') throw new UserError(say(lang, commandText.reportAndStdout, { format: problemFormat }), ExitCode.usage);
  if (options.emitYaml && !options.month) throw new UserError(say(lang, commandText.emitYamlNeedsMonth), ExitCode.usage);
  if (options.month && files.length > 1) throw new UserError(say(lang, commandText.monthOneFile), ExitCode.usage);
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
  // A machine report (--report json|sarif|github) is one document for the whole run, on stdout.
  const collected: FileReport[] = [];
  let templatesChecked = false;
  // One bad file is reported and the others still run; the exit code is the worst.
  const failedFile = (file: string, error: UserError): void => {
    if (problemFormat === 'stylish') progress.log(`${err.red.bold(file)}: ${error.message}`);
    else collected.push(unreadable(file, error.message));
    worst = Math.max(worst, error.exitCode);
    failed.push(file);
  };
  // A batch's documents still being flushed to disk while the next plan is worked on (a few at a
  // time, so a slow disk holds only a few files open).
  const flushing = new Set<Promise<void>>();
  for (const file of files) {
    progress.tick(file);
    try {
      mark('command loaded');
      const validation = await validateFile(file, options);
      mark('validated');
      if (problemFormat === 'stylish') {
        const report = stylishText(reportsOf(validation).filter((r) => r.diagnostics.length), validation.lang);
        if (report && !(options.quiet && validation.valid)) progress.log(report);
      } else collected.push(...reportsOf(validation));
      if (!validation.valid) {
        worst = Math.max(worst, ExitCode.problems);
        failed.push(file);
        continue;
      }
      if (options.month) {
        const { runMonth } = await import('./month.js');
        worst = Math.max(worst, await runMonth(file, validation.valid, { ...options, month: options.month, writer: writer.id, parts: partsFlags(options) }));
        continue;
      }
      const target = toStdout ? undefined : outputFor(file, writer, options.output, base);
      // Refuse a bad output path before doing the work.
      // A folder named with a trailing slash is made, for one plan as for many.
      const makeDirs = base !== undefined || /[/\\]$/.test(options.output ?? '');
      if (target) checkOutputPath(target, validation.lang, { force: options.force, inputs: [file], makeDirs });
      // The user's templates checked once, against the first plan's data.
      if (options.templates && !options.quiet && !templatesChecked) {
        templatesChecked = true;
        const { plan, derived, style } = validation.valid;
        const view = buildView(plan, derived, style, validation.valid.lang, { draft: !!options.draft, today: todayIso() });
        for (const line of templateWarnings(options.templates, { ...view, section: { id: '', title: '', tables: {} } }, lang)) progress.log(err.yellow(line));
      }
      const doc = buildDocument(validation.valid, { draft: options.draft, templatesDir: options.templates, charts: chartsWanted(options), parts: partsFlags(options) });
      mark('document built');
      const afterWrite: Array<() => Promise<unknown>> = [];
      const data = await renderAs(writer.id, { doc, plan: validation.valid }, { lang: validation.lang, flags: options, afterWrite, ...(target ? { target } : {}), ...(toStdout && !options.quiet ? { notice: writeStderr } : {}) });
      mark(`rendered ${writer.id}`);
      if (target) {
        // A refused output throws here; the flush, the rename and the chart files follow.
        const document = writeFileAtomicLater(target, data, validation.lang, { force: options.force, inputs: [file], makeDirs });
        const done = document.then(async () => {
          for (const write of afterWrite) await write();
          written++;
        });
        if (batch) {
          const settled: Promise<void> = done.then(
            () => void flushing.delete(settled),
            (error: unknown) => {
              // Anything but a user's error stays in the set, so the run's last wait rethrows it.
              if (!(error instanceof UserError)) throw error;
              flushing.delete(settled);
              failedFile(file, error);
            },
          );
          flushing.add(settled);
          if (flushing.size >= 8) await Promise.race(flushing);
        } else {
          await done;
          if (!options.quiet) writeStderr(err.green(say(validation.lang, commandText.wrote, { file: target })));
        }
      } else {
        await writeStdout(data);
      }
      mark('written');
      if (options.draft && !options.quiet && !batch) writeStderr(err.yellow(say(validation.lang, commandText.draftNote)));
    } catch (error) {
      if (!(error instanceof UserError) || !batch) throw error;
      failedFile(file, error);
    }
  }
  await Promise.all(flushing);
  progress.done();
  if (batch && !options.quiet) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const summary = say(lang, failed.length ? commandText.batchSummaryFailed : commandText.batchSummary, { total: files.length, written, failed: failed.length, seconds });
    writeStderr((failed.length ? err.yellow : err.green)(summary));
    if (failed.length) writeStderr(err.dim(failed.slice(0, 20).map((f) => `  - ${f}`).join('\n') + (failed.length > 20 ? `\n  … ${failed.length - 20}` : '')));
  }
  if (problemFormat !== 'stylish') await reportProblems(collected, problemFormat, lang);
  return worst;
}
