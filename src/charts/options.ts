// The chart flags of generate and review: --no-charts leaves every chart out; --charts picks how
// they are drawn (svg, image or mermaid in Markdown; Word's native charts, or pictures with image,
// in DOCX). And Markdown with its charts: SVG or PNG files written beside the document, or
// Mermaid text in it.
import type { ChartFiles } from './files.js';
import { ExitCode, UserError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { say } from '../i18n/localized.js';
import type { PlanDocument } from '../document/build.js';
import { chartsOf } from './build.js';
import { chartText } from './messages.js';
import { CHART_MODES, type ChartMode } from './model.js';

export interface ChartFlags {
  /** --charts <mode>, or false for --no-charts. */
  charts?: string | boolean;
}

/** Whether the document gets charts at all (the plan's `charts:` setting then picks which). */
export const chartsWanted = (flags: ChartFlags): boolean => flags.charts !== false;

/** The drawing mode asked for (svg when none is); an unknown value is refused with the choices. */
export function chartMode(flags: ChartFlags, lang: Lang): ChartMode {
  if (typeof flags.charts !== 'string') return 'svg';
  const mode = flags.charts.toLowerCase() as ChartMode;
  if (!CHART_MODES.includes(mode)) throw new UserError(say(lang, chartText.unknownMode, { mode: flags.charts, choices: CHART_MODES.join(', ') }), ExitCode.usage);
  return mode;
}

/**
 * The Markdown of a document with its charts: Mermaid text in it, or links to SVG files (PNG with
 * --charts image) written beside `target` (plan.md → plan.charts/). Without a target (-o -), such
 * charts are left out, and `notice` is told why.
 */
export async function markdownWithCharts(doc: PlanDocument, target: string | undefined, flags: ChartFlags, lang: Lang, notice?: (text: string) => void, defer?: (files: ChartFiles) => void): Promise<string> {
  const { renderMarkdown } = await import('../render/markdown.js');
  const mode = chartMode(flags, lang);
  if (mode === 'mermaid') return renderMarkdown(doc, { mode: 'mermaid' });
  const charts = chartsOf(doc.tree);
  const format = mode === 'image' ? 'png' : 'svg';
  if (!target) {
    if (charts.length && notice) notice(say(lang, chartText.stdoutNoCharts, { count: charts.length, ext: `.${format}` }));
    return renderMarkdown(doc);
  }
  const { chartFolderName } = await import('./markdown.js');
  // Also with no charts: the folder's charts of an earlier run go.
  const { drawChartFiles, writeChartFiles } = await import('./files.js');
  const files = await drawChartFiles(target, charts, lang, format);
  // The chart files are written after the document when the command says when (see files.ts).
  if (defer) defer(files);
  else await writeChartFiles(files, lang);
  return renderMarkdown(doc, { mode: mode === 'image' ? 'image' : 'svg', folder: chartFolderName(target) });
}
