// The corpus of real-shaped plans (tests/fixtures/lint-corpus/): company formats, blank
// templates, individual reps' plans, forms, plans with deliberate mistakes and complete plans,
// in both languages and all three formats. Expected findings are marked inline
// (`<!-- expect: rule-id -->`, markdownlint-style; DOCX plans carry them in their source under
// docx-src/), and the plan's style with `<!-- expect-style: id|none -->`. This test lints every
// plan as `salesplan lint` does (no --style), prints precision and recall per rule, fails below
// the thresholds of thresholds.json, and checks scores.json (the table in docs/rules.md) is
// current: `UPDATE_CORPUS=1 npx vitest run tests/lint/corpus.test.ts` rewrites it.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../../src/lint/config.js';
import { CONFIDENCE, lintOutline, type LintResult } from '../../src/lint/engine.js';
import { decodeTextFile } from '../../src/lint/readers/decode.js';
import { readDocx } from '../../src/lint/readers/docx.js';
import { readMarkdown } from '../../src/lint/readers/markdown.js';
import { readText } from '../../src/lint/readers/text.js';
import { RULES } from '../../src/lint/rules/index.js';
import { docxFromSource, EXPECT } from '../fixtures/lint-corpus/docx-source.js';
import { ROOT } from '../helpers.js';

const DIR = join(ROOT, 'tests', 'fixtures', 'lint-corpus');

interface Case {
  name: string;
  result: LintResult;
  expected: Set<string>;
  style?: string;
}

/** Markers of a marked-up source: `line:rule` keys, with lines mapped (DOCX) as lint reports them. */
function markers(source: string, lineMap?: number[]): { expected: Set<string>; style?: string } {
  const expected = new Set<string>();
  let style: string | undefined;
  source.split('\n').forEach((text, i) => {
    for (const m of text.matchAll(EXPECT)) {
      if (m[1]) style = m[2]!.trim();
      else for (const rule of m[2]!.split(/[\s,]+/).filter(Boolean)) expected.add(`${lineMap ? lineMap[i + 1] : i + 1}:${rule}`);
    }
  });
  return style ? { expected, style } : { expected };
}

const strip = (source: string) => source.replace(EXPECT, '').replace(/[ \t]+$/gm, '');

async function load(): Promise<Case[]> {
  const cases: Case[] = [];
  const lint = (outline: Parameters<typeof lintOutline>[0]) => lintOutline(outline, { lang: 'en', documentLang: true, config: EMPTY_CONFIG });
  for (const name of readdirSync(DIR).sort()) {
    const path = join(DIR, name);
    if (name.endsWith('.md') && name !== 'README.md') {
      const source = readFileSync(path, 'utf8');
      cases.push({ name, result: lint(readMarkdown(strip(source), name)), ...markers(source) });
    } else if (name.endsWith('.txt')) {
      // Saved as UTF-8, GBK or UTF-16, as people's text files are.
      const source = decodeTextFile(new Uint8Array(readFileSync(path)), name, 'en');
      cases.push({ name, result: lint(readText(strip(source), name)), ...markers(source) });
    } else if (name.endsWith('.docx')) {
      const source = readFileSync(join(DIR, 'docx-src', name.replace(/\.docx$/, '.txt')), 'utf8');
      const { lineMap } = await docxFromSource(source);
      cases.push({ name, result: lint(readDocx(new Uint8Array(readFileSync(path)), name, 'en')), ...markers(source, lineMap) });
    }
  }
  return cases;
}

interface Score {
  rule: string;
  expected: number;
  found: number;
  truePositives: number;
  precision: number;
  recall: number;
}

function score(cases: readonly Case[]): Score[] {
  return RULES.map((rule) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const c of cases) {
      const found = new Set(c.result.messages.filter((m) => m.ruleId === rule.id).map((m) => `${m.line}:${m.ruleId}`));
      const expected = [...c.expected].filter((k) => k.endsWith(`:${rule.id}`));
      for (const k of found) if (c.expected.has(k)) tp++; else fp++;
      for (const k of expected) if (!found.has(k)) fn++;
    }
    const round = (n: number) => Number(n.toFixed(3));
    return { rule: rule.id, expected: tp + fn, found: tp + fp, truePositives: tp, precision: round(tp + fp ? tp / (tp + fp) : 1), recall: round(tp + fn ? tp / (tp + fn) : 1) };
  });
}

const cases = await load();
const thresholds = JSON.parse(readFileSync(join(DIR, 'thresholds.json'), 'utf8')) as { rules: Record<string, { precision: number; recall: number }> };

describe('lint corpus', () => {
  it('holds at least 30 plans, in both languages and all three formats', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    for (const ext of ['.md', '.txt', '.docx']) for (const lang of ['zh-CN', 'en']) {
      expect(cases.some((c) => c.name.endsWith(ext) && c.result.lang === lang), `${ext} ${lang}`).toBe(true);
    }
  });

  it('detects the style of plans that follow one, and no style for the others', () => {
    const rows = cases.map((c) => ({ name: c.name, expected: c.style ?? '?', got: c.result.plans[0]!.style, closest: c.result.plans[0]!.closest ?? '', score: c.result.plans[0]!.score.toFixed(2) }));
    console.table(rows);
    for (const c of cases) expect(c.result.plans[0]!.style, c.name).toBe(c.style);
  });

  it('puts no outline error on a plan that follows no style, nor on a section a plan has', () => {
    for (const c of cases) {
      if (c.style === 'none') expect(c.result.messages.filter((m) => m.ruleId === 'required-sections'), c.name).toEqual([]);
    }
  });

  const scores = score(cases);
  it('reaches the precision and recall of thresholds.json for every rule', () => {
    console.table(scores);
    const misses = cases.flatMap((c) => {
      const found = new Set(c.result.messages.map((m) => `${m.line}:${m.ruleId}`));
      return [
        ...c.result.messages.filter((m) => !c.expected.has(`${m.line}:${m.ruleId}`)).map((m) => `FP ${c.name}:${m.line}:${m.column} ${m.ruleId} ${m.message}`),
        ...[...c.expected].filter((k) => !found.has(k)).map((k) => `FN ${c.name}:${k}`),
      ];
    });
    if (misses.length) console.log([...new Set(misses)].join('\n'));
    for (const s of scores) {
      const t = thresholds.rules[s.rule];
      expect(t, `threshold for ${s.rule}`).toBeDefined();
      expect(s.precision, `${s.rule} precision`).toBeGreaterThanOrEqual(t!.precision);
      expect(s.recall, `${s.rule} recall`).toBeGreaterThanOrEqual(t!.recall);
    }
  });

  it('has its table in scores.json (docs/rules.md) up to date', () => {
    const styled = cases.filter((c) => c.style !== 'none').map((c) => c.result.plans[0]!.score);
    const unstyled = cases.filter((c) => c.style === 'none').map((c) => c.result.plans[0]!.score);
    const table = {
      plans: cases.length,
      confidence: { threshold: CONFIDENCE, lowestWithStyle: Number(Math.min(...styled).toFixed(2)), highestWithout: Number(Math.max(...unstyled).toFixed(2)) },
      rules: scores,
    };
    const file = join(DIR, 'scores.json');
    if (process.env.UPDATE_CORPUS) writeFileSync(file, `${JSON.stringify(table, null, 2)}\n`);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(table);
    expect(table.confidence.lowestWithStyle).toBeGreaterThanOrEqual(CONFIDENCE);
    expect(table.confidence.highestWithout).toBeLessThan(CONFIDENCE);
  });
});
