// Counts with their noun in the document's language: "1 rep" / "5 reps" in English, "5人" in
// Chinese, where nouns do not change with the number.
import type { Lang } from './lang.js';
import { pick, type Localized } from './localized.js';

/** A noun: its Chinese measure word or noun, and its English singular and plural. */
export interface CountNoun {
  'zh-CN': string;
  en: { one: string; other: string };
}

/** True when the written number is exactly one ("1", "1.0"); counts are shown as written. */
function isOne(n: number | string): boolean {
  return Number(String(n).replace(/,/g, '')) === 1;
}

/** "5 people", "1 person"; "5人". The number is written as given (already formatted). */
export function countOf(lang: Lang, n: number | string, noun: CountNoun): string {
  const forms: Localized<string> = { 'zh-CN': `${n}${noun['zh-CN']}`, en: `${n} ${isOne(n) ? noun.en.one : noun.en.other}` };
  return pick(lang, forms);
}

/** The English noun for a count, singular or plural: for `{{plural n "rep" "reps"}}` in templates. */
export function pluralNoun(n: number | string, one: string, other: string): string {
  return isOne(n) ? one : other;
}

export const NOUNS = {
  people: { 'zh-CN': '人', en: { one: 'person', other: 'people' } },
  reps: { 'zh-CN': '名销售', en: { one: 'rep', other: 'reps' } },
  customers: { 'zh-CN': '家', en: { one: 'customer', other: 'customers' } },
  actions: { 'zh-CN': '项', en: { one: 'action', other: 'actions' } },
  risks: { 'zh-CN': '项', en: { one: 'risk', other: 'risks' } },
  files: { 'zh-CN': ' 个文件', en: { one: 'file', other: 'files' } },
} as const satisfies Record<string, CountNoun>;
