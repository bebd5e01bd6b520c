// xlsx: the plan as a workbook a manager keeps working in. One sheet per table of the plan, the
// figures as numbers (the plan's unit in the header, thousands separators, %), and every total and
// share a formula over the cells above it, so editing a figure updates them. A cover sheet holds
// the plan's details. Figures come from the derived plan, never from the document's text.
import type { CellObject, Row, Sheet } from 'write-excel-file/node';
import { ExitCode, UserError } from '../errors.js';
import { decimalsNeeded } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { BUDGET_LABELS, CHANNEL_LABELS, LEVEL_LABELS, label, monthLabel, quarterLabel, RISK_LABELS, ROLE_LABELS } from '../i18n/labels.js';
import { pick, say, type Localized } from '../i18n/localized.js';
import { displayWidth } from '../i18n/width.js';
import { METRICS, type MetricId } from '../plan/metrics.js';
import type { Decimal as D } from '../core/decimal.js';
import type { ValidPlan } from '../plan/validate.js';
import { TIER_ORDER, type RfmResult } from '../data/rfm.js';
import type { RfmTierId } from '../plan/schema.js';
import { ruleText, tierName } from '../data/rfm-text.js';
import { columnLetter } from '../data/read-table.js';
import type { RenderContext, RenderInput } from './types.js';


