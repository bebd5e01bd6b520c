// Gross profit, collections, a monthly plan's year to date, a quarter's months and their review,
// each against figures worked out by hand (issue 11, deliverable 5).
import { describe, expect, it } from 'vitest';
import { readActuals } from '../../src/data/actuals.js';
import { computeAttainment } from '../../src/plan/attainment.js';
import { validateFile } from '../../src/plan/validate.js';
import { sum } from '../../src/core/decimal.js';
import { buildDocument } from '../../src/document/build.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { examplePath } from '../examples.js';
import { tempDir } from '../helpers.js';
import { basePlan, codes, validatePlan } from '../plan-fixture.js';

const fixed = (v: { toFixed(n?: number): string } | undefined, n?: number) => (v === undefined ? undefined : n === undefined ? v.toFixed() : v.toFixed(n));

function plan(targets: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const p = basePlan();
  Object.assign(p.targets, targets);
  return { ...p, ...extra };
}

async function derived(p: unknown, draft = false) {
  const v = await validatePlan(p, { draft });
  if (!v.valid) throw new Error(v.diagnostics.map((d) => d.message).join('\n'));
  return v.valid.derived;
}

describe('gross profit', () => {
  it('860 × 34% = 292.4 agrees with the margin; 292 too (33.95% reads 34%); 300 does not', async () => {
    expect(await codes(plan({ revenue: 860, gross_margin: 34, gross_profit: 292.4 }))).not.toContain('gross-profit-vs-margin');
    expect(await codes(plan({ revenue: 860, gross_margin: 34, gross_profit: 292 }))).not.toContain('gross-profit-vs-margin');
    expect(await codes(plan({ revenue: 860, gross_margin: 34, gross_profit: 300 }))).toContain('gross-profit-vs-margin');
  });

  it('given alone, gives the margin: 150 of 500 is 30%; growth over 120 is 25%', async () => {
    const d = await derived(plan({ gross_profit: 150, last_gross_profit: 120 }));
    expect(fixed(d.grossProfit!.amount)).toBe('150');
    expect(d.grossProfit!.marginDerived).toBe(true);
    expect(fixed(d.grossMargin)).toBe('30');
    expect(fixed(d.grossProfit!.growth)).toBe('25');
  });

  it('a margin alone gives no amount (a plan without gross_profit reads as before)', async () => {
    const d = await derived(plan({ gross_margin: 34 }));
    expect(d.grossProfit).toBeUndefined();
    expect(fixed(d.grossMargin)).toBe('34');
  });
});

describe('collections', () => {
  it('a rate alone gives the amount: 95% of 2,415 = 2,294.25', async () => {
    const d = await derived(plan({ revenue: 2415, collections: { rate: 95 } }));
    expect(fixed(d.collections!.amount)).toBe('2294.25');
    expect(d.collections!.amountDerived).toBe(true);
  });

  it('an amount alone gives the rate: 800 of 860 = 93.02…%; last period 655 → +22.1%', async () => {
    const d = await derived(plan({ revenue: 860, collections: { amount: 800, last_amount: 655, last_rate: 84 } }));
    expect(fixed(d.collections!.rate, 4)).toBe('93.0233');
    expect(d.collections!.rateDerived).toBe(true);
    expect(fixed(d.collections!.amountGrowth, 2)).toBe('22.14');
    expect(fixed(d.collections!.rateChange, 4)).toBe('9.0233');
  });

  it('amount and rate must agree: 800 of 860 reads 93%, not 90%', async () => {
    expect(await codes(plan({ revenue: 860, collections: { amount: 800, rate: 93 } }))).not.toContain('collections-vs-rate');
    expect(await codes(plan({ revenue: 860, collections: { amount: 800, rate: 90 } }))).toContain('collections-vs-rate');
  });

  it('receivables 420 from 480 is -12.5%; DSO 45 from 52 is -7 days', async () => {
    const d = await derived(plan({ collections: { receivables: 420, last_receivables: 480, dso: 45, last_dso: 52 } }));
    expect(fixed(d.collections!.receivablesChange)).toBe('-12.5');
    expect(fixed(d.collections!.dsoChange)).toBe('-7');
  });
});

