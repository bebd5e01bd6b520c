// The whole validation pipeline for one plan file: load (YAML, schema) → resolve style and
// language → consistency checks → derived figures. Nothing downstream re-validates.
import { ExitCode, UserError } from '../errors.js';
import { normaliseLang, resolveLang, type Lang } from '../i18n/lang.js';
import { q, t } from '../i18n/t.js';
import { findStyle, monthlyStyleIds, styleFor } from '../styles/registry.js';
import type { StyleDecl } from '../styles/types.js';
import { checkPlan, periodOf } from './checks/index.js';
import { derivePlan, type DerivedPlan } from './derive.js';
import { hasErrors, type Diagnostic } from './diagnostics.js';
import { loadPlanFile, loadPlanText, type LoadedPlan } from './load.js';
import type { Period } from './period.js';
import type { Plan } from './schema.js';

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
  /** Present when there are no errors. */
  valid?: ValidPlan;
}

export function checkOptions(options: ValidateOptions, lang: Lang): void {
  if (options.lang !== undefined && !normaliseLang(options.lang)) {
    throw new UserError(t(lang, 'cli.unknownLang', { lang: q(lang, options.lang) }), ExitCode.usage);
  }
  if (options.style !== undefined && !findStyle(options.style)) {
    throw new UserError(t(lang, 'cli.unknownStyle', { style: q(lang, options.style), choices: monthlyStyleIds().join(', ') }), ExitCode.usage);
  }
}

export function validateLoaded(loaded: LoadedPlan, options: ValidateOptions = {}): Validation {
  const lang = loaded.lang;
  if (!loaded.plan) return { loaded, lang, diagnostics: loaded.diagnostics };
  const plan: Plan = options.style && loaded.plan.kind === 'monthly' ? { ...loaded.plan, style: options.style as Plan['style'] } : loaded.plan;
  const docLang = resolveLang(options.lang, plan.lang);
  const style = styleFor(plan.kind, plan.style);
  const diagnostics = checkPlan({ loaded, plan, lang, style, draft: options.draft ?? false });
  diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  const period = periodOf(plan);
  if (hasErrors(diagnostics) || !style || !period) return { loaded, lang, diagnostics };
  return { loaded, lang, diagnostics, valid: { plan, style, period, lang: docLang, derived: derivePlan(plan, period) } };
}

export function validateFile(file: string, options: ValidateOptions = {}): Validation {
  checkOptions(options, resolveLang(options.lang));
  return validateLoaded(loadPlanFile(file, { lang: options.lang }), options);
}

export function validateText(source: string, file: string, options: ValidateOptions = {}): Validation {
  checkOptions(options, resolveLang(options.lang));
  return validateLoaded(loadPlanText(source, file, { lang: options.lang }), options);
}
