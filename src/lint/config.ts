// .salesplanrc.yaml: rules on/off and their severity, extra placeholder patterns, extra section
// titles. Found upward from each linted file (the nearest wins), or given with --config.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import * as z from 'zod';
import { ExitCode, UserError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { say } from '../i18n/localized.js';
import { q, quoteList } from '../i18n/t.js';
import { readInputText } from '../io/files.js';
import { translateIssue } from '../plan/issues.js';
import { locate } from '../plan/locate.js';
import { DOCUMENT_STYLES } from '../styles/registry.js';
import { yamlText } from '../plan/yaml-messages.js';
import { engineText } from './messages.js';
import { RULES } from './rules/index.js';

const STYLE_IDS = DOCUMENT_STYLES.map((s) => s.id) as [string, ...string[]];

/** A broken config file stops the whole run, unlike one unreadable plan. */
export class ConfigError extends UserError {}

const CONFIG_NAMES = ['.salesplanrc.yaml', '.salesplanrc.yml', '.salesplanrc'];

const LintConfigSchema = z.strictObject({
  rules: z
    .record(z.string(), z.enum(['off', 'warning', 'error']))
    .describe('规则开关与级别：off、warning、error / Rule settings: off, warning, error')
    .default({}),
  placeholders: z
    .array(z.string().min(1))
    .describe('额外的占位符：文字，或 /正则/ / Extra placeholders: text, or /regex/')
    .default([]),
  synonyms: z
    .record(z.string(), z.array(z.string().min(1)))
    .describe('章节的额外标题，键为章节 id（或 风格.章节 id）/ Extra titles per section id (or style.section id)')
    .default({}),
  style: z.enum(STYLE_IDS).describe('默认按此风格检查 / Check as this style by default').optional(),
});

export type LintConfig = z.output<typeof LintConfigSchema> & { file?: string };

export const EMPTY_CONFIG: LintConfig = { rules: {}, placeholders: [], synonyms: {} };

export function loadConfig(file: string, lang: Lang): LintConfig {
  const source = readInputText(file, lang);
  const lineCounter = new LineCounter();
  const fail = (line: number, detail: string): never => {
    throw new ConfigError(say(lang, engineText.configError, { file: `${file}:${line}`, detail }), ExitCode.usage);
  };
  // Deep nesting overflows the parser's stack and aliases can multiply: refused as in a plan.
  const guarded = <T>(work: () => T): T => {
    try {
      return work();
    } catch (error) {
      return fail(1, say(lang, error instanceof RangeError ? yamlText.tooDeep : yamlText.aliasBomb));
    }
  };
  const doc = guarded(() => parseDocument(source, { lineCounter, prettyErrors: false }));
  if (doc.errors.length) fail(lineCounter.linePos(doc.errors[0]!.pos[0]).line, doc.errors[0]!.message.split('\n')[0]!);
  const raw: unknown = guarded(() => doc.toJS({ maxAliasCount: 50 })) ?? {};
  const parsed = LintConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const [message] = translateIssue(lang, issue, LintConfigSchema, raw);
    fail(locate(doc, lineCounter, message!.path, message!.atKey).line, message!.message);
  }
  const config = parsed.data!;
  for (const rule of Object.keys(config.rules)) {
    if (!RULES.some((r) => r.id === rule)) {
      fail(locate(doc, lineCounter, ['rules', rule], true).line, say(lang, engineText.unknownRule, { rule: q(lang, rule), rules: quoteList(lang, RULES.map((r) => r.id)) }));
    }
  }
  return { ...config, file };
}

const cache = new Map<string, LintConfig>();

/** The nearest config file above `file`, or the empty config. */
export function configFor(file: string, lang: Lang): LintConfig {
  let dir = dirname(resolve(file));
  const visited: string[] = [];
  for (;;) {
    const cached = cache.get(dir);
    if (cached) return remember(visited, cached);
    visited.push(dir);
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate) && statSync(candidate).isFile()) return remember(visited, loadConfig(candidate, lang));
    }
    const parent = dirname(dir);
    if (parent === dir) return remember(visited, EMPTY_CONFIG);
    dir = parent;
  }
}

function remember(dirs: string[], config: LintConfig): LintConfig {
  for (const d of dirs) cache.set(d, config);
  return config;
}

/** Placeholder patterns from the config: /regex/flags, or literal text. */
export function placeholderPatterns(config: LintConfig): RegExp[] {
  return config.placeholders.map((p) => {
    const m = /^\/(.+)\/([a-z]*)$/.exec(p);
    if (m) {
      try {
        return new RegExp(m[1]!, m[2]!.includes('g') ? m[2] : `${m[2]}g`);
      } catch {
        // not a valid regex: taken as text
      }
    }
    return new RegExp(p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g');
  });
}
