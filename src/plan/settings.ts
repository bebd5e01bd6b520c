// The plan's settings with their defaults filled in, resolved once after validation so every
// figure and every sentence reads the same unit, precision and threshold (a document that says
// "below 80%" while review flags below 70% is the bug this prevents).
import { dec, type Decimal } from '../core/decimal.js';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/localized.js';
import type { Plan } from './schema.js';

/** Attainment (%) under which a rep or line is flagged for improvement, when the plan says none. */
const DEFAULT_IMPROVEMENT_THRESHOLD = 80;

/** Decimals of money when the plan sets no precision and its unit is not a 万/亿 unit (元, USD, GBP). */
const SMALL_UNIT_PLACES = 2;

/** Units counted in ten-thousands or more (万元, 亿元, 万美元): their amounts are read in whole units. */
const LARGE_UNIT = /[万亿]/u;

export interface ResolvedSettings {
  /** Money unit: the plan's, or 万元 for Chinese plans and USD for English ones. */
  unit: string;
  /** Currency code when the plan gives one. */
  currency?: string;
  /**
   * The most decimals a money figure shows: the plan's `precision`, or 2. Without a precision the
   * computed figures are already rounded to fit their size (moneyPlaces), so a figure shows fewer.
   */
  precision: number;
  /** True when the plan sets no precision and the automatic rule of moneyPlaces applies. */
  autoPrecision: boolean;
  /** Attainment (%) under which a figure is flagged: `incentives.improvement_threshold`, or 80. */
  improvementThreshold: Decimal;
}

export function unitOf(plan: Pick<Plan, 'unit' | 'lang'>): string {
  // The unit follows the plan's own language, so `--lang en` on a Chinese plan keeps 万元.
  const lang: Lang = plan.lang ?? 'zh-CN';
  return plan.unit ?? pick(lang, { 'zh-CN': '万元', en: 'USD' });
}

/**
 * Decimal places a computed amount of this size is split or rounded to. The plan's `precision`
 * when it sets one; otherwise, for a 万/亿 unit, whole units from 100 up (860万元, a 1,749万元
 * quarter) and one decimal below (a 4.3万元 budget line), and 2 decimals for any other unit (元,
 * USD, GBP). Splits use the size of their parts (splitPlaces), so the parts add up to the whole as shown.
 */
export function moneyPlaces(plan: Pick<Plan, 'unit' | 'lang' | 'precision'>, magnitude: Decimal | undefined): number {
  if (plan.precision !== undefined) return plan.precision;
  if (!LARGE_UNIT.test(unitOf(plan))) return SMALL_UNIT_PLACES;
  return magnitude && magnitude.abs().greaterThanOrEqualTo(100) ? 0 : 1;
}

/**
 * The places a whole is split into `parts` at: those that fit the size of an average part, so
 * 860万元 over five weeks is in whole 万元 (about 172 each) and 162万元 over four reps keeps its
 * 40.5 each. The parts add up to the whole exactly, at these places.
 */
export function splitPlaces(plan: Pick<Plan, 'unit' | 'lang' | 'precision'>, whole: Decimal | undefined, parts: number): number {
  return moneyPlaces(plan, whole && parts > 0 ? whole.div(parts) : whole);
}

/**
 * Decimal places of a commission: the plan's `precision`, or 2 (pay is counted finer than a
 * plan's targets: 李婷's 17.61万元 at 125%, not 17.6).
 */
export function commissionPlaces(plan: Pick<Plan, 'precision'>): number {
  return plan.precision ?? SMALL_UNIT_PLACES;
}

/** The most decimals a money figure of the plan shows (see ResolvedSettings.precision). */
export function displayPrecision(plan: Pick<Plan, 'precision'>): number {
  return plan.precision ?? SMALL_UNIT_PLACES;
}

export function resolveSettings(plan: Plan): ResolvedSettings {
  const settings: ResolvedSettings = {
    unit: unitOf(plan),
    precision: displayPrecision(plan),
    autoPrecision: plan.precision === undefined,
    improvementThreshold: dec(plan.incentives?.improvement_threshold ?? DEFAULT_IMPROVEMENT_THRESHOLD),
  };
  if (plan.currency) settings.currency = plan.currency;
  return settings;
}
