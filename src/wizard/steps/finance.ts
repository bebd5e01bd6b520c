// Gross profit, collections and (for a monthly plan) the year to date: optional, so asked only
// after a yes to one question (yes by default when a flag answers one of them or the previous
// plan had them). Each answer is checked by the plan schema's own rule; the running notes show
// the figures the plan will derive from them (the margin, the collection rate, what remains of
// the year and this month's share of it).
import { percent } from '../../i18n/format.js';
import { say, type Messages } from '../../i18n/localized.js';
import { dec, percentOf } from '../../core/decimal.js';
import { askMoney, askMoneyOrShare } from '../ask.js';
import { compact } from '../lists.js';
import { moneyText, revenueOf, type Row, type WizardState } from '../state.js';

export const financeStepText = {
  wants: {
    'zh-CN': '是否设定毛利额、回款{ytd}目标？',
    en: 'Set gross-profit, collections{ytd} targets?',
  },
  ytdPart: { 'zh-CN': '和年度进度', en: ' and year-to-date' },
  grossProfit: { 'zh-CN': '毛利额目标（{unit}，可留空）', en: 'Gross profit target ({unit}, may be left empty)' },
  margin: { 'zh-CN': '→ 毛利率 {margin}', en: '→ a gross margin of {margin}' },
  collections: {
    'zh-CN': '回款目标：金额（{unit}），或写成 95% 表示回款率（回款额占销售额目标的比例；可留空）',
    en: 'Collections target: an amount ({unit}), or a rate such as 95% (collections as % of the revenue target; may be left empty)',
  },
  rate: { 'zh-CN': '→ 回款率 {rate}', en: '→ a collection rate of {rate}' },
  amount: { 'zh-CN': '→ 回款额 {amount}', en: '→ collections of {amount}' },
  ytdAnnual: { 'zh-CN': '全年销售额目标（{unit}，可留空）', en: 'Annual revenue target ({unit}, may be left empty)' },
  ytdActual: { 'zh-CN': '本年截至上月末累计完成（{unit}）', en: 'Actual revenue this year to the end of last month ({unit})' },
  ytdNote: {
    'zh-CN': '→ 全年剩余 {remaining}，本月目标占剩余任务的 {share}',
    en: '→ {remaining} left of the year; this month carries {share} of it',
  },
} satisfies Messages;

const FLAG_IDS = ['gross-profit', 'collections', 'ytd-annual', 'ytd-actual'] as const;

export async function askFinance(s: WizardState): Promise<void> {
  const from = s.from?.targets;
  const monthly = s.kind === 'monthly';
  const flagged = FLAG_IDS.some((id) => s.answers[id] !== undefined);
  const had = from?.gross_profit !== undefined || !!from?.collections || (monthly && !!from?.ytd);
  const wants = await s.p.confirm({
    id: 'finance', message: say(s.lang, financeStepText.wants, { ytd: monthly ? say(s.lang, financeStepText.ytdPart) : '' }), default: flagged || had,
  });
  if (!wants) return;
  const revenue = revenueOf(s);

  const gp = await askMoney(s, {
    id: 'gross-profit', flag: '--gross-profit', message: say(s.lang, financeStepText.grossProfit, { unit: s.unit }), path: ['targets', 'gross_profit'],
    ...(from?.gross_profit !== undefined ? { default: from.gross_profit } : {}),
  });
  if (gp !== undefined) {
    s.plan.targets.gross_profit = gp;
    const margin = percentOf(dec(gp), revenue);
    if (margin) s.p.note(say(s.lang, financeStepText.margin, { margin: percent(margin.toDecimalPlaces(1)) }));
  }

  const previous = from?.collections;
  const previousTarget = previous?.rate !== undefined ? `${previous.rate}%` : previous?.amount;
  const collections = await askMoneyOrShare(s, {
    id: 'collections', flag: '--collections', message: say(s.lang, financeStepText.collections, { unit: s.unit }), path: ['targets', 'collections', 'amount'],
    ...(previousTarget !== undefined ? { default: previousTarget } : {}),
  });
  if (collections) {
    // Last period's actuals are not the previous plan's targets: only the receivables and DSO targets carry over as targets.
    const kept: Row = compact({ receivables: previous?.receivables, dso: previous?.dso });
    s.plan.targets.collections = collections.share ? { rate: collections.value, ...kept } : { amount: collections.value, ...kept };
    if (collections.share) s.p.note(say(s.lang, financeStepText.amount, { amount: moneyText(s, revenue.times(collections.value).div(100)) }));
    else {
      const rate = percentOf(dec(collections.value), revenue);
      if (rate) s.p.note(say(s.lang, financeStepText.rate, { rate: percent(rate.toDecimalPlaces(1)) }));
    }
  }

  if (!monthly) return;
  const annual = await askMoney(s, {
    id: 'ytd-annual', flag: '--ytd-annual', message: say(s.lang, financeStepText.ytdAnnual, { unit: s.unit }), path: ['targets', 'ytd', 'annual'],
    ...(from?.ytd && String(s.from?.period).slice(0, 4) === s.period.slice(0, 4) ? { default: from.ytd.annual } : {}),
  });
  if (annual === undefined) return;
  const january = /-0?1$/.test(s.period);
  const actual = await askMoney(s, {
    id: 'ytd-actual', flag: '--ytd-actual', message: say(s.lang, financeStepText.ytdActual, { unit: s.unit }), path: ['targets', 'ytd', 'actual'],
    required: !january, ...(january ? { default: 0 } : {}),
  });
  if (actual === undefined) return;
  s.plan.targets.ytd = { annual, actual };
  const remaining = dec(annual).minus(dec(actual));
  const share = remaining.greaterThan(0) ? percentOf(revenue, remaining) : undefined;
  s.p.note(say(s.lang, financeStepText.ytdNote, { remaining: moneyText(s, remaining), share: share ? percent(share.toDecimalPlaces(1)) : '—' }));
}
