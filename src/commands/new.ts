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
import { readActuals } from '../data/actuals.js';
import { TableError } from '../data/read-table.js';
import { computeAttainment } from '../plan/attainment.js';
import { canonicalPeriod } from '../plan/period.js';
import { askForLastRevenue, rollForward, rollForwardNotes, rollText, type Dropped, type RollForward } from '../plan/roll-forward.js';
import { Plan as PlanSchema, type Plan, type PlanInput } from '../plan/schema.js';

export interface NewOptions extends NewFlags {
  lang?: string;
  from?: string;
  /** Last period's actuals for --from: they become last_revenue and the lines' last amounts. */
  actuals?: string;
  yes?: boolean;
  force?: boolean;
  generate?: string;
}

/** The blocks and targets of the rolled-forward plan that the wizard's answers left out. */
function notCarried(rolled: PlanInput, written: PlanInput): Dropped[] {
  const out: Dropped[] = [];
  const has = (v: unknown) => v !== undefined && !(Array.isArray(v) && v.length === 0);
  const rolledRow = rolled as Record<string, unknown>;
  const writtenRow = written as Record<string, unknown>;
  for (const key of Object.keys(rolledRow)) {
    if (key !== 'targets' && has(rolledRow[key]) && !has(writtenRow[key])) out.push({ key, reason: rollText.notCarried });
  }
  const rolledTargets = (rolled.targets ?? {}) as Record<string, unknown>;
  const writtenTargets = (written.targets ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(rolledTargets)) {
    if (has(rolledTargets[key]) && !has(writtenTargets[key])) out.push({ key: `targets.${key}`, reason: rollText.notCarried });
  }
  return out;
}

/** Whether the written plan has a value at a key such as targets.last_revenue or products[2].last_amount. */
function answered(plan: PlanInput, key: string): boolean {
  let value: unknown = plan;
  for (const part of key.split(/[.[\]]+/).filter(Boolean)) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  return value !== undefined;
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

  // From a previous plan: moved on a period by rollForward, which never turns a target into an actual.
  let from: Plan | undefined;
  let roll: RollForward | undefined;
  let oldPlan: Plan | undefined;
  let oldPeriod = '';
  if (options.from) {
    const previous = await validateFile(options.from, { lang, draft: true });
    if (!previous.valid) {
      writeStderr(stylishText(reportsOf(previous), lang));
      return ExitCode.problems;
    }
    oldPlan = previous.valid.plan;
    oldPeriod = canonicalPeriod(previous.valid.period);
    let figures;
    if (options.actuals) {
      let actuals;
      try {
        actuals = await readActuals(options.actuals, options.lang);
      } catch (error) {
        if (!(error instanceof TableError) || !error.diagnostics.length) throw error;
        writeStderr(stylishText([{ file: options.actuals, ...(error.source ? { source: error.source } : {}), diagnostics: error.diagnostics }], lang));
        return ExitCode.problems;
      }
      const result = computeAttainment(previous.valid.plan, previous.valid.derived, actuals, lang);
      const diagnostics = [...actuals.warnings, ...result.diagnostics];
      if (diagnostics.length) writeStderr(stylishText([{ file: actuals.file, ...(actuals.source ? { source: actuals.source } : {}), diagnostics }], lang));
      if (diagnostics.some((d) => d.severity === 'error')) return ExitCode.problems;
      figures = result.figures;
    }
    roll = rollForward(previous.valid.plan, previous.valid.period, figures);
    // The wizard moves the period on itself (its default, which the author may change).
    from = PlanSchema.parse({ ...roll.plan, period: previous.valid.plan.period });
  }

  const answers = answersFromFlags(options, lang);
  // The old period's actual from --actuals answers the question of last period's revenue.
  const actualRevenue = roll?.plan.targets?.last_revenue;
  if (actualRevenue !== undefined && answers['last-revenue'] === undefined) answers['last-revenue'] = String(actualRevenue);
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

    let yaml = planToYaml(result.plan, lang, schemaPathFor(target), todayIso());
    if (roll && result.plan.targets?.last_revenue === undefined) yaml = askForLastRevenue(yaml, oldPeriod, oldPlan?.targets.revenue, lang);
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
    if (roll) {
      const notes = rollForwardNotes({ ...roll, dropped: [...roll.dropped, ...notCarried(roll.plan, result.plan)], missing: roll.missing.filter((key) => !answered(result.plan, key)) }, oldPeriod, lang);
      if (notes.length) writeStderr(notes.join('\n'));
    }
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
