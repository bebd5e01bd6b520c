// salesplan generate <plan.yaml…>: validate, compute, build the document, write it in the format
// asked for (src/writers/).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { todayIso } from '../document/build.js';
import { buildView } from '../document/view.js';
import { ExitCode, UserError } from '../errors.js';
import { resolveLang, type Lang } from '../i18n/lang.js';
import { say } from '../i18n/localized.js';
import { protectInputs, writeFileAtomicLater } from '../io/files.js';
import { err } from '../report/colors.js';
import { unreadable, type FileReport } from '../report/diagnostic.js';
import { writeChartFiles } from '../charts/files.js';
import { partsFlags, producePlan, thrownAgain, type GenerateJob, type GenerateOptions, type Produced } from './generate-job.js';
import type { PoolAnswer } from './generate-pool.js';
import type { Validation } from '../plan/validate.js';
import { reportFormat, reportProblems, stylishText } from '../report/problems.js';
import { checkTemplateDir } from '../document/templates/source.js';
import { refuseBinaryOnTerminal, writeStderr, writeStdout } from '../report/streams.js';
import { mark } from '../io/timing.js';
import { expandInputs } from '../io/inputs.js';
import { createProgress } from '../report/progress.js';
import { writerFor } from '../writers/render.js';
import { commandText } from './messages.js';
import { templateWarnings } from '../document/templates/warnings.js';

const skippedText = { 'zh-CN': '跳过 {count} 个不是计划的 YAML 文件（没有 salesplan: 这一行）：{files}', en: 'Skipped {count} YAML files that are not plans (no salesplan: line): {files}' } as const;
import { chartMode } from '../charts/options.js';

export type { GenerateOptions } from './generate-job.js';

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
  // No document of the run may replace one of its plans, whichever thread reads it and when.
  if (batch) protectInputs(files);
  const base = batch && options.output !== undefined ? commonDir(files) : undefined;
  // A folder named with a trailing slash is made, for one plan as for many.
  const makeDirs = base !== undefined || /[/\\]$/.test(options.output ?? '');
  const job: GenerateJob = { options, toStdout, makeDirs, ...(base !== undefined ? { base } : {}) };
  // Many files: a progress bar on a terminal, and one summary at the end instead of a line each.
  const progress = createProgress(files.length, { enabled: batch && !options.quiet && !!process.stderr.isTTY && !process.env.CI });
  const started = Date.now();
  const failed: string[] = [];
  let written = 0;
  let worst: number = ExitCode.ok;
  // A machine report (--report json|sarif|github) is one document for the whole run, on stdout.
  const collected: FileReport[] = [];
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

  // The user's templates checked once, against the first valid plan's data (in this thread).
  let templatesChecked = false;
  const checkTemplates = (validation: Validation): void => {
    if (!options.templates || options.quiet || templatesChecked || !validation.valid) return;
    templatesChecked = true;
    const { plan, derived, style } = validation.valid;
    const view = buildView(plan, derived, style, validation.valid.lang, { draft: !!options.draft, today: todayIso() });
    for (const line of templateWarnings(options.templates, { ...view, section: { id: '', title: '', tables: {} } }, lang)) progress.log(err.yellow(line));
  };

  /** A plan's problems: printed (only the invalid plans' with --quiet), or kept for the machine report. */
  const report = (reports: readonly FileReport[], valid: boolean, planLang: Lang): void => {
    if (problemFormat === 'stylish') {
      const text = stylishText(reports.filter((r) => r.diagnostics.length), planLang);
      if (text && !(options.quiet && valid)) progress.log(text);
    } else collected.push(...reports);
  };

  /** A plan with problems: counted, and the exit code says so. */
  const invalid = (file: string): void => {
    worst = Math.max(worst, ExitCode.problems);
    failed.push(file);
  };

  /** One plan's result used, in the order of the plans: its problems reported, its document written. */
  const use = async (file: string, produced: Produced): Promise<void> => {
    report(produced.reports, produced.valid, produced.lang);
    if (!produced.valid) return invalid(file);
    if (produced.error) throw thrownAgain(produced.error);
    const { target, data, lang: planLang } = produced;
    if (data === undefined) return;
    if (target) {
      // A refused output throws here; the flush, the rename and the chart files follow.
      const document = writeFileAtomicLater(target, data, planLang, { force: options.force, inputs: [file], makeDirs });
      const done = document.then(async () => {
        for (const charts of produced.beside) await writeChartFiles(charts, planLang);
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
        if (!options.quiet) writeStderr(err.green(say(planLang, commandText.wrote, { file: target })));
      }
    } else {
      for (const notice of produced.notices ?? []) writeStderr(notice);
      await writeStdout(data);
    }
    mark('written');
    if (options.draft && !options.quiet && !batch) writeStderr(err.yellow(say(planLang, commandText.draftNote)));
  };

  // A batch's plans are worked on in worker threads when the machine has cores to spare (not with
  // --templates, whose warnings are checked against the first plan here); the documents are still
  // written here, in order.
  const poolModule = batch && !options.templates ? await import('./generate-pool.js') : undefined;
  const workers = poolModule ? poolModule.workersFor(files.length) : 0;
  const pool = poolModule && workers ? new poolModule.GeneratePool(workers, job) : undefined;
  const answers = pool ? files.map((file, index) => pool.run(index, file)) : undefined;
  try {
    for (const [index, file] of files.entries()) {
      // A turn of the event loop between plans: Ctrl-C is handled there, and finished flushes are
      // taken up (a plan's own work awaits nothing that would give the loop a turn).
      if (batch && index > 0) await new Promise((resolve) => setImmediate(resolve));
      progress.tick(file);
      try {
        if (options.month) {
          const { reportsOf, validateFile } = await import('../plan/validate.js');
          const validation = await validateFile(file, options);
          report(reportsOf(validation), !!validation.valid, validation.lang);
          if (!validation.valid) {
            invalid(file);
            continue;
          }
          const { runMonth } = await import('./month.js');
          worst = Math.max(worst, await runMonth(file, validation.valid, { ...options, month: options.month, writer: writer.id, parts: partsFlags(options) }));
          continue;
        }
        let produced: Produced;
        if (answers) {
          const answer: PoolAnswer = await answers[index]!;
          if ('failed' in answer) throw thrownAgain(answer.failed);
          produced = answer.produced;
        } else produced = await producePlan(file, job, checkTemplates);
        await use(file, produced);
      } catch (error) {
        if (!(error instanceof UserError) || !batch) throw error;
        failedFile(file, error);
      }
    }
    await Promise.all(flushing);
  } finally {
    await pool?.close();
  }
  progress.done();
  if (batch && !options.quiet) {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const summary = say(lang, failed.length ? commandText.batchSummaryFailed : commandText.batchSummary, { total: files.length, written, failed: failed.length, seconds });
    writeStderr((failed.length ? err.yellow : err.green)(summary));
    if (failed.length) writeStderr(err.dim(failed.slice(0, 20).map((f) => `  - ${f}`).join('\n') + (failed.length > 20 ? `\n  … ${failed.length - 20}` : '')));
  }
  if (problemFormat !== 'stylish') await reportProblems(collected, problemFormat, lang);
  return worst;
}
