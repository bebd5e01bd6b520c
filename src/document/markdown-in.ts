// Template output (Markdown with tokens) → document nodes: parse with the CommonMark/GFM
// parser, put tables where {{table}} asked, restore the user's strings into text nodes, and
// turn any raw HTML into plain text (documents carry no HTML).
import type { Nodes, Paragraph, RootContent } from 'mdast';
import { parseMarkdown } from './markdown-parse.js';
import { TABLE_TOKEN, type TokenTable } from './templates/engine.js';

function stripPositions(node: Nodes): void {
  delete (node as { position?: unknown }).position;
  if ('children' in node) for (const child of node.children) stripPositions(child as Nodes);
}

function decodeValues(node: Nodes, tokens: TokenTable): void {
  if ('value' in node && typeof node.value === 'string') node.value = tokens.decode(node.value);
  if ('url' in node && typeof node.url === 'string') node.url = tokens.decode(node.url);
  if ('children' in node) for (const child of node.children) decodeValues(child as Nodes, tokens);
}

function htmlToText(node: Nodes): void {
  if (!('children' in node)) return;
  node.children = node.children.map((child) => {
    if (child.type === 'html') return { type: 'text', value: child.value };
    htmlToText(child as Nodes);
    return child;
  }) as typeof node.children;
}

function tableIdOf(node: RootContent): string | undefined {
  if (node.type !== 'paragraph') return undefined;
  const only = (node as Paragraph).children;
  if (only.length !== 1 || only[0]!.type !== 'text') return undefined;
  return TABLE_TOKEN.exec(only[0].value.trim())?.[1];
}

export function parseTemplateOutput(markdown: string, tokens: TokenTable, tableFor: (id: string) => RootContent | RootContent[] | undefined): RootContent[] {
  const tree = parseMarkdown(markdown);
  stripPositions(tree);
  const out: RootContent[] = [];
  for (const node of tree.children) {
    const tableId = tableIdOf(node);
    if (tableId !== undefined) {
      const table = tableFor(tableId);
      if (table) out.push(...(Array.isArray(table) ? table : [table]));
      continue;
    }
    if (node.type === 'html') {
      out.push({ type: 'paragraph', children: [{ type: 'text', value: node.value }] });
      continue;
    }
    htmlToText(node as Nodes);
    out.push(node);
  }
  for (const node of out) decodeValues(node as Nodes, tokens);
  return out;
}
