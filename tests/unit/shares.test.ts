// Shares as an accountant writes them: every displayed share is its own exact ratio rounded
// half-up to one decimal, never nudged so that a column adds up; a total row shows the true
// share of the sum (100% when the parts cover the whole). Checked for every share of every
// example, and for the figures found wrong by hand in issue 11.
import { readFileSync } from 'node:fs';
import { Decimal as DecimalJs } from 'decimal.js';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/build.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import type { DerivedPlan } from '../../src/plan/derive.js';
import { validateFile, validateText } from '../../src/plan/validate.js';
import { EXAMPLE_FILES, examplePath } from '../examples.js';

type D = InstanceType<typeof DecimalJs>;
/** The exact ratio, computed here independently, rounded half-up to one decimal. */
const ratio = (part: D | undefined, whole: D | undefined): string | undefined => {
  if (!part || !whole || whole.isZero()) return undefined;
  return new DecimalJs(part.toString()).div(whole.toString()).times(100).toDecimalPlaces(1, DecimalJs.ROUND_HALF_UP).toFixed(1);
};
const shown = (v: D | undefined) => v?.toFixed(1);
const total = (values: readonly (D | undefined)[]) => values.reduce<D | undefined>((acc, v) => (v ? (acc ? acc.plus(v) : v) : acc), undefined);

/** Every share the derived plan gives a document, paired with its exact ratio. */
function sharesOfPlan(d: DerivedPlan): Array<{ what: string; shown?: string; exact?: string }> {
  const out: Array<{ what: string; shown?: string; exact?: string }> = [];
  d.products.forEach((p) => out.push({ what: `product ${p.index}`, shown: shown(p.share), exact: ratio(p.amount, d.revenue) }));
  if (d.revenue) out.push({ what: 'products total', shown: shown(d.productsShareTotal), exact: ratio(d.productsTotal, d.revenue) });
  d.channels.forEach((c) => out.push({ what: `channel ${c.index}`, shown: shown(c.share), exact: ratio(c.target, d.revenue) }));
  d.team.forEach((m) => out.push({ what: `member ${m.index}`, shown: shown(m.share), exact: ratio(m.target, d.revenue) }));
  d.regions.forEach((r) => out.push({ what: `region ${r.index}`, shown: shown(r.share), exact: ratio(r.revenue, d.revenue) }));
  d.budget?.items.forEach((b) => out.push({ what: `budget ${b.index}`, shown: shown(b.shareOfBudget), exact: ratio(b.amount, d.budget!.total) }));
  const a = d.annual;
  if (a && d.revenue) {
    a.months.forEach((m, i) => out.push({ what: `month ${i + 1}`, shown: shown(a.monthShares[i]), exact: ratio(m, d.revenue) }));
    a.quarters.forEach((q, i) => {
      out.push({ what: `Q${i + 1}`, shown: shown(a.quarterShares[i]), exact: ratio(q, d.revenue) });
      out.push({ what: `Q${i + 1} cumulative`, shown: shown(a.quarterCumulativeShares[i]), exact: ratio(total(a.quarters.slice(0, i + 1)), d.revenue) });
    });
    a.halves.forEach((h, i) => out.push({ what: `half ${i + 1}`, shown: shown(h.share), exact: ratio(h.target, d.revenue) }));
  }
  d.rfm?.tiers.forEach((t) => {
    out.push({ what: `tier ${t.id} customers`, shown: shown(t.customerShare), exact: ratio(new DecimalJs(t.count) as D, new DecimalJs(d.rfm!.customers) as D) });
    out.push({ what: `tier ${t.id} revenue`, shown: shown(t.revenueShare), exact: ratio(t.revenue, d.rfm!.revenue) });
  });
  return out;
}

describe('every share of every example is its exact ratio, rounded half-up', () => {
  for (const file of EXAMPLE_FILES) {
    it(file, async () => {
      const v = await validateFile(examplePath(file));
      const shares = sharesOfPlan(v.valid!.derived);
      expect(shares.length).toBeGreaterThan(0);
      for (const s of shares) expect(s.shown, s.what).toBe(s.exact);
    });
  }
});

async function render(file: string, lang: 'zh-CN' | 'en' = 'zh-CN', source?: string): Promise<string> {
  const v = source === undefined ? await validateFile(examplePath(file), { lang }) : await validateText(source, examplePath(file), { lang });
  return renderMarkdown(buildDocument(v.valid!, { today: '2026-11-23' }));
}
const row = (md: string, first: string) => md.split('\n').find((l) => l.startsWith(`| ${first} `)) ?? '';

describe('the shares issue 11 found wrong', () => {
  it('target-zh: 抖音直播 40 of 860 is 4.651%: 4.7%, not 4.6%', async () => {
    expect(row(await render('target-zh.yaml'), '抖音直播')).toContain('4.7%');
  });

  it('quarterly-zh: 工程直销 820 of 2,415 is 33.95%: 34.0%, not 33.9%', async () => {
    expect(row(await render('quarterly-zh.yaml'), '工程直销')).toContain('34.0%');
  });

  it('expansion-zh: 重庆 70 of 1,200 is 5.83%: 5.8%, not 5.9%', async () => {
    expect(row(await render('expansion-zh.yaml'), '重庆拓展组')).toMatch(/5\.8%/);
  });

  it('operations-zh: the two budget lines of 1.2 of 14.9万元 (8.05%) both show 8.1%, not 8.1% and 8.0%', async () => {
    const md = await render('operations-zh.yaml');
    const lines = md.split('\n').filter((l) => /\|\s+1\.2\s+\|/.test(l));
    expect(lines.length).toBe(2);
    const share = (l: string) => l.split('|').map((c) => c.trim())[4];
    expect(share(lines[0]!)).toBe('8.1%');
    expect(share(lines[1]!)).toBe('8.1%');
  });

  it('annual-zh: each quarter and running total is its own ratio of 9,600, rounded half-up', async () => {
    // Whole 万元 quarters (no precision set, a year in the thousands): 1,757 / 2,413 / 2,510 / 2,920.
    // 1,757 / 9,600 = 18.30%; 2,413 → 25.14%; 2,510 → 26.15%; 2,920 → 30.42%;
    // running: 4,170 → 43.44%, 6,680 → 69.58%, 9,600 → 100%.
    const md = await render('annual-zh.yaml');
    expect(row(md, '第一季度')).toMatch(/1,757 \|\s+18\.3% \|\s+18\.3% \|/);
    expect(row(md, '第二季度')).toMatch(/2,413 \|\s+25\.1% \|\s+43\.4% \|/);
    expect(row(md, '第三季度')).toMatch(/2,510 \|\s+26\.1% \|\s+69\.6% \|/);
    expect(row(md, '第四季度')).toMatch(/2,920 \|\s+30\.4% \|\s+100\.0% \|/);
  });

  it('an even annual split shows 25% for each of four equal quarters', async () => {
    const doc = parseDocument(readFileSync(examplePath('annual-zh.yaml'), 'utf8'));
    doc.deleteIn(['annual', 'history']);
    doc.setIn(['annual', 'split'], 'even');
    const v = await validateText(doc.toString(), examplePath('annual-zh.yaml'));
    const a = v.valid!.derived.annual!;
    expect(a.quarters.map((q) => q.toString())).toEqual(Array(4).fill(a.quarters[0]!.toString()));
    expect(a.quarterShares.map((s) => s.toFixed(1))).toEqual(['25.0', '25.0', '25.0', '25.0']);
  });
});
