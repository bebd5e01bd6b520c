// salesplan rollup team-a.yaml team-b.yaml … -o dept.yaml: the department's plan as the sum of
// its teams' plans (src/compare/rollup.ts), checked by the same rules as any plan before it is
// written. --check dept.yaml compares an existing department plan with that sum instead, figure by
// figure, and exits 1 when they differ: the bottom-up check a department head does by hand.
// Exit codes: 0 written (or the sum matches), 1 conflicts between the teams (or a figure that does
// not add up), 2 a plan that does not validate or a usage error.
import { basename } from 'node:path';
import { Chalk } from 'chalk';
import { todayIso } from '../document/build.js';
import { ExitCode, UserError } from '../errors.js';
import { resolveLang } from '../i18n/lang.js';
import { say } from '../i18n/localized.js';
import { checkOutputPath, writeFileAtomic } from '../io/files.js';
import { expandInputs } from '../io/inputs.js';
import { diffPlans } from '../compare/diff.js';
import { diffToTerminal } from '../compare/output.js';
import { rollUp, type TeamPlan } from '../compare/rollup.js';
import { reportsOf, validateFile, validateText, type Validation } from '../plan/validate.js';
import { err, out } from '../report/colors.js';
import { stylishText } from '../report/problems.js';
import { writeStderr, writeStdout } from '../report/streams.js';
import { planToYaml, schemaPathFor } from '../wizard/yaml-out.js';
import { commandText } from './messages.js';

export interface RollupOptions {
  output?: string;
  check?: string;
  department?: string;
  author?: string;
  lang?: string;
  force?: boolean;
  quiet?: boolean;
}

const origins = {
  'zh-CN': '由 salesplan rollup 汇总 {files} 生成，于 {date}。',
  en: 'Rolled up from {files} by salesplan rollup on {date}.',
} as const;

export async function run(inputs: string[], options: RollupOptions): Promise<number> {
  const lang = resolveLang(options.lang);
  const files = await expandInputs(inputs, ['yaml', 'yml']);
  if (files.length < 2) throw new UserError(say(lang, commandText.rollupNeedsTwo), ExitCode.usage);
  const target = options.output && options.output !== '-' ? options.output : undefined;
  if (target) checkOutputPath(target, lang, { force: options.force, inputs: [...files, ...(options.check ? [options.check] : [])] });

  const validations: Validation[] = [];
  for (const file of files) validations.push(await validateFile(file, { lang: options.lang, draft: true }));
  const invalid = validations.filter((v) => !v.valid);
  if (invalid.length) {
    writeStderr(stylishText(invalid.flatMap(reportsOf).filter((r) => r.diagnostics.length), lang));
    throw new UserError(say(lang, commandText.rollupInvalid, { files: invalid.map((v) => v.loaded.file).join(', ') }), ExitCode.usage);
  }
  const teams = validations.map((validation, i) => ({ file: files[i]!, validation }) as TeamPlan);
  const docLang = options.lang ? lang : teams[0]!.validation.valid.lang;
  const { plan, conflicts, notes } = rollUp(teams, docLang, { department: options.department, author: options.author });
  if (!plan) {
    writeStderr(stylishText(teams.map((t) => ({ file: t.file, source: t.validation.loaded.source, diagnostics: conflicts.filter((c) => c.file === t.file) })).filter((r) => r.diagnostics.length), lang));
    throw new UserError(say(lang, commandText.rollupConflicts, { count: conflicts.length }), ExitCode.problems);
  }

  if (!options.quiet) for (const note of notes) writeStderr(err.yellow(note));
  const origin = say(docLang, origins, { files: files.map((f) => basename(f)).join(', '), date: todayIso() });
  const yaml = planToYaml(plan, docLang, target ? schemaPathFor(target) : 'plan.schema.json', todayIso(), origin);
  // The sum is a plan like any other: it must pass the same checks before anyone relies on it.
  const sum = await validateText(yaml, target ?? 'rollup.yaml', { lang: options.lang, draft: true });
  if (!sum.valid) {
    writeStderr(stylishText(reportsOf(sum), lang, { frames: false }));
    throw new UserError(say(lang, commandText.rollupResultInvalid), ExitCode.problems);
  }

  if (options.check) {
    const dept = await validateFile(options.check, { lang: options.lang, draft: true });
    if (!dept.valid) {
      writeStderr(stylishText(reportsOf(dept).filter((r) => r.diagnostics.length), lang));
      // 2, not 1: with --check, 1 means the figures do not add up.
      throw new UserError(say(lang, commandText.rollupInvalid, { files: options.check }), ExitCode.usage);
    }
    // Only the figures: the department's own prose is its own.
    const figures = diffPlans(sum.valid, dept.valid, docLang).figures;
    const names = { before: say(docLang, commandText.rollupSumOf, { count: files.length }), after: basename(options.check) };
    if (figures.length === 0) {
      if (!options.quiet) writeStderr(err.green(say(lang, commandText.rollupCheckOk, { file: options.check })));
      return ExitCode.ok;
    }
    const text = `${diffToTerminal({ figures, fields: [] }, docLang, names, target ? new Chalk({ level: 0 }) : out)}\n`;
    if (target) writeFileAtomic(target, text, lang, { force: options.force, inputs: [...files, options.check] });
    else await writeStdout(text);
    return ExitCode.problems;
  }

  if (target) {
    writeFileAtomic(target, yaml, lang, { force: options.force, inputs: files });
    if (!options.quiet) writeStderr(err.green(say(lang, commandText.wrote, { file: target })));
  } else await writeStdout(yaml);
  return ExitCode.ok;
}
