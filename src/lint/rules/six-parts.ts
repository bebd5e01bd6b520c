// The six parts every sales plan needs (STYLES.md, from 002), each shown by a heading.
import { SIX_PARTS } from '../../styles/parts.js';
import { allSections } from '../outline.js';
import { toSimplified } from '../t2s.js';
import type { Localized, Messages } from '../../i18n/localized.js';
import type { LintRule } from '../rule.js';

const messages = {
  missingPart: {
    'zh-CN': '计划缺少“{part}”部分（{hint}）：每份销售计划都应包含市场分析、销售方式、客户管理、销量任务、考核时间和总结六部分。',
    en: 'The plan has no "{part}" part ({hint}): every sales plan needs market analysis, how we sell, customer management, targets, review dates and a review of last period.',
  },
} satisfies Messages;

/**
 * More heading words for each part, as plans in other formats title them (上期回顾, Previous
 * Period, 工作措施, Action plan …), besides the words of the declaration in styles/parts.ts.
 */
const MORE_WORDS: Record<string, Localized<RegExp>> = {
  market: { 'zh-CN': /行业|形势|行情|环境|机会|需求|SWOT/, en: /industry|landscape|situation|opportunit|environment|swot/i },
  selling: { 'zh-CN': /措施|举措|打法|行动计划|工作重点|重点工作|促销|营销|销售方法/, en: /how we sell|approach|tactic|action plan|initiative|activities|sales methods/i },
  customers: { 'zh-CN': /顾客|用户|经销商|大客户|老客户/, en: /buyer|dealer|distributor|key account/i },
  targets: { 'zh-CN': /销量|销售额|业绩|计划指标|KPI/i, en: /forecast|kpi|revenue plan|numbers/i },
  timing: { 'zh-CN': /时间表|进度安排|检查|督导|例会|周期|时间节点/, en: /timeline|calendar|cadence|check-in|deadline|weekly|monthly review|tracking/i },
  review: { 'zh-CN': /上期|上月|上季度|上年|完成情况|执行情况|工作总结/, en: /previous period|last (?:month|quarter|year|period)|recap|results so far|performance to date/i },
};

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
    // A review of a period is not a plan: it has its own outline (the review style).
    if (ctx.confident && ctx.style.kind === 'review') return;
    const headings = [ctx.plan.title?.title ?? '', ...allSections(ctx.plan.sections).map((s) => s.heading.title)].map(toSimplified).join('\n');
    for (const part of SIX_PARTS) {
      const more = MORE_WORDS[part.id];
      if (part.words['zh-CN'].test(headings) || part.words.en.test(headings) || more?.['zh-CN'].test(headings) || more?.en.test(headings)) continue;
      ctx.report({ line: ctx.plan.title?.line ?? ctx.plan.startLine, message: messages.missingPart, params: { part: part.name[ctx.lang], hint: part.hint[ctx.lang] } });
    }
  },
};
