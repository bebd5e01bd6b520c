// Shares of one breakdown that add up to more than 100%: a share column of a table, or the
// "占比 X%" of the items of one list.
import type { LintRule } from '../rule.js';
import { allSections, type Block } from '../outline.js';
import { parseFigure, SUBTOTAL_ROW, TOTAL_ROW } from './numbers.js';

const SHARE_HEADER = /占比|比例|份额|占预算|客户占比|销售额占比|share|% of/i;
const ITEM_SHARE = /(?:占比?|share\s*(?:of)?)\s*[:：]?\s*(\d+(?:\.\d+)?)\s*[%％]|[（(]\s*(\d+(?:\.\d+)?)\s*[%％]\s*[)）]/i;

export const sharesOver100: LintRule = {
  id: 'shares-over-100',
  severity: 'error',
  description: { 'zh-CN': '同一组占比合计不超过 100%', en: 'The shares of one breakdown add up to at most 100%' },
  docs: { 'zh-CN': '表格中“占比”一类的列，或同一列表中各项的“占X%”，合计不应超过 100%（允许四舍五入误差）。', en: 'A share column of a table, or the "X% share" of the items of one list, must not add up to more than 100% (allowing for rounding).' },
  check(ctx) {
    const blocks: Block[] = [...ctx.plan.preamble, ...allSections(ctx.plan.sections).flatMap((s) => s.blocks)];
    for (const block of blocks) {
      if (block.kind !== 'table' || !block.rows || block.rows.length < 3) continue;
      const header = block.rows[0]!;
      header.forEach((title, c) => {
        // Budget lines as % of revenue are not shares of one whole.
        if (!SHARE_HEADER.test(title) || /占销售额|of revenue/i.test(title)) return;
        const body = block.rows!.slice(1).filter((row) => !TOTAL_ROW.test((row[0] ?? '').trim()) && !SUBTOTAL_ROW.test((row[0] ?? '').trim()));
        const figures = body.map((row) => parseFigure(row[c] ?? '')).filter((f): f is NonNullable<typeof f> => !!f);
        if (figures.length < 2) return;
        const sum = figures.reduce((a, f) => a + f.value, 0);
        const tolerance = figures.length * 0.5 * 10 ** -figures.reduce((m, f) => Math.max(m, f.decimals), 0);
        if (sum > 100 + tolerance) ctx.report({ line: block.line, message: 'lint.sharesOver100', params: { what: title, sum: Number(sum.toFixed(4)) } });
      });
    }
    // A run of list items, each with a share.
    for (const section of allSections(ctx.plan.sections)) {
      let run: Array<{ line: number; value: number }> = [];
      const flush = () => {
        const sum = run.reduce((a, r) => a + r.value, 0);
        if (run.length >= 2 && sum > 100.5) ctx.report({ line: run[0]!.line, message: 'lint.sharesOver100', params: { what: section.heading.title, sum: Number(sum.toFixed(4)) } });
        run = [];
      };
      for (const block of section.blocks) {
        const m = block.kind === 'item' ? ITEM_SHARE.exec(block.text) : null;
        if (m) run.push({ line: block.line, value: Number(m[1] ?? m[2]) });
        else if (block.kind !== 'item') flush();
      }
      flush();
    }
  },
};
