// The wizard's running figures, computed by the functions derive uses for the document (product
// amounts, member targets, budget lines and cap), so what the wizard shows while it asks is what
// its summary and the document say.
import { budgetAmounts, budgetCap, budgetPlaces, memberTargets, productAmounts, teamPlaces } from '../plan/derive.js';
import { dec, growthPercent, percentOf, sum, ZERO, type Decimal } from '../core/decimal.js';
import type { BudgetItem, Plan, Product } from '../plan/schema.js';
import type { Row } from './state.js';

/** The plan's rounding settings (state.ts planSettings). */
type Settings = Pick<Plan, 'unit' | 'lang' | 'precision'>;

/** What the product lines so far take of the total, and what is left. */
export function productTotals(rows: readonly Row[], revenue: Decimal): { allocated: Decimal; rest: Decimal } {
  const amounts = productAmounts(rows as unknown as Product[], revenue);
  const allocated = sum(amounts.filter((a) => !a.isRemainder && a.amount).map((a) => a.amount!));
  return { allocated, rest: revenue.minus(allocated) };
}

/** What is left of the total once the members with a fixed target have theirs. */
export function teamRest(rows: readonly Row[], revenue: Decimal, settings: Settings): Decimal {
  const members = rows.map((r) => ({ ...(typeof r.target === 'number' ? { target: r.target } : {}), headcount: typeof r.headcount === 'number' ? r.headcount : 1 }));
  const places = teamPlaces({ ...settings, team: members as unknown as Plan['team'] }, revenue);
  const fixed = memberTargets(members, revenue, places).filter((m) => !m.assigned && m.target).map((m) => m.target!);
  return revenue.minus(sum(fixed));
}

export function headcount(rows: readonly Row[]): number {
  return rows.reduce((n, r) => n + (typeof r.headcount === 'number' ? r.headcount : 1), 0);
}

/** Revenue per head, as the document's per-capita figure. */
export function perCapita(rows: readonly Row[], revenue: Decimal): Decimal | undefined {
  const heads = headcount(rows);
  return heads > 0 ? revenue.div(heads) : undefined;
}

/** What is left of the total once the channels so far have their targets. */
export function channelRest(rows: readonly Row[], revenue: Decimal): Decimal {
  return revenue.minus(sum(rows.map((r) => (typeof r.target === 'number' ? dec(r.target) : ZERO))));
}

/**
 * The budget's total and its share of revenue: lines given as amounts, as a percentage of
 * revenue or as shares of the cap, all counted as the document counts them.
 */
export function budgetTotals(budget: Row, revenue: Decimal, settings: Settings): { total: Decimal; ratio: Decimal | undefined; cap: Decimal | undefined } {
  const items = (budget.items ?? []) as unknown as BudgetItem[];
  const plan = { ...settings, budget: budget as unknown as Plan['budget'] };
  const cap = budgetCap(plan, revenue);
  const total = sum(budgetAmounts(items, revenue, cap, budgetPlaces(plan, revenue)).filter((x): x is Decimal => !!x));
  return { total, ratio: percentOf(total, revenue), cap };
}

export function growth(revenue: Decimal, last: Decimal): Decimal | undefined {
  return growthPercent(revenue, last);
}
