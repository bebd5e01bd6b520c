// Monthly style 1 — target decomposition (篇一 in the sources): reach the month's share of the
// quarter's target with every activity deployed, teamwork and skills.
import { SYNONYMS } from './common.js';
import type { StyleDecl } from './types.js';

export const targetStyle: StyleDecl = {
  id: 'target',
  kind: 'monthly',
  name: { 'zh-CN': '目标分解型', en: 'Target decomposition' },
  description: {
    'zh-CN': '以完成销售目标为核心：总目标拆到产品线、新老客户与个人，配套策略、团队、风险、预算与考核',
    en: 'Built around the number: the total split into product lines, new and existing customers and reps, with strategy, team, risks, budget and review',
  },
  title: { 'zh-CN': '{period}销售工作计划', en: 'Sales Plan — {period}' },
  intro: 'target/intro',
  closing: 'target/closing',
  sections: [
    {
      id: 'targets',
      title: { 'zh-CN': '本月销售目标与分解', en: 'Sales targets and breakdown' },
      synonyms: SYNONYMS.targets,
      summary: {
        'zh-CN': '总目标及依据、产品线目标与占比、新客户开发、老客户续约与增购、市场份额、周进度',
        en: 'The total and its basis, product-line targets and shares, new customers, renewals and upsell, market share, weekly pace',
      },
      uses: ['targets.revenue', 'targets.last_revenue', 'targets.basis', 'products', 'targets.new_customers', 'targets.existing_customers', 'targets.metrics', 'targets.market_share_gain'],
      requires: [
        { path: ['targets', 'revenue'] },
        { list: 'products' },
        { path: ['targets', 'new_customers', 'prospects'] },
        { path: ['targets', 'new_customers', 'won'] },
        { path: ['targets', 'new_customers', 'contract_value'] },
        { path: ['targets', 'existing_customers', 'upsell'] },
        { metric: 'renewal_rate' },
      ],
      template: 'target/targets',
      tables: ['targets', 'products', 'customers', 'pace'],
      // The year to date under the month's targets: how much of what remains this month carries.
      follow: { targets: ['ytd'] },
    },
    {
      id: 'market',
      title: { 'zh-CN': '市场分析与机会挖掘', en: 'Market analysis and opportunities' },
      synonyms: SYNONYMS.market,
      summary: {
        'zh-CN': '宏观环境与竞争动态、客户群体、产品竞争力、机会挖掘',
        en: 'Environment and competitors, customer groups, product competitiveness, opportunities',
      },
      uses: ['market', 'products'],
      template: 'target/market',
    },
    {
      id: 'strategy',
      title: { 'zh-CN': '销售策略与执行方案', en: 'Sales strategy and execution' },
      synonyms: {
        'zh-CN': ['销售策略', '执行方案', '销售方式', '营销策略', '销售策略与执行'],
        en: ['strategy', 'sales strategy', 'execution plan', 'go-to-market'],
      },
      summary: {
        'zh-CN': '渠道拓展与优化、推广活动、价格与促销、客户关系管理、销售流程',
        en: 'Channels, promotion, pricing, customer relationship management, sales process',
      },
      uses: ['channels'],
      template: 'target/strategy',
      tables: ['channels'],
    },
    {
      id: 'team',
      title: { 'zh-CN': '团队建设与能力提升', en: 'Team building and skills' },
      synonyms: SYNONYMS.team,
      summary: {
        'zh-CN': '目标分解到人、技能培训、协作与沟通、激励机制',
        en: 'Targets per rep, training, collaboration, incentives',
      },
      uses: ['team'],
      template: 'target/team',
      tables: ['team'],
    },
    {
      id: 'risks',
      title: { 'zh-CN': '风险管理与应对措施', en: 'Risks and responses' },
      synonyms: SYNONYMS.risks,
      summary: {
        'zh-CN': '市场、客户、内部风险的预警信号与应对，应急预案',
        en: 'Market, customer and internal risks with warning signs and responses; contingency plan',
      },
      uses: ['risks'],
      template: 'target/risks',
      tables: ['risks'],
    },
    {
      id: 'budget',
      title: { 'zh-CN': '预算与资源配置', en: 'Budget and resources' },
      synonyms: SYNONYMS.budget,
      summary: {
        'zh-CN': '费用预算（占预算与占销售额比例）、人员与技术支持等资源',
        en: 'Expense budget (share of budget and of revenue), people and support',
      },
      uses: ['budget'],
      template: 'target/budget',
      tables: ['budget'],
    },
    {
      id: 'review',
      title: { 'zh-CN': '绩效评估与回顾', en: 'Performance review' },
      synonyms: SYNONYMS.review,
      summary: {
        'zh-CN': '上月达成回顾、本月考核指标、考核节点与进度安排、总结与改进',
        en: 'Last month against target, this month’s measures, review dates and schedule, lessons',
      },
      uses: ['review', 'schedule'],
      template: 'target/review',
      tables: ['review', 'schedule'],
    },
  ],
};