const T = {
  needsPlan: { 'zh-CN': 'xlsx 只能由计划文件生成（generate、review）。', en: 'A workbook is written from a plan file only (generate, review).' },
  cover: { 'zh-CN': '封面', en: 'Cover' },
  targets: { 'zh-CN': '目标', en: 'Targets' },
  products: { 'zh-CN': '产品线', en: 'Products' },
  channels: { 'zh-CN': '渠道', en: 'Channels' },
  team: { 'zh-CN': '人员', en: 'Team' },
  weeks: { 'zh-CN': '周进度', en: 'Weekly pace' },
  budget: { 'zh-CN': '预算', en: 'Budget' },
  risks: { 'zh-CN': '风险', en: 'Risks' },
  months: { 'zh-CN': '月度分解', en: 'Months' },
  quarters: { 'zh-CN': '季度', en: 'Quarters' },
  attainment: { 'zh-CN': '达成', en: 'Attainment' },
  dimension: { 'zh-CN': '维度', en: 'Dimension' },
  actual: { 'zh-CN': '实际（{unit}）', en: 'Actual ({unit})' },
  rate: { 'zh-CN': '达成率', en: 'Attainment' },
  gap: { 'zh-CN': '差距（{unit}）', en: 'Gap ({unit})' },
  flag: { 'zh-CN': '低于阈值', en: 'Below threshold' },
  threshold: { 'zh-CN': '改进阈值', en: 'Improvement threshold' },
  dimTotal: { 'zh-CN': '总额', en: 'Total' },
  tiers: { 'zh-CN': '客户分层', en: 'Customer tiers' },
  commission: { 'zh-CN': '提成', en: 'Commission' },
  scenario: { 'zh-CN': '达成情景', en: 'Scenario' },
  scenarioRevenue: { 'zh-CN': '销售额（{unit}）', en: 'Revenue ({unit})' },
  base: { 'zh-CN': '基础提成（{unit}）', en: 'Base ({unit})' },
  bonus: { 'zh-CN': '奖励（{unit}）', en: 'Bonus ({unit})' },
  overTarget: { 'zh-CN': '超额奖励（{unit}）', en: 'Over target ({unit})' },
  mentor: { 'zh-CN': '导师奖（{unit}）', en: 'Mentor ({unit})' },
  commissionTotal: { 'zh-CN': '合计（{unit}）', en: 'Total ({unit})' },
  customerList: { 'zh-CN': '客户清单', en: 'Customers' },
  tier: { 'zh-CN': '客户层级', en: 'Tier' },
  rule: { 'zh-CN': '标准', en: 'Rule' },
  customers: { 'zh-CN': '客户数', en: 'Customers' },
  customerShare: { 'zh-CN': '客户占比', en: 'Share of customers' },
  tierRevenue: { 'zh-CN': '销售额（{unit}）', en: 'Revenue ({unit})' },
  revenueShare: { 'zh-CN': '销售额占比', en: 'Share of revenue' },
  service: { 'zh-CN': '服务模式', en: 'Service model' },
  customer: { 'zh-CN': '客户', en: 'Customer' },
  recency: { 'zh-CN': 'R（天）', en: 'R (days)' },
  orders: { 'zh-CN': 'F（次）', en: 'F (orders)' },
  monetaryM: { 'zh-CN': 'M（倍）', en: 'M (×)' },
  item: { 'zh-CN': '项目', en: 'Item' },
  value: { 'zh-CN': '数值', en: 'Value' },
  name: { 'zh-CN': '名称', en: 'Name' },
  role: { 'zh-CN': '定位', en: 'Role' },
  position: { 'zh-CN': '岗位', en: 'Role' },
  type: { 'zh-CN': '类型', en: 'Type' },
  owner: { 'zh-CN': '负责人', en: 'Owner' },
  region: { 'zh-CN': '区域', en: 'Region' },
  target: { 'zh-CN': '目标（{unit}）', en: 'Target ({unit})' },
  amount: { 'zh-CN': '金额（{unit}）', en: 'Amount ({unit})' },
  last: { 'zh-CN': '上期（{unit}）', en: 'Last period ({unit})' },
  growth: { 'zh-CN': '增长', en: 'Growth' },
  share: { 'zh-CN': '占比', en: 'Share' },
  shareOfRevenue: { 'zh-CN': '占销售额', en: 'Of revenue' },
  total: { 'zh-CN': '合计', en: 'Total' },
  cap: { 'zh-CN': '预算上限', en: 'Budget cap' },
  headroom: { 'zh-CN': '剩余额度', en: 'Headroom' },
  week: { 'zh-CN': '周', en: 'Week' },
  days: { 'zh-CN': '日期', en: 'Days' },
  workdays: { 'zh-CN': '工作日', en: 'Workdays' },
  cumulative: { 'zh-CN': '累计（{unit}）', en: 'Cumulative ({unit})' },
  cumulativeShare: { 'zh-CN': '累计进度', en: 'Cumulative share' },
  category: { 'zh-CN': '类别', en: 'Category' },
  risk: { 'zh-CN': '风险', en: 'Risk' },
  warning: { 'zh-CN': '预警信号', en: 'Warning sign' },
  response: { 'zh-CN': '应对措施', en: 'Response' },
  likelihood: { 'zh-CN': '可能性', en: 'Likelihood' },
  impact: { 'zh-CN': '影响', en: 'Impact' },
  revenue: { 'zh-CN': '销售额目标（{unit}）', en: 'Revenue target ({unit})' },
  lastRevenue: { 'zh-CN': '上期实际销售额（{unit}）', en: "Last period's revenue ({unit})" },
  lastYear: { 'zh-CN': '去年同期（{unit}）', en: 'Same period last year ({unit})' },
  yoy: { 'zh-CN': '同比增长', en: 'Year on year' },
  prospects: { 'zh-CN': '新增意向客户', en: 'New prospects' },
  won: { 'zh-CN': '转化新客户', en: 'New customers won' },
  conversion: { 'zh-CN': '转化率', en: 'Conversion' },
  contract: { 'zh-CN': '新客户合同金额（{unit}）', en: 'New-customer contract value ({unit})' },
  upsell: { 'zh-CN': '老客户增购（{unit}）', en: 'Upsell ({unit})' },
  metric: { 'zh-CN': '指标', en: 'Metric' },
  baseline: { 'zh-CN': '基线', en: 'Baseline' },
  metricTarget: { 'zh-CN': '目标', en: 'Target' },
  metricActual: { 'zh-CN': '实际', en: 'Actual' },
  unit: { 'zh-CN': '单位', en: 'Unit' },
  quarter: { 'zh-CN': '季度', en: 'Quarter' },
  month: { 'zh-CN': '月份', en: 'Month' },
  title: { 'zh-CN': '标题', en: 'Title' },
  company: { 'zh-CN': '公司', en: 'Company' },
  department: { 'zh-CN': '部门', en: 'Department' },
  period: { 'zh-CN': '期间', en: 'Period' },
  style: { 'zh-CN': '风格', en: 'Style' },
  author: { 'zh-CN': '编制人', en: 'Author' },
  approver: { 'zh-CN': '审批人', en: 'Approver' },
  date: { 'zh-CN': '日期', en: 'Date' },
  moneyUnit: { 'zh-CN': '金额单位', en: 'Money unit' },
  note: {
    'zh-CN': '合计、占比与增长是引用单元格的公式：修改数字后自动更新。',
    en: 'Totals, shares and growth are formulas over the cells: edit a figure and they update.',
  },
} as const satisfies Record<string, Localized>;

