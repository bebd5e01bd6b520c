// Monthly style 4 — team efficiency and professionalism (篇四): growth through better people,
// leaner process, tools used well, and a team that is rewarded for the right things.
import { executionSection, SYNONYMS } from './common.js';
import type { StyleDecl } from './types.js';

export const efficiencyStyle: StyleDecl = {
  id: 'efficiency',
  kind: 'monthly',
  name: { 'zh-CN': '团队效能型', en: 'Team efficiency' },
  description: {
    'zh-CN': '以提升团队效能为核心：人均产出、漏斗转化、个人能力、流程精益、工具运用与激励',
    en: 'Built around the team: revenue per rep, funnel conversion, skills, lean process, tools and incentives',
  },
  title: { 'zh-CN': '{period}销售团队工作计划', en: 'Sales Team Plan — {period}' },
  intro: 'efficiency/intro',
  closing: 'efficiency/closing',
  sections: [
    {
      id: 'targets',
      title: { 'zh-CN': '本月核心目标与分解', en: 'Core targets' },
      synonyms: SYNONYMS.targets,
      summary: {
        'zh-CN': '环比增长与金额、人均销售额、漏斗各段转化率、客户满意度、培训通过率',
        en: 'Growth over last month, revenue per rep, funnel conversion, customer satisfaction, training pass rate',
      },
      uses: ['targets.revenue', 'targets.last_revenue', 'team', 'targets.metrics'],
      requires: [
        { path: ['targets', 'revenue'] },
        { path: ['targets', 'last_revenue'] },
        { list: 'team' },
        { metric: 'lead_to_opportunity' },
        { metric: 'opportunity_to_order' },
        { metric: 'csat' },
        { metric: 'training_pass_rate' },
      ],
      template: 'efficiency/targets',
      tables: ['targets', 'metrics', 'team'],
      follow: { targets: ['ytd'] },
    },
    {
      id: 'skills',
      title: { 'zh-CN': '销售人员个人能力提升', en: 'Individual skills' },
      synonyms: {
        'zh-CN': ['能力提升', '个人能力', '技能提升', '销售技能', '人员培训'],
        en: ['skills', 'individual skills', 'training', 'capability'],
      },
      summary: {
        'zh-CN': '产品知识、销售技巧与话术、客户管理、时间管理',
        en: 'Product knowledge, selling skills and scripts, customer management, time management',
      },
      uses: ['team', 'targets.metrics'],
      template: 'efficiency/skills',
    },
    {
      id: 'process',
      title: { 'zh-CN': '销售流程精益管理', en: 'Lean sales process' },
      synonyms: {
        'zh-CN': ['销售流程', '流程管理', '精益管理', '流程优化'],
        en: ['sales process', 'lean process', 'process'],
      },
      summary: {
        'zh-CN': '线索到订单的流程、日/周/月报模板与提交时限、内部沟通与升级机制、渠道分工',
        en: 'Lead-to-order flow, daily/weekly/monthly reports and deadlines, communication and escalation, channels',
      },
      uses: ['channels'],
      template: 'efficiency/process',
      tables: ['channels'],
    },
    {
      id: 'tools',
      title: { 'zh-CN': '销售工具的有效运用', en: 'Sales tools' },
      synonyms: {
        'zh-CN': ['销售工具', '工具运用', 'CRM', '数字化工具'],
        en: ['tools', 'sales tools', 'CRM'],
      },
      summary: {
        'zh-CN': 'CRM（数据完整、报表、移动端）、自动化工具、市场情报工具',
        en: 'CRM (complete data, reports, mobile), automation, market intelligence',
      },
      uses: [],
      template: 'efficiency/tools',
    },
    {
      id: 'incentives',
      title: { 'zh-CN': '团队激励与文化建设', en: 'Incentives and culture' },
      synonyms: {
        'zh-CN': ['团队激励', '激励机制', '文化建设', '团队文化'],
        en: ['incentives', 'motivation', 'culture'],
      },
      summary: {
        'zh-CN': 'SMART 目标、多样化奖励、过程奖励、团队活动、导师制与文化',
        en: 'SMART goals, varied and process rewards, team events, mentors, culture',
      },
      uses: ['team'],
      template: 'efficiency/incentives',
    },
    {
      id: 'risks',
      title: { 'zh-CN': '风险管理与持续改进', en: 'Risks and continuous improvement' },
      synonyms: { 'zh-CN': [...SYNONYMS.risks['zh-CN'], '持续改进'], en: [...SYNONYMS.risks.en, 'continuous improvement'] },
      summary: {
        'zh-CN': '预测偏差、团队士气、培训效果等风险的预警与应对，持续改进机制',
        en: 'Forecast bias, morale, training effectiveness: warning signs and responses; continuous improvement',
      },
      uses: ['risks'],
      template: 'efficiency/risks',
      tables: ['risks'],
    },
    executionSection({ budget: true }),
  ],
};
