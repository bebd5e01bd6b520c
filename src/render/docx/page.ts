// What surrounds the plan on the page: the cover block, the table of contents, the running header
// (company and plan title) and the footer's page numbers (第 X 页 共 Y 页 / Page X of Y), counted in
// the body's own section: the cover and the contents are not numbered, as Chinese documents do.
import {
  AlignmentType, BorderStyle, Footer, Header, PageNumber, Paragraph, TableOfContents, TextRun, type FileChild,
} from 'docx';
import type { Paragraph as MdParagraph } from 'mdast';
import type { DocMeta } from '../../document/build.js';
import { pick, type Localized } from '../../i18n/localized.js';
import { inlineRuns } from './inline.js';
import { halfPoints, type DocxLook } from './look.js';
import type { StyleIds } from './styles.js';

const TEXT = {
  orgJoin: { 'zh-CN': '', en: ', ' },
  contents: { 'zh-CN': '目　录', en: 'Contents' },
} satisfies Record<string, Localized>;

type Field = (typeof PageNumber)[keyof typeof PageNumber];
/** The footer: this page and the body's page count (SECTIONPAGES), not the whole file's. */
const FOOTER: Localized<Array<string | Field>> = {
  'zh-CN': ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES_IN_SECTION, ' 页'],
  en: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES_IN_SECTION],
};

/**
 * The organisation as the cover's "编制单位 / Prepared by" line names it (company and department),
 * so that `generate` and `convert` of its Markdown put the same words in the running header.
 */
export function organisation(meta: DocMeta | undefined, look: DocxLook): string {
  return [meta?.company, meta?.department].filter(Boolean).join(pick(look.lang, TEXT.orgJoin));
}

export function coverBlock(title: string, meta: DocMeta | undefined, metaParagraph: MdParagraph | undefined, look: DocxLook, ids: StyleIds): FileChild[] {
  const out: FileChild[] = [];
  if (look.cover) out.push(new Paragraph({ style: ids.normal, spacing: { before: 3600 }, children: [] }));
  out.push(new Paragraph({ style: ids.title, children: [new TextRun(title)] }));
  const org = organisation(meta, look);
  if (look.cover && org) out.push(new Paragraph({ style: ids.subtitle, children: [new TextRun(org)] }));
  if (metaParagraph) {
    if (look.cover) out.push(new Paragraph({ style: ids.normal, spacing: { before: 2400 }, children: [] }));
    out.push(new Paragraph({ style: ids.cover, children: inlineRuns(metaParagraph.children) }));
  }
  return out;
}

export interface TocEntry {
  title: string;
  level: number;
  page: number;
  href: string;
}

/** The contents: a real TOC field (Word updates it), written with its entries and page numbers. */
export function tocBlock(look: DocxLook, ids: StyleIds, entries: readonly TocEntry[]): FileChild[] {
  const label = pick(look.lang, TEXT.contents);
  return [
    new Paragraph({ style: ids.tocHeading, pageBreakBefore: look.cover, children: [new TextRun(label)] }),
    new TableOfContents(label, { hyperlink: true, headingStyleRange: '1-2', cachedEntries: entries, beginDirty: false }),
  ];
}

export function runningHeader(title: string, meta: DocMeta | undefined, look: DocxLook): Header {
  const text = [organisation(meta, look), title].filter(Boolean).join('　');
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        indent: { firstLine: 0, firstLineChars: 0 },
        spacing: { line: 240 },
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '808080', space: 1 } },
        children: [new TextRun({ text, size: halfPoints(9), color: '595959' })],
      }),
    ],
  });
}

export function pageFooter(look: DocxLook): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        indent: { firstLine: 0, firstLineChars: 0 },
        spacing: { line: 240 },
        children: [new TextRun({ children: pick(look.lang, FOOTER), size: halfPoints(9) })],
      }),
    ],
  });
}