/** Office's default fonts for each language's text. */
const FONTS: Localized = { 'zh-CN': 'DengXian', en: 'Calibri' };

const ref = (column: number, row: number) => `${columnLetter(column)}${row}`;

const HEADER: Partial<CellObject> = { fontWeight: 'bold', backgroundColor: '#DDEBF7', bottomBorderStyle: 'thin' } as Partial<CellObject>;
const TOTAL: Partial<CellObject> = { fontWeight: 'bold', topBorderStyle: 'thin' } as Partial<CellObject>;
const PERCENT = '0.0%';
/** A metric's own figure (85 for 85%, 4.6 for a score): as many decimals as it has. */
const METRIC_FORMAT = '#,##0.##';

const moneyFormat = (decimals: number) => (decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0');
const text = (value: string | undefined, style: Partial<CellObject> = {}): CellObject => ({ type: String, value: value ?? '', ...style });
const numberCell = (value: D | number | undefined, format: string, style: Partial<CellObject> = {}): CellObject | null =>
  value === undefined ? null : { type: Number, value: typeof value === 'number' ? value : value.toNumber(), format, ...style };
const formula = (value: string, format: string, style: Partial<CellObject> = {}): CellObject => ({ type: 'Formula', value, format, ...style });

/** Column widths that fit the longest text (formulas and numbers count as twelve characters). */
function widths(rows: readonly Row[]): { width: number }[] {
  const out: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      const c = cell as CellObject | null;
      const w = !c ? 0 : c.type === String ? displayWidth(String(c.value ?? '')) : 12;
      out[i] = Math.max(out[i] ?? 8, Math.min(60, w + 2));
    });
  }
  return out.map((width) => ({ width }));
}

function sheet(name: Localized, lang: Lang, data: Row[]): Sheet<Buffer> {
  return { sheet: pick(lang, name).slice(0, 31), data, columns: widths(data), stickyRowsCount: 1 };
}

/** A table with a total row: each listed value column summed, and a share column over the total. */
function tableWithTotal(
  lang: Lang,
  heads: string[],
  rows: Array<Array<CellObject | null>>,
  sums: number[],
  share?: { of: number; at: number },
): Row[] {
  const first = 2;
  const last = rows.length + 1;
  const totalRow = last + 1;
  const body = rows.map((cells, i) => {
    const out = [...cells];
    if (share) out[share.at] = formula(`IF(${ref(share.of, totalRow)}=0,"",${ref(share.of, i + first)}/${ref(share.of, totalRow)})`, PERCENT);
    return out;
  });
  const total: Row = heads.map((_, c) => {
    if (c === 0) return text(pick(lang, T.total), TOTAL);
    if (sums.includes(c)) return formula(`SUM(${ref(c, first)}:${ref(c, last)})`, (rows.find((r) => r[c])?.[c]?.format as string | undefined) ?? '#,##0', TOTAL);
    if (share && c === share.at) return formula(`SUM(${ref(c, first)}:${ref(c, last)})`, PERCENT, TOTAL);
    return null;
  });
  return [heads.map((h) => text(h, HEADER)), ...body, total];
}

function coverSheet(input: RenderInput, valid: ValidPlan, lang: Lang): Sheet<Buffer> {
  const meta = input.doc.meta;
  const rows: Array<[Localized, string | undefined]> = [
    [T.title, meta.title], [T.company, meta.company], [T.department, meta.department], [T.period, meta.period], [T.style, meta.styleName],
    [T.author, meta.author], [T.approver, meta.approver], [T.date, meta.date], [T.moneyUnit, valid.derived.unit],
  ];
  const data: Row[] = rows.filter(([, v]) => v).map(([k, v]) => [text(pick(lang, k), { fontWeight: 'bold' } as Partial<CellObject>), text(v)]);
  data.push([], [text(pick(lang, T.note))]);
  return { ...sheet(T.cover, lang, data), stickyRowsCount: 0 };
}

