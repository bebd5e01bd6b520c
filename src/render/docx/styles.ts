// The paragraph and character styles of the document. All formatting lives in styles, so a
// reference document's styles (--reference-docx) restyle the whole plan, as pandoc's do.
import { AlignmentType, LineRuleType, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import { pick, type Localized } from '../../i18n/localized.js';
import { halfPoints, metrics, twips, type DocxLook } from './look.js';
import { fontName } from './parts.js';

/** The style ids the writer uses; a reference document may name them differently. */
export interface StyleIds {
  title: string;
  subtitle: string;
  heading: [string, string, string, string];
  normal: string;
  tocHeading: string;
  listParagraph: string;
  tableText: string;
  cover: string;
}

export const DEFAULT_STYLE_IDS: StyleIds = {
  title: 'Title',
  subtitle: 'Subtitle',
  heading: ['Heading1', 'Heading2', 'Heading3', 'Heading4'],
  normal: 'Normal',
  tocHeading: 'TOCHeading',
  listParagraph: 'ListParagraph',
  tableText: 'TableText',
  cover: 'CoverMeta',
};

const fonts = (latin: string, eastAsia: string) => ({ ascii: latin, hAnsi: latin, eastAsia: fontName(eastAsia), cs: latin });

/** How each language's documents look: Chinese ones black, headings bold from level 3, justified. */
const LOOK: Localized<{ ink: string; boldHeading: (level: number) => boolean; align: (typeof AlignmentType)[keyof typeof AlignmentType]; subtitle: number; lang: { value: string; eastAsia: string } }> = {
  'zh-CN': { ink: '000000', boldHeading: (level) => level >= 3, align: AlignmentType.JUSTIFIED, subtitle: 16, lang: { value: 'en-US', eastAsia: 'zh-CN' } },
  en: { ink: '1F3864', boldHeading: () => true, align: AlignmentType.LEFT, subtitle: 14, lang: { value: 'en-GB', eastAsia: 'zh-CN' } },
};
const noIndent = { firstLine: 0, firstLineChars: 0 };

/**
 * Our styles. Without a reference document they are the document's styles; with one, only those
 * the reference lacks (`missing`) are added to its own.
 */
export function buildStyles(look: DocxLook, missing?: ReadonlySet<string>, tocLine?: number): IStylesOptions {
  const lang = pick(look.lang, LOOK);
  const body = fonts(look.latinFont, look.bodyFont);
  const heading = fonts(look.latinHeadingFont, look.headingFont);
  const m = metrics(look);
  const exact = (pt: number) => ({ line: twips(pt), lineRule: LineRuleType.EXACT });
  const ink = lang.ink;
  // Word recognises its built-in headings by these names, for the navigation pane and outline.
  const headingStyle = (level: 1 | 2 | 3 | 4): IParagraphStyleOptions => {
    const h = m.heading[level - 1]!;
    return {
      id: `Heading${level}`,
      name: `heading ${level}`,
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font: heading, size: halfPoints(h.size), bold: lang.boldHeading(level), color: ink },
      paragraph: {
        spacing: { before: twips(h.before), after: twips(h.after), ...exact(h.line) },
        keepNext: true,
        keepLines: true,
        outlineLevel: level - 1,
        indent: noIndent,
      },
    };
  };
  const all: IParagraphStyleOptions[] = [
    {
      id: 'Normal', name: 'Normal', quickFormat: true,
      run: { font: body, size: halfPoints(look.fontSize) },
      paragraph: {
        spacing: { ...exact(m.body), after: twips(m.bodyAfter) },
        alignment: lang.align,
        // Two characters: Word reads firstLineChars, LibreOffice the twips.
        ...(look.indentFirstLine ? { indent: { firstLine: twips(look.fontSize * 2), firstLineChars: 200 } } : {}),
      },
    },
    {
      id: 'Title', name: 'Title', basedOn: 'Normal', next: 'Normal', quickFormat: true,
      run: { font: heading, size: halfPoints(m.title.size), bold: true, color: ink },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: twips(12), after: twips(24), ...exact(m.title.line) }, indent: noIndent, keepNext: true },
    },
    {
      id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', quickFormat: true,
      run: { font: heading, size: halfPoints(lang.subtitle), color: '404040' },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: twips(36) }, indent: noIndent },
    },
    headingStyle(1),
    headingStyle(2),
    headingStyle(3),
    headingStyle(4),
    {
      id: 'ListParagraph', name: 'List Paragraph', basedOn: 'Normal', quickFormat: true,
      paragraph: { indent: noIndent },
    },
    {
      id: 'CoverMeta', name: 'Cover Meta', basedOn: 'Normal',
      run: { font: body, size: halfPoints(m.cover.size) },
      paragraph: { alignment: AlignmentType.CENTER, spacing: exact(m.cover.line), indent: noIndent },
    },
    {
      id: 'TOCHeading', name: 'TOC Heading', basedOn: 'Normal', next: 'Normal', quickFormat: true,
      run: { font: heading, size: halfPoints(m.toc.heading.size), bold: lang.boldHeading(1), color: ink },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: twips(m.toc.heading.before), after: twips(m.toc.heading.after), ...exact(m.toc.heading.line) }, indent: noIndent },
    },
    {
      id: 'TableText', name: 'Table Text', basedOn: 'Normal',
      run: { font: body, size: halfPoints(m.table.size) },
      paragraph: { spacing: { ...exact(m.table.line), before: 0, after: 0 }, alignment: AlignmentType.LEFT, indent: noIndent },
    },
    // The contents list headings 1 and 2 (page.ts); a TOC 3 style would go unused.
    ...[1, 2].map((level) => ({
      id: `TOC${level}`, name: `toc ${level}`, basedOn: 'Normal', next: 'Normal',
      run: { font: body, size: halfPoints(look.fontSize) },
      paragraph: {
        // tocLine: a little tighter when that keeps the contents off a nearly empty page (index.ts).
        spacing: { before: level === 1 ? twips(m.toc.before) : 0, after: 0, ...exact(tocLine ?? m.toc.line) },
        indent: { left: twips((level - 1) * look.fontSize * 2), firstLine: 0, firstLineChars: 0 },
      },
    })),
  ];
  if (missing) return { paragraphStyles: all.filter((s) => missing.has(s.id)) };
  return {
    default: {
      // The language of the text, East Asian set apart: readers pick Chinese glyphs and line breaking by it.
      document: { run: { font: body, size: halfPoints(look.fontSize), language: lang.lang }, paragraph: { spacing: { ...exact(m.body), after: 0 } } },
    },
    paragraphStyles: all,
  };
}
