// How the wizard asks. In a terminal, through @inquirer/prompts (loaded only here), where Ctrl-C
// and Esc both cancel, speaking the user's language through the prompts' own options (select's
// `instructions`, input's `validate`, `theme`); without one — in CI, in a pipe, with --yes, in
// tests — from answers given as flags or defaults, collecting the questions nobody answered so the
// run can name their flags. A question answered by a flag is not asked in either case.
import { emitKeypressEvents } from 'node:readline';
import type { Lang } from '../i18n/lang.js';
import { say } from '../i18n/localized.js';
import { parseYesNo } from './input.js';
import { wizardText } from './messages.js';

export interface Choice<T extends string> {
  value: T;
  name: string;
  description?: string;
}

export interface Question<T> {
  /** Stable id: the key of scripted answers. */
  id: string;
  message: string;
  /** The command-line flag that answers it, named when it is missing. */
  flag?: string;
  default?: T;
  /** Needed: a scripted run without an answer or a default stops and names the flag. */
  required?: boolean;
  /** true, or a message saying what is wrong. */
  validate?: (value: T) => true | string;
}

export interface Prompter {
  /** True when someone is there to answer loops such as "add another product?". */
  readonly interactive: boolean;
  text(q: Question<string>): Promise<string | undefined>;
  select<T extends string>(q: Question<T> & { choices: ReadonlyArray<Choice<T>> }): Promise<T>;
  confirm(q: Question<boolean>): Promise<boolean>;
  /** A line of computed figures shown as the user goes (growth, remainder…). */
  note(text: string): void;
  /** Lets go of the terminal. */
  dispose?(): void;
}

/** A flag's value that a question's rules reject. */
export class WizardAnswerError extends Error {
  /** `choices`: the values a choice question takes, when the value is not one of them. */
  constructor(readonly flag: string, readonly value: string, readonly reason: string, readonly choices?: readonly string[]) {
    super(`${flag}: ${reason}`);
  }
}

/** The answer given as a flag, checked as the question would check a typed one. */
function given<T>(answers: Readonly<Record<string, unknown>>, q: Question<T>): T | undefined {
  const value = answers[q.id] as T | undefined;
  if (value === undefined) return undefined;
  const check = q.validate?.(value);
  if (check !== undefined && check !== true) throw new WizardAnswerError(q.flag ?? `--${q.id}`, String(value), check);
  return value;
}

/** Answers from flags, a previous plan or a test; questions without one take their default. */
export class ScriptedPrompter implements Prompter {
  readonly interactive = false;
  /** Flags of needed questions nobody answered, with what they are for. */
  readonly missing: Array<{ flag: string; message: string }> = [];
  readonly notes: string[] = [];

  constructor(private readonly answers: Readonly<Record<string, unknown>>) {}

  private answer<T>(q: Question<T>, fallback: T): T {
    const value = given(this.answers, q) ?? q.default;
    if (value === undefined || value === '') {
      if (q.required) this.missing.push({ flag: q.flag ?? `--${q.id}`, message: q.message });
      return fallback;
    }
    const check = q.validate?.(value);
    if (check !== undefined && check !== true) throw new WizardAnswerError(q.flag ?? `--${q.id}`, String(value), check);
    return value;
  }

  async text(q: Question<string>): Promise<string | undefined> {
    const value = this.answer(q, '');
    return value === '' ? undefined : value;
  }

  async select<T extends string>(q: Question<T> & { choices: ReadonlyArray<Choice<T>> }): Promise<T> {
    const value = this.answer(q, q.choices[0]!.value);
    if (!q.choices.some((c) => c.value === value)) {
      const values = q.choices.map((c) => c.value);
      throw new WizardAnswerError(q.flag ?? `--${q.id}`, String(value), values.join(', '), values);
    }
    return value;
  }

  async confirm(q: Question<boolean>): Promise<boolean> {
    return this.answer(q, false);
  }

  note(text: string): void {
    this.notes.push(text);
  }

  dispose(): void {
    // nothing held
  }
}

/** Asks in the terminal, in the user's language. Esc aborts like Ctrl-C. */
export async function terminalPrompter(lang: Lang, answers: Readonly<Record<string, unknown>>, write: (text: string) => void): Promise<Prompter & { dispose(): void }> {
  const prompts = await import('@inquirer/prompts');
  const controller = new AbortController();
  emitKeypressEvents(process.stdin);
  const onKey = (_: unknown, key: { name?: string } | undefined) => {
    if (key?.name === 'escape') controller.abort();
  };
  process.stdin.on('keypress', onKey);
  const context = { signal: controller.signal };
  const instructions = { navigation: say(lang, wizardText.selectHelp), pager: say(lang, wizardText.selectPager) };
  return {
    interactive: true,
    async text(q) {
      const flagged = given(answers, q);
      if (flagged !== undefined) return flagged;
      const raw = await prompts.input(
        {
          message: q.message,
          ...(q.default !== undefined ? { default: q.default } : {}),
          // Inquirer's own "required" speaks English: emptiness is checked here instead.
          validate: (value: string) => {
            if (value.trim() === '') return q.required && q.default === undefined ? say(lang, wizardText.required) : true;
            return q.validate ? q.validate(value.trim()) : true;
          },
        },
        context,
      );
      return raw.trim() === '' ? undefined : raw.trim();
    },
    async select(q) {
      const flagged = given(answers, q);
      if (flagged !== undefined) return flagged;
      return prompts.select(
        { message: q.message, choices: q.choices.map((c) => ({ ...c })), instructions, ...(q.default !== undefined ? { default: q.default } : {}) },
        context,
      );
    },
    async confirm(q) {
      const flagged = given(answers, q);
      if (flagged !== undefined) return flagged;
      // Typed as words in either language (是/否, y/n): inquirer's confirm reads only y and n.
      const yes = say(lang, wizardText.yes);
      const no = say(lang, wizardText.no);
      const raw = await prompts.input(
        {
          message: `${q.message}${say(lang, wizardText.yesNoHint)}`,
          default: q.default === false ? no : yes,
          validate: (value: string) => (parseYesNo(value) !== undefined ? true : say(lang, wizardText.yesNoBad)),
          transformer: (value: string, { isFinal }: { isFinal: boolean }) => (isFinal ? (parseYesNo(value) ? yes : no) : value),
        },
        context,
      );
      return parseYesNo(raw) ?? q.default ?? false;
    },
    note(text) {
      write(`${text}\n`);
    },
    dispose() {
      process.stdin.off('keypress', onKey);
    },
  };
}
