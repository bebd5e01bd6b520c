// generate annual.yaml --month 2027-03 [--emit-yaml]: one month of an annual plan, as the month's
// plan file (to fill in and keep) or straight away as that month's document.
import { basename, dirname, extname, join } from 'node:path';
import { buildDocument, todayIso } from '../document/build.js';
import { ExitCode, UserError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { q, t } from '../i18n/t.js';
import { checkOutputPath, writeFileAtomic } from '../io/files.js';
import { monthPlanFrom } from '../plan/month-from-annual.js';
import { canonicalPeriod, parsePeriod } from '../plan/period.js';
import { reportsOf, validateText, type ValidPlan } from '../plan/validate.js';
import { err } from '../report/colors.js';
import { formatStylish } from '../report/diagnostics.js';
import { planToYaml, schemaPathFor } from '../plan/yaml-out.js';
import type { GenerateOptions } from './generate.js';
import { writeStderr, writeStdout } from './shared.js';

/** "2027-03", "2027年3月", "3", "3月" → the month number, checked against the plan's year. */
export function monthOf(raw: string, year: number, lang: Lang): number {
  const text = raw.trim();
  const bare = /^(\d{1,2})\s*月?$/.exec(text);
  if (bare && Number(bare[1]) >= 1 && Number(bare[1]) <= 12) return Number(bare[1]);
  const parsed = parsePeriod(text);
  if (typeof parsed === 'object' && parsed.kind === 'monthly') {
    if (parsed.year !== year) throw new UserError(t(lang, 'cli.monthNotInYear', { month: q(lang, raw), year }), ExitCode.usage);
    return parsed.month!;
  }
  throw new UserError(t(lang, 'cli.badMonth', { month: q(lang, raw), example: `${year}-03` }), ExitCode.usage);
}

export async function runMonth(file: string, valid: ValidPlan, options: GenerateOptions & { month: string; render: (doc: ReturnType<typeof buildDocument>, lang: Lang) => Promise<string | Uint8Array>; format: string }): Promise<number> {
  const lang = valid.lang;
  if (valid.plan.kind !== 'annual') throw new UserError(t(lang, 'cli.monthNeedsAnnual', { file, kind: valid.plan.kind }), ExitCode.usage);
  const month = monthOf(options.month, valid.period.year, lang);
  const input = monthPlanFrom(valid, month, lang);
  const code = canonicalPeriod({ kind: 'monthly', year: valid.period.year, month });
  const ext = options.emitYaml ? '.yaml' : `.${options.format}`;
  const toStdout = options.output === '-';
  const target = toStdout ? undefined : options.output ?? join(dirname(file), `${basename(file, extname(file))}-${code}${ext}`);
  if (target) checkOutputPath(target, lang, { force: options.force, inputs: [file] });

  const origin = lang === 'zh-CN'
    ? `由 salesplan 从年度计划 ${basename(file)} 分解出的 ${code} 月度计划，于 ${todayIso()} 生成。`
    : `The ${code} plan split from the annual plan ${basename(file)} by salesplan on ${todayIso()}.`;
  const yaml = planToYaml(input, lang, schemaPathFor(target ?? '-'), todayIso(), origin);
  // The month plan is checked by the same rules as any plan: what its style still needs is named.
  const check = await validateText(yaml, target ?? `${code}.yaml`, { lang, draft: true });
  if (!check.valid) {
    writeStderr(formatStylish(reportsOf(check), lang, err, { frames: false }));
    throw new UserError(t(lang, 'cli.monthPlanInvalid', { month: code }), ExitCode.problems);
  }
  let data: string | Uint8Array = yaml;
  if (!options.emitYaml) data = await options.render(buildDocument(check.valid, { draft: true, templatesDir: options.templates }), lang);
  if (target) {
    writeFileAtomic(target, data, lang, { force: options.force, inputs: [file] });
    if (!options.quiet) writeStderr(err.green(t(lang, 'cli.wrote', { file: target })));
  } else await writeStdout(data);

  if (!options.quiet) {
    // What the month's style still needs and the year did not give: to fill in before generating.
    const needs = await validateText(yaml, target ?? `${code}.yaml`, { lang });
    const missing = needs.diagnostics.filter((d) => d.code === 'style-data-missing');
    if (missing.length) {
      writeStderr(err.yellow(t(lang, options.emitYaml ? 'cli.monthPlanToFill' : 'cli.monthDocDraft', { count: missing.length, file: target ?? code })));
      for (const d of missing) writeStderr(err.dim(`  - ${d.message}`));
    }
  }
  return ExitCode.ok;
}
