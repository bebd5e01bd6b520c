// Charts in Word: native DrawingML charts (docx/charts' ChartRun) with their values cached and an
// embedded workbook, so Word's "Edit Data" opens them, sized to the text width, each followed by
// its caption (图 1 …) and kept on the page with it. With --charts image, a PNG picture of the
// chart instead (png.ts), for readers that show no native charts, at the text width with the same
// caption. The chart code is loaded only for a document that has charts.
import { AlignmentType, ImageRun, LineRuleType, Paragraph, TextRun, type FileChild, type ParagraphChild } from 'docx';
import type { ChartRunOptions, ChartSeries as WordSeries } from 'docx/charts';
import { pick } from '../i18n/localized.js';
import type { ChartData } from './model.js';
import { SVG_WIDTH } from './svg.js';

export interface DocxChartLook {
  /** Latin font of the chart's text; East-Asian text takes the theme's body font (docxChartTheme). */
  latinFont: string;
  bodyFont: string;
  /** Body size in points. */
  fontSize: number;
}

export interface DocxChartPlace {
  /** Text width in twips. */
  textWidth: number;
  /** Paragraph style of the caption and the chart's paragraph. */
  style: string;
}

const PALETTE = ['2F5597', 'ED7D31', '70AD47', 'FFC000', '5B9BD5', 'A5A5A5', '264478', '9E480E'];
const PX_PER_TWIP = 96 / 1440;

