// What every formatter is given besides the reports: the reader's language and the few settings
// only some formats use.
import type { ChalkInstance } from 'chalk';
import type { Lang } from '../../i18n/lang.js';
import type { FileReport, RuleInfo } from '../diagnostic.js';

export interface FormatContext {
  lang: Lang;
  /** Colours for stylish (stderr's chalk); the machine formats use none. */
  color: ChalkInstance;
  /** salesplan's version, for SARIF's tool. */
  version: string;
  /** Descriptions of the rules, for SARIF; a code not listed gets a bare descriptor. */
  rules?: readonly RuleInfo[];
  /** stylish: only errors. */
  quiet?: boolean;
  /** stylish: code frames under problems whose file text is known (default true). */
  frames?: boolean;
  /** stylish: `lines` puts file:line:column on each problem (plans, tables); `files` heads each
   * file once and lists its problems, by group, below it (lint, where files come in batches). */
  layout?: 'lines' | 'files';
}

export type Formatter = (reports: readonly FileReport[], context: FormatContext) => string;
