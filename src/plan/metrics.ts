// The named metrics a plan's `targets.metrics` list can refer to by id. The schema's enum, the
// styles' requirements, the wizard's questions and the document's labels all read this table.

export type MetricUnit = 'percent' | 'money' | 'score' | 'hours' | 'days' | 'count' | 'people' | 'times';
export type Better = 'up' | 'down';

export interface MetricDef {
  zh: string;
  en: string;
  unit: MetricUnit;
  better: Better;
  /** One line for the schema description, the wizard and `styles`. */
  hint: { zh: string; en: string };
}

export const METRICS = {
  lead_conversion: {
    zh: '线索转化率', en: 'Lead-to-customer conversion', unit: 'percent', better: 'up',
    hint: { zh: '线索转为成交客户的比例', en: 'share of leads that become paying customers' },
  },
  lead_to_opportunity: {
    zh: '线索→商机转化率', en: 'Lead-to-opportunity conversion', unit: 'percent', better: 'up',
    hint: { zh: '线索转为有效商机的比例', en: 'share of leads that become qualified opportunities' },
  },
  opportunity_to_order: {
    zh: '商机→订单转化率', en: 'Opportunity-to-order conversion', unit: 'percent', better: 'up',
    hint: { zh: '商机最终签单的比例', en: 'share of opportunities that close as orders' },
  },
  repurchase_rate: {
    zh: '客户复购率', en: 'Repurchase rate', unit: 'percent', better: 'up',
    hint: { zh: '本期再次购买的老客户比例', en: 'share of existing customers who buy again' },
  },
  renewal_rate: {
    zh: '老客户续约率', en: 'Renewal rate', unit: 'percent', better: 'up',
    hint: { zh: '到期客户中续签合同的比例', en: 'share of expiring contracts that are renewed' },
  },
  aov: {
    zh: '客单价', en: 'Average order value', unit: 'money', better: 'up',
    hint: { zh: '平均每笔订单金额（计划金额单位）', en: 'average amount per order, in the plan unit' },
  },
  gross_margin: {
    zh: '毛利率', en: 'Gross margin', unit: 'percent', better: 'up',
    hint: { zh: '销售毛利占销售额的比例', en: 'gross profit as a share of revenue' },
  },
  nps: {
    zh: '净推荐值（NPS）', en: 'Net Promoter Score (NPS)', unit: 'score', better: 'up',
    hint: { zh: '推荐者比例减贬损者比例，-100 到 100', en: 'promoters minus detractors, -100 to 100' },
  },
  csat: {
    zh: '客户满意度（CSAT）', en: 'Customer satisfaction (CSAT)', unit: 'score', better: 'up',
    hint: { zh: '满意度调查得分', en: 'satisfaction survey score' },
  },
  resolution_time: {
    zh: '平均问题解决时长', en: 'Average resolution time', unit: 'hours', better: 'down',
    hint: { zh: '从受理到解决的平均小时数', en: 'average hours from ticket to resolution' },
  },
  response_time: {
    zh: '平均响应时长', en: 'Average response time', unit: 'hours', better: 'down',
    hint: { zh: '客户问题首次响应的平均小时数', en: 'average hours to first response' },
  },
  first_contact_resolution: {
    zh: '首次解决率', en: 'First-contact resolution', unit: 'percent', better: 'up',
    hint: { zh: '首次接触即解决的问题比例', en: 'share of issues solved at first contact' },
  },
  complaint_rate: {
    zh: '客户投诉率', en: 'Complaint rate', unit: 'percent', better: 'down',
    hint: { zh: '产生投诉的订单或客户比例', en: 'share of orders or customers that complain' },
  },
  value_added_revenue: {
    zh: '增值服务收入', en: 'Value-added service revenue', unit: 'money', better: 'up',
    hint: { zh: '培训、维保、升级等增值服务收入', en: 'revenue from training, maintenance, upgrades' },
  },
  training_pass_rate: {
    zh: '培训考核通过率', en: 'Training pass rate', unit: 'percent', better: 'up',
    hint: { zh: '参训销售人员考核通过的比例', en: 'share of trained reps who pass the assessment' },
  },
  brand_awareness: {
    zh: '品牌知名度', en: 'Brand awareness', unit: 'percent', better: 'up',
    hint: { zh: '目标人群中知道品牌的比例', en: 'share of the target audience aware of the brand' },
  },
  social_reach: {
    zh: '社交媒体触达人数', en: 'Social media reach', unit: 'people', better: 'up',
    hint: { zh: '社交平台月触达人数', en: 'people reached per month on social platforms' },
  },
  strategic_partners: {
    zh: '新增战略合作伙伴', en: 'New strategic partners', unit: 'count', better: 'up',
    hint: { zh: '本期新签战略合作伙伴数量', en: 'strategic partners signed this period' },
  },
  new_distributors: {
    zh: '新增经销商/代理商', en: 'New distributors and agents', unit: 'count', better: 'up',
    hint: { zh: '本期新签经销商、代理商数量', en: 'distributors and agents signed this period' },
  },
  churn_rate: {
    zh: '核心客户流失率', en: 'Core-customer churn', unit: 'percent', better: 'down',
    hint: { zh: '核心客户中流失的比例', en: 'share of core customers lost' },
  },
  invalid_lead_rate: {
    zh: '无效线索占比', en: 'Invalid-lead share', unit: 'percent', better: 'down',
    hint: { zh: '无效线索占全部线索的比例', en: 'share of leads that are invalid' },
  },
  quota_attainment: {
    zh: '销售人员目标达成率', en: 'Rep quota attainment', unit: 'percent', better: 'up',
    hint: { zh: '达成个人目标的销售人员比例或平均达成率', en: 'share of reps at quota, or average attainment' },
  },
  visits: {
    zh: '客户拜访量', en: 'Customer visits', unit: 'times', better: 'up',
    hint: { zh: '本期客户拜访次数', en: 'customer visits this period' },
  },
  core_revenue_share: {
    zh: '核心客户销售额占比', en: 'Core customers’ share of revenue', unit: 'percent', better: 'up',
    hint: { zh: '核心客户贡献的销售额占总销售额的比例', en: 'share of revenue that comes from core customers' },
  },
  new_customer_share: {
    zh: '新客户销售额占比', en: 'New customers’ share of revenue', unit: 'percent', better: 'up',
    hint: { zh: '新客户贡献的销售额占总销售额的比例', en: 'share of revenue that comes from new customers' },
  },
  training_coverage: {
    zh: '培训覆盖率', en: 'Training coverage', unit: 'percent', better: 'up',
    hint: { zh: '应参训人员中完成培训的比例', en: 'share of the people due for training who completed it' },
  },
  sales_cycle: {
    zh: '平均销售周期', en: 'Average sales cycle', unit: 'days', better: 'down',
    hint: { zh: '从首次接触到签约的平均天数', en: 'average days from first contact to contract' },
  },
} as const satisfies Record<string, MetricDef>;

export type MetricId = keyof typeof METRICS;
export const METRIC_IDS = Object.keys(METRICS) as [MetricId, ...MetricId[]];

export function metricDef(id: MetricId): MetricDef {
  return METRICS[id];
}
