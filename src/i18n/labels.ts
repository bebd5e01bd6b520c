// Words the document uses for the plan's enumerations and table headers, per language.
import type { Lang } from './lang.js';
import type { MetricUnit } from '../plan/metrics.js';

type L = Record<Lang, string>;

export const ROLE_LABELS: Record<string, L> = {
  flagship: { 'zh-CN': '主推产品', en: 'Flagship' },
  potential: { 'zh-CN': '潜力产品', en: 'Growth potential' },
  new: { 'zh-CN': '新上市产品', en: 'New launch' },
  high_margin: { 'zh-CN': '高毛利产品', en: 'High margin' },
  share: { 'zh-CN': '份额型产品', en: 'Share builder' },
  service: { 'zh-CN': '服务产品', en: 'Service' },
  other: { 'zh-CN': '其他产品', en: 'Other' },
};

export const CHANNEL_LABELS: Record<string, L> = {
  direct: { 'zh-CN': '直销', en: 'Direct' },
  distributor: { 'zh-CN': '经销/代理', en: 'Distributors and agents' },
  online: { 'zh-CN': '线上', en: 'Online' },
  new: { 'zh-CN': '新渠道', en: 'New channel' },
  partner: { 'zh-CN': '合作伙伴', en: 'Partners' },
  other: { 'zh-CN': '其他', en: 'Other' },
};

export const RISK_LABELS: Record<string, L> = {
  market: { 'zh-CN': '市场', en: 'Market' },
  competition: { 'zh-CN': '竞争', en: 'Competition' },
  customer: { 'zh-CN': '客户', en: 'Customer' },
  collection: { 'zh-CN': '回款', en: 'Collections' },
  channel: { 'zh-CN': '渠道', en: 'Channel' },
  team: { 'zh-CN': '人员', en: 'People' },
  security: { 'zh-CN': '信息安全', en: 'Information security' },
  cash: { 'zh-CN': '资金', en: 'Cash flow' },
  supply: { 'zh-CN': '供应', en: 'Supply' },
  policy: { 'zh-CN': '政策', en: 'Policy' },
  other: { 'zh-CN': '其他', en: 'Other' },
};

export const LEVEL_LABELS: Record<string, L> = {
  high: { 'zh-CN': '高', en: 'High' },
  medium: { 'zh-CN': '中', en: 'Medium' },
  low: { 'zh-CN': '低', en: 'Low' },
};

export const BUDGET_LABELS: Record<string, L> = {
  travel: { 'zh-CN': '差旅', en: 'Travel' },
  promotion: { 'zh-CN': '推广', en: 'Promotion' },
  training: { 'zh-CN': '培训', en: 'Training' },
  samples: { 'zh-CN': '样品', en: 'Samples' },
  incentive: { 'zh-CN': '激励', en: 'Incentives' },
  events: { 'zh-CN': '活动', en: 'Events' },
  tools: { 'zh-CN': '工具系统', en: 'Tools' },
  other: { 'zh-CN': '其他', en: 'Other' },
};

/** Unit labels of metric kinds; money uses the plan's unit instead. */
export const METRIC_UNIT_LABELS: Record<Exclude<MetricUnit, 'money' | 'percent'>, L> = {
  score: { 'zh-CN': '分', en: 'pts' },
  hours: { 'zh-CN': '小时', en: 'h' },
  days: { 'zh-CN': '天', en: 'days' },
  count: { 'zh-CN': '家', en: '' },
  people: { 'zh-CN': '人', en: '' },
  times: { 'zh-CN': '次', en: '' },
};

/** Units for counts in prose: customers, people. */
export const COUNT_UNITS = {
  customers: { 'zh-CN': '家', en: '' },
  people: { 'zh-CN': '人', en: '' },
} as const satisfies Record<string, L>;

export const TIER_LABELS: Record<string, L> = {
  core: { 'zh-CN': '核心客户', en: 'Core' },
  potential: { 'zh-CN': '潜力客户', en: 'Potential' },
  regular: { 'zh-CN': '一般客户', en: 'Regular' },
  lapsed: { 'zh-CN': '流失客户', en: 'Lapsed' },
};

