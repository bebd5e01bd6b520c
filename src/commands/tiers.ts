// salesplan tiers <customers.csv|.xlsx>: RFM tiering of a CRM export. Prints the tier table
// (count, share of customers, share of revenue, the rule each tier used); --list adds every
// customer's tier; --format csv writes that list for re-import into the CRM. Problems in the list
// (or in the plan given with --plan) are reported in any format of the shared formatters (--report).
import { ExitCode, UserError } from '../errors.js';
import { resolveLang, type Lang } from '../i18n/lang.js';
import { word } from '../i18n/labels.js';
import { money } from '../i18n/format.js';
import { pick, say, type Localized } from '../i18n/localized.js';
import { q } from '../i18n/t.js';
import { checkOutputPath, writeFileAtomic } from '../io/files.js';
import { csvCell } from '../io/csv-cell.js';
import { TableError } from '../data/read-table.js';
import { tierFile } from '../data/customers.js';
import { DEFAULT_RFM, TIER_ORDER, type RfmResult, type RfmRule, type RfmRules } from '../data/rfm.js';
import { tierName } from '../data/rfm-text.js';
import { defaultAsOf } from '../plan/external.js';
import { reportsOf, validateFile } from '../plan/validate.js';
import type { Customers } from '../plan/schema.js';
import { err } from '../report/colors.js';
import type { FileReport } from '../report/diagnostic.js';
import { reportFormat, reportProblems, type ReportOptions } from '../report/problems.js';
import type { FormatId } from '../report/formatters/index.js';
import { reportText } from '../report/messages.js';
import { rfmSummaryTable } from '../document/tables/people.js';
import { makeTable, figureColumn } from '../document/tables/table.js';
import { treeToMarkdown } from '../render/markdown.js';
import { refuseBinaryOnTerminal, writeStderr, writeStdout } from '../report/streams.js';
import { commandText } from './messages.js';
import type { RootContent } from 'mdast';
import { todayIso } from '../document/build.js';
import { displayPrecision } from '../plan/settings.js';

export interface TiersOptions {
  asOf?: string;
  plan?: string;
  core?: string;
  potential?: string;
  regular?: string;
  unit?: string;
  format?: string;
  /** How problems in the list or the plan are reported: stylish (default), json, sarif, github. */
  report?: string;
  list?: boolean;
  output?: string;
  force?: boolean;
  quiet?: boolean;
  lang?: string;
}

const FORMATS = ['text', 'md', 'json', 'csv', 'xlsx'] as const;

const defaultUnit: Localized = { 'zh-CN': '万元', en: 'USD' };

/** The words of the tables and the CSV, in the reader's language. */
const words = {
  customer: { 'zh-CN': '客户', en: 'Customer' },
  recency: { 'zh-CN': 'R（天）', en: 'R (days)' },
  orders: { 'zh-CN': 'F（次）', en: 'F (orders)' },
  revenue: { 'zh-CN': '销售额', en: 'Revenue' },
  monetary: { 'zh-CN': 'M（倍）', en: 'M (×)' },
  unit: { 'zh-CN': '（{unit}）', en: ' ({unit})' },
  mMultiple: { 'zh-CN': '、M 倍数', en: ', M multiple' },
} as const;
const csvHead: Localized<readonly string[]> = {
  'zh-CN': ['客户', '客户层级', 'R（天）', 'F（次）', '销售额', 'M（倍）', '源文件行号'],
  en: ['customer', 'tier', 'recency_days', 'orders', 'revenue', 'monetary', 'source_line'],
};

/** Problems are written as found in stylish, or once at the end in a machine format. */
async function report(reports: readonly FileReport[], format: FormatId, lang: Lang, options: ReportOptions = {}): Promise<void> {
  await reportProblems(format === 'stylish' ? reports.filter((r) => r.diagnostics.length) : reports, format, lang, options);
}

function parseRule(flag: string, raw: string, withMonetary: boolean, lang: Lang): RfmRule {
  const parts = raw.split(/[,，/]/).map((s) => s.trim());
  const numbers = parts.map(Number);
  const expected = withMonetary ? 3 : 2;
  if (parts.length !== expected || numbers.some((n) => !Number.isFinite(n) || n < 0) || !Number.isInteger(numbers[0]) || !Number.isInteger(numbers[1])) {
    const monetary = withMonetary ? pick(lang, words.mMultiple) : '';
    throw new UserError(say(lang, commandText.tiersBadRule, { flag, value: q(lang, raw), example: withMonetary ? '30,4,1.5' : '90,1', monetary }), ExitCode.usage);
  }
  const rule: RfmRule = { recency: numbers[0]!, frequency: numbers[1]! };
  if (withMonetary) rule.monetary = numbers[2]!;
  return rule;
}