describe('year to date', () => {
  it('June: 9,600 for the year, 4,000 done, 900 this month', async () => {
    const d = await derived(plan({ revenue: 900, ytd: { annual: 9600, actual: 4000 } }, { period: '2026-06' }));
    const y = d.ytd!;
    expect(fixed(y.remaining)).toBe('5600');
    expect(fixed(y.completed, 4)).toBe('41.6667');
    // 900 ÷ 5,600 = 16.07%
    expect(fixed(y.shareOfRemaining, 4)).toBe('16.0714');
    expect(fixed(y.after)).toBe('4900');
    expect(fixed(y.leftAfter)).toBe('4700');
    // 4,700 over July–December: 783.33 a month
    expect(y.monthsAfter).toBe(6);
    expect(fixed(y.perMonthAfter)).toBe('783.33');
  });

  it('the December example: 8,200 − 7,430 = 770 remain, and December\'s 860 takes the year 90 past its target', async () => {
    const v = await validateFile(examplePath('target-zh.yaml'));
    const y = v.valid!.derived.ytd!;
    expect(fixed(y.remaining)).toBe('770');
    // 860 ÷ 770 = 111.69%
    expect(fixed(y.shareOfRemaining, 2)).toBe('111.69');
    expect(fixed(y.leftAfter)).toBe('-90');
    // 8,290 ÷ 8,200 = 101.10%
    expect(fixed(y.afterShare, 2)).toBe('101.10');
    expect(v.diagnostics).toEqual([]);
  });

  it('warns when December leaves the year short, when January has an actual, when the year is already passed, outside a monthly plan', async () => {
    expect(await codes(plan({ revenue: 700, ytd: { annual: 8400, actual: 7600 } }))).toContain('ytd-december-short');
    expect(await codes(plan({ revenue: 700, ytd: { annual: 8400, actual: 5 } }, { period: '2027-01' }))).toContain('ytd-january');
    expect(await codes(plan({ revenue: 700, ytd: { annual: 8400, actual: 8500 } }, { period: '2026-06' }))).toContain('ytd-over-annual');
    expect(await codes({ ...basePlan(), kind: 'quarterly', style: undefined, period: '2026-Q4', targets: { revenue: 1000, ytd: { annual: 4000, actual: 3000 } } }, { draft: true })).toContain('ytd-not-monthly');
  });

  it('the document shows the year to date under the targets table, and nothing when the plan has no ytd', async () => {
    const v = await validateFile(examplePath('target-zh.yaml'));
    const md = renderMarkdown(buildDocument(v.valid!, { today: '2026-11-23' }));
    // 860 of 8,200 is 10.5% of the year, and 111.7% of the 770 left.
    expect(md).toMatch(/\| 本月目标 +\| +860 \| +10\.5% \| 占剩余任务的111\.7% +\|/);
    const plain = await validatePlan(basePlan());
    expect(renderMarkdown(buildDocument(plain.valid!, { today: '2026-11-23' }))).not.toContain('全年剩余任务');
  });
});

describe('a quarter split into its months by working days', () => {
  // Split in whole 万元 (a month's part is in the hundreds): 2,415 × 20/61 = 791.80, × 18/61 = 712.62,
  // × 23/61 = 910.57; whole parts 791 + 712 + 910 = 2,413, the two largest remainders (.80, .62) get the 2 left.
  it('2027-Q1 (estimated calendar): 20, 18 and 23 working days; 2,415 = 792 + 713 + 910', async () => {
    const v = await validateFile(examplePath('quarterly-zh.yaml'));
    const q = v.valid!.derived.quarterMonths!;
    expect(q.source).toBe('estimated');
    expect(q.months.map((m) => m.workdays)).toEqual([20, 18, 23]);
    expect(q.months.map((m) => m.target.toFixed())).toEqual(['792', '713', '910']);
    expect(sum(q.months.map((m) => m.target)).toFixed()).toBe('2415');
    expect(q.months.at(-1)!.cumulative.toFixed()).toBe('2415');
  });

  // 1,000 × 22/66 = 333.33, × 21/66 = 318.18, × 23/66 = 348.48: 333 + 318 + 348 = 999, the largest remainder (.48) gets the 1.
  it('2026-Q4, weekends only: 22, 21, 23 days; 1,000 = 333 + 318 + 349 (the largest remainder to December)', async () => {
    const d = await derived({ ...basePlan(), kind: 'quarterly', style: undefined, period: '2026-Q4', targets: { revenue: 1000, last_revenue: 900 }, calendar: { country: 'none' } }, true);
    const q = d.quarterMonths!;
    expect(q.months.map((m) => m.workdays)).toEqual([22, 21, 23]);
    expect(q.months.map((m) => m.target.toFixed())).toEqual(['333', '318', '349']);
    expect(sum(q.months.map((m) => m.target)).toFixed()).toBe('1000');
  });
});

