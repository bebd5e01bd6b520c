// Plan periods: 2026-12 (a month), 2026-Q4 (a quarter), 2026 (a year). Parsing is lenient about
// how people write them (2026/12, 2026年12月, 2026Q4); output is always in the canonical form.
import type { Lang } from '../i18n/lang.js';
import type { Kind } from './schema.js';
import { pick } from '../i18n/localized.js';

export interface Period {
  kind: Kind;
  year: number;
  /** 1–12 for a month. */
  month?: number;
  /** 1–4 for a quarter. */
  quarter?: number;
}

const CN_DIGITS = ['', '一', '二', '三', '四'];
const EN_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** Parses a period; `invalidMonth` when the shape is a month but the number is not 1–12. */
export function parsePeriod(value: string | number): Period | 'invalidMonth' | undefined {
  const text = String(value).trim();
  let m = /^(\d{4})\s*(?:年|年度)?$/.exec(text);
  if (m) return { kind: 'annual', year: Number(m[1]) };
  m = /^(\d{4})\s*[-/.]?\s*[Qq]([1-4])$/.exec(text) ?? /^(\d{4})年?第?([1-4一二三四])季度?$/.exec(text);
  if (m) {
    const q = m[2]!;
    const quarter = /\d/.test(q) ? Number(q) : CN_DIGITS.indexOf(q);
    return { kind: 'quarterly', year: Number(m[1]), quarter };
  }
  m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(text);
  if (m) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return 'invalidMonth';
    return { kind: 'monthly', year: Number(m[1]), month };
  }
  return undefined;
}

export function periodExample(kind: Kind): string {
  return kind === 'monthly' ? '2026-12' : kind === 'quarterly' ? '2026-Q4' : '2026';
}

export function canonicalPeriod(p: Period): string {
  if (p.kind === 'monthly') return `${p.year}-${String(p.month).padStart(2, '0')}`;
  if (p.kind === 'quarterly') return `${p.year}-Q${p.quarter}`;
  return String(p.year);
}

export function formatPeriod(p: Period, lang: Lang): string {
  if (p.kind === 'monthly') {
    return pick(lang, { 'zh-CN': `${p.year}年${p.month}月`, en: `${EN_MONTHS[p.month! - 1]} ${p.year}` });
  }
  if (p.kind === 'quarterly') {
    return pick(lang, { 'zh-CN': `${p.year}年第${CN_DIGITS[p.quarter!]}季度`, en: `Q${p.quarter} ${p.year}` });
  }
  return pick(lang, { 'zh-CN': `${p.year}年度`, en: String(p.year) });
}

/** "本月" / "this month" and its kin, for prose. */
export function periodNoun(kind: Kind, lang: Lang, which: 'this' | 'last' | 'next' = 'this'): string {
  const noun = { monthly: { 'zh-CN': '月', en: 'month' }, quarterly: { 'zh-CN': '季度', en: 'quarter' }, annual: { 'zh-CN': '年度', en: 'year' } }[kind];
  const prefix = { this: '本', last: '上', next: '下' }[which];
  return pick(lang, { 'zh-CN': `${prefix}${noun['zh-CN']}`, en: `${which} ${noun.en}` });
}

export function shiftPeriod(p: Period, by: number): Period {
  if (p.kind === 'monthly') {
    const index = p.year * 12 + (p.month! - 1) + by;
    return { kind: 'monthly', year: Math.floor(index / 12), month: (index % 12) + 1 };
  }
  if (p.kind === 'quarterly') {
    const index = p.year * 4 + (p.quarter! - 1) + by;
    return { kind: 'quarterly', year: Math.floor(index / 4), quarter: (index % 4) + 1 };
  }
  return { kind: 'annual', year: p.year + by };
}

/** The months a period covers, as [year, month] pairs. */
export function monthsOf(p: Period): Array<{ year: number; month: number }> {
  if (p.kind === 'monthly') return [{ year: p.year, month: p.month! }];
  if (p.kind === 'quarterly') {
    const first = (p.quarter! - 1) * 3 + 1;
    return [0, 1, 2].map((i) => ({ year: p.year, month: first + i }));
  }
  return Array.from({ length: 12 }, (_, i) => ({ year: p.year, month: i + 1 }));
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export interface WeekSpan {
  index: number;
  startDay: number;
  endDay: number;
  /** Working days in the span: Monday to Friday, or as the calendar says. */
  workdays: number;
}

const mondayToFriday = (year: number, month: number) => (day: number) => {
  const wd = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return wd !== 0 && wd !== 6;
};

/**
 * The month cut into weeks that end on Sundays: 1–7 Dec, 8–14 Dec … (the first and last may be
 * short). Working days are Monday to Friday unless `isWorkday` (a calendar: holidays, make-up
 * days) says otherwise.
 */
export function weeksOfMonth(year: number, month: number, isWorkday: (day: number) => boolean = mondayToFriday(year, month)): WeekSpan[] {
  const days = daysInMonth(year, month);
  const weeks: WeekSpan[] = [];
  let start = 1;
  for (let day = 1; day <= days; day++) {
    const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay(); // 0 = Sunday
    if (weekday === 0 || day === days) {
      let workdays = 0;
      for (let d = start; d <= day; d++) if (isWorkday(d)) workdays++;
      weeks.push({ index: weeks.length + 1, startDay: start, endDay: day, workdays });
      start = day + 1;
    }
  }
  // A stub of one or two days at the start joins the next week, so no week is a lone weekend.
  if (weeks.length > 1 && weeks[0]!.endDay - weeks[0]!.startDay < 2) {
    const [first, second] = weeks;
    weeks.splice(0, 2, { index: 1, startDay: first!.startDay, endDay: second!.endDay, workdays: first!.workdays + second!.workdays });
    weeks.forEach((w, i) => (w.index = i + 1));
  }
  const last = weeks[weeks.length - 1];
  if (weeks.length > 1 && last && last.endDay - last.startDay < 2) {
    const prev = weeks[weeks.length - 2]!;
    weeks.splice(weeks.length - 2, 2, { index: prev.index, startDay: prev.startDay, endDay: last.endDay, workdays: prev.workdays + last.workdays });
  }
  return weeks;
}
