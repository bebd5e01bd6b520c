// salesplan convert plan.md -o plan.docx: any Markdown plan to DOCX through the same document tree.
import { basename, dirname, extname, join } from 'node:path';
import { markdownToDocument } from '../document/from-markdown.js';
import { todayIso } from '../document/build.js';
import { normaliseLang } from '../i18n/lang.js';
import { t } from '../i18n/t.js';
import { checkOutputPath, readInputText, writeFileAtomic } from '../io/files.js';
import { err } from '../report/colors.js';
import { renderDocxWithFlags, type DocxFlags } from './docx-options.js';
import { messageLang, writeStderr, writeStdout } from './shared.js';
import { resolveImages } from '../charts/images.js';

export interface ConvertCommandOptions extends DocxFlags {
  output?: string;
  lang?: string;
  force?: boolean;
  quiet?: boolean;
  /** --no-number */
  number?: boolean;
}

export async function run(file: string, options: ConvertCommandOptions): Promise<number> {
  const lang = messageLang(options.lang);
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
  // Pictures the Markdown links to: our charts back to Word charts, PNG/JPEG/GIF embedded.
  doc.tree = resolveImages(doc.tree, dirname(file));
  const bytes = await renderDocxWithFlags(doc, options, lang);
  if (!target) {
    await writeStdout(bytes);
    return 0;
  }
  writeFileAtomic(target, bytes, lang, { force: options.force, inputs: [file] });
  if (!options.quiet) writeStderr(err.green(t(lang, 'cli.wrote', { file: target })));
  return 0;
}
