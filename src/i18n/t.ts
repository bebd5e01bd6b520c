// Looks up a message by id in the user's language and fills its {placeholders}.
import type { Lang } from './lang.js';
import { messages, type MessageId } from './messages.js';

export type Params = Record<string, string | number | undefined>;

export function t(lang: Lang, id: MessageId, params: Params = {}): string {
  const entry = messages[id];
  const text = entry[lang];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** Joins a list the way each language does: 「a」、「b」 or "a", "b". */
export function quoteList(lang: Lang, items: readonly string[]): string {
  return lang === 'zh-CN' ? items.map((i) => `「${i}」`).join('、') : items.map((i) => `"${i}"`).join(', ');
}

/** Quotes one value for a message. */
export function q(lang: Lang, value: string): string {
  return lang === 'zh-CN' ? `「${value}」` : `"${value}"`;
}
