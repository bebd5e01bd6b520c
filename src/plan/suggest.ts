// "Did you mean …?" for misspelt keys and values. Chinese words a user might type for a key
// (销售额, 产品) are mapped to the English key, since the format's keys are English.
import { distance } from 'fastest-levenshtein';

const CHINESE_KEY_WORDS: Record<string, string> = {
  版本: 'salesplan', 类型: 'kind', 风格: 'style', 样式: 'style', 期间: 'period', 月份: 'period', 周期: 'period',
  语言: 'lang', 标题: 'title', 单位: 'unit', 金额单位: 'unit', 币种: 'currency', 重点: 'focus', 结语: 'closing',
  公司: 'company', 部门: 'department', 编制人: 'author', 作者: 'author', 审批人: 'approver', 日期: 'date',
  目标: 'targets', 销售目标: 'targets', 销售额: 'revenue', 总目标: 'revenue', 上月: 'last_revenue', 上期: 'last_revenue',
  毛利率: 'gross_margin', 市场份额: 'market_share_gain', 新客户: 'new_customers', 老客户: 'existing_customers',
  指标: 'metrics', 产品: 'products', 产品线: 'products', 渠道: 'channels', 区域: 'regions', 市场: 'regions',
  团队: 'team', 人员: 'team', 客户分层: 'tiers', 分层: 'tiers', 风险: 'risks', 预算: 'budget', 费用: 'budget',
  进度: 'schedule', 日程: 'schedule', 安排: 'schedule', 章节: 'sections', 回顾: 'review', 总结: 'review',
  名称: 'name', 金额: 'amount', 占比: 'share', 比例: 'share', 负责人: 'owner', 责任人: 'owner', 行动: 'actions',
  预警: 'warning', 应对: 'response', 措施: 'response', 可能性: 'likelihood', 影响: 'impact', 类别: 'category',
  上限: 'cap', 项目: 'items', 时间: 'when', 事项: 'action', 岗位: 'role', 定位: 'role', 说明: 'note', 备注: 'note',
  基线: 'baseline', 实际: 'actual',
};

/** The closest candidate to `input`, if it is close enough to be a likely typo. */
export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const fromChinese = CHINESE_KEY_WORDS[input.trim()];
  if (fromChinese && candidates.includes(fromChinese)) return fromChinese;
  const normalised = input.trim().toLowerCase().replace(/[\s-]+/g, '_');
  if (candidates.includes(normalised)) return normalised;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const dist = distance(normalised, candidate.toLowerCase().replace(/[\s-]+/g, '_'));
    if (dist < bestDistance) {
      best = candidate;
      bestDistance = dist;
    }
  }
  const limit = Math.max(2, Math.floor(normalised.length / 3));
  if (best !== undefined && bestDistance <= limit) return best;
  // A prefix or contained word: `rev` → `revenue`, `last` → `last_revenue`.
  const containing = candidates.filter((c) => normalised.length >= 3 && c.toLowerCase().includes(normalised));
  return containing.length === 1 ? containing[0] : undefined;
}
