// The chart files of a Markdown document, in a folder beside it: plan.md → plan.charts/, SVG by
// default, PNG pictures with --charts image. The folder belongs to the document: charts of an
// earlier run that this one no longer draws (or drew in the other format) are removed, so the
// folder never shows a chart the document does not link to.
import { mkdirSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ExitCode, UserError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { describeFsError, writeFileAtomicLater } from '../io/files.js';
import { mark } from '../io/timing.js';
import { chartFolderName } from './markdown.js';
import type { ChartData } from './model.js';

const CHART_FILE = /^\d{2}-[A-Za-z]+\.(svg|png)$/;

/** The format of the chart files: SVG drawings, or PNG pictures of them. */
export type ChartFileFormat = 'svg' | 'png';

/**
 * Draws every chart and returns the step that writes them (and removes stale ones). The command
 * takes that step only once the document itself was written: a run that is refused its output
 * (it exists, another run won the race for it) touches no chart of the document it did not write.
 */
export async function drawChartFiles(markdownFile: string, charts: readonly ChartData[], lang: Lang, format: ChartFileFormat = 'svg'): Promise<() => Promise<string | undefined>> {
  const folder = join(dirname(markdownFile), chartFolderName(markdownFile));
  if (charts.length === 0) return async () => removeStale(folder, charts, format);
  // Every chart drawn before any file is written: a chart that fails (or a rasteriser that cannot
  // be loaded) leaves no folder half-done.
  const drawn: Array<[string, string | Uint8Array]> = [];
  if (format === 'png') {
    const { chartPng } = await import('./png.js');
    for (const chart of charts) drawn.push([join(folder, `${chart.file}.png`), (await chartPng(chart, lang)).data]);
  } else {
    const { chartSvg } = await import('./svg.js');
    for (const chart of charts) drawn.push([join(folder, `${chart.file}.svg`), await chartSvg(chart)]);
  }
  mark('charts: drawn');
  return async () => {
    removeStale(folder, charts, format);
    try {
      mkdirSync(folder, { recursive: true });
    } catch (error) {
      throw new UserError(describeFsError(error, folder, lang), ExitCode.usage);
    }
    // Flushed to disk side by side (Node's thread pool), not one after another.
    await Promise.all(drawn.map(([file, data]) => writeFileAtomicLater(file, data, lang, { force: true })));
    mark('charts: written');
    return folder;
  };
}

/** Removes the folder's charts this document no longer draws (and the folder, when it is left empty). */
function removeStale(folder: string, charts: readonly ChartData[], format: ChartFileFormat): undefined {
  let existing: string[] = [];
  try {
    existing = readdirSync(folder).filter((f) => CHART_FILE.test(f));
  } catch {
    // no folder yet
  }
  const keep = new Set(charts.map((c) => `${c.file}.${format}`));
  for (const file of existing) if (!keep.has(file)) rmSync(join(folder, file));
  if (charts.length === 0) {
    try {
      rmdirSync(folder);
    } catch {
      // not empty (the user's own files) or not there: left alone
    }
  }
  return undefined;
}
