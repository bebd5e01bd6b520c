// Every risk has a response: a risk table's response cells are filled, and a risk section that
// names risks says what will be done about them.
import { allBlocks, allSections, type Section } from '../outline.js';
import type { Messages } from '../../i18n/localized.js';
import type { LintRule } from '../rule.js';

const RISK_TITLE = /风险|risk/i;
const RISK_COLUMN = /风险|risk/i;
const RESPONSE_COLUMN = /应对|措施|预案|response|mitigation|action/i;
const RESPONSE_WORDS = /应对|措施|预案|处理|调整|加强|建立|制定|启动|及时|response|mitigat|contingency|respond/i;
const EMPTY = /^\s*(?:[—–\-－/]|无|暂无|none|n\/a)?\s*$/i;

const messages = {
  riskWithoutResponse: {
    'zh-CN': '风险“{risk}”没有应对措施。',
    en: 'The risk "{risk}" has no response.',
  },
  risksWithoutResponses: {
    'zh-CN': '风险章节“{section}”列出了风险，但没有写任何应对措施。',
    en: 'The risk section "{section}" lists risks but no responses.',
  },
} satisfies Messages;

export const riskWithoutResponse: LintRule = {
  id: 'risk-without-response',
  messages,
  severity: 'error',
  description: { 'zh-CN': '每项风险都有应对措施', en: 'Every risk has a response' },
  docs: { 'zh-CN': '风险表格中“应对措施”一栏不能空着；以列表写风险的章节，要写出应对做法。', en: 'The response column of a risk table must be filled; a risk section written as a list must say what will be done.' },
  check(ctx) {
    // The plan's risk section: the style's, or else top sections titled as one. Only these are
    // held to naming responses in prose; risk tables are checked wherever they are.
    const assigned = ctx.assignment.get('risks')?.section;
    const riskSections: Section[] = assigned ? [assigned] : ctx.plan.sections.filter((s) => RISK_TITLE.test(s.heading.title));
    const tablesElsewhere = allSections(ctx.plan.sections).filter((s) => !riskSections.some((r) => allSections([r]).includes(s)));
    for (const section of [...riskSections, ...tablesElsewhere]) {
      const isRiskSection = riskSections.includes(section);
      const blocks = isRiskSection ? allBlocks(section) : section.blocks;
      const tables = blocks.filter((b) => b.kind === 'table' && b.rows && b.rows[0]?.some((h) => RISK_COLUMN.test(h)));
      for (const table of tables) {
        const header = table.rows![0]!;
        const riskColumn = header.findIndex((h) => RISK_COLUMN.test(h) && !RESPONSE_COLUMN.test(h));
        const responseColumn = header.findIndex((h) => RESPONSE_COLUMN.test(h));
        table.rows!.slice(1).forEach((row, i) => {
          if (responseColumn >= 0 && !EMPTY.test(row[responseColumn] ?? '')) return;
          ctx.report({ line: table.rowLines?.[i + 1] ?? table.line, message: messages.riskWithoutResponse, params: { risk: (row[riskColumn >= 0 ? riskColumn : 0] ?? '').trim() } });
        });
      }
      if (isRiskSection && tables.length === 0) {
        const text = blocks.map((b) => b.text).join('\n');
        if (text.trim() && !RESPONSE_WORDS.test(text)) ctx.report({ line: section.heading.line, column: section.heading.column, message: messages.risksWithoutResponses, params: { section: section.heading.title } });
      }
    }
  },
};
