// The lint readers (textlint's processors): each format's id, the file extensions it takes and
// how it reads bytes into the outline. The one list of what `salesplan lint` reads: the command's
// input expansion and the engine's choice of reader both come from here.
import type { Lang } from '../../i18n/lang.js';
import { isZip } from '../../io/zip.js';
import type { Format, Outline } from '../outline.js';
import { readDocx } from './docx.js';
import { decodeTextFile } from './decode.js';
import { readMarkdown } from './markdown.js';
import { readText } from './text.js';

export interface LintReader {
  format: Format;
  /** Extensions without the dot, lower case. */
  extensions: readonly string[];
  /** True when the reader takes raw bytes (a zip), false when it takes decoded text. */
  binary: boolean;
  read(bytes: Uint8Array, file: string, lang: Lang): Outline;
}

export const LINT_READERS: readonly LintReader[] = [
  { format: 'md', extensions: ['md', 'markdown'], binary: false, read: (bytes, file, lang) => readMarkdown(decodeTextFile(bytes, file, lang), file) },
  { format: 'docx', extensions: ['docx'], binary: true, read: (bytes, file, lang) => readDocx(bytes, file, lang) },
  { format: 'txt', extensions: ['txt'], binary: false, read: (bytes, file, lang) => readText(decodeTextFile(bytes, file, lang), file) },
];

/** Every extension lint reads (for expanding folders and globs). */
export const LINT_EXTENSIONS: readonly string[] = LINT_READERS.flatMap((r) => r.extensions);

/** The reader for a file: a zip is a DOCX whatever its name; else by extension; else text. */
export function readerFor(file: string, bytes: Uint8Array): LintReader {
  const ext = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';
  if (isZip(bytes)) return LINT_READERS.find((r) => r.binary)!;
  return LINT_READERS.find((r) => r.extensions.includes(ext)) ?? LINT_READERS.find((r) => r.format === 'txt')!;
}
