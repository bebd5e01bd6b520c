// The five monthly plans of source 000 (篇一 … 篇五 on one page), as plain text, as Markdown and
// as two DOCX files — one with Word heading styles, one typed with bold numbered paragraphs —
// are each split, detected as their own style, have all their sections, and have their
// placeholders reported where they are.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../../src/lint/config.js';
import { lintOutline, type LintResult } from '../../src/lint/engine.js';
import { numberedLevel } from '../../src/lint/headings.js';
import { readDocx } from '../../src/lint/readers/docx.js';
import { readMarkdown } from '../../src/lint/readers/markdown.js';
import { readText } from '../../src/lint/readers/text.js';
import { ROOT } from '../helpers.js';

const SOURCE = readFileSync(join(ROOT, 'tests', 'fixtures', 'seeds', 'monthly-plans-000.txt'), 'utf8');
const LINES = SOURCE.split('\n');
const STYLES = ['target', 'operations', 'expansion', 'efficiency', 'service'];
const LABELS = ['篇一', '篇二', '篇三', '篇四', '篇五'];

/** Placeholders checked by eye in the source: line, column, text. */
const FIRST_PLACEHOLDERS = [
  [5, 22, 'XX万元'], [7, 9, 'XX万元'], [7, 16, 'X%'], [8, 9, 'XX万元'], [8, 16, 'X%'], [9, 10, 'XX万元'], [9, 17, 'X%'],
  [10, 8, 'XX万元'], [13, 9, 'XX家'], [14, 10, 'XX家'], [14, 18, 'XX万元'], [17, 11, 'X%'], [18, 10, 'XX万元'], [20, 28, 'X个百分点'],
] as const;

/** Every run of X in the source, found without lint's rules: the placeholders lint must report. */
const ALL_X = LINES.flatMap((line, i) => [...line.matchAll(/X+/g)].map((m) => ({ line: i + 1, column: m.index! + 1 })));

function expectFiveStyles(result: LintResult): void {
  expect(result.plans.map((p) => p.label)).toEqual(LABELS);
  expect(result.plans.map((p) => p.style)).toEqual(STYLES);
  for (const plan of result.plans) expect(plan.matched, plan.label).toBe(plan.required);
  expect(result.messages.filter((m) => m.ruleId === 'required-sections')).toEqual([]);
}

const placeholderText = (message: string) => /「(.+?)」/.exec(message)?.[1];

describe('source 000 as plain text', () => {
  const result = lintOutline(readText(SOURCE, 'seed.txt'), { lang: 'zh-CN', config: EMPTY_CONFIG });

  it('is split into five plans, each detected as its own style, with all sections', () => expectFiveStyles(result));

  it('reports every placeholder at its line and column', () => {
    const found = result.messages.filter((m) => m.ruleId === 'placeholder');
    expect(found.map((m) => ({ line: m.line, column: m.column }))).toEqual(ALL_X);
    expect(found.slice(0, FIRST_PLACEHOLDERS.length).map((m) => [m.line, m.column, placeholderText(m.message)])).toEqual(FIRST_PLACEHOLDERS);
    for (const m of found) expect(LINES[m.line - 1]!.slice(m.column - 1)).toMatch(/^X/);
  });

  it('flags the target sections that hold no figure', () => {
    expect(result.messages.filter((m) => m.ruleId === 'target-without-number').map((m) => m.line)).toEqual([4, 104, 194, 293, 378]);
  });
});

/** The source as Markdown: numbered lines become headings, each line its own block. */
function toMarkdown(): { markdown: string; lineOf: (sourceLine: number) => number; shift: (sourceLine: number) => number } {
  const out: string[] = [];
  const map = new Map<number, number>();
  const shifts = new Map<number, number>();
  LINES.forEach((line, i) => {
    const level = numberedLevel(line);
    const prefix = /^篇[一二三四五]/.test(line) ? '# ' : level === 1 ? '## ' : level === 2 ? '### ' : '';
    out.push(prefix + line);
    map.set(i + 1, out.length);
    shifts.set(i + 1, prefix.length);
    out.push('');
  });
  return { markdown: out.join('\n'), lineOf: (n) => map.get(n)!, shift: (n) => shifts.get(n)! };
}

describe('source 000 as Markdown', () => {
  const { markdown, lineOf, shift } = toMarkdown();
  const result = lintOutline(readMarkdown(markdown, 'seed.md'), { lang: 'zh-CN', config: EMPTY_CONFIG });

  it('is split into five plans, each detected as its own style, with all sections', () => expectFiveStyles(result));

  it('reports every placeholder where the source has it', () => {
    const found = result.messages.filter((m) => m.ruleId === 'placeholder').map((m) => ({ line: m.line, column: m.column }));
    expect(found).toEqual(ALL_X.map((x) => ({ line: lineOf(x.line), column: x.column + shift(x.line) })));
  });
});

async function toDocx(withStyles: boolean): Promise<Uint8Array> {
  const children = LINES.map((line) => {
    const level = numberedLevel(line);
    const bullet = /^- /.test(line);
    const text = bullet ? line.slice(2) : line;
    if (level && withStyles) return new Paragraph({ heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: [new TextRun(text)] });
    if (level || /^篇/.test(line)) return new Paragraph({ children: [new TextRun({ text, bold: true })] });
    return new Paragraph({ ...(bullet ? { numbering: { reference: 'dots', level: 0 } } : {}), children: [new TextRun(text)] });
  });
  const doc = new Document({
    numbering: { config: [{ reference: 'dots', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT }] }] },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe.each([
  ['with Word heading styles', true],
  ['typed as bold numbered paragraphs, without heading styles', false],
])('source 000 as DOCX %s', (_, withStyles) => {
  it('is read, split, detected, complete, with placeholders in the right paragraphs', async () => {
    const outline = readDocx(await toDocx(withStyles as boolean), 'seed.docx', 'zh-CN');
    const result = lintOutline(outline, { lang: 'zh-CN', config: EMPTY_CONFIG });
    expectFiveStyles(result);
    // One paragraph per source line: paragraph numbers are the source's line numbers.
    const found = result.messages.filter((m) => m.ruleId === 'placeholder').map((m) => m.line);
    expect(found).toEqual(ALL_X.map((x) => x.line));
    const headings = outline.plans[0]!.sections.map((s) => s.heading.title);
    expect(headings[0]).toBe('一、本月销售目标与分解');
    expect(headings).toHaveLength(7);
  });
});
