// The paragraph and character styles of the document. All formatting lives in styles, so a
// reference document's styles (--reference-docx) restyle the whole plan, as pandoc's do.
import { AlignmentType, LineRuleType, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import { halfPoints, metrics, twips, type DocxLook } from './look.js';

/** The style ids the writer uses; a reference document may name them differently. */
export interface StyleIds {
  title: string;
  subtitle: string;
  heading: [string, string, string];
  normal: string;
  tocHeading: string;
  listParagraph: string;
  tableText: string;
  cover: string;
}

export const DEFAULT_STYLE_IDS: StyleIds = {
  title: 'Title',
  subtitle: 'Subtitle',
  heading: ['Heading1', 'Heading2', 'Heading3'],
  normal: 'Normal',
  tocHeading: 'TOCHeading',
  listParagraph: 'ListParagraph',
  tableText: 'TableText',
  cover: 'CoverMeta',
};

const fonts = (latin: string, eastAsia: string) => ({ ascii: latin, hAnsi: latin, eastAsia, cs: latin });
const noIndent = { firstLine: 0, firstLineChars: 0 };

/**
 * Our styles. Without a reference document they are the document's styles; with one, only those
 * the reference lacks (`missing`) are added to its own.
 */
export function buildStyles(look: DocxLook, missing?: ReadonlySet<string>): IStylesOptions {
  const zh = look.lang === 'zh-CN';
  const body = fonts(look.latinFont, look.bodyFont);
  const heading = fonts(look.latinHeadingFont, look.headingFont);
  const m = metrics(look);
  const exact = (pt: number) => ({ line: twips(pt), lineRule: LineRuleType.EXACT });
  const ink = zh ? '000000' : '1F3864';
  // Word recognises its built-in headings by these names, for the navigation pane and outline.
  const headingStyle = (level: 1 | 2 | 3): IParagraphStyleOptions => {
    const h = m.heading[level - 1]!;
    return {
      id: `Heading${level}`,
      name: `heading ${level}`,
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font: heading, size: halfPoints(h.size), bold: !zh || level === 3, color: ink },
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
        alignment: zh ? AlignmentType.JUSTIFIED : AlignmentType.LEFT,
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
      run: { font: heading, size: halfPoints(zh ? 16 : 14), color: '404040' },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: twips(36) }, indent: noIndent },
    },
    headingStyle(1),
    headingStyle(2),
    headingStyle(3),
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
      run: { font: heading, size: halfPoints(16), bold: !zh, color: ink },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: twips(12), after: twips(18) }, indent: noIndent },
    },
    {
      id: 'TableText', name: 'Table Text', basedOn: 'Normal',
      run: { font: body, size: halfPoints(m.table.size) },
      paragraph: { spacing: { ...exact(m.table.line), before: 0, after: 0 }, alignment: AlignmentType.LEFT, indent: noIndent },
    },
    ...[1, 2, 3].map((level) => ({
      id: `TOC${level}`, name: `toc ${level}`, basedOn: 'Normal', next: 'Normal',
      run: { font: body, size: halfPoints(look.fontSize) },
      paragraph: {
        spacing: { before: level === 1 ? twips(m.toc.before) : 0, after: 0, ...exact(m.toc.line) },
        indent: { left: twips((level - 1) * look.fontSize * 2), firstLine: 0, firstLineChars: 0 },
      },
    })),
  ];
  if (missing) return { paragraphStyles: all.filter((s) => missing.has(s.id)) };
  return {
    default: { document: { run: { font: body, size: halfPoints(look.fontSize) }, paragraph: { spacing: { ...exact(m.body), after: 0 } } } },
    paragraphStyles: all,
  };
}
