// The budget: the cap (an amount or a share of revenue), each line's amount (lines given as
// shares of the cap split so they add up exactly), shares of the budget and of revenue.
import { dec, HUNDRED, percentOf, sharesOf, splitLargestRemainder, sum, ZERO, type Decimal as D } from '../../core/decimal.js';
import type { BudgetItem, Plan } from '../schema.js';
import { moneyPlaces } from '../settings.js';
import type { DerivedBudget } from './types.js';

/** Amount of each budget line; lines given as shares of the cap are split so they add up exactly. */
export function budgetAmounts(items: readonly BudgetItem[], revenue: D | undefined, cap: D | undefined, precision: number): (D | undefined)[] {
  const amounts: (D | undefined)[] = items.map((item) => {
    if (item.amount !== undefined) return dec(item.amount);
    if (item.percent_of_revenue !== undefined) {
      return revenue ? revenue.times(dec(item.percent_of_revenue)).div(HUNDRED).toDecimalPlaces(precision) : undefined;
    }
    return undefined;
  });
  const shareItems = items.map((item, i) => ({ item, i })).filter(({ item }) => item.share !== undefined && item.amount === undefined && item.percent_of_revenue === undefined);
  if (shareItems.length && cap) {
    const shares = shareItems.map(({ item }) => dec(item.share!));
    const whole = cap.times(sum(shares)).div(HUNDRED);
    const parts = splitLargestRemainder(whole.toDecimalPlaces(Math.max(precision, cap.decimalPlaces())), shares, precision);
    shareItems.forEach(({ i }, k) => (amounts[i] = parts[k]));
  }
  return amounts;
}

export function budgetCap(plan: Pick<Plan, 'budget' | 'unit' | 'lang' | 'precision'>, revenue: D | undefined): D | undefined {
  const budget = plan.budget;
  if (!budget) return undefined;
  if (budget.cap !== undefined) return dec(budget.cap);
  if (budget.cap_percent_of_revenue !== undefined && revenue) {
    const cap = revenue.times(dec(budget.cap_percent_of_revenue)).div(HUNDRED);
    return cap.toDecimalPlaces(capPlaces(plan, cap));
  }
  return undefined;
}

/**
 * A cap taken as a share of revenue keeps up to the cent of it when the plan sets no precision
 * (1% of 2,415 is 24.15, not 24.2): its lines are split from it by the shares the plan gives, and
 * a rounded cap would show them as 30.2% where the plan says 30%.
 */
function capPlaces(plan: Pick<Plan, 'unit' | 'lang' | 'precision'>, cap: D): number {
  const fit = moneyPlaces(plan, cap);
  return plan.precision !== undefined ? fit : Math.max(fit, Math.min(CAP_CENTS, cap.decimalPlaces()));
}
const CAP_CENTS = 2;

/**
 * The places of every computed budget amount: one for the whole table, fitting the budget's size
 * (its cap, else its lines as given), so a 4.3万元 line keeps its decimal in an 860万元 plan.
 */
export function budgetPlaces(plan: Pick<Plan, 'budget' | 'unit' | 'lang' | 'precision'>, revenue: D | undefined): number {
  const budget = plan.budget;
  const cap = budgetCap(plan, revenue);
  const rough = budget ? sum(budget.items.map((item) => (item.amount !== undefined
    ? dec(item.amount)
    : item.percent_of_revenue !== undefined && revenue ? revenue.times(dec(item.percent_of_revenue)).div(HUNDRED) : ZERO))) : ZERO;
  return cap ? capPlaces(plan, cap) : moneyPlaces(plan, rough);
}

export function deriveBudget(plan: Plan, revenue: D | undefined): DerivedBudget | undefined {
  if (!plan.budget) return undefined;
  const cap = budgetCap(plan, revenue);
  const itemAmounts = budgetAmounts(plan.budget.items, revenue, cap, budgetPlaces(plan, revenue));
  const total = sum(itemAmounts.filter((x): x is D => !!x));
  const budget: DerivedBudget = { total, items: [] };
  if (cap) {
    budget.cap = cap;
    budget.headroom = cap.minus(total);
    if (revenue) budget.capShareOfRevenue = percentOf(cap, revenue);
  }
  if (revenue) budget.shareOfRevenue = percentOf(total, revenue);
  if (!total.isZero()) budget.itemsShareTotal = HUNDRED;
  const shares = sharesOf(itemAmounts.map((x) => x ?? ZERO), total);
  budget.items = plan.budget.items.map((_, index) => {
    const row: DerivedBudget['items'][number] = { index };
    const amount = itemAmounts[index];
    if (amount) {
      row.amount = amount;
      const s = shares[index];
      if (s) row.shareOfBudget = s;
      if (revenue) row.shareOfRevenue = percentOf(amount, revenue);
    }
    return row;
  });
  return budget;
}
