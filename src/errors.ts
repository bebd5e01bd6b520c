// User errors carry a finished message and an exit code; they are printed without a stack.
// Anything else that reaches the top-level catch is our bug and is reported as such.

export const ExitCode = {
  ok: 0,
  /** The input has problems: validation or lint errors. */
  problems: 1,
  /** Usage error or unreadable input: missing file, not YAML, not a DOCX. */
  usage: 2,
  interrupted: 130,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export class UserError extends Error {
  readonly exitCode: ExitCode;
  /** Already-formatted extra text (a code frame, a list of choices). */
  readonly detail: string | undefined;

  constructor(message: string, exitCode: ExitCode = ExitCode.usage, detail?: string) {
    super(message);
    this.name = 'UserError';
    this.exitCode = exitCode;
    this.detail = detail;
  }
}

/** Raised when the user interrupts (Ctrl-C, Esc in the wizard). */
export class InterruptedError extends UserError {
  constructor(message: string) {
    super(message, ExitCode.interrupted);
    this.name = 'InterruptedError';
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
