// What the wizard knows as it goes: the options it was started with, the answers so far, and the
// plan being built. Every step reads and extends one WizardState.
import type { Lang } from '../i18n/lang.js';
import { money as formatMoney } from '../i18n/format.js';
import { dec, type Decimal } from '../core/decimal.js';
import type { Kind, Plan } from '../plan/schema.js';
import type { Requirement, StyleDecl } from '../styles/types.js';
import type { Prompter } from './prompter.js';

export interface WizardOptions {
  lang: Lang;
  /** Answers given as flags (by question id). */
  answers: Record<string, unknown>;
  /** A previous plan to start from (--from): every answer pre-filled, the period moved on. */
  from?: Plan;
  /** Today, YYYY-MM-DD: the default period is next month. */
  today: string;
}

export type Row = Record<string, unknown>;

/** The plan as answered so far: blocks the steps fill in, put in the file's order at the end. */
export interface Draft extends Row {
  org: Row;
  targets: Row;
}

export interface WizardState {
  readonly p: Prompter;
  readonly lang: Lang;
  readonly answers: Readonly<Record<string, unknown>>;
  readonly from: Plan | undefined;
  readonly today: string;
  kind: Kind;
  style: StyleDecl;
  period: string;
  unit: string;
  precision: number;
  readonly plan: Draft;
}

export function newState(p: Prompter, options: WizardOptions): WizardState {
  return {
    p, lang: options.lang, answers: options.answers, from: options.from, today: options.today,
    kind: 'monthly', style: undefined as unknown as StyleDecl, period: '', unit: '万元', precision: 2,
    plan: { org: {}, targets: {} },
  };
}

/** The data the chosen style cannot be written without. */
export function requirements(s: WizardState): readonly Requirement[] {
  return s.style.sections.flatMap((section) => section.requires ?? []);
}

export function needsPath(s: WizardState, path: string): boolean {
  return requirements(s).some((r) => 'path' in r && r.path.join('.') === path);
}

export function needsList(s: WizardState, list: string): boolean {
  return requirements(s).some((r) => 'list' in r && r.list === list);
}

/**
 * The plan's settings that decide how its amounts are rounded, as the wizard writes them into the
 * plan file: `precision` only when it is not the wizard's default 2, which the file leaves out so
 * that the document rounds by the size of each figure (see settings.ts). The running notes round
 * with these, as the document will.
 */
export function planSettings(s: WizardState): { unit: string; lang: Lang; precision?: number } {
  return { unit: s.unit, lang: s.lang, ...(s.precision !== 2 ? { precision: s.precision } : {}) };
}

/** The revenue target answered, or 0 before it is. */
export function revenueOf(s: WizardState): Decimal {
  const revenue = s.plan.targets.revenue;
  return dec(typeof revenue === 'number' ? revenue : 0);
}

/** An amount in the plan's unit, as the wizard's running notes show it. */
export function moneyText(s: WizardState, value: Decimal): string {
  return formatMoney(s.lang, value, { unit: s.unit, precision: 4 });
}

/** A copy of each item of one of the previous plan's lists. */
export function previousList(list: readonly object[] | undefined): Row[] | undefined {
  return list?.map((item) => ({ ...item }) as Row);
}
