// salesplan new [file]: the wizard. Asks in a terminal; with --yes, flags or no terminal it runs
// from the answers given and defaults, and names the flags it still needs. Writes nothing until
// the end, and never over an existing file without confirmation or --force.
import { existsSync } from 'node:fs';
import { todayIso } from '../document/build.js';
import { ExitCode, InterruptedError, UserError } from '../errors.js';
import { money, percent, signedPercent } from '../i18n/format.js';
import { resolveLang, type Lang } from '../i18n/lang.js';
import { say } from '../i18n/localized.js';
import { writeFileAtomic } from '../io/files.js';
import { reportsOf, validateFile, validateText } from '../plan/validate.js';
import { planToYaml, schemaPathFor } from '../plan/yaml-out.js';
import { err } from '../report/colors.js';
import { stylishText } from '../report/problems.js';
import { answersFromFlags, type NewFlags } from '../wizard/flags.js';
import { runWizard } from '../wizard/flow.js';
import { wizardText } from '../wizard/messages.js';
import { ScriptedPrompter, terminalPrompter, WizardAnswerError, type Prompter } from '../wizard/prompter.js';
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

/** The plan in a few lines, from the figures the document will show (derive's, not the wizard's). */
async function summary(lang: Lang, yaml: string, file: string): Promise<string[]> {
  const v = await validateText(yaml, file, { lang });
  if (!v.valid) return [];
  const { derived: d, style, plan } = v.valid;
  const m = (x: Parameters<typeof money>[1]) => money(lang, x, { unit: d.unit, precision: 2 });
  const lines = [say(lang, wizardText.summaryStyle, { value: style.name[lang] })];
  if (d.revenue) {
    const value = d.growth ? say(lang, wizardText.summaryGrowth, { value: m(d.revenue), growth: signedPercent(d.growth) }) : m(d.revenue);
    lines.push(say(lang, wizardText.summaryRevenue, { value }));
  }
  if (d.products.length) {
    const products = plan.products.map((p, i) => [p.name, d.products[i]!.amount ? m(d.products[i]!.amount!) : '', d.products[i]!.share ? percent(d.products[i]!.share!) : ''].filter(Boolean).join(' '));
    lines.push(say(lang, wizardText.summaryProducts, { value: products.join(say(lang, wizardText.itemSeparator)) }));
  }
  if (d.headcount && d.perCapita) lines.push(say(lang, wizardText.summaryTeam, { count: d.headcount, value: m(d.perCapita.toDecimalPlaces(2)) }));
  if (d.budget) {
    const total = m(d.budget.total);
    const value = d.budget.shareOfRevenue ? say(lang, wizardText.summaryGrowth, { value: total, growth: percent(d.budget.shareOfRevenue.toDecimalPlaces(2), 2) }) : total;
    lines.push(say(lang, wizardText.summaryBudget, { value }));
  }
  lines.push(say(lang, wizardText.summaryRisks, { count: plan.risks.length }));
  return lines;
}

export async function run(file: string | undefined, options: NewOptions): Promise<number> {
  const lang = resolveLang(options.lang);
  const interactive = !!process.stdin.isTTY && !!process.stdout.isTTY && !options.yes;

  // The file named up front is refused before any question when it cannot be overwritten.
  if (file && existsSync(file) && !options.force && !interactive) throw new UserError(say(lang, wizardText.exists, { file }), ExitCode.usage);

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
    prompter = await terminalPrompter(lang, answers, (text) => process.stdout.write(err.dim(text)));
    process.stdout.write(`${say(lang, wizardText.welcome)}\n`);
  } else prompter = new ScriptedPrompter(answers);

  /** The plan file once it is written: an interruption after that must say so. */
  let saved: string | undefined;
  try {
    const result = await runWizard(prompter, { lang, answers, ...(from ? { from } : {}), today: todayIso() });
    if (prompter instanceof ScriptedPrompter && prompter.missing.length) {
      const flags = prompter.missing.map((m) => say(lang, wizardText.needFlag, { flag: m.flag, message: m.message }));
      throw new UserError(say(lang, wizardText.needFlags, { flags: [...new Set(flags)].join(say(lang, wizardText.listSeparator)) }), ExitCode.usage);
    }

    const defaultName = `plan-${result.plan.period}.yaml`;
    const askName = async () => (await prompter.text({ id: 'output', message: say(lang, wizardText.output), default: defaultName, required: true })) ?? defaultName;
    let target = file ?? (interactive ? await askName() : defaultName);
    let force = !!options.force;
    while (existsSync(target) && !force) {
      if (!interactive) throw new UserError(say(lang, wizardText.exists, { file: target }), ExitCode.usage);
      force = await prompter.confirm({ id: 'overwrite', message: say(lang, wizardText.overwrite, { file: target }), default: false });
      if (!force) target = await askName();
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
      process.stdout.write(`\n${say(lang, wizardText.summary)}\n${lines.map((l) => `  ${l}`).join('\n')}\n\n`);
      if (!(await prompter.confirm({ id: 'confirm', message: say(lang, wizardText.confirm), default: true }))) {
        writeStderr(say(lang, wizardText.notSaved));
        return ExitCode.ok;
      }
    }
    writeFileAtomic(target, yaml, lang, { force });
    saved = target;
    writeStderr(err.green(say(lang, wizardText.saved, { file: target })));

    const format = options.generate ?? (interactive
      ? await prompter.select({ id: 'generate', message: say(lang, wizardText.generate), default: 'md', choices: [{ value: 'md', name: 'Markdown' }, { value: 'docx', name: 'Word (DOCX)' }, { value: 'none', name: say(lang, wizardText.generateNone) }] })
      : 'none');
    prompter.dispose?.();
    if (format === 'md' || format === 'docx') {
      const generate = await import('./generate.js');
      return generate.run([target], { format, lang, force: true });
    }
    return ExitCode.ok;
  } catch (error) {
    prompter.dispose?.();
    if (isInterrupt(error)) {
      throw new InterruptedError(saved ? say(lang, wizardText.interruptedSaved, { file: saved }) : say(lang, wizardText.interrupted));
    }
    if (error instanceof WizardAnswerError) {
      const message = error.choices
        ? say(lang, wizardText.badFlag, { flag: error.flag, value: error.value, format: say(lang, wizardText.flagOneOf, { choices: error.choices.join(' | ') }) })
        : say(lang, wizardText.badFlagValue, { flag: error.flag, value: error.value, reason: error.reason });
      throw new UserError(message, ExitCode.usage);
    }
    throw error;
  }
}
