// Inline Markdown (text, strong, emphasis, code, breaks, links) to Word runs. Formatting other
// than bold and italic comes from paragraph styles.
import { ExternalHyperlink, ImageRun, TextRun, type ParagraphChild } from 'docx';
import type { EmbeddedImage } from '../../charts/images.js';
import type { PhrasingContent } from 'mdast';
import { cleanText } from '../../document/text.js';

interface Marks {
  bold?: boolean;
  italics?: boolean;
  code?: boolean;
}

/** Text that XML cannot hold is removed here too, for Markdown that did not come from a plan. */
function textRuns(value: string, marks: Marks): TextRun[] {
  const lines = cleanText(value).split('\n');
  return lines.map(
    (line, i) =>
      new TextRun({
        text: line,
        ...(i > 0 ? { break: 1 } : {}),
        ...(marks.bold ? { bold: true } : {}),
        ...(marks.italics ? { italics: true } : {}),
        ...(marks.code ? { font: { ascii: 'Consolas', hAnsi: 'Consolas' } } : {}),
      }),
  );
}

export function inlineRuns(nodes: readonly PhrasingContent[], marks: Marks = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        for (const item of textRuns(node.value, marks)) out.push(item);
        break;
      case 'strong':
        for (const item of inlineRuns(node.children, { ...marks, bold: true })) out.push(item);
        break;
      case 'emphasis':
        for (const item of inlineRuns(node.children, { ...marks, italics: true })) out.push(item);
        break;
      case 'delete':
        for (const item of inlineRuns(node.children, marks)) out.push(item);
        break;
      case 'inlineCode':
        for (const item of textRuns(node.value, { ...marks, code: true })) out.push(item);
        break;
      case 'break':
        out.push(new TextRun({ break: 1 }));
        break;
      case 'link':
        if (/^https?:\/\//.test(node.url)) {
          out.push(new ExternalHyperlink({ link: node.url, children: inlineRuns(node.children, marks).filter((r): r is TextRun => r instanceof TextRun) }));
        } else for (const item of inlineRuns(node.children, marks)) out.push(item);
        break;
      case 'image': {
        // A picture `convert` read from disk (charts/images.ts) is embedded, at most the text's width.
        const image = (node.data as { image?: EmbeddedImage } | undefined)?.image;
        const scale = image ? Math.min(1, 600 / Math.max(1, image.width)) : 1;
        if (image) out.push(new ImageRun({ type: image.type, data: image.data, transformation: { width: Math.round(image.width * scale), height: Math.round(image.height * scale) }, altText: { name: node.alt ?? '', description: node.alt ?? '', title: node.alt ?? '' } }));
        else if (node.alt) for (const item of textRuns(`[${node.alt}]`, marks)) out.push(item);
        break;
      }
      case 'html':
        for (const item of textRuns(node.value, marks)) out.push(item);
        break;
      default:
        if ('children' in node) for (const item of inlineRuns(node.children as PhrasingContent[], marks)) out.push(item);
        else if ('value' in node && typeof node.value === 'string') for (const item of textRuns(node.value, marks)) out.push(item);
    }
  }
  return out;
}
