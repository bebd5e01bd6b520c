// Golden Markdown for every example in both languages. A difference fails the test and shows
// the diff; after reviewing it, UPDATE_GOLDEN=1 npm test rewrites the files.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../src/document/build.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { validateFile } from '../src/plan/validate.js';
import { EXAMPLE_FILES, examplePath } from './examples.js';
import { ROOT } from './helpers.js';

const GOLDEN = join(ROOT, 'tests', 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

export async function renderExample(file: string, lang: 'zh-CN' | 'en'): Promise<string> {
  const v = (await validateFile(examplePath(file), { lang }));
  if (!v.valid) throw new Error(v.diagnostics.map((d) => d.message).join('\n'));
  return renderMarkdown(buildDocument(v.valid, { today: '2026-11-23' }));
}

describe('golden Markdown', () => {
  for (const file of EXAMPLE_FILES) {
    for (const lang of ['zh-CN', 'en'] as const) {
      const name = `${file.replace(/\.yaml$/, '')}.${lang}.md`;
      it(name, async () => {
        const actual = await renderExample(file, lang);
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
  }
});
