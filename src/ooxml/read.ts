// The OOXML reader shared by lint and --reference-docx: reads the body of a DOCX into paragraphs
// and tables (each paragraph with its text, its style — id, name, outline level — whether it is
// numbered or wholly bold, and whether it belongs to a table of contents) and its styles part.
// Independent of the docx library that writes our files, so tests can check what we wrote, and
// lint can read what people wrote in Word or WPS. One streaming pass of a
// strict XML parser (saxes): a DOM costs ten times as much for a plan-sized document.
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { ExitCode, UserError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { say, type Localized } from '../i18n/localized.js';
import { readZipParts, whyNotDocx, xmlText } from '../io/zip.js';
import { docxText } from './messages.js';

export interface DocxParagraph {
  kind: 'paragraph';
  text: string;
  styleId?: string;
  styleName?: string;
  /** 0 for Heading 1, 1 for Heading 2 …, from the paragraph or its style. */
  outlineLevel?: number;
  /** Every run with text is bold. */
  bold: boolean;
  /** Part of a Word list (w:numPr). */
  numbered: boolean;
  /** Inside a table of contents. */
  inToc: boolean;
}

export interface DocxTable {
  kind: 'table';
  rows: string[][];
}

export type DocxBlock = DocxParagraph | DocxTable;

export interface StyleInfo {
  name?: string;
  basedOn?: string;
  outlineLevel?: number;
  numbered: boolean;
  bold: boolean;
}

/** Element names without their namespace prefix (Word writes w:, but any prefix reads the same). */
const local = (name: string): string => name.slice(name.indexOf(':') + 1);

function attr(tag: SaxesTagPlain, name: string): string | undefined {
  for (const [key, value] of Object.entries(tag.attributes)) if (local(key) === name) return value;
  return undefined;
}

/** w:b, w:numPr … are on unless their w:val says otherwise. */
const isOn = (tag: SaxesTagPlain): boolean => !['0', 'false', 'off'].includes(attr(tag, 'val') ?? '');

function parse(xml: string, handlers: { open(tag: SaxesTagPlain, name: string, path: readonly string[]): void; close(name: string, path: readonly string[]): void; text(text: string, path: readonly string[]): void }): void {
  const parser = new SaxesParser({ xmlns: false });
  const path: string[] = [];
  parser.on('opentag', (tag) => {
    const name = local(tag.name);
    handlers.open(tag, name, path);
    if (tag.isSelfClosing) handlers.close(name, path);
    else path.push(name);
  });
  parser.on('closetag', (tag) => {
    if (tag.isSelfClosing) return;
    path.pop();
    handlers.close(local(tag.name), path);
  });
  parser.on('text', (text) => handlers.text(text, path));
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
}

export function readStyles(xml: string | undefined): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>();
  if (!xml) return styles;
  let id: string | undefined;
  let info: StyleInfo = { numbered: false, bold: false };
  parse(xml, {
    open(tag, name, path) {
      const parent = path[path.length - 1];
      if (name === 'style') {
        id = attr(tag, 'styleId');
        info = { numbered: false, bold: false };
      } else if (id !== undefined) {
        if (name === 'name' && parent === 'style') info.name = attr(tag, 'val');
        else if (name === 'basedOn' && parent === 'style') info.basedOn = attr(tag, 'val');
        else if (name === 'outlineLvl' && parent === 'pPr') info.outlineLevel = Number(attr(tag, 'val'));
        else if (name === 'numPr' && parent === 'pPr') info.numbered = true;
        else if (name === 'b' && parent === 'rPr') info.bold = isOn(tag);
      }
    },
    close(name) {
      if (name === 'style' && id) styles.set(id, info);
      if (name === 'style') id = undefined;
    },
    text() {},
  });
  return styles;
}

/** A style's property, following its basedOn chain. */
function inherited<K extends keyof StyleInfo>(styles: Map<string, StyleInfo>, id: string | undefined, key: K): StyleInfo[K] | undefined {
  for (let i = 0, current = id; current && i < 10; i++) {
    const style = styles.get(current);
    if (!style) return undefined;
    if (style[key] !== undefined && style[key] !== false) return style[key];
    current = style.basedOn;
  }
  return undefined;
}

interface OpenParagraph {
  text: string;
  styleId?: string;
  outline?: number;
  numbered: boolean;
  runs: Array<{ text: string; bold?: boolean }>;
  /** Holds a chart (c:chart) or a picture (w:drawing, VML w:pict): with no text of its own it is
   * not prose, and the caption beside it is not either. */
  chart?: boolean;
}

/** A chart's caption: 图 1 …, Figure 1 … */
const CAPTION = /^\s*(图|Figure|Fig\.)\s*\d+/;

interface OpenTable {
  rows: string[][];
  cell?: string[];
}

