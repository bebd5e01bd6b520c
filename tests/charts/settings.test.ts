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
