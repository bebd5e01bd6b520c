// YAML text → parsed document with positions → zod → a typed plan, or located diagnostics.
// Every problem carries file, line and column, so the user sees where to fix it.
import { isCollection, isMap, isNode, isPair, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type * as z from 'zod';
import { ExitCode, UserError } from '../errors.js';
import { normaliseLang, resolveLang, type Lang } from '../i18n/lang.js';
import { q } from '../i18n/t.js';
import { readInputText } from '../io/files.js';
import { say, type Localized, type Params } from '../i18n/localized.js';
import { excerpt } from '../io/terminal-safe.js';
import { loadText } from './load-messages.js';
import { yamlText } from './yaml-messages.js';
import type { Diagnostic, PathSegment } from '../report/diagnostic.js';
import { translateIssue } from './issues.js';
import { locate } from './locate.js';
import { Plan } from './schema.js';

/** More aliases than this in one plan is an attack (a "billion laughs"), not a plan. */
const MAX_ALIAS_COUNT = 50;

/**
 * The documented size of a plan (README, "Limits"): the largest plan accepted is written to DOCX in
 * seconds and a few hundred megabytes. Beyond it a plan is refused with a message, not left to run
 * out of memory minutes later.
 */
const PLAN_LIMITS = {
  /** The plan file itself. */
  bytes: 2 * 1024 * 1024,
  /** Entries in any one list (products, team, channels, risks …). */
  listEntries: 2000,
  /** Text once every alias is expanded: one anchor referenced many times cannot multiply a document. */
  expandedChars: 4 * 1024 * 1024,
  /** Values once every alias is expanded. */
  expandedNodes: 200_000,
} as const;

/** At most this many problems of one file are listed; the rest are counted. */
const MAX_DIAGNOSTICS = 100;

/** The tags a plan may carry explicitly: YAML's own scalar, list and map types. Anything else (!!binary, !!set, !custom) is not part of the format. */
const ALLOWED_TAGS = new Set(['tag:yaml.org,2002:str', 'tag:yaml.org,2002:int', 'tag:yaml.org,2002:float', 'tag:yaml.org,2002:bool', 'tag:yaml.org,2002:null', 'tag:yaml.org,2002:map', 'tag:yaml.org,2002:seq']);

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
  const source = readInputText(file, readLang, { maxBytes: PLAN_LIMITS.bytes });
  return loadPlanText(source, file, options);
}

function yamlErrorMessage(lang: Lang, code: string, message: string, source: string, offset: number, line: number): { code: string; text: string } {
  const known = (text: Localized, params: Params = {}) => ({ code: code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax', text: say(lang, text, params) });
  switch (code) {
    case 'DUPLICATE_KEY': {
      const key = /^[^:\n]*/.exec(source.slice(offset))?.[0]?.trim() ?? '';
      return known(yamlText.duplicateKey, { key: q(lang, key) });
    }
    case 'TAB_AS_INDENT':
      return known(yamlText.tab);
    case 'MULTIPLE_DOCS':
      return known(yamlText.multipleDocuments);
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return known(yamlText.indentAfterValue, { line });
    case 'BAD_DQ_ESCAPE':
      return known(yamlText.badEscape);
    case 'BAD_SCALAR_START':
      return known(yamlText.reservedStart);
  }
  if (/call stack/i.test(message)) return { code: 'too-deep', text: say(lang, yamlText.tooDeep) };
  if (/closing .?quote/i.test(message)) return known(yamlText.unclosedQuote);
  if (/Flow (sequence|mapping)|end with a [\]}]/i.test(message)) return known(yamlText.unclosedBracket);
  if (/need to be followed by map values/i.test(message)) return known(yamlText.missingColon);
  if (code === 'BAD_INDENT') return known(yamlText.badIndent);
  const detail = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return { code: 'yaml-syntax', text: say(lang, yamlText.syntax, { detail }) };
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
    // Duplicate keys are found below, once per map: the yaml package's own check compares each key
    // with every key before it, which takes minutes for a file of 100,000 keys.
    doc = parseDocument(source, { lineCounter, uniqueKeys: false, prettyErrors: false, version: '1.2', strict: true });
  } catch (error) {
    if (error instanceof RangeError) throw new UserError(`${file}: ${say(resolveLang(langFlag), yamlText.tooDeep)}`, ExitCode.usage);
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
    return capped(result, lang);
  }

  // Before anything is built from the document: tags the format does not use, and maps used as keys.
  result.diagnostics.push(...structureProblems(doc, lineCounter, file, lang));
  if (result.diagnostics.length) return capped(result, lang);

  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // Refused like an oversize file: this is not a plan anyone wrote by hand.
    if (error instanceof RangeError) throw new UserError(`${file}: ${say(lang, yamlText.tooDeep)}`, ExitCode.usage);
    throw new UserError(`${file}: ${say(lang, yamlText.aliasBomb)}`, ExitCode.usage);
  }
  const tooBig = sizeProblem(raw, lang);
  if (tooBig) {
    const where = tooBig.path ? at(tooBig.path, true) : { line: 1, column: 1 };
    result.diagnostics.push({ severity: 'error', code: 'too-large', message: tooBig.message, file, ...(tooBig.path ? { path: tooBig.path } : {}), ...where });
    return result;
  }

  if (raw === null || raw === undefined) {
    result.diagnostics.push({ severity: 'error', code: 'empty-file', message: say(lang, yamlText.empty), file, line: 1, column: 1 });
    return result;
  }
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    result.diagnostics.push({ severity: 'error', code: 'not-a-plan', message: say(lang, yamlText.notAMap), file, line: 1, column: 1 });
    return result;
  }

  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    let untold = 0;
    for (const whole of parsed.error.issues) {
      // 100,000 unknown keys are one issue: only the first ones are put into words, the rest counted.
      let issue = whole;
      if (issue.code === 'unrecognized_keys' && issue.keys.length > MAX_DIAGNOSTICS) {
        untold += issue.keys.length - MAX_DIAGNOSTICS;
        issue = { ...issue, keys: issue.keys.slice(0, MAX_DIAGNOSTICS) };
      }
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
    return capped(result, lang, untold);
  }
  result.data = parsed.data;
  return result;
}

