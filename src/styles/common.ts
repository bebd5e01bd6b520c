// Pieces several styles share: the synonyms lint accepts for recurring kinds of section, and the
// schedule-and-review section salesplan adds to styles whose source outline has none.
import type { LocalizedList, SectionDecl } from './types.js';

export const SYNONYMS = {
  targets: {
    'zh-CN': ['销售目标', '目标与分解', '目标分解', '核心目标', '本月目标', '销售任务', '销量任务', '业绩目标', '目标设定'],
    en: ['targets', 'sales targets', 'goals', 'objectives', 'targets and breakdown'],
  },
  market: {
    'zh-CN': ['市场分析', '市场调研', '市场环境', '机会挖掘', '市场研判', '竞争分析'],
    en: ['market analysis', 'market research', 'market and opportunities'],
  },
  team: {
    'zh-CN': ['团队建设', '团队管理', '能力提升', '人员培训', '团队协作', '赋能'],
    en: ['team', 'team building', 'people and skills', 'enablement'],
  },
  risks: {
    'zh-CN': ['风险管理', '风险预警', '风险应对', '风险控制', '应对措施', '应急机制', '风险与应对'],
    en: ['risks', 'risk management', 'risks and responses', 'contingency'],
  },
  budget: {
    'zh-CN': ['预算', '费用预算', '资源配置', '预算与资源'],
    en: ['budget', 'budget and resources', 'resources'],
  },
  review: {
    'zh-CN': ['绩效评估', '绩效考核', '回顾', '总结', '考核', '复盘', '数据分析'],
    en: ['review', 'performance review', 'evaluation', 'retrospective'],
  },
  customers: {
    'zh-CN': ['客户关系', '客户管理', '客户关系管理', '客户维护', '客户分层', '客户服务'],
    en: ['customer relationships', 'customer management', 'accounts'],
  },
  channels: {
    'zh-CN': ['渠道建设', '渠道管理', '渠道拓展', '渠道'],
    en: ['channels', 'channel management', 'channel development'],
  },
} as const satisfies Record<string, LocalizedList>;

/**
 * Schedule, evaluation rhythm and the review of last period. Styles whose source outline lacks
 * them (expansion, efficiency) get this section so that the plan has all six parts every plan
 * needs (STYLES.md, from 002: 考核时间 and 总结). It shows the budget only for a style that has
 * no other place for it.
 */
export function executionSection(options: { budget: boolean }): SectionDecl {
  return {
    id: 'execution',
    title: { 'zh-CN': '执行进度与考核回顾', en: 'Schedule, evaluation and review' },
    synonyms: {
      'zh-CN': ['执行进度', '进度安排', '考核安排', '考核与回顾', '时间安排', '工作安排'],
      en: ['schedule', 'timeline', 'evaluation', 'review'],
    },
    summary: {
      'zh-CN': '本期进度安排、考核节点与节奏、上期回顾与总结',
      en: 'The schedule, when and how progress is reviewed, and a review of last period',
    },
    uses: options.budget ? ['schedule', 'review', 'budget'] : ['schedule', 'review'],
    template: 'common/execution',
    tables: options.budget ? ['schedule', 'review', 'budget'] : ['schedule', 'review'],
    required: false,
  };
}
