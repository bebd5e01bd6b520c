// How a DOCX looks: fonts (East-Asian and Latin set separately), sizes, spacing, cover and table
// of contents. Chinese documents follow the usual convention — 黑体 headings, 宋体 body at 小四
// (12 pt) with 1.5 line spacing and a two-character first-line indent; English ones use Latin fonts.
import type { Lang } from '../../i18n/lang.js';
import type { DocxSettings } from '../../plan/schema.js';
import { pick, type Localized } from '../../i18n/localized.js';

export interface DocxLook {
  lang: Lang;
  bodyFont: string;
  headingFont: string;
  latinFont: string;
  latinHeadingFont: string;
  /** Body size in points. */
  fontSize: number;
  lineSpacing: number;
  cover: boolean;
  toc: boolean;
  /** Indent the first line of body paragraphs by two characters (Chinese convention). */
  indentFirstLine: boolean;
}

const DEFAULT_LOOK: Localized<Omit<DocxLook, 'lang'>> = {
  'zh-CN': {
    bodyFont: '宋体', headingFont: '黑体', latinFont: 'Times New Roman', latinHeadingFont: 'Arial',
    fontSize: 12, lineSpacing: 1.5, cover: true, toc: true, indentFirstLine: true,
  },
  en: {
    bodyFont: '宋体', headingFont: '黑体', latinFont: 'Arial', latinHeadingFont: 'Arial',
    fontSize: 11, lineSpacing: 1.15, cover: true, toc: true, indentFirstLine: false,
  },
};

function defaultLook(lang: Lang): DocxLook {
  return { lang, ...pick(lang, DEFAULT_LOOK) };
}

/** The plan's `docx:` settings, then command-line flags, over the language's defaults. */
export function resolveLook(lang: Lang, ...layers: Array<DocxSettings | undefined>): DocxLook {
  const look = defaultLook(lang);
  for (const layer of layers) {
    if (!layer) continue;
    if (layer.body_font) look.bodyFont = layer.body_font;
    if (layer.heading_font) look.headingFont = layer.heading_font;
    if (layer.latin_font) look.latinFont = layer.latin_font;
    if (layer.latin_heading_font) look.latinHeadingFont = layer.latin_heading_font;
    if (layer.font_size !== undefined) look.fontSize = layer.font_size;
    if (layer.line_spacing !== undefined) look.lineSpacing = layer.line_spacing;
    if (layer.cover !== undefined) look.cover = layer.cover;
    if (layer.toc !== undefined) look.toc = layer.toc;
  }
  return look;
}

/** Half-points, the unit of w:sz. */
export const halfPoints = (pt: number): number => Math.round(pt * 2);
/** Twentieths of a point, the unit of most Word measures. */
export const twips = (pt: number): number => Math.round(pt * 20);

/**
 * Line heights and spacing in points, used by the styles and by the page estimate alike. Lines are
 * written with exact heights (固定值, common in Chinese business documents): then every reader —
 * Word with SimSun, LibreOffice with a substitute — lays the pages out the same, and the contents'
 * page numbers hold. Heights follow Word's own: a single line of SimSun is 1.297 em.
 */
export interface Metrics {
  body: number;
  bodyAfter: number;
  heading: ReadonlyArray<{ size: number; line: number; before: number; after: number }>;
  title: { size: number; line: number };
  table: { size: number; line: number; padding: number };
  toc: { line: number; before: number; heading: { size: number; line: number; before: number; after: number } };
  cover: { size: number; line: number };
}

const half = (pt: number): number => Math.round(pt * 2) / 2;

/** What differs by language: Chinese lines are taller (SimSun), headings plainer, no space after paragraphs. */
const SCALE: Localized<{ single: (latinFont: string) => number; headings: number[]; bodyAfter: number; title: number; cover: number }> = {
  'zh-CN': { single: () => 1.3, headings: [16, 14, 12, 12], bodyAfter: 0, title: 22, cover: 14 },
  en: { single: (latinFont) => (/calibri/i.test(latinFont) ? 1.22 : 1.15), headings: [16, 13, 12, 11], bodyAfter: 6, title: 26, cover: 12 },
};

export function metrics(look: DocxLook): Metrics {
  const scale = pick(look.lang, SCALE);
  const single = scale.single(look.latinFont);
  const tableSize = Math.max(9, look.fontSize - 1.5);
  return {
    body: half(look.fontSize * single * look.lineSpacing),
    bodyAfter: scale.bodyAfter,
    heading: scale.headings.map((size, i) => ({ size, line: half(size * single * 1.25), before: [18, 12, 8, 6][i]!, after: [10, 6, 4, 2][i]! })),
    title: { size: scale.title, line: half(scale.title * single * 1.2) },
    table: { size: tableSize, line: half(tableSize * single * 1.05), padding: 2 },
    toc: { line: half(look.fontSize * single * 1.25), before: 6, heading: { size: 16, line: half(16 * single * 1.25), before: 12, after: 18 } },
    cover: { size: scale.cover, line: half(scale.cover * single * 1.5) },
  };
}

/** Word heading levels the writer uses: Markdown's deeper levels share the fourth. */
const HEADING_LEVELS = 4;

/** The Word heading level (1–4) of a Markdown heading, counted from the document's top depth. */
export function headingLevel(depth: number, topDepth: number): 1 | 2 | 3 | 4 {
  return Math.min(HEADING_LEVELS, Math.max(1, depth - topDepth + 1)) as 1 | 2 | 3 | 4;
}
