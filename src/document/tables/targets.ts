// Tables of the target sections: the summary of headline targets, product lines, new and
// existing customers, named metrics, and the weekly pace of a monthly target.
import { percent, points, signOf } from '../../i18n/format.js';
import { label, ROLE_LABELS, word } from '../../i18n/labels.js';
import { pick } from '../../i18n/localized.js';
import type { Lang } from '../../i18n/lang.js';
import type { DerivedWeek } from '../../plan/derive.js';
import { makeTable, figureColumn, percentColumn, signedPercentColumn, withUnitHeader, type Cell, type TableBuilder } from './table.js';
import { buildMetricRows } from './metric-rows.js';
import { collectionRows, profitRows } from './finance.js';

export const targetsTable: TableBuilder = (ctx) => {
  const { derived: d, lang, f, missing } = ctx;
  const PH = f.placeholder;
  const w = (k: Parameters<typeof word>[1]) => word(lang, k);
  const rows: Cell[][] = [];
  const revenue = f.money(d.revenue) ?? (missing.has('targets.revenue') ? PH : undefined);
  const [growth, yoy] = signedPercentColumn([d.growth, d.yoy]);
  if (revenue) rows.push([w('revenue'), revenue, f.money(d.lastRevenue) ?? (missing.has('targets.last_revenue') ? PH : undefined), growth]);
  if (d.yoy) rows.push([w('revenueYoy'), revenue, f.money(d.lastYearRevenue), yoy]);
  if (d.grossMargin) rows.push([w('grossMargin'), percent(d.grossMargin), undefined, undefined]);
  rows.push(...profitRows(ctx));
  if (d.marketShareGain) {
    rows.push([w('marketShare'), `${signOf(d.marketShareGain, '+')}${points(lang, d.marketShareGain)}`, undefined, undefined]);
  }
  if (d.perCapita) rows.push([w('perCapita'), f.money(d.perCapita), undefined, undefined]);
  rows.push(...collectionRows(ctx));
  if (rows.length === 0) return undefined;
  return makeTable(
    [{ header: w('metric') }, { header: w('target'), numeric: true }, { header: w('baseline'), numeric: true }, { header: w('change'), numeric: true }],
    rows,
  );
};

export const productsTable: TableBuilder = ({ plan, derived: d, lang, f, missing }) => {
  const w = (k: Parameters<typeof word>[1]) => word(lang, k);
  if (plan.products.length === 0) {
    if (!missing.has('products')) return undefined;
    const PH = f.placeholder;
    return makeTable(
      [{ header: w('product') }, { header: w('role') }, { header: withUnitHeader(lang, w('target'), d.unit), numeric: true, keep: true }, { header: w('share'), numeric: true, keep: true }],
      [[PH, PH, PH, PH]],
    );
  }
  const amounts = d.products.map((p) => p.amount);
  const amountCells = figureColumn([...amounts, d.productsTotal], d.precision);
  const lastCells = figureColumn(d.products.map((p) => p.lastAmount), d.precision);
  const shareCells = percentColumn([...d.products.map((p) => p.share), d.productsShareTotal]);
  const growthCells = signedPercentColumn(d.products.map((p) => p.growth));
  const rows = plan.products.map((p, i) => [p.name, label(ROLE_LABELS, p.role, lang), amountCells[i], shareCells[i], lastCells[i], growthCells[i]]);
  return makeTable(
    [
      { header: w('product') }, { header: w('role') },
      { header: withUnitHeader(lang, w('target'), d.unit), numeric: true },
      { header: w('share'), numeric: true },
      { header: withUnitHeader(lang, w('last'), d.unit), numeric: true },
      { header: w('growth'), numeric: true },
    ],
    rows,
    [w('total'), '', amountCells[amounts.length], shareCells[amounts.length], undefined, undefined],
  );
};

