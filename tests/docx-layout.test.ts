// DOCX layout facts, for every table of every example in both languages: column widths from the
// measured text (no column narrower than a word or a number in it, no header broken inside its
// brackets), and the page model the contents' page numbers come from. Whether LibreOffice agrees
// is scripts/check-docx-layout.sh, which needs LibreOffice and so runs outside CI.
import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../src/document/build.js';
import { validateFile } from '../src/plan/validate.js';
import { resolveLook } from '../src/render/docx/look.js';
import { lineCount, TEXT_WIDTH, estimateHeadingPages } from '../src/render/docx/pagination.js';
import { CELL_MARGIN, tableLayout } from '../src/render/docx/table-layout.js';
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
});
