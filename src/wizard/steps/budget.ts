// The budget lines, with their total and its ratio to revenue as the document counts them
// (lines given as a percentage of revenue or a share of the cap included).
import { percent } from '../../i18n/format.js';
import { say } from '../../i18n/localized.js';
import { dec } from '../../core/decimal.js';
import { askMoney } from '../ask.js';
import { collectList, compact } from '../lists.js';
import { wizardText } from '../messages.js';
import type { Plan } from '../../plan/schema.js';
import { moneyText, planSettings, previousList, revenueOf, type Row, type WizardState } from '../state.js';
import { budgetTotals } from '../totals.js';

/** The previous budget's cap (an amount or a share of revenue), without its lines. */
function capOf(previous: Plan['budget'] | undefined): Row {
  const { items: _items, ...cap } = previous ?? { items: [] };
  return compact(cap);
}

export async function askBudget(s: WizardState): Promise<void> {
  const previous = s.from?.budget;
  const items = await collectList(s, {
    list: 'budget', name: wizardText.listBudget, add: wizardText.addBudget, flag: '--budget-item',
    previous: previousList(previous?.items),
    describe: (row) => [row.name, typeof row.amount === 'number' ? moneyText(s, dec(row.amount)) : typeof row.percent_of_revenue === 'number' ? `${row.percent_of_revenue}%` : typeof row.share === 'number' ? `${row.share}%` : ''].filter(Boolean).join(' · '),
    // Lines over the cap carried from last period's plan: validate would refuse them.
    problem: (rows) => {
      const { total, cap } = budgetTotals({ ...capOf(previous), items: rows }, revenueOf(s), planSettings(s));
      return cap && total.greaterThan(cap) ? say(s.lang, wizardText.overCap, { done: moneyText(s, total), cap: moneyText(s, cap) }) : undefined;
    },
    ask: async (item) => {
      const name = await s.p.text({ id: 'budget-name', message: say(s.lang, wizardText.budgetName), ...(item ? { default: String(item.name) } : {}) });
      if (!name) return undefined;
      const amount = await askMoney(s, { id: 'budget-amount', message: say(s.lang, wizardText.budgetAmount, { unit: s.unit }), required: true, path: ['budget', 'items', 0, 'amount'], ...(typeof item?.amount === 'number' ? { default: item.amount } : {}) });
      // An amount typed replaces a line given as a percentage or share.
      const { amount: _a, percent_of_revenue: _p, share: _s, ...kept } = item ?? {};
      return compact({ ...kept, name, amount: amount ?? 0 });
    },
  });
  if (!items.length) return;
  const budget = { ...capOf(previous), items };
  s.plan.budget = budget;
  const { total, ratio } = budgetTotals(budget, revenueOf(s), planSettings(s));
  s.p.note(say(s.lang, wizardText.budgetRatio, { total: moneyText(s, total), ratio: ratio ? percent(ratio.toDecimalPlaces(2), 2) : '—' }));
}