function targetsSheet(valid: ValidPlan, lang: Lang, money: string): Sheet<Buffer> {
  const { derived } = valid;
  const unit = { unit: derived.unit };
  const rows: Row[] = [[text(pick(lang, T.item), HEADER), text(pick(lang, T.value), HEADER)]];
  const at = new Map<string, number>();
  const add = (key: string, name: string, cell: CellObject | null) => {
    if (!cell) return;
    rows.push([text(name), cell]);
    at.set(key, rows.length);
  };
  add('revenue', say(lang, T.revenue, unit), numberCell(derived.revenue, money));
  add('last', say(lang, T.lastRevenue, unit), numberCell(derived.lastRevenue, money));
  if (at.has('revenue') && at.has('last')) add('growth', pick(lang, T.growth), formula(`IF(B${at.get('last')}=0,"",B${at.get('revenue')}/B${at.get('last')}-1)`, PERCENT));
  add('lastYear', say(lang, T.lastYear, unit), numberCell(derived.lastYearRevenue, money));
  if (at.has('revenue') && at.has('lastYear')) add('yoy', pick(lang, T.yoy), formula(`IF(B${at.get('lastYear')}=0,"",B${at.get('revenue')}/B${at.get('lastYear')}-1)`, PERCENT));
  const nc = derived.newCustomers;
  add('prospects', pick(lang, T.prospects), numberCell(nc?.prospects, '#,##0'));
  add('won', pick(lang, T.won), numberCell(nc?.won, '#,##0'));
  if (at.has('prospects') && at.has('won')) add('conversion', pick(lang, T.conversion), formula(`IF(B${at.get('prospects')}=0,"",B${at.get('won')}/B${at.get('prospects')})`, PERCENT));
  add('contract', say(lang, T.contract, unit), numberCell(nc?.contractValue, money));
  add('upsell', say(lang, T.upsell, unit), numberCell(derived.existingCustomers?.upsell, money));
  if (derived.metrics.length) {
    rows.push([], [text(pick(lang, T.metric), HEADER), text(pick(lang, T.baseline), HEADER), text(pick(lang, T.metricTarget), HEADER), text(pick(lang, T.unit), HEADER)]);
    for (const m of derived.metrics) {
      const name = m.name ?? (m.id ? pick(lang, { 'zh-CN': METRICS[m.id as MetricId].zh, en: METRICS[m.id as MetricId].en }) : '');
      const format = `#,##0${decimalsNeeded([m.baseline, m.target], 2) ? `.${'0'.repeat(decimalsNeeded([m.baseline, m.target], 2))}` : ''}`;
      rows.push([text(name), numberCell(m.baseline, format), numberCell(m.target, format), text(m.unitLabel ?? (m.unit === 'percent' ? '%' : m.unit === 'money' ? derived.unit : ''))]);
    }
  }
  return sheet(T.targets, lang, rows);
}

