// What people type, read as they mean it: full-width digits and punctuation (１２００，８５％),
// thousands separators (5,000,000), money with its unit (500万元, 500万, 5,000,000元) converted to
// the plan's unit, and percentages with or without their sign (85%, 85). Pure functions: the
// wizard's prompts and its flags read answers through them alike.
import { dec, type Decimal } from '../core/decimal.js';

/** Full-width forms (U+FF01–U+FF5E) to ASCII, the ideographic space to a space, trimmed. */
export function normalise(raw: string): string {
  return raw
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\u3000\u00a0]/g, ' ')
    .replace(/[，、]/g, ',')
    .replace(/。/g, '.')
    .trim();
}

/** A plain number: "1,200", "１２００", " 12.5 ". Thousands separators only between groups of three. */
export function parseNumber(raw: string): number | undefined {
  const text = normalise(raw).replace(/\s+/g, '');
  if (!/^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/.test(text)) return undefined;
  return Number(text.replace(/,/g, ''));
}

/** Units salesplan can convert between, in yuan. */
const YUAN: Readonly<Record<string, number>> = { 元: 1, 千元: 1e3, 万元: 1e4, 十万元: 1e5, 百万元: 1e6, 千万元: 1e7, 亿元: 1e8 };
/** What a number may be followed by, as a unit of yuan: "500万" is 500万元. */
const SUFFIX: Readonly<Record<string, string>> = { 元: '元', 千: '千元', 千元: '千元', 万: '万元', 万元: '万元', 十万: '十万元', 百万: '百万元', 百万元: '百万元', 千万: '千万元', 亿: '亿元', 亿元: '亿元', 块: '元', RMB: '元', CNY: '元' };

export type MoneyReading =
  | { ok: true; value: number }
  | { ok: false; reason: 'not-a-number' }
  | { ok: false; reason: 'other-unit'; given: string };

/**
 * An amount in the plan's unit. A unit typed after the number is converted when both are units of
 * yuan (5,000,000元 in 万元 is 500); the plan's own unit, or its currency code, is simply dropped.
 */
export function parseMoney(raw: string, unit: string): MoneyReading {
  const text = normalise(raw).replace(/^[¥￥$£€]\s*/, '');
  const match = /^([-+]?[\d,]*\.?\d+)\s*(.*)$/.exec(text);
  if (!match) return { ok: false, reason: 'not-a-number' };
  const value = parseNumber(match[1]!);
  if (value === undefined) return { ok: false, reason: 'not-a-number' };
  const typed = match[2]!.trim();
  if (typed === '' || typed.toLowerCase() === unit.toLowerCase()) return { ok: true, value };
  const given = SUFFIX[typed] ?? SUFFIX[typed.toUpperCase()] ?? typed;
  const from = YUAN[given];
  const to = YUAN[unit];
  if (from === undefined || to === undefined) return { ok: false, reason: 'other-unit', given: typed };
  return { ok: true, value: convert(dec(value), from, to).toNumber() };
}

function convert(value: Decimal, from: number, to: number): Decimal {
  return value.times(from).div(to);
}

/** A percentage, "85", "85%", "８５％": the number of percent. */
export function parsePercent(raw: string): number | undefined {
  return parseNumber(normalise(raw).replace(/\s*%$/, ''));
}

/** True when the answer ends with a percent sign (a share of the total rather than an amount). */
export function isPercent(raw: string): boolean {
  return /%$/.test(normalise(raw));
}

/** "480, 410, 640 …" (commas, spaces, 、 or ；) → twelve non-negative numbers, or undefined. */
export function twelveNumbers(raw: string): number[] | undefined {
  const parts = normalise(raw).split(/[\s,;]+/).filter(Boolean).map((x) => parseNumber(x));
  if (parts.length !== 12 || parts.some((x) => x === undefined || x < 0)) return undefined;
  return parts as number[];
}

/** Yes or no in either language, or undefined. */
export function parseYesNo(raw: string): boolean | undefined {
  const text = normalise(raw).toLowerCase();
  if (/^(y|yes|是|好|对|要|确定|确认|1)$/.test(text)) return true;
  if (/^(n|no|否|不|不要|取消|0)$/.test(text)) return false;
  return undefined;
}
