// The one model of a problem salesplan reports, whoever found it: plan validation, a lint rule,
// a customer list (tiers) or an actuals file (review). Each formatter in ./formatters/ reads only
// this, so every command that reports problems can write every format.

export type Severity = 'error' | 'warning';
export type PathSegment = string | number;

export interface Diagnostic {
  severity: Severity;
  /** Stable identifier of the rule or check, e.g. `unknown-key`, `placeholder` (SARIF's ruleId). */
  code: string;
  message: string;
  file: string;
  /** Dotted path into the plan, e.g. products[2].share. */
  path?: PathSegment[];
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** The part of the file it belongs to, when a file is checked in parts (lint: one plan of several). */
  group?: string;
}

/** A part of a file checked on its own, shown as a heading above its problems (lint: a plan). */
export interface ReportGroup {
  /** What the group's diagnostics carry as `group` (a file's only plan may have none). */
  id?: string;
  heading: string;
}

/** One file's problems, with what a formatter may show beside them. */
export interface FileReport {
  file: string;
  /** The file's text, for code frames under each problem. */
  source?: string;
  diagnostics: Diagnostic[];
  /** false when the file could not be read at all (its one diagnostic says why). */
  readable?: boolean;
  /** Parts checked separately; when present, stylish lists problems under them. */
  groups?: ReportGroup[];
  /** A short note shown beside the file name (e.g. that positions are paragraph numbers). */
  note?: string;
  /** Extra fields a command keeps in its JSON for scripts written against it (lint's plans). */
  json?: Record<string, unknown>;
}

/** What a rule is, for SARIF's rule descriptors. */
export interface RuleInfo {
  id: string;
  description: string;
  docs?: string;
  severity: Severity;
}

export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${segment}` : segment;
  }
  return out;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

export function countOf(reports: readonly FileReport[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const r of reports) for (const d of r.diagnostics) d.severity === 'error' ? errors++ : warnings++;
  return { errors, warnings };
}

/** A file that could not be read, as a report with one error. */
export function unreadable(file: string, message: string): FileReport {
  return { file, readable: false, diagnostics: [{ severity: 'error', code: 'unreadable', message, file }] };
}
