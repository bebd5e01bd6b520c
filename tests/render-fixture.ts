// Render a plan object to Markdown through the real pipeline, for tests.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { toString } from 'mdast-util-to-string';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Heading, Root, Table } from 'mdast';
import { buildDocument, type BuildOptions } from '../src/document/build.js';
import { renderMarkdown } from '../src/render/markdown.js';
import type { ValidateOptions } from '../src/plan/validate.js';
import { validatePlan } from './plan-fixture.js';

export async function renderPlan(plan: unknown, options: ValidateOptions & BuildOptions = {}): Promise<string> {
  const v = (await validatePlan(plan, options));
  if (!v.valid) throw new Error(v.diagnostics.map((d) => `${d.code}: ${d.message}`).join('\n'));
  return renderMarkdown(buildDocument(v.valid, { today: '2026-11-23', ...options }));
}

export function parseMarkdown(md: string): Root {
  return fromMarkdown(md, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
}

export function headings(tree: Root, depth?: number): string[] {
  return tree.children.filter((n): n is Heading => n.type === 'heading' && (depth === undefined || n.depth === depth)).map((n) => toString(n));
}

export function tables(tree: Root): string[][][] {
  return tree.children
    .filter((n): n is Table => n.type === 'table')
    .map((t) => t.children.map((row) => row.children.map((cell) => toString(cell))));
}
