// RFM tiering: 004's thresholds at their edges, every customer in exactly one tier whatever the
// data, the same table from a CRM export in any encoding or as .xlsx, and bad cells named by row
// and column.
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { customersOf } from '../../src/data/customers.js';
import { readTable, TableError } from '../../src/data/read-table.js';
import { DEFAULT_RFM, TIER_ORDER, tierCustomers, tierOf, type Customer } from '../../src/data/rfm.js';
import { dec, sum } from '../../src/core/decimal.js';
import { customerVariants, type CustomerVariants } from '../data-fixtures.js';
import { tempDir } from '../helpers.js';

const AS_OF = '2026-12-31';

async function tiersOf(file: string) {
  const table = await readTable(file, 'zh-CN');
  return tierCustomers(customersOf(table, undefined, 'zh-CN', AS_OF).customers, AS_OF, DEFAULT_RFM);
}

describe('tier rules (004)', () => {
  it('puts a customer at the edge of each rule in that tier', () => {
    expect(tierOf(DEFAULT_RFM, 30, 4, dec('1.5'))).toBe('core');
    expect(tierOf(DEFAULT_RFM, 31, 4, dec('1.5'))).toBe('potential');
    expect(tierOf(DEFAULT_RFM, 30, 4, dec('1.49'))).toBe('potential');
    expect(tierOf(DEFAULT_RFM, 60, 2, dec(1))).toBe('potential');
    expect(tierOf(DEFAULT_RFM, 60, 2, dec('0.99'))).toBe('regular');
    expect(tierOf(DEFAULT_RFM, 90, 1, dec('0.1'))).toBe('regular');
    expect(tierOf(DEFAULT_RFM, 91, 9, dec(5))).toBe('lapsed');
    expect(tierOf(DEFAULT_RFM, 10, 0, dec(0))).toBe('lapsed');
    expect(tierOf(DEFAULT_RFM, undefined, 3, dec(2))).toBe('lapsed');
  });

  it('puts every customer in exactly one tier, for any customers (property)', () => {
    const customer = fc.record({
      days: fc.option(fc.integer({ min: 0, max: 800 }), { nil: undefined }),
      orders: fc.integer({ min: 0, max: 60 }),
      cents: fc.integer({ min: 0, max: 100_000_000 }),
    });
    fc.assert(
      fc.property(fc.array(customer, { minLength: 1, maxLength: 60 }), (list) => {
        const customers: Customer[] = list.map((c, i) => ({
          line: i + 2, name: `客户${i}`, orders: c.orders, revenue: dec(c.cents).div(100),
          ...(c.days === undefined ? {} : { lastPurchase: new Date(Date.parse(`${AS_OF}T00:00:00Z`) - c.days * 86400000).toISOString().slice(0, 10) }),
        }));
        const result = tierCustomers(customers, AS_OF, DEFAULT_RFM);
        expect(result.scored).toHaveLength(customers.length);
        for (const s of result.scored) expect(TIER_ORDER).toContain(s.tier);
        expect(result.tiers.reduce((n, t) => n + t.count, 0)).toBe(customers.length);
        expect(sum(result.tiers.map((t) => t.revenue)).equals(result.revenue)).toBe(true);
        // Each share is its own ratio rounded half-up (issue 11), so they add up to 100 within rounding.
        const near100 = (shares: readonly (typeof result.tiers)[number]['customerShare'][]) =>
          sum(shares.map((s) => s ?? dec(0))).minus(100).abs().lessThanOrEqualTo(dec(0.05).times(shares.length));
        expect(near100(result.tiers.map((t) => t.customerShare))).toBe(true);
        if (!result.revenue.isZero()) expect(near100(result.tiers.map((t) => t.revenueShare))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the example customer list', () => {
  let v: CustomerVariants;
  beforeAll(async () => {
    v = await customerVariants();
  });

  it('tiers 40 customers 8 / 12 / 16 / 4, as 004’s 20% / 30% / 40% / 10%', async () => {
    const result = await tiersOf(v.utf8);
    expect(result.tiers.map((t) => [t.id, t.count, t.customerShare?.toFixed()])).toEqual([
      ['core', 8, '20'], ['potential', 12, '30'], ['regular', 16, '40'], ['lapsed', 4, '10'],
    ]);
    expect(result.revenue.toFixed()).toBe('1313.6');
    expect(result.tiers.map((t) => t.revenueShare?.toFixed())).toEqual(['63.5', '27.5', '8.9', '0.1']);
  });

  it('gives the same table from UTF-8 with BOM, GBK, UTF-16 and .xlsx', async () => {
    const reference = JSON.stringify((await tiersOf(v.utf8)).tiers);
    for (const file of [v.bom, v.gbk, v.utf16, v.xlsx]) expect(JSON.stringify((await tiersOf(file)).tiers), file).toBe(reference);
    expect((await readTable(v.gbk, 'zh-CN')).encoding).toBe('GBK');
  });
});

describe('bad cells are named by row and column', () => {
  const dir = tempDir('salesplan-badcells-');

  async function problems(file: string, lang: 'zh-CN' | 'en' = 'zh-CN') {
    try {
      customersOf(await readTable(file, lang), undefined, lang, AS_OF);
    } catch (error) {
      if (error instanceof TableError) return error;
      throw error;
    }
    throw new Error('expected a TableError');
  }

  it('in a CSV: the line, the column letter and header, and the fix', async () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(file, '客户名称,最近购买日期,订单数,销售额\n甲公司,2026-13-01,3,12.5\n乙公司,2026-11-02,两次,8\n,2026-10-01,1,2\n丙公司,2026/11/5,2,-3\n丁公司,2027-02-01,1,1\n');
    const error = await problems(file);
    expect(error.exitCode).toBe(1);
    expect(error.diagnostics.map((d) => [d.line, d.column, d.message.split('：')[0]])).toEqual([
      [2, 5, '第 B 列（最近购买日期）'],
      [3, 16, '第 C 列（订单数）'],
      [4, 1, '第 A 列（客户名称）'],
      [5, 17, '第 D 列（销售额）'],
      [6, 5, '第 B 列（最近购买日期）'],
    ]);
    expect(error.diagnostics.map((d) => d.message.split('：')[1])).toEqual([
      '“2026-13-01”不是日期。请写成 2026-11-30 这样的格式。',
      '“两次”不是订单次数。请填写 0 或正整数。',
      '客户名称为空。请填写名称，或删除这一行。',
      '“-3”不是金额。请填写不小于 0 的数字，如 12800 或 1,280.50。',
      '最近购买日期 2027-02-01 晚于分层基准日 2026-12-31。请检查日期，或用 --as-of（计划中为 customers.as_of）设定更晚的基准日。',
    ]);
  });

  it('in a spreadsheet: the cell reference and the sheet', async () => {
    const file = join(dir, 'bad.xlsx');
    await writeExcelFile([
      [{ value: 'Customer' }, { value: 'Last purchase date' }, { value: 'Orders' }, { value: 'Revenue' }],
      [{ value: 'Acme' }, { value: '2026-11-30' }, { value: 3 }, { value: 1200 }],
      [{ value: 'Globex' }, { value: 'soon' }, { value: 2 }, { value: 300 }],
    ]).toFile(file);
    const error = await problems(file, 'en');
    expect(error.diagnostics).toHaveLength(1);
    expect(error.diagnostics[0]!.message).toMatch(/^sheet ".+", cell B3 \(Last purchase date\): "soon" is not a date/);
  });

  it('names the columns it could not find and the headers it saw', async () => {
    const file = join(dir, 'cols.csv');
    writeFileSync(file, 'name,when\nA,2026-01-01\n');
    await expect(readTable(file, 'en').then((t) => customersOf(t, undefined, 'en', AS_OF))).rejects.toThrow(/lacks: last purchase date \(last purchase.*Its headers: "name", "when"/);
  });

  it('finds columns by the names a plan gives', async () => {
    const file = join(dir, 'named.csv');
    writeFileSync(file, '单位,末次成交,频次,金额合计\n甲,2026-12-20,5,100\n');
    const { customers } = customersOf(await readTable(file, 'zh-CN'), { customer: '单位', last_purchase: '末次成交', orders: '频次', revenue: '金额合计' }, 'zh-CN', AS_OF);
    expect(customers).toEqual([{ line: 2, name: '甲', lastPurchase: '2026-12-20', orders: 5, revenue: dec(100) }]);
  });
});
