// The documents of every example in both languages, and the review example, for the chart tests.
import { buildDocument, type PlanDocument } from '../../src/document/build.js';
import { buildReviewDocument } from '../../src/document/build-review.js';
import { readActuals } from '../../src/data/actuals.js';
import { computeAttainment, type ReviewFigures } from '../../src/plan/attainment.js';
import type { DerivedPlan } from '../../src/plan/derive.js';
import { validateFile } from '../../src/plan/validate.js';
import { EXAMPLE_FILES, examplePath } from '../examples.js';

export interface ChartCase {
  name: string;
  build: () => Promise<{ doc: PlanDocument; derived: DerivedPlan; review?: ReviewFigures }>;
}

async function example(file: string, lang: 'zh-CN' | 'en') {
  const v = await validateFile(examplePath(file), { lang });
  if (!v.valid) throw new Error(v.diagnostics.map((d) => d.message).join('\n'));
  return { doc: buildDocument(v.valid, { today: '2026-11-23' }), derived: v.valid.derived };
}

async function review(lang: 'zh-CN' | 'en') {
  const valid = (await validateFile(examplePath('target-zh.yaml'), { lang })).valid!;
  const { figures } = computeAttainment(valid.plan, valid.derived, await readActuals(examplePath('actuals-2026-12.csv')), lang);
  return { doc: buildReviewDocument(valid, figures, { today: '2026-12-31' }), derived: valid.derived, review: figures };
}

export const CHART_CASES: ChartCase[] = [
  ...EXAMPLE_FILES.flatMap((file) => (['zh-CN', 'en'] as const).map((lang) => ({ name: `${file.replace(/\.yaml$/, '')}.${lang}`, build: () => example(file, lang) }))),
  ...(['zh-CN', 'en'] as const).map((lang) => ({ name: `review-target-zh.${lang}`, build: () => review(lang) })),
];
