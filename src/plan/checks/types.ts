// What a consistency rule sees and how it reports.
import type { Lang } from '../../i18n/lang.js';
import type { StyleDecl } from '../../styles/types.js';
import type { Diagnostic, PathSegment, Severity } from '../../report/diagnostic.js';
import type { LoadedPlan } from '../load.js';
import type { Decimal } from '../../core/decimal.js';
import type { Period } from '../period.js';
import type { Plan } from '../schema.js';
import type { Localized, Params } from '../../i18n/localized.js';

export interface CheckContext {
  loaded: LoadedPlan;
  plan: Plan;
  lang: Lang;
  style: StyleDecl | undefined;
  period: Period | undefined;
  revenue: Decimal | undefined;
  draft: boolean;
  /** Formats an amount in the plan's unit, for messages, at the decimals a document shows. */
  money(value: Decimal): string;
  /**
   * An amount rounded to the decimals a document shows it with: sums are compared as shown, so a
   * message never says "860 is more than 860" over a difference no table can show.
   */
  shown(value: Decimal): Decimal;
  report(severity: Severity, code: string, path: PathSegment[], message: Localized, params?: Params, atKey?: boolean): void;
}

export type Check = (ctx: CheckContext) => void;
export type { Diagnostic };
