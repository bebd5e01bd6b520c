// RFM rules and tiers in words, for the tier table of a plan and for `salesplan tiers`.
import type { Lang } from '../i18n/lang.js';
import { label, TIER_LABELS } from '../i18n/labels.js';
import type { RfmTierId } from '../plan/schema.js';
import type { RfmRule } from './rfm.js';
import { pick, type Localized } from '../i18n/localized.js';

const EVERYONE_ELSE: Localized = { 'zh-CN': '其余客户（R 或 F 不达一般客户标准）', en: 'everyone else (R or F below the regular tier)' };

const RULE_TEXT: Localized<(rule: RfmRule) => string> = {
  'zh-CN': (rule) => [`R≤${rule.recency}天`, `F≥${rule.frequency}次`, ...(rule.monetary !== undefined ? [`M≥${rule.monetary}倍`] : [])].join('，'),
  en: (rule) => [`R ≤ ${rule.recency} days`, `F ≥ ${rule.frequency}`, ...(rule.monetary !== undefined ? [`M ≥ ${rule.monetary}×`] : [])].join(', '),
};

/** "R≤30天，F≥4次，M≥1.5倍" / "R ≤ 30 days, F ≥ 4, M ≥ 1.5×"; the lapsed tier is "everyone else". */
export function ruleText(lang: Lang, rule: RfmRule | undefined): string {
  if (!rule) return pick(lang, EVERYONE_ELSE);
  return pick(lang, RULE_TEXT)(rule);
}

export function tierName(lang: Lang, id: RfmTierId): string {
  return label(TIER_LABELS, id, lang);
}
