// A CRM export read as customers: name, last purchase date, orders in the last twelve months and
// revenue. Columns are found by their usual Chinese and English headers (or the names the plan
// gives); every bad cell is reported with its row and column.
import type { Lang } from '../i18n/lang.js';
import type { Diagnostic } from '../report/diagnostic.js';
import { ZERO } from '../core/decimal.js';
import type { Customers } from '../plan/schema.js';
import { CellProblems, dateCell, findColumns, numberCell, text, type ColumnSpec } from './columns.js';
import { readTable, type SheetTable } from './read-table.js';
import { dataText } from './messages.js';
import { rfmRules, tierCustomers, daysBetween, type Customer, type RfmResult } from './rfm.js';

const CUSTOMER_COLUMNS: readonly ColumnSpec[] = [
  {
    key: 'customer',
    label: { 'zh-CN': '客户名称', en: 'customer' },
    names: ['客户名称', '客户', '客户名', '客户全称', '公司名称', '公司', '单位名称', '名称', 'customer', 'customer name', 'account', 'account name', 'company', 'name'],
    required: true,
  },
  {
    key: 'last_purchase',
    label: { 'zh-CN': '最近购买日期', en: 'last purchase date' },
    names: ['最近购买日期', '最近购买时间', '最后购买日期', '最近下单日期', '最后下单日期', '最近成交日期', '最近交易日期', '最近订单日期', 'last purchase', 'last purchase date', 'last order', 'last order date', 'recency date'],
    required: true,
  },
  {
    key: 'orders',
    label: { 'zh-CN': '近12个月订单数', en: 'orders in the last 12 months' },
    names: ['近12个月订单数', '订单数', '购买次数', '下单次数', '成交次数', '交易次数', '订单数量', 'orders', 'order count', 'number of orders', 'frequency', 'purchases'],
    required: true,
  },
  {
    key: 'revenue',
    label: { 'zh-CN': '近12个月销售额', en: 'revenue in the last 12 months' },
    names: ['近12个月销售额', '销售额', '销售金额', '消费金额', '购买金额', '成交金额', '订单金额', '累计金额', '金额', '营收', 'revenue', 'sales', 'amount', 'monetary', 'total'],
    required: true,
  },
];

/** The customers of a table, with warnings; throws a TableError listing every bad cell. */
export function customersOf(table: SheetTable, columns: Customers['columns'], lang: Lang, asOf?: string): { customers: Customer[]; warnings: Diagnostic[] } {
  const at = findColumns(table, CUSTOMER_COLUMNS, columns ?? {}, lang);
  const problems = new CellProblems(table, lang);
  const spreadsheet = table.format === 'xlsx';
  const out: Customer[] = [];
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const cell = (key: string) => row.cells[at[key]!];
    const name = text(cell('customer'));
    if (!name) {
      problems.report(row, at.customer, dataText.noCustomerName);
      continue;
    }
    // A row with nothing but a name would be tiered as a lapsed customer with no orders: it is
    // much more likely a row cut short, so it is asked about rather than guessed.
    if (text(cell('last_purchase')) === undefined && text(cell('orders')) === undefined && text(cell('revenue')) === undefined) {
      problems.report(row, at.last_purchase, dataText.onlyName);
      continue;
    }
    const date = dateCell(cell('last_purchase'), spreadsheet);
    if (date === null) problems.report(row, at.last_purchase, dataText.notADate, { value: text(cell('last_purchase')) ?? '' });
    else if (date && asOf && daysBetween(date, asOf) < 0) problems.report(row, at.last_purchase, dataText.dateAfterAsOf, { value: date, asOf });
    const orders = numberCell(cell('orders'));
    if (orders === null || (orders && (!orders.isInteger() || orders.isNegative()))) {
      problems.report(row, at.orders, dataText.notACount, { value: text(cell('orders')) ?? '' });
    }
    const revenue = numberCell(cell('revenue'));
    if (revenue === null || revenue?.isNegative()) problems.report(row, at.revenue, dataText.notAnAmount, { value: text(cell('revenue')) ?? '' });
    const previous = seen.get(name);
    if (previous !== undefined) problems.report(row, at.customer, dataText.duplicateCustomer, { name, line: previous }, 'warning');
    seen.set(name, row.line);
    if (date === null || orders === null || revenue === null) continue;
    const customer: Customer = { line: row.line, name, orders: orders?.toNumber() ?? 0, revenue: revenue ?? ZERO };
    if (date) customer.lastPurchase = date;
    out.push(customer);
  }
  problems.throwIfAny();
  if (out.length === 0) problems.report(table.rows[0] ?? { line: table.headerLine, cells: [] }, undefined, dataText.noCustomers);
  problems.throwIfAny();
  return { customers: out, warnings: [...table.warnings, ...problems.warnings] };
}

/** Reads a customer file and tiers it. */
export async function tierFile(
  file: string,
  config: Pick<Customers, 'columns' | 'rfm'>,
  asOf: string,
  lang: Lang,
): Promise<{ table: SheetTable; result: RfmResult; warnings: Diagnostic[] }> {
  const table = await readTable(file, lang);
  const { customers, warnings } = customersOf(table, config.columns, lang, asOf);
  return { table, result: tierCustomers(customers, asOf, rfmRules(config.rfm)), warnings };
}
