// The executive summary at the top of a plan: the target against last period, the same period
// last year and the year to date (where the derived plan has them); the plan's three main moves,
// taken from its channel actions and schedule; its top risks with their owners; the budget asked
// for. Every figure comes from the derived plan; nothing here adds, divides or rounds.
import type { RootContent } from 'mdast';
import { percent, signedPercentColumn } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { pick, say, type Localized } from '../i18n/localized.js';
import type { Figure as Decimal } from '../i18n/format.js';
import type { DerivedPlan } from '../plan/derive.js';
import { formatPeriod } from '../plan/period.js';
import type { Plan, Risk } from '../plan/schema.js';
import { taggedText } from '../plan/tagged.js';
import type { Formatter } from './formatter.js';
import { labelled, list, partHeading, sentence } from './director-nodes.js';
import { makeTable, type Cell } from './tables/table.js';

/**
 * The year-to-date position, when the derived plan has one (a month or quarter of a year whose
 * earlier periods are known): the cumulative target, what it is compared with, and the change.
 * Every field is a derived figure; the summary shows a row only when `target` is given.
 */
export interface SummaryYtd {
  /** Cumulative target from the start of the year to the end of this period. */
  target?: Decimal;
  /** The same months of last year (or the actuals so far), to compare with. */
  base?: Decimal;
  /** Growth of target over base, %. */
  change?: Decimal;
  /** Share of the year's target the cumulative target reaches, %. */
  shareOfYear?: Decimal;
}

export interface SummaryInput {
  plan: Plan;
  derived: DerivedPlan;
  lang: Lang;
  f: Formatter;
  ytd?: SummaryYtd;
}

/**
 * The summary's year-to-date row from the plan's own `targets.ytd` block (a monthly plan): the
 * cumulative once this month's target is met, and its share of the year. No base: the block gives
 * no same months of last year to compare with. A month cut from an annual plan passes its own.
 */
export function planYtd(derived: DerivedPlan): SummaryYtd | undefined {
  const y = derived.ytd;
  if (!y?.after) return undefined;
  return { target: y.after, ...(y.afterShare ? { shareOfYear: y.afterShare } : {}) };
}

const TEXT = {
  heading: { 'zh-CN': '执行摘要', en: 'Executive summary' },
  target: { 'zh-CN': '销售目标', en: 'Target' },
  comparison: { 'zh-CN': '对比', en: 'Compared with' },
  thisTarget: { 'zh-CN': '目标', en: 'Target' },
  base: { 'zh-CN': '对比基数', en: 'Base' },
  change: { 'zh-CN': '变化', en: 'Change' },
  lastActual: { 'zh-CN': '{period}实际', en: 'Actual, {period}' },
  lastYear: { 'zh-CN': '去年同期实际', en: 'Same period last year' },
  ytd: { 'zh-CN': '年初至今累计', en: 'Year to date' },
  ytdShare: { 'zh-CN': '年初至今累计（占全年{share}）', en: 'Year to date ({share} of the year)' },
  revenueOnly: { 'zh-CN': '本期销售额目标{revenue}', en: 'Revenue target: {revenue}' },
  margin: { 'zh-CN': '毛利率不低于{margin}', en: 'Gross margin at least {margin}' },
  moves: { 'zh-CN': '三项主要举措', en: 'Three main moves' },
  movesFew: { 'zh-CN': '主要举措', en: 'Main moves' },
  risks: { 'zh-CN': '主要风险与责任人', en: 'Top risks and owners' },
  ownerOf: { 'zh-CN': '（责任人：{owner}）', en: ' (owner: {owner})' },
  noOwner: { 'zh-CN': '（责任人待定）', en: ' (owner to be named)' },
  budget: { 'zh-CN': '申请费用', en: 'Budget requested' },
  budgetOf: { 'zh-CN': '{total}，占销售额目标的{share}', en: '{total}, {share} of the revenue target' },
  budgetCap: { 'zh-CN': '（预算上限{cap}）', en: ' (cap {cap})' },
} as const satisfies Record<string, Localized>;

const LEVEL: Record<NonNullable<Risk['likelihood']>, number> = { high: 3, medium: 2, low: 1 };

