// The DOCX writer: renders the same document tree as the Markdown writer, with the docx library.
// A4, a cover, a table of contents written with its entries and estimated page numbers (so it is
// not empty when LibreOffice or WPS first open it), a running header and page numbers that start
// at the body.
import { Document, Packer, SectionType, type FileChild } from 'docx';
import type { Heading, Paragraph as MdParagraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { PlanDocument } from '../../document/build.js';
import { blockChildren, numberingConfig, type BlockContext } from './blocks.js';
import { resolveLook, type DocxLook } from './look.js';
import { coverBlock, pageFooter, runningHeader, tocBlock } from './page.js';
import { finishParts } from './parts.js';
import { closingOf } from './keep.js';
import { pick, type Localized } from '../../i18n/localized.js';
import type { ReferenceStyles } from './reference.js';
import { buildStyles, DEFAULT_STYLE_IDS } from './styles.js';
import { estimateHeadingPages } from './pagination.js';
import { tocLayout } from './contents.js';
import type { DocxSettings } from '../../plan/schema.js';
import { mark } from '../../io/timing.js';
import { zipParts } from '../../io/zip-write.js';
import { docxChartTheme, loadDocxCharts, type DocxChartMode } from '../../charts/docx.js';

const A4 = { width: 11906, height: 16838 };
// 2.54 cm all round, Word's A4 default: a 9026-twip line, where the contents' page numbers align.
const MARGIN = { top: 1440, bottom: 1440, left: 1440, right: 1440, header: 851, footer: 992 };

export interface DocxOptions {
  /** Command-line overrides of the plan's `docx:` settings. */
  settings?: DocxSettings;
  reference?: ReferenceStyles;
  /** Native Word charts (default), or pictures of them (--charts image). */
  charts?: DocxChartMode;
}

/** A paragraph that reads like the meta lines under a title: bold labels on separate lines. */
function isMetaParagraph(node: RootContent | undefined): node is MdParagraph {
  if (node?.type !== 'paragraph') return false;
  const data = node.data as { role?: string } | undefined;
  if (data?.role === 'meta') return true;
  return node.children[0]?.type === 'strong' && node.children.filter((c) => c.type === 'break').length >= 1;
}

export async function renderDocx(doc: PlanDocument, options: DocxOptions = {}): Promise<Uint8Array> {
  const look: DocxLook = resolveLook(doc.meta.lang, doc.meta.docx, options.settings);
  const ids = options.reference?.ids ?? DEFAULT_STYLE_IDS;
  const nodes = doc.tree.children;

  // The first heading 1 is the title when it is the only one; the headings below it become Word's 1–3.
  const h1s = nodes.filter((n) => n.type === 'heading' && n.depth === 1);
  const first = nodes[0];
  const titleIsFirst = first?.type === 'heading' && first.depth === 1 && h1s.length === 1;
  const title = titleIsFirst ? toString(first) : doc.meta.title;
  let rest = titleIsFirst ? nodes.slice(1) : nodes;
  const metaParagraph = isMetaParagraph(rest[0]) ? rest[0] : undefined;
  if (metaParagraph) rest = rest.slice(1);

  const ctx: BlockContext = {
    look,
    ids,
    textWidth: A4.width - MARGIN.left - MARGIN.right,
    topDepth: titleIsFirst ? 2 : nodes.reduce((m, n) => (n.type === 'heading' ? Math.min(m, n.depth) : m), 9),
    nextOrderedInstance: 1,
    bookmarks: new Map(),
    closing: closingOf(rest),
    ...(rest.length ? { bodyEnd: rest[rest.length - 1]! } : {}),
  };

  // Contents entries: Word headings 1 and 2, each bookmarked, with the body page it lands on.
  const tocHeadings = rest.filter((n): n is Heading => n.type === 'heading' && n.depth - ctx.topDepth < 2);
  tocHeadings.forEach((h, i) => ctx.bookmarks.set(h, `_Toc_sp${String(i + 1).padStart(3, '0')}`));
  const estimate = estimateHeadingPages(rest, look, 1, ctx.topDepth);
  ctx.keepNext = estimate.keepNext;
  ctx.breakBefore = estimate.breakBefore;
  ctx.split = estimate.split;
  const pages = estimate.headings;
  const entries = tocHeadings.map((h) => ({
    title: toString(h), level: h.depth - ctx.topDepth + 1, page: pages.get(h) ?? 1, href: ctx.bookmarks.get(h)!,
  }));
  const contents = look.toc && entries.length ? tocLayout(entries.map((e) => e.level), look) : undefined;

  // The cover and the contents are a section of their own, unnumbered; the body's section numbers
  // its pages from 1 and counts only its own (SECTIONPAGES).
  const front: FileChild[] = [...coverBlock(title, doc.meta, metaParagraph, look, ids)];
  if (contents) front.push(...tocBlock(look, ids, entries));
  const separateFront = look.cover || contents !== undefined;
  // Chart code is loaded only for a document with charts.
  const charts = rest.flatMap((n) => (n.type === 'chart' ? [n.chart] : []));
  const drawChart = charts.length ? await loadDocxCharts(charts, options.charts ?? 'native', look, ctx.textWidth) : undefined;
  if (drawChart) ctx.chart = (chart) => drawChart(chart, look, { textWidth: ctx.textWidth, style: ids.normal });
  const body = blockChildren(rest, ctx);
  const bodyPages = estimate.last;

  mark('docx: body converted');
  const page = { size: A4, margin: MARGIN };
  const bodySection = {
    properties: { page: { ...page, pageNumbers: { start: 1 } }, ...(separateFront ? { type: SectionType.NEXT_PAGE } : {}) },
    headers: { default: runningHeader(title, doc.meta, look) },
    footers: { default: pageFooter(look) },
    children: separateFront ? body : [...front, ...body],
  };
  const styles = buildStyles(look, options.reference?.missing, contents?.line);
  const document = new Document({
    title,
    subject: doc.meta.period || title,
    creator: doc.meta.author ?? 'salesplan',
    description: doc.meta.period,
    keywords: pick(look.lang, KEYWORDS),
    lastModifiedBy: 'salesplan',
    ...(options.reference ? { externalStyles: options.reference.stylesXml } : {}),
    styles,
    numbering: numberingConfig(),
    ...(drawChart ? { theme: docxChartTheme(look) } : {}),
    sections: separateFront ? [{ properties: { page }, children: front }, bodySection] : [bodySection],
  });
  mark('docx: document object');
  const facts = { ...(doc.meta.company ? { company: doc.meta.company } : {}), bodyPages, pages: (look.cover ? 1 : 0) + (contents?.pages ?? 0) + bodyPages };
  const ownStyles = options.reference ? undefined : new Set((styles.paragraphStyles ?? []).map((s) => s.id));
  const bytes = await pack(document, (parts) => finishParts(parts, look, facts, ownStyles));
  mark('docx: packed');
  return bytes;
}

const KEYWORDS: Localized = { 'zh-CN': '销售计划', en: 'sales plan' };

type PartCompiler = { compile(file: Document, prettify: undefined, overrides: never[]): Map<string, string | Uint8Array> };

/**
 * The document's parts zipped with fast compression. The docx library zips at fflate's default
 * level, which for a plan is a third of the whole run; level 1 is several times faster and the
 * file only slightly larger. It uses the library's own part compiler, and falls back to its
 * packer should a version not have one (then without the finishing touches of parts.ts).
 */
async function pack(document: Document, finish: (parts: Map<string, string | Uint8Array>) => void): Promise<Uint8Array> {
  const compiler = (Packer as unknown as { compiler?: Partial<PartCompiler> }).compiler;
  if (typeof compiler?.compile !== 'function') return new Uint8Array(await Packer.toBuffer(document));
  const encoder = new TextEncoder();
  const parts = compiler.compile(document, undefined, []);
  finish(parts);
  mark('docx: parts compiled');
  const zipped = zipParts(Array.from(parts, ([path, data]) => [path, typeof data === 'string' ? encoder.encode(data) : data]), { level: 1 });
  mark('docx: zipped');
  return zipped;
}