/** The first MAX_DIAGNOSTICS problems, and one more line that counts the rest. */
function capped<T extends { diagnostics: Diagnostic[]; file: string }>(result: T, lang: Lang, untold = 0): T {
  const { diagnostics } = result;
  if (diagnostics.length <= MAX_DIAGNOSTICS && untold === 0) return result;
  const rest = Math.max(0, diagnostics.length - MAX_DIAGNOSTICS) + untold;
  result.diagnostics = diagnostics.slice(0, MAX_DIAGNOSTICS);
  result.diagnostics.push({ severity: 'error', code: 'more-problems', message: say(lang, loadText.moreProblems, { count: rest }), file: result.file });
  return result;
}

/** Explicit tags the format does not use, and collections used as keys, each at its place. */
function structureProblems(doc: Document, lineCounter: LineCounter, file: string, lang: Lang): Diagnostic[] {
  const out: Diagnostic[] = [];
  const place = (range: readonly number[] | null | undefined) => {
    const pos = lineCounter.linePos(range?.[0] ?? 0);
    return { line: pos.line, column: pos.col };
  };
  visit(doc, (_key, node) => {
    if (out.length > MAX_DIAGNOSTICS) return visit.BREAK;
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        if (seen.has(key)) out.push({ severity: 'error', code: 'duplicate-key', message: say(lang, yamlText.duplicateKey, { key: q(lang, excerpt(key, 60)) }), file, ...place(pair.key.range) });
        seen.add(key);
      }
    }
    if (isPair(node) && isCollection(node.key)) {
      out.push({ severity: 'error', code: 'collection-key', message: say(lang, loadText.collectionKey), file, ...place(node.key.range) });
      return visit.SKIP;
    }
    if (isNode(node) && node.tag && !ALLOWED_TAGS.has(node.tag)) {
      out.push({ severity: 'error', code: 'yaml-tag', message: say(lang, loadText.unknownTag, { tag: excerpt(node.tag.replace(/^tag:yaml\.org,2002:/, '!!'), 40) }), file, ...place(node.range) });
      return visit.SKIP;
    }
    return undefined;
  });
  return out;
}

/**
 * The plan's size once its aliases are expanded, within the documented limits: counted by walking
 * the built value with a budget, so the walk itself stops as soon as the limit is passed.
 */
function sizeProblem(raw: unknown, lang: Lang): { message: string; path?: PathSegment[] } | undefined {
  let chars = 0;
  let nodes = 0;
  const stack: Array<{ value: unknown; path: PathSegment[] }> = [{ value: raw, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    nodes++;
    if (typeof value === 'string') chars += value.length;
    else if (Array.isArray(value)) {
      if (value.length > PLAN_LIMITS.listEntries) {
        return { message: say(lang, loadText.listTooLong, { count: value.length, max: PLAN_LIMITS.listEntries }), path };
      }
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        chars += k.length;
        stack.push({ value: v, path: [...path, k] });
      }
    }
    if (chars > PLAN_LIMITS.expandedChars || nodes > PLAN_LIMITS.expandedNodes) {
      return { message: say(lang, loadText.expandedTooLarge, { max: `${PLAN_LIMITS.expandedChars / 1024 / 1024} MB`, nodes: PLAN_LIMITS.expandedNodes.toLocaleString('en-US') }) };
    }
  }
  return undefined;
}
