// Which charts a document carries, and their data: each one summarises a table and comes right
// after it, only when the figures it draws exist. Every figure is read from the derived plan (or,
// for inputs drawn as they are, such as past years' actuals, from the plan); nothing here computes
// a plan figure. Decimals become plain numbers here and nowhere else.
import { decimalsNeeded, plainNumber } from '../i18n/format.js';
import { monthLabel, quarterLabel, word, type Word } from '../i18n/labels.js';
import type { Lang } from '../i18n/lang.js';
import { pick, say, type Localized } from '../i18n/localized.js';
import { tierName } from '../data/rfm-text.js';
import type { AttainmentRow, ReviewFigures } from '../plan/attainment.js';
import type { DerivedPlan } from '../plan/derive.js';
import { dec, type Decimal } from '../core/decimal.js';
import type { Plan } from '../plan/schema.js';
import type { TableId } from '../styles/types.js';
import { chartText } from './messages.js';
import type { ChartData, ChartId, ChartNode, ChartSeries } from './model.js';

/** The plan's `charts:` setting: all on or off, or each chart by its id. */
export type ChartSettings = boolean | Partial<Record<ChartId, boolean>>;

export interface ChartSource {
  plan: Plan;
  derived: DerivedPlan;
  lang: Lang;
  /** false: no charts at all (--no-charts). */
  enabled?: boolean;
  /** In a review: the period's actuals against the plan (passed apart, as to the builder). */
  review?: ReviewFigures;
}

/** A chart before it has its place in the document (number, caption, file). */
type Draft = Omit<ChartData, 'id' | 'lang' | 'source' | 'number' | 'caption' | 'file'>;

const toNumber = (v: Decimal | undefined): number | null => (v ? v.toNumber() : null);

/** Values and their labels as the tables write them: one number of decimals for the whole column. */
function figures(values: readonly (Decimal | undefined)[], max: number, suffix = ''): Pick<ChartSeries, 'values' | 'labels'> {
  const dp = decimalsNeeded(values, max);
  return { values: values.map(toNumber), labels: values.map((v) => (v ? `${plainNumber(v, dp)}${suffix}` : null)) };
}

const unitAxis = (lang: Lang, header: string, unit: string): string => (unit ? say(lang, chartText.withUnit, { header, unit }) : header);

/**
 * The most bars a sorted bar chart draws: past that a chart is a wall of bars nobody reads (and a
 * drawing thousands of pixels tall); the table beside it lists every entry, and the title says
 * how many of them the chart shows.
 */
export const MAX_BARS = 20;

function namedBar(lang: Lang, title: Localized, header: Word, names: readonly string[], amounts: readonly (Decimal | undefined)[], shares: readonly (Decimal | undefined)[], d: DerivedPlan, sorted: boolean): Draft | undefined {
  const all = names.map((name, i) => ({ name, amount: amounts[i], share: shares[i] })).filter((r) => r.amount && !r.amount.isZero());
  if (all.length < 2) return undefined;
  if (sorted) all.sort((a, b) => b.amount!.comparedTo(a.amount!));
  const shown = sorted ? Math.min(all.length, MAX_BARS) : all.length;
  const rows = all.slice(0, shown);
  // Decimals chosen over the whole column, as its table writes it, then the bars shown.
  const money = figures(all.map((r) => r.amount), d.precision);
  const pct = figures(all.map((r) => r.share), 1, '%');
  const labels = money.labels.slice(0, shown).map((m, i) => (pct.labels[i] ? say(lang, chartText.valueWithShare, { value: m ?? '', share: pct.labels[i]! }) : m));
  return {
    kind: 'bar', horizontal: true,
    title: rows.length < all.length ? say(lang, chartText.largest, { title: pick(lang, title), shown: rows.length, total: all.length }) : pick(lang, title),
    categories: rows.map((r) => r.name),
    series: [{ name: word(lang, header), values: money.values.slice(0, shown), labels }], unit: d.unit, axis: unitAxis(lang, word(lang, 'target'), d.unit),
  };
}

function attainmentBar(lang: Lang, title: Localized, rows: readonly AttainmentRow[], review: ReviewFigures): Draft | undefined {
  const reported = rows.filter((r) => r.attainment);
  const threshold = review.threshold;
  if (reported.length === 0 || !threshold) return undefined;
  const values = figures(reported.map((r) => r.attainment), 1, '%');
  const t = figures([threshold], 1, '%');
  return {
    kind: 'bar', horizontal: true, title: pick(lang, title), categories: reported.map((r) => r.name),
    series: [{ name: word(lang, 'attainment'), ...values }], unit: '%', axis: word(lang, 'attainment'),
    reference: { name: say(lang, chartText.threshold, { value: t.labels[0]! }), value: t.values[0]!, label: t.labels[0]! },
  };
}