describe('review of the finance targets (target-zh against actuals-2026-12.csv)', async () => {
  const valid = (await validateFile(examplePath('target-zh.yaml'))).valid!;
  const { figures, diagnostics } = computeAttainment(valid.plan, valid.derived, await readActuals(examplePath('actuals-2026-12.csv')), 'zh-CN');
  const row = (id: string) => figures.targets.find((t) => t.id === id)!;

  it('reads the new rows with no problem', () => expect(diagnostics).toEqual([]));

  it('collections 752.4 of 800 = 94.05%; rate 752.4 ÷ 812.6 = 92.59% against 93% = 99.56%', () => {
    expect(fixed(row('collections').attainment)).toBe('94.05');
    expect(fixed(row('collectionRate').actual, 2)).toBe('92.59');
    expect(fixed(row('collectionRate').attainment, 2)).toBe('99.56');
    expect(fixed(row('collectionRate').gap, 2)).toBe('-0.41');
  });

  it('gross profit 268.5 of 292.4 = 91.83%; margin 268.5 ÷ 812.6 = 33.04% against 34%', () => {
    expect(fixed(row('grossProfit').attainment, 2)).toBe('91.83');
    expect(fixed(row('grossProfit').gap)).toBe('-23.9');
    expect(fixed(row('grossMargin').actual, 2)).toBe('33.04');
  });

  it('lower is better: receivables 420 ÷ 446 = 94.17%, DSO 45 ÷ 47 = 95.74%', () => {
    expect(fixed(row('receivables').attainment, 2)).toBe('94.17');
    expect(row('receivables').met).toBe(false);
    expect(fixed(row('dso').attainment, 2)).toBe('95.74');
  });

  it('new customers 11 of 12 = 91.67%; the year 7,430 + 812.6 = 8,242.6 of 8,200 = 100.52%, never flagged', () => {
    expect(fixed(row('newWon').attainment, 2)).toBe('91.67');
    expect(fixed(row('ytd').actual)).toBe('8242.6');
    expect(fixed(row('ytd').attainment, 2)).toBe('100.52');
    expect(row('ytd').below).toBe(false);
  });
});

describe('the finance figures a template can write', () => {
  it('targets.grossProfit, collections, collectionRate, dso and ytd.* read as the tables show them; nothing for a plan without them', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'zh-CN', 'target'), { recursive: true });
    writeFileSync(join(dir, 'zh-CN', 'target', 'targets.hbs'), '毛利额{{targets.grossProfit}}，回款{{targets.collections}}（{{targets.collectionRate}}），DSO {{targets.dso}}。{{#with targets.ytd}}全年剩余{{remaining}}，本月占{{shareOfRemaining}}{{#if closesYear}}，完成即收官{{/if}}。{{/with}}{{#unless targets.ytd}}无年度进度。{{/unless}}\n');
    const v = await validateFile(examplePath('target-zh.yaml'));
    const md = renderMarkdown(buildDocument(v.valid!, { today: '2026-11-23', templatesDir: dir }));
    expect(md).toContain('毛利额292.4万元，回款800万元（93%），DSO 45天。全年剩余770万元，本月占111.7%，完成即收官。');
    const plain = await validatePlan(basePlan());
    expect(renderMarkdown(buildDocument(plain.valid!, { today: '2026-11-23', templatesDir: dir }))).toContain('毛利额，回款（），DSO 。无年度进度。');
  });
});