export const SPLIT_LABELS: Record<string, L> = {
  even: { 'zh-CN': '各月平均分配', en: 'an even split across the months' },
  weights: { 'zh-CN': '按季节权重分配', en: 'seasonal month weights' },
  history: { 'zh-CN': '按往年月销售比重分配（月销售比重法）', en: 'each month’s share of past years’ sales' },
};

const EN_MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const CN_QUARTERS = ['一', '二', '三', '四'];

/** "3月" / "Mar" */
export function monthLabel(lang: Lang, month: number): string {
  return lang === 'zh-CN' ? `${month}月` : EN_MONTHS_SHORT[month - 1]!;
}

/** "第一季度" / "Q1" */
export function quarterLabel(lang: Lang, quarter: number): string {
  return lang === 'zh-CN' ? `第${CN_QUARTERS[quarter - 1]}季度` : `Q${quarter}`;
}

/** Table headers and fixed words. */
const WORDS = {
  item: { 'zh-CN': '项目', en: 'Item' },
  metric: { 'zh-CN': '指标', en: 'Measure' },
  target: { 'zh-CN': '目标', en: 'Target' },
  baseline: { 'zh-CN': '基线/上期', en: 'Baseline' },
  change: { 'zh-CN': '变化', en: 'Change' },
  revenue: { 'zh-CN': '销售总额', en: 'Revenue' },
  revenueYoy: { 'zh-CN': '销售总额（同比）', en: 'Revenue (year on year)' },
  grossMargin: { 'zh-CN': '毛利率', en: 'Gross margin' },
  marketShare: { 'zh-CN': '市场份额', en: 'Market share' },
  perCapita: { 'zh-CN': '人均销售额', en: 'Revenue per rep' },
  product: { 'zh-CN': '产品线', en: 'Product line' },
  role: { 'zh-CN': '定位', en: 'Role' },
  share: { 'zh-CN': '占比', en: 'Share' },
  last: { 'zh-CN': '上期实际', en: 'Last period' },
  growth: { 'zh-CN': '增长', en: 'Growth' },
  total: { 'zh-CN': '合计', en: 'Total' },
  prospects: { 'zh-CN': '新增意向客户', en: 'New prospects' },
  won: { 'zh-CN': '转化新客户', en: 'New customers won' },
  contractValue: { 'zh-CN': '新客户合同金额', en: 'New-customer contract value' },
  conversion: { 'zh-CN': '意向客户转化率', en: 'Prospect conversion' },
  avgContract: { 'zh-CN': '新客户平均合同金额', en: 'Average new contract' },
  upsell: { 'zh-CN': '老客户增购金额', en: 'Upsell to existing customers' },
  accounts: { 'zh-CN': '维护老客户数', en: 'Existing accounts served' },
  week: { 'zh-CN': '周次', en: 'Week' },
  dates: { 'zh-CN': '日期', en: 'Dates' },
  workdays: { 'zh-CN': '工作日', en: 'Workdays' },
  holidays: { 'zh-CN': '节假日', en: 'Holidays' },
  weekTarget: { 'zh-CN': '周目标', en: 'Week target' },
  cumulative: { 'zh-CN': '累计目标', en: 'Cumulative' },
  progress: { 'zh-CN': '累计进度', en: 'Progress' },
  channel: { 'zh-CN': '渠道', en: 'Channel' },
  type: { 'zh-CN': '类型', en: 'Type' },
  owner: { 'zh-CN': '负责人', en: 'Owner' },
  actions: { 'zh-CN': '重点行动', en: 'Key actions' },
  region: { 'zh-CN': '区域', en: 'Region' },
  firstRevenue: { 'zh-CN': '首期销售额', en: 'First-period revenue' },
  regionProspects: { 'zh-CN': '意向客户', en: 'Prospects' },
  regionWon: { 'zh-CN': '转化客户', en: 'Won' },
  regionConversion: { 'zh-CN': '转化率', en: 'Conversion' },
  partners: { 'zh-CN': '渠道伙伴', en: 'Partners' },
  member: { 'zh-CN': '成员', en: 'Member' },
  position: { 'zh-CN': '岗位', en: 'Role' },
  territory: { 'zh-CN': '负责区域', en: 'Territory' },
  headcount: { 'zh-CN': '人数', en: 'Headcount' },
  tier: { 'zh-CN': '客户层级', en: 'Tier' },
  customers: { 'zh-CN': '客户数', en: 'Customers' },
  customerShare: { 'zh-CN': '客户占比', en: 'Share of customers' },
  revenueShare: { 'zh-CN': '销售额占比', en: 'Share of revenue' },
  serviceModel: { 'zh-CN': '服务模式', en: 'Service model' },
  category: { 'zh-CN': '类别', en: 'Category' },
  risk: { 'zh-CN': '风险', en: 'Risk' },
  warning: { 'zh-CN': '预警信号', en: 'Warning sign' },
  response: { 'zh-CN': '应对措施', en: 'Response' },
  riskOwner: { 'zh-CN': '责任人', en: 'Owner' },
  level: { 'zh-CN': '可能性/影响', en: 'Likelihood / impact' },
  budgetItem: { 'zh-CN': '费用项目', en: 'Expense' },
  amount: { 'zh-CN': '金额', en: 'Amount' },
  ofBudget: { 'zh-CN': '占预算', en: 'Of budget' },
  ofRevenue: { 'zh-CN': '占销售额', en: 'Of revenue' },
  note: { 'zh-CN': '说明', en: 'Note' },
  cap: { 'zh-CN': '预算上限', en: 'Budget cap' },
  headroom: { 'zh-CN': '结余', en: 'Headroom' },
  when: { 'zh-CN': '时间', en: 'When' },
  action: { 'zh-CN': '工作事项', en: 'Action' },
  deliverable: { 'zh-CN': '交付成果', en: 'Deliverable' },
  actual: { 'zh-CN': '实际', en: 'Actual' },
  attainment: { 'zh-CN': '达成率', en: 'Attainment' },
  gap: { 'zh-CN': '差额', en: 'Gap' },
  month: { 'zh-CN': '月份', en: 'Month' },
  quarter: { 'zh-CN': '季度', en: 'Quarter' },
  monthShare: { 'zh-CN': '月销售比重', en: 'Share of year' },
  ofYear: { 'zh-CN': '占全年', en: 'Of year' },
  cumulativeYear: { 'zh-CN': '累计完成进度', en: 'Cumulative' },
  lastYearSame: { 'zh-CN': '上年同期', en: 'Same period last year' },
  yoy: { 'zh-CN': '同比', en: 'Year on year' },
  fullYear: { 'zh-CN': '全年', en: 'Year' },
  subtotal: { 'zh-CN': '小计', en: 'Subtotal' },
  yearTotal: { 'zh-CN': '全年合计', en: 'Year total' },
  rule: { 'zh-CN': '分层规则', en: 'Rule' },
  tierRevenue: { 'zh-CN': '销售额', en: 'Revenue' },
  quarterTarget: { 'zh-CN': '季度目标', en: 'Quarter target' },
  baseCommission: { 'zh-CN': '基础提成', en: 'Base commission' },
  commission: { 'zh-CN': '提成', en: 'Commission' },
  status: { 'zh-CN': '状态', en: 'Status' },
  belowThreshold: { 'zh-CN': '需改进', en: 'Below threshold' },
  met: { 'zh-CN': '达成', en: 'Met' },
  notMet: { 'zh-CN': '未达成', en: 'Not met' },
  notReported: { 'zh-CN': '未提供', en: 'Not reported' },
  placeholder: { 'zh-CN': '【待填】', en: '[TBD]' },
  none: { 'zh-CN': '—', en: '—' },
  listSep: { 'zh-CN': '、', en: ', ' },
  clauseSep: { 'zh-CN': '；', en: '; ' },
} as const satisfies Record<string, L>;

export type Word = keyof typeof WORDS;

export function word(lang: Lang, key: Word): string {
  return WORDS[key][lang];
}

export function label(table: Record<string, L>, key: string, lang: Lang): string {
  return table[key]?.[lang] ?? key;
}
