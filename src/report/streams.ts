// The only writers of standard output and standard error besides src/cli.ts (a dependency rule
// and tests/unit/streams.test.ts keep it so): what a command prints goes through here, made safe
// for a terminal and for a reader that closes the pipe early (src/report/stdout.ts).
import { resolveLang, type Lang } from '../i18n/lang.js';
import { writeToStderr, writeToStdout } from './stdout.js';

export { refuseBinaryOnTerminal } from './stdout.js';

export function messageLang(flag?: string): Lang {
  return resolveLang(flag);
}

/** Writes to stdout and resolves when flushed, so a pipe gets everything before exit. */
export function writeStdout(text: string | Uint8Array): Promise<void> {
  return writeToStdout(text);
}

export function writeStderr(text: string): void {
  writeToStderr(text);
}
