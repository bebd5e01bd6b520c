// Reading figures as people write them in plans: 1,250.5万元, 44.2%, -8.3%, (占25%), full-width
// digits (５００万元), traditional characters (萬元, 佔), and amounts in 元/千元/万元/亿元 (or $, k,
// M) brought to one base so that 1.2亿元 and 12,000万元 compare equal.
import { toSimplified } from './t2s.js';

/** The number in a cell or phrase, ignoring thousands separators, units and a leading sign. */
export function parseFigure(text: string): { value: number; decimals: number } | undefined {
  const m = /[-+−]?\d[\d,]*(?:\.\d+)?/.exec(normalizeFigures(text).replace(/\*\*/g, ''));
  if (!m) return undefined;
  const raw = m[0].replace(/,/g, '').replace('−', '-');
  return { value: Number(raw), decimals: raw.includes('.') ? raw.split('.')[1]!.length : 0 };
}

/** A cell that holds a single figure (and perhaps a unit or %), nothing else. */
export function isFigureCell(text: string): boolean {
  const t = normalizeFigures(text).trim();
  return /^\s*\**[-+−]?\d[\d,]*(?:\.\d+)?\s*(?:%|万元|元|千元|亿元|万|亿|家|人|个|次|天|小时|台|件|套|单|户|[A-Z]{3}|[£$€¥])?\**\s*$/.test(t) || /^\s*[£$€¥]\d[\d,]*(?:\.\d+)?\s*[kKmM]?\s*$/.test(t);
}

export const TOTAL_ROW = /^\**\s*(合计|总计|全年合计|总额|共计|total|sum|grand total|year total)\s*\**$/i;

/** A subtotal row (第一季度小计, Q1 Subtotal): part of the rows' sum already, so never added again. */
export const SUBTOTAL_ROW = /^\**\s*\S{0,12}\s?(小计|sub-?total)\s*\**$/i;

const FULL_WIDTH = /[０-９％．＄￥]/g;
const HALF: Record<string, string> = { '％': '%', '．': '.', '＄': '$', '￥': '¥' };

/**
 * The text with full-width digits, %, $ and ¥ made ASCII and lint's traditional characters made
 * simplified: the same length as the input, so columns found in it hold in the original. A
 * full-width comma becomes ASCII only between digits (elsewhere it is a clause break).
 */
export function normalizeFigures(text: string): string {
  const folded = toSimplified(text).replace(FULL_WIDTH, (ch) => HALF[ch] ?? String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  return folded.replace(/(\d)，(?=\d{3}(?!\d))/g, '$1,');
}

/** What kind of quantity a unit measures: only amounts of one kind are added together. */
export type Measure = 'money' | 'percent' | 'count';

export interface Amount {
  /** In the measure's base unit (元 for money, 1 for counts, percentage points). */
  value: number;
  measure: Measure;
  /** The unit as written (万元, %, 家 …). */
  unit: string;
  /** Rounding allowance of the written figure, in base units (half its last digit). */
  rounding: number;
  /** Written as approximate (约, about, ≈, 左右). */
  approx: boolean;
  /** 0-based offset and length in the text. */
  index: number;
  length: number;
}

const MONEY_SCALE: Record<string, number> = { 元: 1, 块: 1, 千元: 1e3, 万元: 1e4, 万: 1e4, 百万元: 1e6, 百万: 1e6, 千万元: 1e7, 千万: 1e7, 亿元: 1e8, 亿: 1e8 };
const LATIN_SCALE: Record<string, number> = { '': 1, k: 1e3, K: 1e3, m: 1e6, M: 1e6, mn: 1e6, bn: 1e9, million: 1e6, billion: 1e9, thousand: 1e3 };
const COUNT_UNITS = '家|个|人|台|件|套|单|户|名|场|次|辆|箱|吨';

// A figure and its unit: ¥/$ before, or a Chinese unit after; `approx` words just before.
const AMOUNT = new RegExp(
  String.raw`(约|大约|大概|预计约|约为|about|around|approximately|approx\.?|roughly|≈|~)?\s*` +
    String.raw`(?:([$¥£€])\s?(\d[\d,]*(?:\.\d+)?)\s?(million|billion|thousand|mn|bn|[kKmM])?(?![A-Za-z])` +
    String.raw`|(\d[\d,]*(?:\.\d+)?)\s?(千万元|百万元|千元|万元|亿元|千万|百万|万|亿|元|块|%|个百分点|${COUNT_UNITS})` +
    String.raw`|(\d[\d,]*(?:\.\d+)?)\s?(million|billion|thousand|[kKmM])?\s?(dollars|USD|RMB|CNY|yuan|units|customers|accounts|deals|stores)\b)` +
    String.raw`(左右|上下)?`,
  'gi',
);

/** Every amount in a text, left to right. */
export function amountsIn(text: string): Amount[] {
  const source = normalizeFigures(text);
  const out: Amount[] = [];
  for (const m of source.matchAll(AMOUNT)) {
    const approx = !!m[1] || !!m[10];
    let raw: string;
    let measure: Measure;
    let scale: number;
    let unit: string;
    if (m[3] !== undefined) {
      raw = m[3];
      unit = `${m[2]}${m[4] ?? ''}`;
      measure = 'money';
      scale = LATIN_SCALE[m[4] ?? ''] ?? 1;
    } else if (m[5] !== undefined) {
      raw = m[5];
      unit = m[6]!;
      if (unit === '%' || unit === '个百分点') {
        measure = 'percent';
        scale = 1;
      } else if (unit in MONEY_SCALE) {
        measure = 'money';
        scale = MONEY_SCALE[unit]!;
      } else {
        measure = 'count';
        scale = 1;
      }
    } else {
      raw = m[7]!;
      unit = `${m[8] ?? ''}${m[9]}`;
      measure = /dollars|usd|rmb|cny|yuan/i.test(m[9]!) ? 'money' : 'count';
      scale = LATIN_SCALE[m[8] ?? ''] ?? 1;
    }
    const digits = raw.replace(/,/g, '');
    const decimals = digits.includes('.') ? digits.split('.')[1]!.length : 0;
    const figureAt = m.index + m[0].indexOf(raw);
    out.push({
      value: Number(digits) * scale, measure, unit, approx, rounding: 0.5 * 10 ** -decimals * scale,
      index: figureAt, length: m.index + m[0].length - figureAt,
    });
  }
  return out;
}

/** Two amounts can be added or compared: the same measure, and for counts the same unit. */
export function sameKind(a: Amount, b: Amount): boolean {
  return a.measure === b.measure && (a.measure !== 'count' || a.unit === b.unit);
}

/** A figure in base units written back in the unit a reader saw (万元 stays 万元). */
export function inUnit(value: number, like: Amount): string {
  const scale = like.measure === 'money' ? (MONEY_SCALE[like.unit] ?? (/[kK]$/.test(like.unit) ? 1e3 : /[mM]$/.test(like.unit) ? 1e6 : 1)) : 1;
  const n = Number((value / scale).toFixed(4));
  return like.unit.startsWith('$') || /^[¥£€]/.test(like.unit) ? `${like.unit.charAt(0)}${n.toLocaleString('en-US')}${like.unit.slice(1)}` : `${n.toLocaleString('en-US')}${like.unit}`;
}
