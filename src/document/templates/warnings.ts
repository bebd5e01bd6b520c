// What a user's template folder says that salesplan would silently ignore: a template whose name
// no built-in has (markt.hbs for market.hbs), and a variable the data does not have
// ({{org.authr}}), each said with the nearest name. Warnings only: the document is still written.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Lang } from '../../i18n/lang.js';
import { say } from '../../i18n/localized.js';
import { METRICS } from '../../plan/metrics.js';
import { didYouMean } from '../../plan/suggest.js';
import { HELPER_NAMES } from './engine.js';
import { listBuiltinTemplates, readUserTemplate } from './source.js';

const text = {
  nameNear: { 'zh-CN': '模板 {file} 不会被使用：没有叫 {name} 的模板。是不是 {suggestion}？', en: 'The template {file} is never used: no template is called {name}. Did you mean {suggestion}?' },
  name: { 'zh-CN': '模板 {file} 不会被使用：没有叫 {name} 的模板（salesplan templates 列出全部名称）。', en: 'The template {file} is never used: no template is called {name} (salesplan templates lists them all).' },
  variableNear: { 'zh-CN': '模板 {file} 第 {line} 行：数据中没有 {variable}，这里会是空的。是不是 {suggestion}？', en: 'Template {file}, line {line}: the data has no {variable}, so it stays empty. Did you mean {suggestion}?' },
  variable: { 'zh-CN': '模板 {file} 第 {line} 行：数据中没有 {variable}，这里会是空的（salesplan templates --data 计划文件 列出全部数据）。', en: 'Template {file}, line {line}: the data has no {variable}, so it stays empty (salesplan templates --data <plan> shows all of it).' },
} as const;

function templateFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.hbs')) out.push(full);
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * What a template may look up in the data: every path to a key the view has (org, org.company …),
 * with anything below a list (its .length, its items) or below a key whose value is absent in
 * this plan (annual.* in a monthly plan) allowed, since another plan may give it.
 */
function lookups(data: unknown): { known: string[]; allows: (path: string) => boolean } {
  const known: string[] = [];
  const open: string[] = [];
  const walk = (value: unknown, prefix: string, depth: number): void => {
    if (depth > 5) return;
    if (value === undefined || value === null || Array.isArray(value)) {
      if (prefix) open.push(prefix);
      return;
    }
    if (typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      const path = prefix ? `${prefix}.${key}` : key;
      known.push(path);
      walk(inner, path, depth + 1);
    }
  };
  walk(data, '', 0);
  // Every metric a plan may have is looked up as metric.<id>.
  for (const id of Object.keys(METRICS)) open.push(`metric.${id}`);
  const exact = new Set(known);
  return { known, allows: (path) => exact.has(path) || open.some((o) => path === o || path.startsWith(`${o}.`)) };
}

const SIMPLE = /^[A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*$/;

/**
 * Warnings for the user's templates in `dir`. `data` is what the top level of a template receives
 * (the view and its section); inside a block ({{#each}}, {{#with}}) the data changes, so only the
 * variables outside blocks, and the block helpers' own arguments there, are checked.
 */
export function templateWarnings(dir: string, data: Record<string, unknown>, lang: Lang): string[] {
  const builtins = listBuiltinTemplates();
  // A user's template is looked up as <lang>/<style>/<section>.hbs or <style>/<section>.hbs.
  const known = [...new Set(builtins.flatMap((n) => [n, n.slice(n.indexOf('/') + 1)]))];
  const { known: variables, allows } = lookups(data);
  const helpers = new Set<string>([...HELPER_NAMES, 'if', 'unless', 'each', 'with', 'else', 'this', 'lookup', 'log']);
  const lines: string[] = [];
  for (const file of templateFiles(dir)) {
    const name = relative(dir, file).split(sep).join('/').replace(/\.hbs$/, '');
    if (!known.includes(name)) {
      const suggestion = didYouMean(name, known);
      lines.push(say(lang, suggestion ? text.nameNear : text.name, { file, name, suggestion }));
      continue;
    }
    // The review's templates receive the review's data, not a plan's.
    if (/(^|\/)review\//.test(name)) continue;
    // Read as the builder reads it (regular UTF-8 files inside the folder, bounded): a template it
    // would refuse is not checked here, and the builder's refusal is what the user sees.
    let source: string;
    try {
      source = readUserTemplate(file, dir, lang);
    } catch {
      continue;
    }
    let depth = 0;
    for (const match of source.matchAll(/\{\{~?\s*([#/^]?)\s*([^}]*?)\s*~?\}\}/g)) {
      const [, sigil, body] = match as unknown as [string, string, string];
      if (sigil === '/') {
        depth = Math.max(0, depth - 1);
        continue;
      }
      if (depth === 0) {
        const words = body.split(/\s+/).filter(Boolean);
        // {{path}}, and the arguments of {{#if path}}, {{join path}}: what is looked up in the data.
        for (const word of words[0] && helpers.has(words[0]) ? words.slice(1) : words.slice(0, 1)) {
          if (!SIMPLE.test(word) || helpers.has(word) || allows(word)) continue;
          const line = source.slice(0, match.index).split('\n').length;
          const suggestion = didYouMean(word, variables);
          lines.push(say(lang, suggestion ? text.variableNear : text.variable, { file, line, variable: `{{${word}}}`, suggestion: suggestion ? `{{${suggestion}}}` : undefined }));
        }
      }
      if (sigil === '#' || sigil === '^') depth++;
    }
  }
  return lines;
}
