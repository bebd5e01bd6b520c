// A period's actual figures, for `salesplan review`: from YAML (total, products, channels, team,
// metrics, each a map of name → actual) or from a CSV/xlsx with one row per figure (type, name,
// actual). Every figure keeps where it came from, so a name the plan does not know is reported at
// its line.
import { extname } from 'node:path';
import * as z from 'zod';
import type { Lang } from '../i18n/lang.js';
import { resolveLang } from '../i18n/lang.js';
import { say } from '../i18n/localized.js';
import { readInputText } from '../io/files.js';
import type { Diagnostic } from '../report/diagnostic.js';
import { loadYamlText } from '../plan/load.js';
import { dec, type Decimal } from '../core/decimal.js';
import { CellProblems, findColumns, numberCell, text, type ColumnSpec } from './columns.js';
import { readTable, TableError } from './read-table.js';
import { actualsText } from './actuals-messages.js';
import { dataText } from './messages.js';

const ACTUAL_DIMENSIONS = ['products', 'channels', 'team', 'metrics'] as const;
export type ActualDimension = (typeof ACTUAL_DIMENSIONS)[number];

/**
 * Single figures beside the total, for the targets beyond revenue (issue 11): collections,
 * gross profit, receivables at the period's end, DSO, and the new customers won, prospects and
 * their contract value. In YAML each is a key of its own; in a CSV its type word (below) with
 * any name.
 */
export const ACTUAL_SCALARS = ['collections', 'gross_profit', 'receivables', 'dso', 'new_won', 'new_prospects', 'new_contract_value'] as const;
export type ActualScalar = (typeof ACTUAL_SCALARS)[number];

export interface ActualFigure {
  name: string;
  value: Decimal;
  line?: number;
  column?: number;
}

export interface Actuals {
  file: string;
  /** The YAML or CSV text, for code frames. */
  source?: string;
  period?: string;
  total?: ActualFigure;
  products: ActualFigure[];
  channels: ActualFigure[];
  team: ActualFigure[];
  metrics: ActualFigure[];
  /** Collections, gross profit …: each given once, or not at all. */
  scalars: Partial<Record<ActualScalar, ActualFigure>>;
  warnings: Diagnostic[];
}

const d = (zh: string, en: string) => `${zh} / ${en}`;
const figures = (zh: string, en: string) => z.record(z.string().min(1), z.number()).describe(d(zh, en)).optional();

/** The YAML form of an actuals file. */
const ActualsFile = z
  .strictObject({
    period: z.union([z.string().min(1), z.number().int()]).describe(d('实际数据所属期间，如 2026-12', 'Period of the figures, e.g. 2026-12')).optional(),
    total: z.number().nonnegative().describe(d('实际销售总额', 'Actual total revenue')).optional(),
    products: figures('各产品线实际销售额：名称: 金额', 'Actual revenue per product line: name: amount'),
    channels: figures('各渠道实际销售额', 'Actual revenue per channel'),
    team: figures('各成员实际销售额', 'Actual revenue per member'),
    metrics: figures('各指标实际值：指标 id 或名称: 数值', 'Actual value per metric: id or name: value'),
    collections: z.number().nonnegative().describe(d('实际回款额', 'Actual collections')).optional(),
    gross_profit: z.number().describe(d('实际毛利额', 'Actual gross profit')).optional(),
    receivables: z.number().nonnegative().describe(d('期末应收账款余额', 'Receivables at the end of the period')).optional(),
    dso: z.number().nonnegative().describe(d('应收账款周转天数', 'Days sales outstanding')).optional(),
    new_customers: z
      .strictObject({
        prospects: z.number().int().nonnegative().describe(d('新增意向客户数', 'New prospects')).optional(),
        won: z.number().int().nonnegative().describe(d('成交新客户数', 'New customers won')).optional(),
        contract_value: z.number().nonnegative().describe(d('新客户合同金额', 'Contract value of new customers')).optional(),
      })
      .describe(d('新客户开发实际', 'New customers: actuals'))
      .optional(),
  })
  .describe(d('计划期间的实际完成数据', 'Actual figures of a plan period'));

/** The words a CSV's type column may use for each dimension. */
const TYPE_WORDS: Record<'total' | ActualDimension, readonly string[]> = {
  total: ['total', '总计', '合计', '总额', '销售总额', '总销售额', '整体'],
  products: ['product', 'products', '产品', '产品线', '品类'],
  channels: ['channel', 'channels', '渠道'],
  team: ['rep', 'member', 'team', 'person', 'people', '人员', '成员', '销售人员', '销售', '团队', '个人', '小组'],
  metrics: ['metric', 'metrics', 'kpi', '指标'],
};

const SCALAR_WORDS: Record<ActualScalar, readonly string[]> = {
  collections: ['collections', 'collection', 'cash collected', '回款', '回款额', '实际回款'],
  gross_profit: ['gross_profit', 'gross profit', '毛利', '毛利额'],
  receivables: ['receivables', 'ar', '应收', '应收账款', '应收账款余额'],
  dso: ['dso', 'days sales outstanding', '应收账款周转天数', '回款天数'],
  new_won: ['new_won', 'new customers', 'new customers won', '新客户', '新客户成交', '成交新客户', '新签客户'],
  new_prospects: ['new_prospects', 'prospects', '意向客户', '新增意向客户'],
  new_contract_value: ['new_contract_value', 'new contract value', '新客户合同金额', '新客户合同额'],
};

