// A plan diff written three ways: a table for the terminal, a Markdown change note to attach to
// the new version, and JSON for scripts (exact decimals as strings).
import type { ChalkInstance } from 'chalk';
import type { ListItem, PhrasingContent, Root, RootContent, TableRow } from 'mdast';
import { num, signedPercent, withUnit } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { pick, say, type Localized } from '../i18n/localized.js';
import { displayWidth } from '../i18n/width.js';
import type { Decimal as D } from '../core/decimal.js';
import { treeToMarkdown } from '../render/markdown.js';
import type { FieldValue } from './fields.js';
import type { FigureChange, PlanDiff } from './diff.js';
import { GROUP_NAMES } from './figures.js';
import { wordDiff, type WordPart } from './words.js';

const diffText = {
  title: { 'zh-CN': '计划变更：{before} → {after}', en: 'Plan changes: {before} → {after}' },
  equal: { 'zh-CN': '两个版本的计划相同：数字与内容都没有变化。', en: 'The two versions are the same: no figure or text has changed.' },
  summary: { 'zh-CN': '{figures} 项数字、{fields} 处内容有变化。', en: '{figures} figure(s) and {fields} field(s) changed.' },
  figures: { 'zh-CN': '数字', en: 'Figures' },
  fields: { 'zh-CN': '内容', en: 'Text and settings' },
  item: { 'zh-CN': '项目', en: 'Item' },
  before: { 'zh-CN': '原', en: 'Before' },
  after: { 'zh-CN': '新', en: 'After' },
  change: { 'zh-CN': '变化', en: 'Change' },
  percent: { 'zh-CN': '变化率', en: '%' },
  added: { 'zh-CN': '新增', en: 'added' },
  removed: { 'zh-CN': '删除', en: 'removed' },
} as const satisfies Record<string, Localized>;

const value = (lang: Lang, v: D | undefined, unit: string) => (v === undefined ? '—' : withUnit(lang, num(v, 4), unit));
const signed = (v: D) => `${v.greaterThan(0) ? '+' : ''}${num(v, 4)}`;

function figureCells(lang: Lang, f: FigureChange): string[] {
  const status = f.status === 'added' ? pick(lang, diffText.added) : f.status === 'removed' ? pick(lang, diffText.removed) : f.change ? signed(f.change) : '';
  return [`${pick(lang, GROUP_NAMES[f.group])} · ${f.label}`, value(lang, f.before, f.unit), value(lang, f.after, f.unit), status, f.percent ? signedPercent(f.percent) : ''];
}

const colon: Localized = { 'zh-CN': '：', en: ': ' };
const shown = (v: FieldValue | undefined) => (v === undefined ? '' : String(v));

function pad(text: string, width: number, right = false): string {
  const space = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? space + text : text + space;
}

/** For a terminal: aligned columns, and each changed text as its old and new line. */
export function diffToTerminal(diff: PlanDiff, lang: Lang, names: { before: string; after: string }, color: ChalkInstance): string {
  const lines = [color.bold(say(lang, diffText.title, names))];
  if (diff.figures.length === 0 && diff.fields.length === 0) return [...lines, color.green(say(lang, diffText.equal))].join('\n');
  if (diff.figures.length) {
    const head = [diffText.item, diffText.before, diffText.after, diffText.change, diffText.percent].map((h) => pick(lang, h));
    const rows = diff.figures.map((f) => figureCells(lang, f));
    const widths = head.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i]!))));
    lines.push('', color.bold(pick(lang, diffText.figures)), color.dim(head.map((h, i) => pad(h, widths[i]!, i > 0)).join('  ')));
    diff.figures.forEach((f, n) => {
      const paint = f.status === 'added' ? color.green : f.status === 'removed' ? color.red : f.change?.isNegative() ? color.yellow : (s: string) => s;
      lines.push(rows[n]!.map((c, i) => (i === 3 ? paint(pad(c, widths[i]!, true)) : pad(c, widths[i]!, i > 0))).join('  '));
    });
  }
  if (diff.fields.length) {
    lines.push('', color.bold(pick(lang, diffText.fields)));
    for (const c of diff.fields) {
      if (c.status !== 'changed') {
        const word = pick(lang, c.status === 'added' ? diffText.added : diffText.removed);
        const text = shown(c.after ?? c.before);
        lines.push(`${color.bold(c.path)}  ${(c.status === 'added' ? color.green : color.red)(word)}${text ? `  ${text}` : ''}`);
        continue;
      }
      const parts = wordDiff(shown(c.before), shown(c.after));
      const side = (keep: WordPart['op'], mark: (s: string) => string) => parts.filter((p) => p.op === 'same' || p.op === keep).map((p) => (p.op === 'same' ? p.text : mark(p.text))).join('');
      lines.push(color.bold(c.path));
      // Without colour the changed words are marked as git's word diff does: [-old-] {+new+}.
      lines.push(`  ${pick(lang, diffText.before)}${pick(lang, colon)}${side('removed', (s) => (color.level ? color.red(s) : `[-${s}-]`))}`);
      lines.push(`  ${pick(lang, diffText.after)}${pick(lang, colon)}${side('added', (s) => (color.level ? color.green(s) : `{+${s}+}`))}`);
    }
  }
  lines.push('', say(lang, diffText.summary, { figures: diff.figures.length, fields: diff.fields.length }));
  return lines.join('\n');
}

