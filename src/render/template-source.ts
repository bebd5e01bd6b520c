// Where templates come from: the built-in set under templates/<lang>/, or a user's folder given
// with --templates that mirrors it (files there win; missing ones fall back to the built-in).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { packageRoot } from '../io/package-root.js';
import { ExitCode, UserError } from '../errors.js';
import { precompiledTemplate } from './precompiled-templates.js';
import type { Lang } from '../i18n/lang.js';
import { t } from '../i18n/t.js';

export const BUILTIN_TEMPLATES_DIR = join(packageRoot(), 'templates');

export interface TemplateSource {
  /** Cache key: the file's path. */
  key: string;
  /** "zh-CN/target/market" for a built-in template. */
  builtinName?: string;
  path: string;
  source: string;
  builtin: boolean;
}

export function checkTemplateDir(dir: string, lang: Lang): void {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UserError(t(lang, 'cli.templateDirMissing', { dir }), ExitCode.usage);
  }
}

/**
 * The template `name` (e.g. "target/targets") in `lang`: the user's copy if any, else ours. A
 * precompiled built-in is not read from its file unless `withSource` asks for its text.
 */
export function findTemplate(name: string, lang: Lang, userDir?: string, withSource = false): TemplateSource {
  const candidates = userDir ? [join(userDir, lang, `${name}.hbs`), join(userDir, `${name}.hbs`)] : [];
  for (const path of candidates) {
    if (existsSync(path)) return { key: path, path, source: readFileSync(path, 'utf8'), builtin: false };
  }
  const path = join(BUILTIN_TEMPLATES_DIR, lang, `${name}.hbs`);
  const builtinName = `${lang}/${name}`;
  // Precompiled in the bundle: no need to read the file.
  if (!withSource && precompiledTemplate(builtinName) !== undefined) return { key: path, path, source: '', builtin: true, builtinName };
  // A missing built-in template is a packaging bug, reported as an internal error that names it.
  if (!existsSync(path)) throw new Error(`the built-in template ${lang}/${name}.hbs is missing from the installation`);
  return { key: path, path, source: readFileSync(path, 'utf8'), builtin: true, builtinName };
}

/** Every built-in template as "<lang>/<style>/<section>". */
export function listBuiltinTemplates(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.hbs')) out.push(relative(BUILTIN_TEMPLATES_DIR, full).split(sep).join('/').replace(/\.hbs$/, ''));
    }
  };
  walk(BUILTIN_TEMPLATES_DIR);
  return out.sort();
}
