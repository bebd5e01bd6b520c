// Two languages are spoken through one mechanism (src/i18n/localized.ts): outside src/i18n/ no
// code compares the language by hand. A ternary on the language is how the second language gets
// forgotten in one branch; `pick(lang, { 'zh-CN': …, en: … })` makes the compiler ask for both.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', 'src');
const BY_HAND = /\blang\w*\s*[!=]==?\s*['"](zh-CN|en)['"]|['"](zh-CN|en)['"]\s*[!=]==?\s*\w*lang\b/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('one way to speak two languages', () => {
  it('no code outside src/i18n/ compares the language by hand', () => {
    const found = files(SRC)
      .filter((f) => !relative(SRC, f).startsWith('i18n'))
      .flatMap((f) =>
        readFileSync(f, 'utf8').split('\n').flatMap((line, i) => (BY_HAND.test(line) ? [`${relative(SRC, f)}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(found).toEqual([]);
  });

  it('the pattern catches the forms it is meant to', () => {
    for (const bad of ["lang === 'zh-CN' ? a : b", "const zh = lang === 'zh-CN';", "if (options.lang !== 'en')", "'en' === lang"]) {
      expect(BY_HAND.test(bad), bad).toBe(true);
    }
    expect(BY_HAND.test("pick(lang, { 'zh-CN': a, en: b })")).toBe(false);
  });
});
