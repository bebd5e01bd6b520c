// YAML text → parsed document with positions → zod → a typed plan, or located diagnostics.
// Every problem carries file, line and column, so the user sees where to fix it.
import { LineCounter, parseDocument, type Document } from 'yaml';
import type * as z from 'zod';
import { ExitCode, UserError } from '../errors.js';
import { normaliseLang, resolveLang, type Lang } from '../i18n/lang.js';
import { q, t } from '../i18n/t.js';
import type { MessageId } from '../i18n/messages.js';
import { readInputText } from '../io/files.js';
import type { Diagnostic, PathSegment } from '../report/diagnostic.js';
import { translateIssue } from './issues.js';
import { locate } from './locate.js';
import { Plan } from './schema.js';

/** More aliases than this in one plan is an attack (a "billion laughs"), not a plan. */
const MAX_ALIAS_COUNT = 50;

export interface LoadedPlan {
  file: string;
  source: string;
  /** The language messages are written in. */
  lang: Lang;
  /** Present when the file parsed and matched the schema. */
  plan?: Plan;
  diagnostics: Diagnostic[];
  /** Source span of a path, for checks that run after loading. */
  at(path: readonly PathSegment[], key?: boolean): Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn'>;
}

export interface LoadOptions {
  /** --lang: the language of messages (and of the document). */
  lang?: string;
}

export function loadPlanFile(file: string, options: LoadOptions = {}): LoadedPlan {
  const readLang = resolveLang(options.lang);
  const source = readInputText(file, readLang);
  return loadPlanText(source, file, options);
}

function yamlErrorMessage(lang: Lang, code: string, message: string, source: string, offset: number, line: number): { code: string; text: string } {
  const known = (id: MessageId, params = {}) => ({ code: code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax', text: t(lang, id, params) });
  switch (code) {
    case 'DUPLICATE_KEY': {
      const key = /^[^:\n]*/.exec(source.slice(offset))?.[0]?.trim() ?? '';
      return known('yaml.duplicateKey', { key: q(lang, key) });
    }
    case 'TAB_AS_INDENT':
      return known('yaml.tab');
    case 'MULTIPLE_DOCS':
      return known('yaml.multipleDocuments');
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return known('yaml.indentAfterValue', { line });
    case 'BAD_DQ_ESCAPE':
      return known('yaml.badEscape');
    case 'BAD_SCALAR_START':
      return known('yaml.reservedStart');
  }
  if (/call stack/i.test(message)) return { code: 'too-deep', text: t(lang, 'yaml.tooDeep') };
  if (/closing .?quote/i.test(message)) return known('yaml.unclosedQuote');
  if (/Flow (sequence|mapping)|end with a [\]}]/i.test(message)) return known('yaml.unclosedBracket');
  if (/need to be followed by map values/i.test(message)) return known('yaml.missingColon');
  if (code === 'BAD_INDENT') return known('yaml.badIndent');
  const detail = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return { code: 'yaml-syntax', text: t(lang, 'yaml.syntax', { detail }) };
}

export function loadPlanText(source: string, file: string, options: LoadOptions = {}): LoadedPlan {
  const loaded = loadYamlText(source, file, Plan, (doc) => {
    // The plan's own `lang` decides the message language when --lang is absent.
    const rawLang: unknown = doc.get('lang');
    return resolveLang(options.lang, typeof rawLang === 'string' ? normaliseLang(rawLang) : undefined);
  }, options.lang);
  const { data, ...rest } = loaded;
  return data ? { ...rest, plan: data } : rest;
}

export interface LoadedYaml<T> {
  file: string;
  source: string;
  lang: Lang;
  data?: T;
  diagnostics: Diagnostic[];
  at(path: readonly PathSegment[], key?: boolean): Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn'>;
}

/** Any YAML file checked against a zod schema, with every problem located (plans, actuals files). */
export function loadYamlText<S extends z.ZodType>(
  source: string,
  file: string,
  schema: S,
  langOf: (doc: Document) => Lang,
  langFlag?: string,
): LoadedYaml<z.output<S>> {
  const lineCounter = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false, version: '1.2', strict: true });
  } catch (error) {
    if (error instanceof RangeError) throw new UserError(`${file}: ${t(resolveLang(langFlag), 'yaml.tooDeep')}`, ExitCode.usage);
    throw error;
  }
  const lang = langOf(doc);

  const at = (path: readonly PathSegment[], key = false) => {
    const span = locate(doc, lineCounter, path, key);
    return { line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn };
  };
  const result: LoadedYaml<z.output<S>> = { file, source, lang, diagnostics: [], at };

  if (doc.errors.length > 0) {
    // The yaml package often reports one mistake twice at the same place: keep the first.
    const seen = new Set<number>();
    for (const error of doc.errors) {
      if (seen.has(error.pos[0])) continue;
      seen.add(error.pos[0]);
      const pos = lineCounter.linePos(error.pos[0]);
      const { code, text } = yamlErrorMessage(lang, error.code, error.message, source, error.pos[0], pos.line);
      result.diagnostics.push({ severity: 'error', code, message: text, file, line: pos.line, column: pos.col });
    }
    return result;
  }

  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // Refused like an oversize file: this is not a plan anyone wrote by hand.
    if (error instanceof RangeError) throw new UserError(`${file}: ${t(lang, 'yaml.tooDeep')}`, ExitCode.usage);
    throw new UserError(`${file}: ${t(lang, 'yaml.aliasBomb')}`, ExitCode.usage);
  }

  if (raw === null || raw === undefined) {
    result.diagnostics.push({ severity: 'error', code: 'empty-file', message: t(lang, 'yaml.empty'), file, line: 1, column: 1 });
    return result;
  }
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    result.diagnostics.push({ severity: 'error', code: 'not-a-plan', message: t(lang, 'yaml.notAMap'), file, line: 1, column: 1 });
    return result;
  }

  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      for (const translated of translateIssue(lang, issue, schema, raw)) {
        result.diagnostics.push({
          severity: 'error',
          code: translated.code,
          message: translated.message,
          file,
          path: translated.path,
          ...at(translated.path, translated.atKey),
        });
      }
    }
    result.diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    return result;
  }
  result.data = parsed.data;
  return result;
}
