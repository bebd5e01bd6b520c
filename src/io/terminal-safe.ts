// Text from files (a plan's names, a CRM export's cells, a document's headings) reaches the
// terminal inside messages. A terminal obeys control characters: `\e]0;…\a` retitles it, `\e[2J`
// clears it, `\r` writes over what was said. So everything printed is passed through here: control
// characters become visible escapes (`\u001B`, also valid inside a JSON string), and an endless line is cut in the middle, so one
// 300,000-character name cannot bury the messages around it.
import { resolveLang } from '../i18n/lang.js';
import { say, type Localized } from '../i18n/localized.js';

/** Our own colours (chalk's SGR sequences), kept when the stream shows colour. */
const SGR = /\x1b\[[0-9;]*m/y;
/** C0 controls but tab and newline, DEL, C1 controls, and the bidirectional overrides that reorder what is shown. */
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

/** A printed line longer than this is cut in the middle. */
const MAX_PRINTED_LINE = 2000;

const cutText: Localized = {
  'zh-CN': '……（此处省略 {count} 个字符）……',
  en: '… ({count} characters left out) …',
};

function escapeChar(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

function escapeControls(text: string, keepColour: boolean): string {
  if (!CONTROL.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (keepColour && ch === '\x1b') {
      SGR.lastIndex = i;
      const m = SGR.exec(text);
      if (m) {
        out += m[0];
        i += m[0].length - 1;
        continue;
      }
    }
    // A Windows line end is a line end, not a carriage return over the line.
    if (ch === '\r' && text[i + 1] === '\n') {
      out += ch;
      continue;
    }
    out += CONTROL.test(ch) ? escapeChar(ch) : ch;
  }
  return out;
}

function shortenLines(text: string, max: number): string {
  if (text.length <= max) return text;
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length <= max) continue;
    const keep = Math.floor(max / 2);
    lines[i] = `${line.slice(0, keep)}${say(resolveLang(), cutText, { count: line.length - 2 * keep })}${line.slice(-keep)}`;
    changed = true;
  }
  return changed ? lines.join('\n') : text;
}

export interface SafeOptions {
  /** Keep SGR colour sequences (the stream shows colour, so they are ours). */
  keepColour?: boolean;
  /** Cut lines longer than this (messages); documents on stdout keep their lines. */
  maxLine?: number;
}

/** Text made safe to print on a terminal: controls escaped, long lines cut. */
export function terminalSafe(text: string, options: SafeOptions = {}): string {
  const escaped = escapeControls(text, options.keepColour ?? false);
  return options.maxLine ? shortenLines(escaped, options.maxLine) : escaped;
}

/** Whether a stream shows colour: then the SGR sequences in it are chalk's. */
function showsColour(stream: NodeJS.WriteStream): boolean {
  if (process.env.NO_COLOR) return !!process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0';
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  return !!stream.isTTY;
}

/** A message for stderr: controls escaped (our colours kept), long lines cut. */
export function safeForStderr(text: string): string {
  return terminalSafe(text, { keepColour: showsColour(process.stderr), maxLine: MAX_PRINTED_LINE });
}

/** A people's report written to stdout (lint's): a message like any other, wherever it goes, since
 * a file it is saved to is read on a terminal later. */
export function safeReportForStdout(text: string): string {
  return terminalSafe(text, { keepColour: showsColour(process.stdout), maxLine: MAX_PRINTED_LINE });
}

/** Text for stdout: a report is a message; a document piped to a file is left alone. */
export function safeForStdout(text: string): string {
  return process.stdout.isTTY ? terminalSafe(text, { keepColour: showsColour(process.stdout) }) : text;
}

/**
 * A short, printable excerpt of text from a file the user may not have written (a cell, a header,
 * a line): controls escaped, at most `max` characters.
 */
export function excerpt(text: string, max = 40): string {
  const flat = terminalSafe(text.replace(/[\r\n\t]+/g, ' '));
  const chars = [...flat];
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * A prompt hides the cursor while it draws; a run ended by a signal must show it again, or the
 * shell is left without one.
 */
export function restoreCursor(): void {
  if (process.stdout.isTTY) process.stdout.write('\x1b[?25h');
}
