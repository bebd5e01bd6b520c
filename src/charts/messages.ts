// The words of the charts: titles, captions, series and legend names, and the notes the
// commands print about charts.
import type { Messages } from '../i18n/localized.js';

export const chartText = {
  caption: { 'zh-CN': '图 {number} {title}', en: 'Figure {number} {title}' },
  withUnit: { 'zh-CN': '{header}（{unit}）', en: '{header} ({unit})' },
  valueWithShare: { 'zh-CN': '{value}（{share}）', en: '{value} ({share})' },
  /** A bar chart of the largest entries only, when a table has more than a chart can show. */
  largest: { 'zh-CN': '{title}（最大的 {shown} 项，共 {total} 项）', en: '{title} (the {shown} largest of {total})' },
  threshold: { 'zh-CN': '改进线 {value}', en: 'Improvement threshold {value}' },
  weekWithDays: { 'zh-CN': '第{week}周（{days}个工作日）', en: 'Week {week} ({days} workdays)' },
  yearTarget: { 'zh-CN': '{year}年目标', en: '{year} target' },
  yearActual: { 'zh-CN': '{year}年实际', en: '{year} actual' },
  atScenario: { 'zh-CN': '达成{scenario}', en: 'At {scenario}' },
  products: { 'zh-CN': '各产品线目标', en: 'Target by product line' },
  channels: { 'zh-CN': '各渠道目标', en: 'Target by channel' },
  team: { 'zh-CN': '各成员目标', en: 'Target by rep' },
  weekly: { 'zh-CN': '本月逐周累计目标', en: 'Cumulative target by week' },
  months: { 'zh-CN': '各月目标', en: 'Target by month' },
  monthsVsHistory: { 'zh-CN': '各月目标与往年实际', en: "Target by month against past years' actuals" },
  quarters: { 'zh-CN': '各季度目标', en: 'Target by quarter' },
  productQuarters: { 'zh-CN': '各季度目标（按产品线）', en: 'Target by quarter and product line' },
  tiers: { 'zh-CN': '客户层级：客户占比与销售额占比', en: 'Customer tiers: share of customers and of revenue' },
  commission: { 'zh-CN': '各成员在不同达成情景下的提成', en: 'Commission by rep at each scenario' },
  attainmentProducts: { 'zh-CN': '各产品线目标达成率', en: 'Attainment by product line' },
  attainmentChannels: { 'zh-CN': '各渠道目标达成率', en: 'Attainment by channel' },
  attainmentTeam: { 'zh-CN': '各成员目标达成率', en: 'Attainment by rep' },
  stdoutNoCharts: {
    'zh-CN': '提示：输出到标准输出（-o -）时没有存放图表文件（{ext}）的目录，已省略 {count} 张图表；如需图表，请用 -o 指定文件，或用 --charts mermaid。',
    en: 'Note: writing to standard output (-o -) leaves no folder for the chart files ({ext}), so {count} chart(s) were left out; give a file with -o, or use --charts mermaid.',
  },
  rasteriserMissing: {
    'zh-CN': '--charts image 需要把图表画成 PNG 图片的 {package}（可选依赖，含本机程序），但在本平台（{platform}）无法加载：{reason}。解决办法：DOCX 去掉 --charts image，使用默认的 Word 原生图表；Markdown 用 --charts svg（默认）或 --charts mermaid；确需图片时，在 salesplan 所在目录运行 npm install {package}（不要加 --omit=optional / --no-optional）。未写入任何文件。',
    en: '--charts image needs {package} (an optional dependency with a native binary) to draw charts as PNG pictures, and it cannot be loaded on this platform ({platform}): {reason}. To fix: for DOCX, leave out --charts image to get native Word charts (the default); for Markdown, use --charts svg (the default) or --charts mermaid; if you need pictures, run npm install {package} where salesplan is installed (without --omit=optional / --no-optional). Nothing was written.',
  },
  unknownMode: {
    'zh-CN': '未知的 --charts 取值 {mode}；可选：{choices}。',
    en: 'Unknown --charts value {mode}; choices: {choices}.',
  },
} satisfies Messages;