/** The Excel number format that writes the values as the chart's labels have them: 1,013.52, 76.6%. */
function labelFormat(chart: ChartData): string {
  const sample = chart.series.flatMap((s) => s.labels).find((l): l is string => l !== null) ?? '';
  const decimals = /\.(\d+)/.exec(sample.replace(/[（(].*$/, ''))?.[1]?.length ?? 0;
  const digits = decimals ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
  return chart.unit === '%' ? `${digits}"%"` : digits;
}

/** The size in pixels: the text width, and a height from the number of bars. */
function docxChartSize(chart: ChartData, textWidth: number): { width: number; height: number } {
  const width = Math.floor(textWidth * PX_PER_TWIP);
  const bars = chart.categories.length * (chart.kind === 'stacked-bar' ? 1 : chart.series.length);
  const height = chart.horizontal && !chart.reference ? Math.max(200, 70 + bars * 28) : Math.round(width * 0.55);
  return { width, height: Math.min(height, 620) };
}

/** The caption's size in points: the tables' text size. */
const captionSize = (look: DocxChartLook): number => Math.max(9, look.fontSize - 1.5);

/**
 * Spacing of the chart's paragraph and its caption, in points. The caption's line is exact, as the
 * body's lines are, so every reader gives it the same height; the chart's line is automatic (an
 * exact one would clip the chart) and as tall as the chart: LibreOffice adds nothing below it.
 */
const SPACING = { chartBefore: 6, captionBefore: 3, captionAfter: 10 };
const captionLine = (look: DocxChartLook): number => Math.round(captionSize(look) * 1.5 * 2) / 2;

/** How a chart and its caption sit on the page, in points: kept together, so one height. */
export interface DocxChartBox {
  before: number;
  /** The chart's line and the caption's, with the space between them. */
  height: number;
  after: number;
}

/** The room a chart and its caption take, for the contents' page numbers (render/docx/pagination.ts). */
export function docxChartBox(chart: ChartData, textWidth: number, look: DocxChartLook): DocxChartBox {
  const drawn = docxChartSize(chart, textWidth).height * 0.75;
  return {
    before: SPACING.chartBefore,
    height: drawn + SPACING.captionBefore + captionLine(look),
    after: SPACING.captionAfter,
  };
}
/** The ChartRun options of a chart: its data, labels as the document writes them, the look. */
function chartRunOptions(chart: ChartData, look: DocxChartLook, textWidth: number): ChartRunOptions {
  const font = { name: look.latinFont };
  const small = { ...font, size: Math.max(8, look.fontSize - 3) };
  // Axis steps are round: no decimals on the axis.
  const numberFormat = chart.unit === '%' ? '0"%"' : '#,##0';
  const labelled = chart.kind !== 'line' || chart.series.length === 1;
  // Labels are the values in the tables' format (their decimals), written once for the chart:
  // a label of its own at every point would double the chart's XML, and its build time.
  const series: WordSeries[] = chart.series.map((s, i) => ({ name: s.name, values: s.values, color: PALETTE[i % PALETTE.length]! }));
  const dataLabels = labelled
    ? { value: true, numberFormat: labelFormat(chart), font: small, ...(chart.kind === 'stacked-bar' ? { position: 'center' as const } : {}) }
    : undefined;
  const reference = chart.reference;
  if (reference) {
    series.push({
      name: reference.name, type: 'line', values: chart.categories.map(() => reference.value),
      line: { color: 'C00000', width: 1.5, dash: 'dash' }, markers: false, dataLabels: false,
    });
  }
  const common = {
    categories: chart.categories,
    series,
    font,
    transformation: docxChartSize(chart, textWidth),
    legend: chart.series.length > 1 || reference ? { position: 'bottom' as const, font: small } : (false as const),
    valueAxis: { title: { text: chart.axis, font: small }, numberFormat, font: small },
    ...(dataLabels ? { dataLabels } : {}),
    categoryAxis: { font: small },
    altText: { name: chart.caption, description: chart.caption },
  };
  switch (chart.kind) {
    case 'line':
      return { type: 'line', ...common, markers: true };
    case 'stacked-bar':
      return { type: 'column', ...common, stacking: 'stacked', gapWidth: 80 };
    case 'paired-bar':
      return { type: 'column', ...common, gapWidth: 80 };
    case 'bar':
      // Word draws a horizontal bar chart's first category at the bottom: reversed, the biggest
      // is on top as in the table. A reference line needs a column chart (bar charts take no line).
      if (chart.horizontal && !reference) {
        return { type: 'bar', ...common, gapWidth: 60, categoryAxis: { font: small, reverseOrder: true }, valueAxis: { ...common.valueAxis, crossesAt: 'maximum' } };
      }
      return { type: 'column', ...common, gapWidth: 80 };
  }
}

type ChartsModule = typeof import('docx/charts');

/** Draws charts as Word paragraphs once docx/charts is loaded: the chart, then its caption. */
export type DocxChartWriter = (chart: ChartData, look: DocxChartLook, place: DocxChartPlace) => FileChild[];

/** How a DOCX draws its charts: Word charts, or pictures of them (--charts image). */
export type DocxChartMode = 'native' | 'image';

/** The chart's paragraph and its caption's, kept together on the page. */
function chartParagraphs(drawn: ParagraphChild, chart: ChartData, look: DocxChartLook, place: DocxChartPlace): FileChild[] {
  return [
    new Paragraph({
      style: place.style,
      alignment: AlignmentType.CENTER,
      indent: { firstLine: 0, firstLineChars: 0 },
      // The chart keeps with its caption, and its line is as tall as the chart.
      keepNext: true,
      keepLines: true,
      // An exact line height (the body's) would clip the chart to one line: this one is automatic.
      spacing: { before: SPACING.chartBefore * 20, after: 0, line: 240, lineRule: LineRuleType.AUTO },
      children: [drawn],
    }),
    new Paragraph({
      style: place.style,
      alignment: AlignmentType.CENTER,
      indent: { firstLine: 0, firstLineChars: 0 },
      spacing: { before: SPACING.captionBefore * 20, after: SPACING.captionAfter * 20, line: captionLine(look) * 20, lineRule: LineRuleType.EXACT },
      children: [new TextRun({ text: chart.caption, bold: true, size: Math.round(captionSize(look) * 2) })],
    }),
  ];
}

/**
 * The chart writer of a document. Native: docx/charts loaded. Image: every chart drawn as a PNG
 * first (the writer itself is synchronous): the Markdown writer's SVG without its title (the
 * caption is below it, as under a native chart), in the document's fonts before the CJK list, so
 * the picture's labels are in the faces its text is. A rasteriser that cannot be loaded stops the
 * run here, before anything is written.
 */
export async function loadDocxCharts(charts: readonly ChartData[] = [], mode: DocxChartMode, look: DocxChartLook, textWidth: number): Promise<DocxChartWriter> {
  if (mode === 'image') {
    const { chartPng } = await import('./png.js');
    const pictures = new Map<ChartData, Awaited<ReturnType<typeof chartPng>>>();
    for (const chart of charts) {
      // The face a label's first characters are in: a Chinese document's body font, an English one's Latin.
      const fonts = [...new Set(pick(chart.lang, { 'zh-CN': [look.bodyFont, look.latinFont], en: [look.latinFont, look.bodyFont] }))];
      // Drawn in the native chart's proportions and placed in its box, so the page model
      // (docxChartBox) is as right for pictures as for Word charts.
      const box = docxChartSize(chart, textWidth);
      pictures.set(chart, await chartPng(chart, chart.lang, { fonts, title: false, height: Math.round((SVG_WIDTH * box.height) / box.width) }));
    }
    return (chart, chartLook, place) => {
      const picture = pictures.get(chart);
      if (!picture) return [];
      // The native chart's box at the text width (the picture has its proportions).
      const run = new ImageRun({ type: 'png', data: picture.data, transformation: docxChartSize(chart, place.textWidth), altText: { name: chart.caption, description: chart.caption, title: chart.caption } });
      return chartParagraphs(run, chart, chartLook, place);
    };
  }
  const { ChartRun }: ChartsModule = await import('docx/charts');
  return (chart, chartLook, place) => chartParagraphs(new ChartRun(chartRunOptions(chart, chartLook, place.textWidth)), chart, chartLook, place);
}

/** The document theme's body fonts, which a chart's text is in: its East-Asian font is the body's. */
export function docxChartTheme(look: DocxChartLook): { fonts: { body: { latin: string; eastAsia: string } } } {
  return { fonts: { body: { latin: look.latinFont, eastAsia: look.bodyFont } } };
}
