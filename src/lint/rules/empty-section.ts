// A section with a heading and nothing under it.
import { allSections, type Section } from '../outline.js';
import type { Messages } from '../../i18n/localized.js';
import type { LintRule } from '../rule.js';

const hasContent = (section: Section): boolean => section.blocks.some((b) => b.text.trim() !== '') || section.children.some(hasContent);

const messages = {
  emptySection: {
    'zh-CN': '章节“{section}”没有内容。',
    en: 'The section "{section}" is empty.',
  },
} satisfies Messages;

export const emptySection: LintRule = {
  id: 'empty-section',
  messages,
  severity: 'warning',
  description: { 'zh-CN': '章节不为空', en: 'No section is empty' },
  docs: { 'zh-CN': '标题下没有任何正文、列表或表格（子章节也都为空）的章节。', en: 'A heading with no text, list or table under it, nor in its sub-sections.' },
  check(ctx) {
    for (const section of allSections(ctx.plan.sections)) {
      if (!hasContent(section)) ctx.report({ line: section.heading.line, column: section.heading.column, message: messages.emptySection, params: { section: section.heading.title } });
    }
  },
};