export const customersTable: TableBuilder = ({ plan, derived: d, lang, f, missing }) => {
  const PH = f.placeholder;
  const w = (k: Parameters<typeof word>[1]) => word(lang, k);
  const nc = d.newCustomers;
  const ec = d.existingCustomers;
  const or = (key: string, v: Cell) => v ?? (missing.has(key) ? PH : undefined);
  const rows: Cell[][] = [
    [w('prospects'), or('targets.new_customers.prospects', f.count(nc?.prospects, 'customers'))],
    [w('won'), or('targets.new_customers.won', f.count(nc?.won, 'customers'))],
    [w('conversion'), f.percent(nc?.conversion)],
    [w('contractValue'), or('targets.new_customers.contract_value', f.money(nc?.contractValue))],
    [w('avgContract'), f.money(nc?.avgContract)],
    [w('upsell'), or('targets.existing_customers.upsell', f.money(ec?.upsell))],
    [w('accounts'), f.count(ec?.accounts, 'customers')],
  ];
  const renewal = plan.targets.metrics.find((m) => m.id === 'renewal_rate');
  const renewalRow = d.metrics.find((m) => m.id === 'renewal_rate');
  if (renewal && renewalRow) rows.push([f.metricName(renewalRow), f.metricValue(renewalRow, renewalRow.target)]);
  else if (missing.has('metric:renewal_rate')) rows.push([f.metricName({ id: 'renewal_rate' }), PH]);
  const present = rows.filter((r) => r[1] !== undefined);
  if (present.length === 0) return undefined;
  return makeTable([{ header: w('item') }, { header: w('target'), numeric: true }], present);
};

export const metricsTable: TableBuilder = (ctx) => {
  const rows = buildMetricRows(ctx);
  if (rows.length === 0) return undefined;
  const w = (k: Parameters<typeof word>[1]) => word(ctx.lang, k);
  return makeTable(
    [{ header: w('metric') }, { header: w('baseline'), numeric: true }, { header: w('target'), numeric: true }, { header: w('change'), numeric: true }, { header: w('note') }],
    rows,
  );
};

export const paceTable: TableBuilder = ({ derived: d, lang }) => {
  if (d.period.kind !== 'monthly' || !d.revenue || d.weeks.length === 0) return undefined;
  const w = (k: Parameters<typeof word>[1]) => word(lang, k);
  const month = d.period.month!;
  const targets = figureColumn(d.weeks.map((x) => x.target), d.precision);
  const cumulative = figureColumn(d.weeks.map((x) => x.cumulative), d.precision);
  const progress = percentColumn(d.weeks.map((x) => x.cumulativeShare));
  const rows = d.weeks.map((week, i) => [
    pick(lang, { 'zh-CN': `第${week.index}周`, en: `Week ${week.index}` }),
    pick(lang, { 'zh-CN': `${month}月${week.startDay}日—${month}月${week.endDay}日`, en: `${week.startDay}–${week.endDay} ${enMonth(month)}` }),
    String(week.workdays),
    holidayCell(lang, week),
    targets[i],
    cumulative[i],
    progress[i],
  ]);
  return makeTable(
    [
      { header: w('week') }, { header: w('dates') }, { header: w('workdays'), numeric: true }, { header: w('holidays') },
      { header: withUnitHeader(lang, w('weekTarget'), d.unit), numeric: true },
      { header: withUnitHeader(lang, w('cumulative'), d.unit), numeric: true },
      { header: w('progress'), numeric: true },
    ],
    rows,
  );
};

/** "国庆节、中秋；调休上班1天" / "National Day; 1 make-up working day", or nothing in an ordinary week. */
function holidayCell(lang: Lang, week: DerivedWeek): string | undefined {
  const names = week.holidays.map((h) => pick(lang, h)).join(word(lang, 'listSep'));
  const n = week.makeUpDays;
  const makeUp = n ? pick(lang, { 'zh-CN': `调休上班${n}天`, en: `${n} make-up working day${n === 1 ? '' : 's'}` }) : '';
  return [names, makeUp].filter(Boolean).join(pick(lang, { 'zh-CN': '；', en: '; ' })) || undefined;
}

function enMonth(month: number): string {
  return ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][month - 1]!;
}
