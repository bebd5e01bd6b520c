// Quoting values inside a message the way each language does. Messages themselves are Localized
// values beside their owners, said with say() (localized.ts).
import type { Lang } from './lang.js';

/** Joins a list the way each language does: 「a」、「b」 or "a", "b". */
export function quoteList(lang: Lang, items: readonly string[]): string {
  return lang === 'zh-CN' ? items.map((i) => `「${i}」`).join('、') : items.map((i) => `"${i}"`).join(', ');
}

/** Quotes one value for a message. */
export function q(lang: Lang, value: string): string {
  return lang === 'zh-CN' ? `「${value}」` : `"${value}"`;
}
