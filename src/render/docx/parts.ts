// Finishing touches on the parts the docx library compiles, where it has no option for them:
// fonts declared with their family, character set and other names (so a reader without 宋体 picks
// a serif, without 黑体 a sans, instead of one fallback face for both); Chinese punctuation
// compression and the theme's East-Asian language; the application, company, language and page
// count in the document properties; and a style sheet with only styles that are used or are
// ours, every one it refers to defined.
import type { DocxLook } from './look.js';
import { pick, type Localized } from '../../i18n/localized.js';

type Parts = Map<string, string | Uint8Array>;

interface FontFacts {
  altName?: string;
  panose: string;
  charset: string;
  family: 'roman' | 'swiss' | 'modern' | 'auto';
  pitch: 'variable' | 'fixed';
}

/** Fonts a plan is likely to name, as Word describes them (panose and charset from the fonts). */
const KNOWN_FONTS: Record<string, FontFacts> = {
  宋体: { altName: 'SimSun', panose: '02010600030101010101', charset: '86', family: 'roman', pitch: 'variable' },
  SimSun: { altName: '宋体', panose: '02010600030101010101', charset: '86', family: 'roman', pitch: 'variable' },
  黑体: { altName: 'SimHei', panose: '02010609060101010101', charset: '86', family: 'swiss', pitch: 'variable' },
  SimHei: { altName: '黑体', panose: '02010609060101010101', charset: '86', family: 'swiss', pitch: 'variable' },
  KaiTi: { altName: '楷体', panose: '02010609060101010101', charset: '86', family: 'roman', pitch: 'variable' },
  FangSong: { altName: '仿宋', panose: '02010609060101010101', charset: '86', family: 'roman', pitch: 'variable' },
  楷体: { altName: 'KaiTi', panose: '02010609060101010101', charset: '86', family: 'roman', pitch: 'variable' },
  仿宋: { altName: 'FangSong', panose: '02010609060101010101', charset: '86', family: 'roman', pitch: 'variable' },
  微软雅黑: { altName: 'Microsoft YaHei', panose: '020B0503020204020204', charset: '86', family: 'swiss', pitch: 'variable' },
  'Microsoft YaHei': { altName: '微软雅黑', panose: '020B0503020204020204', charset: '86', family: 'swiss', pitch: 'variable' },
  'Times New Roman': { panose: '02020603050405020304', charset: '00', family: 'roman', pitch: 'variable' },
  Arial: { panose: '020B0604020202020204', charset: '00', family: 'swiss', pitch: 'variable' },
  Calibri: { panose: '020F0502020204030204', charset: '00', family: 'swiss', pitch: 'variable' },
  Cambria: { panose: '02040503050406030204', charset: '00', family: 'roman', pitch: 'variable' },
  Consolas: { panose: '020B0609020204030204', charset: '00', family: 'modern', pitch: 'fixed' },
};

/**
 * The name a font is written under: a Chinese font by its English name, as Word writes it
 * (SimSun, with 宋体 as its other name). Word and WPS know both; LibreOffice's font matching
 * (fontconfig) knows SimSun for a serif and SimHei for a sans, and nothing by the Chinese names.
 */
const ENGLISH_NAMES: Record<string, string> = { 宋体: 'SimSun', 黑体: 'SimHei', 楷体: 'KaiTi', 仿宋: 'FangSong', 微软雅黑: 'Microsoft YaHei' };

