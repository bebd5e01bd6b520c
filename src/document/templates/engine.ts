// The Handlebars environment that writes section prose. Templates produce Markdown; every
// string from the plan enters that Markdown as an opaque token and is put back only after the
// Markdown has been parsed, so a product called "A|B" or a risk starting with "#" is text,
// never structure. Templates see only the view data and a few pure helpers: no file system,
// no prototypes, no logging.
import { createRequire } from 'node:module';
import Runtime from 'handlebars/runtime.js';
import type HandlebarsFull from 'handlebars';
import { TABLE_IDS, type TableId } from '../../styles/types.js';
import type { Lang } from '../../i18n/lang.js';
import { pick, type Localized } from '../../i18n/localized.js';
import { pluralNoun } from '../../i18n/plural.js';

type Env = typeof HandlebarsFull;
type TemplateSpecification = Parameters<Env['template']>[0];

/**
 * The Handlebars compiler, only for templates that are not precompiled (a user's --templates, or
 * development): the built-in ones run on the runtime alone, which is a fraction of the size.
 */
function compilerEnv(): Env {
  return (createRequire(import.meta.url)('handlebars') as Env).create();
}
type Template = (context: unknown) => string;

const VALUE_OPEN = '\uE000';
const VALUE_CLOSE = '\uE001';
const TABLE_OPEN = '\uE002';
const TABLE_CLOSE = '\uE003';
const PRIVATE = /[\uE000-\uE003]/g;
const VALUE_TOKEN = /\uE000([0-9a-z]+)\uE001/g;
export const TABLE_TOKEN = /^\uE002([a-zA-Z]+)\uE003$/;

/** The strings of one rendering, each replaced in the view by a token. */
export class TokenTable {
  private readonly values: string[] = [];

  /** A deep copy of the view with every string replaced by a token. */
  tokenize<T>(view: T): T {
    const walk = (value: unknown): unknown => {
      if (typeof value === 'string') return this.token(value);
      if (Array.isArray(value)) return value.map(walk);
      if (value && typeof value === 'object') {
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(value)) out[k] = walk(v);
        return out;
      }
      return value;
    };
    return walk(view) as T;
  }

  token(text: string): string {
    this.values.push(text.replace(PRIVATE, ''));
    return `${VALUE_OPEN}${(this.values.length - 1).toString(36)}${VALUE_CLOSE}`;
  }

  /** Puts the original strings back. */
  decode(text: string): string {
    return text.replace(VALUE_TOKEN, (_, n: string) => this.values[parseInt(n, 36)] ?? '');
  }
}

/** A template that asks for an object's internals (constructor, __proto__ …). */
export class TemplateAccessError extends Error {
  constructor(readonly property: string) {
    super(`templates may not reach object internals (${property})`);
  }
}

export const HELPER_NAMES = ['table', 'join', 'plural', 'list', 'eq', 'ne', 'and', 'or', 'not'] as const;

// The list and clause separators of each language, and their counterparts in the other one.
const SEPARATORS: Localized<Record<string, string>> = {
  'zh-CN': { ', ': '、', ',': '、', '; ': '；', ';': '；' },
  en: { '、': ', ', '，': ', ', '；': '; ' },
};
const LIST_SEPARATOR: Localized = { 'zh-CN': '、', en: ', ' };

/** The separator a `join` writes: the given one in the document's language, or its list separator. */
export function joinSeparator(lang: Lang, given: string | undefined): string {
  if (given === undefined) return pick(lang, LIST_SEPARATOR);
  return pick(lang, SEPARATORS)[given] ?? given;
}
// Handlebars' own `log` is removed (templates do not write to the console); marking it unknown
// makes `{{log …}}` an "unknown helper" at compile time rather than a call into nothing.
const KNOWN_HELPERS = { ...Object.fromEntries(HELPER_NAMES.map((name) => [name, true])), log: false };
/** The same options at build time (precompiled built-ins) and at run time (user templates). */
export const COMPILE_OPTIONS = { noEscape: true, strict: false, knownHelpers: KNOWN_HELPERS, knownHelpersOnly: true };

