// Tables of the finance targets (issue 11): the gross-profit and collections rows of the targets
// table, a monthly plan's year to date, and a quarterly plan's three months. Figures come from
// the derived plan (src/plan/derive/profit.ts, collections.ts, ytd.ts, quarter.ts); this only
// formats and lays them out. Every row or table appears only when the plan has its data.
import { num, percent, signedPercent, signedPoints, signOf, withUnit } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import { pick, say, type Localized } from '../../i18n/localized.js';
import type { Figure as D } from '../../i18n/format.js';
import { figureColumn, makeTable, percentColumn, withUnitHeader, type Cell, type TableBuilder, type TableContext } from './table.js';

export const financeWords = {
  grossProfit: { 'zh-CN': '毛利额', en: 'Gross profit' },
  collections: { 'zh-CN': '回款额', en: 'Collections' },
  collectionsFromRate: { 'zh-CN': '回款额（按回款率计算）', en: 'Collections (from the rate)' },
  collectionRate: { 'zh-CN': '回款率（回款额 ÷ 销售额）', en: 'Collection rate (collections ÷ revenue)' },
  receivables: { 'zh-CN': '期末应收账款余额', en: 'Receivables at period end' },
  dso: { 'zh-CN': '应收账款周转天数', en: 'Days sales outstanding' },
  item: { 'zh-CN': '项目', en: 'Item' },
  amount: { 'zh-CN': '金额', en: 'Amount' },
  ofAnnual: { 'zh-CN': '占全年目标', en: 'Of the annual target' },
  note: { 'zh-CN': '说明', en: 'Note' },
  annual: { 'zh-CN': '全年销售额目标', en: 'Annual revenue target' },
  remaining: { 'zh-CN': '全年剩余任务', en: 'Left to reach the annual target' },
  thisMonth: { 'zh-CN': '本月目标', en: "This month's target" },
  shareOfRemaining: { 'zh-CN': '占剩余任务的{share}', en: '{share} of what is left' },
  after: { 'zh-CN': '本月完成后累计', en: 'Year to date if this month is met' },
  leftAfter: { 'zh-CN': '本月完成后仍差', en: 'Still left after this month' },
  perMonth: { 'zh-CN': '其余{n}个月月均需完成{amount}', en: '{amount} a month over the {n} months after this one' },
  yearShort: { 'zh-CN': '全年目标无法完成', en: 'The year falls short' },
  overAnnual: { 'zh-CN': '本月完成后超出全年目标', en: 'Over the annual target after this month' },
  closesYear: { 'zh-CN': '本月完成即完成全年目标', en: 'Meeting this month reaches the annual target' },
  month: { 'zh-CN': '月份', en: 'Month' },
  workdays: { 'zh-CN': '工作日', en: 'Working days' },
  workdaysEstimated: { 'zh-CN': '工作日（估算）', en: 'Working days (estimated)' },
  target: { 'zh-CN': '目标', en: 'Target' },
  ofQuarter: { 'zh-CN': '占季度', en: 'Of the quarter' },
  cumulative: { 'zh-CN': '累计', en: 'Cumulative' },
  progress: { 'zh-CN': '累计进度', en: 'Progress' },
  total: { 'zh-CN': '合计', en: 'Total' },
} satisfies Record<string, Localized>;

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];


function days(lang: Lang, v: D): string {
  return pick(lang, { 'zh-CN': `${num(v, 1)}天`, en: `${num(v, 1)} days` });
}

function signedDays(lang: Lang, v: D): string {
  return `${signOf(v)}${days(lang, v.abs())}`;
}

/** The gross-profit row, placed after the margin row of the targets table. */
export function profitRows({ derived: d, lang, f }: TableContext): Cell[][] {
  const gp = d.grossProfit;
  if (!gp) return [];
  return [[say(lang, financeWords.grossProfit), f.money(gp.amount), f.money(gp.lastAmount), gp.growth ? signedPercent(gp.growth) : undefined]];
}

/** Collections amount and rate, receivables and DSO: target, last period's, change. */
export function collectionRows({ derived: d, lang, f }: TableContext): Cell[][] {
  const c = d.collections;
  if (!c) return [];
  const rows: Cell[][] = [];
  if (c.amount) {
    rows.push([say(lang, c.amountDerived ? financeWords.collectionsFromRate : financeWords.collections), f.money(c.amount), f.money(c.lastAmount), c.amountGrowth ? signedPercent(c.amountGrowth) : undefined]);
  }
  if (c.rate) rows.push([say(lang, financeWords.collectionRate), percent(c.rate), c.lastRate ? percent(c.lastRate) : undefined, c.rateChange ? signedPoints(lang, c.rateChange) : undefined]);
  if (c.receivables || c.lastReceivables) {
    rows.push([say(lang, financeWords.receivables), f.money(c.receivables), f.money(c.lastReceivables), c.receivablesChange ? signedPercent(c.receivablesChange) : undefined]);
  }
  if (c.dso || c.lastDso) {
    rows.push([say(lang, financeWords.dso), c.dso ? days(lang, c.dso) : undefined, c.lastDso ? days(lang, c.lastDso) : undefined, c.dsoChange ? signedDays(lang, c.dsoChange) : undefined]);
  }
  return rows;
}

