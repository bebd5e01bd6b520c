// A chart drawn as SVG by Apache ECharts' server-side renderer: no browser, no canvas, and every
// label written as SVG text in a font list that has CJK faces on each system, so Chinese names
// render in the file itself. ECharts is loaded on the first chart drawn, never by a run without.
import type { ChartData } from './model.js';

/** CJK faces of Linux, macOS and Windows, then the viewer's sans-serif. */
const SVG_FONTS = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'Helvetica Neue', Arial, sans-serif";

const PALETTE = ['#2F5597', '#ED7D31', '#70AD47', '#FFC000', '#5B9BD5', '#A5A5A5', '#264478', '#9E480E'];
/** The drawing's width in pixels. */
export const SVG_WIDTH = 720;
const WIDTH = SVG_WIDTH;

type EChartsModule = typeof import('echarts');
let loaded: EChartsModule | undefined;

async function echarts(): Promise<EChartsModule> {
  loaded ??= await import('echarts');
  return loaded;
}

/** Room for the category names down the side of horizontal bars (CJK characters count double). */
function nameWidth(names: readonly string[]): number {
  const width = names.reduce((most, n) => Math.max(most, [...n].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 13 : 7), 0)), 0);
  return Math.min(260, Math.max(60, width + 12));
}

/** The room the title takes at the top: a picture with its caption below it (DOCX) has none. */
const TITLE_ROOM = 30;

function chartHeight(chart: ChartData, titled: boolean): number {
  const untitled = titled ? 0 : TITLE_ROOM;
  if (chart.horizontal) return Math.max(220, 90 + chart.categories.length * chart.series.length * 34) - untitled;
  return 380 - untitled;
}

/** The ECharts option for a chart: the same data, labels as the document writes them. */
function echartsOption(chart: ChartData, fonts: string, titled: boolean): Record<string, unknown> {
  const below = titled ? 0 : TITLE_ROOM;
  const horizontal = !!chart.horizontal;
  const many = chart.series.length > 1 || !!chart.reference;
  const categoryAxis = {
    type: 'category',
    data: chart.categories,
    inverse: horizontal,
    axisLabel: { interval: 0, ...(horizontal ? {} : { rotate: chart.categories.length > 6 && chart.kind !== 'line' ? 30 : 0 }), hideOverlap: false },
    axisTick: { alignWithLabel: true },
  };
  const valueAxis = { type: 'value', name: chart.axis, nameLocation: 'middle', nameGap: horizontal ? 28 : 56, splitLine: { lineStyle: { color: '#E0E0E0' } } };
  const series = chart.series.map((s) => {
    const labelOf = (p: { dataIndex: number }) => s.labels[p.dataIndex] ?? '';
    if (chart.kind === 'line') {
      return { type: 'line', name: s.name, data: s.values, symbolSize: 6, label: { show: chart.series.length === 1, position: 'top', formatter: labelOf, fontSize: 11 } };
    }
    return {
      type: 'bar', name: s.name, data: s.values,
      ...(chart.kind === 'stacked-bar' ? { stack: 'total' } : {}),
      barMaxWidth: 36,
      label: {
        show: chart.kind !== 'stacked-bar' || chart.series.length <= 6,
        position: chart.kind === 'stacked-bar' ? 'inside' : horizontal ? 'right' : 'top',
        formatter: labelOf, fontSize: 11,
        ...(chart.kind === 'stacked-bar' ? { color: '#FFFFFF', textBorderWidth: 0 } : {}),
      },
    };
  });
  const reference = chart.reference;
  if (reference && series[0]) {
    Object.assign(series[0], {
      markLine: {
        symbol: 'none', silent: true, lineStyle: { color: '#C00000', type: 'dashed', width: 1.5 },
        label: { formatter: reference.name, color: '#C00000', position: horizontal ? 'start' : 'insideEndTop', rotate: 0 },
        data: [horizontal ? { xAxis: reference.value } : { yAxis: reference.value }],
      },
    });
  }
  return {
    animation: false,
    color: PALETTE,
    backgroundColor: '#FFFFFF',
    textStyle: { fontFamily: fonts, color: '#333333' },
    title: titled ? { text: chart.caption, left: 'center', top: 8, textStyle: { fontFamily: fonts, fontSize: 15, fontWeight: 'bold' } } : { show: false },
    legend: many && chart.series.length > 1 ? { top: 34 - below, textStyle: { fontFamily: fonts } } : { show: false },
    grid: {
      left: horizontal ? nameWidth(chart.categories) : 80, right: horizontal ? 110 : 30,
      top: (chart.series.length > 1 ? 70 : chart.reference ? 64 : 48) - below, bottom: horizontal ? 48 : chart.categories.length > 6 && chart.kind !== 'line' ? 90 : 70,
    },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series,
  };
}

const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The id of the metadata element that carries a chart's data, which `convert` reads back. */
const CHART_METADATA_ID = 'salesplan-chart';

export interface SvgOptions {
  /** Font families tried before the CJK list: a DOCX's picture charts name the document's fonts. */
  fonts?: readonly string[];
  /** false: no title at the top (a DOCX picture has its caption below it, as a native chart has). */
  title?: boolean;
  /** The drawing's height for its 720-pixel width: a DOCX picture takes the native chart's proportions, so the page model's box is the picture's. */
  height?: number;
}

/** A CSS font list: each family quoted (a name may have spaces or be 宋体). */
const fontList = (families: readonly string[]): string => [...families.map((f) => `'${f.replace(/['\\]/g, '')}'`), SVG_FONTS].join(', ');

/**
 * ECharts names the drawing's classes and clip paths with counters that run on for the whole
 * process (zr4-cls-10 in the fifth chart of a run): renumbered here from 0 in order of first use,
 * so a chart's file is the same whether it is a run's first or a batch's hundredth. The names
 * only need to be unique within one SVG file.
 */
function stableIds(svg: string): string {
  const names = new Map<string, string>();
  const counts = new Map<string, number>();
  return svg.replace(/\bzr\d+-([a-z]+-?)(\d+)\b/g, (name: string, kind: string) => {
    let stable = names.get(name);
    if (!stable) {
      const n = counts.get(kind) ?? 0;
      counts.set(kind, n + 1);
      stable = `zr0-${kind}${n}`;
      names.set(name, stable);
    }
    return stable;
  });
}

/**
 * The chart as an SVG document: its caption as the SVG's title (what screen readers say), and its
 * data as metadata, so `convert` turns the picture back into a native Word chart.
 */
export async function chartSvg(chart: ChartData, options: SvgOptions = {}): Promise<string> {
  const lib = await echarts();
  const titled = options.title !== false;
  const instance = lib.init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height: options.height ?? chartHeight(chart, titled) });
  try {
    instance.setOption(echartsOption(chart, options.fonts?.length ? fontList(options.fonts) : SVG_FONTS, titled));
    const head = `<title>${xmlText(chart.caption)}</title><metadata id="${CHART_METADATA_ID}">${xmlText(JSON.stringify(chart))}</metadata>`;
    return `${stableIds(instance.renderToSVGString()).replace(/^(<svg[^>]*>)/, `$1\n${head}`)}\n`;
  } finally {
    // An instance left alive keeps a timer, and the process would never exit.
    instance.dispose();
  }
}
