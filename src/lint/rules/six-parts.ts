// The six parts every sales plan needs (STYLES.md, from 002), each shown by a heading.
import { SIX_PARTS } from '../../styles/parts.js';
import { allSections } from '../outline.js';
import { toSimplified } from '../t2s.js';
import type { Messages } from '../../i18n/localized.js';
import type { LintRule } from '../rule.js';

const messages = {
  missingPart: {
    'zh-CN': '计划缺少“{part}”部分（{hint}）：每份销售计划都应包含市场分析、销售方式、客户管理、销量任务、考核时间和总结六部分。',
    en: 'The plan has no "{part}" part ({hint}): every sales plan needs market analysis, how we sell, customer management, targets, review dates and a review of last period.',
  },
} satisfies Messages;

export const sixParts: LintRule = {
  id: 'six-parts',
  messages,
  severity: 'warning',
  description: { 'zh-CN': '计划具备市场分析、销售方式、客户管理、销量任务、考核时间、总结六部分', en: 'The plan has the six parts every sales plan needs' },
  docs: {
    'zh-CN': '六部分来自销售计划写作的通行要求：市场分析、销售方式、客户管理、销量任务、考核时间、总结。每一部分应有一个标题（任意层级）体现。',
    en: 'The six parts any sales plan needs: market analysis, how we sell, customer management, targets, review dates, and a review of last period. Each should show in a heading, at any level.',
  },
  check(ctx) {
    const headings = [ctx.plan.title?.title ?? '', ...allSections(ctx.plan.sections).map((s) => s.heading.title)].map(toSimplified).join('\n');
    for (const part of SIX_PARTS) {
      if (part.words['zh-CN'].test(headings) || part.words.en.test(headings)) continue;
      ctx.report({ line: ctx.plan.title?.line ?? ctx.plan.startLine, message: messages.missingPart, params: { part: part.name[ctx.lang], hint: part.hint[ctx.lang] } });
    }
  },
};
