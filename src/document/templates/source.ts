// Where templates come from: the built-in set under templates/<lang>/, or a user's folder given
// with --templates that mirrors it (files there win; missing ones fall back to the built-in).
// A user's template is read only when it is a regular UTF-8 file, inside that folder (a link to
// /etc/passwd is not a template), and of a template's size: what it holds ends up in a document.
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { packageRoot } from '../../io/package-root.js';
import { ExitCode, UserError } from '../../errors.js';
import { precompiledTemplate } from './precompiled.js';
import type { Lang } from '../../i18n/lang.js';
import { say, type Messages } from '../../i18n/localized.js';
import { kindOf, readInputText } from '../../io/files.js';

/** A section template is a page of text; anything bigger is not one. */
const MAX_TEMPLATE_BYTES = 256 * 1024;

export const templateText = {
  outside: {
    'zh-CN': '模板 {file} 指向模板文件夹 {dir} 之外（{target}），不会读取：模板只能是该文件夹中的文件。',
    en: 'The template {file} points outside the template folder {dir} (to {target}) and is not read: templates must be files in that folder.',
  },
  folder: {
    'zh-CN': '模板 {file} 是一个文件夹，不是模板文件。请删除或重命名它。',
    en: 'The template {file} is a folder, not a template file. Remove or rename it.',
  },
  broken: {
    'zh-CN': '模板 {file} 是一个指向不存在文件的链接。请修正或删除它。',
    en: 'The template {file} is a link to a file that does not exist. Fix or remove it.',
  },
  special: {
    'zh-CN': '模板 {file} 是{kind}，不是普通文件，不会读取。',
    en: 'The template {file} is {kind}, not a regular file, and is not read.',
  },
  dirMissing: {
    'zh-CN': '模板文件夹 {dir} 不存在。',
    en: 'The template folder {dir} does not exist.',
  },
  error: {
    'zh-CN': '模板 {file} 有错误：{detail}',
    en: 'The template {file} has an error: {detail}',
  },
  access: {
    'zh-CN': '模板 {file} 试图访问对象的内部属性 {property}，已拒绝。模板只能使用计划数据（salesplan templates --data 计划.yaml 可查看）。',
    en: 'The template {file} tries to reach the object internal {property}, which is refused. Templates may use only the plan data (see salesplan templates --data plan.yaml).',
  },
} satisfies Messages;

/** The user's template at `path` (which exists), checked and read. */
export function readUserTemplate(path: string, userDir: string, lang: Lang): string {
  const stat = statSync(path, { throwIfNoEntry: false });
  const real = realpathSync(path);
  const inside = relative(realpathSync(userDir), real);
  if (inside.startsWith('..') || isAbsolute(inside)) {
    throw new UserError(say(lang, templateText.outside, { file: path, dir: userDir, target: real }), ExitCode.usage);
  }
  if (stat?.isDirectory()) throw new UserError(say(lang, templateText.folder, { file: path }), ExitCode.usage);
  if (stat && !stat.isFile()) throw new UserError(say(lang, templateText.special, { file: path, kind: kindOf(stat, lang) }), ExitCode.usage);
  return readInputText(path, lang, { maxBytes: MAX_TEMPLATE_BYTES });
}

/** Whether anything (a file, a folder, a link, even a broken one) is at path. */
function present(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

const BUILTIN_TEMPLATES_DIR = join(packageRoot(), 'templates');

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
    throw new UserError(say(lang, templateText.dirMissing, { dir }), ExitCode.usage);
  }
}

/**
 * The template `name` (e.g. "target/targets") in `lang`: the user's copy if any, else ours. A
 * precompiled built-in is not read from its file unless `withSource` asks for its text.
 */
export function findTemplate(name: string, lang: Lang, userDir?: string, withSource = false): TemplateSource {
  const candidates = userDir ? [join(userDir, lang, `${name}.hbs`), join(userDir, `${name}.hbs`)] : [];
  for (const path of candidates) {
    if (present(path)) {
      try {
        return { key: path, path, source: readUserTemplate(path, userDir!, lang), builtin: false };
      } catch (error) {
        if (error instanceof UserError) throw error;
        // A link to nowhere: realpath fails.
        throw new UserError(say(lang, templateText.broken, { file: path }), ExitCode.usage);
      }
    }
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