interface Settings {
  config: Pick<Customers, 'columns' | 'rfm'>;
  asOf: string;
  unit: string;
  precision: number;
  service: Customers['service'];
}

async function settingsFrom(options: TiersOptions, lang: Lang, format: FormatId): Promise<Settings> {
  const settings: Settings = { config: {}, asOf: todayIso(), unit: options.unit ?? '', precision: 2, service: undefined };
  if (options.plan) {
    const validation = await validateFile(options.plan, { lang: options.lang, draft: true });
    if (!validation.loaded.plan) {
      await report(reportsOf(validation), format, lang);
      throw new UserError(say(lang, commandText.tiersPlanInvalid, { file: options.plan }), ExitCode.problems);
    }
    const plan = validation.loaded.plan;
    if (plan.customers) settings.config = { columns: plan.customers.columns, rfm: plan.customers.rfm };
    settings.asOf = plan.customers?.as_of ?? defaultAsOf(plan.period) ?? settings.asOf;
    // The plan's own language decides its default unit, whatever language messages are in.
    settings.unit = options.unit ?? plan.unit ?? pick(plan.lang ?? 'zh-CN', defaultUnit);
    settings.precision = displayPrecision(plan);
    settings.service = plan.customers?.service;
  }
  if (options.asOf !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(options.asOf) || Number.isNaN(Date.parse(`${options.asOf}T00:00:00Z`))) {
      throw new UserError(say(lang, commandText.tiersBadAsOf, { value: q(lang, options.asOf) }), ExitCode.usage);
    }
    settings.asOf = options.asOf;
  }
  const rules: Partial<RfmRules> = { ...settings.config.rfm } as Partial<RfmRules>;
  if (options.core) rules.core = parseRule('--core', options.core, true, lang);
  if (options.potential) rules.potential = parseRule('--potential', options.potential, true, lang);
  if (options.regular) rules.regular = parseRule('--regular', options.regular, false, lang);
  settings.config = { ...settings.config, rfm: { ...DEFAULT_RFM, ...rules } };
  return settings;
}

/** Every customer with its tier, R, F and M, ordered by tier then revenue. */
function customerList(result: RfmResult) {
  return [...result.scored].sort((a, b) => TIER_ORDER.indexOf(a.tier) - TIER_ORDER.indexOf(b.tier) || b.customer.revenue.comparedTo(a.customer.revenue));
}

function listTable(result: RfmResult, lang: Lang, settings: Settings) {
  const list = customerList(result);
  const revenue = figureColumn(list.map((s) => s.customer.revenue), settings.precision);
  const w = (text: (typeof words)[keyof typeof words]) => pick(lang, text);
  return makeTable(
    [
      { header: w(words.customer) }, { header: word(lang, 'tier') }, { header: w(words.recency), numeric: true },
      { header: w(words.orders), numeric: true }, { header: `${w(words.revenue)}${settings.unit ? say(lang, words.unit, { unit: settings.unit }) : ''}`, numeric: true },
      { header: w(words.monetary), numeric: true },
    ],
    list.map((s, i) => [s.customer.name, tierName(lang, s.tier), s.recency === undefined ? undefined : String(s.recency), String(s.customer.orders), revenue[i], s.monetary.toFixed(2)]),
  );
}

function summaryLine(result: RfmResult, lang: Lang, settings: Settings, file: string): string {
  const avg = result.averageOrder ? money(lang, result.averageOrder.toDecimalPlaces(settings.precision), { unit: settings.unit, precision: settings.precision }) : '—';
  return say(lang, commandText.tiersSummary, { file, customers: result.customers, asOf: result.asOf, average: avg });
}

