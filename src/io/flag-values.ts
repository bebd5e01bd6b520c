// Numbers given on the command line, checked as the plan's own fields are: `--font-size 1e9`,
// `-3`, `NaN` or `小四` is refused with what is expected, not clamped or ignored without a word.
import { ExitCode, UserError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { say, type Messages } from '../i18n/localized.js';
import { excerpt } from './terminal-safe.js';

const flagText = {
  notANumber: {
    'zh-CN': '{flag} 的值“{value}”不是数字。请写{expected}，例如 {flag} {example}。',
    en: 'The value "{value}" of {flag} is not a number. Write {expected}, e.g. {flag} {example}.',
  },
  outOfRange: {
    'zh-CN': '{flag} 的值 {value} 超出范围。请写{expected}，例如 {flag} {example}。',
    en: 'The value {value} of {flag} is out of range. Write {expected}, e.g. {flag} {example}.',
  },
  between: { 'zh-CN': ' {min} 到 {max} 之间的数字', en: 'a number from {min} to {max}' },
  wholeAtLeast: { 'zh-CN': '不小于 {min} 的整数', en: 'a whole number of {min} or more' },
} satisfies Messages;

export interface NumberRule {
  min: number;
  max?: number;
  integer?: boolean;
  example: string;
}

/** The number a flag gives, or a refusal naming the flag, the value and what is expected. */
export function numberFlag(flag: string, raw: string, rule: NumberRule, lang: Lang): number {
  const expected = rule.max === undefined
    ? say(lang, flagText.wholeAtLeast, { min: rule.min })
    : say(lang, flagText.between, { min: rule.min, max: rule.max });
  const text = raw.trim();
  const value = /^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isFinite(value)) {
    throw new UserError(say(lang, flagText.notANumber, { flag, value: excerpt(raw, 20), expected, example: rule.example }), ExitCode.usage);
  }
  if (value < rule.min || (rule.max !== undefined && value > rule.max) || (rule.integer && !Number.isInteger(value))) {
    throw new UserError(say(lang, flagText.outOfRange, { flag, value: excerpt(text, 20), expected, example: rule.example }), ExitCode.usage);
  }
  return value;
}
