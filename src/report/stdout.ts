// Standard output as a pipe and as a terminal. A reader that stops early (`| head -1`) closes the
// pipe: the run ends quietly with the status a shell gives a process ended by SIGPIPE, instead of
// Node's EPIPE stack trace. A DOCX is bytes: it goes to a file or a pipe, never onto a terminal.
import { ExitCode, UserError } from '../errors.js';
import { resolveLang, type Lang } from '../i18n/lang.js';
import { say } from '../i18n/localized.js';
import { ioText } from '../io/messages.js';
import { safeForStderr, safeForStdout } from '../io/terminal-safe.js';

/** 128 + SIGPIPE (13): what `yes | head -1` reports for `yes`. */
const BROKEN_PIPE_STATUS = 141;

const isBrokenPipe = (error: unknown): boolean => {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED';
};

let installed = false;

/** Ends the run quietly when stdout's reader goes away; a closed stderr is simply not written to. */
export function installPipeGuard(): void {
  if (installed) return;
  installed = true;
  process.stdout.on('error', (error) => {
    if (isBrokenPipe(error)) process.exit(BROKEN_PIPE_STATUS);
    throw error;
  });
  process.stderr.on('error', (error) => {
    if (!isBrokenPipe(error)) throw error;
  });
}

/**
 * A binary document (DOCX, xlsx, PDF) is never printed on a terminal. Commands ask before they do
 * the work, naming their format; `writeToStdout` asks again for any bytes, as the last line.
 */
export function refuseBinaryOnTerminal(format: string, lang: Lang): void {
  if (process.stdout.isTTY) throw new UserError(say(lang, ioText.binaryToTerminal, { format: format.toUpperCase(), ext: format.toLowerCase() }), ExitCode.usage);
}

/** Writes to stdout and resolves when flushed, so a pipe gets everything before exit. */
export function writeToStdout(data: string | Uint8Array): Promise<void> {
  // Bytes reach here only from convert (a DOCX) once the commands have asked with their format.
  if (typeof data !== 'string') refuseBinaryOnTerminal('docx', resolveLang());
  const text = typeof data === 'string' ? safeForStdout(data) : data;
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (error) => {
      if (error && isBrokenPipe(error)) process.exit(BROKEN_PIPE_STATUS);
      if (error) reject(error);
      else resolve();
    });
  });
}

/** Writes a message line to stderr, made safe for a terminal. */
export function writeToStderr(text: string): void {
  if (text) process.stderr.write(safeForStderr(text.endsWith('\n') ? text : `${text}\n`));
}
