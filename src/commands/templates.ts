// salesplan templates: list the built-in templates, print one to start a custom copy from, or
// show the data a template receives for a given plan.
import { buildView } from '../document/view.js';
import { todayIso } from '../document/build.js';
import { ExitCode, UserError } from '../errors.js';
import { normaliseLang, resolveLang, type Lang } from '../i18n/lang.js';
import { join } from 'node:path';
import { pick, say } from '../i18n/localized.js';
import { checkOutputPath, writeFileAtomic } from '../io/files.js';
import { reportsOf, validateFile } from '../plan/validate.js';
import { findTemplate, listBuiltinTemplates } from '../document/templates/source.js';
import { HELPER_NAMES } from '../document/templates/engine.js';
import { TABLE_IDS } from '../styles/types.js';
import { stylishText } from '../report/problems.js';
import { err } from '../report/colors.js';
import { writeStderr, writeStdout } from '../report/streams.js';
import { commandText } from './messages.js';

const listing = {
  intro: {
    'zh-CN': '内置模板（用 --print 输出一个，复制到你的模板文件夹后修改，再用 generate --templates <文件夹> 使用）：',
    en: 'Built-in templates (print one with --print, copy it into your folder, edit, and use generate --templates <folder>):',
  },
  helpers: { 'zh-CN': '可用的辅助函数', en: 'Helpers' },
  tables: { 'zh-CN': '可放置的表格', en: 'Tables' },
  data: { 'zh-CN': '查看某个计划提供给模板的数据：salesplan templates --data plan.yaml', en: 'See the data a plan gives templates: salesplan templates --data plan.yaml' },
} as const;

export interface TemplatesOptions {
  lang?: string;
  print?: string;
  data?: string;
  eject?: string;
  force?: boolean;
}

const ejected = {
  done: { 'zh-CN': '已把 {count} 个内置模板写入 {dir}。修改后用 salesplan generate plan.yaml --templates {dir} 使用。', en: 'Wrote {count} built-in templates to {dir}. Edit them and use them with salesplan generate plan.yaml --templates {dir}.' },
} as const;

/** Every built-in template into `dir`, laid out as generate --templates reads it (dir/<lang>/<style>/<name>.hbs). */
function eject(dir: string, lang: Lang, force: boolean): number {
  const all = listBuiltinTemplates();
  const files = all.map((name) => join(dir, ...`${name}.hbs`.split('/')));
  // Nothing is written when one file would be overwritten without --force.
  for (const file of files) checkOutputPath(file, lang, { force, makeDirs: true });
  all.forEach((name, i) => {
    const [tLang, ...rest] = name.split('/');
    writeFileAtomic(files[i]!, findTemplate(rest.join('/'), normaliseLang(tLang) ?? 'zh-CN', undefined, true).source, lang, { force, makeDirs: true });
  });
  writeStderr(err.green(say(lang, ejected.done, { count: all.length, dir })));
  return 0;
}

export async function run(options: TemplatesOptions): Promise<number> {
  const lang = resolveLang(options.lang);
  const all = listBuiltinTemplates();
  if (options.eject) return eject(options.eject, lang, !!options.force);
  if (options.print) {
    // Accept "target/targets" (in the chosen language) or "en/target/targets".
    const name = options.print.replace(/\.hbs$/, '');
    const full = all.includes(name) ? name : `${lang}/${name}`;
    if (!all.includes(full)) {
      throw new UserError(say(lang, commandText.templateNotFound, { name, choices: `\n  ${all.filter((n) => n.startsWith(lang)).join('\n  ')}` }), ExitCode.usage);
    }
    const [tLang, ...rest] = full.split('/');
    await writeStdout(findTemplate(rest.join('/'), normaliseLang(tLang) ?? 'zh-CN', undefined, true).source);
    return 0;
  }
  if (options.data) {
    const validation = await validateFile(options.data, { lang: options.lang, draft: true });
    if (!validation.valid) {
      writeStderr(stylishText(reportsOf(validation), validation.lang));
      return ExitCode.problems;
    }
    const { plan, derived, style } = validation.valid;
    const view = buildView(plan, derived, style, validation.valid.lang, { draft: false, today: todayIso() });
    await writeStdout(`${JSON.stringify(view, null, 2)}\n`);
    return 0;
  }
  const lines = [
    pick(lang, listing.intro),
    ...all.map((n) => `  ${n}`),
    '',
    `${pick(lang, listing.helpers)}: ${HELPER_NAMES.join(', ')}`,
    `${pick(lang, listing.tables)}: ${TABLE_IDS.map((id) => `{{table "${id}"}}`).join(' ')}`,
    pick(lang, listing.data),
  ];
  await writeStdout(`${lines.join('\n')}\n`);
  return 0;
}
