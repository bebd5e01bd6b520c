// The table of output formats (pandoc's writer table): what each is called, the extension of its
// files, whether it is binary, and its module, imported only when that format is asked for (the
// docx library is heavy). generate, review, a month of an annual plan and new --generate render
// through ./render.ts; the CLI's -f choices and help read writerIds() and writerChoiceText().
// A new format is one module under src/writers/ and one row here. src/cli.ts imports this file at
// start-up, so it imports nothing but types and the two-language helper.
import type { Lang } from '../i18n/lang.js';
import { pick, type Localized } from '../i18n/localized.js';
import type { WriterModule } from './types.js';

export interface WriterEntry {
  /** The file extension, without the dot. */
  extension: string;
  /** Binary output is refused on a terminal's stdout and written as bytes. */
  binary: boolean;
  /** What the format is, for help and docs. */
  name: Localized;
  load: () => Promise<WriterModule>;
}

export const WRITERS = {
  md: { extension: 'md', binary: false, name: { 'zh-CN': 'Markdown', en: 'Markdown' }, load: () => import('./markdown.js') },
  docx: { extension: 'docx', binary: true, name: { 'zh-CN': 'Word 文档（DOCX）', en: 'Word document (DOCX)' }, load: () => import('./docx.js') },
  pdf: { extension: 'pdf', binary: true, name: { 'zh-CN': 'PDF（由 LibreOffice 从 DOCX 转换）', en: 'PDF (the DOCX converted by LibreOffice)' }, load: () => import('./pdf.js') },
  xlsx: { extension: 'xlsx', binary: true, name: { 'zh-CN': 'Excel 工作簿（xlsx），合计与占比为公式', en: 'Excel workbook (xlsx), totals and shares as formulas' }, load: () => import('./xlsx.js') },
} as const satisfies Record<string, WriterEntry>;

export type WriterId = keyof typeof WRITERS;

export function writerIds(): WriterId[] {
  return Object.keys(WRITERS) as WriterId[];
}

/** "md or docx" / "md 或 docx", for help texts. */
export function writerChoiceText(lang: Lang): string {
  const ids = writerIds();
  const last = ids.pop();
  return ids.length ? `${ids.join(pick(lang, listWords.comma))}${pick(lang, listWords.or)}${last}` : `${last}`;
}

const listWords = { comma: { 'zh-CN': '、', en: ', ' }, or: { 'zh-CN': ' 或 ', en: ' or ' } } as const satisfies Record<string, Localized>;
