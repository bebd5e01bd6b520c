// Section numbers in the Chinese convention (一、 （一） 1. （1）) or the English one (1. 1.1 1.1.1).
import { pick } from '../i18n/localized.js';

const CN = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 */
function chineseNumber(n: number): string {
  if (n < 10) return CN[n]!;
  if (n < 20) return `十${n % 10 ? CN[n % 10] : ''}`;
  if (n < 100) return `${CN[Math.floor(n / 10)]}十${n % 10 ? CN[n % 10] : ''}`;
  return String(n);
}

/** The prefix of a heading at `depth` (2 = section) given the counters of each level. */
export function headingPrefix(lang: 'zh-CN' | 'en', counters: readonly number[]): string {
  const depth = counters.length; // 1 = section, 2 = sub-section, 3 = item
  const n = counters[depth - 1]!;
  return pick(lang, { 'zh-CN': chinesePrefix, en: englishPrefix })(depth, n, counters);
}

function chinesePrefix(depth: number, n: number): string {
  if (depth === 1) return `${chineseNumber(n)}、`;
  if (depth === 2) return `（${chineseNumber(n)}）`;
  if (depth === 3) return `${n}. `;
  return `（${n}）`;
}

function englishPrefix(depth: number, _n: number, counters: readonly number[]): string {
  return `${counters.join('.')}${depth === 1 ? '.' : ''} `;
}

/** A heading that already starts with a number (一、 （二） 3. 1.2) is not numbered again. */
export const ALREADY_NUMBERED = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+(?:\.\d+)*[.、]?\s|第[一二三四五六七八九十\d]+[章节条部分])/;