function csvOf(result: RfmResult, lang: Lang): string {
  const cell = csvCell;
  const head = pick(lang, csvHead);
  const rows = customerList(result).map((s) => [s.customer.name, tierName(lang, s.tier), s.recency === undefined ? '' : String(s.recency), String(s.customer.orders), s.customer.revenue.toString(), s.monetary.toFixed(2), String(s.customer.line)]);
  return [head, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

function jsonOf(result: RfmResult, lang: Lang, withList: boolean): string {
  return `${JSON.stringify({
    asOf: result.asOf,
    customers: result.customers,
    revenue: Number(result.revenue),
    orders: result.orders,
    averageOrder: result.averageOrder ? Number(result.averageOrder.toDecimalPlaces(4)) : null,
    rules: result.rules,
    tiers: result.tiers.map((tier) => ({
      id: tier.id, name: tierName(lang, tier.id), count: tier.count, revenue: Number(tier.revenue),
      customerShare: tier.customerShare ? Number(tier.customerShare) : null, revenueShare: tier.revenueShare ? Number(tier.revenueShare) : null,
    })),
    ...(withList ? { list: customerList(result).map((s) => ({ customer: s.customer.name, tier: s.tier, recency: s.recency ?? null, orders: s.customer.orders, revenue: Number(s.customer.revenue), monetary: Number(s.monetary.toDecimalPlaces(4)), line: s.customer.line })) } : {}),
  }, null, 2)}\n`;
}

export async function run(file: string, options: TiersOptions): Promise<number> {
  const lang = resolveLang(options.lang);
  const format = (options.format ?? 'text') as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UserError(say(lang, reportText.unknownFormat, { format: q(lang, format), choices: FORMATS.join(', ') }), ExitCode.usage);
  const problemFormat = reportFormat(options.report, lang);
  if (format === 'xlsx' && (!options.output || options.output === '-')) refuseBinaryOnTerminal(format, lang);
  if ((!options.output || options.output === '-') && problemFormat !== 'stylish') throw new UserError(say(lang, commandText.reportAndStdout, { format: problemFormat }), ExitCode.usage);
  const settings = await settingsFrom(options, lang, problemFormat);
  if (options.output && options.output !== '-') checkOutputPath(options.output, lang, { force: options.force, inputs: [file, ...(options.plan ? [options.plan] : [])] });

  let tiered: Awaited<ReturnType<typeof tierFile>>;
  try {
    tiered = await tierFile(file, settings.config, settings.asOf, lang);
  } catch (error) {
    if (error instanceof TableError && error.diagnostics.length) {
      await report([{ file, ...(error.source ? { source: error.source } : {}), diagnostics: error.diagnostics }], problemFormat, lang);
      return ExitCode.problems;
    }
    throw error;
  }
  const { result, warnings, table } = tiered;
  const listReport: FileReport = { file, ...(table.source ? { source: table.source } : {}), diagnostics: warnings };
  if (table.note && !options.quiet) writeStderr(err.dim(table.note));
  if (problemFormat !== 'stylish') await report([listReport], problemFormat, lang);
  else if (warnings.length && !options.quiet) await report([listReport], problemFormat, lang, { frames: false });

  let data: string | Uint8Array;
  if (format === 'xlsx') {
    const { renderTiers } = await import('../writers/xlsx.js');
    data = await renderTiers(result, lang, { unit: settings.unit, precision: settings.precision, ...(settings.service ? { service: settings.service } : {}), list: !!options.list });
  } else if (format === 'json') data = jsonOf(result, lang, !!options.list);
  else if (format === 'csv') data = (options.output && options.output !== '-' ? '\uFEFF' : '') + csvOf(result, lang);
  else {
    const nodes: RootContent[] = [];
    if (format === 'md') nodes.push({ type: 'heading', depth: 1, children: [{ type: 'text', value: say(lang, commandText.tiersTitle) }] });
    nodes.push({ type: 'paragraph', children: [{ type: 'text', value: summaryLine(result, lang, settings, file) }] });
    nodes.push(rfmSummaryTable(result, lang, settings.unit, settings.precision, settings.service ?? {}));
    if (options.list) nodes.push(listTable(result, lang, settings));
    data = treeToMarkdown({ type: 'root', children: nodes });
  }
  if (options.output && options.output !== '-') {
    writeFileAtomic(options.output, data, lang, { force: options.force, inputs: [file] });
    if (!options.quiet) writeStderr(err.green(say(lang, commandText.wrote, { file: options.output })));
  } else await writeStdout(data);
  return ExitCode.ok;
}