export async function render(input: RenderInput, { lang }: RenderContext): Promise<Uint8Array> {
  const valid = input.plan;
  if (!valid) throw new UserError(pick(lang, T.needsPlan), ExitCode.usage);
  const docLang = valid.lang;
  const { plan, derived } = valid;
  const unit = { unit: derived.unit };
  const money = moneyFormat(derived.precision ? decimalsNeeded(collectMoney(valid), derived.precision) : 0);
  const sheets: Sheet<Buffer>[] = [coverSheet(input, valid, docLang), targetsSheet(valid, docLang, money)];

  if (derived.products.length) {
    const heads = [pick(docLang, T.name), pick(docLang, T.role), say(docLang, T.target, unit), pick(docLang, T.share), say(docLang, T.last, unit), pick(docLang, T.growth)];
    const rows = derived.products.map((p, i) => {
      const item = plan.products[p.index]!;
      const r = i + 2;
      return [text(item.name), text(label(ROLE_LABELS, item.role, docLang)), numberCell(p.amount, money), null, numberCell(p.lastAmount, money),
        p.lastAmount ? formula(`IF(E${r}=0,"",C${r}/E${r}-1)`, PERCENT) : null];
    });
    sheets.push(sheet(T.products, docLang, tableWithTotal(docLang, heads, rows, [2, 4], { of: 2, at: 3 })));
  }
  if (derived.channels.length) {
    const heads = [pick(docLang, T.name), pick(docLang, T.type), say(docLang, T.target, unit), pick(docLang, T.share), pick(docLang, T.owner)];
    const rows = derived.channels.map((c) => {
      const item = plan.channels[c.index]!;
      return [text(item.name), text(item.type ? label(CHANNEL_LABELS, item.type, docLang) : ''), numberCell(c.target, money), null, text(item.owner)];
    });
    sheets.push(sheet(T.channels, docLang, tableWithTotal(docLang, heads, rows, [2], { of: 2, at: 3 })));
  }
  if (derived.team.length) {
    const heads = [pick(docLang, T.name), pick(docLang, T.position), pick(docLang, T.region), say(docLang, T.target, unit), pick(docLang, T.share)];
    const rows = derived.team.map((m) => {
      const item = plan.team[m.index]!;
      return [text(item.name), text(item.role), text(item.region), numberCell(m.target, money), null];
    });
    sheets.push(sheet(T.team, docLang, tableWithTotal(docLang, heads, rows, [3], { of: 3, at: 4 })));
  }
  if (derived.weeks.length && derived.weeks.some((w) => w.target)) {
    const heads = [pick(docLang, T.week), pick(docLang, T.days), pick(docLang, T.workdays), say(docLang, T.target, unit), say(docLang, T.cumulative, unit), pick(docLang, T.cumulativeShare)];
    const last = derived.weeks.length + 1;
    const rows = derived.weeks.map((w, i) => {
      const r = i + 2;
      return [numberCell(i + 1, '0'), text(`${w.startDay}–${w.endDay}`), numberCell(w.workdays, '0'), numberCell(w.target, money),
        formula(`SUM(D$2:D${r})`, money), formula(`IF(SUM(D$2:D$${last})=0,"",E${r}/SUM(D$2:D$${last}))`, PERCENT)];
    });
    sheets.push(sheet(T.weeks, docLang, tableWithTotal(docLang, heads, rows, [2, 3])));
  }
  if (derived.budget) {
    const budget = derived.budget;
    const heads = [pick(docLang, T.item), pick(docLang, T.category), say(docLang, T.amount, unit), pick(docLang, T.share), pick(docLang, T.shareOfRevenue)];
    const revenueCell = derived.revenue ? `'${pick(docLang, T.targets)}'!B2` : undefined;
    const rows = budget.items.map((b, i) => {
      const item = plan.budget!.items[b.index]!;
      const r = i + 2;
      return [text(item.name), text(item.category ? label(BUDGET_LABELS, item.category, docLang) : ''), numberCell(b.amount, money), null,
        revenueCell ? formula(`IF(${revenueCell}=0,"",C${r}/${revenueCell})`, '0.00%') : null];
    });
    const data = tableWithTotal(docLang, heads, rows, [2], { of: 2, at: 3 });
    const totalRow = data.length;
    if (revenueCell) data[totalRow - 1]![4] = formula(`IF(${revenueCell}=0,"",C${totalRow}/${revenueCell})`, '0.00%', TOTAL);
    if (budget.cap) {
      data.push([text(pick(docLang, T.cap)), null, numberCell(budget.cap, money)]);
      data.push([text(pick(docLang, T.headroom)), null, formula(`C${totalRow + 1}-C${totalRow}`, money)]);
    }
    sheets.push(sheet(T.budget, docLang, data));
  }
  if (plan.risks.length) {
    const heads = [T.category, T.risk, T.warning, T.response, T.owner, T.likelihood, T.impact].map((h) => text(pick(docLang, h), HEADER));
    const rows: Row[] = plan.risks.map((r) => [text(r.category ? label(RISK_LABELS, r.category, docLang) : ''), text(r.risk), text(r.warning), text(r.response), text(r.owner),
      text(r.likelihood ? label(LEVEL_LABELS, r.likelihood, docLang) : ''), text(r.impact ? label(LEVEL_LABELS, r.impact, docLang) : '')]);
    sheets.push(sheet(T.risks, docLang, [heads, ...rows]));
  }
  const annual = derived.annual;
  if (annual) {
    // Products × months: each row's total and each month's total are formulas over the matrix.
    const products = derived.products.filter((p) => p.amount);
    const heads = [pick(docLang, T.name), ...Array.from({ length: 12 }, (_, m) => monthLabel(docLang, m + 1)), pick(docLang, T.total)];
    const matrix = annual.productMonths.length === products.length ? annual.productMonths : [];
    const rows = (matrix.length ? products : []).map((p, i) => {
      const r = i + 2;
      return [text(plan.products[p.index]!.name), ...matrix[i]!.map((v) => numberCell(v, money)), formula(`SUM(B${r}:M${r})`, money)];
    });
    if (!rows.length) rows.push([text(pick(docLang, T.total)), ...annual.months.map((v) => numberCell(v, money)), formula('SUM(B2:M2)', money)]);
    const data = rows.length > 1 || matrix.length ? tableWithTotal(docLang, heads, rows, Array.from({ length: 13 }, (_, c) => c + 1)) : [heads.map((h) => text(h, HEADER)), ...rows];
    sheets.push({ ...sheet(T.months, docLang, data), stickyColumnsCount: 1 });
    const totalRow = data.length;
    const monthsSheet = `'${pick(docLang, T.months)}'`;
    const qRows = [0, 1, 2, 3].map((q) => {
      const cells = [1, 2, 3].map((k) => `${monthsSheet}!${columnLetter(q * 3 + k)}${totalRow}`);
      return [text(quarterLabel(docLang, q + 1)), formula(cells.join('+'), money), null];
    });
    sheets.push(sheet(T.quarters, docLang, tableWithTotal(docLang, [pick(docLang, T.quarter), say(docLang, T.amount, unit), pick(docLang, T.share)], qRows, [1], { of: 1, at: 2 })));
  }
  if (derived.commissions?.length) {
    const parts = derived.commissions.flatMap((c) => c.scenarios.flatMap((s) => [s.revenue, s.base, s.bonus, s.overTarget, s.mentor]));
    sheets.push(commissionSheet(valid, docLang, unit, moneyFormat(decimalsNeeded(parts, Math.max(2, derived.precision)))));
  }
  if (derived.rfm) sheets.push(tiersSheet(derived.rfm, docLang, unit, money, plan.customers?.service ?? {}));
  if (input.review) sheets.push(attainmentSheet(input.review, docLang, unit, money));
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  return new Uint8Array(await writeXlsxFile(sheets, { fontFamily: pick(docLang, FONTS), fontSize: 11 }).toBuffer());
}

