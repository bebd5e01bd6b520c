// The money unit explained for a reader of the other language: an English document of a plan kept
// in 万元 says once what 万元 is (10,000 yuan), with the currency.
import type { Lang } from './lang.js';
import { pick } from './localized.js';

/** Chinese money units and what they stand for in yuan. */
const CHINESE_UNITS: Record<string, string> = {
  元: 'yuan',
  千元: '1,000 yuan',
  万元: '10,000 yuan',
  十万元: '100,000 yuan',
  百万元: '1 million yuan',
  千万元: '10 million yuan',
  亿元: '100 million yuan',
};

/**
 * "万元 (10,000 yuan, CNY)" in English for a Chinese unit; the unit as it is otherwise. The
 * currency is the plan's, else CNY (a unit in 元 is yuan).
 */
export function explainedUnit(lang: Lang, unit: string, currency: string | undefined): string {
  const meaning = CHINESE_UNITS[unit.trim()];
  if (!meaning) return unit;
  return pick(lang, { 'zh-CN': unit, en: `${unit} (${meaning}, ${currency ?? 'CNY'})` });
}
