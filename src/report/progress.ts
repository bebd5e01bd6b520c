// A progress bar for runs over many files, on stderr when it is a terminal: one line redrawn in
// place, which messages clear before they print and which is gone when the run ends. In CI, in a
// pipe or with --quiet there is none, and messages print as they come.
import { displayWidth } from '../i18n/width.js';
import { safeForStderr } from '../io/terminal-safe.js';

export interface Progress {
  /** Starts the next file (shown by name). */
  tick(label: string): void;
  /** Prints a message above the bar. */
  log(text: string): void;
  /** Removes the bar. */
  done(): void;
}

const BAR = 24;
const REDRAW_MS = 60;

/** Cuts text to a display width, from the left: the end of a path is the part that tells files apart. */
function fit(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  const chars = [...text];
  let out = '';
  for (let i = chars.length - 1; i >= 0 && displayWidth(`…${chars[i]}${out}`) <= width; i--) out = chars[i] + out;
  return `…${out}`;
}

export function createProgress(total: number, options: { enabled: boolean; stream?: NodeJS.WriteStream }): Progress {
  const stream = options.stream ?? process.stderr;
  const write = (text: string) => stream.write(safeForStderr(text.endsWith('\n') ? text : `${text}\n`));
  if (!options.enabled || total < 2) return { tick: () => undefined, log: write, done: () => undefined };

  let done = 0;
  let label = '';
  let last = 0;
  let shown = false;
  const clear = () => {
    if (shown) stream.write('\r\x1b[2K');
    shown = false;
  };
  const draw = (force = false) => {
    const now = Date.now();
    if (!force && now - last < REDRAW_MS) return;
    last = now;
    const filled = Math.round((done / total) * BAR);
    const counter = `${done}/${total}`;
    const head = `${'█'.repeat(filled)}${'░'.repeat(BAR - filled)} ${counter} `;
    const columns = stream.columns || 80;
    stream.write(`\r\x1b[2K${head}${fit(label, Math.max(10, columns - displayWidth(head) - 1))}`);
    shown = true;
  };
  return {
    tick(next) {
      label = next;
      draw(done === 0);
      done++;
    },
    log(text) {
      clear();
      write(text);
      draw(true);
    },
    done() {
      clear();
    },
  };
}
