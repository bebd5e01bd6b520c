// A target section with no figure in it is a wish, not a target.
import { stripNumbering } from '../headings.js';
import { allBlocks, allSections, type Section } from '../outline.js';
import type { Messages } from '../../i18n/localized.js';
import type { LintRule } from '../rule.js';

const TARGET_TITLE = /目标|任务|指标|target|goal|objective/i;

const messages = {
  targetWithoutNumber: {
    'zh-CN': '目标章节“{section}”中没有任何数字：目标需要量化（金额、数量或百分比）。',
    en: 'The target section "{section}" contains no number: targets need figures (amounts, counts or percentages).',
  },
} satisfies Messages;

export const targetWithoutNumber: LintRule = {
  id: 'target-without-number',
  messages,
  severity: 'error',
  description: { 'zh-CN': '目标章节有量化数字', en: 'The target section has figures' },
  docs: { 'zh-CN': '目标章节（风格的目标章节，或标题含“目标/任务/指标”的首个章节）中至少要有一个数字；只有“XX万元”之类占位符的，也算没有数字。', en: 'The target section (the style\'s, or the first section whose title says target or goal) must contain at least one figure; placeholders such as XX do not count.' },
  check(ctx) {
    const section: Section | undefined = ctx.assignment.get('targets')?.section ?? ctx.plan.sections.find((s) => TARGET_TITLE.test(s.heading.title));
    if (!section) return;
    const text = [...allBlocks(section).map((b) => b.text), ...allSections(section.children).map((c) => stripNumbering(c.heading.title))].join('\n');
    if (!/[0-9０-９]/.test(text)) ctx.report({ line: section.heading.line, column: section.heading.column, message: messages.targetWithoutNumber, params: { section: section.heading.title } });
  },
};
