// The plan-versus-actual review (`salesplan review`): how the period went against the plan, for
// the total, each product line, channel and rep, and the metrics, with what falls short of the
// improvement threshold (80% in source 004) called out and turned into actions. Sections whose
// data the plan lacks (no channels, no metrics) are left out.
import type { StyleDecl } from './types.js';

export const reviewStyle: StyleDecl = {
  id: 'review',
  kind: 'review',
  name: { 'zh-CN': '计划执行回顾', en: 'Plan review' },
  description: {
    'zh-CN': '对照计划逐项计算达成率与差距：总额、产品线、渠道、人员与指标，标出低于 80% 的项目并提出改进',
    en: 'Attainment and gap against the plan for the total, product lines, channels, reps and metrics; what is under 80% and what to do',
  },
  title: { 'zh-CN': '{period}销售计划执行回顾', en: 'Sales Plan Review — {period}' },
  intro: 'review/intro',
  closing: 'review/closing',
  sections: [
    {
      id: 'overview',
      title: { 'zh-CN': '总体达成情况', en: 'Overall attainment' },
      synonyms: { 'zh-CN': ['总体达成', '整体完成情况', '目标完成情况', '总体情况'], en: ['overall', 'overall attainment', 'summary'] },
      summary: { 'zh-CN': '销售总额的目标、实际、达成率与差距', en: 'Total revenue: target, actual, attainment and gap' },
      uses: ['targets.revenue'],
      template: 'review/overview',
      tables: ['attainmentTotal'],
      // Collections, gross profit, new customers and the year to date under the total.
      follow: { attainmentTotal: ['attainmentTargets'] },
    },
    {
      id: 'products',
      title: { 'zh-CN': '产品线达成分析', en: 'Product lines' },
      synonyms: { 'zh-CN': ['产品线达成', '产品达成', '分产品完成情况'], en: ['product lines', 'products'] },
      summary: { 'zh-CN': '各产品线的目标、实际与达成率', en: 'Each product line against its target' },
      uses: ['products'],
      template: 'review/products',
      tables: ['attainmentProducts'],
      onlyWith: 'products',
      required: false,
    },
    {
      id: 'channels',
      title: { 'zh-CN': '渠道达成分析', en: 'Channels' },
      synonyms: { 'zh-CN': ['渠道达成', '分渠道完成情况'], en: ['channels'] },
      summary: { 'zh-CN': '各渠道的目标、实际与达成率', en: 'Each channel against its target' },
      uses: ['channels'],
      template: 'review/channels',
      tables: ['attainmentChannels'],
      onlyWith: 'channels',
      required: false,
    },
    {
      id: 'team',
      title: { 'zh-CN': '人员业绩与激励', en: 'Reps and incentives' },
      synonyms: { 'zh-CN': ['人员达成', '个人业绩', '团队业绩', '人员业绩'], en: ['reps', 'team', 'people'] },
      summary: { 'zh-CN': '每位成员的达成率、差距与提成', en: 'Each rep’s attainment, gap and commission' },
      uses: ['team', 'incentives'],
      template: 'review/team',
      tables: ['attainmentTeam'],
      onlyWith: 'team',
      required: false,
    },
    {
      id: 'metrics',
      title: { 'zh-CN': '关键指标达成', en: 'Key metrics' },
      synonyms: { 'zh-CN': ['关键指标', '指标达成', '过程指标'], en: ['metrics', 'key metrics'] },
      summary: { 'zh-CN': '各项量化指标的目标与实际', en: 'Each metric against its target' },
      uses: ['targets.metrics'],
      template: 'review/metrics',
      tables: ['attainmentMetrics'],
      onlyWith: 'metrics',
      required: false,
    },
    {
      id: 'actions',
      title: { 'zh-CN': '问题与改进措施', en: 'Gaps and actions' },
      synonyms: { 'zh-CN': ['问题与改进', '改进措施', '总结与改进', '下一步计划'], en: ['gaps and actions', 'actions', 'next steps'] },
      summary: { 'zh-CN': '未达标项目（低于改进门槛）、绩效改进计划、下期目标建议', en: 'What fell short, improvement plans, next period' },
      uses: ['incentives.improvement_threshold'],
      template: 'review/actions',
    },
  ],
};
