// --reference-docx: the styles of a user's own Word document (fonts, sizes, colours, heading look),
// as pandoc's --reference-doc. Styles are matched by their names ("heading 1"), since Word writes
// localised ids (a Chinese Word names Heading 1 "1"); styles the reference lacks come from ours.
import { ExitCode, UserError } from '../../errors.js';
import type { Lang } from '../../i18n/lang.js';
import { say } from '../../i18n/localized.js';
import { readInputBytes } from '../../io/files.js';
import { readZipParts, xmlText } from '../../io/zip.js';
import { docxText } from '../../ooxml/messages.js';
import { docxProblem, readStyles } from '../../ooxml/read.js';
import { DEFAULT_STYLE_IDS, type StyleIds } from './styles.js';

export interface ReferenceStyles {
  stylesXml: string;
  ids: StyleIds;
  /** Our style ids the reference has no style for. */
  missing: Set<string>;
}

const NAMES: Array<[keyof StyleIds | 'heading1' | 'heading2' | 'heading3' | 'heading4', string]> = [
  ['title', 'title'], ['subtitle', 'subtitle'], ['heading1', 'heading 1'], ['heading2', 'heading 2'], ['heading3', 'heading 3'], ['heading4', 'heading 4'],
  ['normal', 'normal'], ['tocHeading', 'toc heading'], ['listParagraph', 'list paragraph'],
];

export function readReference(path: string, lang: Lang): ReferenceStyles {
  const bytes = readInputBytes(path, lang, { maxBytes: 50 * 1024 * 1024 });
  let parts: Record<string, Uint8Array>;
  try {
    parts = readZipParts(bytes, (name) => name === 'word/styles.xml');
  } catch (error) {
    throw new UserError(say(lang, docxProblem(bytes, error), { file: path }), ExitCode.usage);
  }
  const stylesPart = parts['word/styles.xml'];
  if (!stylesPart) throw new UserError(say(lang, docxText.noStyles, { file: path }), ExitCode.usage);
  const stylesXml = xmlText(stylesPart);
  let styles;
  try {
    styles = readStyles(stylesXml);
  } catch {
    throw new UserError(say(lang, docxText.notDocx, { file: path }), ExitCode.usage);
  }
  const byName = new Map<string, string>();
  for (const [id, style] of styles) if (style.name) byName.set(style.name.toLowerCase(), id);
  if (byName.size === 0) throw new UserError(say(lang, docxText.noStyles, { file: path }), ExitCode.usage);
  const ids: StyleIds = { ...DEFAULT_STYLE_IDS, heading: [...DEFAULT_STYLE_IDS.heading] };
  const missing = new Set<string>([DEFAULT_STYLE_IDS.tableText, DEFAULT_STYLE_IDS.cover]);
  for (const [key, name] of NAMES) {
    const found = byName.get(name);
    const fallback = key.startsWith('heading') ? DEFAULT_STYLE_IDS.heading[Number(key.slice(-1)) - 1]! : (DEFAULT_STYLE_IDS[key as keyof StyleIds] as string);
    if (!found) missing.add(fallback);
    const id = found ?? fallback;
    if (key.startsWith('heading')) ids.heading[Number(key.slice(-1)) - 1] = id;
    else (ids as unknown as Record<string, string>)[key] = id;
  }
  for (let level = 1; level <= 2; level++) if (!byName.has(`toc ${level}`)) missing.add(`TOC${level}`);
  return { stylesXml, ids, missing };
}
