// salesplan review plan.yaml --actuals actuals.csv|.xlsx|.yaml: the period against its plan.
// Attainment and gap for the total, product lines, channels, reps and metrics, with what is under
// the improvement threshold flagged; written as a review document (Markdown or DOCX), summed up on
// the terminal, and with --next, the next period's plan file seeded from it.
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { todayIso } from '../document/build.js';
import { buildReviewDocument } from '../document/build-review.js';
import { ExitCode, UserError } from '../errors.js';
import { resolveLang, type Lang } from '../i18n/lang.js';
import { percent } from '../i18n/format.js';
import { q, t } from '../i18n/t.js';
import { checkOutputPath, writeFileAtomic } from '../io/files.js';
import { readActuals, type Actuals } from '../data/actuals.js';
import { TableError } from '../data/read-table.js';
import { computeAttainment, type ReviewFigures } from '../plan/attainment.js';
import { dec } from '../plan/money.js';
import { nextPlanFrom } from '../plan/next-period.js';
import { canonicalPeriod, parsePeriod } from '../plan/period.js';
import { reportsOf, validateFile, validateText, type ValidPlan } from '../plan/validate.js';
import { err } from '../report/colors.js';
import { formatStylish } from '../report/diagnostics.js';
import { planToYaml, schemaPathFor } from '../wizard/yaml-out.js';
import type { DocxFlags } from './docx-options.js';
import { chartMode, chartsWanted, markdownWithCharts, type ChartFlags } from '../charts/options.js';
import { writeStderr, writeStdout } from './shared.js';

export interface ReviewOptions extends DocxFlags, ChartFlags {
  actuals?: string;
  format?: string;
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

const FORMATS = ['md', 'docx'] as const;

async function loadActuals(file: string, options: ReviewOptions, lang: Lang): Promise<Actuals | undefined> {
  try {
    return await readActuals(file, options.lang);
  } catch (error) {
    if (error instanceof TableError && error.diagnostics.length) {
      writeStderr(formatStylish([{ file, ...(error.source ? { source: error.source } : {}), diagnostics: error.diagnostics }], lang, err));
      return undefined;
    }
    throw error;
  }
}

/** One line per dimension on the terminal: the total's attainment and what is flagged. */
function terminalSummary(figures: ReviewFigures, valid: ValidPlan, lang: Lang): string {
  const zh = lang === 'zh-CN';
  const total = figures.total;
  const lines: string[] = [];
  if (total.attainment) {
    const line = t(lang, 'review.summaryTotal', { attainment: percent(total.attainment.toDecimalPlaces(1)), period: canonicalPeriod(valid.period) });
    lines.push(total.below ? err.red(line) : total.attainment.greaterThanOrEqualTo(100) ? err.green(line) : err.yellow(line));
  }
  if (figures.flagged.length) {
    lines.push(err.yellow(t(lang, 'review.summaryFlagged', {
      threshold: percent(figures.threshold),
      items: figures.flagged.map((f) => `${f.name} ${percent(f.attainment.toDecimalPlaces(1))}`).join(zh ? '、' : ', '),
    })));
  }
  return lines.join('\n');
}

export async function run(file: string, options: ReviewOptions): Promise<number> {
  const msgLang = resolveLang(options.lang);
  if (!options.actuals) throw new UserError(t(msgLang, 'review.needActuals'), ExitCode.usage);
  const format = (options.format ?? 'md').toLowerCase().replace(/^markdown$/, 'md') as (typeof FORMATS)[number];
  chartMode(options, msgLang);
  if (!FORMATS.includes(format)) throw new UserError(t(msgLang, 'cli.unknownFormat', { format: q(msgLang, options.format ?? ''), choices: FORMATS.join(', ') }), ExitCode.usage);
  const growth = options.growth === undefined ? 0 : Number(options.growth.replace(/%$/, ''));
  if (!Number.isFinite(growth) || growth <= -100 || growth > 1000) throw new UserError(t(msgLang, 'review.badGrowth', { value: q(msgLang, options.growth ?? '') }), ExitCode.usage);

  const validation = await validateFile(file, { lang: options.lang });
  const lang = validation.lang;
  const planReport = formatStylish(reportsOf(validation).filter((r) => r.diagnostics.length), lang, err);
  if (planReport && !(options.quiet && validation.valid)) writeStderr(planReport);
  if (!validation.valid) return ExitCode.problems;
  const valid = validation.valid;

  const actuals = await loadActuals(options.actuals, options, lang);
  if (!actuals) return ExitCode.problems;
  if (actuals.period !== undefined) {
    const parsed = parsePeriod(actuals.period);
    if (typeof parsed !== 'object' || canonicalPeriod(parsed) !== canonicalPeriod(valid.period)) {
      throw new UserError(t(lang, 'actuals.periodMismatch', { actual: actuals.period, plan: canonicalPeriod(valid.period) }), ExitCode.problems);
    }
  }
  const { figures, diagnostics } = computeAttainment(valid.plan, valid.derived, actuals, lang);
  if (diagnostics.length) writeStderr(formatStylish([{ file: actuals.file, ...(actuals.source ? { source: actuals.source } : {}), diagnostics }], lang, err));
  if (diagnostics.some((d) => d.severity === 'error')) return ExitCode.problems;

  // Outputs are decided, and refused if they cannot be written, before anything is written.
  const base = join(dirname(file), basename(file, extname(file)));
  const toStdout = options.output === '-';
  const target = toStdout ? undefined : options.output ?? `${base}-review.${format}`;
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
    const origin = lang === 'zh-CN'
      ? `由 salesplan review 根据 ${canonicalPeriod(valid.period)} 的实际完成情况生成（${options.fromActuals ? '以实际' : '以目标'}为基数，增长 ${growth}%），于 ${todayIso()}。`
      : `Written by salesplan review from the ${canonicalPeriod(valid.period)} actuals (${options.fromActuals ? 'actuals' : 'targets'} grown by ${growth}%) on ${todayIso()}.`;
    nextYaml = planToYaml(next.plan, lang, schemaPathFor(nextTarget), todayIso(), origin);
    const check = await validateText(nextYaml, nextTarget, { lang, draft: true });
    if (!check.valid) {
      writeStderr(formatStylish(reportsOf(check), lang, err, { frames: false }));
      throw new UserError(t(lang, 'review.nextInvalid', { file: nextTarget }), ExitCode.problems);
    }
  }

  const doc = buildReviewDocument(valid, figures, { templatesDir: options.templates, charts: chartsWanted(options) });
  let data: string | Uint8Array;
  if (format === 'md') {
    data = await markdownWithCharts(doc, target, options, lang, options.quiet ? undefined : writeStderr);
  } else {
    const { renderDocxWithFlags } = await import('./docx-options.js');
    data = await renderDocxWithFlags(doc, options, lang);
  }
  if (target) writeFileAtomic(target, data, lang, { force: options.force, inputs: [file, options.actuals] });
  else await writeStdout(data);

  if (nextYaml && nextTarget) writeFileAtomic(nextTarget, nextYaml, lang, { force: options.force, inputs: [file, options.actuals] });

  if (!options.quiet) {
    const summary = terminalSummary(figures, valid, lang);
    if (summary) writeStderr(summary);
    if (target) writeStderr(err.green(t(lang, 'cli.wrote', { file: target })));
    if (nextTarget) writeStderr(err.green(t(lang, 'cli.wrote', { file: nextTarget })));
  }
  return ExitCode.ok;
}
