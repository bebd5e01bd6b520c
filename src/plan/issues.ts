// Turns zod's issues into messages in the user's terms: not "expected number, received string"
// but "targets.revenue must be a number, got "XX万元"; write 500 and set unit: 万元".
import type * as z from 'zod';
import type { Lang } from '../i18n/lang.js';
import { q, quoteList, t } from '../i18n/t.js';
import { formatPath, type PathSegment } from './diagnostics.js';
import { describeIn, enumValues, objectKeys, schemaAt } from './schema-walk.js';
import { didYouMean } from './suggest.js';
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

export function describeValue(lang: Lang, value: unknown): string {
  if (value === null) return lang === 'zh-CN' ? '空值' : 'nothing';
  if (Array.isArray(value)) return lang === 'zh-CN' ? '一个列表' : 'a list';
  if (typeof value === 'object') return lang === 'zh-CN' ? '一组键值' : 'a block of keys';
  if (typeof value === 'string') return q(lang, value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'boolean') return lang === 'zh-CN' ? `${value}（是/否）` : `${value} (yes/no)`;
  return String(value);
}

function numberMessage(lang: Lang, path: string, value: unknown): { code: string; message: string } {
  const got = describeValue(lang, value);
  if (typeof value === 'string') {
    if (PLACEHOLDER.test(value)) return { code: 'placeholder', message: t(lang, 'schema.placeholder', { path, got }) };
    const percent = NUMBER_WITH_PERCENT.exec(value);
    if (percent) {
      return { code: 'number-as-text', message: t(lang, 'schema.numberWithPercent', { path, got, number: percent[1] }) };
    }
    const commas = NUMBER_WITH_COMMAS.exec(value);
    if (commas) {
      return { code: 'number-as-text', message: t(lang, 'schema.numberWithCommas', { path, got, number: commas[1]!.replace(/,/g, '') }) };
    }
    const withUnit = NUMBER_WITH_UNIT.exec(value);
    if (withUnit) {
      const unit = withUnit[2]!.trim();
      return {
        code: 'number-as-text',
        message: t(lang, 'schema.numberWithUnit', { path, got, number: withUnit[1]!.replace(/,/g, ''), unit: unit === '万' ? '万元' : unit }),
      };
    }
  }
  return { code: 'invalid-type', message: t(lang, 'schema.expectedNumber', { path, got }) };
}

function what(lang: Lang, root: z.ZodType, path: readonly PathSegment[]): string {
  const description = describeIn(schemaAt(root, path), lang);
  if (!description) return '';
  return lang === 'zh-CN' ? `（${description}）` : ` (${description})`;
}

