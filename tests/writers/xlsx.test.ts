// The xlsx writer: the workbook read back with read-excel-file has every figure of the derived
// plan as a number, and its totals and shares are formulas that, evaluated over the cells they
// name, give the derived totals and shares (LibreOffice Calc is not on the CI machine; a small
// evaluator of the few functions the writer uses stands in for it here).
import { unzipSync, strFromU8 } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/build.js';
import type { Decimal } from '../../src/core/decimal.js';
import { validateFile, type ValidPlan } from '../../src/plan/validate.js';
import { columnLetter } from '../../src/data/read-table.js';
import { render } from '../../src/writers/xlsx.js';
import { examplePath } from '../examples.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES, runCli, tempDir } from '../helpers.js';
import { readActuals } from '../../src/data/actuals.js';
import { computeAttainment } from '../../src/plan/attainment.js';

type Value = number | string | null;
interface Book {
  /** Sheet name → cell (A1) → its value, or its formula. */
  values: Map<string, Map<string, Value>>;
  formulas: Map<string, Map<string, string>>;
}

async function workbookOf(file: string): Promise<{ valid: ValidPlan; bytes: Uint8Array; book: Book; sheets: Array<{ sheet: string; data: unknown[][] }> }> {
  const validation = await validateFile(examplePath(file));
  const valid = validation.valid!;
  const bytes = await render({ doc: buildDocument(valid, { today: '2026-11-23' }), plan: valid }, { lang: valid.lang, flags: {} });
  return { valid, bytes, ...(await bookOf(bytes)) };
}

async function bookOf(bytes: Uint8Array): Promise<{ book: Book; sheets: Array<{ sheet: string; data: unknown[][] }> }> {
  const sheets = (await readXlsxFile(Buffer.from(bytes))) as unknown as Array<{ sheet: string; data: unknown[][] }>;
  // The formulas themselves, from the sheets' XML (read-excel-file gives their cached values only).
  const parts = unzipSync(bytes);
  const values = new Map<string, Map<string, Value>>();
  const formulas = new Map<string, Map<string, string>>();
  sheets.forEach(({ sheet, data }, i) => {
    const cells = new Map<string, Value>();
    data.forEach((row, r) => row.forEach((v, c) => cells.set(`${columnLetter(c)}${r + 1}`, (v as Value) ?? null)));
    values.set(sheet, cells);
    const xml = strFromU8(parts[`xl/worksheets/sheet${i + 1}.xml`]!);
    const f = new Map<string, string>();
    for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*><f>([^<]*)<\/f>/g)) f.set(m[1]!, m[2]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&apos;/g, "'"));
    formulas.set(sheet, f);
  });
  return { book: { values, formulas }, sheets };
}

/** Evaluates the formulas the writer writes: refs (on any sheet), ranges, SUM, IF, + − × ÷, =, <, "text". */
function evaluate(book: Book, sheet: string, cell: string, depth = 0): Value {
  if (depth > 50) throw new Error('formula cycle');
  const formula = book.formulas.get(sheet)?.get(cell);
  if (formula === undefined) return book.values.get(sheet)?.get(cell) ?? null;
  const tokens = formula.match(/'[^']+'!\$?[A-Z]+\$?\d+|\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?|[A-Z]+(?=\()|\d+(?:\.\d+)?|"[^"]*"|[-+*/=<(),:]/g) ?? [];
  let i = 0;
  const peek = () => tokens[i];
  const next = () => tokens[i++]!;
  const valueOf = (ref: string): Value => {
    const [s, c] = ref.includes('!') ? [ref.slice(1, ref.indexOf("'!")), ref.slice(ref.indexOf('!') + 1)] : [sheet, ref];
    return evaluate(book, s, c.replace(/\$/g, ''), depth + 1);
  };
  const range = (ref: string): Value[] => {
    const [a, b] = ref.replace(/\$/g, '').split(':') as [string, string];
    const [, ca, ra] = /([A-Z]+)(\d+)/.exec(a)!;
    const [, cb, rb] = /([A-Z]+)(\d+)/.exec(b)!;
    const col = (l: string) => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const out: Value[] = [];
    for (let c = col(ca!); c <= col(cb!); c++) for (let r = Number(ra); r <= Number(rb); r++) out.push(valueOf(`${columnLetter(c)}${r}`));
    return out;
  };
  const num = (v: Value) => (typeof v === 'number' ? v : 0);
  const primary = (): Value | Value[] => {
    const t = next();
    if (t === '(') {
      const v = comparison();
      next();
      return v;
    }
    if (t.startsWith('"')) return t.slice(1, -1);
    if (t === '-') return -num(primary() as Value);
    if (/^\d/.test(t)) return Number(t);
    if (t === 'SUM' || t === 'IF') {
      next();
      const args: Array<Value | Value[]> = [comparison()];
      while (peek() === ',') {
        next();
        args.push(comparison());
      }
      next();
      if (t === 'SUM') return args.flat().reduce<number>((n, v) => n + num(v), 0);
      return args[0] ? (args[1] as Value) : (args[2] as Value);
    }
    if (t.includes(':')) return range(t);
    return valueOf(t);
  };
  const term = (): Value | Value[] => {
    let v = primary();
    while (peek() === '*' || peek() === '/') v = next() === '*' ? num(v as Value) * num(primary() as Value) : num(v as Value) / num(primary() as Value);
    return v;
  };
  const sum = (): Value | Value[] => {
    let v = term();
    while (peek() === '+' || peek() === '-') v = next() === '+' ? num(v as Value) + num(term() as Value) : num(v as Value) - num(term() as Value);
    return v;
  };
  const comparison = (): Value | Value[] => {
    const v = sum();
    if (peek() !== '=' && peek() !== '<') return v;
    const op = next();
    const w = sum();
    if (op === '<') return num(v as Value) < num(w as Value) ? 1 : 0;
    return v === w || (typeof v === 'number' && typeof w === 'number' && v === w) ? 1 : 0;
  };
  return comparison() as Value;
}