/** The plan's main moves, in its own words: the biggest channels' actions first, then its schedule. */
export function mainMoves(plan: Plan, derived: DerivedPlan, lang: Lang, limit = 3): string[] {
  const sep = pick(lang, { 'zh-CN': '：', en: ': ' });
  const byTarget = plan.channels
    .map((channel, i) => ({ channel, target: derived.channels[i]?.target }))
    .filter(({ channel }) => channel.actions.length > 0)
    .sort((a, b) => (b.target && a.target ? b.target.comparedTo(a.target) : b.target ? 1 : a.target ? -1 : 0));
  const moves: string[] = [];
  // One action per channel first, so the three moves cover the three biggest channels.
  for (let round = 0; moves.length < limit && byTarget.some(({ channel }) => channel.actions.length > round); round++) {
    for (const { channel } of byTarget) {
      const action = channel.actions[round];
      if (action && moves.length < limit) moves.push(`${channel.name}${sep}${taggedText(action)}`);
    }
  }
  for (const item of plan.schedule) {
    if (moves.length >= limit) break;
    moves.push(item.action);
  }
  return moves;
}

/** The risks rated highest (likelihood and impact), at most `limit`, in the plan's order among equals. */
export function topRisks(plan: Plan, limit = 3): Risk[] {
  const score = (r: Risk) => (r.likelihood ? LEVEL[r.likelihood] : 0) + (r.impact ? LEVEL[r.impact] : 0);
  return plan.risks
    .map((risk, i) => ({ risk, i }))
    .sort((a, b) => score(b.risk) - score(a.risk) || a.i - b.i)
    .slice(0, limit)
    .map(({ risk }) => risk);
}

function targetTable(input: SummaryInput): RootContent[] {
  const { derived: d, lang, f, ytd } = input;
  const revenue = f.money(d.revenue);
  if (!revenue) return [];
  const rows: Cell[][] = [];
  // One number of decimals down the change column, as in the targets table.
  const [growth, yoy, ytdChange] = signedPercentColumn([d.lastRevenue ? d.growth : undefined, d.lastYearRevenue ? d.yoy : undefined, ytd?.target ? ytd.change : undefined]);
  if (d.lastRevenue) rows.push([say(lang, TEXT.lastActual, { period: formatPeriod(d.lastPeriod, lang) }), revenue, f.money(d.lastRevenue), growth]);
  if (d.lastYearRevenue) rows.push([pick(lang, TEXT.lastYear), revenue, f.money(d.lastYearRevenue), yoy]);
  if (ytd?.target) {
    const label = ytd.shareOfYear ? say(lang, TEXT.ytdShare, { share: percent(ytd.shareOfYear) }) : pick(lang, TEXT.ytd);
    rows.push([label, f.money(ytd.target), f.money(ytd.base), ytdChange]);
  }
  const out: RootContent[] = [];
  if (rows.length) {
    out.push(labelled(lang, pick(lang, TEXT.target)));
    out.push(makeTable(
      [{ header: pick(lang, TEXT.comparison) }, { header: pick(lang, TEXT.thisTarget), numeric: true }, { header: pick(lang, TEXT.base), numeric: true }, { header: pick(lang, TEXT.change), numeric: true }],
      rows,
    ));
  } else {
    out.push(labelled(lang, pick(lang, TEXT.target), sentence(lang, say(lang, TEXT.revenueOnly, { revenue }))));
  }
  if (d.grossMargin) out.push({ type: 'paragraph', children: [{ type: 'text', value: sentence(lang, say(lang, TEXT.margin, { margin: percent(d.grossMargin) })) }] });
  return out;
}

/** The summary's nodes, or none when the plan has nothing a summary could say. */
export function summaryNodes(input: SummaryInput): RootContent[] {
  const { plan, derived: d, lang, f } = input;
  const body: RootContent[] = [...targetTable(input)];
  const moves = mainMoves(plan, d, lang);
  if (moves.length) {
    body.push(labelled(lang, pick(lang, moves.length === 3 ? TEXT.moves : TEXT.movesFew)));
    body.push(list(moves, true));
  }
  const risks = topRisks(plan);
  if (risks.length) {
    body.push(labelled(lang, pick(lang, TEXT.risks)));
    body.push(list(risks.map((r) => {
      const owner = r.owner ? say(lang, TEXT.ownerOf, { owner: r.owner }) : pick(lang, TEXT.noOwner);
      return `${r.risk}${owner}`;
    })));
  }
  const budget = d.budget;
  if (budget && !budget.total.isZero()) {
    let text = budget.shareOfRevenue
      ? say(lang, TEXT.budgetOf, { total: f.money(budget.total), share: percent(budget.shareOfRevenue, 2) })
      : f.money(budget.total)!;
    if (budget.cap) text += say(lang, TEXT.budgetCap, { cap: f.money(budget.cap) });
    body.push(labelled(lang, pick(lang, TEXT.budget), sentence(lang, text)));
  }
  if (body.length === 0) return [];
  return [partHeading(pick(lang, TEXT.heading), 'summary'), ...body];
}