/** A change note: the figures as a table, each changed text with its changed words in bold. */
export function diffToMarkdown(diff: PlanDiff, lang: Lang, names: { before: string; after: string }): string {
  const text = (value: string): PhrasingContent => ({ type: 'text', value });
  const nodes: RootContent[] = [{ type: 'heading', depth: 1, children: [text(say(lang, diffText.title, names))] }];
  if (diff.figures.length === 0 && diff.fields.length === 0) {
    nodes.push({ type: 'paragraph', children: [text(say(lang, diffText.equal))] });
    return treeToMarkdown({ type: 'root', children: nodes });
  }
  nodes.push({ type: 'paragraph', children: [text(say(lang, diffText.summary, { figures: diff.figures.length, fields: diff.fields.length }))] });
  if (diff.figures.length) {
    const row = (cells: string[]): TableRow => ({ type: 'tableRow', children: cells.map((c) => ({ type: 'tableCell', children: c ? [text(c)] : [] })) });
    const head = [diffText.item, diffText.before, diffText.after, diffText.change, diffText.percent].map((h) => pick(lang, h));
    nodes.push({ type: 'heading', depth: 2, children: [text(pick(lang, diffText.figures))] });
    nodes.push({ type: 'table', align: ['left', 'right', 'right', 'right', 'right'], children: [row(head), ...diff.figures.map((f) => row(figureCells(lang, f)))] });
  }
  if (diff.fields.length) {
    nodes.push({ type: 'heading', depth: 2, children: [text(pick(lang, diffText.fields))] });
    const items = diff.fields.map((c): ListItem => {
      const children: PhrasingContent[] = [{ type: 'inlineCode', value: c.path }];
      if (c.status !== 'changed') {
        children.push(text(pick(lang, colon)));
        children.push(text(`${pick(lang, c.status === 'added' ? diffText.added : diffText.removed)}${shown(c.after ?? c.before) ? ` ${shown(c.after ?? c.before)}` : ''}`));
        return { type: 'listItem', children: [{ type: 'paragraph', children }] };
      }
      const parts = wordDiff(shown(c.before), shown(c.after));
      const side = (keep: WordPart['op']): PhrasingContent[] =>
        parts.filter((p) => p.op === 'same' || p.op === keep).map((p) => (p.op === 'same' ? text(p.text) : { type: 'strong', children: [text(p.text)] }));
      return {
        type: 'listItem',
        children: [
          { type: 'paragraph', children },
          { type: 'list', ordered: false, spread: false, children: [
            { type: 'listItem', children: [{ type: 'paragraph', children: [text(`${pick(lang, diffText.before)}${pick(lang, colon)}`), ...side('removed')] }] },
            { type: 'listItem', children: [{ type: 'paragraph', children: [text(`${pick(lang, diffText.after)}${pick(lang, colon)}`), ...side('added')] }] },
          ] },
        ],
      };
    });
    nodes.push({ type: 'list', ordered: false, spread: false, children: items });
  }
  const tree: Root = { type: 'root', children: nodes };
  return treeToMarkdown(tree);
}

/** For scripts: every change, decimals as exact strings. */
export function diffToJson(diff: PlanDiff, names: { before: string; after: string }): string {
  const str = (v: D | undefined) => (v === undefined ? undefined : v.toString());
  return `${JSON.stringify({
    version: 1,
    before: names.before,
    after: names.after,
    equal: diff.figures.length === 0 && diff.fields.length === 0,
    figures: diff.figures.map((f) => ({ group: f.group, key: f.key, label: f.label, unit: f.unit, status: f.status, before: str(f.before), after: str(f.after), change: str(f.change), percent: f.percent ? f.percent.toDecimalPlaces(2).toString() : undefined })),
    fields: diff.fields.map((c) => ({ ...c, ...(c.status === 'changed' && typeof c.before === 'string' && typeof c.after === 'string' ? { words: wordDiff(c.before, c.after) } : {}) })),
  }, null, 2)}\n`;
}
