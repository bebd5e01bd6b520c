// Turns a reader's flat sequence of headings, plan boundaries and blocks into plans of nested
// sections: split at 篇一/篇二 boundaries, take each plan's title, and nest headings by level.
import type { Block, Heading, PlanOutline, Section } from './outline.js';

export type Item =
  | { type: 'heading'; level: number; title: string; line: number; column: number; isTitle?: boolean }
  | { type: 'boundary'; label: string; line: number; title?: string }
  | ({ type: 'block' } & Block);

/** A short line without closing punctuation reads as a title (《销售部月工作计划》). */
function looksLikeTitle(block: Block): boolean {
  const text = block.text.trim();
  return block.kind === 'paragraph' && text.length > 0 && text.length <= 40 && !/[。.!！?？；;：:]$/.test(text);
}

function nest(items: Item[], label: string | undefined, startLine: number, endLine: number): PlanOutline {
  const plan: PlanOutline = { preamble: [], sections: [], startLine, endLine };
  if (label) plan.label = label;
  let rest = items;
  const first = rest.find((i) => i.type !== 'boundary');
  if (first?.type === 'heading' && first.isTitle) {
    plan.title = { level: 0, title: first.title, line: first.line, column: first.column };
    rest = rest.slice(rest.indexOf(first) + 1);
  } else if (first?.type === 'block' && looksLikeTitle(first)) {
    const next = rest[rest.indexOf(first) + 1];
    // A title is followed by content, not by the end of the plan.
    if (next) {
      plan.title = { level: 0, title: first.text.trim(), line: first.line, column: 1 };
      rest = rest.slice(rest.indexOf(first) + 1);
    }
  }
  const headings = rest.filter((i): i is Extract<Item, { type: 'heading' }> => i.type === 'heading');
  const top = headings.length ? headings.reduce((m, h) => Math.min(m, h.level), Infinity) : 1;
  const stack: Section[] = [];
  for (const item of rest) {
    if (item.type === 'boundary') continue;
    if (item.type === 'heading') {
      const heading: Heading = { level: item.level - top + 1, title: item.title, line: item.line, column: item.column };
      const section: Section = { heading, blocks: [], children: [], endLine: item.line };
      while (stack.length && stack[stack.length - 1]!.heading.level >= heading.level) stack.pop();
      const parent = stack[stack.length - 1];
      (parent ? parent.children : plan.sections).push(section);
      stack.push(section);
      continue;
    }
    const { type: _type, ...block } = item;
    const current = stack[stack.length - 1];
    if (current) current.blocks.push(block);
    else plan.preamble.push(block);
    for (const s of stack) s.endLine = Math.max(s.endLine, block.line);
  }
  return plan;
}

export function buildPlans(items: Item[]): PlanOutline[] {
  const lastLine = items.reduce((n, i) => Math.max(n, i.line), 1);
  const boundaries = items.filter((i) => i.type === 'boundary');
  if (boundaries.length < 2) {
    const plan = nest(items, undefined, 1, lastLine);
    const boundary = boundaries[0];
    if (boundary?.type === 'boundary') plan.label = boundary.label;
    return [plan];
  }
  // Several plans one after another: each boundary starts one; an introduction before the first
  // boundary belongs to none.
  const plans: PlanOutline[] = [];
  boundaries.forEach((boundary, index) => {
    const start = items.indexOf(boundary);
    const end = index + 1 < boundaries.length ? items.indexOf(boundaries[index + 1]!) : items.length;
    const slice = items.slice(start + 1, end);
    if (boundary.type === 'boundary' && boundary.title) slice.unshift({ type: 'block', kind: 'paragraph', line: boundary.line, text: boundary.title });
    const endLine = slice.reduce((n, i) => Math.max(n, i.line), boundary.line);
    plans.push(nest(slice, boundary.type === 'boundary' ? boundary.label : undefined, boundary.line, endLine));
  });
  return plans;
}
