// The budget lines, with their total and its ratio to revenue as the document counts them
// (lines given as a percentage of revenue or a share of the cap included).
import { percent } from '../../i18n/format.js';
import { say } from '../../i18n/localized.js';
import { dec } from '../../plan/money.js';
import { askMoney } from '../ask.js';
import { collectList, compact } from '../lists.js';
import { wizardText } from '../messages.js';
import { moneyText, previousList, revenueOf, type WizardState } from '../state.js';
import { budgetTotals } from '../totals.js';

export async function askBudget(s: WizardState): Promise<void> {
  const previous = s.from?.budget;
  const items = await collectList(s, {
    list: 'budget', name: wizardText.listBudget, add: wizardText.addBudget, flag: '--budget-item',
    previous: previousList(previous?.items),
    describe: (row) => [row.name, typeof row.amount === 'number' ? moneyText(s, dec(row.amount)) : typeof row.percent_of_revenue === 'number' ? `${row.percent_of_revenue}%` : typeof row.share === 'number' ? `${row.share}%` : ''].filter(Boolean).join(' · '),
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
  const { items: _items, ...cap } = previous ?? { items: [] };
  const budget = { ...compact(cap), items };
  s.plan.budget = budget;
  const { total, ratio } = budgetTotals(budget, revenueOf(s), s.precision);
  s.p.note(say(s.lang, wizardText.budgetRatio, { total: moneyText(s, total), ratio: ratio ? percent(ratio.toDecimalPlaces(2), 2) : '—' }));
}
