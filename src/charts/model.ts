// A chart as plain data: what both writers draw from, so the SVG, the Mermaid text and the Word
// chart show the same numbers. Values are plain numbers for drawing and, beside each, the string
// the document prints for it (the table's own formatting), so labels never disagree with tables.
import type { Node } from 'mdast';
import type { Lang } from '../i18n/lang.js';
import type { TableId } from '../styles/types.js';

/**
 * bar: one series across categories (horizontal bars, biggest first when sorted); line: series
 * over ordered categories (months, weeks); stacked-bar: series stacked in each category;
 * paired-bar: series side by side in each category.
 */
export type ChartKind = 'bar' | 'line' | 'stacked-bar' | 'paired-bar';

export { CHART_IDS, type ChartId } from './ids.js';
import type { ChartId } from './ids.js';

export interface ChartSeries {
  name: string;
  /** One value per category; null where the plan gives none. */
  values: (number | null)[];
  /** The value as the document writes it (120.5, 30.0%); null with a null value. */
  labels: (string | null)[];
}

/** A line drawn across the plot at one value, such as the 80% improvement threshold. */
export interface ChartReference {
  name: string;
  value: number;
  label: string;
}

export interface ChartData {
  id: ChartId;
  kind: ChartKind;
  /** Bars along the value axis from the left, categories down the side (long names read there). */
  horizontal?: boolean;
  lang: Lang;
  /** The chart's title, without its number: 各产品线目标 / Target by product line. */
  title: string;
  categories: string[];
  series: ChartSeries[];
  /** The values' unit: 万元, %, USD. */
  unit: string;
  /** The value axis' title, with its unit: 目标（万元）. */
  axis: string;
  reference?: ChartReference;
  /** The table the chart summarises (it comes right after it). */
  source: TableId;
  /** 1, 2, … in document order. */
  number: number;
  /** 图 1 各产品线目标 / Figure 1 Target by product line. */
  caption: string;
  /** File name without extension, beside the document: 01-products. */
  file: string;
}

/** The chart node of the document tree (a node of its own, not an mdast one). */
export interface ChartNode extends Node {
  type: 'chart';
  chart: ChartData;
}

declare module 'mdast' {
  interface RootContentMap {
    chart: ChartNode;
  }
}

/** How a writer draws the charts: SVG files or Mermaid text (Markdown), native Word charts (DOCX). */
export const CHART_MODES = ['svg', 'mermaid', 'native', 'image'] as const;
export type ChartMode = (typeof CHART_MODES)[number];
