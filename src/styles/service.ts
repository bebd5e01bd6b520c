// Monthly style 5 — service innovation and customer value (篇五): NPS, renewals and value-added
// revenue, served through tiers, satisfaction work, referrals, after-sales and a service culture.
import { SYNONYMS } from './common.js';
import type { StyleDecl } from './types.js';

export const serviceStyle: StyleDecl = {
  id: 'service',
  kind: 'monthly',
  name: { 'zh-CN': '服务价值型', en: 'Service and customer value' },
  description: {
    'zh-CN': '以客户服务与客户价值为核心：NPS、续约与增值服务收入、客户分层服务、满意度、口碑与售后',
    en: 'Built around customer value: NPS, renewals, value-added revenue, tiered service, satisfaction, referrals, after-sales',
  },
  title: { 'zh-CN': '{period}销售与客户服务工作计划', en: 'Sales and Customer Service Plan — {period}' },
  intro: 'service/intro',
  closing: 'service/closing',
  sections: [
    {
      id: 'targets',
      title: { 'zh-CN': '核心服务与价值目标', en: 'Service and value targets' },
      synonyms: { 'zh-CN': [...SYNONYMS.targets['zh-CN'], '服务目标', '价值目标'], en: [...SYNONYMS.targets.en, 'service targets'] },
      summary: {
        'zh-CN': 'NPS 提升、续约/复购率、增值服务收入、问题解决时长缩短、投诉率下降',
        en: 'NPS gain, renewal rate, value-added revenue, shorter resolution time, fewer complaints',
      },
      uses: ['targets.revenue', 'targets.metrics'],
      requires: [
        { path: ['targets', 'revenue'] },
        { metric: 'nps' },
        { metric: 'renewal_rate' },
        { metric: 'value_added_revenue' },
        { metric: 'resolution_time' },
        { metric: 'complaint_rate' },
      ],
      template: 'service/targets',
      tables: ['targets', 'metrics'],
      follow: { targets: ['ytd'] },
    },
    {
      id: 'tiers',
      title: { 'zh-CN': '客户分层管理与精准服务', en: 'Customer tiers and tailored service' },
      synonyms: { 'zh-CN': ['客户分层', '分层管理', '精准服务', '客户分级'], en: ['customer tiers', 'segmentation', 'tiered service'] },
      summary: {
        'zh-CN': 'A（战略）、B（成长）、C（基础）客户的占比与服务模式，服务包、客户经理、关怀与报告',
        en: 'A (strategic), B (growth), C (basic): shares and service models; packages, account managers, care, reports',
      },
      uses: ['tiers'],
      requires: [{ list: 'tiers' }],
      template: 'service/tiers',
      tables: ['tiers'],
    },
    {
      id: 'satisfaction',
      title: { 'zh-CN': '客户满意度提升行动', en: 'Customer satisfaction' },
      synonyms: { 'zh-CN': ['满意度', '客户满意度', '满意度提升'], en: ['satisfaction', 'customer satisfaction'] },
      summary: {
        'zh-CN': '服务透明化、反馈渠道与调研、投诉响应与解决时限、闭环、解决效率',
        en: 'Transparent service, feedback and surveys, complaint response and resolution times, closed loop',
      },
      uses: ['targets.metrics'],
      template: 'service/satisfaction',
    },
    {
      id: 'referral',
      title: { 'zh-CN': '口碑传播与客户推荐激励', en: 'Word of mouth and referrals' },
      synonyms: { 'zh-CN': ['口碑传播', '客户推荐', '推荐激励', '转介绍'], en: ['referrals', 'word of mouth', 'advocacy'] },
      summary: {
        'zh-CN': '案例库与客户证言、推荐奖励、异业联盟、客户社群、推荐渠道',
        en: 'Case library and testimonials, referral rewards, alliances, community, referral channels',
      },
      uses: ['channels'],
      template: 'service/referral',
      tables: ['channels'],
    },
    {
      id: 'aftersales',
      title: { 'zh-CN': '售后服务与持续跟进', en: 'After-sales and follow-up' },
      synonyms: { 'zh-CN': ['售后服务', '持续跟进', '客户回访', '售后'], en: ['after-sales', 'follow-up', 'customer care'] },
      summary: {
        'zh-CN': '定期回访、升级通知、续约提醒、危机预案与风险应对',
        en: 'Scheduled follow-ups, upgrade notices, renewal reminders, crisis plan and risks',
      },
      uses: ['risks'],
      template: 'service/aftersales',
      tables: ['risks'],
    },
    {
      id: 'team',
      title: { 'zh-CN': '团队建设与服务意识培养', en: 'Team and service culture' },
      synonyms: { 'zh-CN': [...SYNONYMS.team['zh-CN'], '服务意识'], en: [...SYNONYMS.team.en, 'service culture'] },
      summary: {
        'zh-CN': '服务文化、沟通技能、服务之星评选、NPS 纳入考核、人员目标与预算',
        en: 'Service culture, skills, service awards, NPS in KPIs, targets per person and budget',
      },
      uses: ['team', 'budget'],
      template: 'service/team',
      tables: ['team', 'budget'],
    },
    {
      id: 'analytics',
      title: { 'zh-CN': '数据分析与服务改进', en: 'Data analysis and service improvement' },
      synonyms: { 'zh-CN': [...SYNONYMS.review['zh-CN'], '服务改进'], en: [...SYNONYMS.review.en, 'service improvement'] },
      summary: {
        'zh-CN': 'CSAT/NPS 趋势、响应与解决时长、投诉统计与根因、考核节点、上月回顾与下月改进',
        en: 'CSAT/NPS trends, response and resolution times, complaints and causes, review dates, last month and next steps',
      },
      uses: ['review', 'schedule', 'targets.metrics'],
      template: 'service/analytics',
      tables: ['review', 'schedule'],
    },
  ],
};
