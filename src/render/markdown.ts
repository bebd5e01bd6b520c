// The Markdown writer: the document tree to GFM text. mdast-util-to-markdown escapes user text,
// so a `|` in a cell or a `#` at the start of a line stays text.
import type { Root } from 'mdast';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toMarkdown } from 'mdast-util-to-markdown';
import { displayWidth } from '../i18n/width.js';
import type { PlanDocument } from '../document/build.js';

export function treeToMarkdown(tree: Root): string {
  return toMarkdown(tree, {
    // Pipes line up by display width, so tables stay readable in an editor with Chinese text.
    extensions: [gfmTableToMarkdown({ stringLength: displayWidth })],
    bullet: '-',
    emphasis: '*',
    strong: '*',
    rule: '-',
    listItemIndent: 'one',
    fences: true,
    resourceLink: true,
  });
}

export function renderMarkdown(doc: PlanDocument): string {
  return treeToMarkdown(doc.tree);
}
