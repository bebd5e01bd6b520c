// Block Markdown to Word: headings with Word's built-in heading styles (so the navigation pane
// and the table of contents work), paragraphs, real Word lists, tables, quotes and code.
import { AlignmentType, Bookmark, BorderStyle, LevelFormat, LineRuleType, Paragraph, type FileChild, type INumberingOptions } from 'docx';
import { END_SPACER, LIST_INDENT, SPACER } from './pagination.js';
import { headingLevel, twips } from './look.js';
import { isRunInLabel, leadsIn, type Closing } from './keep.js';
import type { Heading, List, ListItem, RootContent } from 'mdast';
import { inlineRuns } from './inline.js';
import type { DocxLook } from './look.js';
import type { StyleIds } from './styles.js';
import { wordTable } from './table.js';
import type { ChartData } from '../../charts/model.js';

const BULLETS = 'salesplan-bullets';
const ORDERED = 'salesplan-ordered';

export function numberingConfig(): INumberingOptions {
  const indent = (level: number) => ({ paragraph: { indent: { left: twips(LIST_INDENT) * (level + 1), hanging: 300 } } });
  return {
    config: [
      {
        reference: BULLETS,
        levels: ['•', '◦', '▪'].map((text, level) => ({ level, format: LevelFormat.BULLET, text, alignment: AlignmentType.LEFT, style: indent(level) })),
      },
      {
        reference: ORDERED,
        levels: ['%1.', '%2)', '%3.'].map((text, level) => ({
          level, format: level === 1 ? LevelFormat.LOWER_LETTER : LevelFormat.DECIMAL, text, alignment: AlignmentType.LEFT, style: indent(level),
        })),
      },
    ],
  };
}

export interface BlockContext {
  look: DocxLook;
  ids: StyleIds;
  textWidth: number;
  /** The body's last node: a table there is followed by the 1-pt END_SPACER instead of SPACER. */
  bodyEnd?: RootContent;
  /** Markdown heading depth that becomes Word's Heading 1. */
  topDepth: number;
  /** Each ordered list restarts at 1 through its own numbering instance. */
  nextOrderedInstance: number;
  /** Bookmark names of the headings the table of contents links to. */
  bookmarks: Map<RootContent, string>;
  /** Draws a chart and its caption (set when the document has charts). */
  chart?: (chart: ChartData) => FileChild[];
  /** The closing paragraph and the block it keeps with (keep.ts). */
  closing: Closing;
  /** What the page estimate adds (pagination.ts): paragraphs kept with the next, headings that start a page. */
  keepNext?: ReadonlySet<RootContent>;
  breakBefore?: ReadonlySet<RootContent>;
  /** Short tables that split between rows rather than stay whole (pagination.ts). */
  split?: ReadonlySet<RootContent>;
}

function headingParagraph(node: Heading, ctx: BlockContext): Paragraph {
  const level = headingLevel(node.depth, ctx.topDepth);
  const runs = inlineRuns(node.children);
  const bookmark = ctx.bookmarks.get(node);
  return new Paragraph({
    style: ctx.ids.heading[level - 1],
    ...(ctx.breakBefore?.has(node) ? { pageBreakBefore: true } : {}),
    children: bookmark ? [new Bookmark({ id: bookmark, children: runs })] : runs,
  });
}

function listParagraphs(list: List, ctx: BlockContext, level: number): FileChild[] {
  const out: FileChild[] = [];
  const instance = list.ordered ? ctx.nextOrderedInstance++ : 0;
  const lastItem = list === ctx.closing.before ? list.children[list.children.length - 1] : undefined;
  for (const item of list.children as ListItem[]) {
    let first = true;
    for (const child of item.children) {
      if (child.type === 'paragraph') {
        out.push(
          new Paragraph({
            style: ctx.ids.listParagraph,
            ...(item === lastItem || ctx.keepNext?.has(child) ? { keepNext: true } : {}),
            ...(first ? { numbering: { reference: list.ordered ? ORDERED : BULLETS, level: Math.min(level, 2), instance } } : { indent: { left: twips(LIST_INDENT) * (level + 1) } }),
            children: inlineRuns(child.children),
          }),
        );
        first = false;
      } else if (child.type === 'list') {
        for (const item of listParagraphs(child, ctx, level + 1)) out.push(item);
      } else {
        for (const item of blockChildren([child], ctx)) out.push(item);
      }
    }
  }
  return out;
}

export function blockChildren(nodes: readonly RootContent[], ctx: BlockContext): FileChild[] {
  const out: FileChild[] = [];
  for (const [index, node] of nodes.entries()) {
    switch (node.type) {
      case 'heading':
        out.push(headingParagraph(node, ctx));
        break;
      case 'paragraph': {
        const next = nodes[index + 1];
        out.push(
          new Paragraph({
            style: ctx.ids.normal,
            ...(leadsIn(node, next) || node === ctx.closing.before || ctx.keepNext?.has(node) ? { keepNext: true } : {}),
            ...(node === ctx.closing.whole ? { keepLines: true } : {}),
            children: inlineRuns(node.children, isRunInLabel(node, next) ? { bold: true } : {}),
          }),
        );
        break;
      }
      case 'list':
        for (const item of listParagraphs(node, ctx, 0)) out.push(item);
        break;
      case 'table':
        out.push(wordTable(node, ctx.look, ctx.ids, ctx.textWidth, ctx.split?.has(node) ?? false));
        // A paragraph after a table keeps the next table or heading from touching it; after the
        // body's last table it is only what a document must end with (pagination.ts, END_SPACER).
        out.push(new Paragraph({ style: ctx.ids.normal, spacing: { line: twips(node === ctx.bodyEnd ? END_SPACER : SPACER), lineRule: LineRuleType.EXACT, before: 0, after: 0 }, children: [] }));
        break;
      case 'blockquote':
        for (const child of node.children) {
          if (child.type === 'paragraph') out.push(new Paragraph({ style: ctx.ids.normal, indent: { left: 420 }, children: inlineRuns(child.children, { italics: true }) }));
          else for (const item of blockChildren([child], ctx)) out.push(item);
        }
        break;
      case 'code':
        out.push(new Paragraph({ style: ctx.ids.normal, indent: { firstLine: 0 }, children: inlineRuns([{ type: 'inlineCode', value: node.value }]) }));
        break;
      case 'chart':
        if (ctx.chart) out.push(...ctx.chart(node.chart));
        break;
      case 'thematicBreak':
        out.push(new Paragraph({ style: ctx.ids.normal, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } }, children: [] }));
        break;
      case 'html':
        out.push(new Paragraph({ style: ctx.ids.normal, children: inlineRuns([{ type: 'text', value: node.value }]) }));
        break;
      default:
        // Definitions, footnotes and other rare nodes carry no plan content.
        break;
    }
  }
  return out;
}
