// How numbers read in each language: money with thousands separators and the plan's unit,
// percentages, percentage points, counts. Columns of a table share one number of decimals.
import { Decimal, type Decimal as D } from '../plan/money.js';
import type { Lang } from './lang.js';

export interface MoneyStyle {
  unit: string;
  /** The most decimals shown; fewer when the value needs fewer. */
  precision: number;
}

/** Groups the integer part with commas: 1234567.5 → 1,234,567.5 */
export function groupThousands(text: string): string {
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  const [int, frac] = body.split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (negative ? '-' : '') + (frac !== undefined ? `${grouped}.${frac}` : grouped);
}

/** The fewest decimals (up to max) that show every value exactly at max decimals. */
export function decimalsNeeded(values: readonly (D | undefined)[], max: number): number {
  let needed = 0;
  for (const v of values) {
    if (!v) continue;
    needed = Math.max(needed, Math.min(max, v.toDecimalPlaces(max).decimalPlaces()));
  }
  return needed;
}

export function plainNumber(value: D, decimals: number): string {
  return groupThousands(value.toFixed(decimals));
}

/** A bare number at the fewest decimals needed (up to max): 500, 12.5, 1,250.75 */
export function num(value: D, max = 2): string {
  return plainNumber(value, decimalsNeeded([value], max));
}

/** Currency codes written as a symbol before the number: GBP 420,000 reads £420,000. */
const CURRENCY_SYMBOLS: Record<string, string> = { USD: '$', GBP: '£', EUR: '€', JPY: '¥', CNY: '¥', RMB: '¥', HKD: 'HK$' };

export function withUnit(lang: Lang, number: string, unit: string): string {
  if (!unit) return number;
  const symbol = CURRENCY_SYMBOLS[unit];
  if (symbol) return number.startsWith('-') ? `-${symbol}${number.slice(1)}` : `${symbol}${number}`;
  // Chinese units and symbols such as % sit against the number (500万元, 32%); words take a space (500 units).
  if (/^[^\p{L}\p{N}]/u.test(unit) || (lang === 'zh-CN' && /^[\u4e00-\u9fff]/.test(unit))) return `${number}${unit}`;
  return `${number} ${unit}`;
}

export function money(lang: Lang, value: D, style: MoneyStyle, decimals?: number): string {
  const dp = decimals ?? decimalsNeeded([value], style.precision);
  return withUnit(lang, plainNumber(value, dp), style.unit);
}

export function percent(value: D, max = 1, decimals?: number): string {
  const dp = decimals ?? decimalsNeeded([value], max);
  return `${plainNumber(value, dp)}%`;
}

/** +11.1% / -3.5% / 0% */
export function signedPercent(value: D, max = 1): string {
  const rounded = value.toDecimalPlaces(max);
  const sign = rounded.greaterThan(0) ? '+' : '';
  return `${sign}${percent(rounded, max)}`;
}

export function points(lang: Lang, value: D, max = 1): string {
  const text = num(value.abs(), max);
  if (lang === 'zh-CN') return `${text}个百分点`;
  return `${text} percentage point${value.abs().equals(1) ? '' : 's'}`;
}

/** +3个百分点 / -2 percentage points */
export function signedPoints(lang: Lang, value: D, max = 1): string {
  const rounded = value.toDecimalPlaces(max);
  const sign = rounded.greaterThan(0) ? '+' : rounded.lessThan(0) ? '-' : '';
  return `${sign}${points(lang, rounded, max)}`;
}

export function d(value: number): D {
  return new Decimal(value);
}
