// Nothing said twice, nothing promised that is not there (issue 12): no sentence of a generated
// example appears twice in its document, and every pointer in the prose ("见第三部分", "下表",
// "the table above", "section 3") finds what it points at, also when the plan leaves out an
// optional block (built again with each one removed).
import { readFileSync } from 'node:fs';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_FILES, examplePath } from '../examples.js';
import { parseMarkdown, renderPlan } from '../render-fixture.js';

const LANGS = ['zh-CN', 'en'] as const;

/** Sentences, cut after 。！？； and after . ! ? ; followed by a space (a label before a colon is not one). */
const sentences = (text: string) => text.split(/(?<=[。！？；])|(?<=[.!?;])\s+|\n+/).map((s) => s.trim()).filter(Boolean);

/** Sentences of the prose: paragraphs and list items, not headings, tables or the meta lines. */
function proseSentences(tree: Root): string[] {
  const out: string[] = [];
  const walk = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'paragraph') out.push(...sentences(toString(node)));
      else if (node.type === 'list') for (const item of node.children) walk(item.children);
      else if (node.type === 'blockquote') walk(node.children);
    }
  };
  walk(tree.children);
  return out;
}

/** Repeated sentences, ignoring short fragments ("明细如下：") a document may well say twice. */
export function repeated(tree: Root): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const s of proseSentences(tree)) {
    if (s.length < 12) continue;
    if (seen.has(s)) twice.add(s);
    seen.add(s);
  }
  return [...twice];
}

const ZH_NUMERALS = '一二三四五六七八九十';

/** Every pointer in the document that points at nothing. */
export function danglingReferences(tree: Root): string[] {
  const bad: string[] = [];
  const sections = tree.children.filter((n) => n.type === 'heading' && n.depth === 2).length;
  // The blocks of each top-level section, to find a table before or after a paragraph.
  let section: RootContent[] = [];
  const bySection: RootContent[][] = [section];
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 2) bySection.push((section = []));
    else section.push(node);
  }
  for (const blocks of bySection) {
    blocks.forEach((node, i) => {
      if (node.type !== 'paragraph' && node.type !== 'list') return;
      const text = toString(node);
      for (const m of text.matchAll(/第([一二三四五六七八九十]+)部分|\bsection (\d+)\b/gi)) {
        const n = m[1] ? ZH_NUMERALS.indexOf(m[1]) + 1 : Number(m[2]);
        if (n < 1 || n > sections) bad.push(`${m[0]}: ${text}`);
      }
      const before = blocks.slice(0, i).some((b) => b.type === 'table');
      const after = blocks.slice(i + 1).some((b) => b.type === 'table');
      if (/(?<!会)上表(?![彰扬])|以上表格|the table above/i.test(text) && !before) bad.push(`table above: ${text}`);
      if (/下表|如下表|the table below|following table/i.test(text) && !after) bad.push(`table below: ${text}`);
      if (/以上转化率|these conversion rates/i.test(text)) bad.push(`conversion rates above: ${text}`);
    });
  }
  return bad;
}

/** The plan blocks a user may leave out. */
const OPTIONAL = ['market', 'products', 'channels', 'regions', 'team', 'tiers', 'risks', 'budget', 'schedule', 'review', 'incentives', 'focus'] as const;

const plans = EXAMPLE_FILES.map((file) => ({ file, plan: parse(readFileSync(examplePath(file), 'utf8')) as Record<string, unknown> }));

describe('no sentence said twice', () => {
  for (const { file } of plans) {
    for (const lang of LANGS) {
      it(`${file} (${lang})`, async () => {
        const plan = parse(readFileSync(examplePath(file), 'utf8')) as Record<string, unknown>;
        // The customer list is read relative to the example; an absolute path keeps it found.
        const md = await renderPlan(withPaths(plan), { lang });
        expect(repeated(parseMarkdown(md))).toEqual([]);
      });
    }
  }

  it('finds a planted repeat', () => {
    const tree = parseMarkdown('本月重点客户逐一回访，找出原因。\n\n- 本月重点客户逐一回访，找出原因。\n');
    expect(repeated(tree)).toEqual(['本月重点客户逐一回访，找出原因。']);
  });
});

/** The example with its file references made absolute, so it renders from anywhere. */
function withPaths(plan: Record<string, unknown>): Record<string, unknown> {
  const customers = plan.customers as { file?: string } | undefined;
  if (!customers?.file) return plan;
  return { ...plan, customers: { ...customers, file: examplePath(customers.file) } };
}

describe('every cross-reference points at content that is present', () => {
  it('finds planted dangling pointers', () => {
    const tree = parseMarkdown('## 一、目标\n\n线索节奏在第三部分落实。按以上转化率测算。\n\n## 二、市场\n\n详见上表。\n');
    expect(danglingReferences(tree)).toHaveLength(3);
  });

  for (const { file, plan } of plans) {
    for (const lang of LANGS) {
      it(`${file} (${lang}), whole and with each optional block left out`, async () => {
        const found: string[] = [];
        for (const drop of [undefined, ...OPTIONAL]) {
          if (drop && !(drop in plan)) continue;
          const variant = withPaths({ ...plan });
          if (drop) delete variant[drop];
          let md: string;
          try {
            md = await renderPlan(variant, { lang, draft: true });
          } catch {
            continue; // a block the kind cannot do without (an annual plan's products): not a case
          }
          for (const d of danglingReferences(parseMarkdown(md))) found.push(`${drop ?? 'whole'}: ${d}`);
        }
        expect(found).toEqual([]);
      });
    }
  }
});
