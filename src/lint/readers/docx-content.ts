// Reads the body of a DOCX into paragraphs and tables: each paragraph with its text, its style
// (id, name, outline level), whether it is numbered or wholly bold, and whether it belongs to a
// table of contents. Independent of the docx library that writes our files, so tests can check
// what we wrote, and lint can read what people wrote in Word or WPS.
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import { strFromU8 } from 'fflate';
import { ExitCode, UserError } from '../../errors.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/t.js';
import { readZipParts, ZipError } from '../../io/zip.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

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

interface StyleInfo {
  name?: string;
  basedOn?: string;
  outlineLevel?: number;
  numbered: boolean;
  bold: boolean;
}

const children = (node: Node): Element[] => {
  const out: Element[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) out.push(c as Element);
  return out;
};
const child = (node: Node, local: string): Element | undefined => children(node).find((c) => c.localName === local && c.namespaceURI === W);
const val = (el: Element | undefined): string | undefined => el?.getAttributeNS(W, 'val') ?? undefined;
const on = (el: Element | undefined): boolean => !!el && !['0', 'false', 'off'].includes(val(el) ?? '');

function parseXml(xml: string): Element {
  let failed = false;
  const dom = new DOMParser({ onError: (level) => void (level !== 'warning' && (failed = true)) }).parseFromString(xml, 'text/xml');
  if (failed || !dom.documentElement) throw new Error('bad xml');
  return dom.documentElement;
}

function readStyles(xml: string | undefined): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>();
  if (!xml) return styles;
  for (const style of children(parseXml(xml)).filter((e) => e.localName === 'style')) {
    const id = style.getAttributeNS(W, 'styleId');
    if (!id) continue;
    const pPr = child(style, 'pPr');
    const rPr = child(style, 'rPr');
    const outline = val(pPr && child(pPr, 'outlineLvl'));
    styles.set(id, {
      name: val(child(style, 'name')),
      basedOn: val(child(style, 'basedOn')),
      outlineLevel: outline === undefined ? undefined : Number(outline),
      numbered: !!(pPr && child(pPr, 'numPr')),
      bold: on(rPr && child(rPr, 'b')),
    });
  }
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

/** The visible text of a paragraph or cell: text, tabs and breaks, not field codes or deletions. */
function textOf(node: Node): string {
  let out = '';
  const walk = (n: Node): void => {
    for (const c of children(n)) {
      if (c.namespaceURI !== W) {
        walk(c);
        continue;
      }
      switch (c.localName) {
        case 't':
          out += c.textContent ?? '';
          break;
        case 'tab':
          if (n.localName === 'r') out += '\t';
          break;
        case 'br':
        case 'cr':
          out += '\n';
          break;
        case 'instrText':
        case 'delText':
        case 'pPr':
        case 'rPr':
          break;
        default:
          walk(c);
      }
    }
  };
  walk(node);
  return out;
}

function paragraph(p: Element, styles: Map<string, StyleInfo>, inToc: boolean): DocxParagraph {
  const pPr = child(p, 'pPr');
  const styleId = val(pPr && child(pPr, 'pStyle'));
  const outline = val(pPr && child(pPr, 'outlineLvl'));
  const runs: Element[] = [];
  const collect = (n: Node): void => {
    for (const c of children(n)) {
      if (c.localName === 'r' && c.namespaceURI === W) runs.push(c);
      else if (c.localName !== 'pPr') collect(c);
    }
  };
  collect(p);
  const styleBold = !!inherited(styles, styleId, 'bold');
  const textRuns = runs.filter((r) => textOf(r).trim() !== '');
  const bold = textRuns.length > 0 && textRuns.every((r) => {
    const b = child(child(r, 'rPr') ?? r, 'b');
    return b ? on(b) : styleBold;
  });
  const block: DocxParagraph = {
    kind: 'paragraph',
    text: textOf(p),
    bold,
    numbered: !!(pPr && child(pPr, 'numPr')) || !!inherited(styles, styleId, 'numbered'),
    inToc: inToc || /^(toc|目录)/i.test(styles.get(styleId ?? '')?.name ?? ''),
  };
  if (styleId) block.styleId = styleId;
  const name = styleId ? styles.get(styleId)?.name : undefined;
  if (name) block.styleName = name;
  const level = outline !== undefined ? Number(outline) : inherited(styles, styleId, 'outlineLevel');
  if (level !== undefined && level < 9) block.outlineLevel = level;
  return block;
}

function table(tbl: Element): DocxTable {
  const rows = children(tbl)
    .filter((r) => r.localName === 'tr')
    .map((tr) => children(tr).filter((c) => c.localName === 'tc').map((tc) => children(tc).filter((p) => p.localName === 'p').map(textOf).join('\n')));
  return { kind: 'table', rows };
}

function blocks(container: Element, styles: Map<string, StyleInfo>, inToc: boolean, out: DocxBlock[]): DocxBlock[] {
  for (const el of children(container)) {
    if (el.namespaceURI !== W) continue;
    if (el.localName === 'p') out.push(paragraph(el, styles, inToc));
    else if (el.localName === 'tbl') out.push(table(el));
    else if (el.localName === 'sdt') {
      const gallery = (child(el, 'sdtPr') && textOfAttr(child(el, 'sdtPr')!, 'docPartGallery')) ?? '';
      const content = child(el, 'sdtContent');
      if (content) blocks(content, styles, inToc || /contents/i.test(gallery), out);
    } else if (['customXml', 'smartTag', 'ins'].includes(el.localName ?? '')) blocks(el, styles, inToc, out);
  }
  return out;
}

function textOfAttr(sdtPr: Element, local: string): string | undefined {
  const found = sdtPr.getElementsByTagNameNS(W, local).item(0);
  return found ? (found.getAttributeNS(W, 'val') ?? undefined) : undefined;
}

/** The paragraphs and tables of a DOCX body. Unreadable input is a UserError (exit 2). */
export function readDocxContent(bytes: Uint8Array, file: string, lang: Lang): DocxBlock[] {
  let parts: Record<string, Uint8Array>;
  try {
    parts = readZipParts(bytes, (name) => name === 'word/document.xml' || name === 'word/styles.xml');
  } catch (error) {
    const reason = error instanceof ZipError ? error.reason : 'not-zip';
    throw new UserError(t(lang, reason === 'not-zip' ? 'docx.notDocx' : 'docx.tooLarge', { file }), ExitCode.usage);
  }
  const document = parts['word/document.xml'];
  if (!document) throw new UserError(t(lang, 'docx.noDocument', { file }), ExitCode.usage);
  try {
    const styles = readStyles(parts['word/styles.xml'] ? strFromU8(parts['word/styles.xml']) : undefined);
    const root = parseXml(strFromU8(document));
    const body = child(root, 'body');
    return body ? blocks(body, styles, false, []) : [];
  } catch {
    throw new UserError(t(lang, 'docx.notDocx', { file }), ExitCode.usage);
  }
}
