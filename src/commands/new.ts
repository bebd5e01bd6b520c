// salesplan new [file]: the wizard. Asks in a terminal; with --yes, flags or no terminal it runs
// from the answers given and defaults, and names the flags it still needs. Writes nothing until
// the end, and never over an existing file without confirmation or --force.
import { existsSync } from 'node:fs';
import { todayIso } from '../document/build.js';
import { ExitCode, InterruptedError, UserError } from '../errors.js';
import { money, percent, signedPercent } from '../i18n/format.js';
import { resolveLang, type Lang } from '../i18n/lang.js';
import { t } from '../i18n/t.js';
import { writeFileAtomic } from '../io/files.js';
import { reportsOf, validateFile, validateText } from '../plan/validate.js';
import { err } from '../report/colors.js';
import { stylishText } from '../report/problems.js';
import { answersFromFlags, type NewFlags } from '../wizard/flags.js';
import { runWizard } from '../wizard/flow.js';
import { ScriptedPrompter, terminalPrompter, WizardAnswerError, type Prompter } from '../wizard/prompter.js';
import { planToYaml, schemaPathFor } from '../wizard/yaml-out.js';
import { writeStderr } from '../report/streams.js';

export interface NewOptions extends NewFlags {
  lang?: string;
  from?: string;
  yes?: boolean;
  force?: boolean;
  generate?: string;
}

function isInterrupt(error: unknown): boolean {
  const name = (error as Error | undefined)?.name;
  return name === 'ExitPromptError' || name === 'AbortPromptError' || name === 'CancelPromptError';
}

async function summary(lang: Lang, yaml: string, file: string): Promise<string[]> {
  const v = await validateText(yaml, file, { lang });
  if (!v.valid) return [];
  const { derived: d, style } = v.valid;
  const zh = lang === 'zh-CN';
  const m = (x: Parameters<typeof money>[1]) => money(lang, x, { unit: d.unit, precision: 2 });
  const lines = [`${zh ? '风格' : 'Style'}: ${style.name[lang]}`];
  if (d.revenue) lines.push(`${zh ? '销售总额目标' : 'Revenue target'}: ${m(d.revenue)}${d.growth ? `（${signedPercent(d.growth)}）` : ''}`);
  if (d.products.length) lines.push(`${zh ? '产品线' : 'Product lines'}: ${v.valid.plan.products.map((p, i) => `${p.name} ${d.products[i]!.amount ? m(d.products[i]!.amount!) : ''}${d.products[i]!.share ? ` ${percent(d.products[i]!.share!)}` : ''}`).join(zh ? '；' : '; ')}`);
  if (d.headcount && d.perCapita) lines.push(`${zh ? '团队' : 'Team'}: ${d.headcount}${zh ? ' 人，人均 ' : ' people, '}${m(d.perCapita.toDecimalPlaces(2))}${zh ? '' : ' each'}`);
  if (d.budget) lines.push(`${zh ? '预算' : 'Budget'}: ${m(d.budget.total)}${d.budget.shareOfRevenue ? `（${percent(d.budget.shareOfRevenue.toDecimalPlaces(2), 2)}）` : ''}`);
  lines.push(`${zh ? '风险' : 'Risks'}: ${v.valid.plan.risks.length}`);
  return lines;
}

export async function run(file: string | undefined, options: NewOptions): Promise<number> {
  const lang = resolveLang(options.lang);
  const T = (id: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) => t(lang, id, params);
  const interactive = !!process.stdin.isTTY && !!process.stdout.isTTY && !options.yes;

  // The file named up front is refused before any question when it cannot be overwritten.
  if (file && existsSync(file) && !options.force && !interactive) throw new UserError(T('wizard.exists', { file }), ExitCode.usage);

  let from;
  if (options.from) {
    const previous = await validateFile(options.from, { lang, draft: true });
    if (!previous.valid) {
      writeStderr(stylishText(reportsOf(previous), lang));
      return ExitCode.problems;
    }
    from = previous.valid.plan;
  }

  const answers = answersFromFlags(options, lang);
  let prompter: Prompter;
  if (interactive) {
    prompter = await terminalPrompter((text) => process.stdout.write(err.dim(text)));
    process.stdout.write(`${T('wizard.welcome')}\n`);
  } else prompter = new ScriptedPrompter(answers);

  try {
    const result = await runWizard(prompter, { lang, answers, ...(from ? { from } : {}), today: todayIso() });
    if (prompter instanceof ScriptedPrompter && prompter.missing.length) {
      const flags = prompter.missing.map((m) => `${m.flag}（${m.message}）`);
      throw new UserError(T('wizard.needFlags', { flags: [...new Set(flags)].join(lang === 'zh-CN' ? '、' : ', ') }), ExitCode.usage);
    }

    const defaultName = `plan-${result.plan.period}.yaml`;
    let target = file ?? (interactive ? ((await prompter.text({ id: 'output', message: T('wizard.output'), default: defaultName, required: true })) ?? defaultName) : defaultName);
    let force = !!options.force;
    while (existsSync(target) && !force) {
      if (!interactive) throw new UserError(T('wizard.exists', { file: target }), ExitCode.usage);
      force = await prompter.confirm({ id: 'overwrite', message: T('wizard.overwrite', { file: target }), default: false });
      if (!force) target = (await prompter.text({ id: 'output', message: T('wizard.output'), default: defaultName, required: true })) ?? defaultName;
    }

    const yaml = planToYaml(result.plan, lang, schemaPathFor(target), todayIso());
    // The same rules as validate: the wizard cannot write a plan validate rejects.
    const check = await validateText(yaml, target, { lang });
    if (!check.valid || check.diagnostics.some((d) => d.severity === 'error')) {
      writeStderr(stylishText([{ file: target, source: yaml, diagnostics: check.diagnostics }], lang));
      return ExitCode.problems;
    }
    const lines = await summary(lang, yaml, target);
    if (interactive) {
      process.stdout.write(`\n${T('wizard.summary')}\n${lines.map((l) => `  ${l}`).join('\n')}\n\n`);
      if (!(await prompter.confirm({ id: 'confirm', message: T('wizard.confirm'), default: true }))) {
        writeStderr(T('wizard.notSaved'));
        return ExitCode.ok;
      }
    }
    writeFileAtomic(target, yaml, lang, { force });
    writeStderr(err.green(T('wizard.saved', { file: target })));

    const format = options.generate ?? (interactive
      ? await prompter.select({ id: 'generate', message: T('wizard.generate'), default: 'md', choices: [{ value: 'md', name: 'Markdown' }, { value: 'docx', name: 'Word (DOCX)' }, { value: 'none', name: T('wizard.generateNone') }] })
      : 'none');
    prompter.dispose?.();
    if (format === 'md' || format === 'docx') {
      const generate = await import('./generate.js');
      return generate.run([target], { format, lang, force: true });
    }
    return ExitCode.ok;
  } catch (error) {
    prompter.dispose?.();
    if (isInterrupt(error)) throw new InterruptedError(T('cli.interrupted'));
    if (error instanceof WizardAnswerError) {
      throw new UserError(T('wizard.badFlag', { flag: error.flag, value: error.value, format: error.reason }), ExitCode.usage);
    }
    throw error;
  }
}
