// Charts in Markdown: an image link to the chart's file beside the document (SVG, or PNG with
// --charts image), or Mermaid text in a fenced block. Without a folder for the files (-o -), a
// chart drawn as a file is left out.
import type { Root } from 'mdast';
import type { Handle } from 'mdast-util-to-markdown';
import type { ChartNode } from './model.js';
import { chartMermaid } from './mermaid.js';

export interface MarkdownChartOptions {
  /** svg (default): image links to `folder/NN-id.svg`; image: to `folder/NN-id.png`; mermaid: the chart as Mermaid text. */
  mode?: 'svg' | 'image' | 'mermaid';
  /** The folder of the chart files, relative to the document: plan.charts. None: such charts left out. */
  folder?: string;
}

/** The chart folder beside a Markdown file: plan.md → plan.charts. */
export const chartFolderName = (markdownFile: string): string => `${markdownFile.replace(/^.*[\\/]/, '').replace(/\.(md|markdown)$/i, '')}.charts`;

/** The tree as Markdown shows it: without its charts when they have no folder to go in. */
export function withMarkdownCharts(tree: Root, options: MarkdownChartOptions = {}): Root {
  if (options.mode === 'mermaid' || options.folder) return tree;
  return { ...tree, children: tree.children.filter((n) => n.type !== 'chart') };
}

/** The to-markdown handler of chart nodes. */
export function chartHandler(options: MarkdownChartOptions = {}): Handle {
  return (node, parent, state, info) => {
    const chart = (node as ChartNode).chart;
    if (options.mode === 'mermaid') return state.handle({ type: 'code', lang: 'mermaid', value: chartMermaid(chart) }, parent, state, info);
    const url = `${encodeURI(options.folder ?? '')}/${chart.file}.${options.mode === 'image' ? 'png' : 'svg'}`;
    return state.handle({ type: 'paragraph', children: [{ type: 'image', url, alt: chart.caption }] }, parent, state, info);
  };
}
