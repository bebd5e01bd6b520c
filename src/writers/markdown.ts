// md: the document tree as GitHub-flavoured Markdown, its charts as SVG files beside the target
// (or Mermaid text in it; none with -o -).
import { markdownWithCharts } from '../charts/options.js';
import type { RenderContext, RenderInput } from './types.js';

export async function render({ doc }: RenderInput, context: RenderContext): Promise<string> {
  return markdownWithCharts(doc, context.target, context.flags, context.lang, context.notice, context.beside ? (files) => context.beside!.push(files) : undefined);
}
