// Rows of the metrics table: baseline → target with the change in points (for rates) or in
// percent (for everything else), and placeholder rows for metrics a draft still lacks.
import { metricChange } from '../view.js';
import type { MetricId } from '../../plan/metrics.js';
import type { Cell, TableContext } from './table.js';

export function buildMetricRows({ derived: d, f, missing }: TableContext): Cell[][] {
  const rows: Cell[][] = d.metrics.map((m) => [
    f.metricName(m), f.metricValue(m, m.baseline), f.metricValue(m, m.target), metricChange(f, m).change, m.note,
  ]);
  for (const key of missing) {
    if (!key.startsWith('metric:')) continue;
    const id = key.slice('metric:'.length) as MetricId;
    rows.push([f.metricName({ id }), f.placeholder, f.placeholder, undefined, undefined]);
  }
  return rows;
}

