// Each built-in template exists in both languages with the same skeleton: the same block helpers
// and conditions, nested the same way, and the same table and list calls. Wording may differ
// freely; what a section shows may not, or an English reader would get another document.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';

type Node = hbs.AST.Node;
const ROOT = join(import.meta.dirname, '..', '..', 'templates');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.hbs') ? [join(dir, e.name)] : [],
  );
}

function expr(node: hbs.AST.Expression): string {
  switch (node.type) {
    case 'PathExpression': return (node as hbs.AST.PathExpression).original;
    case 'StringLiteral': return JSON.stringify((node as hbs.AST.StringLiteral).value);
    case 'NumberLiteral': return String((node as hbs.AST.NumberLiteral).value);
    case 'BooleanLiteral': return String((node as hbs.AST.BooleanLiteral).value);
    case 'SubExpression': {
      const s = node as hbs.AST.SubExpression;
      return `(${[expr(s.path), ...s.params.map(expr)].join(' ')})`;
    }
    default: return node.type;
  }
}

/** Blocks that only place a separator between list items: a matter of punctuation, not content. */
const SEPARATOR = /^@(last|first|index)$/;

/** A helper's arguments as they matter: a join's separator is punctuation, so it is left out. */
function args(helper: string, params: readonly hbs.AST.Expression[]): string {
  return params.filter((p) => !(helper === 'join' && p.type === 'StringLiteral')).map(expr).join(' ');
}

/**
 * The skeleton of a template: its blocks with their conditions and its helper calls that take
 * arguments (tables, lists, joins), as a set. Plain values ({{revenue}}) are left out, and so are
 * order, repetition and else-branches: a sentence may name things in another order, twice, or
 * with "otherwise" wording in the other language. Blocks that only place a separator
 * ({{#unless @last}}、{{/unless}}) are looked through.
 */
function skeleton(nodes: readonly Node[], out: string[] = []): string[] {
  for (const node of nodes) {
    if (node.type === 'BlockStatement') {
      const b = node as hbs.AST.BlockStatement;
      const name = expr(b.path);
      const separator = b.params.length === 1 && SEPARATOR.test(expr(b.params[0]!));
      if (!separator) out.push(`#${name} ${args(name, b.params)}`.trim());
      skeleton(b.program?.body ?? [], out);
      if (b.inverse) skeleton(b.inverse.body, out);
    } else if (node.type === 'MustacheStatement') {
      const m = node as hbs.AST.MustacheStatement;
      const name = expr(m.path);
      if (m.params.length > 0) out.push(`${name} ${args(name, m.params)}`.trim());
    } else if (node.type === 'PartialStatement') {
      out.push(`>${expr((node as hbs.AST.PartialStatement).name)}`);
    }
  }
  return out;
}

/**
 * Conditions only one language needs, because they choose words, not content: English singular
 * and plural, and the name of a period ("mid-month", "mid-quarter"), which Chinese writes with the
 * period's own word. Each with the template it is in.
 */
const GRAMMAR_ONLY: Record<string, { en?: string[]; 'zh-CN'?: string[] }> = {
  'review/actions.hbs': { en: ['#if (eq kind "monthly")', '#if (eq kind "quarterly")'] },
  'review/intro.hbs': { en: ['#if (eq attainment.flagged.length 1)'] },
  'review/overview.hbs': { en: ['#if (eq attainment.productCount "2")'] },
  // "Customer satisfaction" when neither survey is set: Chinese says it in the else-branch of the
  // same two blocks, English in a block of its own.
  'quarterly/evaluation.hbs': { en: ['#unless (or metric.csat metric.nps)'] },
};

const zhFiles = files(join(ROOT, 'zh-CN')).map((f) => relative(join(ROOT, 'zh-CN'), f)).sort();
const enFiles = files(join(ROOT, 'en')).map((f) => relative(join(ROOT, 'en'), f)).sort();

describe('templates in both languages', () => {
  it('every template exists in both languages', () => {
    expect(enFiles).toEqual(zhFiles);
    expect(zhFiles.length).toBeGreaterThan(40);
  });

  it.each(zhFiles)('%s has the same skeleton in zh-CN and en', (file) => {
    const read = (lang: 'en' | 'zh-CN') => {
      const own = new Set(GRAMMAR_ONLY[file]?.[lang] ?? []);
      return [...new Set(skeleton(Handlebars.parse(readFileSync(join(ROOT, lang, file), 'utf8')).body))].filter((e) => !own.has(e)).sort();
    };
    expect(read('en')).toEqual(read('zh-CN'));
  });

  it('the skeleton sees a block, its condition and a table call', () => {
    const ast = Handlebars.parse('{{#if a.length}}{{table "x"}}{{#each a}}{{n}}{{#unless @last}}、{{/unless}}{{/each}}{{else}}t{{/if}}{{join b "；"}}{{c}}').body;
    expect(skeleton(ast)).toEqual(['#if a.length', 'table "x"', '#each a', 'join b']);
  });

  it('each grammar-only condition is still in its template', () => {
    for (const [file, byLang] of Object.entries(GRAMMAR_ONLY)) {
      for (const [lang, entries] of Object.entries(byLang)) {
        const found = skeleton(Handlebars.parse(readFileSync(join(ROOT, lang, file), 'utf8')).body);
        for (const entry of entries ?? []) expect(found, `${lang}/${file}`).toContain(entry);
      }
    }
  });
});
