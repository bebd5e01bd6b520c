// generate annual.yaml --month 2027-03 [--emit-yaml]: one month of an annual plan, as the month's
// plan file (to fill in and keep) or straight away as that month's document.
import { writeChartFiles, type ChartFiles } from '../charts/files.js';
import { basename, dirname, extname, join } from 'node:path';
import { chartsWanted } from '../charts/options.js';
import { buildDocument, todayIso, type BuildOptions } from '../document/build.js';
import { ExitCode, UserError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { say } from '../i18n/localized.js';
import { q } from '../i18n/t.js';
import { checkOutputPath, writeFileAtomic } from '../io/files.js';
import { monthPlanFrom, monthYtd } from '../plan/month-from-annual.js';
import { canonicalPeriod, parsePeriod } from '../plan/period.js';
import { reportsOf, validateText, type ValidPlan } from '../plan/validate.js';
import { err } from '../report/colors.js';
import { stylishText } from '../report/problems.js';
import { writeStderr, writeStdout } from '../report/streams.js';
import { WRITERS, type WriterId } from '../writers/index.js';
import { renderAs } from '../writers/render.js';
import { planToYaml, schemaPathFor } from '../plan/yaml-out.js';
import type { WriterFlags } from '../writers/types.js';
import { commandText } from './messages.js';

const origins = {
  'zh-CN': '由 salesplan 从年度计划 {file} 分解出的 {month} 月度计划，于 {date} 生成。',
  en: 'The {month} plan split from the annual plan {file} by salesplan on {date}.',
} as const;

/** "2027-03", "2027年3月", "3", "3月" → the month number, checked against the plan's year. */
function monthOf(raw: string, year: number, lang: Lang): number {
  const text = raw.trim();
  const bare = /^(\d{1,2})\s*月?$/.exec(text);
  if (bare && Number(bare[1]) >= 1 && Number(bare[1]) <= 12) return Number(bare[1]);
  const parsed = parsePeriod(text);
  if (typeof parsed === 'object' && parsed.kind === 'monthly') {
    if (parsed.year !== year) throw new UserError(say(lang, commandText.monthNotInYear, { month: q(lang, raw), year }), ExitCode.usage);
    return parsed.month!;
  }
  throw new UserError(say(lang, commandText.badMonth, { month: q(lang, raw), example: `${year}-03` }), ExitCode.usage);
}

/** What generate passes on (its own options are a superset, so this file need not import it). */
export interface MonthOptions extends WriterFlags {
  month: string;
  writer: WriterId;
  emitYaml?: boolean;
  output?: string;
  force?: boolean;
  quiet?: boolean;
  templates?: string;
  /** --no-summary, --no-actions, --no-approval. */
  parts?: BuildOptions['parts'];
}

export async function runMonth(file: string, valid: ValidPlan, options: MonthOptions): Promise<number> {
  const lang = valid.lang;
  if (valid.plan.kind !== 'annual') throw new UserError(say(lang, commandText.monthNeedsAnnual, { file, kind: valid.plan.kind }), ExitCode.usage);
  const month = monthOf(options.month, valid.period.year, lang);
  const input = monthPlanFrom(valid, month, lang);
  const code = canonicalPeriod({ kind: 'monthly', year: valid.period.year, month });
  const ext = options.emitYaml ? '.yaml' : `.${WRITERS[options.writer].extension}`;
  const toStdout = options.output === '-';
  const target = toStdout ? undefined : options.output ?? join(dirname(file), `${basename(file, extname(file))}-${code}${ext}`);
  if (target) checkOutputPath(target, lang, { force: options.force, inputs: [file] });

  const origin = say(lang, origins, { file: basename(file), month: code, date: todayIso() });
  const yaml = planToYaml(input, lang, schemaPathFor(target ?? '-'), todayIso(), origin);
  // The month plan is checked by the same rules as any plan: what its style still needs is named.
  const check = await validateText(yaml, target ?? `${code}.yaml`, { lang, draft: true });
  if (!check.valid) {
    writeStderr(stylishText(reportsOf(check), lang, { frames: false }));
    throw new UserError(say(lang, commandText.monthPlanInvalid, { month: code }), ExitCode.problems);
  }
  let data: string | Uint8Array = yaml;
  // Charts as in any monthly plan: Markdown's files beside the target, written after it (none with -o -, which says so).
  const beside: ChartFiles[] = [];
  // The year-to-date position comes from the year's split, which the month plan alone lacks.
  const ytd = month > 1 ? monthYtd(valid.derived, month) : undefined;
  const build = { draft: true, templatesDir: options.templates, charts: chartsWanted(options), ...(ytd ? { ytd } : {}), ...(options.parts ? { parts: options.parts } : {}) };
  if (!options.emitYaml) data = await renderAs(options.writer, { doc: buildDocument(check.valid, build), plan: check.valid }, { lang, flags: options, beside, ...(target ? { target } : {}), ...(!target && !options.quiet ? { notice: writeStderr } : {}) });
  if (target) {
    writeFileAtomic(target, data, lang, { force: options.force, inputs: [file] });
    for (const files of beside) await writeChartFiles(files, lang);
    if (!options.quiet) writeStderr(err.green(say(lang, commandText.wrote, { file: target })));
  } else await writeStdout(data);

  if (!options.quiet) {
    // What the month's style still needs and the year did not give: to fill in before generating.
    const needs = await validateText(yaml, target ?? `${code}.yaml`, { lang });
    const missing = needs.diagnostics.filter((d) => d.code === 'style-data-missing');
    if (missing.length) {
      writeStderr(err.yellow(say(lang, options.emitYaml ? commandText.monthPlanToFill : commandText.monthDocDraft, { count: missing.length, file: target ?? code })));
      for (const d of missing) writeStderr(err.dim(`  - ${d.message}`));
    }
  }
  return ExitCode.ok;
}
