// The DOCX writer: renders the same document tree as the Markdown writer, with the docx library.
// A4, a cover, a table of contents written with its entries and estimated page numbers (so it is
// not empty when LibreOffice or WPS first open it), a running header and page numbers.
import { Document, LineRuleType, Packer, Paragraph, type FileChild } from 'docx';
import { zipSync } from 'fflate';
import type { Heading, Paragraph as MdParagraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { PlanDocument } from '../../document/build.js';
import { blockChildren, numberingConfig, type BlockContext } from './blocks.js';
import { resolveLook, type DocxLook } from './look.js';
import { coverBlock, emptyFooter, emptyHeader, pageFooter, runningHeader, tocBlock } from './page.js';
import type { ReferenceStyles } from './reference.js';
import { buildStyles, DEFAULT_STYLE_IDS } from './styles.js';
import { estimateHeadingPages, tocPages } from './pagination.js';
import type { DocxSettings } from '../../plan/schema.js';
import { mark } from '../../io/timing.js';
import { docxChartTheme, loadDocxCharts } from '../../charts/docx.js';

const A4 = { width: 11906, height: 16838 };
// 2.54 cm all round, Word's A4 default: a 9026-twip line, where the contents' page numbers align.
const MARGIN = { top: 1440, bottom: 1440, left: 1440, right: 1440, header: 851, footer: 992 };

export interface DocxOptions {
  /** Command-line overrides of the plan's `docx:` settings. */
  settings?: DocxSettings;
  reference?: ReferenceStyles;
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
    pageBreakBeforeNextHeading: false,
    bookmarks: new Map(),
  };

  // Contents entries: Word headings 1 and 2, each bookmarked, with the page it is estimated on.
  const tocHeadings = rest.filter((n): n is Heading => n.type === 'heading' && n.depth - ctx.topDepth < 2);
  tocHeadings.forEach((h, i) => ctx.bookmarks.set(h, `_Toc_sp${String(i + 1).padStart(3, '0')}`));
  const tocPageCount = look.toc ? tocPages(tocHeadings.map((h) => h.depth - ctx.topDepth + 1), look) : 0;
  const firstBodyPage = (look.cover ? 1 : 0) + (look.toc ? tocPageCount : 0) + 1;
  const pages = estimateHeadingPages(rest, look, look.cover || look.toc ? firstBodyPage : 1, ctx.topDepth);
  const entries = tocHeadings.map((h) => ({
    title: toString(h), level: h.depth - ctx.topDepth + 1, page: pages.get(h) ?? firstBodyPage, href: ctx.bookmarks.get(h)!,
  }));

  const children: FileChild[] = [...coverBlock(title, doc.meta, metaParagraph, look, ids)];
  if (look.toc && entries.length) for (const block of tocBlock(look, ids, entries)) children.push(block);
  // Chart code is loaded only for a document with charts.
  const drawChart = rest.some((n) => n.type === 'chart') ? await loadDocxCharts() : undefined;
  if (drawChart) ctx.chart = (chart) => drawChart(chart, look, { textWidth: ctx.textWidth, style: ids.normal });
  // The body starts on a new page after the cover or the table of contents.
  const body = blockChildren(rest, ctx);
  if (look.cover || look.toc) children.push(new Paragraph({ style: ids.normal, pageBreakBefore: true, spacing: { line: 20, lineRule: LineRuleType.EXACT }, children: [] }));
  for (const block of body) children.push(block);

  mark('docx: body converted');
  const document = new Document({
    title,
    creator: doc.meta.author ?? 'salesplan',
    description: doc.meta.period,
    lastModifiedBy: 'salesplan',
    ...(options.reference ? { externalStyles: options.reference.stylesXml } : {}),
    styles: buildStyles(look, options.reference?.missing),
    numbering: numberingConfig(),
    ...(drawChart ? { theme: docxChartTheme(look) } : {}),
    sections: [
      {
        properties: {
          page: { size: A4, margin: MARGIN },
          titlePage: look.cover,
        },
        headers: { default: runningHeader(title, doc.meta, look), first: emptyHeader() },
        footers: { default: pageFooter(look), first: emptyFooter() },
        children,
      },
    ],
  });
  mark('docx: document object');
  const bytes = await pack(document);
  mark('docx: packed');
  return bytes;
}

type PartCompiler = { compile(file: Document, prettify: undefined, overrides: never[]): Map<string, string | Uint8Array> };

/**
 * The document's parts zipped with fast compression. The docx library zips at fflate's default
 * level, which for a plan is a third of the whole run; level 1 is several times faster and the
 * file only slightly larger. It uses the library's own part compiler, and falls back to its
 * packer should a version not have one.
 */
async function pack(document: Document): Promise<Uint8Array> {
  const compiler = (Packer as unknown as { compiler?: Partial<PartCompiler> }).compiler;
  if (typeof compiler?.compile !== 'function') return new Uint8Array(await Packer.toBuffer(document));
  const encoder = new TextEncoder();
  const files: Record<string, Uint8Array> = {};
  const parts = compiler.compile(document, undefined, []);
  mark('docx: parts compiled');
  for (const [path, data] of parts) files[path] = typeof data === 'string' ? encoder.encode(data) : data;
  const zipped = zipSync(files, { level: 1 });
  mark('docx: zipped');
  return zipped;
}
