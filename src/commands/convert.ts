// salesplan convert plan.md -o plan.docx: any Markdown plan to DOCX through the same document tree.
import { basename, dirname, extname, join } from 'node:path';
import { markdownToDocument } from '../document/from-markdown.js';
import { todayIso } from '../document/build.js';
import { normaliseLang, resolveLang } from '../i18n/lang.js';
import { say } from '../i18n/localized.js';
import { ExitCode, UserError } from '../errors.js';
import { checkOutputPath, readInputText, writeFileAtomic } from '../io/files.js';
import { err } from '../report/colors.js';
import { writeStderr, writeStdout } from '../report/streams.js';
import type { DocxFlags } from '../writers/docx-flags.js';
import { renderAs } from '../writers/render.js';
import { commandText } from './messages.js';
import { resolveImages } from '../charts/images.js';

export interface ConvertCommandOptions extends DocxFlags {
  output?: string;
  lang?: string;
  force?: boolean;
  quiet?: boolean;
  /** --no-number */
  number?: boolean;
}

/** Inputs convert is not for, said with the command that is. */
const notMarkdown = {
  plan: { 'zh-CN': '{file} 是计划文件（YAML），不是 Markdown：请用 salesplan generate {file} -f docx 生成 DOCX。', en: '{file} is a plan file (YAML), not Markdown: use salesplan generate {file} -f docx to write its DOCX.' },
  docx: { 'zh-CN': '{file} 已经是 DOCX 文件：convert 把 Markdown 转成 DOCX。要检查它，请用 salesplan lint {file}。', en: '{file} is already a DOCX: convert turns Markdown into DOCX. To check it, use salesplan lint {file}.' },
} as const;

export async function run(file: string, options: ConvertCommandOptions): Promise<number> {
  const lang = resolveLang(options.lang);
  const ext = extname(file).toLowerCase();
  if (ext === '.docx') throw new UserError(say(lang, notMarkdown.docx, { file }), ExitCode.usage);
  if (ext === '.yaml' || ext === '.yml') throw new UserError(say(lang, notMarkdown.plan, { file }), ExitCode.usage);
  const target = options.output === '-' ? undefined : (options.output ?? join(dirname(file), `${basename(file, extname(file))}.docx`));
  if (target) checkOutputPath(target, lang, { force: options.force, inputs: [file] });
  const markdown = readInputText(file, lang);
  if (/^salesplan\s*:/m.test(markdown)) throw new UserError(say(lang, notMarkdown.plan, { file }), ExitCode.usage);
  const docLang = normaliseLang(options.lang);
  const doc = markdownToDocument(markdown, {
    ...(docLang ? { lang: docLang } : {}),
    number: options.number !== false,
    fallbackTitle: basename(file, extname(file)),
    today: todayIso(),
  });
  // Pictures the Markdown links to: our charts back to Word charts, PNG/JPEG/GIF embedded.
  doc.tree = resolveImages(doc.tree, dirname(file));
  const bytes = await renderAs('docx', { doc }, { lang, flags: options });
  if (!target) {
    await writeStdout(bytes);
    return 0;
  }
  writeFileAtomic(target, bytes, lang, { force: options.force, inputs: [file] });
  if (!options.quiet) writeStderr(err.green(say(lang, commandText.wrote, { file: target })));
  return 0;
}
