// Markdown to the outline, through a real CommonMark/GFM parser with positions. Headings are ATX
// or setext headings; in a file with no section headings, numbered paragraphs (一、 …) are read
// as headings, as in plain text. HTML comments carry inline disable directives.
import type { Nodes, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from '../../document/markdown-parse.js';
import { detectLang } from '../../document/from-markdown.js';
import { buildPlans, type Item } from '../build-outline.js';
import { boundaryLabel, numberedLevel, PLAN_BOUNDARY } from '../headings.js';
import type { Outline } from '../outline.js';

const DIRECTIVE = /^<!--\s*salesplan-(disable-next-line|disable-line|disable|enable)\b\s*([\w\s,-]*?)\s*-->$/;

export function readMarkdown(source: string, file: string): Outline {
  const tree = parseMarkdown(source);
  const lines = source.split(/\r?\n/);
  const items: Item[] = [];
  const disabled: Outline['disabled'] = new Map();
  const ranges: Array<{ from: number; rules: Set<string> | 'all' }> = [];
  const line = (n: Nodes) => n.position?.start.line ?? 1;

  const sectionHeadings = tree.children.filter((n) => n.type === 'heading' && n.depth > 1).length;
  const h1s = tree.children.filter((n) => n.type === 'heading' && n.depth === 1).length;
  const numberedParagraphsAreHeadings = sectionHeadings < 2;

  const block = (node: RootContent): void => {
    switch (node.type) {
      case 'heading': {
        const title = toString(node);
        if (PLAN_BOUNDARY.test(title)) {
          const rest = title.replace(PLAN_BOUNDARY, '').trim();
          items.push({ type: 'boundary', label: boundaryLabel(title)!, line: line(node), ...(rest ? { title: rest } : {}) });
        } else {
          items.push({ type: 'heading', level: node.depth, title, line: line(node), column: node.position?.start.column ?? 1, isTitle: node.depth === 1 && h1s === 1 });
        }
        return;
      }
      case 'paragraph': {
        // A chart or picture on its own line (its alt text a caption) is not prose.
        if (node.children.every((c) => c.type === 'image' || (c.type === 'text' && !c.value.trim()))) return;
        const text = toString(node);
        if (PLAN_BOUNDARY.test(text) && text.length < 40) {
          const rest = text.replace(PLAN_BOUNDARY, '').trim();
          items.push({ type: 'boundary', label: boundaryLabel(text)!, line: line(node), ...(rest ? { title: rest } : {}) });
          return;
        }
        const level = numberedParagraphsAreHeadings && !text.includes('\n') ? numberedLevel(text) : undefined;
        if (level) items.push({ type: 'heading', level: level + 1, title: text.trim(), line: line(node), column: node.position?.start.column ?? 1 });
        else items.push({ type: 'block', kind: 'paragraph', line: line(node), text });
        return;
      }
      case 'list':
        for (const item of node.children) {
          const [first, ...rest] = item.children;
          items.push({ type: 'block', kind: 'item', line: line(item), text: first ? toString(first) : '' });
          for (const child of rest) block(child as RootContent);
        }
        return;
      case 'table':
        items.push({
          type: 'block', kind: 'table', line: line(node), text: toString(node),
          rows: node.children.map((r) => r.children.map((c) => toString(c))), rowLines: node.children.map((r) => line(r)),
        });
        return;
      case 'html': {
        const directive = DIRECTIVE.exec(node.value.trim());
        if (!directive) return;
        const names = directive[2]!.split(/[\s,]+/).filter(Boolean);
        const rules: Set<string> | 'all' = names.length ? new Set(names) : 'all';
        const at = line(node);
        if (directive[1] === 'disable-next-line') disabled.set(node.position?.end.line ? node.position.end.line + 1 : at + 1, rules);
        else if (directive[1] === 'disable-line') disabled.set(at, rules);
        else if (directive[1] === 'disable') ranges.push({ from: at, rules });
        else ranges.push({ from: at, rules: new Set(['__enable__', ...(rules === 'all' ? [] : rules)]) });
        return;
      }
      case 'blockquote':
        for (const child of node.children) block(child as RootContent);
        return;
      case 'code':
        if (node.lang === 'mermaid') return; // a chart
        items.push({ type: 'block', kind: 'paragraph', line: line(node), text: node.value });
        return;
      default:
        return;
    }
  };
  tree.children.forEach(block);

  // disable … enable ranges become per-line entries. `enable` with no names ends every disable;
  // with names it ends those names' (a blanket disable stays in force).
  let all = false;
  const names = new Set<string>();
  let next = 0;
  const sorted = ranges.sort((a, b) => a.from - b.from);
  for (let n = 1; n <= lines.length; n++) {
    while (next < sorted.length && sorted[next]!.from <= n) {
      const { rules } = sorted[next++]!;
      const enabling = rules !== 'all' && rules.has('__enable__');
      const listed = rules === 'all' ? [] : [...rules].filter((x) => x !== '__enable__');
      if (enabling && listed.length === 0) {
        all = false;
        names.clear();
      } else if (enabling) listed.forEach((x) => names.delete(x));
      else if (rules === 'all') all = true;
      else listed.forEach((x) => names.add(x));
    }
    if ((all || names.size) && !disabled.has(n)) disabled.set(n, all ? 'all' : new Set(names));
  }

  return { file, format: 'md', lang: detectLang(source), lines, plans: buildPlans(items), disabled };
}
