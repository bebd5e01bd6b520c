// Monthly style 2 — refined operations and customer experience (篇二): a measured funnel,
// graded customers with service levels, data-driven review, and risks watched by warning signs.
import { SYNONYMS } from './common.js';
import type { StyleDecl } from './types.js';

export const operationsStyle: StyleDecl = {
  id: 'operations',
  kind: 'monthly',
  name: { 'zh-CN': '精细运营型', en: 'Refined operations' },
  description: {
    'zh-CN': '以精细化流程和客户体验为核心：线索到签约的五个阶段、客户分级服务、数据驱动的绩效评估',
    en: 'Built around process and customer experience: five stages from lead to contract, graded service, data-driven review',
  },
  title: { 'zh-CN': '{period}销售工作计划', en: 'Sales Plan — {period}' },
  intro: 'operations/intro',
  closing: 'operations/closing',
  sections: [
    {
      id: 'targets',
      title: { 'zh-CN': '核心销售目标与分解', en: 'Core sales targets' },
      synonyms: SYNONYMS.targets,
      summary: {
        'zh-CN': '总目标、重点产品（高毛利、份额型、新品）、线索转化率、复购率、客单价增长',
        en: 'Total, key products (high-margin, share, new), lead conversion, repurchase rate, order value growth',
      },
      uses: ['targets.revenue', 'targets.last_revenue', 'products', 'targets.metrics'],
      requires: [
        { path: ['targets', 'revenue'] },
        { list: 'products' },
        { metric: 'lead_conversion' },
        { metric: 'repurchase_rate' },
        { metric: 'aov' },
      ],
      template: 'operations/targets',
      tables: ['targets', 'products', 'metrics'],
      follow: { targets: ['ytd'] },
    },
    {
      id: 'process',
      title: { 'zh-CN': '精细化销售流程管理', en: 'Sales process management' },
      synonyms: {
        'zh-CN': ['销售流程', '流程管理', '精细化流程', '销售流程管理', '线索管理'],
        en: ['sales process', 'process management', 'pipeline management'],
      },
      summary: {
        'zh-CN': '线索来源与评分、分配时限，五个销售阶段与工具包，方案演示，谈判与合同风险，渠道分工',
        en: 'Lead sources, scoring and hand-off time; five stages with their tool kits; demos; negotiation and contract risk; channels',
      },
      uses: ['channels'],
      template: 'operations/process',
      tables: ['channels'],
    },
    {
      id: 'customers',
      title: { 'zh-CN': '深化客户关系管理', en: 'Customer relationships' },
      synonyms: SYNONYMS.customers,
      summary: {
        'zh-CN': 'A/B/C 客户分级与服务标准、反馈渠道与响应时限、闭环处理、增值服务与忠诚度',
        en: 'A/B/C classes and their service levels, feedback channels and response times, closed loop, loyalty',
      },
      uses: ['tiers'],
      template: 'operations/customers',
      tables: ['tiers'],
    },
    {
      id: 'team',
      title: { 'zh-CN': '团队协作与赋能提升', en: 'Teamwork and enablement' },
      synonyms: SYNONYMS.team,
      summary: {
        'zh-CN': '个人目标、与市场/技术/客服/产品的协作、知识库、培训与带教、资源与预算',
        en: 'Targets per rep, work with marketing, support, service and product, knowledge base, coaching, budget',
      },
      uses: ['team', 'budget'],
      template: 'operations/team',
      tables: ['team', 'budget'],
    },
    {
      id: 'analytics',
      title: { 'zh-CN': '数据分析与绩效评估', en: 'Data analysis and performance review' },
      synonyms: SYNONYMS.review,
      summary: {
        'zh-CN': '每周漏斗转化、线索来源、产品与个人指标分析，考核节点，月度复盘与奖励',
        en: 'Weekly funnel, lead sources, product and per-rep figures, review dates, monthly review and rewards',
      },
      uses: ['review', 'schedule', 'targets.metrics'],
      template: 'operations/analytics',
      tables: ['review', 'schedule'],
    },
    {
      id: 'risks',
      title: { 'zh-CN': '风险预警与应对', en: 'Risk warnings and responses' },
      synonyms: SYNONYMS.risks,
      summary: {
        'zh-CN': '竞争、需求变化、回款、突发事件，每项风险的预警信号与应对',
        en: 'Competition, demand shifts, collections, emergencies: each with its warning sign and response',
      },
      uses: ['risks'],
      template: 'operations/risks',
      tables: ['risks'],
    },
  ],
};
