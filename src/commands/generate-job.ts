// One plan of `salesplan generate`: validated, its output path checked, its document built and
// rendered, and nothing written. The command runs it in its own thread, or, for a batch, in
// worker threads (generate-pool.ts); what it returns is plain data either way, and the command
// writes the document and its chart files in the order of the plans.
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import type { ChartFiles } from '../charts/files.js';
import { chartsWanted, type ChartFlags } from '../charts/options.js';
import { buildDocument, type BuildOptions } from '../document/build.js';
import { ExitCode, UserError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { checkOutputPath } from '../io/files.js';
import { mark } from '../io/timing.js';
import { reportsOf, validateFile, type Validation, type ValidateOptions } from '../plan/validate.js';
import type { FileReport } from '../report/diagnostic.js';
import type { DocxFlags } from '../writers/docx-flags.js';
import type { WriterEntry } from '../writers/index.js';
import { renderAs, writerFor } from '../writers/render.js';

export interface GenerateOptions extends ValidateOptions, DocxFlags, ChartFlags {
  format?: string;
  /** How validation problems are reported: stylish (default), json, sarif, github. */
  report?: string;
  output?: string;
  templates?: string;
  force?: boolean;
  quiet?: boolean;
  /** Annual plans: one month of it (2027-03). */
  month?: string;
  /** With --month: write the month's plan file instead of its document. */
  emitYaml?: boolean;
  /** --no-summary, --no-actions, --no-approval (commander sets false; absent means the plan decides). */
  summary?: boolean;
  actions?: boolean;
  approval?: boolean;
}

/** What every plan of a run shares: plain data, so a worker thread can be given it. */
export interface GenerateJob {
  options: GenerateOptions;
  /** The folder the batch's plans share, when their documents go into one output folder. */
  base?: string;
  /** -o -: the document goes to standard output. */
  toStdout: boolean;
  /** Make the output's folder when missing: a batch into one folder, or -o named with a trailing slash. */
  makeDirs: boolean;
}

/** An error of one plan, as plain data: a user's error (its message and exit code) or a defect. */
export type JobError = { user: true; message: string; exitCode: ExitCode; detail?: string } | { user: false; message: string; stack?: string };

/** What one plan gave: its problems, and when it is valid its document and chart files. */
export interface Produced {
  reports: FileReport[];
  valid: boolean;
  lang: Lang;
  target?: string;
  data?: string | Uint8Array;
  /** Chart files to write beside the document, after it. */
  beside: ChartFiles[];
  /** What stopped the plan after it was validated (its problems are still reported). */
  error?: JobError;
  /** With -o -: what the writer left out (the charts), for the terminal. */
  notices?: string[];
}

/** The director's parts the command line turns off. */
export function partsFlags(options: GenerateOptions): NonNullable<BuildOptions['parts']> {
  const parts: NonNullable<BuildOptions['parts']> = {};
  for (const part of ['summary', 'actions', 'approval'] as const) if (options[part] === false) parts[part] = false;
  return parts;
}

/**
 * Where a plan's document goes: next to it, at -o, or into the folder -o names. Many plans into
 * one folder keep their sub-folders below the folder they share (plans/east/a.yaml and
 * plans/west/a.yaml → out/east/a.md and out/west/a.md), so no two overwrite each other.
 */
export function outputFor(input: string, writer: WriterEntry, output: string | undefined, base: string | undefined): string {
  const ext = `.${writer.extension}`;
  const name = `${basename(input, extname(input))}${ext}`;
  if (output === undefined) return join(dirname(input), name);
  const isDir = output.endsWith('/') || output.endsWith('\\') || (existsSync(output) && statSync(output).isDirectory());
  if (base !== undefined) return join(output, relative(base, dirname(resolve(input))), name);
  if (isDir) return join(output, name);
  return output;
}

/** A thrown error as plain data. */
export function jobError(error: unknown): JobError {
  if (error instanceof UserError) return { user: true, message: error.message, exitCode: error.exitCode, ...(error.detail ? { detail: error.detail } : {}) };
  return { user: false, message: error instanceof Error ? error.message : String(error), ...(error instanceof Error && error.stack ? { stack: error.stack } : {}) };
}

/** The error again, to throw where the plan's result is used. */
export function thrownAgain(error: JobError): Error {
  if (error.user) return new UserError(error.message, error.exitCode, error.detail);
  const again = new Error(error.message);
  if (error.stack) again.stack = error.stack;
  return again;
}

/**
 * Validates one plan and, when it is valid, builds and renders its document. `beforeBuild` runs
 * between the two (the command checks the user's templates against the first valid plan there).
 * A plan that cannot be read throws; anything after validation is returned as `error`, with the
 * plan's problems, which are reported first.
 */
export async function producePlan(file: string, job: GenerateJob, beforeBuild?: (validation: Validation) => void): Promise<Produced> {
  const { options } = job;
  mark('command loaded');
  const validation = await validateFile(file, options);
  mark('validated');
  const reports = reportsOf(validation);
  const lang = validation.lang;
  if (!validation.valid) return { reports, valid: false, lang, beside: [] };
  try {
    const writer = writerFor(options.format, lang);
    const target = job.toStdout ? undefined : outputFor(file, writer, options.output, job.base);
    // Refuse a bad output path before doing the work.
    if (target) checkOutputPath(target, lang, { force: options.force, inputs: [file], makeDirs: job.makeDirs });
    beforeBuild?.(validation);
    const doc = buildDocument(validation.valid, { draft: options.draft, templatesDir: options.templates, charts: chartsWanted(options), parts: partsFlags(options) });
    mark('document built');
    const beside: ChartFiles[] = [];
    // With -o -, the Markdown writer says which charts it left out; the command prints that note.
    const notices: string[] = [];
    const data = await renderAs(writer.id, { doc, plan: validation.valid }, { lang, flags: options, beside, ...(target ? { target } : {}), ...(job.toStdout && !options.quiet ? { notice: (text: string) => void notices.push(text) } : {}) });
    mark(`rendered ${writer.id}`);
    return { reports, valid: true, lang, ...(target ? { target } : {}), data, beside, ...(notices.length ? { notices } : {}) };
  } catch (error) {
    return { reports, valid: true, lang, beside: [], error: jobError(error) };
  }
}
