// The improvement threshold is the plan's (`incentives.improvement_threshold`), resolved once in
// src/plan/settings.ts: a quarterly plan with a threshold of 70 says 70% in every sentence and
// flags only what is under 70%, in the plan document and in a review of it.
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/build.js';
import { buildReviewDocument } from '../../src/document/build-review.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { readActuals } from '../../src/data/actuals.js';
import { computeAttainment } from '../../src/plan/attainment.js';
import { validateText } from '../../src/plan/validate.js';
import { examplePath } from '../examples.js';

/** The example with its threshold set to `threshold` (kept as YAML, so its comments stay). */
function withThreshold(file: string, threshold: number): string {
  const doc = parseDocument(readFileSync(examplePath(file), 'utf8'));
  doc.setIn(['incentives', 'improvement_threshold'], threshold);
  return doc.toString();
}

// What the documents say about the threshold, in both languages (user text such as a bonus named
// "复购率超过 80%" is the plan's own and not matched: it has a space or another verb).
const CLAIM = (n: number) => new RegExp(`(低于|不足)${n}%|below ${n}%`);

describe('improvement threshold 70 in a quarterly plan', () => {
  for (const lang of ['zh-CN', 'en'] as const) {
    it(`${lang}: says 70% and never 80%`, async () => {
      const v = await validateText(withThreshold('quarterly-zh.yaml', 70), examplePath('quarterly-zh.yaml'), { lang });
      expect(v.valid, v.diagnostics.map((d) => d.message).join('\n')).toBeDefined();
      expect(v.valid!.derived.settings.improvementThreshold.toString()).toBe('70');
      const md = renderMarkdown(buildDocument(v.valid!, { today: '2026-11-23' }));
      expect(md).not.toMatch(CLAIM(80));
      expect(md).toMatch(CLAIM(70));
    });
  }

  it('flags review items under 70% only: 75% and 77.8% are no longer below the line', async () => {
    const v = await validateText(withThreshold('quarterly-zh.yaml', 70), examplePath('quarterly-zh.yaml'), { lang: 'en' });
    const items = v.valid!.derived.review!.items;
    expect(items.filter((i) => i.below)).toEqual([]);
    expect(items.some((i) => i.attainment!.lessThan(80))).toBe(true);
  });

  it('without a threshold the default 80% is used', async () => {
    const v = await validateText(readFileSync(examplePath('quarterly-zh.yaml'), 'utf8'), examplePath('quarterly-zh.yaml'), { lang: 'en' });
    expect(v.valid!.derived.settings.improvementThreshold.toString()).toBe('80');
    expect(renderMarkdown(buildDocument(v.valid!, { today: '2026-11-23' }))).toMatch(CLAIM(80));
  });
});

describe('improvement threshold in a review', () => {
  it('a review document of a plan with threshold 70 states 70% and flags with it', async () => {
    const source = readFileSync(examplePath('target-zh.yaml'), 'utf8');
    const doc = parseDocument(source);
    // The monthly example has no incentive scheme; a minimal one carries the threshold.
    if (!doc.hasIn(['incentives'])) doc.setIn(['incentives'], doc.createNode({ base_rate: 2, improvement_threshold: 70 }));
    else doc.setIn(['incentives', 'improvement_threshold'], 70);
    const v = await validateText(doc.toString(), examplePath('target-zh.yaml'), { lang: 'zh-CN' });
    expect(v.valid, v.diagnostics.map((d) => d.message).join('\n')).toBeDefined();
    const { figures } = computeAttainment(v.valid!.plan, v.valid!.derived, await readActuals(examplePath('actuals-2026-12.csv')), 'zh-CN');
    expect(figures.threshold.toString()).toBe('70');
    const md = renderMarkdown(buildReviewDocument(v.valid!, figures, { today: '2026-12-31' }));
    expect(md).not.toMatch(CLAIM(80));
    expect(md).toMatch(/70%/);
  });
});