/**
 * One Handlebars environment per process, with templates compiled once. Each rendering brings
 * its own token table and the tables its section may show.
 */
export class TemplateEngine {
  private readonly runtime: Env = (Runtime as unknown as Env).create();
  private full: Env | undefined;
  private readonly cache = new Map<string, Template>();
  private tokens = new TokenTable();
  private allowedTables: readonly TableId[] = [];
  private lang: Lang = 'zh-CN';

  constructor() {
    this.registerHelpers(this.runtime);
  }

  private compiler(): Env {
    if (!this.full) {
      this.full = compilerEnv();
      this.registerHelpers(this.full);
    }
    return this.full;
  }

  private registerHelpers(env: Env): void {
    env.unregisterHelper('log');
    const plain = (v: unknown): unknown => (typeof v === 'string' ? this.tokens.decode(v) : v);
    const args = (list: unknown[]): unknown[] => list.slice(0, -1).map(plain); // the last is Handlebars' options

    env.registerHelper('table', (...all: unknown[]) => {
      const [id] = args(all);
      if (typeof id !== 'string' || !(TABLE_IDS as readonly string[]).includes(id)) {
        throw new Error(`{{table "${String(id)}"}}: unknown table; tables: ${TABLE_IDS.join(', ')}`);
      }
      if (!this.allowedTables.includes(id as TableId)) return '';
      return `\n\n${TABLE_OPEN}${id}${TABLE_CLOSE}\n\n`;
    });
    env.registerHelper('join', (...all: unknown[]) => {
      const [list, sep] = all.slice(0, -1);
      if (!Array.isArray(list)) return '';
      // The separator follows the document's language, whatever the template wrote: an English
      // document never gets "、" or "；", nor a Chinese one ", ".
      const given = typeof sep === 'string' ? this.tokens.decode(sep) : undefined;
      return list.map(String).join(joinSeparator(this.lang, given));
    });
    env.registerHelper('plural', (...all: unknown[]) => {
      const [n, one, other] = args(all);
      return `${String(n)} ${pluralNoun(String(n), String(one), String(other ?? `${String(one)}s`))}`;
    });
    env.registerHelper('list', (...all: unknown[]) => {
      const [items] = all.slice(0, -1);
      if (!Array.isArray(items) || items.length === 0) return '';
      return `\n\n${items.map((i) => `- ${String(i)}`).join('\n')}\n\n`;
    });
    env.registerHelper('eq', (...all: unknown[]) => {
      const [a, b] = args(all);
      return a === b;
    });
    env.registerHelper('ne', (...all: unknown[]) => {
      const [a, b] = args(all);
      return a !== b;
    });
    env.registerHelper('and', (...all: unknown[]) => args(all).every(Boolean));
    env.registerHelper('or', (...all: unknown[]) => args(all).some(Boolean));
    env.registerHelper('not', (...all: unknown[]) => !args(all)[0]);
  }

  /** Compiles (once per key) a template source; throws Handlebars' parse error on bad syntax. */
  compile(key: string, source: string, precompiledSpec?: unknown): Template {
    let template = this.cache.get(key);
    if (!template) {
      // Handlebars already denies prototype access at run time, silently; a template that asks
      // for it is refused outright, so its author learns why it prints nothing.
      if (!precompiledSpec) {
        const reach = /\{\{[^}]*\b(__proto__|constructor|prototype|__(?:define|lookup)[GS]etter__)\b/.exec(source);
        if (reach) throw new TemplateAccessError(reach[1]!);
      }
      const compiled = precompiledSpec
        ? this.runtime.template(precompiledSpec as TemplateSpecification)
        : this.compiler().compile(source, COMPILE_OPTIONS);
      template = (context: unknown) =>
        compiled(context, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false, allowCallsToHelperMissing: false });
      this.cache.set(key, template);
    }
    return template;
  }

  /** Renders with this rendering's tokens and allowed tables. */
  render(template: Template, view: unknown, tokens: TokenTable, allowedTables: readonly TableId[], lang: Lang = 'zh-CN'): string {
    this.lang = lang;
    this.tokens = tokens;
    this.allowedTables = allowedTables;
    return template(view);
  }
}
