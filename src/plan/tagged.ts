// Lines of a plan that may be tied to months (market opportunities, channel actions): their text,
// and the months they belong to — given ({ text, month } or a date) or read from the text itself
// ("3—5 月", "“双十一”"), so that a month plan seeded from the year keeps only that month's.
import type { TaggedText } from './schema.js';

export function taggedText(item: TaggedText): string {
  return typeof item === 'string' ? item : item.text;
}

/** Days whose month is fixed, as the plans write them. Lunar festivals move and are left out. */
const FIXED_DAYS: Array<[RegExp, number[]]> = [
  [/双十一|双11|11\.11|Singles'? Day/i, [11]],
  [/双十二|双12|12\.12/, [12]],
  [/618|六一八/, [6]],
  [/双旦/, [12, 1]],
  [/元旦|New Year'?s Day/i, [1]],
  [/国庆|National Day/i, [10]],
  [/五一|劳动节|May Day/i, [5]],
  [/三八|妇女节|女神节/, [3]],
  [/情人节|Valentine/i, [2]],
  [/圣诞|Christmas/i, [12]],
  [/Black Friday|黑五/i, [11]],
];

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };

function monthNumber(raw: string): number | undefined {
  const n = /^\d+$/.test(raw) ? Number(raw) : CN_DIGITS[raw];
  return n !== undefined && n >= 1 && n <= 12 ? n : undefined;
}

/** The months a text names: "3月", "3—5 月", "十一月", the fixed-date shopping days. */
export function monthsInText(text: string): number[] {
  const months = new Set<number>();
  const range = /(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*(?:月\s*)?[—–\-~～至到]\s*(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月/g;
  for (const m of text.matchAll(range)) {
    const from = monthNumber(m[1]!);
    const to = monthNumber(m[2]!);
    if (from === undefined || to === undefined) continue;
    for (let i = from; ; i = (i % 12) + 1) {
      months.add(i);
      if (i === to) break;
    }
  }
  const rest = text.replace(range, ' ');
  for (const m of rest.matchAll(/(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月(?![份]?度)/g)) {
    const n = monthNumber(m[1]!);
    if (n !== undefined) months.add(n);
  }
  for (const [pattern, list] of FIXED_DAYS) if (pattern.test(text)) list.forEach((n) => months.add(n));
  return [...months].sort((a, b) => a - b);
}

/**
 * The months an item belongs to: its `month`, else its date's month, else those its text names;
 * undefined when nothing ties it to a month (it holds all year).
 */
export function taggedMonths(item: TaggedText): number[] | undefined {
  if (typeof item !== 'string') {
    if (item.month !== undefined) return Array.isArray(item.month) ? item.month : [item.month];
    if (item.date) return [Number(item.date.slice(5, 7))];
  }
  const named = monthsInText(taggedText(item));
  return named.length ? named : undefined;
}
