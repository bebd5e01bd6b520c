// A plan written back to YAML without the defaults the schema filled in (empty lists, headcount
// 1), so a file salesplan writes reads like one a person wrote.
import type { PlanInput } from './schema.js';

function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => compact(v));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const c = compact(v);
      if (c === undefined) continue;
      if (Array.isArray(c) && c.length === 0) continue;
      if (c && typeof c === 'object' && !Array.isArray(c) && Object.keys(c).length === 0) continue;
      if (k === 'headcount' && c === 1) continue;
      out[k] = c;
    }
    return out;
  }
  return value;
}

export function compactPlan(plan: PlanInput): PlanInput {
  return compact(plan) as PlanInput;
}
