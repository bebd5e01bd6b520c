// The quarterly performance-improvement plan (source 004): SMART targets from a baseline, a
// diagnosis of last quarter's figures, strategy (RFM customer tiers, skills, process, incentives
// with each rep's commission), the means that secure it (people, budget as % of revenue,
// culture), and how results are evaluated and the plan adjusted.
import { SYNONYMS } from './common.js';
import type { StyleDecl } from './types.js';

export const quarterlyStyle: StyleDecl = {
  id: 'quarterly',
  kind: 'quarterly',
  name: { 'zh-CN': '季度绩效提升方案', en: 'Quarterly performance plan' },
  description: {
    'zh-CN': 'SMART 目标、上季度数据诊断、客户分层与激励方案（含每人提成测算）、保障体系与评估机制',
    en: 'SMART targets, last quarter’s figures diagnosed, customer tiers and incentives (each rep’s commission), support and evaluation',
  },
  title: { 'zh-CN': '{period}销售团队绩效提升方案', en: 'Sales Performance Plan — {period}' },
  intro: 'quarterly/intro',
  closing: 'quarterly/closing',
  sections: [
    {
      id: 'goals',
      title: { 'zh-CN': '方案背景与目标', en: 'Background and goals' },
      synonyms: {
        'zh-CN': ['背景与目标', '方案背景', '目标定位', '目标设定', '方案背景与目标定位', ...SYNONYMS.targets['zh-CN']],
        en: ['background and goals', 'goals', ...SYNONYMS.targets.en],
      },
      summary: {
        'zh-CN': '背景概述，SMART 目标：销售额增长、核心客户占比、流失率、转化率、达标率等基线 → 目标',
        en: 'Background; SMART targets from baseline to target: growth, core-customer share, churn, conversion, attainment',
      },
      uses: ['focus', 'targets.revenue', 'targets.last_revenue', 'targets.metrics'],
      requires: [{ path: ['targets', 'revenue'] }, { path: ['targets', 'last_revenue'] }],
      template: 'quarterly/goals',
      tables: ['targets', 'metrics'],
      // The quarter's three months by working days, and its new-customer target, under the targets.
      follow: { targets: ['quarterMonths', 'customers'] },
    },
    {
      id: 'diagnosis',
      title: { 'zh-CN': '现状诊断与问题剖析', en: 'Diagnosis' },
      synonyms: {
        'zh-CN': ['现状诊断', '问题剖析', '数据复盘', '现状分析', '问题分析', '现状与问题'],
        en: ['diagnosis', 'current state', 'problems', 'data review'],
      },
      summary: {
        'zh-CN': '上季度数据复盘（目标、实际、达成率），市场与竞争形势，核心问题总结',
        en: 'Last quarter’s figures (target, actual, attainment), market and competition, the core problems',
      },
      uses: ['review', 'products', 'market'],
      requires: [{ path: ['review'] }],
      template: 'quarterly/diagnosis',
      tables: ['review', 'products'],
    },
    {
      id: 'strategy',
      title: { 'zh-CN': '核心策略与实施路径', en: 'Strategy and path' },
      synonyms: {
        'zh-CN': ['核心策略', '实施路径', '策略与路径', '销售策略', '提升策略'],
        en: ['strategy', 'strategy and path', 'initiatives'],
      },
      summary: {
        'zh-CN': '客户分层精准运营（RFM），团队能力体系，销售流程优化（线索评分、PDCA），激励机制与每人提成测算',
        en: 'Customer tiers (RFM), skills, process (lead scoring, PDCA), incentives with each rep’s commission',
      },
      uses: ['tiers', 'customers', 'channels', 'incentives', 'team'],
      requires: [{ path: ['incentives'] }],
      template: 'quarterly/strategy',
      tables: ['tiers', 'channels', 'commission'],
    },
    {
      id: 'assurance',
      title: { 'zh-CN': '执行保障体系', en: 'Making it happen' },
      synonyms: {
        'zh-CN': ['执行保障', '保障体系', '保障措施', '组织保障', '资源保障'],
        en: ['support', 'resources', 'making it happen', 'enablers'],
      },
      summary: {
        'zh-CN': '组织保障（专项小组与分工、个人目标），资源保障（预算占销售额比例及分项），风险预警与应对，文化保障',
        en: 'People (the task force, per-rep targets), resources (budget as % of revenue, by category), risks, culture',
      },
      uses: ['team', 'budget', 'risks'],
      requires: [{ list: 'team' }],
      template: 'quarterly/assurance',
      tables: ['team', 'budget', 'risks'],
    },
    {
      id: 'evaluation',
      title: { 'zh-CN': '评估与动态优化机制', en: 'Evaluation and adjustment' },
      synonyms: {
        'zh-CN': ['评估与优化', '评估机制', '动态优化', '考核评估', ...SYNONYMS.review['zh-CN']],
        en: ['evaluation', 'evaluation and adjustment', ...SYNONYMS.review.en],
      },
      summary: {
        'zh-CN': '结果、过程、满意度三类评估指标，月度回顾与季度总结，绩效改进计划与优化机制',
        en: 'Result, process and satisfaction measures; monthly reviews and the quarter-end review; improvement plans',
      },
      uses: ['targets.metrics', 'schedule', 'incentives.improvement_threshold'],
      template: 'quarterly/evaluation',
      tables: ['schedule'],
    },
  ],
};
