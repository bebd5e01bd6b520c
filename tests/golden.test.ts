// Golden Markdown for every example in both languages. A difference fails the test and shows
// the diff; after reviewing it, UPDATE_GOLDEN=1 npm test rewrites the files.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../src/document/build.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { validateFile } from '../src/plan/validate.js';
import { buildReviewDocument } from '../src/document/build-review.js';
import { readActuals } from '../src/data/actuals.js';
import { computeAttainment } from '../src/plan/attainment.js';
import { EXAMPLE_FILES, examplePath } from './examples.js';
import { ROOT } from './helpers.js';

const GOLDEN = join(ROOT, 'tests', 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

export async function renderExample(file: string, lang: 'zh-CN' | 'en'): Promise<string> {
  const v = (await validateFile(examplePath(file), { lang }));
  if (!v.valid) throw new Error(v.diagnostics.map((d) => d.message).join('\n'));
  return renderMarkdown(buildDocument(v.valid, { today: '2026-11-23' }));
}

/** The review of examples/target-zh.yaml against examples/actuals-2026-12.csv. */
export async function renderReviewExample(lang: 'zh-CN' | 'en'): Promise<string> {
  const valid = (await validateFile(examplePath('target-zh.yaml'), { lang })).valid!;
  const { figures, diagnostics } = computeAttainment(valid.plan, valid.derived, await readActuals(examplePath('actuals-2026-12.csv')), lang);
  if (diagnostics.length) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  return renderMarkdown(buildReviewDocument(valid, figures, { today: '2026-12-31' }));
}

const CASES: Array<{ name: string; render: () => Promise<string> }> = [
  ...EXAMPLE_FILES.flatMap((file) => (['zh-CN', 'en'] as const).map((lang) => ({ name: `${file.replace(/\.yaml$/, '')}.${lang}.md`, render: () => renderExample(file, lang) }))),
  ...(['zh-CN', 'en'] as const).map((lang) => ({ name: `review-target-zh.${lang}.md`, render: () => renderReviewExample(lang) })),
];

describe('golden Markdown', () => {
  for (const { name, render } of CASES) {
    it(name, async () => {
      const actual = await render();
      const path = join(GOLDEN, name);
      if (update || !existsSync(path)) {
        mkdirSync(GOLDEN, { recursive: true });
        writeFileSync(path, actual);
        if (!update) throw new Error(`golden file ${name} was missing and has been written: review it and commit`);
        return;
      }
      expect(actual).toBe(readFileSync(path, 'utf8'));
    });
  }
});