/** A review's attainment: target and actual as numbers; attainment, gap and the flag as formulas,
 * the flag against the threshold in its own cell (change it and the flags follow). */
function attainmentSheet(review: NonNullable<RenderInput['review']>, lang: Lang, unit: { unit: string }, money: string): Sheet<Buffer> {
  const heads = [T.dimension, T.name, T.metricTarget, T.actual, T.rate, T.gap, T.flag].map((h, i) => text(i === 2 ? say(lang, T.target, unit) : say(lang, h, unit), HEADER));
  const groups: Array<[Localized, readonly { name: string; target?: D; actual?: D }[]]> = [
    [T.dimTotal, [{ ...review.total, name: pick(lang, T.dimTotal) }]], [T.products, review.products], [T.channels, review.channels], [T.team, review.team],
  ];
  const rows = groups.flatMap(([dimension, list]) => list.map((r) => ({ dimension: pick(lang, dimension), ...r })));
  const thresholdRow = rows.length + 3;
  const data: Row[] = [heads, ...rows.map((r, i) => {
    const n = i + 2;
    return [text(r.dimension), text(r.name), numberCell(r.target, money), numberCell(r.actual, money),
      r.target && r.actual ? formula(`IF(C${n}=0,"",D${n}/C${n})`, PERCENT) : null,
      r.target && r.actual ? formula(`D${n}-C${n}`, money) : null,
      r.target && r.actual ? formula(`IF(E${n}="","",IF(E${n}<$C$${thresholdRow},"●",""))`, '@') : null];
  })];
  data.push([], [text(pick(lang, T.threshold)), null, numberCell(review.threshold.div(100), PERCENT)]);
  // Metrics in their own units (a rate, a score, days): attainment as the plan computed it, since
  // for a metric where lower is better it is not actual ÷ target.
  if (review.metrics.length) {
    data.push([], [text(pick(lang, T.metric), HEADER), text(pick(lang, T.name), HEADER), text(pick(lang, T.metricTarget), HEADER), text(pick(lang, T.metricActual), HEADER), text(pick(lang, T.rate), HEADER), null, text(pick(lang, T.flag), HEADER)]);
    for (const m of review.metrics) {
      data.push([text(pick(lang, T.metric)), text(m.name), numberCell(m.target, METRIC_FORMAT), numberCell(m.actual, METRIC_FORMAT),
        numberCell(m.attainment?.div(100), PERCENT), null, m.attainment ? text(m.below ? '●' : '') : null]);
    }
  }
  return sheet(T.attainment, lang, data);
}

/** Each rep's commission at each attainment scenario: the parts as computed under the plan's
 * scheme (src/plan/incentives.ts), their sum a formula. */
