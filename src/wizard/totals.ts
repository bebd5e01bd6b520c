// The wizard's running figures, computed by the functions derive uses for the document (product
// amounts, member targets, budget lines and cap), so what the wizard shows while it asks is what
// its summary and the document say.
import { budgetAmounts, budgetCap, memberTargets, productAmounts } from '../plan/derive.js';
import { dec, growthPercent, percentOf, sum, ZERO, type Decimal } from '../core/decimal.js';
import type { BudgetItem, Plan, Product } from '../plan/schema.js';
import type { Row } from './state.js';

/** What the product lines so far take of the total, and what is left. */
export function productTotals(rows: readonly Row[], revenue: Decimal): { allocated: Decimal; rest: Decimal } {
  const amounts = productAmounts(rows as unknown as Product[], revenue);
  const allocated = sum(amounts.filter((a) => !a.isRemainder && a.amount).map((a) => a.amount!));
  return { allocated, rest: revenue.minus(allocated) };
}

/** What is left of the total once the members with a fixed target have theirs. */
export function teamRest(rows: readonly Row[], revenue: Decimal, precision: number): Decimal {
  const members = rows.map((r) => ({ ...(typeof r.target === 'number' ? { target: r.target } : {}), headcount: typeof r.headcount === 'number' ? r.headcount : 1 }));
  const fixed = memberTargets(members, revenue, precision).filter((m) => !m.assigned && m.target).map((m) => m.target!);
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
export function budgetTotals(budget: Row, revenue: Decimal, precision: number): { total: Decimal; ratio: Decimal | undefined; cap: Decimal | undefined } {
  const items = (budget.items ?? []) as unknown as BudgetItem[];
  const cap = budgetCap({ budget, precision } as unknown as Plan, revenue);
  const total = sum(budgetAmounts(items, revenue, cap, precision).filter((x): x is Decimal => !!x));
  return { total, ratio: percentOf(total, revenue), cap };
}

export function growth(revenue: Decimal, last: Decimal): Decimal | undefined {
  return growthPercent(revenue, last);
}
