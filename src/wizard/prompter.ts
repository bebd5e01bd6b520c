// How the wizard asks. In a terminal, through @inquirer/prompts (loaded only here), where Ctrl-C
// and Esc both cancel; without one — in CI, in a pipe, with --yes, in tests — from answers given
// as flags or defaults, collecting the questions nobody answered so the run can name their flags.
import { emitKeypressEvents } from 'node:readline';

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

/** Answers from flags, a previous plan or a test; questions without one take their default. */
export class ScriptedPrompter implements Prompter {
  readonly interactive = false;
  /** Flags of needed questions nobody answered, with what they are for. */
  readonly missing: Array<{ flag: string; message: string }> = [];
  readonly notes: string[] = [];

  constructor(private readonly answers: Readonly<Record<string, unknown>>) {}

  private answer<T>(q: Question<T>, fallback: T): T {
    const given = this.answers[q.id] as T | undefined;
    const value = given !== undefined ? given : q.default;
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
      throw new WizardAnswerError(q.flag ?? `--${q.id}`, String(value), q.choices.map((c) => c.value).join(', '));
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

/** A flag's value that a question's rules reject. */
export class WizardAnswerError extends Error {
  constructor(readonly flag: string, readonly value: string, readonly reason: string) {
    super(`${flag}: ${reason}`);
  }
}

/** Asks in the terminal. Esc aborts like Ctrl-C. */
export async function terminalPrompter(write: (text: string) => void): Promise<Prompter & { dispose(): void }> {
  const prompts = await import('@inquirer/prompts');
  const controller = new AbortController();
  emitKeypressEvents(process.stdin);
  const onKey = (_: unknown, key: { name?: string } | undefined) => {
    if (key?.name === 'escape') controller.abort();
  };
  process.stdin.on('keypress', onKey);
  const context = { signal: controller.signal };
  const validator =
    <T>(q: Question<T>, parse: (raw: string) => T) =>
    (raw: string): true | string => {
      if (raw.trim() === '') return q.required && q.default === undefined ? '…' : true;
      return q.validate ? q.validate(parse(raw)) : true;
    };
  return {
    interactive: true,
    async text(q) {
      const raw = await prompts.input(
        {
          message: q.message,
          ...(q.default !== undefined ? { default: q.default } : {}),
          required: !!q.required && q.default === undefined,
          validate: validator(q, (s) => s.trim()),
        },
        context,
      );
      return raw.trim() === '' ? undefined : raw.trim();
    },
    async select(q) {
      return prompts.select(
        { message: q.message, choices: q.choices.map((c) => ({ ...c })), ...(q.default !== undefined ? { default: q.default } : {}) },
        context,
      );
    },
    async confirm(q) {
      return prompts.confirm({ message: q.message, ...(q.default !== undefined ? { default: q.default } : {}) }, context);
    },
    note(text) {
      write(`${text}\n`);
    },
    dispose() {
      process.stdin.off('keypress', onKey);
    },
  };
}
