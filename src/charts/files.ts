// The chart files of a Markdown document, in a folder beside it: plan.md → plan.charts/, SVG by
// default, PNG pictures with --charts image. The folder belongs to the document: charts of an
// earlier run that this one no longer draws (or drew in the other format) are removed, so the
// folder never shows a chart the document does not link to.
import { mkdirSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
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
 * A document's chart files, drawn and not yet written: plain data, so a batch's worker thread can
 * draw them and the main thread write them.
 */
export interface ChartFiles {
  folder: string;
  /** Each chart file's path and contents. */
  files: Array<[string, string | Uint8Array]>;
}

/**
 * Draws every chart. The command writes them with writeChartFiles only once the document itself
 * was written: a run that is refused its output (it exists, another run won the race for it)
 * touches no chart of the document it did not write.
 */
export async function drawChartFiles(markdownFile: string, charts: readonly ChartData[], lang: Lang, format: ChartFileFormat = 'svg'): Promise<ChartFiles> {
  const folder = join(dirname(markdownFile), chartFolderName(markdownFile));
  // Every chart drawn before any file is written: a chart that fails (or a rasteriser that cannot
  // be loaded) leaves no folder half-done.
  const files: Array<[string, string | Uint8Array]> = [];
  if (format === 'png') {
    const { chartPng } = await import('./png.js');
    for (const chart of charts) files.push([join(folder, `${chart.file}.png`), (await chartPng(chart, lang)).data]);
  } else if (charts.length) {
    const { chartSvg } = await import('./svg.js');
    for (const chart of charts) files.push([join(folder, `${chart.file}.svg`), await chartSvg(chart)]);
  }
  mark('charts: drawn');
  return { folder, files };
}

/** Writes a document's chart files (and removes the folder's stale ones); the folder, if it has charts. */
export async function writeChartFiles({ folder, files }: ChartFiles, lang: Lang): Promise<string | undefined> {
  removeStale(folder, files.map(([file]) => basename(file)));
  if (files.length === 0) return undefined;
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new UserError(describeFsError(error, folder, lang), ExitCode.usage);
  }
  // Flushed to disk side by side (Node's thread pool), not one after another.
  await Promise.all(files.map(([file, data]) => writeFileAtomicLater(file, data, lang, { force: true })));
  mark('charts: written');
  return folder;
}

/** Removes the folder's charts this document no longer draws (and the folder, when it is left empty). */
function removeStale(folder: string, kept: readonly string[]): void {
  let existing: string[] = [];
  try {
    existing = readdirSync(folder).filter((f) => CHART_FILE.test(f));
  } catch {
    // no folder yet
  }
  const keep = new Set(kept);
  for (const file of existing) if (!keep.has(file)) rmSync(join(folder, file));
  if (kept.length === 0) {
    try {
      rmdirSync(folder);
    } catch {
      // not empty (the user's own files) or not there: left alone
    }
  }
}