/** The chart each table is summarised by, if its data exists. */
const BUILDERS: Partial<Record<TableId, { id: ChartId; draw: (s: ChartSource) => Draft | undefined }>> = {
  products: {
    id: 'products',
    draw: ({ plan, derived: d, lang }) => d.annual ? undefined : namedBar(lang, chartText.products, 'target', plan.products.map((p) => p.name), d.products.map((p) => p.amount), d.products.map((p) => p.share), d, true),
  },
  channels: {
    id: 'channels',
    draw: ({ plan, derived: d, lang }) => namedBar(lang, chartText.channels, 'target', plan.channels.map((c) => c.name), d.channels.map((c) => c.target), d.channels.map((c) => c.share), d, true),
  },
  team: {
    id: 'team',
    draw: ({ plan, derived: d, lang }) => namedBar(lang, chartText.team, 'target', plan.team.map((m) => m.name), d.team.map((m) => m.target), d.team.map((m) => m.share), d, true),
  },
  pace: {
    id: 'weekly',
    draw: ({ derived: d, lang }) => {
      if (d.period.kind !== 'monthly' || d.weeks.length === 0 || d.weeks.some((w) => !w.cumulative)) return undefined;
      return {
        kind: 'line', title: pick(lang, chartText.weekly),
        categories: d.weeks.map((w) => say(lang, chartText.weekWithDays, { week: w.index, days: w.workdays })),
        series: [{ name: word(lang, 'cumulative'), ...figures(d.weeks.map((w) => w.cumulative), d.precision) }],
        unit: d.unit, axis: unitAxis(lang, word(lang, 'cumulative'), d.unit),
      };
    },
  },
  months: {
    id: 'months',
    draw: ({ plan, derived: d, lang }) => {
      const a = d.annual;
      if (!a || !d.revenue) return undefined;
      const history = plan.annual?.history ?? {};
      const years = Object.keys(history).sort();
      const values = [...a.months, ...years.flatMap((y) => history[y]!.map((v) => dec(v)))];
      // One number of decimals for this year's targets and the past years' actuals alike.
      const dp = decimalsNeeded(values, d.precision);
      const seriesOf = (name: string, months: readonly Decimal[]): ChartSeries => ({ name, values: months.map((m) => m.toNumber()), labels: months.map((m) => plainNumber(m, dp)) });
      return {
        kind: 'line', title: pick(lang, years.length ? chartText.monthsVsHistory : chartText.months),
        categories: Array.from({ length: 12 }, (_, m) => monthLabel(lang, m + 1)),
        series: [
          seriesOf(say(lang, chartText.yearTarget, { year: d.period.year }), a.months),
          ...years.map((y) => seriesOf(say(lang, chartText.yearActual, { year: y }), history[y]!.map((v) => dec(v)))),
        ],
        unit: d.unit, axis: unitAxis(lang, word(lang, 'amount'), d.unit),
      };
    },
  },
  quarters: {
    id: 'quarters',
    draw: ({ derived: d, lang }) => {
      const a = d.annual;
      if (!a || !d.revenue) return undefined;
      const last = a.lastYear;
      const all = [...a.quarters, ...(last?.quarters ?? [])];
      const dp = decimalsNeeded(all, d.precision);
      const seriesOf = (name: string, qs: readonly Decimal[]): ChartSeries => ({ name, values: qs.map((q) => q.toNumber()), labels: qs.map((q) => plainNumber(q, dp)) });
      return {
        kind: 'bar', title: pick(lang, chartText.quarters), categories: [1, 2, 3, 4].map((q) => quarterLabel(lang, q)),
        series: [
          seriesOf(say(lang, chartText.yearTarget, { year: d.period.year }), a.quarters),
          ...(last ? [seriesOf(say(lang, chartText.yearActual, { year: last.year }), last.quarters)] : []),
        ],
        unit: d.unit, axis: unitAxis(lang, word(lang, 'quarterTarget'), d.unit),
      };
    },
  },
  productMonths: {
    id: 'productQuarters',
    draw: ({ plan, derived: d, lang }) => {
      const a = d.annual;
      if (!a || plan.products.length < 2 || !d.revenue) return undefined;
      // The product-by-quarter figures are the sums of the exact month split, as the table has them.
      const rows = a.productColumns.map((c) => c.quarters);
      const dp = decimalsNeeded(rows.flat(), d.precision);
      return {
        kind: 'stacked-bar', title: pick(lang, chartText.productQuarters), categories: [1, 2, 3, 4].map((q) => quarterLabel(lang, q)),
        series: rows.map((qs, p) => ({ name: plan.products[p]!.name, values: qs.map((q) => q.toNumber()), labels: qs.map((q) => plainNumber(q, dp)) })),
        unit: d.unit, axis: unitAxis(lang, word(lang, 'target'), d.unit),
      };
    },
  },
  tiers: {
    id: 'tiers',
    draw: ({ plan, derived: d, lang }) => {
      const rows = d.rfm
        ? d.rfm.tiers.map((t) => ({ name: tierName(lang, t.id), customers: t.customerShare, revenue: t.revenueShare }))
        : plan.tiers.map((t) => ({
            name: t.name,
            customers: t.customer_share === undefined ? undefined : dec(t.customer_share),
            revenue: t.revenue_share === undefined ? undefined : dec(t.revenue_share),
          }));
      const drawn = rows.filter((r) => r.customers && r.revenue);
      if (drawn.length < 2) return undefined;
      return {
        kind: 'paired-bar', title: pick(lang, chartText.tiers), categories: drawn.map((r) => r.name),
        series: [
          { name: word(lang, 'customerShare'), ...figures(drawn.map((r) => r.customers), 1, '%') },
          { name: word(lang, 'revenueShare'), ...figures(drawn.map((r) => r.revenue), 1, '%') },
        ],
        unit: '%', axis: word(lang, 'share'),
      };
    },
  },
  commission: {
    id: 'commission',
    draw: ({ plan, derived: d, lang }) => {
      const rows = d.commissions;
      const scenarios = plan.incentives?.scenarios ?? [];
      if (!rows || rows.length === 0 || scenarios.length === 0) return undefined;
      const all = rows.flatMap((r) => r.scenarios.map((s) => s.total));
      const dp = decimalsNeeded(all, d.precision);
      return {
        kind: 'paired-bar', title: pick(lang, chartText.commission), categories: rows.map((r) => plan.team[r.index]!.name),
        series: scenarios.map((s, k) => ({
          name: say(lang, chartText.atScenario, { scenario: `${s}%` }),
          values: rows.map((r) => r.scenarios[k]!.total.toNumber()),
          labels: rows.map((r) => plainNumber(r.scenarios[k]!.total, dp)),
        })),
        unit: d.unit, axis: unitAxis(lang, word(lang, 'commission'), d.unit),
      };
    },
  },
  attainmentProducts: { id: 'attainmentProducts', draw: ({ lang, review }) => (review ? attainmentBar(lang, chartText.attainmentProducts, review.products, review) : undefined) },
  attainmentChannels: { id: 'attainmentChannels', draw: ({ lang, review }) => (review ? attainmentBar(lang, chartText.attainmentChannels, review.channels, review) : undefined) },
  attainmentTeam: { id: 'attainmentTeam', draw: ({ lang, review }) => (review ? attainmentBar(lang, chartText.attainmentTeam, review.team, review) : undefined) },
};

