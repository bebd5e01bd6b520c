// Figures deleted from a template, leaving their unit behind: "完成万元销售额，同比增长%，新开发家
// 客户", "$____", "___%", or an empty cell in a figure column of a target table. Reported with the
// line and column of the unit (or cell), as a reader finds it.
import type { Messages } from '../../i18n/localized.js';
import { normalizeFigures, TOTAL_ROW } from '../numbers.js';
import { allSections, type Block } from '../outline.js';
import type { LintRule } from '../rule.js';

const messages = {
  blankFigure: {
    'zh-CN': '“{text}”前缺少数字：模板中的数字被删去后没有填写。',
    en: 'No figure before "{text}": the template\'s number was removed and not filled in.',
  },
  blankUnderscore: {
    'zh-CN': '数字 {text} 尚未填写。',
    en: 'The figure {text} has not been filled in.',
  },
  blankCell: {
    'zh-CN': '目标表格“{row}”行的“{column}”一栏是空的。',
    en: 'The "{column}" cell of the row "{row}" in the target table is empty.',
  },
} satisfies Messages;

// Units and measure words, each with the words it starts that are not a measure (人员, 家庭, 台账 …).
const STRONG_UNITS = String.raw`(?:百万元|千万元|万元|亿元|千元|元(?![素旦月宵])|个百分点|%)`;
const COUNT_UNITS = String.raw`(?:个(?![人性别体案例月])|家(?![庭具居电乡族里属长人园])|人(?![员才力手们民气事脉口均群物心工生情数次])|台(?![账阶湾面州风词])|件(?![事数])|套(?![餐装路])|户(?![口外型籍]))`;
const UNITS = `(?:${STRONG_UNITS}|${COUNT_UNITS})`;
// What comes before a figure: a verb of quantity (then any unit), or a short word such as 为 or 约
// (then only an amount or a percentage: "这是个机会" has no figure missing).
const VERBS = String.raw`(?:完成|实现|达到|达成|增长|提升|提高|增加|下降|降低|减少|新增|新开发|开发|拓展|拜访|签约|签单|回款|销售额|销量|占比|突破|控制在|不低于|不少于|不超过|超过|至少|共计|合计|总计|累计|同比|环比|预计)`;
const SHORT = String.raw`(?:为|是|达|计|共|约|占|目标|任务|指标)`;
const AFTER_VERB = new RegExp(`(?<=${VERBS}\\s*)${UNITS}|(?<=${SHORT}\\s*)${STRONG_UNITS}`, 'g');
// A unit closing a clause right after a noun: "新增客户个，" "招待费元。" (the figure stood before it).
const AT_CLAUSE_END = /(?<=[\u4e00-\u9fff])(?:(?<![美欧日港台韩英单公万亿千百])(?:万元|亿元|千元|元)|(?<![每这那哪几各某整半])个|(?<![每这此首其多层档位再依名频批班轮届车场架人])次|(?<![商厂大国专买卖店独全每各自回老东客行玩作管赢人那这哪某])家)(?=\s*(?:[，。；,;、）)]|$))/g;
/** Before a unit: a figure (digits, Chinese numerals, a placeholder), so nothing is blank. */
const FIGURE_BEFORE = /(?:[\d%)]|[一二两三四五六七八九十百千万亿几数多XxＸ×_＿])\s*[万亿千百]?\s*$/;
const AT_CLAUSE_START = new RegExp(`${STRONG_UNITS}|${COUNT_UNITS}(?=[\\u4e00-\\u9fff])`, 'g');
/** Underscores standing for a figure: next to a currency sign, or followed by a unit. */
export const BLANK_UNDERSCORE = new RegExp(String.raw`[$¥£€]\s*(?:_{2,}|＿+)|(?:_{2,}|＿+)\s*${UNITS}`, 'g');
const ENGLISH_BLANK = /(?<![\w.%])\s%|\b(?:by|to|of|at|reach|grow|increase|decrease)\s+(?:%|percent\b)/gi;
const LEAD = /^\s*(?:[#>]+\s*)?(?:\d{1,2}[.、．)）](?!\d)|[（(]\d{1,2}[)）]|[（(]?[一二三四五六七八九十]{1,3}[)）、．]|[①-⑳]|[-*+•·●○▪■◆])?\s*/;

const FIGURE_HEADER = /目标|计划|金额|销售额|销量|数量|任务|指标|占比|万元|元|%|台|件|家|预算|target|goal|quota|amount|revenue|sales|units|share|plan|budget|forecast/i;
const NOT_FIGURE_HEADER = /上期|上月|上年|去年|同期|基线|历史|实际|完成情况|完成率|达成|差异|偏差|备注|说明|负责|责任|措施|方法|方式|时间|日期|节点|状态|名称|客户|产品|区域|渠道|last|previous|prior|baseline|history|actual|achieved|variance|note|owner|remark|comment|date|status|name|customer|product|region|channel|action|how/i;
const TARGET_TABLE = /目标|计划|任务|指标|分解|target|goal|quota|plan|forecast/i;

/** Columns (0-based offsets in the line) of a Markdown table row's cells. */
function cellOffsets(raw: string): number[] {
  const out: number[] = [];
  let start = raw.indexOf('|');
  if (start < 0) return out;
  for (let i = start + 1; i < raw.length; i++) {
    if (raw[i] === '|' && raw[i - 1] !== '\\') {
      out.push(start + 2);
      start = i;
    }
  }
  return out;
}

export const blankFigure: LintRule = {
  id: 'blank-figure',
  messages,
  severity: 'error',
  description: { 'zh-CN': '没有被删去数字的单位或空着的目标数字', en: 'No figure is left blank' },
  docs: {
    'zh-CN': '模板中的数字删去后留下的单位或量词：“完成万元销售额”“同比增长%”“新开发家客户”“$____”“___%”，以及目标表格中数字列（目标、计划、金额、占比等，不含“实际”“备注”）的空单元格。报告单位所在的行与列。',
    en: 'A unit, percent sign or measure word whose number was removed ("完成万元销售额", "增长%", "$____", "___%", "grow revenue by %"), and an empty cell in a figure column (target, plan, amount, share; not actual or notes) of a target table. Reported at the unit\'s line and column.',
  },
  check(ctx) {
    const { outline, plan } = ctx;
    const tableLines = new Set<number>();
    const blocks: Array<{ block: Block; title: string }> = [
      ...plan.preamble.map((block) => ({ block, title: plan.title?.title ?? '' })),
      ...allSections(plan.sections).flatMap((s) => s.blocks.map((block) => ({ block, title: s.heading.title }))),
    ];
    for (const { block, title } of blocks) {
      if (block.kind !== 'table' || !block.rows || block.rows.length < 2) continue;
      block.rowLines?.forEach((l) => tableLines.add(l));
      const header = block.rows[0]!;
      if (!TARGET_TABLE.test(`${title} ${header.join(' ')}`)) continue;
      const columns = header.map((h, c) => c > 0 && FIGURE_HEADER.test(h) && !NOT_FIGURE_HEADER.test(h));
      block.rows.slice(1).forEach((row, r) => {
        const label = (row[0] ?? '').trim();
        if (!label || /^[-:| ]+$/.test(row.join(''))) return;
        const total = TOTAL_ROW.test(label.replace(/\*/g, ''));
        row.forEach((cell, c) => {
          if (!columns[c] || cell.trim() !== '') return;
          // A total is left empty when the column holds something that does not add up (—).
          if (total && block.rows!.slice(1).some((other) => /^\s*[—–-]\s*$/.test(other[c] ?? ''))) return;
          const line = block.rowLines?.[r + 1] ?? block.line;
          const column = outline.format === 'md' ? (cellOffsets(outline.lines[line - 1] ?? '')[c] ?? 0) + 1 : 1;
          ctx.report({ line, column, message: messages.blankCell, params: { row: label, column: header[c]!.trim() } });
        });
      });
    }
    for (let line = plan.startLine; line <= plan.endLine; line++) {
      const raw = outline.lines[line - 1];
      if (!raw || tableLines.has(line) || /^\s*<!--.*-->\s*$/.test(raw)) continue;
      const text = normalizeFigures(raw);
      const found: Array<{ start: number; end: number; blank: boolean }> = [];
      const covered = (i: number) => found.some((f) => i >= f.start && i < f.end);
      const add = (start: number, end: number, blank: boolean) => {
        if (!blank && FIGURE_BEFORE.test(text.slice(0, start))) return;
        if (!covered(start)) found.push({ start, end, blank });
      };
      for (const m of text.matchAll(BLANK_UNDERSCORE)) add(m.index, m.index + m[0].length, true);
      for (const m of text.matchAll(AFTER_VERB)) add(m.index, m.index + m[0].length, false);
      for (const m of text.matchAll(AT_CLAUSE_END)) add(m.index, m.index + m[0].length, false);
      const lead = LEAD.exec(text)?.[0].length ?? 0;
      for (const m of text.matchAll(AT_CLAUSE_START)) {
        const before = text.slice(lead, m.index).replace(/\*+/g, '');
        // A unit at the start of a clause stands where its figure was; after 单位 it only names
        // the unit of what follows.
        if (!/(?:^|[，,。；;：:、！!？?（(])\s*$/.test(before) || /(?:单位|unit)\s*[:：]?\s*$|[（(]\s*$/i.test(before)) continue;
        add(m.index, m.index + m[0].length, false);
      }
      for (const m of text.matchAll(ENGLISH_BLANK)) {
        const at = m.index + m[0].search(/%|percent/i);
        add(at, at + (text[at] === '%' ? 1 : 7), false);
      }
      found.sort((a, b) => a.start - b.start);
      for (const f of found) {
        const shown = raw.slice(f.start, f.end).trim();
        ctx.report({ line, column: f.start + 1, endColumn: f.end + 1, message: f.blank ? messages.blankUnderscore : messages.blankFigure, params: { text: shown } });
      }
    }
  },
};
