// What changed between two versions of a plan: the derived figures item by item (before → after,
// the change and its percentage; items added and removed), then every other field the file holds.
// Both plans were validated and derived by the same code, so the comparison is of what the
// documents would show, not of the YAML's text.
import type { Lang } from '../i18n/lang.js';
import type { Decimal as D } from '../core/decimal.js';
import type { ValidPlan } from '../plan/validate.js';
import { compareFields, type FieldChange } from './fields.js';
import { figuresOf, type Figure, type FigureGroup } from './figures.js';

export interface FigureChange {
  group: FigureGroup;
  key: string;
  label: string;
  unit: string;
  status: 'changed' | 'added' | 'removed';
  before?: D;
  after?: D;
  /** after − before, when both exist. */
  change?: D;
  /** The change as a % of before, when before is not zero. */
  percent?: D;
}

export interface PlanDiff {
  figures: FigureChange[];
  fields: FieldChange[];
}

const GROUP_ORDER: FigureGroup[] = ['total', 'products', 'channels', 'team', 'months', 'budget', 'metrics', 'customers'];

export function diffPlans(before: ValidPlan, after: ValidPlan, lang: Lang): PlanDiff {
  const id = (f: Figure) => `${f.group}\u0000${f.key}`;
  const old = new Map(figuresOf(before, lang).map((f) => [id(f), f]));
  const next = new Map(figuresOf(after, lang).map((f) => [id(f), f]));
  const figures: FigureChange[] = [];
  for (const [k, a] of old) {
    const b = next.get(k);
    if (!b) figures.push({ group: a.group, key: a.key, label: a.label, unit: a.unit, status: 'removed', before: a.value });
    else if (!a.value.equals(b.value)) {
      const change = b.value.minus(a.value);
      figures.push({
        group: a.group, key: a.key, label: b.label, unit: b.unit, status: 'changed', before: a.value, after: b.value, change,
        ...(a.value.isZero() ? {} : { percent: change.div(a.value.abs()).times(100) }),
      });
    }
  }
  for (const [k, b] of next) if (!old.has(k)) figures.push({ group: b.group, key: b.key, label: b.label, unit: b.unit, status: 'added', after: b.value });
  figures.sort((x, y) => GROUP_ORDER.indexOf(x.group) - GROUP_ORDER.indexOf(y.group));
  return { figures, fields: compareFields(before.plan, after.plan) };
}

export function isEqual(diff: PlanDiff): boolean {
  return diff.figures.length === 0 && diff.fields.length === 0;
}
