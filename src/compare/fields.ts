// Everything else the plan file says, field by field: prose (the basis of the target, focus,
// market notes, actions, risks and responses, schedule), names and settings, and the numbers that
// are not among the compared figures (a baseline, last period's amount). Items of lists are found
// by their name (or id, date, risk), so a reordered list is not a change.

export type FieldValue = string | number | boolean;

export interface FieldChange {
  /** Where, readably: products[S9 智能锁].role, focus[2], market.trends. */
  path: string;
  status: 'changed' | 'added' | 'removed';
  before?: FieldValue;
  after?: FieldValue;
}

/** Paths whose numbers are compared as figures (figures.ts), and not again here. */
const FIGURE_PATHS = [
  /^targets\.(revenue|last_revenue)$/, /^targets\.new_customers\.(prospects|won|contract_value)$/, /^targets\.existing_customers\.upsell$/,
  /^targets\.metrics\[[^\]]+\]\.target$/, /^products\[[^\]]+\]\.(amount|share)$/, /^channels\[[^\]]+\]\.(target|share)$/,
  /^team\[[^\]]+\]\.target$/, /^budget\.cap$/, /^budget\.items\[[^\]]+\]\.(amount|percent_of_revenue)$/,
];
/** Lists whose items appear (or go) as figures: an added product is said once, in the figures. */
const FIGURE_LISTS = /^(products|channels|team|budget\.items|targets\.metrics)$/;
/** What identifies an item of a list of objects, in order of preference. */
const ITEM_KEYS = ['name', 'id', 'when', 'risk', 'month', 'period', 'category'] as const;

type Json = FieldValue | null | undefined | Json[] | { [key: string]: Json };

const isObject = (v: Json): v is { [key: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v);
const isScalar = (v: Json): v is FieldValue => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

function itemKey(item: Json, index: number): string {
  if (isObject(item)) {
    for (const k of ITEM_KEYS) {
      const v = item[k];
      if (typeof v === 'string' || typeof v === 'number') return String(v);
    }
  }
  return String(index + 1);
}

/** A list of objects by key (duplicates numbered), in the order of the list. */
function keyed(list: readonly Json[]): Map<string, Json> {
  const out = new Map<string, Json>();
  list.forEach((item, i) => {
    let key = itemKey(item, i);
    for (let n = 2; out.has(key); n++) key = `${itemKey(item, i)} #${n}`;
    out.set(key, item);
  });
  return out;
}

function short(text: string): string {
  return text.length > 24 ? `${text.slice(0, 23)}…` : text;
}

export function compareFields(before: unknown, after: unknown): FieldChange[] {
  const out: FieldChange[] = [];
  const walk = (a: Json, b: Json, path: string): void => {
    if (a === undefined && b === undefined) return;
    if (isScalar(a) || isScalar(b) || a === null || b === null) {
      if (a === b) return;
      if (FIGURE_PATHS.some((re) => re.test(path)) && (typeof a === 'number' || typeof b === 'number')) return;
      if (isScalar(a) && isScalar(b)) out.push({ path, status: 'changed', before: a, after: b });
      else if (isScalar(b)) out.push({ path, status: 'added', after: b });
      else if (isScalar(a)) out.push({ path, status: 'removed', before: a });
      else walk(a ?? undefined, b ?? undefined, path);
      return;
    }
    if (Array.isArray(a) || Array.isArray(b)) {
      const la = Array.isArray(a) ? a : [];
      const lb = Array.isArray(b) ? b : [];
      if ([...la, ...lb].every((x) => isScalar(x))) return scalarList(la as FieldValue[], lb as FieldValue[], path);
      const ka = keyed(la);
      const kb = keyed(lb);
      for (const [key, item] of ka) {
        const where = `${path}[${short(key)}]`;
        if (kb.has(key)) walk(item, kb.get(key), where);
        else if (!FIGURE_LISTS.test(path)) out.push({ path: where, status: 'removed' });
      }
      for (const key of kb.keys()) if (!ka.has(key) && !FIGURE_LISTS.test(path)) out.push({ path: `${path}[${short(key)}]`, status: 'added' });
      return;
    }
    const oa = isObject(a) ? a : {};
    const ob = isObject(b) ? b : {};
    for (const key of new Set([...Object.keys(oa), ...Object.keys(ob)])) walk(oa[key], ob[key], path ? `${path}.${key}` : key);
  };
  /** Lists of sentences: order does not matter; a sentence replaced in place reads as changed. */
  const scalarList = (a: readonly FieldValue[], b: readonly FieldValue[], path: string): void => {
    const removed = a.filter((x) => !b.includes(x));
    const added = b.filter((x) => !a.includes(x));
    const paired = Math.min(removed.length, added.length);
    for (let i = 0; i < paired; i++) out.push({ path: `${path}[${a.indexOf(removed[i]!) + 1}]`, status: 'changed', before: removed[i]!, after: added[i]! });
    for (const x of removed.slice(paired)) out.push({ path: `${path}[${a.indexOf(x) + 1}]`, status: 'removed', before: x });
    for (const x of added.slice(paired)) out.push({ path: `${path}[${b.indexOf(x) + 1}]`, status: 'added', after: x });
  };
  walk(before as Json, after as Json, '');
  return out;
}
