// salesplan generate <plan.yaml…>: validate, compute, build the document, write Markdown or DOCX.
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { buildDocument } from '../document/build.js';
import { ExitCode, UserError } from '../errors.js';
import { q, t } from '../i18n/t.js';
import { checkOutputPath, writeFileAtomic } from '../io/files.js';
import { reportsOf, validateFile, type ValidateOptions } from '../plan/validate.js';
import { err } from '../report/colors.js';
import { formatStylish } from '../report/diagnostics.js';
import { checkTemplateDir } from '../render/template-source.js';
import { messageLang, writeStderr, writeStdout } from './shared.js';
import { mark } from '../io/timing.js';
import type { Lang } from '../i18n/lang.js';
import type { DocxFlags } from './docx-options.js';

export interface GenerateOptions extends ValidateOptions, DocxFlags {
  format?: string;
  output?: string;
  templates?: string;
  force?: boolean;
  quiet?: boolean;
  /** Annual plans: one month of it (2027-03). */
  month?: string;
  /** With --month: write the month's plan file instead of its document. */
  emitYaml?: boolean;
}

const FORMATS = ['md', 'docx'] as const;
type Format = (typeof FORMATS)[number];

function outputFor(input: string, format: Format, output: string | undefined, many: boolean): string {
  const ext = `.${format}`;
  const name = `${basename(input, extname(input))}${ext}`;
  if (output === undefined) return join(dirname(input), name);
  const isDir = output.endsWith('/') || output.endsWith('\\') || (existsSync(output) && statSync(output).isDirectory());
  if (isDir || many) return join(output, name);
  return output;
}

async function render(doc: ReturnType<typeof buildDocument>, format: Format, options: GenerateOptions, lang: Lang): Promise<string | Uint8Array> {
  if (format === 'md') {
    const { renderMarkdown } = await import('../render/markdown.js');
    return renderMarkdown(doc);
  }
  // docx is the heaviest module: loaded only when a DOCX is asked for.
  const { renderDocxWithFlags } = await import('./docx-options.js');
  return renderDocxWithFlags(doc, options, lang);
}

export async function run(files: string[], options: GenerateOptions): Promise<number> {
  const lang = messageLang(options.lang);
  const format = (options.format ?? 'md').toLowerCase().replace(/^markdown$/, 'md') as Format;
  if (!FORMATS.includes(format)) {
    throw new UserError(t(lang, 'cli.unknownFormat', { format: q(lang, options.format ?? ''), choices: FORMATS.join(', ') }), ExitCode.usage);
  }
  const toStdout = options.output === '-';
  if (toStdout && files.length > 1) throw new UserError(t(lang, 'cli.multipleToStdout'), ExitCode.usage);
  if (options.emitYaml && !options.month) throw new UserError(t(lang, 'cli.emitYamlNeedsMonth'), ExitCode.usage);
  if (options.month && files.length > 1) throw new UserError(t(lang, 'cli.monthOneFile'), ExitCode.usage);
  if (options.templates) checkTemplateDir(options.templates, lang);

  let worst: number = ExitCode.ok;
  for (const file of files) {
    try {
      mark('command loaded');
      const validation = await validateFile(file, options);
      mark('validated');
      const report = formatStylish(reportsOf(validation).filter((r) => r.diagnostics.length), validation.lang, err);
      if (report && !(options.quiet && validation.valid)) writeStderr(report);
      if (!validation.valid) {
        worst = Math.max(worst, ExitCode.problems);
        continue;
      }
      if (options.month) {
        const { runMonth } = await import('./month.js');
        const renderDoc = (doc: ReturnType<typeof buildDocument>, docLang: Lang) => render(doc, format, options, docLang);
        worst = Math.max(worst, await runMonth(file, validation.valid, { ...options, month: options.month, render: renderDoc, format }));
        continue;
      }
      const target = toStdout ? undefined : outputFor(file, format, options.output, files.length > 1);
      // Refuse a bad output path before doing the work.
      if (target) checkOutputPath(target, validation.lang, { force: options.force, inputs: [file] });
      const doc = buildDocument(validation.valid, { draft: options.draft, templatesDir: options.templates });
      mark('document built');
      const data = await render(doc, format, options, validation.lang);
      mark(`rendered ${format}`);
      if (target) {
        writeFileAtomic(target, data, validation.lang, { force: options.force, inputs: [file] });
        if (!options.quiet) writeStderr(err.green(t(validation.lang, 'cli.wrote', { file: target })));
      } else {
        await writeStdout(data);
      }
      mark('written');
      if (options.draft && !options.quiet) writeStderr(err.yellow(t(validation.lang, 'cli.draftNote')));
    } catch (error) {
      if (!(error instanceof UserError) || files.length === 1) throw error;
      writeStderr(`${err.red.bold(file)}: ${error.message}`);
      worst = Math.max(worst, error.exitCode);
    }
  }
  return worst;
}