const n = (d: Decimal | undefined) => (d === undefined ? undefined : d.toNumber());
const close = (a: Value, b: number | undefined) => expect(a as number).toBeCloseTo(b!, 6);
/** A share the document shows rounded (44.2%; shares of one table rounded to add up to 100%, so a
 * line may be a tenth off its own rounding) against the formula's exact ratio: within one unit
 * of the document's last decimal. An unrounded figure (growth) must match. */
const share = (a: Value, d: Decimal | undefined) => {
  const dp = d!.decimalPlaces();
  if (dp > 2) return close((a as number) * 100, d!.toNumber());
  expect(Math.abs((a as number) * 100 - d!.toNumber())).toBeLessThanOrEqual(10 ** -dp / 2 + 10 ** -dp + 1e-9);
};

describe('xlsx writer', () => {
  it('writes every figure of a monthly plan as a number, and totals and shares as formulas that add up', async () => {
    const { valid, book, sheets } = await workbookOf('target-zh.yaml');
    const d = valid.derived;
    expect(sheets.map((s) => s.sheet)).toEqual(['封面', '目标', '产品线', '渠道', '人员', '周进度', '预算', '风险']);
    const cell = (sheet: string, ref: string) => book.values.get(sheet)!.get(ref);
    const f = (sheet: string, ref: string) => evaluate(book, sheet, ref);

    expect(cell('目标', 'A2')).toBe('销售额目标（万元）');
    expect(cell('目标', 'B2')).toBe(n(d.revenue));
    expect(cell('目标', 'B3')).toBe(n(d.lastRevenue));
    close(f('目标', 'B4'), n(d.growth)! / 100);

    // Products: each line, its share of the total, the total.
    const products = book.values.get('产品线')!;
    d.products.forEach((p, i) => {
      expect(products.get(`A${i + 2}`)).toBe(valid.plan.products[p.index]!.name);
      expect(products.get(`C${i + 2}`)).toBe(n(p.amount));
      expect(products.get(`E${i + 2}`) ?? undefined).toBe(n(p.lastAmount));
      share(f('产品线', `D${i + 2}`), p.share);
      if (p.growth) share(f('产品线', `F${i + 2}`), p.growth);
    });
    const pTotal = d.products.length + 2;
    expect(book.formulas.get('产品线')!.get(`C${pTotal}`)).toBe(`SUM(C2:C${pTotal - 1})`);
    close(f('产品线', `C${pTotal}`), n(d.productsTotal));
    close(f('产品线', `D${pTotal}`), 1);

    d.channels.forEach((c, i) => {
      expect(cell('渠道', `C${i + 2}`)).toBe(n(c.target));
      share(f('渠道', `D${i + 2}`), c.share);
    });
    close(f('渠道', `C${d.channels.length + 2}`), n(d.channelsTotal));
    d.team.forEach((m, i) => {
      expect(cell('人员', `D${i + 2}`)).toBe(n(m.target));
      share(f('人员', `E${i + 2}`), m.share);
    });
    close(f('人员', `D${d.team.length + 2}`), n(d.teamTotal));

    // The weekly pace: each week, the running total and its share of the month.
    d.weeks.forEach((w, i) => {
      expect(cell('周进度', `D${i + 2}`)).toBe(n(w.target));
      close(f('周进度', `E${i + 2}`), n(w.cumulative));
      share(f('周进度', `F${i + 2}`), w.cumulativeShare);
    });

    // The budget: each line, its shares, the total, the cap and what is left under it.
    const budget = d.budget!;
    budget.items.forEach((b, i) => {
      expect(cell('预算', `C${i + 2}`)).toBe(n(b.amount));
      share(f('预算', `D${i + 2}`), b.shareOfBudget);
      share(f('预算', `E${i + 2}`), b.shareOfRevenue);
    });
    const bTotal = budget.items.length + 2;
    close(f('预算', `C${bTotal}`), n(budget.total));
    share(f('预算', `E${bTotal}`), budget.shareOfRevenue);
    expect(cell('预算', `C${bTotal + 1}`)).toBe(n(budget.cap));
    close(f('预算', `C${bTotal + 2}`), n(budget.headroom));

    expect(cell('风险', 'B2')).toBe(valid.plan.risks[0]!.risk);
    expect(book.values.get('风险')!.size).toBeGreaterThan(valid.plan.risks.length * 7 - 1);
  });

  it('writes the month × product matrix and the quarters of an annual plan as formulas over it', async () => {
    const { valid, book } = await workbookOf('annual-zh.yaml');
    const a = valid.derived.annual!;
    const rows = a.productMonths.length;
    a.productMonths.forEach((months, r) => {
      months.forEach((v, m) => expect(book.values.get('月度分解')!.get(`${columnLetter(m + 1)}${r + 2}`)).toBe(v.toNumber()));
      close(evaluate(book, '月度分解', `N${r + 2}`), n(valid.derived.products.filter((p) => p.amount)[r]!.amount));
    });
    a.months.forEach((v, m) => close(evaluate(book, '月度分解', `${columnLetter(m + 1)}${rows + 2}`), v.toNumber()));
    close(evaluate(book, '月度分解', `N${rows + 2}`), n(valid.derived.revenue));
    a.quarters.forEach((v, q) => {
      close(evaluate(book, '季度', `B${q + 2}`), v.toNumber());
      // The workbook's share is the quarter over the year, exactly; the document's is the sum of
      // its months' rounded shares (so its two tables agree), within a tenth of a point of it.
      const ratio = evaluate(book, '季度', `C${q + 2}`) as number;
      close(ratio, v.div(valid.derived.revenue!).toNumber());
      expect(Math.abs(ratio * 100 - a.quarterShares[q]!.toNumber())).toBeLessThanOrEqual(0.1 + 1e-9);
    });
  });

  it('writes a review\'s attainment with the rate, gap and flag as formulas against the threshold cell', async () => {
    const out = join(tempDir(), 'review.xlsx');
    expect(runCli(['review', examplePath('target-zh.yaml'), '--actuals', join(EXAMPLES, 'actuals-2026-12.csv'), '-f', 'xlsx', '-o', out]).status).toBe(0);
    const { book, sheets } = await bookOf(readFileSync(out));
    expect(sheets.at(-1)!.sheet).toBe('达成');
    const valid = (await validateFile(examplePath('target-zh.yaml'))).valid!;
    const { figures } = computeAttainment(valid.plan, valid.derived, (await readActuals(join(EXAMPLES, 'actuals-2026-12.csv')))!, 'zh-CN');
    const rows = [figures.total, ...figures.products, ...figures.channels, ...figures.team];
    const cells = book.values.get('达成')!;
    rows.forEach((r, i) => {
      const n = i + 2;
      expect(cells.get(`C${n}`) ?? undefined).toBe(r.target?.toNumber());
      expect(cells.get(`D${n}`) ?? undefined).toBe(r.actual?.toNumber());
      if (r.attainment) share(evaluate(book, '达成', `E${n}`), r.attainment);
      if (r.gap) close(evaluate(book, '达成', `F${n}`), r.gap.toNumber());
      if (r.attainment) expect(evaluate(book, '达成', `G${n}`), r.name).toBe(r.below ? '●' : '');
    });
    expect(cells.get(`C${rows.length + 3}`)).toBe(figures.threshold.toNumber() / 100);
    // The metrics below, each with its target, actual and the plan's attainment and flag.
    expect(figures.metrics.length).toBeGreaterThan(0);
    figures.metrics.forEach((m, i) => {
      const n = rows.length + 6 + i;
      expect(cells.get(`B${n}`), m.name).toBe(m.name);
      expect(cells.get(`C${n}`)).toBe(m.target.toNumber());
      expect(cells.get(`D${n}`) ?? undefined).toBe(m.actual?.toNumber());
      if (m.attainment) expect(cells.get(`E${n}`)).toBeCloseTo(m.attainment.toNumber() / 100, 9);
      if (m.attainment) expect(cells.get(`G${n}`) ?? '').toBe(m.below ? '●' : '');
    });
  });

  it('writes the RFM tiers of a plan\'s customer list, and of salesplan tiers --format xlsx, with shares as formulas', async () => {
    const { valid, book } = await workbookOf('quarterly-zh.yaml');
    const rfm = valid.derived.rfm!;
    const check = (b: Book, sheet: string) => {
      rfm.tiers.forEach((t, i) => {
        expect(b.values.get(sheet)!.get(`C${i + 2}`)).toBe(t.count);
        expect(b.values.get(sheet)!.get(`E${i + 2}`)).toBe(t.revenue.toNumber());
        if (t.customerShare) share(evaluate(b, sheet, `D${i + 2}`), t.customerShare);
        if (t.revenueShare) share(evaluate(b, sheet, `F${i + 2}`), t.revenueShare);
      });
      const total = rfm.tiers.length + 2;
      close(evaluate(b, sheet, `C${total}`), rfm.customers);
      close(evaluate(b, sheet, `E${total}`), rfm.revenue.toNumber());
    };
    check(book, '客户分层');
    const out = join(tempDir(), 'tiers.xlsx');
    const asOf = valid.plan.customers!.as_of ?? '';
    const r = runCli(['tiers', join(EXAMPLES, valid.plan.customers!.file), '--plan', examplePath('quarterly-zh.yaml'), ...(asOf ? ['--as-of', asOf] : []), '--format', 'xlsx', '--list', '-o', out]);
    expect(r.status).toBe(0);
    const tiers = await bookOf(readFileSync(out));
    expect(tiers.sheets.map((x) => x.sheet)).toEqual(['客户分层', '客户清单']);
    check(tiers.book, '客户分层');
    expect(tiers.sheets[1]!.data.length).toBe(rfm.customers + 1);
  });

  it('writes each rep\'s commission at each scenario, the total a formula over its exact parts', async () => {
    const { valid, book } = await workbookOf('quarterly-zh.yaml');
    const commissions = valid.derived.commissions ?? [];
    expect(commissions.length).toBeGreaterThan(0);
    let r = 2;
    for (const c of commissions) {
      for (const s of c.scenarios) {
        const cells = book.values.get('提成')!;
        expect(cells.get(`A${r}`)).toBe(valid.plan.team[c.index]!.name);
        expect(cells.get(`D${r}`)).toBe(s.revenue.toNumber());
        expect([cells.get(`E${r}`), cells.get(`F${r}`), cells.get(`G${r}`), cells.get(`H${r}`)]).toEqual([s.base, s.bonus, s.overTarget, s.mentor].map((x) => x.toNumber()));
        // The parts are exact and the total is their sum, shown at the document's precision: it
        // is rounded once, as the document's total is (issue 11), not summed from rounded parts.
        const sum = evaluate(book, '提成', `I${r}`) as number;
        close(sum, s.base.plus(s.bonus).plus(s.overTarget).plus(s.mentor).toNumber());
        expect(Number(sum.toFixed(s.total.decimalPlaces()))).toBe(s.total.toNumber());
        r++;
      }
    }
  });

  it('freezes each table header and sets column widths', async () => {
    const { bytes } = await workbookOf('target-zh.yaml');
    const xml = strFromU8(unzipSync(bytes)['xl/worksheets/sheet3.xml']!);
    expect(xml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(xml).toMatch(/<col [^>]*width="\d+/);
  });
  it('writes text from the plan as text cells, never as formulas (no formula injection in a workbook)', async () => {
    const dir = tempDir();
    const planFile = join(dir, 'inject.yaml');
    const source = readFileSync(examplePath('target-zh.yaml'), 'utf8').replace('S9 人脸识别智能锁', '"=HYPERLINK(\\"http://x\\",\\"点我\\")"');
    writeFileSync(planFile, source);
    const out = join(dir, 'inject.xlsx');
    const r = runCli(['generate', planFile, '-f', 'xlsx', '-o', out]);
    expect(r.status, r.stderr).toBe(0);
    const parts = unzipSync(readFileSync(out));
    const sheetsXml = Object.keys(parts).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p)).map((p) => strFromU8(parts[p]!));
    // The name is somewhere as text (a shared or inline string), and no formula holds it.
    const strings = strFromU8(parts['xl/sharedStrings.xml'] ?? new Uint8Array()) + sheetsXml.join('');
    expect(strings).toContain('HYPERLINK');
    for (const xml of sheetsXml) for (const m of xml.matchAll(/<f>([^<]*)<\/f>/g)) expect(m[1]).not.toContain('HYPERLINK');
  });
});
