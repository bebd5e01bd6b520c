// The one way salesplan speaks two languages: text is a `Localized` value that carries both, so
// the compiler refuses a message, label or help line that lacks one of them. Messages live beside
// the code that says them (a rule's messages in the rule's file, a check's in its own); this
// module only picks the language and fills placeholders. Nothing outside src/i18n/ compares a
// language by hand (`lang === 'zh-CN' ? …`): it asks `pick` or `say` (a test enforces it).
import type { Lang } from './lang.js';

/** A value in each language the tool speaks; both are required. */
export type Localized<T = string> = { readonly [L in Lang]: T };

/** Placeholder values for `{name}` in a message. */
export type Params = Readonly<Record<string, string | number | undefined>>;

/** One owner's messages, keyed by a stable id (as ESLint's `meta.messages`). */
export type Messages = Readonly<Record<string, Localized>>;

/** The text in the given language with its {placeholders} filled; unknown ones stay as written. */
export function say(lang: Lang, text: Localized, params: Params = {}): string {
  return text[lang].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** The value for the given language: words, a function, a punctuation mark. */
export function pick<T>(lang: Lang, value: Localized<T>): T {
  return value[lang];
}