export function translateIssue(lang: Lang, issue: Issue, root: z.ZodType, input: unknown): IssueMessage[] {
  const path = issue.path as PathSegment[];
  const pathText = formatPath(path) || (lang === 'zh-CN' ? '（顶层）' : '(top level)');
  const value = valueAt(input, path);
  const got = describeValue(lang, value);

  // A key that is absent is reported as missing, whatever check zod ran on it.
  if (value === undefined && issue.code !== 'unrecognized_keys') {
    if (path.length === 1 && path[0] === 'salesplan') {
      return [{ code: 'missing-key', message: t(lang, 'schema.missingVersion'), path, atKey: false }];
    }
    return [{ code: 'missing-key', message: t(lang, 'schema.missingKey', { path: pathText, what: what(lang, root, path) }), path, atKey: false }];
  }

  switch (issue.code) {
    case 'invalid_type': {
      const expected = issue.expected;
      if (expected === 'number') return [{ ...numberMessage(lang, pathText, value), path, atKey: false }];
      if (expected === 'int') return [{ code: 'invalid-type', message: t(lang, 'schema.expectedInteger', { path: pathText, got }), path, atKey: false }];
      if (expected === 'string') return [{ code: 'invalid-type', message: t(lang, 'schema.expectedText', { path: pathText, got }), path, atKey: false }];
      if (expected === 'array') return [{ code: 'invalid-type', message: t(lang, 'schema.expectedList', { path: pathText, got }), path, atKey: false }];
      if (expected === 'object' || expected === 'record') {
        return [{ code: 'invalid-type', message: t(lang, 'schema.expectedBlock', { path: pathText, got }), path, atKey: false }];
      }
      return [{ code: 'invalid-type', message: t(lang, 'schema.expectedOther', { path: pathText, expected, got }), path, atKey: false }];
    }
    case 'too_small': {
      if (issue.origin === 'string') return [{ code: 'empty-text', message: t(lang, 'schema.emptyText', { path: pathText }), path, atKey: false }];
      if (issue.origin === 'number' && Number(issue.minimum) === 0 && !issue.inclusive) {
        return [{ code: 'too-small', message: t(lang, 'schema.mustBePositive', { path: pathText, got }), path, atKey: false }];
      }
      if (issue.origin === 'number' && Number(issue.minimum) === 0) {
        return [{ code: 'negative', message: t(lang, 'schema.negativeMoney', { path: pathText, got }), path, atKey: false }];
      }
      return [{ code: 'too-small', message: t(lang, 'schema.tooSmall', { path: pathText, min: String(issue.minimum), got }), path, atKey: false }];
    }
    case 'too_big': {
      if (issue.origin === 'number' && Number(issue.maximum) === 100) {
        return [{ code: 'percent-over-100', message: t(lang, 'schema.percentOver100', { path: pathText, got }), path, atKey: false }];
      }
      return [{ code: 'too-big', message: t(lang, 'schema.tooBig', { path: pathText, max: String(issue.maximum), got }), path, atKey: false }];
    }
    case 'invalid_value': {
      if (path.length === 1 && path[0] === 'salesplan') {
        return [{ code: 'bad-version', message: t(lang, 'schema.badVersion', { got }), path, atKey: false }];
      }
      const choices = issue.values.map(String);
      const suggestion = typeof value === 'string' ? didYouMean(value, choices) : undefined;
      let message = t(lang, 'schema.invalidChoice', { path: pathText, got, choices: choices.join(', ') });
      if (suggestion) message += ` ${t(lang, 'schema.didYouMean', { suggestion: q(lang, suggestion) })}`;
      return [{ code: 'invalid-value', message, path, atKey: false }];
    }
    case 'unrecognized_keys': {
      const allowed = objectKeys(schemaAt(root, path));
      return issue.keys.map((key) => {
        const where = path.length ? (lang === 'zh-CN' ? `（位于 ${pathText}）` : ` (in ${pathText})`) : '';
        let message = t(lang, 'schema.unknownKey', { key: q(lang, excerpt(key, 60)), where });
        const suggestion = didYouMean(key, allowed);
        if (suggestion) message += ` ${t(lang, 'schema.didYouMean', { suggestion: q(lang, suggestion) })}`;
        else if (allowed.length) message += ` ${t(lang, 'schema.allowedKeys', { keys: quoteList(lang, allowed) })}`;
        return { code: 'unknown-key', message, path: [...path, key], atKey: true };
      });
    }
    case 'invalid_format': {
      const last = String(path[path.length - 1] ?? '');
      if (last === 'date') return [{ code: 'invalid-format', message: t(lang, 'schema.invalidDate', { path: pathText, got }), path, atKey: false }];
      if (last === 'currency') return [{ code: 'invalid-format', message: t(lang, 'schema.invalidCurrency', { path: pathText, got }), path, atKey: false }];
      return [{ code: 'invalid-format', message: t(lang, 'schema.invalidGeneric', { path: pathText, got, what: what(lang, root, path) }), path, atKey: false }];
    }
    case 'invalid_union': {
      // Our unions are "text or number" (period, when): explain with the key's description.
      return [{ code: 'invalid-value', message: t(lang, 'schema.invalidGeneric', { path: pathText, got, what: what(lang, root, path) }), path, atKey: false }];
    }
    default: {
      const choices = enumValues(schemaAt(root, path));
      const extra = choices.length ? `: ${choices.join(', ')}` : what(lang, root, path);
      return [{ code: 'invalid-value', message: t(lang, 'schema.invalidGeneric', { path: pathText, got, what: extra }), path, atKey: false }];
    }
  }
}
