// The plan's charts: setting and --no-charts decide which charts a document carries.
import { describe, expect, it } from 'vitest';
import { chartsOf } from '../../src/charts/build.js';
import { buildDocument } from '../../src/document/build.js';
import { basePlan, codes, validatePlan } from '../plan-fixture.js';

async function chartIds(plan: Record<string, unknown>, charts?: boolean): Promise<string[]> {
  const v = await validatePlan(plan);
  if (!v.valid) throw new Error(v.diagnostics.map((d) => d.message).join('\n'));
  return chartsOf(buildDocument(v.valid, { today: '2026-11-23', ...(charts === undefined ? {} : { charts }) }).tree).map((c) => c.id);
}

describe('charts: setting', () => {
  it('on by default, each only with its data; numbered in document order', async () => {
    const v = await validatePlan(basePlan());
    const charts = chartsOf(buildDocument(v.valid!, { today: '2026-11-23' }).tree);
    expect(charts.map((c) => c.id)).toEqual(['products', 'weekly', 'team']);
    expect(charts.map((c) => c.number)).toEqual([1, 2, 3]);
    expect(charts[0]!.caption).toBe('图 1 各产品线目标');
  });

  it('turns one chart off by its id, all off with false or --no-charts', async () => {
    expect(await chartIds({ ...basePlan(), charts: { weekly: false } })).toEqual(['products', 'team']);
    expect(await chartIds({ ...basePlan(), charts: false })).toEqual([]);
    expect(await chartIds(basePlan(), false)).toEqual([]);
  });

  it('an unknown chart id is a schema error', async () => {
    expect((await codes({ ...basePlan(), charts: { pie: true } })).length).toBeGreaterThan(0);
  });
});

describe('charts: many entries', () => {
  // 25 product lines of 1 … 25: the chart shows the 20 largest (25 down to 6), and its title says so.
  const many = (lang?: string) => {
    const plan = basePlan();
    plan.products = Array.from({ length: 25 }, (_, i) => ({ name: `产品 ${i + 1}`, role: 'potential', amount: i + 1 }));
    plan.targets.revenue = 325; // 1 + 2 + … + 25
    return lang ? { ...plan, lang } : plan;
  };

  it('draws the 20 largest bars of a longer table, and says how many of how many', async () => {
    const v = await validatePlan(many());
    const chart = chartsOf(buildDocument(v.valid!, { today: '2026-11-23' }).tree).find((c) => c.id === 'products')!;
    expect(chart.categories).toHaveLength(20);
    expect(chart.categories[0]).toBe('产品 25');
    expect(chart.categories[19]).toBe('产品 6');
    expect(chart.series[0]!.values[19]).toBe(6);
    // 6 of 325 is 1.8%, as the table writes it.
    expect(chart.series[0]!.labels[19]).toBe('6（1.8%）');
    expect(chart.caption).toBe('图 1 各产品线目标（最大的 20 项，共 25 项）');
  });

  it('says it in English too', async () => {
    const v = await validatePlan(many(), { lang: 'en' });
    const chart = chartsOf(buildDocument(v.valid!, { today: '2026-11-23' }).tree).find((c) => c.id === 'products')!;
    expect(chart.caption).toBe('Figure 1 Target by product line (the 20 largest of 25)');
  });

  it('20 entries or fewer: every one, under the plain title', async () => {
    const plan = many();
    plan.products = plan.products.slice(5);
    plan.targets.revenue = 310; // 6 + … + 25
    const v = await validatePlan(plan);
    const chart = chartsOf(buildDocument(v.valid!, { today: '2026-11-23' }).tree).find((c) => c.id === 'products')!;
    expect(chart.categories).toHaveLength(20);
    expect(chart.caption).toBe('图 1 各产品线目标');
  });
});