export function fontName(name: string): string {
  return ENGLISH_NAMES[name] ?? name;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function fontTable(look: DocxLook): string {
  const names = [...new Set([look.bodyFont, look.headingFont, look.latinFont, look.latinHeadingFont, 'Consolas'].map(fontName))];
  const fonts = names.map((name) => {
    const f = KNOWN_FONTS[name];
    if (!f) return `<w:font w:name="${escapeXml(name)}"><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`;
    return `<w:font w:name="${escapeXml(name)}">${f.altName ? `<w:altName w:val="${escapeXml(f.altName)}"/>` : ''}<w:panose1 w:val="${f.panose}"/><w:charset w:val="${f.charset}"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts ${W_NS}>${fonts.join('')}</w:fonts>`;
}

const LANGUAGE: Localized = { 'zh-CN': 'zh-CN', en: 'en-GB' };

function settings(xml: string): string {
  // Chinese punctuation compressed at line ends and between marks, as Word's default Chinese template.
  const compress = '<w:characterSpacingControl w:val="compressPunctuation"/>';
  const themeLang = '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>';
  if (xml.includes('characterSpacingControl')) return xml;
  return xml.replace('<w:compat>', `${compress}<w:compat>`).replace('</w:compat>', `</w:compat>${themeLang}`);
}

/** Height in points of the empty paragraph that ends the cover-and-contents section. */
export const SECTION_END = 1;

export interface DocumentFacts {
  company?: string;
  /** The body's pages as estimated, written as the last result of the footer's SECTIONPAGES. */
  bodyPages: number;
  /** Pages as estimated (front pages and body); Word recounts them when it saves. */
  pages: number;
}

function appProperties(facts: DocumentFacts): string {
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    + '<Template>Normal.dotm</Template>'
    + `<Pages>${facts.pages}</Pages>`
    + '<Application>salesplan</Application>'
    + '<DocSecurity>0</DocSecurity>'
    + (facts.company ? `<Company>${escapeXml(facts.company)}</Company>` : '')
    + '<AppVersion>00.0001</AppVersion>'
    + '</Properties>';
}

function coreProperties(xml: string, look: DocxLook): string {
  if (xml.includes('<dc:language>')) return xml;
  return xml.replace('</cp:coreProperties>', `<dc:language>${pick(look.lang, LANGUAGE)}</dc:language></cp:coreProperties>`);
}

const DEFAULT_PARAGRAPH_FONT = '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>';

/**
 * The style sheet without the library's styles nothing uses (Heading 5–6, TOC 4–9, Caption…),
 * keeping defaults, our own, those the parts use and those they are based on, linked to or followed by.
 */
function prunedStyles(xml: string, used: ReadonlySet<string>, ours: ReadonlySet<string> | undefined): string {
  const styles = [...xml.matchAll(/<w:style [^>]*w:styleId="([^"]+)"[^>]*>[\s\S]*?<\/w:style>/g)];
  const byId = new Map(styles.map((m) => [m[1]!, m[0]]));
  const keep = new Set<string>();
  const add = (id: string) => {
    if (keep.has(id) || !byId.has(id)) return;
    keep.add(id);
    for (const ref of byId.get(id)!.matchAll(/<w:(?:basedOn|next|link) w:val="([^"]+)"/g)) add(ref[1]!);
  };
  for (const [id, text] of byId) if (!ours || used.has(id) || ours.has(id) || /w:default="(?:1|true)"/.test(text.slice(0, text.indexOf('>')))) add(id);
  let out = xml.replace(/<w:style [^>]*w:styleId="([^"]+)"[^>]*>[\s\S]*?<\/w:style>/g, (whole, id: string) => (keep.has(id) ? whole : ''));
  // Never one line of a paragraph alone at a page's top or bottom (pagination.ts counts on it);
  // the library has no option for it in a style.
  if (ours) out = out.replace('<w:pPrDefault><w:pPr>', '<w:pPrDefault><w:pPr><w:widowControl/>');
  if (/w:val="DefaultParagraphFont"/.test(out) && !byId.has('DefaultParagraphFont')) out = out.replace('</w:styles>', `${DEFAULT_PARAGRAPH_FONT}</w:styles>`);
  return out;
}

/** Ids of the styles the document's parts refer to. */
function usedStyles(parts: Parts): Set<string> {
  const used = new Set<string>();
  for (const [path, data] of parts) {
    if (typeof data !== 'string' || !/^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/.test(path)) continue;
    for (const m of data.matchAll(/<w:(?:pStyle|rStyle|tblStyle) w:val="([^"]+)"/g)) used.add(m[1]!);
  }
  return used;
}

/** `ownStyles`: the ids of our styles; undefined when the styles are a reference document's, kept whole. */
export function finishParts(parts: Parts, look: DocxLook, facts: DocumentFacts, ownStyles: ReadonlySet<string> | undefined): void {
  const text = (path: string) => {
    const data = parts.get(path);
    return typeof data === 'string' ? data : undefined;
  };
  const document = text('word/document.xml');
  // The library marks contents entries with a character style (IndexLink) it never defines; the
  // empty paragraph it adds to carry a section's properties is made a point high, so it never
  // pushes the contents onto a page of its own.
  if (document) {
    parts.set('word/document.xml', document.replaceAll('<w:rStyle w:val="IndexLink"/>', '')
      .replaceAll('<w:p><w:pPr><w:sectPr>', `<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="${SECTION_END * 20}" w:lineRule="exact"/><w:sectPr>`));
  }
  parts.set('word/fontTable.xml', fontTable(look));
  // LibreOffice does not count a section's pages; it shows the result the field was saved with.
  // Word and WPS count them anew.
  for (const [path, data] of parts) {
    if (typeof data !== 'string' || !/^word\/footer\d+\.xml$/.test(path) || !data.includes('SECTIONPAGES')) continue;
    parts.set(path, data.replace(/(SECTIONPAGES<\/w:instrText><\/w:r><w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:fldChar w:fldCharType="separate"\/><\/w:r>)/, `$1<w:r>$2<w:t>${facts.bodyPages}</w:t></w:r>`));
  }
  const settingsXml = text('word/settings.xml');
  if (settingsXml) parts.set('word/settings.xml', settings(settingsXml));
  parts.set('docProps/app.xml', appProperties(facts));
  const core = text('docProps/core.xml');
  if (core) parts.set('docProps/core.xml', coreProperties(core, look));
  const styles = text('word/styles.xml');
  if (styles) {
    parts.set('word/styles.xml', prunedStyles(styles, usedStyles(parts), ownStyles));
  }
}
