// The period a plan covers, read from its title and opening lines the way a reader does: 2027年1月,
// 十二月, January 2027, 2027年第一季度, Q1 2027, 2027年度, FY2027. Kind detection starts here (the
// words of the period settle it before the sections are compared), and the date rule checks the
// dates a plan promises against it.
import type { StyleDecl } from '../styles/types.js';
import { normalizeFigures } from './numbers.js';
import type { PlanOutline } from './outline.js';

export type PlanKind = StyleDecl['kind'];

export interface Period {
  kind: PlanKind;
  year?: number;
  /** The months (1–12) the period covers. */
  months: number[];
}

const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12, 元: 1, 正: 1 };
export const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_EN = new RegExp(`\\b(${MONTHS_EN.join('|')}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\b\\.?`, 'i');

/** The month an English name or abbreviation stands for. */
export function englishMonth(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  const i = MONTHS_EN.findIndex((m) => m === w || m.slice(0, 3) === w || (w === 'sept' && m === 'september'));
  return i >= 0 ? i + 1 : undefined;
}

const quarterMonths = (q: number): number[] => [q * 3 - 2, q * 3 - 1, q * 3];
const ALL_MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/** The period a line of title names, if it names one. */
export function periodIn(text: string): Period | undefined {
  const t = normalizeFigures(text);
  const yearMatch = /((?:19|20)\d{2})\s*(?:年|财年|年度|\b)|\bFY\s?((?:20)?\d{2})\b/i.exec(t);
  const year = yearMatch ? Number(yearMatch[1] ?? (yearMatch[2]!.length === 2 ? `20${yearMatch[2]}` : yearMatch[2])) : undefined;
  const withYear = (p: Omit<Period, 'year'>): Period => (year ? { ...p, year } : p);
  if (/回顾|复盘|执行情况|review|retrospective/i.test(t) && !/计划书|工作计划$|plan$/i.test(t)) return withYear({ kind: 'review', months: [] });
  const q = /(?:第\s*([一二三四1-4])\s*季度|([一二三四1-4])\s*季度|\bQ([1-4])\b|\b(first|second|third|fourth)\s+quarter\b)/i.exec(t);
  if (q) {
    const n = q[1] ?? q[2] ?? q[3];
    const quarter = n ? (CN_DIGIT[n] ?? Number(n)) : ['first', 'second', 'third', 'fourth'].indexOf(q[4]!.toLowerCase()) + 1;
    return withYear({ kind: 'quarterly', months: quarterMonths(quarter) });
  }
  if (/季度|quarter/i.test(t)) return withYear({ kind: 'quarterly', months: [] });
  const m = /(?<![\d.])(\d{1,2})\s*月(?!\d)|(十[一二]?|[一二三四五六七八九元正])月(?!份额)/.exec(t);
  if (m) {
    const month = m[1] ? Number(m[1]) : CN_DIGIT[m[2]!]!;
    if (month >= 1 && month <= 12) return withYear({ kind: 'monthly', months: [month] });
  }
  const en = MONTH_EN.exec(t);
  if (en && !/^may$/i.test(en[1]!)) return withYear({ kind: 'monthly', months: [englishMonth(en[1]!)!] });
  if (en && year) return withYear({ kind: 'monthly', months: [5] });
  if (/月度|本月|月工作|月份|monthly|\bmonth\b/i.test(t)) return withYear({ kind: 'monthly', months: [] });
  if (/年度|全年|年终|annual|\byear(?:ly)?\b|\bFY\s?\d/i.test(t)) return withYear({ kind: 'annual', months: ALL_MONTHS });
  if (year && /年.*计划|年销售|plan/i.test(t)) return withYear({ kind: 'annual', months: ALL_MONTHS });
  return undefined;
}

/** The lines a plan's period is read from: its title, then the opening lines (计划期间：…). */
function periodLines(plan: PlanOutline): string[] {
  const lines: string[] = [];
  if (plan.title) lines.push(plan.title.title);
  for (const block of plan.preamble.slice(0, 6)) {
    const text = block.text.split('\n').find((l) => /期间|周期|时间|period|month|quarter|year/i.test(l));
    if (text) lines.push(text);
  }
  return lines;
}

/** The plan's period: the first line that names one (the title first). */
export function planPeriod(plan: PlanOutline): Period | undefined {
  for (const line of periodLines(plan)) {
    const found = periodIn(line);
    if (found) return found;
  }
  return undefined;
}
