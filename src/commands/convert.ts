// salesplan convert plan.md -o plan.docx: any Markdown plan to DOCX through the same document tree.
import { basename, dirname, extname, join } from 'node:path';
import { markdownToDocument } from '../document/from-markdown.js';
import { todayIso } from '../document/build.js';
import { normaliseLang } from '../i18n/lang.js';
import { resolveLang } from '../i18n/lang.js';
import { say } from '../i18n/localized.js';
import { checkOutputPath, readInputText, writeFileAtomic } from '../io/files.js';
import { err } from '../report/colors.js';
import { writeStderr, writeStdout } from '../report/streams.js';
import type { DocxFlags } from '../writers/docx-flags.js';
import { renderAs } from '../writers/render.js';
import { commandText } from './messages.js';

export interface ConvertCommandOptions extends DocxFlags {
  output?: string;
  lang?: string;
  force?: boolean;
  quiet?: boolean;
  /** --no-number */
  number?: boolean;
}

export async function run(file: string, options: ConvertCommandOptions): Promise<number> {
  const lang = resolveLang(options.lang);
  const target = options.output === '-' ? undefined : (options.output ?? join(dirname(file), `${basename(file, extname(file))}.docx`));
  if (target) checkOutputPath(target, lang, { force: options.force, inputs: [file] });
  const markdown = readInputText(file, lang);
  const docLang = normaliseLang(options.lang);
  const doc = markdownToDocument(markdown, {
    ...(docLang ? { lang: docLang } : {}),
    number: options.number !== false,
    fallbackTitle: basename(file, extname(file)),
    today: todayIso(),
  });
  const bytes = await renderAs('docx', { doc }, { lang, flags: options });
  if (!target) {
    await writeStdout(bytes);
    return 0;
  }
  writeFileAtomic(target, bytes, lang, { force: options.force, inputs: [file] });
  if (!options.quiet) writeStderr(err.green(say(lang, commandText.wrote, { file: target })));
  return 0;
}
