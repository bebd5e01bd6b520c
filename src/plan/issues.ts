// Turns zod's issues into messages in the user's terms: not "expected number, received string"
// but "targets.revenue must be a number, got "XX万元"; write 500 and set unit: 万元".
import type * as z from 'zod';
import type { Lang } from '../i18n/lang.js';
import { q, quoteList } from '../i18n/t.js';
import { formatPath, type PathSegment } from '../report/diagnostic.js';
import { describeIn, enumValues, objectKeys, schemaAt } from './schema-walk.js';
import { didYouMean } from './suggest.js';
import { schemaText } from './schema-messages.js';
import { pick, say } from '../i18n/localized.js';
import { excerpt } from '../io/terminal-safe.js';

export interface IssueMessage {
  code: string;
  message: string;
  path: PathSegment[];
  /** Point at the key rather than the value (unknown keys). */
  atKey: boolean;
}

type Issue = z.core.$ZodIssue;

const PLACEHOLDER = /^[\s]*(?:[XxＸｘ×*＊?？_＿]+|【?待填】?|TBD|TODO)/;
const NUMBER_WITH_UNIT = /^\s*([+-]?\d[\d,]*(?:\.\d+)?)\s*([^\d\s%,.][^\d]*)\s*$/;
const NUMBER_WITH_PERCENT = /^\s*([+-]?\d+(?:\.\d+)?)\s*[%％]\s*$/;
const NUMBER_WITH_COMMAS = /^\s*([+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?)\s*$/;

export function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let current: unknown = root;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

function describeValue(lang: Lang, value: unknown): string {
  if (value === null) return pick(lang, { 'zh-CN': '空值', en: 'nothing' });
  if (Array.isArray(value)) return pick(lang, { 'zh-CN': '一个列表', en: 'a list' });
  if (typeof value === 'object') return pick(lang, { 'zh-CN': '一组键值', en: 'a block of keys' });
  if (typeof value === 'string') return q(lang, value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'boolean') return pick(lang, { 'zh-CN': `${value}（是/否）`, en: `${value} (yes/no)` });
  return String(value);
}

function numberMessage(lang: Lang, path: string, value: unknown): { code: string; message: string } {
  const got = describeValue(lang, value);
  if (typeof value === 'string') {
    if (PLACEHOLDER.test(value)) return { code: 'placeholder', message: say(lang, schemaText.placeholder, { path, got }) };
    const percent = NUMBER_WITH_PERCENT.exec(value);
    if (percent) {
      return { code: 'number-as-text', message: say(lang, schemaText.numberWithPercent, { path, got, number: percent[1] }) };
    }
    const commas = NUMBER_WITH_COMMAS.exec(value);
    if (commas) {
      return { code: 'number-as-text', message: say(lang, schemaText.numberWithCommas, { path, got, number: commas[1]!.replace(/,/g, '') }) };
    }
    const withUnit = NUMBER_WITH_UNIT.exec(value);
    if (withUnit) {
      const unit = withUnit[2]!.trim();
      return {
        code: 'number-as-text',
        message: say(lang, schemaText.numberWithUnit, { path, got, number: withUnit[1]!.replace(/,/g, ''), unit: unit === '万' ? '万元' : unit }),
      };
    }
  }
  return { code: 'invalid-type', message: say(lang, schemaText.expectedNumber, { path, got }) };
}

function what(lang: Lang, root: z.ZodType, path: readonly PathSegment[]): string {
  const description = describeIn(schemaAt(root, path), lang);
  if (!description) return '';
  return pick(lang, { 'zh-CN': `（${description}）`, en: ` (${description})` });
}

export function translateIssue(lang: Lang, issue: Issue, root: z.ZodType, input: unknown): IssueMessage[] {
  const path = issue.path as PathSegment[];
  const pathText = formatPath(path) || pick(lang, { 'zh-CN': '（顶层）', en: '(top level)' });
  const value = valueAt(input, path);
  const got = describeValue(lang, value);

  // A key that is absent is reported as missing, whatever check zod ran on it.
  if (value === undefined && issue.code !== 'unrecognized_keys') {
    if (path.length === 1 && path[0] === 'salesplan') {
      return [{ code: 'missing-key', message: say(lang, schemaText.missingVersion), path, atKey: false }];
    }
    return [{ code: 'missing-key', message: say(lang, schemaText.missingKey, { path: pathText, what: what(lang, root, path) }), path, atKey: false }];
  }

  switch (issue.code) {
    case 'invalid_type': {
      const expected = issue.expected;
      if (expected === 'number') return [{ ...numberMessage(lang, pathText, value), path, atKey: false }];
      if (expected === 'int') return [{ code: 'invalid-type', message: say(lang, schemaText.expectedInteger, { path: pathText, got }), path, atKey: false }];
      if (expected === 'string') return [{ code: 'invalid-type', message: say(lang, schemaText.expectedText, { path: pathText, got }), path, atKey: false }];
      if (expected === 'array') return [{ code: 'invalid-type', message: say(lang, schemaText.expectedList, { path: pathText, got }), path, atKey: false }];
      if (expected === 'object' || expected === 'record') {
        return [{ code: 'invalid-type', message: say(lang, schemaText.expectedBlock, { path: pathText, got }), path, atKey: false }];
      }
      return [{ code: 'invalid-type', message: say(lang, schemaText.expectedOther, { path: pathText, expected, got }), path, atKey: false }];
    }
    case 'too_small': {
      if (issue.origin === 'string') return [{ code: 'empty-text', message: say(lang, schemaText.emptyText, { path: pathText }), path, atKey: false }];
      if (issue.origin === 'number' && Number(issue.minimum) === 0 && !issue.inclusive) {
        return [{ code: 'too-small', message: say(lang, schemaText.mustBePositive, { path: pathText, got }), path, atKey: false }];
      }
      if (issue.origin === 'number' && Number(issue.minimum) === 0) {
        return [{ code: 'negative', message: say(lang, schemaText.negativeMoney, { path: pathText, got }), path, atKey: false }];
      }
      return [{ code: 'too-small', message: say(lang, schemaText.tooSmall, { path: pathText, min: String(issue.minimum), got }), path, atKey: false }];
    }
    case 'too_big': {
      if (issue.origin === 'number' && Number(issue.maximum) === 100) {
        return [{ code: 'percent-over-100', message: say(lang, schemaText.percentOver100, { path: pathText, got }), path, atKey: false }];
      }
      return [{ code: 'too-big', message: say(lang, schemaText.tooBig, { path: pathText, max: String(issue.maximum), got }), path, atKey: false }];
    }
    case 'invalid_value': {
      if (path.length === 1 && path[0] === 'salesplan') {
        return [{ code: 'bad-version', message: say(lang, schemaText.badVersion, { got }), path, atKey: false }];
      }
      const choices = issue.values.map(String);
      const suggestion = typeof value === 'string' ? didYouMean(value, choices) : undefined;
      let message = say(lang, schemaText.invalidChoice, { path: pathText, got, choices: choices.join(', ') });
      if (suggestion) message += ` ${say(lang, schemaText.didYouMean, { suggestion: q(lang, suggestion) })}`;
      return [{ code: 'invalid-value', message, path, atKey: false }];
    }
    case 'unrecognized_keys': {
      const allowed = objectKeys(schemaAt(root, path));
      return issue.keys.map((key) => {
        const where = path.length ? pick(lang, { 'zh-CN': `（位于 ${pathText}）`, en: ` (in ${pathText})` }) : '';
        let message = say(lang, schemaText.unknownKey, { key: q(lang, excerpt(key, 60)), where });
        const suggestion = didYouMean(key, allowed);
        if (suggestion) message += ` ${say(lang, schemaText.didYouMean, { suggestion: q(lang, suggestion) })}`;
        else if (allowed.length) message += ` ${say(lang, schemaText.allowedKeys, { keys: quoteList(lang, allowed) })}`;
        return { code: 'unknown-key', message, path: [...path, key], atKey: true };
      });
    }
    case 'invalid_format': {
      const last = String(path[path.length - 1] ?? '');
      if (last === 'date') return [{ code: 'invalid-format', message: say(lang, schemaText.invalidDate, { path: pathText, got }), path, atKey: false }];
      if (last === 'currency') return [{ code: 'invalid-format', message: say(lang, schemaText.invalidCurrency, { path: pathText, got }), path, atKey: false }];
      return [{ code: 'invalid-format', message: say(lang, schemaText.invalidGeneric, { path: pathText, got, what: what(lang, root, path) }), path, atKey: false }];
    }
    case 'invalid_union': {
      // Our unions are "text or number" (period, when): explain with the key's description.
      return [{ code: 'invalid-value', message: say(lang, schemaText.invalidGeneric, { path: pathText, got, what: what(lang, root, path) }), path, atKey: false }];
    }
    default: {
      const choices = enumValues(schemaAt(root, path));
      const extra = choices.length ? `: ${choices.join(', ')}` : what(lang, root, path);
      return [{ code: 'invalid-value', message: say(lang, schemaText.invalidGeneric, { path: pathText, got, what: extra }), path, atKey: false }];
    }
  }
}
