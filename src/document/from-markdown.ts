// Any Markdown plan parsed into the document tree the writers render, for `salesplan convert`:
// the first heading is the title, a block of "**label**: value" lines under it is the cover's
// meta block, and headings are numbered in the document's convention unless they already are.
import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from './markdown-parse.js';
import type { Lang } from '../i18n/lang.js';
import type { DocMeta, PlanDocument } from './build.js';
import { ALREADY_NUMBERED, headingPrefix } from './numbering.js';
import { cleanText } from './text.js';

/** Chinese when a fair share of the letters are Chinese. */
export function detectLang(text: string): Lang {
  const han = (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  return han * 2 >= latin ? 'zh-CN' : 'en';
}

const META_LABELS: Array<[RegExp, keyof DocMeta]> = [
  [/^(编制单位|单位|公司|Prepared by|Company)$/i, 'company'],
  [/^(部门|Department)$/i, 'department'],
  [/^(编制人|编制|作者|Author)$/i, 'author'],
  [/^(审批人|审批|Approved by|Approver)$/i, 'approver'],
  [/^(编制日期|日期|Date)$/i, 'date'],
  [/^(计划期间|期间|Period)$/i, 'period'],
  [/^(金额单位|单位|Currency unit|Unit)$/i, 'unit'],
];

/** Reads "**label**：value" lines of a meta paragraph into the cover's fields. */
function readMeta(paragraph: Paragraph, meta: DocMeta): boolean {
  const lines: PhrasingContent[][] = [[]];
  for (const node of paragraph.children) {
    if (node.type === 'break') lines.push([]);
    else lines[lines.length - 1]!.push(node);
  }
  let found = 0;
  for (const line of lines) {
    const [label, ...rest] = line;
    if (label?.type !== 'strong') continue;
    const value = toString({ type: 'paragraph', children: rest }).replace(/^\s*[：:]\s*/, '').trim();
    const field = META_LABELS.find(([re]) => re.test(toString(label).trim()))?.[1];
    if (field && value) {
      (meta as unknown as Record<string, string>)[field] = value;
      found++;
    }
    // An English cover writes "Prepared by: company — author" (build.ts): the header names the company only.
    const [company, author] = field === 'company' ? value.split(' — ') : [];
    if (company && author) Object.assign(meta, { company, ...(meta.author ? {} : { author }) });
  }
  return found > 0;
}

function numberHeadings(nodes: RootContent[], lang: Lang, topDepth: number): void {
  const headings = nodes.filter((n): n is Heading => n.type === 'heading' && n.depth >= topDepth);
  // Only a document with no numbered headings is numbered: never mix two schemes.
  if (headings.some((h) => ALREADY_NUMBERED.test(toString(h)))) return;
  const counters = [0, 0, 0, 0];
  for (const h of headings) {
    const level = Math.min(4, h.depth - topDepth + 1);
    counters[level - 1]! += 1;
    for (let i = level; i < counters.length; i++) counters[i] = 0;
    const prefix = headingPrefix(lang, counters.slice(0, level));
    const first = h.children[0];
    if (first?.type === 'text') first.value = prefix + first.value;
    else h.children.unshift({ type: 'text', value: prefix });
  }
}

export interface ConvertOptions {
  lang?: Lang;
  /** Add numbers to headings that have none. */
  number?: boolean;
  /** Title when the document has no single top heading (the file name). */
  fallbackTitle: string;
  today: string;
}

export function markdownToDocument(markdown: string, options: ConvertOptions): PlanDocument {
  const text = cleanText(markdown);
  const lang = options.lang ?? detectLang(text);
  const tree: Root = parseMarkdown(text);
  const h1s = tree.children.filter((n) => n.type === 'heading' && n.depth === 1);
  const first = tree.children[0];
  const titled = first?.type === 'heading' && first.depth === 1 && h1s.length === 1;
  const meta: DocMeta = {
    title: titled ? toString(first) : options.fallbackTitle,
    lang,
    kind: 'document',
    style: 'markdown',
    styleName: '',
    period: '',
    date: options.today,
    unit: '',
  };
  const second = tree.children[1];
  if (titled && second?.type === 'paragraph' && readMeta(second, meta)) second.data = { ...second.data, role: 'meta' } as Paragraph['data'];
  const topDepth = titled ? 2 : tree.children.reduce((m, n) => (n.type === 'heading' ? Math.min(m, (n as Heading).depth) : m), 9);
  if (options.number !== false) numberHeadings(tree.children, lang, topDepth);
  return { meta, tree };
}
