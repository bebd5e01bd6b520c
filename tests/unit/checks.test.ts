import { describe, expect, it } from 'vitest';
import { basePlan, codes, validatePlan } from '../plan-fixture.js';

describe('consistency checks', () => {
  it('accepts the base plan', async () => {
    expect((await codes(basePlan()))).toEqual([]);
  });

  it('product lines more than the total', async () => {
    const p = basePlan();
    p.products = [{ name: 'A', role: 'flagship', amount: 400 }, { name: 'B', role: 'new', amount: 200 }];
    const v = (await validatePlan(p, { lang: 'en' }));
    expect(v.diagnostics.map((d) => d.code)).toEqual(['products-exceed-total']);
    expect(v.diagnostics[0]!.message).toBe('The product lines add up to 600 万元, more than the total 500 万元 (by 100 万元). Adjust the product targets or the total.');
  });

  it('product lines short of the total, with no remainder line', async () => {
    const p = basePlan();
    p.products = [{ name: 'A', role: 'flagship', amount: 400 }];
    expect((await codes(p))).toEqual(['products-below-total']);
  });

  it('shares over 100%', async () => {
    const p = basePlan();
    p.products = [{ name: 'A', role: 'flagship', share: 60 }, { name: 'B', role: 'new', share: 50 }];
    expect((await codes(p))).toEqual(['shares-over-100']);
  });

  it('amount and share both given, or neither', async () => {
    const p = basePlan();
    p.products = [{ name: 'A', role: 'flagship', amount: 100, share: 20 }, { name: 'B', role: 'new' }];
    expect((await codes(p))).toEqual(['product-amount-and-share', 'product-no-amount']);
  });

  it('two lines taking the remainder', async () => {
    const p = basePlan();
    p.products.push({ name: '其他2', role: 'other' });
    expect((await codes(p))).toEqual(['product-remainder-twice']);
  });

  it('team targets over the total, and short of it (a warning)', async () => {
    const p = basePlan();
    p.team = [{ name: '甲', target: 300 }, { name: '乙', target: 300 }];
    expect((await codes(p))).toEqual(['team-exceed-total']);
    p.team = [{ name: '甲', target: 300 }, { name: '乙', target: 100 }];
    const v = (await validatePlan(p));
    expect(v.diagnostics.map((d) => [d.code, d.severity])).toEqual([['team-below-total', 'warning']]);
    expect(v.valid).toBeDefined();
  });

  it('fixed team targets that leave nothing for the others', async () => {
    const p = basePlan();
    p.team = [{ name: '甲', target: 500 }, { name: '乙' }];
    expect((await codes(p))).toEqual(['team-no-remainder']);
  });

  it('channel targets over the total', async () => {
    const p = basePlan();
    p.channels = [{ name: '直销', type: 'direct', target: 600 }];
    expect((await codes(p))).toEqual(['channels-exceed-total']);
  });

  it('budget over its cap, and a share with no cap', async () => {
    const p = basePlan();
    p.budget = { cap: 10, items: [{ name: '差旅', amount: 6 }, { name: '推广', amount: 5 }] };
    expect((await codes(p))).toEqual(['budget-over-cap']);
    p.budget = { items: [{ name: '差旅', share: 50 }] };
    expect((await codes(p))).toEqual(['budget-share-no-cap']);
    p.budget = { cap: 10, items: [{ name: '差旅' }, { name: '推广', amount: 1, share: 5 }] };
    expect((await codes(p))).toEqual(['budget-item-no-amount', 'budget-item-two-amounts']);
  });

  it('tier shares over 100%', async () => {
    const p = basePlan();
    p.tiers = [{ name: 'A', customer_share: 60, revenue_share: 70 }, { name: 'B', customer_share: 50, revenue_share: 20 }];
    expect((await codes(p))).toEqual(['shares-over-100']);
  });

  it('a risk without a response', async () => {
    const p = basePlan();
    p.risks = [{ risk: '人员流失', warning: '有人提离职' }];
    expect((await codes(p))).toEqual(['risk-no-response']);
  });

  it('period that does not fit the kind', async () => {
    const p = basePlan();
    p.period = '2026-Q4';
    expect((await codes(p))).toEqual(['period-format']);
    p.period = '2026-13';
    expect((await validatePlan(p)).diagnostics[0]!.message).toContain('月份无效');
  });

  it('a monthly plan without a style; a style on another kind', async () => {
    const p = basePlan();
    delete p.style;
    expect((await codes(p))).toEqual(['style-missing']);
    expect((await codes(p, { style: 'target' }))).toEqual([]);
  });

  it('style data missing is an error naming the key, unless --draft', async () => {
    const p = basePlan();
    p.style = 'service';
    const v = (await validatePlan(p, { lang: 'en' }));
    const missing = v.diagnostics.filter((d) => d.code === 'style-data-missing').map((d) => d.message);
    expect(missing).toContain(
      'The "Service and value targets" section of the Service and customer value style needs a targets.metrics entry with id: nps (Net Promoter Score (NPS)). Add it to the plan, or use --draft for a skeleton with [TBD] placeholders.',
    );
    expect(missing).toHaveLength(5); // nps, value_added_revenue, resolution_time, complaint_rate, tiers (renewal_rate is present)
    expect((await codes(p, { draft: true }))).toEqual([]);
  });

  it('section overrides must name a section of the style', async () => {
    const p = basePlan();
    p.sections = { markt: { bullets: ['x'] } };
    const v = (await validatePlan(p));
    expect(v.diagnostics.map((d) => d.code)).toEqual(['unknown-section']);
    expect(v.diagnostics[0]!.message).toContain('market');
  });

  it('more customers won than prospects is a warning', async () => {
    const p = basePlan();
    p.targets.new_customers.won = 50;
    expect((await validatePlan(p)).diagnostics.map((d) => [d.code, d.severity])).toEqual([['won-over-prospects', 'warning']]);
  });

  it('a metric with neither id nor name, or twice', async () => {
    const p = basePlan();
    p.targets.metrics.push({ target: 3 }, { id: 'renewal_rate', target: 90 });
    expect((await codes(p))).toEqual(['metric-no-name', 'metric-twice']);
  });

  it('locates each problem in the file', async () => {
    const text = [
      'salesplan: 1', 'style: target', 'period: 2026-12',
      'targets:', '  revenue: 500', '  new_customers: {prospects: 1, won: 1, contract_value: 1}', '  existing_customers: {upsell: 1}',
      '  metrics: [{id: renewal_rate, target: 90}]',
      'products:', '  - name: A', '    amount: 100', '    role: flagship',
    ].join('\n');
    const d = (await validatePlan(text)).diagnostics[0]!;
    expect(d).toMatchObject({ code: 'products-below-total', line: 9, column: 1 });
  });
});
