// Moving a plan on to its next period never invents an actual: last period's revenue and each
// line's last amount come from the actuals when given, and are otherwise left empty and asked
// for; blocks left out are named with a reason; dated text is listed for an update.
import { describe, expect, it } from 'vitest';
import { readActuals } from '../../src/data/actuals.js';
import { computeAttainment } from '../../src/plan/attainment.js';
import { nextPlanFrom } from '../../src/plan/next-period.js';
import { rollForward } from '../../src/plan/roll-forward.js';
import { validateFile, validateText } from '../../src/plan/validate.js';
import { stringify } from 'yaml';
import { examplePath } from '../examples.js';

describe('new --from examples/target-zh.yaml', async () => {
  const valid = (await validateFile(examplePath('target-zh.yaml'))).valid!;

  it('without actuals: last_revenue is left empty and asked for, not December\'s target of 860', () => {
    const r = rollForward(valid.plan, valid.period);
    expect(r.plan.period).toBe('2027-01');
    expect(r.plan.targets?.last_revenue).toBeUndefined();
    expect(r.missing).toContain('targets.last_revenue');
    expect(r.plan.targets?.revenue).toBe(860);
  });

  it('product last_amounts move with it: none is carried two months old', () => {
    const r = rollForward(valid.plan, valid.period);
    expect((r.plan.products ?? []).every((p) => p.last_amount === undefined)).toBe(true);
    valid.plan.products.forEach((p, i) => { if (p.last_amount !== undefined) expect(r.missing).toContain(`products[${i}].last_amount`); });
  });

  it('with the December actuals: last_revenue 812.6 and each line\'s actual', async () => {
    const { figures } = computeAttainment(valid.plan, valid.derived, await readActuals(examplePath('actuals-2026-12.csv')), 'zh-CN');
    const r = rollForward(valid.plan, valid.period, figures);
    expect(r.plan.targets?.last_revenue).toBe(812.6);
    expect(r.missing).not.toContain('targets.last_revenue');
    figures.products.forEach((p, i) => { if (p.actual) expect(r.plan.products![i]!.last_amount).toBe(p.actual.toNumber()); });
  });

  it('names every block it leaves out, with a reason in both languages, and lists dated text', () => {
    const r = rollForward(valid.plan, valid.period);
    const keys = r.dropped.map((d) => d.key);
    expect(keys).toEqual(expect.arrayContaining(['org.date', 'review', 'schedule']));
    for (const d of r.dropped) expect(d.reason['zh-CN'] && d.reason.en).toBeTruthy();
    expect(r.dated.map((d) => d.text)).toEqual(expect.arrayContaining(['12 月 12 日与“双旦”节点的线上大促', '杭州家博会（12 月 19—21 日）']));
    // Every other block survives: market, channels, team, risks, budget …
    for (const key of ['market', 'channels', 'team', 'risks', 'budget'] as const) expect(r.plan[key]).toBeDefined();
  });

  it('writes a plan that validates', async () => {
    const r = rollForward(valid.plan, valid.period);
    const v = await validateText(stringify(r.plan), 'next.yaml', { draft: true });
    expect(v.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('review --next', async () => {
  const valid = (await validateFile(examplePath('target-zh.yaml'))).valid!;
  const { figures } = computeAttainment(valid.plan, valid.derived, await readActuals(examplePath('actuals-2026-12.csv')), 'zh-CN');

  it('takes last period\'s actuals; without a total actual it leaves last_revenue empty instead of the old 780', () => {
    expect(nextPlanFrom(valid, figures, { growth: 8, base: 'target' }, 'zh-CN').plan.targets?.last_revenue).toBe(812.6);
    const noTotal = { ...figures, total: { ...figures.total } };
    delete noTotal.total.actual;
    const next = nextPlanFrom(valid, noTotal, { growth: 8, base: 'target' }, 'zh-CN');
    expect(next.plan.targets?.last_revenue).toBeUndefined();
    expect(next.missing).toContain('targets.last_revenue');
  });

  it('names what it drops and lists dated text', () => {
    const next = nextPlanFrom(valid, figures, { growth: 8, base: 'target' }, 'zh-CN');
    expect(next.dropped.map((d) => d.key)).toEqual(expect.arrayContaining(['org.date', 'schedule']));
    expect(next.dated.length).toBeGreaterThan(0);
  });
});
