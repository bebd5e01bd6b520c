// What a lint rule is (markdownlint's shape: data plus one function) and what it sees.
import type { Lang } from '../i18n/lang.js';
import type { MessageId } from '../i18n/messages.js';
import type { Params } from '../i18n/t.js';
import type { Severity } from '../report/diagnostic.js';
import type { StyleDecl } from '../styles/types.js';
import type { Detection, ExtraSynonyms, SectionMatch } from './match.js';
import type { Outline, PlanOutline } from './outline.js';

export interface Fix {
  /** Insert `text` after this line (0 = at the top). */
  afterLine: number;
  text: string;
}

export interface Report {
  line: number;
  column?: number;
  endColumn?: number;
  message: MessageId;
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
  detection: Detection;
  assignment: Map<string, SectionMatch>;
  synonyms: ExtraSynonyms;
  placeholders: readonly RegExp[];
  report(report: Report): void;
}

export interface LintRule {
  id: string;
  severity: Severity;
  description: Record<Lang, string>;
  /** A longer explanation, for docs/rules.md. */
  docs: Record<Lang, string>;
  check(ctx: RuleContext): void;
}
