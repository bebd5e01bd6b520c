// Monthly style 3 — market expansion and brand (篇三): new regions and growth points, research,
// acquisition, brand, channel building, a dedicated team, and the risks of entering a market.
import { executionSection, SYNONYMS } from './common.js';
import type { StyleDecl } from './types.js';

export const expansionStyle: StyleDecl = {
  id: 'expansion',
  kind: 'monthly',
  name: { 'zh-CN': '市场拓展型', en: 'Market expansion' },
  description: {
    'zh-CN': '以开拓新市场和品牌为核心：新区域首月目标、市场调研、新客户获取、品牌推广、渠道建设',
    en: 'Built around growth: first-month targets in new regions, research, acquisition, brand, channel building',
  },
  title: { 'zh-CN': '{period}市场拓展与销售工作计划', en: 'Market Expansion and Sales Plan — {period}' },
  intro: 'expansion/intro',
  closing: 'expansion/closing',
  sections: [
    {
      id: 'targets',
      title: { 'zh-CN': '市场拓展与新增长点目标', en: 'Expansion and growth targets' },
      synonyms: {
        'zh-CN': [...SYNONYMS.targets['zh-CN'], '市场拓展目标', '新增长点', '拓展目标'],
        en: [...SYNONYMS.targets.en, 'expansion targets', 'growth targets'],
      },
      summary: {
        'zh-CN': '新区域首月销售额与客户、新产品线、品牌知名度与社媒影响、渠道伙伴',
        en: 'New regions (first-month revenue, customers), new product lines, brand awareness and reach, channel partners',
      },
      uses: ['targets.revenue', 'regions', 'products', 'targets.metrics'],
      requires: [{ path: ['targets', 'revenue'] }, { list: 'regions' }, { metric: 'brand_awareness' }],
      template: 'expansion/targets',
      tables: ['targets', 'regions', 'products', 'metrics'],
      follow: { targets: ['ytd'] },
    },
    {
      id: 'research',
      title: { 'zh-CN': '深入市场调研与定位', en: 'Market research and positioning' },
      synonyms: {
        'zh-CN': [...SYNONYMS.market['zh-CN'], '市场定位', '调研与定位'],
        en: [...SYNONYMS.market.en, 'positioning'],
      },
      summary: {
        'zh-CN': '区域潜力与进入壁垒、目标客户画像与决策链、产品本地化与定价',
        en: 'Region potential and entry barriers, customer persona and buying chain, localisation and pricing',
      },
      uses: ['regions', 'market'],
      template: 'expansion/research',
    },
    {
      id: 'acquisition',
      title: { 'zh-CN': '新客户开发与获取策略', en: 'Customer acquisition' },
      synonyms: {
        'zh-CN': ['新客户开发', '客户获取', '获客策略', '客户开发'],
        en: ['acquisition', 'customer acquisition', 'new business'],
      },
      summary: {
        'zh-CN': '线上获客（搜索、社交、行业媒体）、线下活动（展会、地推、商会）、转介绍与案例',
        en: 'Online (search, social, trade media), offline (shows, events, field team), referrals and case stories',
      },
      uses: ['regions'],
      template: 'expansion/acquisition',
    },
    {
      id: 'brand',
      title: { 'zh-CN': '品牌推广与形象塑造', en: 'Brand building' },
      synonyms: {
        'zh-CN': ['品牌推广', '品牌建设', '形象塑造', '品牌传播'],
        en: ['brand', 'brand building', 'brand promotion'],
      },
      summary: {
        'zh-CN': '统一品牌形象、品牌故事、媒体关系、内容营销、社区与公益',
        en: 'Consistent identity, brand story, media relations, content, community',
      },
      uses: ['targets.metrics'],
      template: 'expansion/brand',
    },
    {
      id: 'channels',
      title: { 'zh-CN': '渠道建设与管理', en: 'Channel development' },
      synonyms: SYNONYMS.channels,
      summary: {
        'zh-CN': '直销与分销分工、伙伴招募标准与流程、伙伴支持与返利、渠道风险管控',
        en: 'Direct and indirect roles, partner criteria and onboarding, support and rebates, channel risk',
      },
      uses: ['channels'],
      template: 'expansion/channels',
      tables: ['channels'],
    },
    {
      id: 'team',
      title: { 'zh-CN': '团队建设与资源配置', en: 'Team and resources' },
      synonyms: { 'zh-CN': [...SYNONYMS.team['zh-CN'], '资源配置'], en: [...SYNONYMS.team.en, 'resources'] },
      summary: {
        'zh-CN': '拓展团队与本地招聘、入职培训、工具与物料、专项预算',
        en: 'Expansion team and local hires, onboarding, tools and materials, dedicated budget',
      },
      uses: ['team', 'budget'],
      template: 'expansion/team',
      tables: ['team', 'budget'],
    },
    {
      id: 'risks',
      title: { 'zh-CN': '风险预警与应急机制', en: 'Risk warnings and contingency' },
      synonyms: SYNONYMS.risks,
      summary: {
        'zh-CN': '市场进入、客户接受度、渠道冲突、现金流，每项风险的预警信号与应对',
        en: 'Market entry, customer acceptance, channel conflict, cash flow: each with warning sign and response',
      },
      uses: ['risks'],
      template: 'expansion/risks',
      tables: ['risks'],
    },
    executionSection({ budget: false }), // the team section shows the budget
  ],
};
