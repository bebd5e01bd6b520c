// Every example generates a complete plan: its style's sections in order, the six parts every
// plan needs, the user's figures, no placeholders, and well-formed Markdown.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { headingPrefix } from '../src/document/numbering.js';
import { validateFile } from '../src/plan/validate.js';
import { styleFor } from '../src/styles/registry.js';
import { DIRECTOR_TITLES, EXAMPLE_FILES, examplePath, SIX_PARTS } from './examples.js';
import { renderExample } from './golden.test.js';
import { headings, parseMarkdown, tables } from './render-fixture.js';

const RENDERED = new Map(
  await Promise.all(EXAMPLE_FILES.flatMap((file) => (['zh-CN', 'en'] as const).map(async (lang) => [`${file}:${lang}`, await renderExample(file, lang)] as const))),
);

describe.each(EXAMPLE_FILES)('%s', (file) => {
  const raw = parse(readFileSync(examplePath(file), 'utf8'));
  const style = styleFor(raw.kind ?? 'monthly', raw.style)!;

  it('validates with no error and no warning', async () => {
    expect((await validateFile(examplePath(file))).diagnostics).toEqual([]);
  });

  for (const lang of ['zh-CN', 'en'] as const) {
    describe(lang, () => {
      const md = RENDERED.get(`${file}:${lang}`)!;
      const tree = parseMarkdown(md);

      it('has one title and every section of its style, numbered, in order', async () => {
        expect(headings(tree, 1)).toHaveLength(1);
        expect(headings(tree, 2).filter((h) => !DIRECTOR_TITLES.test(h))).toEqual(style.sections.map((s, i) => `${headingPrefix(lang, [i + 1])}${s.title[lang]}`));
      });

      it('gives every section 2–6 numbered sub-sections', async () => {
        const sections = md.split(/\n## /).slice(1).filter((s) => !DIRECTOR_TITLES.test(s.slice(0, s.indexOf('\n'))));
        for (const section of sections) {
          const subs = section.match(/\n### /g) ?? [];
          expect(subs.length, section.slice(0, 30)).toBeGreaterThanOrEqual(2);
          expect(subs.length, section.slice(0, 30)).toBeLessThanOrEqual(6);
        }
        for (const h of headings(tree, 3)) expect(h).toMatch(lang === 'zh-CN' ? /^（[一二三四五六七八九十]+）\S/ : /^\d+\.\d+ \S/);
      });

      it('has the six parts every plan needs in its headings', async () => {
        const all = headings(tree).join('\n');
        for (const [part, words] of Object.entries(SIX_PARTS)) expect(all, part).toMatch(words[lang]);
      });

      it('shows the user’s figures', async () => {
        const revenue = Number(raw.targets.revenue).toLocaleString('en-US');
        expect(md).toContain(revenue);
        for (const p of raw.products ?? []) expect(md).toContain(p.name);
        for (const r of raw.risks ?? []) expect(md).toContain(r.response);
        expect(tables(tree).length).toBeGreaterThanOrEqual(5);
      });

      it('has no placeholder, no character reference and no list that swallows a paragraph', async () => {
        expect(md).not.toMatch(/【待填】|\[TBD\]|XX|&#x|undefined|null|NaN/);
        const lines = md.split('\n');
        lines.forEach((line, i) => {
          const next = lines[i + 1];
          if (/^- /.test(line) && next !== undefined && next !== '') expect(next, `after line ${i + 1}: ${line}`).toMatch(/^(- |\s)/);
        });
        expect(md).not.toMatch(/[。，；][。，；]/);
      });
    });
  }
});