function readBody(xml: string, styles: Map<string, StyleInfo>): DocxBlock[] {
  const out: DocxBlock[] = [];
  const tables: OpenTable[] = [];
  let p: OpenParagraph | undefined;
  let tocDepth = 0; // inside the content controls of tables of contents
  const sdtIsToc: boolean[] = [];
  let skipText = 0; // inside instrText or delText
  let afterChart = false; // the paragraph before was a chart: a caption here is skipped

  parse(xml, {
    open(tag, name, path) {
      const parent = path[path.length - 1];
      switch (name) {
        case 'p':
          p = { text: '', numbered: false, runs: [] };
          break;
        case 'chart':
        case 'drawing':
        case 'pict':
          if (p) p.chart = true;
          break;
        case 'pStyle':
          if (p && parent === 'pPr') p.styleId = attr(tag, 'val');
          break;
        case 'outlineLvl':
          if (p && parent === 'pPr') p.outline = Number(attr(tag, 'val'));
          break;
        case 'numPr':
          if (p && parent === 'pPr') p.numbered = true;
          break;
        case 'r':
          p?.runs.push({ text: '' });
          break;
        case 'b':
          if (p && parent === 'rPr' && path[path.length - 2] === 'r') p.runs[p.runs.length - 1]!.bold = isOn(tag);
          break;
        case 'tab':
          if (p && parent === 'r') {
            p.text += '\t';
            p.runs[p.runs.length - 1]!.text += '\t';
          }
          break;
        case 'br':
        case 'cr':
          if (p) p.text += '\n';
          break;
        case 'instrText':
        case 'delText':
          skipText++;
          break;
        case 'sdt':
          sdtIsToc.push(false);
          break;
        case 'docPartGallery':
          if (/contents/i.test(attr(tag, 'val') ?? '') && sdtIsToc.length && !sdtIsToc[sdtIsToc.length - 1]) {
            sdtIsToc[sdtIsToc.length - 1] = true;
            tocDepth++;
          }
          break;
        case 'tbl':
          tables.push({ rows: [] });
          break;
        case 'tr':
          tables[tables.length - 1]?.rows.push([]);
          break;
        case 'tc': {
          const table = tables[tables.length - 1];
          if (table) table.cell = [];
          break;
        }
        default:
          break;
      }
    },
    text(text, path) {
      if (!p || skipText || path[path.length - 1] !== 't') return;
      p.text += text;
      p.runs[p.runs.length - 1]!.text += text;
    },
    close(name) {
      switch (name) {
        case 'instrText':
        case 'delText':
          skipText--;
          break;
        case 'sdt':
          if (sdtIsToc.pop()) tocDepth--;
          break;
        case 'p': {
          if (!p) break;
          const table = tables[tables.length - 1];
          if (table?.cell) table.cell.push(p.text);
          else if (p.chart && !p.text.trim()) {
            // A chart or picture, and its caption when it is right above it.
            const before = out[out.length - 1];
            if (before?.kind === 'paragraph' && CAPTION.test(before.text)) out.pop();
            afterChart = true;
            p = undefined;
            break;
          } else if (!(afterChart && CAPTION.test(p.text))) out.push(paragraph(p, styles, tocDepth > 0));
          afterChart = false;
          p = undefined;
          break;
        }
        case 'tc': {
          const table = tables[tables.length - 1];
          if (table?.cell) table.rows[table.rows.length - 1]?.push(table.cell.join('\n'));
          if (table) delete table.cell;
          break;
        }
        case 'tbl': {
          const table = tables.pop();
          if (!table) break;
          const enclosing = tables[tables.length - 1];
          // A table inside a cell becomes that cell's text.
          if (enclosing?.cell) enclosing.cell.push(table.rows.map((r) => r.join('\t')).join('\n'));
          else out.push({ kind: 'table', rows: table.rows });
          break;
        }
        default:
          break;
      }
    },
  });
  return out;
}

function paragraph(p: OpenParagraph, styles: Map<string, StyleInfo>, inToc: boolean): DocxParagraph {
  const styleBold = !!inherited(styles, p.styleId, 'bold');
  const textRuns = p.runs.filter((r) => r.text.trim() !== '');
  const name = p.styleId ? styles.get(p.styleId)?.name : undefined;
  const block: DocxParagraph = {
    kind: 'paragraph',
    text: p.text,
    bold: textRuns.length > 0 && textRuns.every((r) => r.bold ?? styleBold),
    numbered: p.numbered || !!inherited(styles, p.styleId, 'numbered'),
    inToc: inToc || /^(toc|目录)/i.test(name ?? ''),
  };
  if (p.styleId) block.styleId = p.styleId;
  if (name) block.styleName = name;
  const level = p.outline ?? inherited(styles, p.styleId, 'outlineLevel');
  if (level !== undefined && level < 9) block.outlineLevel = level;
  return block;
}

/** The paragraphs and tables of a DOCX body. Unreadable input is a UserError (exit 2). */
export function readDocxContent(bytes: Uint8Array, file: string, lang: Lang): DocxBlock[] {
  let parts: Record<string, Uint8Array>;
  try {
    parts = readZipParts(bytes, (name) => name === 'word/document.xml' || name === 'word/styles.xml');
  } catch (error) {
    throw new UserError(say(lang, docxProblem(bytes, error), { file }), ExitCode.usage);
  }
  const document = parts['word/document.xml'];
  if (!document) throw new UserError(say(lang, docxText.noDocument, { file }), ExitCode.usage);
  try {
    const styles = readStyles(parts['word/styles.xml'] ? xmlText(parts['word/styles.xml']) : undefined);
    return readBody(xmlText(document), styles);
  } catch {
    // The zip opened but its XML did not parse: a part cut short or written wrong.
    throw new UserError(say(lang, docxText.damaged, { file }), ExitCode.usage);
  }
}

/** The message for bytes that are not a readable DOCX. */
export function docxProblem(bytes: Uint8Array, error?: unknown): Localized {
  const why = whyNotDocx(bytes, error);
  return why === 'ole' ? docxText.ole : why === 'damaged' ? docxText.damaged : why === 'not-zip' ? docxText.notDocx : docxText.tooLarge;
}
