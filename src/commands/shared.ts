// Small things several commands need: the language of messages, writing to stdout safely.
import { resolveLang, type Lang } from '../i18n/lang.js';
import { writeToStderr, writeToStdout } from '../io/stdout.js';

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
