// A chart as Mermaid text (`xychart-beta`), for Markdown viewers that draw Mermaid: GitHub,
// GitLab, Typora, VS Code, Obsidian. Mermaid's xychart has bars and lines only, no legend, no
// stacking and no horizontal bars beside lines: several bar series overlap, so stacked bars are
// drawn as running totals, tallest first, which reads as a stack; the series are named in the
// title, since there is no legend.
import { pick } from '../i18n/localized.js';
import type { ChartData } from './model.js';

const quote = (text: string) => `"${text.replace(/"/g, "'")}"`;
const numbers = (values: readonly (number | null)[]) => `[${values.map((v) => (v === null ? 0 : Number(v.toFixed(4)))).join(', ')}]`;

export function chartMermaid(chart: ChartData): string {
  const sep = pick(chart.lang, { 'zh-CN': '、', en: ', ' });
  const legend = chart.series.length > 1 ? pick(chart.lang, { 'zh-CN': `（${chart.series.map((s) => s.name).join(sep)}）`, en: ` (${chart.series.map((s) => s.name).join(sep)})` }) : '';
  const lines = [
    'xychart-beta',
    `  title ${quote(chart.caption + legend)}`,
    `  x-axis [${chart.categories.map(quote).join(', ')}]`,
    `  y-axis ${quote(chart.axis)}`,
  ];
  if (chart.kind === 'stacked-bar') {
    const running = chart.categories.map(() => 0);
    const totals = chart.series.map((s) => s.values.map((v, i) => (running[i]! += v ?? 0)));
    for (const values of totals.reverse()) lines.push(`  bar ${numbers(values)}`);
  } else {
    const draw = chart.kind === 'line' ? 'line' : 'bar';
    for (const s of chart.series) lines.push(`  ${draw} ${numbers(s.values)}`);
  }
  if (chart.reference) lines.push(`  line ${numbers(chart.categories.map(() => chart.reference!.value))}`);
  return lines.join('\n');
}
