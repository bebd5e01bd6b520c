// Amounts that disagree with their stated total: a table's total row against the sum of its rows,
// and a list of amounts against the total stated just before it.
import { allSections } from '../outline.js';
import type { Messages } from '../../i18n/localized.js';
import type { LintRule } from '../rule.js';
import { entriesOf } from '../entries.js';
import { amountsIn, inUnit, isFigureCell, normalizeFigures, parseFigure, sameKind, SUBTOTAL_ROW, TOTAL_ROW, type Amount } from '../numbers.js';

/** Columns of rates do not add up. */
const RATE_HEADER = /增长|变化|同比|环比|累计|进度|达成率|转化率|率$|growth|change|year on year|yoy|cumulative|progress|attainment|conversion|rate/i;
/** A total stated before its breakdown. */
const TOTAL_WORDS = /总销售额|销售总额|总额|总目标|总任务|合计|总计|共计|\btotal\b|\boverall\b/i;
/** Where the parts of a total stated in the same sentence begin: 其中, of which, split into. */
const PARTS = /其中|分别为|\bof which\b|\bsplit (?:into|as)\b|\bbroken down (?:into|as)\b/i;

const messages = {
  tableTotal: {
    'zh-CN': '表格“{column}”列的合计行为 {total}，但各行相加为 {sum}。',
    en: 'The total row of the "{column}" column says {total}, but the rows add up to {sum}.',
  },
  listOverTotal: {
    'zh-CN': '列出的各项金额合计 {sum}，超过所述的总额 {total}。',
    en: 'The amounts listed add up to {sum}, more than the stated total of {total}.',
  },
} satisfies Messages;

export const amountsVsTotal: LintRule = {
  id: 'amounts-vs-total',
  messages,
  severity: 'error',
  description: { 'zh-CN': '分项金额与合计一致', en: 'Listed amounts agree with their total' },
  docs: { 'zh-CN': '表格的“合计”行等于各行之和（允许四舍五入误差）；紧跟在总额之后列出的各项金额，合计不超过该总额。', en: 'A table\'s total row equals the sum of its rows (allowing for rounding); amounts listed right after a stated total do not add up to more than it.' },
  check(ctx) {
    const overTotal = (line: number, total: Amount, parts: readonly Amount[]) => {
      const sum = parts.reduce((n, p) => n + p.value, 0);
      const tolerance = parts.reduce((n, p) => n + p.rounding, total.rounding) + 1e-9;
      if (sum > total.value + tolerance) ctx.report({ line, message: messages.listOverTotal, params: { sum: inUnit(sum, total), total: inUnit(total.value, total) } });
    };
    for (const section of allSections(ctx.plan.sections)) {
      for (const block of section.blocks) {
        if (block.kind !== 'table' || !block.rows || block.rows.length < 3) continue;
        const totalIndex = block.rows.findIndex((row, i) => i > 0 && TOTAL_ROW.test(normalizeFigures(row[0] ?? '').trim()));
        if (totalIndex < 0) continue;
        const header = block.rows[0]!;
        const body = block.rows.slice(1, totalIndex).filter((row) => !SUBTOTAL_ROW.test(normalizeFigures(row[0] ?? '').trim()));
        for (let c = 1; c < header.length; c++) {
          if (RATE_HEADER.test(header[c] ?? '') && !/占比|share/i.test(header[c] ?? '')) continue;
          const totalCell = block.rows[totalIndex]![c] ?? '';
          if (!isFigureCell(totalCell)) continue;
          const cells = body.map((row) => row[c] ?? '').filter(isFigureCell);
          if (cells.length < 2) continue;
          const figures = cells.map((cell) => parseFigure(cell)!);
          const total = parseFigure(totalCell)!;
          const sum = figures.reduce((a, f) => a + f.value, 0);
          const dp = Math.max(total.decimals, ...figures.map((f) => f.decimals));
          const tolerance = (figures.length + 1) * 0.5 * 10 ** -dp + 1e-9;
          if (Math.abs(sum - total.value) > tolerance) {
            ctx.report({
              line: block.rowLines?.[totalIndex] ?? block.line,
              message: messages.tableTotal,
              params: { column: header[c] ?? '', total: totalCell.replace(/\*/g, '').trim(), sum: Number(sum.toFixed(dp)).toLocaleString('en-US', { maximumFractionDigits: dp }) },
            });
          }
        }
      }
      // "总销售额 500万元" followed by list items (1. 1、 （1） ① …) of amounts that add up to more,
      // and "全年1,200万元，其中华东500万元、华南400万元…" in one sentence.
      const entries = entriesOf(section.blocks);
      entries.forEach((entry, i) => {
        const text = normalizeFigures(entry.text);
        const split = PARTS.exec(text);
        if (split) {
          const total = amountsIn(text.slice(0, split.index)).pop();
          const parts = total ? amountsIn(text.slice(split.index)).filter((a) => sameKind(a, total) && a.measure !== 'percent') : [];
          if (total && total.measure === 'money' && parts.length >= 2) {
            overTotal(entry.line, total, parts);
            return;
          }
        }
        // A total, or a figure introducing a list ("本月目标 330 万元，其中：").
        const stated = TOTAL_WORDS.exec(text) ?? (/[：:]\s*$/.test(text) ? /\S/.exec(text) : null);
        if (!stated) return;
        // Only amounts of money: a count before a list ("40家商机：") often counts something else.
        const total = amountsIn(text.slice(stated.index)).find((a) => a.measure !== 'percent');
        if (!total || total.measure !== 'money') return;
        const parts = [];
        for (const next of entries.slice(i + 1)) {
          if (next.kind !== 'item') break;
          const amount = amountsIn(next.text).find((a) => sameKind(a, total));
          if (amount) parts.push(amount);
        }
        if (parts.length >= 2) overTotal(entry.line, total, parts);
      });
    }
  },
};