function isOn(settings: ChartSettings | undefined, id: ChartId): boolean {
  if (settings === undefined || typeof settings === 'boolean') return settings !== false;
  return settings[id] !== false;
}

/**
 * The charts of one document, handed out table by table: `after(id)` gives the charts that follow
 * the table `id` (numbered in the order asked, which is the document's), each chart at most once.
 */
export function chartPlacer(source: ChartSource): (table: TableId) => ChartNode[] {
  const settings = source.plan.charts as ChartSettings | undefined;
  const placed = new Set<ChartId>();
  let number = 0;
  return (table) => {
    const builder = BUILDERS[table];
    if (!builder || source.enabled === false || placed.has(builder.id) || !isOn(settings, builder.id)) return [];
    const draft = builder.draw(source);
    if (!draft) return [];
    placed.add(builder.id);
    number += 1;
    const chart: ChartData = {
      id: builder.id, lang: source.lang, source: table, number,
      caption: say(source.lang, chartText.caption, { number, title: draft.title }),
      file: `${String(number).padStart(2, '0')}-${builder.id}`,
      ...draft,
    };
    return [{ type: 'chart', chart }];
  };
}

/** The chart nodes of a document tree, in order. */
export function chartsOf(tree: { children: readonly { type: string }[] }): ChartData[] {
  return tree.children.filter((n): n is ChartNode => n.type === 'chart').map((n) => n.chart);
}

