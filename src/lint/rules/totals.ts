// Amounts that disagree with their stated total: a table's total row against the sum of its rows,
// and a list of amounts against the total stated just before it.
import { allSections } from '../outline.js';
import type { LintRule } from '../rule.js';
import { isFigureCell, parseFigure, SUBTOTAL_ROW, TOTAL_ROW } from './numbers.js';

/** Columns of rates do not add up. */
const RATE_HEADER = /增长|变化|同比|环比|累计|进度|达成率|转化率|率$|growth|change|year on year|yoy|cumulative|progress|attainment|conversion|rate/i;
const TOTAL_STATEMENT = /(?:总销售额|销售总额|总额|总目标|合计|总计|共计|total)[^0-9\n]{0,14}?(\d[\d,]*(?:\.\d+)?)\s*(万元|元|千元|亿元)/i;
const AMOUNT = /(\d[\d,]*(?:\.\d+)?)\s*(万元|元|千元|亿元)/;

export const amountsVsTotal: LintRule = {
  id: 'amounts-vs-total',
  severity: 'error',
  description: { 'zh-CN': '分项金额与合计一致', en: 'Listed amounts agree with their total' },
  docs: { 'zh-CN': '表格的“合计”行等于各行之和（允许四舍五入误差）；紧跟在总额之后列出的各项金额，合计不超过该总额。', en: 'A table\'s total row equals the sum of its rows (allowing for rounding); amounts listed right after a stated total do not add up to more than it.' },
  check(ctx) {
    for (const section of allSections(ctx.plan.sections)) {
      for (const block of section.blocks) {
        if (block.kind !== 'table' || !block.rows || block.rows.length < 3) continue;
        const totalIndex = block.rows.findIndex((row, i) => i > 0 && TOTAL_ROW.test((row[0] ?? '').trim()));
        if (totalIndex < 0) continue;
        const header = block.rows[0]!;
        const body = block.rows.slice(1, totalIndex).filter((row) => !SUBTOTAL_ROW.test((row[0] ?? '').trim()));
        for (let c = 1; c < header.length; c++) {
          if (RATE_HEADER.test(header[c] ?? '') && !/占比|share/i.test(header[c] ?? '')) continue;
          const totalCell = block.rows[totalIndex]![c] ?? '';
          if (!isFigureCell(totalCell)) continue;
          const cells = body.map((row) => row[c] ?? '').filter(isFigureCell);
          if (cells.length < 2) continue;
          const figures = cells.map((cell) => parseFigure(cell)!);
          const total = parseFigure(totalCell)!;
          const sum = figures.reduce((a, f) => a + f.value, 0);
          const dp = figures.reduce((m, f) => Math.max(m, f.decimals), total.decimals);
          const tolerance = (figures.length + 1) * 0.5 * 10 ** -dp + 1e-9;
          if (Math.abs(sum - total.value) > tolerance) {
            ctx.report({
              line: block.rowLines?.[totalIndex] ?? block.line,
              message: 'lint.tableTotal',
              params: { column: header[c] ?? '', total: totalCell.replace(/\*/g, '').trim(), sum: Number(sum.toFixed(dp)).toLocaleString('en-US', { maximumFractionDigits: dp }) },
            });
          }
        }
      }
      // "总销售额 500万元" followed by items of 万元 that add up to more.
      section.blocks.forEach((block, i) => {
        const total = TOTAL_STATEMENT.exec(block.text);
        if (!total || block.kind === 'table') return;
        const unit = total[2]!;
        const items = [];
        for (const next of section.blocks.slice(i + 1)) {
          if (next.kind !== 'item') break;
          const amount = AMOUNT.exec(next.text);
          if (amount?.[2] === unit) items.push(parseFigure(amount[1]!)!.value);
        }
        const sum = items.reduce((a, b) => a + b, 0);
        const stated = parseFigure(total[1]!)!.value;
        if (items.length >= 2 && sum > stated + 1e-9) {
          ctx.report({ line: block.line, message: 'lint.listOverTotal', params: { sum: Number(sum.toFixed(4)), total: stated, unit } });
        }
      });
    }
  },
};
