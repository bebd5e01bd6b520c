// The plan's settings with their defaults filled in, resolved once after validation so every
// figure and every sentence reads the same unit, precision and threshold (a document that says
// "below 80%" while review flags below 70% is the bug this prevents).
import { dec, type Decimal } from '../core/decimal.js';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/localized.js';
import type { Plan } from './schema.js';

/** Attainment (%) under which a rep or line is flagged for improvement, when the plan says none. */
const DEFAULT_IMPROVEMENT_THRESHOLD = 80;

export interface ResolvedSettings {
  /** Money unit: the plan's, or 万元 for Chinese plans and USD for English ones. */
  unit: string;
  /** Currency code when the plan gives one. */
  currency?: string;
  /** Decimal places of split amounts. */
  precision: number;
  /** Attainment (%) under which a figure is flagged: `incentives.improvement_threshold`, or 80. */
  improvementThreshold: Decimal;
}

export function resolveSettings(plan: Plan): ResolvedSettings {
  // The unit follows the plan's own language, so `--lang en` on a Chinese plan keeps 万元.
  const lang: Lang = plan.lang ?? 'zh-CN';
  const settings: ResolvedSettings = {
    unit: plan.unit ?? pick(lang, { 'zh-CN': '万元', en: 'USD' }),
    precision: plan.precision,
    improvementThreshold: dec(plan.incentives?.improvement_threshold ?? DEFAULT_IMPROVEMENT_THRESHOLD),
  };
  if (plan.currency) settings.currency = plan.currency;
  return settings;
}