/** "1—11月累计完成" / "Actual, January to November"; a January plan has nothing before it. */
function ytdLabel(lang: Lang, month: number): string {
  if (month === 1) return pick(lang, { 'zh-CN': '本年此前累计完成', en: 'Actual so far this year' });
  if (month === 2) return pick(lang, { 'zh-CN': '1月实际完成', en: 'Actual (January)' });
  return pick(lang, { 'zh-CN': `1—${month - 1}月累计完成`, en: `Actual (January to ${EN_MONTHS[month - 2]})` });
}

export const ytdTable: TableBuilder = ({ derived: d, lang }) => {
  const y = d.ytd;
  if (!y) return undefined;
  const w = (k: keyof typeof financeWords, params: Record<string, string> = {}) => say(lang, financeWords[k], params);
  const money = (v: D) => withUnit(lang, num(v, d.precision), d.unit);
  type Row = { label: string; amount?: D; share?: D; note?: string };
  const rows: Row[] = [
    { label: w('annual'), amount: y.annual },
    { label: ytdLabel(lang, y.month), amount: y.actual, ...(y.completed ? { share: y.completed } : {}) },
    { label: w('remaining'), amount: y.remaining, ...(y.remainingShare ? { share: y.remainingShare } : {}) },
  ];
  if (y.thisMonth) {
    rows.push({ label: w('thisMonth'), amount: y.thisMonth, ...(y.thisMonthOfAnnual ? { share: y.thisMonthOfAnnual } : {}), ...(y.shareOfRemaining ? { note: w('shareOfRemaining', { share: percent(y.shareOfRemaining) }) } : {}) });
    const left = y.leftAfter!;
    rows.push({ label: w('after'), amount: y.after!, ...(y.afterShare ? { share: y.afterShare } : {}), ...(left.isZero() ? { note: w('closesYear') } : {}) });
    if (left.greaterThan(0)) {
      const note = y.perMonthAfter ? w('perMonth', { n: String(y.monthsAfter), amount: money(y.perMonthAfter) }) : y.monthsAfter === 0 ? w('yearShort') : undefined;
      rows.push({ label: w('leftAfter'), amount: left, ...(y.leftAfterShare ? { share: y.leftAfterShare } : {}), ...(note ? { note } : {}) });
    } else if (left.isNegative()) rows.push({ label: w('overAnnual'), amount: left.abs() });
  }
  const amounts = figureColumn(rows.map((r) => r.amount), d.precision);
  const shares = percentColumn(rows.map((r, i) => (i === 0 ? undefined : r.share)));
  return makeTable(
    [{ header: w('item') }, { header: withUnitHeader(lang, w('amount'), d.unit), numeric: true }, { header: w('ofAnnual'), numeric: true }, { header: w('note') }],
    rows.map((r, i) => [r.label, amounts[i], i === 0 ? '100%' : shares[i], r.note]),
  );
};

export const quarterMonthsTable: TableBuilder = ({ derived: d, lang }) => {
  const q = d.quarterMonths;
  if (!q || !d.revenue) return undefined;
  const w = (k: keyof typeof financeWords) => say(lang, financeWords[k]);
  const targets = figureColumn([...q.months.map((m) => m.target), d.revenue], d.precision);
  const cumulative = figureColumn(q.months.map((m) => m.cumulative), d.precision);
  const shares = percentColumn(q.months.map((m) => m.share));
  const progress = percentColumn(q.months.map((m) => m.cumulativeShare));
  const totalDays = q.months.reduce((n, m) => n + m.workdays, 0);
  const rows = q.months.map((m, i) => [
    pick(lang, { 'zh-CN': `${d.period.year}年${m.month}月`, en: `${EN_MONTHS[m.month - 1]} ${d.period.year}` }),
    String(m.workdays), targets[i], shares[i], cumulative[i], progress[i],
  ]);
  return makeTable(
    [
      { header: w('month') }, { header: w(q.source === 'estimated' ? 'workdaysEstimated' : 'workdays'), numeric: true },
      { header: withUnitHeader(lang, w('target'), d.unit), numeric: true }, { header: w('ofQuarter'), numeric: true },
      { header: withUnitHeader(lang, w('cumulative'), d.unit), numeric: true }, { header: w('progress'), numeric: true },
    ],
    rows,
    // The last month's running total is the quarter: the total row repeats it (a blank figure would read as missing).
    [w('total'), String(totalDays), targets[q.months.length], '100%', cumulative[q.months.length - 1], progress[q.months.length - 1]],
  );
};
