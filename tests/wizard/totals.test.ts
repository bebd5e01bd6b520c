// The wizard's running notes round as the document will: with the plan's precision when the plan
// file states one, else by the size of each figure (no `precision:` in the file it writes).
import { describe, expect, it } from 'vitest';
import { dec } from '../../src/core/decimal.js';
import { deriveBudget } from '../../src/plan/derive/budget.js';
import type { Plan } from '../../src/plan/schema.js';
import { budgetTotals } from '../../src/wizard/totals.js';

describe('wizard running totals', () => {
  // 1.55% of 863万元 is 13.3765: 13.4 at the one place an amount under 100万元 is shown at, 13.38 at two.
  const budget = { items: [{ name: '推广费', percent_of_revenue: 1.55 }] };

  it('without a precision in the plan: the document’s places, 13.4', () => {
    const { total } = budgetTotals(budget, dec(863), { unit: '万元', lang: 'zh-CN' });
    expect(total.toString()).toBe('13.4');
    const plan = { unit: '万元', lang: 'zh-CN', budget } as unknown as Plan;
    expect(deriveBudget(plan, dec(863))!.total.toString()).toBe('13.4');
  });

  it('with precision: 2 stated: 13.38, as the document then shows it', () => {
    expect(budgetTotals(budget, dec(863), { unit: '万元', lang: 'zh-CN', precision: 2 }).total.toString()).toBe('13.38');
  });
});
