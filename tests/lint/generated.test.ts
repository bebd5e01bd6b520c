// Every generated plan lints clean, as Markdown and as DOCX; removing any one section gives
// exactly one required-sections error that names it.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/build.js';
import { EMPTY_CONFIG } from '../../src/lint/config.js';
import { lintOutline } from '../../src/lint/engine.js';
import { readDocx } from '../../src/lint/readers/docx.js';
import { validateFile } from '../../src/plan/validate.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { headingPrefix } from '../../src/document/numbering.js';
import { EXAMPLE_FILES, examplePath } from '../examples.js';
import { renderExample } from '../golden.test.js';
import { lintMarkdown } from './helpers.js';

const CASES = await Promise.all(
  EXAMPLE_FILES.flatMap((file) => (['zh-CN', 'en'] as const).map(async (lang) => ({
    file, lang, md: await renderExample(file, lang), valid: (await validateFile(examplePath(file), { lang })).valid!,
  }))),
);

describe.each(EXAMPLE_FILES)('%s', (file) => {
  for (const lang of ['zh-CN', 'en'] as const) {
    const { md, valid } = CASES.find((c) => c.file === file && c.lang === lang)!;
    const style = valid.style;

    it(`lints clean as Markdown and as DOCX (${lang})`, async () => {
      const fromMd = lintMarkdown(md, { lang });
      expect(fromMd.messages).toEqual([]);
      expect(fromMd.plans[0]).toMatchObject({ style: style.id, matched: fromMd.plans[0]!.required });
      const bytes = await renderDocx(buildDocument(valid, { today: '2026-11-23' }));
      const fromDocx = lintOutline(readDocx(bytes, `${file}.docx`, lang), { lang, config: EMPTY_CONFIG });
      expect(fromDocx.messages).toEqual([]);
      expect(fromDocx.plans[0]!.style).toBe(style.id);
    });

    it(`names each removed section, once (${lang})`, async () => {
      const lines = md.split('\n');
      style.sections.forEach((decl, index) => {
        if (decl.required === false) return;
        const heading = `## ${headingPrefix(lang, [index + 1])}${decl.title[lang]}`;
        const start = lines.indexOf(heading);
        expect(start, heading).toBeGreaterThan(0);
        let end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
        if (end < 0) end = lines.length;
        const without = [...lines.slice(0, start), ...lines.slice(end)].join('\n');
        const result = lintMarkdown(without, { lang: 'en' });
        const missing = result.messages.filter((m) => m.ruleId === 'required-sections');
        expect(missing.map((m) => m.message), heading).toHaveLength(1);
        expect(missing[0]!.message).toContain(`"${decl.title.en}"`);
        expect(result.plans[0]!.style).toBe(style.id);
      });
    });
  }
});
