// salesplan review plan.yaml --actuals actuals.csv|.xlsx|.yaml: the period against its plan.
// Attainment and gap for the total, product lines, channels, reps and metrics, with what is under
// the improvement threshold flagged; written as a review document (in any format of src/writers/),
// summed up on the terminal, and with --next, the next period's plan file seeded from it.
import { writeChartFiles, type ChartFiles } from '../charts/files.js';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { todayIso } from '../document/build.js';
import { buildReviewDocument } from '../document/build-review.js';
import { ExitCode, UserError } from '../errors.js';
import { resolveLang, type Lang } from '../i18n/lang.js';
import { percent } from '../i18n/format.js';
import { pick, say } from '../i18n/localized.js';
import { q } from '../i18n/t.js';
import { checkOutputPath, writeFileAtomic } from '../io/files.js';
import { readActuals, type Actuals } from '../data/actuals.js';
import { actualsText } from '../data/actuals-messages.js';
import { askForLastRevenue, rollForwardNotes } from '../plan/roll-forward.js';
import { TableError } from '../data/read-table.js';
import { computeAttainment, type ReviewFigures } from '../plan/attainment.js';
import { dec } from '../core/decimal.js';
import { nextPlanFrom } from '../plan/next-period.js';
import { canonicalPeriod, parsePeriod } from '../plan/period.js';
import { reportsOf, validateFile, validateText, type ValidPlan } from '../plan/validate.js';
import { err } from '../report/colors.js';
import type { FileReport } from '../report/diagnostic.js';
import type { FormatId } from '../report/formatters/index.js';
import { reportFormat, reportProblems, stylishText } from '../report/problems.js';
import { refuseBinaryOnTerminal, writeStderr, writeStdout } from '../report/streams.js';
import { renderAs, writerFor } from '../writers/render.js';
import type { DocxFlags } from '../writers/docx-flags.js';
import { planToYaml, schemaPathFor } from '../plan/yaml-out.js';
import { commandText } from './messages.js';
import { chartMode, chartsWanted, type ChartFlags } from '../charts/options.js';

export interface ReviewOptions extends DocxFlags, ChartFlags {
  actuals?: string;
  format?: string;
  /** How problems in the plan and the actuals are reported: stylish (default), json, sarif, github. */
  report?: string;
  output?: string;
  /** true, or the file to write the next plan to. */
  next?: string | boolean;
  growth?: string;
  fromActuals?: boolean;
  lang?: string;
  templates?: string;
  force?: boolean;
  quiet?: boolean;
}

const origins = {
  'zh-CN': '由 salesplan review 根据 {period} 的实际完成情况生成（以{base}为基数，增长 {growth}%），于 {date}。',
  en: 'Written by salesplan review from the {period} actuals ({base} grown by {growth}%) on {date}.',
} as const;
const bases = { actual: { 'zh-CN': '实际', en: 'actuals' }, target: { 'zh-CN': '目标', en: 'targets' } } as const;
const listSeparator = { 'zh-CN': '、', en: ', ' } as const;

/** Problems found so far, reported as they come (stylish) or together at the end (machine formats). */
class Problems {
  readonly collected: FileReport[] = [];
  constructor(private readonly format: FormatId, private readonly lang: Lang) {}
  add(reports: readonly FileReport[], show: boolean, frames = true): void {
    if (this.format !== 'stylish') this.collected.push(...reports);
    else if (show) writeStderr(stylishText(reports.filter((r) => r.diagnostics.length), this.lang, { frames }));
  }
  async flush(): Promise<void> {
    if (this.format !== 'stylish') await reportProblems(this.collected, this.format, this.lang);
  }
}

async function loadActuals(file: string, options: ReviewOptions, problems: Problems): Promise<Actuals | undefined> {
  try {
    return await readActuals(file, options.lang);
  } catch (error) {
    if (error instanceof TableError && error.diagnostics.length) {
      problems.add([{ file, ...(error.source ? { source: error.source } : {}), diagnostics: error.diagnostics }], true);
      return undefined;
    }
    throw error;
  }
}

/** One line per dimension on the terminal: the total's attainment and what is flagged. */
function terminalSummary(figures: ReviewFigures, valid: ValidPlan, lang: Lang): string {
  const total = figures.total;
  const lines: string[] = [];
  if (total.attainment) {
    const line = say(lang, commandText.reviewSummaryTotal, { attainment: percent(total.attainment.toDecimalPlaces(1)), period: canonicalPeriod(valid.period) });
    lines.push(total.below ? err.red(line) : total.attainment.greaterThanOrEqualTo(100) ? err.green(line) : err.yellow(line));
  }
  if (figures.flagged.length) {
    lines.push(err.yellow(say(lang, commandText.reviewSummaryFlagged, {
      threshold: percent(figures.threshold),
      items: figures.flagged.map((f) => `${f.name} ${percent(f.attainment.toDecimalPlaces(1))}`).join(pick(lang, listSeparator)),
    })));
  }
  return lines.join('\n');
}

