// DOCX layout facts, for every table of every example in both languages: column widths from the
// measured text (no column narrower than a word or a number in it, no header broken inside its
// brackets), and the page model the contents' page numbers come from. Whether LibreOffice agrees
// is scripts/check-docx-layout.sh, which needs LibreOffice and so runs outside CI.
import type { Heading, Paragraph, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../src/document/build.js';
import { validateFile } from '../src/plan/validate.js';
import { resolveLook } from '../src/render/docx/look.js';
import { lineCount, PAGE_HEIGHT, TEXT_WIDTH, estimateHeadingPages } from '../src/render/docx/pagination.js';
import { metrics } from '../src/render/docx/look.js';
import { docxChartBox } from '../src/charts/docx.js';
import type { ChartData } from '../src/charts/model.js';
import { CELL_MARGIN, tableLayout } from '../src/render/docx/table-layout.js';
import { measureWidth } from '../src/render/docx/measure.js';
import { tocLayout } from '../src/render/docx/contents.js';
import { EXAMPLE_FILES, examplePath } from './examples.js';

const TOKENS = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]{1,4}|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+/gu;

describe('DOCX tables: columns sized by content', () => {
  for (const file of EXAMPLE_FILES) {
    for (const lang of ['zh-CN', 'en'] as const) {
      it(`${file} (${lang})`, async () => {
        const doc = buildDocument((await validateFile(examplePath(file), { lang })).valid!, { today: '2026-11-23' });
        const look = resolveLook(doc.meta.lang, doc.meta.docx);
        const tables = doc.tree.children.filter((n): n is Table => n.type === 'table');
        expect(tables.length).toBeGreaterThan(4);
        for (const table of tables) {
          const text = table.children.map((row) => row.children.map((cell) => toString(cell)));
          const layout = tableLayout(text, look, Math.round(TEXT_WIDTH * 20));
          expect(layout.widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(Math.round(TEXT_WIDTH * 20));
          const room = layout.widths.map((w) => (w - CELL_MARGIN * 2) / 20);
          // No single word, number or short Chinese run wraps inside its column.
          for (const row of text.slice(1)) {
            row.forEach((cell, c) => {
              for (const token of cell.match(TOKENS) ?? []) expect(lineCount(token, room[c]!, layout.font(false)), `${token} in column ${c}`).toBe(1);
            });
          }
          // A header wraps between words only; a unit in brackets fits whole, on a line of its own if need be.
          layout.header.forEach((lines, c) => {
            for (const line of lines) {
              for (const token of line.match(TOKENS) ?? []) expect(lineCount(token, room[c]!, layout.font(true)), `header ${line}`).toBe(1);
              const unit = /[（(][^（）()]*[）)]/u.exec(line)?.[0];
              if (unit) expect(lineCount(unit, room[c]!, layout.font(true)), `header ${line}`).toBe(1);
            }
            if (lines.length > 1) expect(lines[1]).toMatch(/^[（(].*[）)]$/);
          });
        }
      });
    }
  }

  it('puts a unit on a second header line only when the column is too narrow for the whole header', () => {
    const look = resolveLook('zh-CN');
    const narrow = tableLayout([['周次', '日期', '本周目标（万元）', '累计目标（万元）', '进度', '重点事项说明'], ['第1周', '12月1日—7日', '180', '180', '20.9%', '以'.repeat(80)]], look, Math.round(TEXT_WIDTH * 20));
    expect(narrow.header[3]).toEqual(['累计目标', '（万元）']);
    const wide = tableLayout([['指标', '累计目标（万元）'], ['销售额', '860']], look, Math.round(TEXT_WIDTH * 20));
    expect(wide.header[1]).toEqual(['累计目标（万元）']);
  });

  it('gives long text the room short columns leave', () => {
    const look = resolveLook('en');
    const response = 'Offer two-year contracts with onboarding included rather than cutting the first-year price; give reps real cases';
    const layout = tableLayout([['Risk', 'Response', 'Owner', 'Likelihood'], ['Competitor discount', response, 'Callum Reid', 'High'], ['Slow payment', response, 'Owen Clarke', 'Low']], look, Math.round(TEXT_WIDTH * 20));
    const [, resp, owner, likelihood] = layout.widths;
    expect(resp!).toBeGreaterThan(owner! * 2);
    expect(lineCount('Callum Reid', (owner! - CELL_MARGIN * 2) / 20, layout.font(false))).toBe(1);
    expect(lineCount('Likelihood', (likelihood! - CELL_MARGIN * 2) / 20, layout.font(true))).toBe(1);
  });
});

describe('DOCX pages', () => {
  it('numbers the body from page 1 and ends it where the estimate says', async () => {
    const doc = buildDocument((await validateFile(examplePath('target-zh.yaml'))).valid!, { today: '2026-11-23' });
    const look = resolveLook(doc.meta.lang, doc.meta.docx);
    const estimate = estimateHeadingPages(doc.tree.children.slice(2), look, 1, 2);
    expect(Math.min(...estimate.headings.values())).toBe(1);
    expect(estimate.last).toBeGreaterThanOrEqual(Math.max(...estimate.headings.values()));
  });

  it('tightens the contents rather than spill a few entries onto a page of their own', () => {
    const look = resolveLook('zh-CN');
    const fits = (n: number) => tocLayout(Array.from({ length: n }, (_, i) => (i % 5 ? 2 : 1)), look);
    const usual = fits(10);
    expect(usual.pages).toBe(1);
    // Just over a page at the usual height: one page, slightly tighter.
    let n = 10;
    while (tocLayout(Array.from({ length: n + 1 }, (_, i) => (i % 5 ? 2 : 1)), { ...look }).line === usual.line && fits(n + 1).pages === 1) n++;
    const over = fits(n + 1);
    expect(over.pages).toBe(1);
    expect(over.line).toBeLessThan(usual.line);
  });

  it('fits the December plan\'s contents (ten parts, twenty-seven sections) on one page at no less than single spacing', () => {
    const look = resolveLook('zh-CN');
    // The levels of examples/target-zh.yaml's contents: 执行摘要, 行动清单, 一 … 七 and 审批.
    const levels = [1, 1, 1, 2, 2, 2, 2, 2, 2, 1, 2, 2, 2, 2, 1, 2, 2, 2, 2, 2, 1, 2, 2, 2, 2, 1, 2, 2, 1, 2, 2, 1, 2, 2, 2, 2, 1];
    const layout = tocLayout(levels, look);
    expect(layout.pages).toBe(1);
    expect(layout.line).toBeLessThan(19.5);
    expect(layout.line).toBeGreaterThanOrEqual(12 * 1.2);
  });
});

// The page model against what LibreOffice does with the same layout facts, measured on its PDFs
// (scripts/check-docx-layout.sh checks whole documents): exact line heights fill a page to the
// line, a chart takes its drawn height with its caption, spacing before is dropped at a page top.
describe('DOCX page model', () => {
  const zh = resolveLook('zh-CN');
  const m = metrics(zh);
  const para = (value: string): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }] });
  const heading = (value: string, depth: Heading['depth'] = 3): Heading => ({ type: 'heading', depth, children: [{ type: 'text', value }] });
  /** One-line paragraphs, n of them. */
  const lines = (n: number, tag = 'x'): Paragraph[] => Array.from({ length: n }, (_, i) => para(`${tag}${i}`));
  const pagesOf = (body: RootContent[]) => {
    const at = new Map<RootContent, { page: number; y: number }>();
    // A rule at the end: the last paragraph would be the closing one, which keeps with the one before it.
    const estimate = estimateHeadingPages([...body, { type: 'thematicBreak' }], zh, 1, 2, (node, page, y) => at.set(node, { page, y }));
    return { estimate, at };
  };
  const perPage = Math.floor(PAGE_HEIGHT / m.body);

  it('fills a page with exact lines to the last one that fits', () => {
    const body = lines(perPage + 1);
    const { estimate, at } = pagesOf(body);
    expect(at.get(body[perPage - 1]!)).toEqual({ page: 1, y: (perPage - 1) * m.body });
    expect(at.get(body[perPage]!)).toEqual({ page: 2, y: 0 });
    expect(estimate.last).toBe(2);
  });

  const chart = (bars: number): ChartData => ({
    id: 'products', kind: 'bar', horizontal: true, lang: 'zh-CN', title: '各产品线目标', categories: Array.from({ length: bars }, (_, i) => `产品${i}`),
    series: [{ name: '目标', values: Array<number>(bars).fill(1), labels: Array<string>(bars).fill('1') }], unit: '万元', axis: '目标（万元）',
    source: 'products', number: 1, caption: '图 1 各产品线目标', file: '01-products',
  } as unknown as ChartData);

  it('gives a chart its drawn height and caption: 5 bars are 210 px, 157.5 pt, and a 16 pt caption line 3 pt below', () => {
    const box = docxChartBox(chart(5), TEXT_WIDTH * 20, zh);
    expect(box).toEqual({ before: 6, height: 157.5 + 3 + 16, after: 10 });
    // After one line: the line, the chart's 6 pt before, the chart and caption, the caption's 10 pt after.
    const after = para('after');
    const { at } = pagesOf([para('before'), { type: 'chart', chart: chart(5) } as unknown as RootContent, after]);
    expect(at.get(after)).toEqual({ page: 1, y: m.body + 6 + box.height + 10 });
  });

  it('moves a chart that does not fit whole, without its spacing before at the top of the next page', () => {
    const box = docxChartBox(chart(5), TEXT_WIDTH * 20, zh);
    const fill = lines(Math.floor((PAGE_HEIGHT - box.height) / m.body));
    const node = { type: 'chart', chart: chart(5) } as unknown as RootContent;
    const { at } = pagesOf([...fill, node, para('after')]);
    expect(at.get(node)).toEqual({ page: 2, y: 0 });
    // The caption's space after may fall off the bottom: a chart that ends at the last point stays.
    const exact = lines(Math.floor((PAGE_HEIGHT - box.height - box.before) / m.body));
    const stays = { type: 'chart', chart: chart(5) } as unknown as RootContent;
    expect(pagesOf([...exact, stays]).at.get(stays)?.page).toBe(1);
  });

  it('keeps a heading with two lines: a one-line paragraph after it keeps with the next', () => {
    const h = heading('（一）标题');
    const single = para('一行');
    const body = [...lines(3), h, single, para('下一段'.repeat(30))];
    const { estimate } = pagesOf(body);
    expect(estimate.keepNext.has(single)).toBe(true);
    expect(estimate.keepNext.has(body[0]!)).toBe(false);
  });

  it('starts the next page at a heading that fits at the bottom when not one line after it does', () => {
    // Depth 3 is Word's heading 2 here (the document's top depth is 2).
    const h2 = m.heading[1]!;
    // The heading ends with room for its space after but not for a line below it.
    const fill = lines(Math.floor((PAGE_HEIGHT - h2.before - h2.line - h2.after) / m.body));
    const h = heading('（二）标题');
    const { estimate, at } = pagesOf([...fill, h, ...lines(3, 'y')]);
    // After a written page break the heading keeps its space before (only a break of the page's own drops it).
    expect(at.get(h)).toEqual({ page: 2, y: h2.before });
    expect(estimate.breakBefore.has(h)).toBe(true);
    // With room for its first lines below it, the heading stays and needs no break.
    const early = heading('（三）标题');
    const r = pagesOf([...fill.slice(4), early, ...lines(3, 'y')]);
    expect(r.at.get(early)?.page).toBe(1);
    expect(r.estimate.breakBefore.size).toBe(0);
  });

  const table = (rows: number, cell = '内容'): Table => ({
    type: 'table',
    children: Array.from({ length: rows }, (_, r) => ({ type: 'tableRow', children: ['列一', '列二'].map((h) => ({ type: 'tableCell', children: [{ type: 'text', value: r ? cell : h }] })) })),
  } as Table);

  it('writes the break before a heading whose lead-in moves on with its table: LibreOffice moves the lead-in, not the heading', () => {
    // Room at the bottom for the heading and a line, not for the two-line lead-in and the table's first rows.
    const h2 = m.heading[1]!;
    const fill = lines(Math.floor((PAGE_HEIGHT - h2.before - h2.line - h2.after - m.body * 1.5) / m.body));
    const h = heading('（一）行动清单');
    const leadIn = para('下表汇总本计划写明的工作事项；计划未写明负责人或完成时间的，表中留空，待确认后填写，逐项跟进。');
    const { estimate, at } = pagesOf([...fill, h, leadIn, table(15)]);
    expect(at.get(h)).toEqual({ page: 2, y: h2.before });
    expect(estimate.breakBefore.has(h)).toBe(true);
  });

  it('lets a short table split when it does not fit on a page with the headings and lead-in kept with it', () => {
    // Ten tall rows: the table fits a page alone, not with two headings and a lead-in above it.
    const tall = table(10, '很长的内容'.repeat(18));
    const h1 = heading('六、风险预警与应对', 2);
    const h = heading('（一）风险清单');
    const leadIn = para('本月的风险、预警信号和应对如下：');
    const { estimate, at } = pagesOf([...lines(5), h1, h, leadIn, tall]);
    expect(estimate.split.has(tall)).toBe(true);
    // Split between rows, the table starts under its lead-in on the page the headings are on.
    expect(at.get(tall)?.page).toBe(at.get(h1)?.page);
    // A table that fits with them stays whole.
    const short = table(10);
    expect(pagesOf([...lines(5), heading('六、风险', 2), heading('（一）清单'), para('如下：'), short]).estimate.split.has(short)).toBe(false);
  });

  it('keeps a heading at the bottom when its lines end within a point of it: the tolerance is for groups ending in a table', () => {
    const [h1, , h3] = [m.heading[0]!, m.heading[1]!, m.heading[2]!];
    const h = heading('1. 评估周期', 4);
    const two = para('月末回顾对照目标找出偏差原因，确定下月改进措施和责任人；季度末评估各项策略的效果，确定下季度方案。');
    expect(lineCount(toString(two), TEXT_WIDTH, { name: zh.latinFont, size: zh.fontSize, bold: false }, zh.fontSize * 2)).toBe(2);
    // 24 lines, a heading 1 and a heading 3 with its two lines end 0.5 to 1.5 pt short of the foot.
    const used = 26 * m.body + h1.before + h1.line + h1.after + h3.before + h3.line + h3.after;
    expect(PAGE_HEIGHT - used).toBeGreaterThan(0);
    expect(PAGE_HEIGHT - used).toBeLessThan(1.5);
    const { at } = pagesOf([...lines(10), heading('五、评估', 2), ...lines(14, 'y'), h, two, para('下一段')]);
    expect(at.get(h)?.page).toBe(1);
    expect(at.get(two)).toEqual({ page: 1, y: PAGE_HEIGHT - (PAGE_HEIGHT - used) - 2 * m.body });
  });

  it('hangs closing punctuation after Chinese only: after a number it goes to the next line with it', () => {
    const font = { name: 'Times New Roman', size: 12, bold: false };
    const width = measureWidth('赵磊（电商运营）：超额完成，实际223万元，比目标多13万元，达成率106.2%', font) + 1;
    expect(lineCount('赵磊（电商运营）：超额完成，实际223万元，比目标多13万元，达成率106.2%。', width, font)).toBe(2);
    const chinese = measureWidth('以'.repeat(30), font) + 1;
    expect(lineCount(`${'以'.repeat(30)}。`, chinese, font)).toBe(1);
  });
});