describe('moving the finance targets on to the next period', async () => {
  const { rollFinanceForward } = await import('../../src/plan/roll-finance.js');
  const { parsePeriod } = await import('../../src/plan/period.js');
  const valid = (await validateFile(examplePath('target-zh.yaml'))).valid!;
  const { figures } = computeAttainment(valid.plan, valid.derived, await readActuals(examplePath('actuals-2026-12.csv')), 'zh-CN');
  const next = (p: string) => parsePeriod(p) as Exclude<ReturnType<typeof parsePeriod>, string | undefined>;

  it('last period’s figures come from the actuals; the year to date is dropped in January, with the reason', () => {
    const targets: Record<string, any> = { ...valid.plan.targets };
    const out = { dropped: [] as Array<{ key: string; reason: { "zh-CN": string; en: string } }>, missing: [] as string[] };
    rollFinanceForward(valid.plan.targets, targets, next('2027-01'), figures, out);
    expect(targets.gross_profit).toBe(292.4);
    expect(targets.last_gross_profit).toBe(268.5);
    // 752.4 ÷ 812.6 = 92.59% → 92.6
    expect(targets.collections).toMatchObject({ amount: 800, rate: 93, last_amount: 752.4, last_rate: 92.6, last_receivables: 446, last_dso: 47 });
    expect(targets.ytd).toBeUndefined();
    expect(out.dropped.map((d) => d.key)).toEqual(['targets.ytd']);
    expect(out.missing).toEqual([]);
  });

  it('within the year, the actual is added to the year so far: 7,430 + 812.6 = 8,242.6', () => {
    const targets: Record<string, any> = { ...valid.plan.targets };
    rollFinanceForward(valid.plan.targets, targets, next('2026-07'), figures, { dropped: [], missing: [] });
    expect(targets.ytd).toEqual({ annual: 8200, actual: 8242.6 });
  });

  it('without actuals, never the old figures: last_* left out and asked for, the year to date dropped', () => {
    const targets: Record<string, any> = { ...valid.plan.targets };
    const out = { dropped: [] as Array<{ key: string; reason: { "zh-CN": string; en: string } }>, missing: [] as string[] };
    rollFinanceForward(valid.plan.targets, targets, next('2026-07'), undefined, out);
    expect(targets.last_gross_profit).toBeUndefined();
    expect(targets.collections).toEqual({ amount: 800, rate: 93, receivables: 420, dso: 45 });
    expect(out.missing).toEqual(['targets.last_gross_profit', 'targets.collections.last_amount', 'targets.collections.last_rate', 'targets.collections.last_receivables', 'targets.collections.last_dso']);
    expect(out.dropped.map((d) => d.key)).toEqual(['targets.ytd']);
  });
});

describe('review --next and new --from move the finance blocks without an old figure as an actual', async () => {
  const { nextPlanFrom } = await import('../../src/plan/next-period.js');
  const { rollForward } = await import('../../src/plan/roll-forward.js');
  const valid = (await validateFile(examplePath('target-zh.yaml'))).valid!;
  const { figures } = computeAttainment(valid.plan, valid.derived, await readActuals(examplePath('actuals-2026-12.csv')), 'zh-CN');

  it('review --next: December’s actuals become January’s last figures; the year to date is dropped for the new year', () => {
    const next = nextPlanFrom(valid, figures, { growth: 8, base: 'target' }, 'zh-CN');
    expect(next.plan.targets).toMatchObject({ last_gross_profit: 268.5, collections: { last_amount: 752.4, last_rate: 92.6, last_receivables: 446, last_dso: 47 } });
    expect(next.plan.targets).not.toHaveProperty('ytd');
    expect(next.dropped.map((d) => d.key)).toContain('targets.ytd');
  });

  it('new --from without actuals: no last_* copied, each asked for', () => {
    const next = rollForward(valid.plan, valid.period);
    expect(next.plan.targets).not.toHaveProperty('last_gross_profit');
    expect(next.plan.targets!.collections).toEqual({ amount: 800, rate: 93, receivables: 420, dso: 45 });
    expect(next.missing).toContain('targets.collections.last_amount');
  });
});