function scalarOf(word: string): ActualScalar | undefined {
  const w = word.trim().toLowerCase();
  return ACTUAL_SCALARS.find((k) => SCALAR_WORDS[k].includes(w));
}

const ACTUAL_COLUMNS: readonly ColumnSpec[] = [
  { key: 'type', label: { 'zh-CN': '类别', en: 'type' }, names: ['类别', '类型', '维度', 'type', 'dimension', 'kind'], required: true },
  { key: 'name', label: { 'zh-CN': '名称', en: 'name' }, names: ['名称', '项目', '对象', 'name', 'item'], required: true },
  { key: 'actual', label: { 'zh-CN': '实际', en: 'actual' }, names: ['实际', '实际值', '实际完成', '实际销售额', '完成', 'actual', 'value', 'amount'], required: true },
];

function typeOf(word: string): 'total' | ActualDimension | undefined {
  const w = word.trim().toLowerCase();
  return (Object.keys(TYPE_WORDS) as Array<'total' | ActualDimension>).find((k) => TYPE_WORDS[k].includes(w));
}

function emptyActuals(file: string): Actuals {
  return { file, products: [], channels: [], team: [], metrics: [], scalars: {}, warnings: [] };
}

async function fromTable(file: string, lang: Lang): Promise<Actuals> {
  const table = await readTable(file, lang);
  const at = findColumns(table, ACTUAL_COLUMNS, {}, lang);
  const problems = new CellProblems(table, lang);
  const out = emptyActuals(file);
  if (table.source) out.source = table.source;
  out.warnings.push(...table.warnings);
  for (const row of table.rows) {
    const typeText = text(row.cells[at.type!]);
    const name = text(row.cells[at.name!]);
    const value = numberCell(row.cells[at.actual!]);
    const type = typeText ? typeOf(typeText) : undefined;
    const scalar = !type && typeText ? scalarOf(typeText) : undefined;
    if (scalar && value !== undefined && value !== null) {
      out.scalars[scalar] = { name: name ?? '', value, line: row.line, column: at.actual! + 1 };
      continue;
    }
    if (!type && !scalar) {
      problems.report(row, at.type, actualsText.badType, { value: typeText ?? '', choices: 'total / product / channel / rep / metric / collections / gross_profit / receivables / dso / new_won（总计 / 产品 / 渠道 / 人员 / 指标 / 回款 / 毛利 / 应收账款 / 应收账款周转天数 / 新客户）' });
      continue;
    }
    if (value === undefined || value === null) {
      problems.report(row, at.actual, dataText.notAnAmount, { value: text(row.cells[at.actual!]) ?? '' });
      continue;
    }
    const figure: ActualFigure = { name: name ?? '', value, line: row.line, column: at.name! + 1 };
    if (!type) continue;
    if (type === 'total') out.total = figure;
    else if (!name) problems.report(row, at.name, actualsText.noName);
    else out[type].push(figure);
  }
  problems.throwIfAny();
  return out;
}

function fromYaml(file: string, lang: Lang, langFlag?: string): Actuals {
  const source = readInputText(file, lang);
  const loaded = loadYamlText(source, file, ActualsFile, () => lang, langFlag);
  if (!loaded.data) throw new TableError(say(lang, actualsText.invalid, { file }), loaded.diagnostics, source);
  const data = loaded.data;
  const out = emptyActuals(file);
  out.source = source;
  if (data.period !== undefined) out.period = String(data.period);
  if (data.total !== undefined) out.total = { name: '', value: dec(data.total), ...loaded.at(['total']) };
  const scalar = (key: ActualScalar, value: number | undefined, path: string[]) => {
    if (value !== undefined) out.scalars[key] = { name: '', value: dec(value), ...loaded.at(path) };
  };
  scalar('collections', data.collections, ['collections']);
  scalar('gross_profit', data.gross_profit, ['gross_profit']);
  scalar('receivables', data.receivables, ['receivables']);
  scalar('dso', data.dso, ['dso']);
  scalar('new_prospects', data.new_customers?.prospects, ['new_customers', 'prospects']);
  scalar('new_won', data.new_customers?.won, ['new_customers', 'won']);
  scalar('new_contract_value', data.new_customers?.contract_value, ['new_customers', 'contract_value']);
  for (const dim of ACTUAL_DIMENSIONS) {
    for (const [name, value] of Object.entries(data[dim] ?? {})) {
      const where = loaded.at([dim, name], true);
      out[dim].push({ name, value: dec(value), ...(where.line ? { line: where.line } : {}), ...(where.column ? { column: where.column } : {}) });
    }
  }
  return out;
}

/** Reads an actuals file: .yaml/.yml, .csv or .xlsx. */
export async function readActuals(file: string, langFlag?: string): Promise<Actuals> {
  const lang = resolveLang(langFlag);
  const ext = extname(file).toLowerCase();
  if (ext === '.yaml' || ext === '.yml') return fromYaml(file, lang, langFlag);
  return fromTable(file, lang);
}
