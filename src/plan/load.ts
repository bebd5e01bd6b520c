// YAML text → parsed document with positions → zod → a typed plan, or located diagnostics.
// Every problem carries file, line and column, so the user sees where to fix it.
import { LineCounter, parseDocument, type Document } from 'yaml';
import { ExitCode, UserError } from '../errors.js';
import { normaliseLang, resolveLang, type Lang } from '../i18n/lang.js';
import { q, t } from '../i18n/t.js';
import { readInputText } from '../io/files.js';
import type { Diagnostic, PathSegment } from './diagnostics.js';
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

function yamlErrorMessage(lang: Lang, code: string, message: string, source: string, offset: number): { code: string; text: string } {
  if (code === 'DUPLICATE_KEY') {
    const key = /^[^:\n]*/.exec(source.slice(offset))?.[0]?.trim() ?? '';
    return { code: 'duplicate-key', text: t(lang, 'yaml.duplicateKey', { key: q(lang, key) }) };
  }
  if (code === 'TAB_AS_INDENT') return { code: 'yaml-syntax', text: t(lang, 'yaml.tab') };
  if (code === 'MULTIPLE_DOCS') return { code: 'yaml-syntax', text: t(lang, 'yaml.multipleDocuments') };
  const detail = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return { code: 'yaml-syntax', text: t(lang, 'yaml.syntax', { detail }) };
}

export function loadPlanText(source: string, file: string, options: LoadOptions = {}): LoadedPlan {
  const lineCounter = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false, version: '1.2', strict: true });
  } catch (error) {
    if (error instanceof RangeError) throw new UserError(`${file}: ${t(resolveLang(options.lang), 'yaml.tooDeep')}`, ExitCode.problems);
    throw error;
  }

  // The plan's own `lang` decides the message language when --lang is absent.
  const rawLang = (doc.contents && 'get' in doc.contents ? (doc.get('lang') as unknown) : undefined) as string | undefined;
  const lang = resolveLang(options.lang, typeof rawLang === 'string' ? (normaliseLang(rawLang) ?? undefined) : undefined);

  const at = (path: readonly PathSegment[], key = false) => {
    const span = locate(doc, lineCounter, path, key);
    return { line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn };
  };
  const result: LoadedPlan = { file, source, lang, diagnostics: [], at };

  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const pos = lineCounter.linePos(error.pos[0]);
      const { code, text } = yamlErrorMessage(lang, error.code, error.message, source, error.pos[0]);
      result.diagnostics.push({ severity: 'error', code, message: text, file, line: pos.line, column: pos.col });
    }
    return result;
  }

  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof RangeError) throw new UserError(`${file}: ${t(lang, 'yaml.tooDeep')}`, ExitCode.problems);
    throw new UserError(`${file}: ${t(lang, 'yaml.aliasBomb')}`, ExitCode.problems);
  }

  if (raw === null || raw === undefined) {
    result.diagnostics.push({ severity: 'error', code: 'empty-file', message: t(lang, 'yaml.empty'), file, line: 1, column: 1 });
    return result;
  }
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    result.diagnostics.push({ severity: 'error', code: 'not-a-plan', message: t(lang, 'yaml.notAMap'), file, line: 1, column: 1 });
    return result;
  }

  const parsed = Plan.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      for (const translated of translateIssue(lang, issue, Plan, raw)) {
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
  result.plan = parsed.data;
  return result;
}
