// What a writer is given and what it must do: lay out one document in its format.
import type { ChartFiles } from '../charts/files.js';
import type { PlanDocument } from '../document/build.js';
import type { Lang } from '../i18n/lang.js';
import type { ReviewFigures } from '../plan/attainment.js';
import type { ValidPlan } from '../plan/validate.js';
import type { ChartFlags } from '../charts/options.js';
import type { DocxFlags } from './docx-flags.js';

export interface RenderInput {
  /** The document tree, which every writer can lay out. */
  doc: PlanDocument;
  /** The validated plan and its derived figures when the document came from a plan (generate,
   * review, a month of a year), for writers of figures rather than text; absent for convert. */
  plan?: ValidPlan;
  /** In a review: the period's actuals against the plan, for writers that lay out figures. */
  review?: ReviewFigures;
}

/** The command-line flags writers read; each writer reads only its own. */
export type WriterFlags = DocxFlags & ChartFlags;

export interface RenderContext {
  /** The language of messages (a bad --reference-docx is reported in it). */
  lang: Lang;
  flags: WriterFlags;
  /** Where the document will be written (absent for -o -): Markdown writes its chart files beside it. */
  target?: string;
  /** Tells the person at the terminal what a writer left out (charts with -o -). */
  notice?: (text: string) => void;
  /** Files that belong beside the document (Markdown's chart SVGs), drawn: written by the command
   * (writeChartFiles) only after the document itself was written, so a refused run leaves nothing. */
  beside?: ChartFiles[];
}

export interface WriterModule {
  render(input: RenderInput, context: RenderContext): Promise<string | Uint8Array>;
}
