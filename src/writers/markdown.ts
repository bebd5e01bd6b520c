// md: the document tree as GitHub-flavoured Markdown.
import { renderMarkdown } from '../render/markdown.js';
import type { RenderInput } from './types.js';

export async function render({ doc }: RenderInput): Promise<string> {
  return renderMarkdown(doc);
}
