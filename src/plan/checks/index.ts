// Runs every consistency rule over a plan that passed the schema, in a fixed order.
import { money as formatMoney } from '../../i18n/format.js';
import { say } from '../../i18n/localized.js';
import type { StyleDecl } from '../../styles/types.js';
import type { Diagnostic } from '../../report/diagnostic.js';
import type { LoadedPlan } from '../load.js';
import { dec } from '../../core/decimal.js';
import { parsePeriod, type Period } from '../period.js';
import type { Plan } from '../schema.js';
import { resolveSettings } from '../settings.js';
import type { Lang } from '../../i18n/lang.js';
import { checkBudget, checkChannels, checkProducts, checkRegions, checkTeam, checkTiers } from './amounts.js';
import { checkCustomers, checkMetrics, checkReview, checkRisks, checkSectionOverrides } from './content.js';
import { checkAnnual, checkIncentives, checkTeamWeights } from './kinds.js';
import { checkCalendar, checkCalendarData, checkPeriod, checkStyle } from './period-and-style.js';
import { checkStyleData } from './requirements.js';
import { checkDates, checkExactNumbers, checkLastAmounts, checkRates } from './consistency.js';
import { checkFinance } from './finance.js';
import type { Check, CheckContext } from './types.js';

const CHECKS: readonly Check[] = [
  checkPeriod, checkStyle, checkStyleData, checkProducts, checkTeam, checkChannels, checkRegions,
  checkBudget, checkTiers, checkRisks, checkMetrics, checkCustomers, checkSectionOverrides, checkReview,
  checkAnnual, checkTeamWeights, checkIncentives, checkCalendar,
  checkLastAmounts, checkRates, checkDates, checkExactNumbers, checkFinance,
];

export interface CheckInput {
  loaded: LoadedPlan;
  plan: Plan;
  lang: Lang;
  style: StyleDecl | undefined;
  draft: boolean;
}

export function periodOf(plan: Plan): Period | undefined {
  const parsed = parsePeriod(plan.period);
  return typeof parsed === 'object' && parsed.kind === plan.kind ? parsed : undefined;
}

export function checkPlan(input: CheckInput): Diagnostic[] {
  return runChecks(input, CHECKS);
}

/**
 * What `salesplan validate` says beyond the rules every command applies: a period whose working
 * days are estimated (its year's holiday arrangement is not published). Only validate says it, as
 * a warning; the document says it in its own note, so generating, the wizard and review stay quiet.
 */
export function validateOnlyWarnings(validation: { loaded: LoadedPlan; lang: Lang; valid?: { plan: Plan; style: StyleDecl } }): Diagnostic[] {
  const valid = validation.valid;
  if (!valid) return [];
  return runChecks({ loaded: validation.loaded, plan: valid.plan, lang: validation.lang, style: valid.style, draft: false }, [checkCalendarData]);
}

function runChecks(input: CheckInput, checks: readonly Check[]): Diagnostic[] {
  const { loaded, plan, lang } = input;
  const diagnostics: Diagnostic[] = [];
  const { unit, precision } = resolveSettings(plan);
  const ctx: CheckContext = {
    ...input,
    period: periodOf(plan),
    revenue: plan.targets.revenue === undefined ? undefined : dec(plan.targets.revenue),
    money: (value) => formatMoney(lang, value, { unit, precision }),
    shown: (value) => value.toDecimalPlaces(precision),
    report(severity, code, path, message, params = {}, atKey = false) {
      diagnostics.push({ severity, code, message: say(lang, message, params), file: loaded.file, path, ...loaded.at(path, atKey) });
    },
  };
  for (const check of checks) check(ctx);
  return diagnostics;
}
