// salesplan diff old.yaml new.yaml: what changed between two versions of a plan, as the derived
// figures and the fields of the file (src/compare/). Exit 0 when they are the same, 1 when they
// differ, as diff(1) does; a plan that does not validate is trouble (2), reported as by validate.
import { basename } from 'node:path';
import { Chalk } from 'chalk';
import { ExitCode, UserError } from '../errors.js';
import { resolveLang } from '../i18n/lang.js';
import { say } from '../i18n/localized.js';
import { q } from '../i18n/t.js';
import { checkOutputPath, writeFileAtomic } from '../io/files.js';
import { reportsOf, validateFile } from '../plan/validate.js';
import { diffPlans, isEqual } from '../compare/diff.js';
import { diffToJson, diffToMarkdown, diffToTerminal } from '../compare/output.js';
import { err, out } from '../report/colors.js';
import { stylishText } from '../report/problems.js';
import { reportText } from '../report/messages.js';
import { writeStderr, writeStdout } from '../report/streams.js';
import { commandText } from './messages.js';

export interface DiffOptions {
  format?: string;
  output?: string;
  lang?: string;
  force?: boolean;
  quiet?: boolean;
}

const FORMATS = ['table', 'md', 'json'] as const;
type DiffFormat = (typeof FORMATS)[number];

export async function run(before: string, after: string, options: DiffOptions): Promise<number> {
  const lang = resolveLang(options.lang);
  const format = (options.format ?? 'table').toLowerCase().replace(/^(text|terminal)$/, 'table').replace(/^markdown$/, 'md') as DiffFormat;
  if (!FORMATS.includes(format)) throw new UserError(say(lang, reportText.unknownFormat, { format: q(lang, options.format ?? ''), choices: FORMATS.join(', ') }), ExitCode.usage);
  const target = options.output && options.output !== '-' ? options.output : undefined;
  if (target) checkOutputPath(target, lang, { force: options.force, inputs: [before, after] });

  // Draft: a version still missing what its style needs can be compared all the same.
  const validations = [await validateFile(before, { lang: options.lang, draft: true }), await validateFile(after, { lang: options.lang, draft: true })];
  const invalid = validations.filter((v) => !v.valid);
  if (invalid.length) {
    writeStderr(stylishText(invalid.flatMap(reportsOf).filter((r) => r.diagnostics.length), lang));
    throw new UserError(say(lang, commandText.diffInvalid, { files: invalid.map((v) => v.loaded.file).join(', ') }), ExitCode.usage);
  }
  const [a, b] = validations.map((v) => v.valid!) as [NonNullable<(typeof validations)[0]['valid']>, NonNullable<(typeof validations)[0]['valid']>];
  const docLang = options.lang ? lang : b.lang;
  const diff = diffPlans(a, b, docLang);
  const names = { before: basename(before), after: basename(after) };
  // The table is coloured on a terminal only; in a file it is plain text.
  const text = format === 'json' ? diffToJson(diff, names) : format === 'md' ? diffToMarkdown(diff, docLang, names) : `${diffToTerminal(diff, docLang, names, target ? new Chalk({ level: 0 }) : out)}\n`;
  if (target) {
    writeFileAtomic(target, text, lang, { force: options.force, inputs: [before, after] });
    if (!options.quiet) writeStderr(err.green(say(lang, commandText.wrote, { file: target })));
  } else await writeStdout(text);
  return isEqual(diff) ? ExitCode.ok : ExitCode.problems;
}
