// How numbers read in each language: money with thousands separators and the plan's unit,
// percentages, percentage points, counts, dates. Columns of a table share one number of
// decimals. These take the derived plan's figures as they are: rounding for display, a sign, the
// size of a change without its sign are decided here, so the document stage never touches a
// decimal itself.
import { Decimal, type Decimal as D } from '../core/decimal.js';
import type { Lang } from './lang.js';
import { pick } from './localized.js';

/** A figure of the derived plan, or a number straight from the plan file. */
export type Figure = D;
type Value = D | number;

const toD = (v: Value): D => (typeof v === 'number' ? new Decimal(v) : v);

export interface MoneyStyle {
  unit: string;
  /** The most decimals shown; fewer when the value needs fewer. */
  precision: number;
}

/** Groups the integer part with commas: 1234567.5 → 1,234,567.5 */
function groupThousands(text: string): string {
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
export function num(value: Value, max = 2): string {
  const v = toD(value);
  return plainNumber(v, decimalsNeeded([v], max));
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

/** An amount without its sign: a gap or a change told in words ("short by 20万元"). */
export function moneySize(lang: Lang, value: D, style: MoneyStyle): string {
  return money(lang, value.abs(), style);
}

export function percent(value: Value, max = 1, decimals?: number): string {
  const v = toD(value);
  const dp = decimals ?? decimalsNeeded([v], max);
  return `${plainNumber(v, dp)}%`;
}

/** A change in percent without its sign, at one decimal: 12.5% */
export function percentSize(value: D, max = 1): string {
  return percent(value.abs().toDecimalPlaces(max), max);
}

/** +11.1% / -3.5% / 0% */
export function signedPercent(value: D, max = 1): string {
  const rounded = value.toDecimalPlaces(max);
  const sign = rounded.greaterThan(0) ? '+' : '';
  return `${sign}${percent(rounded, max)}`;
}

export function points(lang: Lang, value: Value, max = 1): string {
  const v = toD(value);
  const text = num(v.abs(), max);
  return pick(lang, { 'zh-CN': `${text}个百分点`, en: `${text} percentage point${v.abs().equals(1) ? '' : 's'}` });
}

/** +3个百分点 / -2 percentage points */
export function signedPoints(lang: Lang, value: D, max = 1): string {
  const rounded = value.toDecimalPlaces(max);
  const sign = rounded.greaterThan(0) ? '+' : rounded.lessThan(0) ? '-' : '';
  return `${sign}${points(lang, rounded, max)}`;
}

/** The sign written before a figure: '+' above zero, '-' below, `zero` (nothing by default) at zero. */
export function signOf(value: D, zero = ''): string {
  return value.greaterThan(0) ? '+' : value.isNegative() && !value.isZero() ? '-' : zero;
}

/** A headcount: 12,000 people read 1.2万人 in Chinese. */
export function peopleCount(lang: Lang, value: D, unitLabel: string): string | undefined {
  if (lang === 'zh-CN' && value.greaterThanOrEqualTo(10000)) return `${num(value.div(10000), 2)}万人`;
  return withUnit(lang, num(value), unitLabel);
}

/** A date of YYYY-MM-DD: 2026年12月1日 / 1 December 2026 */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return pick(lang, { 'zh-CN': `${y}年${m}月${d}日`, en: `${d} ${months[m! - 1]} ${y}` });
}

/** Formats a column of figures with the same number of decimals (at most max). */
export function figureColumn(values: readonly (D | undefined)[], max: number): (string | undefined)[] {
  const dp = decimalsNeeded(values, max);
  return values.map((v) => (v ? plainNumber(v, dp) : undefined));
}

export function percentColumn(values: readonly (D | undefined)[], max = 1): (string | undefined)[] {
  return figureColumn(values, max).map((v) => (v === undefined ? undefined : `${v}%`));
}

/** A column of changes in percent, signed, with one number of decimals: +10.3%, +17.0%, -2.5% */
export function signedPercentColumn(values: readonly (D | undefined)[], max = 1): (string | undefined)[] {
  const rounded = values.map((v) => v?.toDecimalPlaces(max));
  return figureColumn(rounded, max).map((v, i) => (v === undefined ? undefined : `${rounded[i]!.greaterThan(0) ? '+' : ''}${v}%`));
}

/** A column of signed amounts (gaps) with one number of decimals: +20, -12.5 */
export function signedColumn(values: readonly (D | undefined)[], max: number): (string | undefined)[] {
  return figureColumn(values, max).map((cell, i) => (cell === undefined ? undefined : `${values[i]!.greaterThan(0) ? '+' : ''}${cell}`));
}

export function d(value: number): D {
  return new Decimal(value);
}