function commissionSheet(valid: ValidPlan, lang: Lang, unit: { unit: string }, money: string): Sheet<Buffer> {
  const heads = [T.name, T.target, T.scenario, T.scenarioRevenue, T.base, T.bonus, T.overTarget, T.mentor, T.commissionTotal].map((h) => text(say(lang, h, unit), HEADER));
  const rows: Row[] = [heads];
  for (const c of valid.derived.commissions ?? []) {
    for (const s of c.scenarios) {
      const r = rows.length + 1;
      rows.push([text(valid.plan.team[c.index]?.name), numberCell(c.target, money), numberCell(s.attainment?.div(100), PERCENT), numberCell(s.revenue, money),
        numberCell(s.base, money), numberCell(s.bonus, money), numberCell(s.overTarget, money), numberCell(s.mentor, money), formula(`SUM(E${r}:H${r})`, money)]);
    }
  }
  return sheet(T.commission, lang, rows);
}

/** RFM tiers: counts and revenue as numbers, both shares as formulas over the total row. */
function tiersSheet(rfm: RfmResult, lang: Lang, unit: { unit: string }, money: string, service: Partial<Record<RfmTierId, string>>): Sheet<Buffer> {
  const heads = [pick(lang, T.tier), pick(lang, T.rule), pick(lang, T.customers), pick(lang, T.customerShare), say(lang, T.tierRevenue, unit), pick(lang, T.revenueShare), pick(lang, T.service)];
  const totalRow = rfm.tiers.length + 2;
  const rows = rfm.tiers.map((tier, i) => [text(tierName(lang, tier.id)), text(ruleText(lang, tier.rule)), numberCell(tier.count, '#,##0'),
    formula(`IF(C${totalRow}=0,"",C${i + 2}/C${totalRow})`, PERCENT), numberCell(tier.revenue, money), formula(`IF(E${totalRow}=0,"",E${i + 2}/E${totalRow})`, PERCENT), text(service[tier.id])]);
  return sheet(T.tiers, lang, tableWithTotal(lang, heads, rows, [2, 3, 4, 5]));
}

/** Every customer with its tier, R, F and M, ordered by tier then revenue. */
function customerListSheet(rfm: RfmResult, lang: Lang, unit: { unit: string }, money: string): Sheet<Buffer> {
  const list = [...rfm.scored].sort((a, b) => TIER_ORDER.indexOf(a.tier) - TIER_ORDER.indexOf(b.tier) || b.customer.revenue.comparedTo(a.customer.revenue));
  const heads = [T.customer, T.tier, T.recency, T.orders, T.tierRevenue, T.monetaryM].map((h) => text(say(lang, h, unit), HEADER));
  return sheet(T.customerList, lang, [heads, ...list.map((c) => [text(c.customer.name), text(tierName(lang, c.tier)), numberCell(c.recency, '0'), numberCell(c.customer.orders, '0'), numberCell(c.customer.revenue, money), numberCell(c.monetary.toDecimalPlaces(2), '0.00')])]);
}

/** salesplan tiers --format xlsx: the tier table, and with --list every customer. */
export async function renderTiers(rfm: RfmResult, lang: Lang, options: { unit: string; precision: number; service?: Partial<Record<RfmTierId, string>>; list?: boolean }): Promise<Uint8Array> {
  const money = moneyFormat(decimalsNeeded([...rfm.tiers.map((t) => t.revenue), ...rfm.scored.map((s) => s.customer.revenue)], options.precision));
  const sheets = [tiersSheet(rfm, lang, { unit: options.unit }, money, options.service ?? {})];
  if (options.list) sheets.push(customerListSheet(rfm, lang, { unit: options.unit }, money));
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  return new Uint8Array(await writeXlsxFile(sheets, { fontFamily: pick(lang, FONTS), fontSize: 11 }).toBuffer());
}

/** Every money figure of the workbook, so its columns share one number of decimals. */
function collectMoney(valid: ValidPlan): (D | undefined)[] {
  const d = valid.derived;
  return [d.revenue, d.lastRevenue, ...d.products.flatMap((p) => [p.amount, p.lastAmount]), ...d.channels.map((c) => c.target), ...d.team.map((m) => m.target),
    ...(d.budget?.items.map((b) => b.amount) ?? []), d.budget?.cap, ...d.weeks.map((w) => w.target), ...(d.annual?.months ?? []), ...(d.annual?.productMonths.flat() ?? [])];
}
