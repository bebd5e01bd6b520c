// The shape of a style (or kind) declaration: its sections with stable ids, titles in both
// languages, the plan data each uses, the template that writes it, the tables it may show and
// the titles lint accepts for it. generate, lint, new and styles all read these declarations.
import type { Lang } from '../i18n/lang.js';
import type { MetricId } from '../plan/metrics.js';
import type { Kind } from '../plan/schema.js';

export type Localized = Record<Lang, string>;
export type LocalizedList = Record<Lang, readonly string[]>;

/** Tables built from the computed plan; templates place them with {{table "id"}}. */
export const TABLE_IDS = [
  'targets', 'products', 'customers', 'metrics', 'pace', 'channels', 'regions', 'team', 'tiers',
  'risks', 'budget', 'schedule', 'review',
  // annual plans
  'quarters', 'months', 'productMonths', 'teamQuarters',
  // incentive schemes
  'commission',
  // plan-versus-actual reviews
  'attainmentTotal', 'attainmentProducts', 'attainmentChannels', 'attainmentTeam', 'attainmentMetrics',
  // issue 11: a monthly plan's year to date, a quarter's months, the review of the finance targets
  'ytd', 'quarterMonths', 'attainmentTargets',
] as const;
export type TableId = (typeof TABLE_IDS)[number];

/** Lists a section needs: it may not be empty. */
export type ListKey = 'products' | 'channels' | 'regions' | 'team' | 'tiers' | 'risks' | 'schedule';

/** Plan data whose absence leaves a section out (a review with no channels has no channel section). */
export type PresenceKey = 'products' | 'channels' | 'team' | 'metrics';

/** Data a section cannot be written without: missing, it is an error (or a placeholder with --draft). */
export type Requirement =
  | { path: readonly string[] }
  | { list: ListKey }
  | { metric: MetricId };

export interface SectionDecl {
  /** Stable id, used in `sections:` overrides, template names and lint messages. */
  id: string;
  title: Localized;
  /** Other titles that mean this section, for lint (simplified Chinese; traditional is matched too). */
  synonyms: LocalizedList;
  /** What the section covers, in a line (for `salesplan styles` and the docs). */
  summary: Localized;
  /** Plan keys the section draws on. */
  uses: readonly string[];
  requires?: readonly Requirement[];
  /** Template name under templates/<lang>/, e.g. "target/targets". */
  template: string;
  tables?: readonly TableId[];
  /**
   * Tables placed right after one of the section's tables without its template naming them:
   * `{ targets: ['ytd'] }` shows the year to date under the targets table. Each shows only when
   * the plan has its data, so a plan without it reads as before.
   */
  follow?: Partial<Record<TableId, readonly TableId[]>>;
  /**
   * False for sections salesplan adds beyond the source outline (a schedule-and-review section
   * where a style has none): generated, but not required of a hand-written plan by lint.
   */
  required?: boolean;
  /** The section is left out when the plan has none of this data. */
  onlyWith?: PresenceKey;
}

export interface StyleDecl {
  /** `target`, `operations` … for monthly styles; `annual`, `quarterly` for the other kinds. */
  id: string;
  /** The kind of plan; `review` for the plan-versus-actual review document. */
  kind: Kind | 'review';
  name: Localized;
  description: Localized;
  /** Document title; {period} is replaced by the formatted period. */
  title: Localized;
  /** Templates of the opening and the closing paragraphs. */
  intro: string;
  closing: string;
  sections: readonly SectionDecl[];
}
