// The whole validation pipeline for one plan file: load (YAML, schema) → resolve style and
// language → consistency checks → derived figures. Nothing downstream re-validates.
import { ExitCode, UserError } from '../errors.js';
import { normaliseLang, resolveLang, type Lang } from '../i18n/lang.js';
import { q } from '../i18n/t.js';
import { say } from '../i18n/localized.js';
import { cliErrors } from '../cli-help.js';
import { monthlyStyleIds, styleFor } from '../styles/registry.js';
import type { StyleDecl } from '../styles/types.js';
import { checkPlan, periodOf } from './checks/index.js';
import { derivePlan, type DerivedPlan } from './derive.js';
import { hasErrors, type Diagnostic, type FileReport } from '../report/diagnostic.js';
import { loadPlanFile, loadPlanText, type LoadedPlan } from './load.js';
import type { Period } from './period.js';
import type { Plan } from './schema.js';
import { loadExternal, type External } from './external.js';

export interface ValidateOptions {
  /** --lang: language of the document and the messages. */
  lang?: string;
  /** --style: overrides the plan's style. */
  style?: string;
  /** --draft: missing style data becomes placeholders instead of errors. */
  draft?: boolean;
}

export interface ValidPlan {
  plan: Plan;
  style: StyleDecl;
  period: Period;
  lang: Lang;
  derived: DerivedPlan;
}

export interface Validation {
  loaded: LoadedPlan;
  lang: Lang;
  diagnostics: Diagnostic[];
  /** Problems in other files the plan refers to (a customer list), each with its own source. */
  external: FileReport[];
  /** Present when there are no errors. */
  valid?: ValidPlan;
}

/** Every file's report of a validation: the plan's, then those of the files it refers to. */
export function reportsOf(validation: Validation): FileReport[] {
  return [{ file: validation.loaded.file, source: validation.loaded.source, diagnostics: validation.diagnostics }, ...validation.external];
}

function checkOptions(options: ValidateOptions, lang: Lang): void {
  if (options.lang !== undefined && !normaliseLang(options.lang)) {
    throw new UserError(say(lang, cliErrors.unknownLang, { lang: q(lang, options.lang) }), ExitCode.usage);
  }
  if (options.style !== undefined && !monthlyStyleIds().includes(options.style)) {
    throw new UserError(say(lang, cliErrors.unknownStyle, { style: q(lang, options.style), choices: monthlyStyleIds().join(', ') }), ExitCode.usage);
  }
}

function validateLoaded(loaded: LoadedPlan, options: ValidateOptions = {}, external: External = { diagnostics: [], reports: [] }): Validation {
  const lang = loaded.lang;
  if (!loaded.plan) return { loaded, lang, diagnostics: loaded.diagnostics, external: [] };
  const plan: Plan = options.style && loaded.plan.kind === 'monthly' ? { ...loaded.plan, style: options.style as Plan['style'] } : loaded.plan;
  const docLang = resolveLang(options.lang, plan.lang);
  const style = styleFor(plan.kind, plan.style);
  const diagnostics = [...checkPlan({ loaded, plan, lang, style, draft: options.draft ?? false }), ...external.diagnostics];
  diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  const period = periodOf(plan);
  const base = { loaded, lang, diagnostics, external: external.reports };
  if (hasErrors(diagnostics) || hasErrors(external.reports.flatMap((r) => r.diagnostics)) || !style || !period) return base;
  const extra = external.rfm ? { rfm: external.rfm } : {};
  return { ...base, valid: { plan, style, period, lang: docLang, derived: derivePlan(plan, period, extra) } };
}

/** Validates a plan file, reading the files it refers to (a customer list). */
export async function validateFile(file: string, options: ValidateOptions = {}): Promise<Validation> {
  checkOptions(options, resolveLang(options.lang));
  const loaded = loadPlanFile(file, { lang: options.lang });
  return validateLoaded(loaded, options, await loadExternal(loaded));
}

export async function validateText(source: string, file: string, options: ValidateOptions = {}): Promise<Validation> {
  checkOptions(options, resolveLang(options.lang));
  const loaded = loadPlanText(source, file, { lang: options.lang });
  return validateLoaded(loaded, options, await loadExternal(loaded));
}
