// Small things several commands need: the language of messages, writing to stdout safely.
import { resolveLang, type Lang } from '../i18n/lang.js';

export function messageLang(flag?: string): Lang {
  return resolveLang(flag);
}

/** Writes to stdout and resolves when flushed, so a pipe gets everything before exit. */
export function writeStdout(text: string | Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (error) => (error ? reject(error) : resolve()));
  });
}

export function writeStderr(text: string): void {
  if (text) process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
}
