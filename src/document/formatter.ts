// One formatter per document: the plan's unit and precision bound to the document's language,
// so tables and prose write every figure the same way. Formatting only: the figures come from
// the derived plan, and sizes, signs and rounding for display are decided in i18n/format.ts.
import { money as fmtMoney, moneySize, num, peopleCount, percent, percentSize, points, signedPercent, signedPoints, signOf, withUnit, type Figure, type MoneyStyle } from '../i18n/format.js';
import { COUNT_UNITS, METRIC_UNIT_LABELS, word } from '../i18n/labels.js';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/localized.js';
import type { DerivedMetric, DerivedPlan } from '../plan/derive.js';
import { METRICS, type MetricId } from '../plan/metrics.js';

export type Text = string | undefined;

export interface Formatter {
  lang: Lang;
  moneyStyle: MoneyStyle;
  placeholder: string;
  money(value: Figure | undefined): Text;
  /** An amount without its sign (a gap, a change told in words). */
  moneySize(value: Figure | undefined): Text;
  percent(value: Figure | undefined): Text;
  count(value: Figure | number | undefined, unit: 'customers' | 'people'): Text;
  metricValue(metric: Pick<DerivedMetric, 'id' | 'unit' | 'unitLabel'>, value: Figure | undefined): Text;
  metricName(metric: Pick<DerivedMetric, 'id' | 'name'>): string;
}

export function makeFormatter(lang: Lang, derived: DerivedPlan): Formatter {
  const moneyStyle: MoneyStyle = { unit: derived.settings.unit, precision: derived.settings.precision };
  return {
    lang,
    moneyStyle,
    placeholder: word(lang, 'placeholder'),
    money: (v) => (v ? fmtMoney(lang, v, moneyStyle) : undefined),
    moneySize: (v) => (v ? moneySize(lang, v, moneyStyle) : undefined),
    percent: (v) => (v ? percent(v) : undefined),
    count: (v, unit) => (v === undefined ? undefined : withUnit(lang, num(v), COUNT_UNITS[unit][lang])),
    metricValue: (metric, v) => {
      if (!v) return undefined;
      if (metric.unitLabel) return metric.unitLabel === '%' ? percent(v, 2) : withUnit(lang, num(v), metric.unitLabel);
      switch (metric.unit) {
        case 'percent':
          return percent(v, 2);
        case 'money':
          return fmtMoney(lang, v, moneyStyle);
        case 'people':
          return peopleCount(lang, v, METRIC_UNIT_LABELS.people[lang]);
        case undefined:
          return num(v);
        default:
          return withUnit(lang, num(v), METRIC_UNIT_LABELS[metric.unit][lang]);
      }
    },
    metricName: (metric) => metric.name ?? (metric.id ? pick(lang, { 'zh-CN': METRICS[metric.id as MetricId].zh, en: METRICS[metric.id as MetricId].en }) : ''),
  };
}

/** The signed and unsigned change of a metric, in the way its kind is read. */
export function metricChange(f: Formatter, m: DerivedMetric): { change: Text; changeSize: Text } {
  if (!m.delta || !m.deltaSize) return { change: undefined, changeSize: undefined };
  if (m.changeKind === 'points' || m.unitLabel === '%') {
    return { change: signedPoints(f.lang, m.delta), changeSize: points(f.lang, m.deltaSize) };
  }
  // From a zero baseline a percentage means nothing: show the difference itself (+3家).
  if (m.changeKind === 'delta' || !m.relative) {
    const size = f.metricValue(m, m.deltaSize)!;
    return { change: `${signOf(m.delta)}${size}`, changeSize: size };
  }
  return { change: signedPercent(m.relative), changeSize: percentSize(m.relative) };
}
