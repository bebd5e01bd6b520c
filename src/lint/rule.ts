// What a lint rule is (markdownlint's shape: data plus one function) and what it sees.
import type { Lang } from '../i18n/lang.js';
import type { Localized, Messages, Params } from '../i18n/localized.js';
import type { Severity } from '../report/diagnostic.js';
import type { StyleDecl } from '../styles/types.js';
import type { Detection, ExtraSynonyms, SectionMatch } from './match.js';
import type { Outline, PlanOutline } from './outline.js';
import type { Period } from './period.js';

export interface Fix {
  /** Insert `text` after this line (0 = at the top). */
  afterLine: number;
  text: string;
}

export interface Report {
  line: number;
  column?: number;
  endColumn?: number;
  /** One of the rule's own messages (its `messages`), said in the reader's language. */
  message: Localized;
  params?: Params;
  fix?: Fix;
}

export interface RuleContext {
  outline: Outline;
  plan: PlanOutline;
  /** The language messages are written in. */
  lang: Lang;
  /** The language the document is written in (for --fix skeletons and matching). */
  docLang: Lang;
  style: StyleDecl;
  /** The plan follows `style` (given, or detected with confidence): its outline is required. */
  confident: boolean;
  /** The period the plan covers, from its title and opening lines. */
  period?: Period;
  detection: Detection;
  assignment: Map<string, SectionMatch>;
  synonyms: ExtraSynonyms;
  placeholders: readonly RegExp[];
  report(report: Report): void;
}

export interface LintRule {
  id: string;
  severity: Severity;
  description: Localized;
  /** A longer explanation, for docs/rules.md. */
  docs: Localized;
  /** Everything the rule says, in both languages (ESLint's `meta.messages`). */
  messages: Messages;
  check(ctx: RuleContext): void;
}
