// Shares of one breakdown that add up to more than 100%: a share column of a table, or the
// "占比 X%" of the items of one list.
import type { Messages } from '../../i18n/localized.js';
import type { LintRule } from '../rule.js';
import { allSections, type Block } from '../outline.js';
import { entriesOf } from '../entries.js';
import { amountsIn, normalizeFigures, parseFigure, SUBTOTAL_ROW, TOTAL_ROW, type Amount } from '../numbers.js';

const decimals = (a: Amount): number => Math.max(0, -Math.round(Math.log10(a.rounding * 2)));

const SHARE_HEADER = /占比|比例|份额|占预算|客户占比|销售额占比|share|% of/i;
const ITEM_SHARE = /(?:占比?|share\s*(?:of)?)\s*[:：]?\s*(\d+(?:\.\d+)?)\s*%|[（(]\s*(\d+(?:\.\d+)?)\s*%\s*[)）]/i;

const messages = {
  sharesOver100: {
    'zh-CN': '“{what}”中的占比合计 {sum}%，超过 100%。',
    en: 'The shares in "{what}" add up to {sum}%, more than 100%.',
  },
} satisfies Messages;

export const sharesOver100: LintRule = {
  id: 'shares-over-100',
  messages,
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
        if (!SHARE_HEADER.test(normalizeFigures(title)) || /占销售额|of revenue/i.test(title)) return;
        const body = block.rows!.slice(1).filter((row) => !TOTAL_ROW.test(normalizeFigures(row[0] ?? '').trim()) && !SUBTOTAL_ROW.test(normalizeFigures(row[0] ?? '').trim()));
        const figures = body.map((row) => parseFigure(row[c] ?? '')).filter((f): f is NonNullable<typeof f> => !!f);
        if (figures.length < 2) return;
        const sum = figures.reduce((a, f) => a + f.value, 0);
        const tolerance = figures.length * 0.5 * 10 ** -figures.reduce((m, f) => Math.max(m, f.decimals), 0);
        if (sum > 100 + tolerance) ctx.report({ line: block.line, message: messages.sharesOver100, params: { what: title, sum: Number(sum.toFixed(4)) } });
      });
    }
    // A run of list items (of any numbering), each with a share; and "占比分别为40%、35%、30%".
    for (const section of allSections(ctx.plan.sections)) {
      let run: Array<{ line: number; value: number }> = [];
      const flush = () => {
        const sum = run.reduce((a, r) => a + r.value, 0);
        if (run.length >= 2 && sum > 100.5) ctx.report({ line: run[0]!.line, message: messages.sharesOver100, params: { what: section.heading.title, sum: Number(sum.toFixed(4)) } });
        run = [];
      };
      for (const entry of entriesOf(section.blocks)) {
        const text = normalizeFigures(entry.text);
        const respectively = /(?:占比|比例|份额|share)[^。；;.]{0,8}?(?:分别为|分别是|依次为|respectively)\s*/i.exec(text);
        if (respectively) {
          const shares = amountsIn(text.slice(respectively.index)).filter((a) => a.measure === 'percent' && a.unit === '%');
          const sum = shares.reduce((n, a) => n + a.value, 0);
          if (shares.length >= 2 && sum > 100 + shares.length * 0.5 * 10 ** -Math.max(0, ...shares.map((a) => decimals(a)))) {
            ctx.report({ line: entry.line, message: messages.sharesOver100, params: { what: section.heading.title, sum: Number(sum.toFixed(4)) } });
          }
        }
        const m = entry.kind === 'item' ? ITEM_SHARE.exec(text) : null;
        if (m) run.push({ line: entry.line, value: Number(m[1] ?? m[2]) });
        else if (entry.kind !== 'item') flush();
      }
      flush();
    }
  },
};
