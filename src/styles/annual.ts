// The annual plan (source 003): four parts of five sections each — targets and strategy, marketing
// and brand, process and risk, teamwork and culture — with the year's target split into quarters,
// months, product lines and reps. A fifth part, added by salesplan, holds the review calendar and
// last year's review, the two of the six parts every plan needs that 003 leaves implicit.
import type { StyleDecl } from './types.js';

export const annualStyle: StyleDecl = {
  id: 'annual',
  kind: 'annual',
  name: { 'zh-CN': '年度销售计划', en: 'Annual sales plan' },
  description: {
    'zh-CN': '年度目标按季度、月份、产品线与团队分解，配套市场推广、流程与风险、团队与文化四大部分',
    en: 'The year’s target split into quarters, months, product lines and team, with marketing, process and risk, and team and culture',
  },
  title: { 'zh-CN': '{period}销售工作计划', en: 'Annual Sales Plan {period}' },
  intro: 'annual/intro',
  closing: 'annual/closing',
  sections: [
    {
      id: 'goals',
      title: { 'zh-CN': '销售目标与策略规划', en: 'Sales targets and strategy' },
      synonyms: {
        'zh-CN': ['销售目标与策略', '年度销售目标', '目标与策略', '销售目标', '年度目标'],
        en: ['targets and strategy', 'annual targets', 'sales targets'],
      },
      summary: {
        'zh-CN': '年度销售目标及季度、月度、产品线分解，市场竞争分析，渠道优化，团队管理，客户关系管理',
        en: 'The year’s target split by quarter, month and product line; competition; channels; team; customer relationships',
      },
      uses: ['targets', 'annual', 'products', 'market', 'channels', 'team', 'tiers', 'customers'],
      requires: [{ path: ['targets', 'revenue'] }, { list: 'products' }],
      template: 'annual/goals',
      tables: ['targets', 'quarters', 'months', 'productMonths', 'metrics', 'channels', 'teamQuarters', 'tiers'],
    },
    {
      id: 'marketing',
      title: { 'zh-CN': '市场推广与品牌建设', en: 'Marketing and brand' },
      synonyms: {
        'zh-CN': ['市场推广', '品牌建设', '市场推广与品牌', '营销推广', '品牌传播'],
        en: ['marketing', 'brand', 'marketing and brand', 'promotion'],
      },
      summary: {
        'zh-CN': '市场推广策略、品牌建设与传播、市场调研与反馈、数字营销与数据分析、创新营销',
        en: 'Promotion, brand and communication, market research, digital marketing and analytics, new marketing ideas',
      },
      uses: ['market', 'targets.metrics', 'budget'],
      template: 'annual/marketing',
    },
    {
      id: 'process',
      title: { 'zh-CN': '销售流程优化与风险管理', en: 'Sales process and risk management' },
      synonyms: {
        'zh-CN': ['流程优化与风险管理', '销售流程优化', '风险管理', '流程与风控', '风险识别与评估'],
        en: ['process and risk', 'sales process', 'risk management', 'risks'],
      },
      summary: {
        'zh-CN': '销售流程优化、风险识别与评估、内部控制与审计、法律事务、持续改进与创新',
        en: 'Sales process, risk identification and assessment, internal control and audit, legal matters, continuous improvement',
      },
      uses: ['risks'],
      requires: [{ list: 'risks' }],
      template: 'annual/process',
      tables: ['risks'],
    },
    {
      id: 'culture',
      title: { 'zh-CN': '团队协作与文化建设', en: 'Teamwork and culture' },
      synonyms: {
        'zh-CN': ['团队协作', '文化建设', '团队建设', '团队协作与文化', '企业文化'],
        en: ['teamwork', 'culture', 'teamwork and culture', 'team building'],
      },
      summary: {
        'zh-CN': '跨部门协作、内部沟通与反馈、团队建设与培训、企业文化、员工关怀与福利',
        en: 'Cross-department work, communication and feedback, team building and training, culture, staff care',
      },
      uses: ['team', 'targets.metrics'],
      template: 'annual/culture',
    },
    {
      id: 'execution',
      title: { 'zh-CN': '预算、考核安排与上年度回顾', en: 'Budget, review calendar and last year' },
      synonyms: {
        'zh-CN': ['考核安排', '年度考核', '上年度回顾', '年度总结', '进度安排', '预算与考核'],
        en: ['review calendar', 'evaluation', 'last year', 'budget and evaluation'],
      },
      summary: {
        'zh-CN': '年度费用预算、季度考核节点与进度安排、上年度目标完成情况与总结',
        en: 'The year’s budget, quarterly review dates and schedule, how last year went',
      },
      uses: ['budget', 'schedule', 'review', 'annual.history'],
      template: 'annual/execution',
      tables: ['budget', 'schedule', 'review'],
      required: false,
    },
  ],
};