export async function run(file: string, options: ReviewOptions): Promise<number> {
  const msgLang = resolveLang(options.lang);
  if (!options.actuals) throw new UserError(say(msgLang, commandText.reviewNeedActuals), ExitCode.usage);
  const writer = writerFor(options.format, msgLang);
  const problemFormat = reportFormat(options.report, msgLang);
  if (options.output === '-' && writer.binary) refuseBinaryOnTerminal(writer.id, msgLang);
  if (options.output === '-' && problemFormat !== 'stylish') throw new UserError(say(msgLang, commandText.reportAndStdout, { format: problemFormat }), ExitCode.usage);
  chartMode(options, msgLang);
  const growth = options.growth === undefined ? 0 : Number(options.growth.replace(/%$/, ''));
  if (!Number.isFinite(growth) || growth <= -100 || growth > 1000) throw new UserError(say(msgLang, commandText.reviewBadGrowth, { value: q(msgLang, options.growth ?? '') }), ExitCode.usage);

  const validation = await validateFile(file, { lang: options.lang });
  const lang = validation.lang;
  const problems = new Problems(problemFormat, lang);
  problems.add(reportsOf(validation), !(options.quiet && validation.valid));
  if (!validation.valid) return problems.flush().then(() => ExitCode.problems);
  const valid = validation.valid;

  const actuals = await loadActuals(options.actuals, options, problems);
  if (!actuals) return problems.flush().then(() => ExitCode.problems);
  if (actuals.period !== undefined) {
    const parsed = parsePeriod(actuals.period);
    if (typeof parsed !== 'object' || canonicalPeriod(parsed) !== canonicalPeriod(valid.period)) {
      throw new UserError(say(lang, actualsText.periodMismatch, { actual: actuals.period, plan: canonicalPeriod(valid.period) }), ExitCode.problems);
    }
  }
  const { figures, diagnostics: found } = computeAttainment(valid.plan, valid.derived, actuals, lang);
  const diagnostics = [...actuals.warnings, ...found]; // the file's own doubts (an encoding) first
  problems.add([{ file: actuals.file, ...(actuals.source ? { source: actuals.source } : {}), diagnostics }], diagnostics.length > 0);
  if (diagnostics.some((d) => d.severity === 'error')) return problems.flush().then(() => ExitCode.problems);

  // Outputs are decided, and refused if they cannot be written, before anything is written.
  const base = join(dirname(file), basename(file, extname(file)));
  const toStdout = options.output === '-';
  const target = toStdout ? undefined : options.output ?? `${base}-review.${writer.extension}`;
  if (target) checkOutputPath(target, lang, { force: options.force, inputs: [file, options.actuals] });
  let next: ReturnType<typeof nextPlanFrom> | undefined;
  let nextTarget: string | undefined;
  if (options.next) {
    next = nextPlanFrom(valid, figures, { growth, base: options.fromActuals ? 'actual' : 'target' }, lang);
    nextTarget = typeof options.next === 'string' ? options.next : join(dirname(file), `plan-${canonicalPeriod(next.period)}.yaml`);
    checkOutputPath(nextTarget, lang, { force: options.force, inputs: [file, options.actuals, ...(target ? [target] : [])] });
    figures.next = { period: next.period, growth: dec(growth), base: options.fromActuals ? 'actual' : 'target', ...(next.revenue ? { revenue: next.revenue } : {}) };
  }

  // The next plan is checked before anything is written: both files are written, or neither.
  let nextYaml: string | undefined;
  if (next && nextTarget) {
    const customers = next.plan.customers;
    if (customers && !isAbsolute(customers.file)) {
      // The customer list stays where it is; the next plan may be written elsewhere.
      customers.file = relative(dirname(resolve(nextTarget)), resolve(dirname(file), customers.file)).split('\\').join('/');
    }
    const origin = say(lang, origins, { period: canonicalPeriod(valid.period), base: pick(lang, bases[options.fromActuals ? 'actual' : 'target']), growth, date: todayIso() });
    nextYaml = planToYaml(next.plan, lang, schemaPathFor(nextTarget), todayIso(), origin);
    if (next.plan.targets?.last_revenue === undefined) nextYaml = askForLastRevenue(nextYaml, canonicalPeriod(valid.period), valid.plan.targets.revenue, lang);
    const check = await validateText(nextYaml, nextTarget, { lang, draft: true });
    if (!check.valid) {
      writeStderr(stylishText(reportsOf(check), lang, { frames: false }));
      throw new UserError(say(lang, commandText.reviewNextInvalid, { file: nextTarget }), ExitCode.problems);
    }
  }

  const doc = buildReviewDocument(valid, figures, { templatesDir: options.templates, charts: chartsWanted(options) });
  const beside: ChartFiles[] = [];
  const data = await renderAs(writer.id, { doc, plan: valid, review: figures }, { lang, flags: options, beside, ...(target ? { target } : {}), ...(options.quiet ? {} : { notice: writeStderr }) });
  if (target) {
    writeFileAtomic(target, data, lang, { force: options.force, inputs: [file, options.actuals] });
    for (const files of beside) await writeChartFiles(files, lang);
  }
  else await writeStdout(data);

  if (nextYaml && nextTarget) writeFileAtomic(nextTarget, nextYaml, lang, { force: options.force, inputs: [file, options.actuals] });

  if (!options.quiet) {
    const summary = terminalSummary(figures, valid, lang);
    if (summary) writeStderr(summary);
    if (target) writeStderr(err.green(say(lang, commandText.wrote, { file: target })));
    if (nextTarget) writeStderr(err.green(say(lang, commandText.wrote, { file: nextTarget })));
    const notes = next ? rollForwardNotes(next, canonicalPeriod(valid.period), lang) : [];
    if (notes.length) writeStderr(notes.join('\n'));
  }
  await problems.flush();
  return ExitCode.ok;
}
