// Parts against their whole: product lines, team, channels and regions against the total;
// budget lines against the cap; tier shares within 100%.
import { budgetAmounts, budgetCap, budgetPlaces, memberTargets, productAmounts, teamPlaces } from '../derive.js';
import { dec, sum, type Decimal } from '../../core/decimal.js';
import { num } from '../../i18n/format.js';
import type { Check, CheckContext } from './types.js';
import { checkText } from './messages.js';
import { pick } from '../../i18n/localized.js';
import { word } from '../../i18n/labels.js';

/** Decimals a sum of shares is told with (num's): 50 + 50.0000001 is 100%, not over it. */
const SHARE_PLACES = 2;
const shownShare = (value: Decimal) => value.toDecimalPlaces(SHARE_PLACES);

function partsAgainstTotal(ctx: CheckContext, list: 'team' | 'channels' | 'regions', values: (Decimal | undefined)[], whatZh: string, whatEn: string): void {
  const total = ctx.revenue;
  const known = values.filter((v): v is Decimal => !!v);
  if (!total || known.length === 0) return;
  const partSum = ctx.shown(sum(known));
  const what = pick(ctx.lang, { 'zh-CN': whatZh, en: whatEn });
  if (partSum.greaterThan(total)) {
    ctx.report('error', `${list}-exceed-total`, [list], checkText.partsExceedTotal, {
      what, sum: ctx.money(partSum), total: ctx.money(total), diff: ctx.money(partSum.minus(total)),
    }, true);
  } else if (list !== 'regions' && known.length === values.length && partSum.lessThan(total)) {
    ctx.report('warning', `${list}-below-total`, [list], checkText.partsBelowTotal, {
      what, sum: ctx.money(partSum), total: ctx.money(total), diff: ctx.money(total.minus(partSum)),
    }, true);
  }
}

export const checkProducts: Check = (ctx) => {
  const { plan } = ctx;
  const products = plan.products;
  if (products.length === 0) return;
  let structural = false;
  products.forEach((p, i) => {
    if (p.amount !== undefined && p.share !== undefined) {
      ctx.report('error', 'product-amount-and-share', ['products', i, 'share'], checkText.productAmountAndShare, { name: p.name }, true);
      structural = true;
    } else if (p.amount === undefined && p.share === undefined && p.role !== 'other') {
      ctx.report('error', 'product-no-amount', ['products', i], checkText.productNoAmount, { name: p.name });
      structural = true;
    } else if (p.share !== undefined && !ctx.revenue && !ctx.draft) {
      ctx.report('error', 'share-without-total', ['products', i, 'share'], checkText.needsRevenueForShares, { path: `products[${i}].share` }, true);
      structural = true;
    }
  });
  const remainders = products.filter((p) => p.role === 'other' && p.amount === undefined && p.share === undefined);
  if (remainders.length > 1) {
    const second = products.indexOf(remainders[1]!);
    ctx.report('error', 'product-remainder-twice', ['products', second], checkText.productRemainderTwice, { count: remainders.length });
    structural = true;
  }
  const shares = products.filter((p) => p.share !== undefined).map((p) => dec(p.share!));
  const shareSum = shownShare(sum(shares));
  if (shareSum.greaterThan(100)) {
    ctx.report('error', 'shares-over-100', ['products'], checkText.sharesOver100, {
      what: pick(ctx.lang, { 'zh-CN': '产品线', en: 'the product lines' }), sum: num(shareSum),
    }, true);
    return;
  }
  if (structural || !ctx.revenue) return;
  const amounts = productAmounts(products, ctx.revenue);
  const hasRemainder = amounts.some((a) => a.isRemainder);
  const fixed = ctx.shown(sum(amounts.filter((a) => !a.isRemainder && a.amount).map((a) => a.amount!)));
  if (fixed.greaterThan(ctx.revenue)) {
    ctx.report('error', 'products-exceed-total', ['products'], checkText.productsExceedTotal, {
      sum: ctx.money(fixed), total: ctx.money(ctx.revenue), diff: ctx.money(fixed.minus(ctx.revenue)),
    }, true);
  } else if (!hasRemainder && fixed.lessThan(ctx.revenue)) {
    ctx.report('error', 'products-below-total', ['products'], checkText.productsBelowTotal, {
      sum: ctx.money(fixed), total: ctx.money(ctx.revenue), diff: ctx.money(ctx.revenue.minus(fixed)),
    }, true);
  }
};

