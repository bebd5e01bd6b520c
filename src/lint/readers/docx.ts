// DOCX to the outline: headings from Word's heading styles (outline levels), or — for documents
// typed without styles — from numbered paragraphs (一、 （一） 1.) that are short or bold. Each
// paragraph counts as one line, so messages point at "paragraph 12".
import { detectLang } from '../../document/from-markdown.js';
import type { Lang } from '../../i18n/lang.js';
import { buildPlans, type Item } from '../build-outline.js';
import { boundaryLabel, numberedLevel, PLAN_BOUNDARY } from '../headings.js';
import type { Outline } from '../outline.js';
import { readDocxContent, type DocxParagraph } from '../../ooxml/read.js';

/**
 * A paragraph's outline level: from Word's outline level, or else from a heading style's name
 * ("heading 2", "标题 2"), as documents written by tools other than Word carry only the name.
 */
function outlineOf(block: DocxParagraph): number | undefined {
  if (block.outlineLevel !== undefined) return block.outlineLevel;
  const named = /^(?:heading|标题)\s*([1-9])$/i.exec(block.styleName ?? block.styleId ?? '');
  return named ? Number(named[1]) - 1 : undefined;
}

export function readDocx(bytes: Uint8Array, file: string, messageLang: Lang): Outline {
  const blocks = readDocxContent(bytes, file, messageLang).filter((b) => b.kind === 'table' || !b.inToc);
  const lines: string[] = [];
  const items: Item[] = [];
  const hasStyledHeadings = blocks.some((b) => b.kind === 'paragraph' && outlineOf(b) !== undefined);
  for (const block of blocks) {
    if (block.kind === 'table') {
      lines.push(block.rows.map((r) => r.join('\t')).join(' / '));
      const line = lines.length;
      items.push({ type: 'block', kind: 'table', line, text: block.rows.flat().join(' '), rows: block.rows, rowLines: block.rows.map(() => line) });
      continue;
    }
    lines.push(block.text);
    const line = lines.length;
    const text = block.text.trim();
    if (!text) continue;
    if (PLAN_BOUNDARY.test(text) && text.length < 40) {
      const rest = text.replace(PLAN_BOUNDARY, '').trim();
      items.push({ type: 'boundary', label: boundaryLabel(text)!, line, ...(rest ? { title: rest } : {}) });
      continue;
    }
    if (block.styleName?.toLowerCase() === 'title') {
      items.push({ type: 'heading', level: 0, title: text, line, column: 1, isTitle: true });
      continue;
    }
    const outline = outlineOf(block);
    if (outline !== undefined) {
      items.push({ type: 'heading', level: outline + 1, title: text, line, column: 1 });
      continue;
    }
    // Without heading styles, a numbered paragraph is a heading when it is bold or short.
    const level = numberedLevel(text);
    if (level && !block.numbered && (block.bold || (!hasStyledHeadings && text.length <= 30 && !/[。；;]$/.test(text)))) {
      items.push({ type: 'heading', level, title: text, line, column: 1 });
      continue;
    }
    // A short bold line on its own ("Goals", "本月重点") heads a part in a document typed without
    // heading styles or numbers.
    if (!hasStyledHeadings && !block.numbered && block.bold && text.length <= 30 && !/[。；;.!！?？：:，,]$/.test(text)) {
      items.push({ type: 'heading', level: 1, title: text, line, column: 1 });
      continue;
    }
    items.push({ type: 'block', kind: block.numbered ? 'item' : 'paragraph', line, text: block.text });
  }
  return { file, format: 'docx', lang: detectLang(lines.join('\n')), lines, plans: buildPlans(items), disabled: new Map() };
}
