// The Markdown writer: the document tree to GFM text. mdast-util-to-markdown escapes user text,
// so a `|` in a cell or a `#` at the start of a line stays text.
import type { Root } from 'mdast';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toMarkdown } from 'mdast-util-to-markdown';
import { displayWidth } from '../i18n/width.js';
import type { PlanDocument } from '../document/build.js';
import { chartHandler, withMarkdownCharts, type MarkdownChartOptions } from '../charts/markdown.js';

export function treeToMarkdown(tree: Root, charts?: MarkdownChartOptions): string {
  return toMarkdown(withMarkdownCharts(tree, charts), {
    // Pipes line up by display width, so tables stay readable in an editor with Chinese text.
    extensions: [gfmTableToMarkdown({ stringLength: displayWidth })],
    bullet: '-',
    emphasis: '*',
    strong: '*',
    rule: '-',
    listItemIndent: 'one',
    fences: true,
    resourceLink: true,
    handlers: { chart: chartHandler(charts) },
  });
}

export function renderMarkdown(doc: PlanDocument, charts?: MarkdownChartOptions): string {
  return treeToMarkdown(doc.tree, charts);
}