export const checkTeam: Check = (ctx) => {
  const team = ctx.plan.team;
  if (team.length === 0 || !ctx.revenue) return;
  const open = team.filter((m) => m.target === undefined);
  const fixed = team.filter((m) => m.target !== undefined).map((m) => dec(m.target!));
  if (open.length > 0 && fixed.length > 0 && !ctx.shown(sum(fixed)).lessThan(ctx.revenue)) {
    if (ctx.shown(sum(fixed)).greaterThan(ctx.revenue)) {
      partsAgainstTotal(ctx, 'team', fixed, '团队成员目标', 'Team targets');
      return;
    }
    ctx.report('error', 'team-no-remainder', ['team'], checkText.teamNoRemainder, {
      sum: ctx.money(sum(fixed)), total: ctx.money(ctx.revenue), names: open.map((m) => m.name).join(word(ctx.lang, 'listSep')),
    }, true);
    return;
  }
  const targets = memberTargets(team, ctx.revenue, teamPlaces(ctx.plan, ctx.revenue)).map((m) => m.target);
  partsAgainstTotal(ctx, 'team', targets, '团队成员目标', 'Team targets');
};

export const checkChannels: Check = (ctx) => {
  partsAgainstTotal(ctx, 'channels', ctx.plan.channels.map((c) => (c.target === undefined ? undefined : dec(c.target))), '各渠道目标', 'Channel targets');
};

export const checkRegions: Check = (ctx) => {
  const values = ctx.plan.regions.map((r) => (r.revenue === undefined ? undefined : dec(r.revenue)));
  partsAgainstTotal(ctx, 'regions', values, '新区域首期销售额', 'New-region revenue');
};

export const checkBudget: Check = (ctx) => {
  const budget = ctx.plan.budget;
  if (!budget) return;
  let structural = false;
  if (budget.cap !== undefined && budget.cap_percent_of_revenue !== undefined) {
    ctx.report('error', 'budget-cap-twice', ['budget', 'cap_percent_of_revenue'], checkText.budgetCapTwice, {}, true);
    structural = true;
  }
  const cap = budgetCap(ctx.plan, ctx.revenue);
  budget.items.forEach((item, i) => {
    const given = (['amount', 'percent_of_revenue', 'share'] as const).filter((k) => item[k] !== undefined);
    if (given.length === 0) {
      ctx.report('error', 'budget-item-no-amount', ['budget', 'items', i], checkText.budgetItemNoAmount, { name: item.name });
      structural = true;
    } else if (given.length > 1) {
      ctx.report('error', 'budget-item-two-amounts', ['budget', 'items', i, given[1]!], checkText.budgetItemTwoAmounts, { name: item.name, keys: given.join(' + ') }, true);
      structural = true;
    } else if (given[0] === 'share' && !cap) {
      ctx.report('error', 'budget-share-no-cap', ['budget', 'items', i, 'share'], checkText.budgetShareNoCap, { name: item.name }, true);
      structural = true;
    } else if (given[0] === 'percent_of_revenue' && !ctx.revenue && !ctx.draft) {
      ctx.report('error', 'share-without-total', ['budget', 'items', i, 'percent_of_revenue'], checkText.needsRevenueForShares, { path: `budget.items[${i}].percent_of_revenue` }, true);
      structural = true;
    }
  });
  const shareSum = shownShare(sum(budget.items.filter((it) => it.share !== undefined).map((it) => dec(it.share!))));
  if (shareSum.greaterThan(100)) {
    ctx.report('error', 'shares-over-100', ['budget', 'items'], checkText.sharesOver100, {
      what: pick(ctx.lang, { 'zh-CN': '预算项目', en: 'the budget lines' }), sum: num(shareSum),
    }, true);
    return;
  }
  if (structural || !cap) return;
  const total = ctx.shown(sum(budgetAmounts(budget.items, ctx.revenue, cap, budgetPlaces(ctx.plan, ctx.revenue)).filter((x): x is Decimal => !!x)));
  if (total.greaterThan(cap)) {
    ctx.report('error', 'budget-over-cap', ['budget', 'items'], checkText.budgetOverCap, {
      sum: ctx.money(total), cap: ctx.money(cap), diff: ctx.money(total.minus(cap)),
    }, true);
  }
};

export const checkTiers: Check = (ctx) => {
  const tiers = ctx.plan.tiers;
  for (const [key, zh, en] of [
    ['customer_share', '客户分层（客户数）', 'the tiers (customers)'],
    ['revenue_share', '客户分层（销售额）', 'the tiers (revenue)'],
  ] as const) {
    const total = shownShare(sum(tiers.filter((tier) => tier[key] !== undefined).map((tier) => dec(tier[key]!))));
    if (total.greaterThan(100)) {
      ctx.report('error', 'shares-over-100', ['tiers'], checkText.sharesOver100, { what: pick(ctx.lang, { 'zh-CN': zh, en }), sum: num(total) }, true);
    }
  }
};
