// How much of each style's prose is the same word for word whatever the company: every style is
// rendered from every company's example plan (the plan's own style overridden), the prose is cut
// into sentences, and a sentence counts as identical when another company's document has it too.
// The share is by characters, per style and language. Common method text is expected; a share
// above a fifth means the templates are saying the same things to everyone instead of using the
// plan. Run by tests/unit/measure-identical.test.ts, which prints the figures and holds the
// threshold (this file imports the sources, so it runs under vitest rather than from dist/).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parse, stringify } from 'yaml';
import { buildDocument } from '../src/document/build.js';
import type { Lang } from '../src/i18n/lang.js';
import { validateText } from '../src/plan/validate.js';

const EXAMPLES = fileURLToPath(new URL('../examples/', import.meta.url));

export const MONTHLY_STYLES = ['target', 'operations', 'expansion', 'efficiency', 'service'] as const;
export const KINDS = ['quarterly', 'annual'] as const;
export type Measured = (typeof MONTHLY_STYLES)[number] | (typeof KINDS)[number];

/**
 * One example per company: the monthly examples, and of those written for the same business in
 * two languages (operations-zh, operations-en) the first. The annual and quarterly examples are
 * the smart-lock company's again, so they would count its sentences twice.
 */
export function companyExamples(): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const file of readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml')).sort()) {
    const plan = parse(readFileSync(join(EXAMPLES, file), 'utf8')) as Record<string, unknown>;
    if ((plan.kind ?? 'monthly') !== 'monthly') continue;
    const business = file.replace(/-(zh|en)\.yaml$/, '');
    if (seen.has(business)) continue;
    seen.add(business);
    out.push(file);
  }
  return out;
}

/** The example's plan recast as `target` (a monthly style, or the quarterly or annual kind). */
function recast(plan: Record<string, unknown>, target: Measured): Record<string, unknown> {
  const out = { ...plan };
  const period = String(plan.period);
  const year = period.slice(0, 4);
  const month = Number(period.slice(5, 7)) || 1;
  if (target === 'quarterly' || target === 'annual') {
    delete out.style;
    out.kind = target;
    out.period = target === 'annual' ? Number(year) : `${year}-Q${Math.ceil(month / 3)}`;
  } else {
    out.kind = 'monthly';
    out.style = target;
  }
  return out;
}

/** The prose of a document: paragraphs and list items, not headings, tables or the meta lines. */
function prose(tree: Root): string[] {
  const out: string[] = [];
  const walk = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'paragraph') {
        if ((node.data as { role?: string } | undefined)?.role !== 'meta') out.push(toString(node));
      } else if (node.type === 'list') {
        for (const item of node.children) walk(item.children);
      } else if (node.type === 'blockquote') walk(node.children);
    }
  };
  walk(tree.children);
  return out;
}

/** Sentences, cut after 。！？；：and after . ! ? ; followed by a space, and at line breaks. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[。！？；])|(?<=[.!?;:])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 1);
}

export async function renderAs(file: string, target: Measured, lang: Lang): Promise<string[] | undefined> {
  const plan = recast(parse(readFileSync(join(EXAMPLES, file), 'utf8')) as Record<string, unknown>, target);
  // --draft, as a user trying another style would: data the style needs and the plan lacks
  // becomes a placeholder instead of an error.
  const v = await validateText(stringify(plan), join(EXAMPLES, file), { lang, draft: true });
  if (!v.valid) return undefined;
  return prose(buildDocument(v.valid, { today: '2026-11-23', charts: false, draft: true }).tree).flatMap(sentences);
}

export interface StyleFigure {
  style: Measured;
  lang: Lang;
  companies: number;
  totalChars: number;
  identicalChars: number;
  /** 0–1. */
  share: number;
  /** The example files that would not validate as this style (none expected). */
  skipped: string[];
  /** The sentences found in every company's document, longest first. */
  common: string[];
}

export async function measureStyle(style: Measured, lang: Lang, files = companyExamples()): Promise<StyleFigure> {
  const docs: string[][] = [];
  const skipped: string[] = [];
  for (const file of files) {
    const s = await renderAs(file, style, lang);
    if (s) docs.push(s);
    else skipped.push(file);
  }
  const inDocs = new Map<string, number>();
  for (const doc of docs) for (const s of new Set(doc)) inDocs.set(s, (inDocs.get(s) ?? 0) + 1);
  let total = 0;
  let identical = 0;
  for (const doc of docs) {
    for (const s of doc) {
      total += s.length;
      if ((inDocs.get(s) ?? 0) > 1) identical += s.length;
    }
  }
  const common = [...inDocs].filter(([, n]) => n === docs.length && docs.length > 1).map(([s]) => s).sort((a, b) => b.length - a.length);
  return { style, lang, companies: docs.length, totalChars: total, identicalChars: identical, share: total ? identical / total : 0, skipped, common };
}

export async function measureAll(langs: readonly Lang[] = ['zh-CN', 'en']): Promise<StyleFigure[]> {
  const out: StyleFigure[] = [];
  for (const lang of langs) for (const style of [...MONTHLY_STYLES, ...KINDS]) out.push(await measureStyle(style, lang));
  return out;
}

export function report(figures: readonly StyleFigure[]): string {
  return figures
    .map((f) => `${f.lang.padEnd(5)} ${f.style.padEnd(10)} ${(f.share * 100).toFixed(1).padStart(5)}% identical (${f.identicalChars}/${f.totalChars} chars, ${f.companies} companies${f.skipped.length ? `, skipped ${f.skipped.join(' ')}` : ''})`)
    .join('\n');
}
