// The six parts every sales plan needs (STYLES.md, from source 002): market analysis, how we sell,
// customer management, sales targets, when progress is reviewed, and a review of the last period.
// A plan shows each in a heading (any level). lint's six-parts rule and the tests of generated
// plans read this declaration.
import type { Lang } from '../i18n/lang.js';

export interface PartDecl {
  id: string;
  name: Record<Lang, string>;
  /** What the part is, in a line (for messages). */
  hint: Record<Lang, string>;
  /** Heading words that show the part. */
  words: Record<Lang, RegExp>;
}

export const SIX_PARTS: readonly PartDecl[] = [
  {
    id: 'market',
    name: { 'zh-CN': '市场分析', en: 'Market analysis' },
    hint: { 'zh-CN': '产品卖点、客户群体、市场容量与竞争', en: 'selling points, customer groups, market size and competition' },
    words: { 'zh-CN': /市场|竞争|竞品/, en: /market|competit/i },
  },
  {
    id: 'selling',
    name: { 'zh-CN': '销售方式', en: 'How we sell' },
    hint: { 'zh-CN': '渠道与方法', en: 'channels and methods' },
    words: { 'zh-CN': /策略|渠道|流程|推广|获客|销售方式|方案/, en: /strateg|channel|process|promotion|acquisition|go-to-market/i },
  },
  {
    id: 'customers',
    name: { 'zh-CN': '客户管理', en: 'Customer management' },
    hint: { 'zh-CN': '老客户服务与潜在客户跟进', en: 'serving existing customers and following up prospects' },
    words: { 'zh-CN': /客户/, en: /customer|account|client/i },
  },
  {
    id: 'targets',
    name: { 'zh-CN': '销量任务', en: 'Sales targets' },
    hint: { 'zh-CN': '量化的销售目标', en: 'quantified targets' },
    words: { 'zh-CN': /目标|任务|指标/, en: /target|goal|objective|quota/i },
  },
  {
    id: 'timing',
    name: { 'zh-CN': '考核时间', en: 'Review dates' },
    hint: { 'zh-CN': '何时、如何检查进度', en: 'when and how progress is checked' },
    words: { 'zh-CN': /考核|评估|进度|时间安排|节点|日程/, en: /evaluat|schedule|review dates|measured|timeline|milestone/i },
  },
  {
    id: 'review',
    name: { 'zh-CN': '总结', en: 'Review of last period' },
    hint: { 'zh-CN': '对上一期计划执行情况的评判', en: 'how the last period went against its plan' },
    words: { 'zh-CN': /总结|回顾|复盘/, en: /review|lessons|retrospect/i },
  },
];
