// The same section twice, usually from copying last month's plan and pasting a part again.
import { normalizeTitle } from '../match.js';
import type { Section } from '../outline.js';
import type { Messages } from '../../i18n/localized.js';
import type { LintRule } from '../rule.js';

const messages = {
  duplicateSection: {
    'zh-CN': '章节“{section}”重复出现（第一次在第 {first} 行）。',
    en: 'The section "{section}" appears twice (first at line {first}).',
  },
} satisfies Messages;

export const duplicateSection: LintRule = {
  id: 'duplicate-section',
  messages,
  severity: 'warning',
  description: { 'zh-CN': '同一层级没有重复的章节', en: 'No section appears twice at the same level' },
  docs: { 'zh-CN': '同一层级出现标题相同（忽略编号）的两个章节，多半是复制粘贴留下的。', en: 'Two sections with the same title (numbers aside) at the same level, usually left from copying and pasting.' },
  check(ctx) {
    const visit = (sections: readonly Section[]) => {
      const seen = new Map<string, number>();
      for (const s of sections) {
        const key = normalizeTitle(s.heading.title);
        const first = seen.get(key);
        if (key && first !== undefined) ctx.report({ line: s.heading.line, column: s.heading.column, message: messages.duplicateSection, params: { section: s.heading.title, first } });
        else seen.set(key, s.heading.line);
        visit(s.children);
      }
    };
    visit(ctx.plan.sections);
  },
};
