// A department's plan as the sum of its teams' plans (the bottom-up roll-up of quota planning):
// targets, product lines (by name), channels (by name), budget lines (by name) added up exactly
// from each team's derived figures; team members, risks and schedule listed with their team.
// Plans that cannot be added (other periods, kinds, styles, units, languages; a product or rep
// spelt two ways; one rep in two teams) are conflicts, each said at both places.
import { basename, extname } from 'node:path';
import type { Lang } from '../i18n/lang.js';
import { say, type Localized } from '../i18n/localized.js';
import { Decimal, type Decimal as D } from '../core/decimal.js';
import { canonicalPeriod } from '../plan/period.js';
import type { PlanInput } from '../plan/schema.js';
import type { ValidPlan, Validation } from '../plan/validate.js';
import type { Diagnostic, PathSegment } from '../report/diagnostic.js';

const rollupText = {
  differs: { 'zh-CN': '{what}为 {value}，与 {other}（{otherValue}）不同：只能汇总同一{what}的计划。', en: 'The {what} is {value}, not {otherValue} as in {other}: only plans of the same {what} add up.' },
  spelt: { 'zh-CN': '{what}“{name}”与 {other} 中的“{otherName}”写法不同：请统一名称后再汇总。', en: 'The {what} "{name}" is spelt "{otherName}" in {other}: use one name before rolling up.' },
  twice: { 'zh-CN': '{name} 同时出现在 {other} 的团队中：一个人只能属于一个团队。', en: '{name} is also in the team of {other}: a rep belongs to one team.' },
  teamOf: { 'zh-CN': '{owner}（{team}）', en: '{owner} ({team})' },
  metricLeft: {
    'zh-CN': '指标 {metric} 在各团队计划中不同或不全，比率不能相加，部门计划中未填写：请按部门的目标补上。',
    en: 'The metric {metric} differs between the team plans or is missing from some; rates do not add up, so the department plan leaves it out: fill in the department’s own.',
  },
} as const satisfies Record<string, Localized>;

const WHAT = {
  period: { 'zh-CN': '期间', en: 'period' },
  kind: { 'zh-CN': '计划类型', en: 'kind' },
  style: { 'zh-CN': '风格', en: 'style' },
  unit: { 'zh-CN': '金额单位', en: 'unit' },
  lang: { 'zh-CN': '文档语言', en: 'language' },
  product: { 'zh-CN': '产品线', en: 'product line' },
  channel: { 'zh-CN': '渠道', en: 'channel' },
  budget: { 'zh-CN': '预算项目', en: 'budget line' },
} as const satisfies Record<string, Localized>;

export interface TeamPlan {
  file: string;
  validation: Validation & { valid: ValidPlan };
}

/** The name a team goes by in the department plan: its department, else its file's name. */
function teamName(team: TeamPlan): string {
  return team.validation.valid.plan.org.department ?? basename(team.file, extname(team.file));
}

/** Names compared the way people misspell them: spaces, brackets' width and case aside. */
const spelling = (name: string) => name.normalize('NFKC').replace(/[\s·・\-_]/g, '').toLowerCase();
const num = (v: D) => v.toNumber();
const sum = (values: readonly (D | undefined)[]): D | undefined => (values.every((v) => v !== undefined) && values.length ? values.reduce<D>((a, v) => a.plus(v!), new Decimal(0)) : undefined);

export interface Rollup {
  plan?: PlanInput;
  conflicts: Diagnostic[];
  /** What could not be added up and was left out, to be said as warnings. */
  notes: string[];
}

export function rollUp(teams: readonly TeamPlan[], lang: Lang, org: { department?: string; author?: string } = {}): Rollup {
  const conflicts: Diagnostic[] = [];
  const at = (team: TeamPlan, path: PathSegment[]) => team.validation.loaded.at(path);
  const where = (team: TeamPlan, path: PathSegment[]) => `${team.file}:${at(team, path).line ?? 1}`;
  const conflict = (team: TeamPlan, path: PathSegment[], message: string) => conflicts.push({ severity: 'error', code: 'rollup-conflict', message, file: team.file, path, ...at(team, path) });

  const first = teams[0]!;
  const base = first.validation.valid;
  // The same period, kind, style, unit and language: else the sum means nothing.
  const settings: Array<[keyof typeof WHAT, (v: ValidPlan) => string | undefined, PathSegment[]]> = [
    ['period', (v) => canonicalPeriod(v.period), ['period']],
    ['kind', (v) => v.plan.kind, ['kind']],
    ['style', (v) => v.plan.style, ['style']],
    ['unit', (v) => v.derived.unit, ['unit']],
    ['lang', (v) => v.lang, ['lang']],
  ];
  for (const team of teams.slice(1)) {
    for (const [what, get, path] of settings) {
      const value = get(team.validation.valid);
      const expected = get(base);
      if (value !== expected) conflict(team, path, say(lang, rollupText.differs, { what: say(lang, WHAT[what]), value: String(value ?? '—'), other: where(first, path), otherValue: String(expected ?? '—') }));
    }
  }
  if (conflicts.length) return { conflicts, notes: [] };

  /** Lines by name across teams, each name spelt one way. */
  const byName = <T extends { name: string }>(what: keyof typeof WHAT, list: (v: ValidPlan) => readonly T[], field: string) => {
    const lines = new Map<string, { team: TeamPlan; index: number; item: T }[]>();
    const spelt = new Map<string, { team: TeamPlan; index: number; name: string }>();
    for (const team of teams) {
      list(team.validation.valid).forEach((item, index) => {
        const seen = spelt.get(spelling(item.name));
        if (seen && seen.name !== item.name) {
          conflict(team, [field, index, 'name'], say(lang, rollupText.spelt, { what: say(lang, WHAT[what]), name: item.name, otherName: seen.name, other: where(seen.team, [field, seen.index, 'name']) }));
          return;
        }
        if (!seen) spelt.set(spelling(item.name), { team, index, name: item.name });
        lines.set(item.name, [...(lines.get(item.name) ?? []), { team, index, item }]);
      });
    }
    return lines;
  };

  const valid = (t: TeamPlan) => t.validation.valid;
  const productOf = (t: TeamPlan, index: number) => valid(t).derived.products.find((x) => x.index === index);
  const channelOf = (t: TeamPlan, index: number) => valid(t).derived.channels.find((x) => x.index === index);
  const memberOf = (t: TeamPlan, index: number) => valid(t).derived.team.find((x) => x.index === index);

  const products = [...byName('product', (v) => v.plan.products, 'products')].map(([name, lines]) => {
    const item = lines[0]!.item;
    const amount = sum(lines.map((l) => productOf(l.team, l.index)?.amount));
    const last = sum(lines.map((l) => (l.item.last_amount === undefined ? undefined : new Decimal(l.item.last_amount))));
    return { name, role: item.role, ...(amount ? { amount: num(amount) } : {}), ...(last ? { last_amount: num(last) } : {}) };
  });
  const channels = [...byName('channel', (v) => v.plan.channels, 'channels')].map(([name, lines]) => {
    const target = sum(lines.map((l) => channelOf(l.team, l.index)?.target));
    const owners = [...new Set(lines.flatMap((l) => (l.item.owner ? [l.item.owner] : [])))];
    return {
      name, type: lines[0]!.item.type, ...(target ? { target: num(target) } : {}), ...(owners.length ? { owner: owners.join('、') } : {}),
      actions: lines.flatMap((l) => l.item.actions),
    };
  });
  const budgetLines = [...byName('budget', (v) => v.plan.budget?.items ?? [], 'budget')].map(([name, lines]) => {
    const amount = sum(lines.map((l) => valid(l.team).derived.budget?.items.find((x) => x.index === l.index)?.amount));
    return { name, ...(lines[0]!.item.category ? { category: lines[0]!.item.category } : {}), ...(amount ? { amount: num(amount) } : {}) };
  });
  const members = new Map<string, { team: TeamPlan; index: number }>();
  const team = teams.flatMap((t) =>
    valid(t).plan.team.flatMap((m, index) => {
      const other = members.get(m.name);
      if (other) {
        conflict(t, ['team', index, 'name'], say(lang, rollupText.twice, { name: m.name, other: where(other.team, ['team', other.index, 'name']) }));
        return [];
      }
      members.set(m.name, { team: t, index });
      const target = memberOf(t, index)?.target;
      const { target: _given, weight: _weight, ...rest } = m;
      return [{ ...rest, ...(target ? { target: num(target) } : {}) }];
    }),
  );
  if (conflicts.length) return { conflicts, notes: [] };

  // A risk or a step keeps its owner and says whose team it is; without an owner, the team owns it.
  const withTeam = (owner: string | undefined, t: TeamPlan) => (owner ? say(lang, rollupText.teamOf, { owner, team: teamName(t) }) : teamName(t));
  const targets = teams.map((t) => valid(t).plan.targets);
  const total = (get: (x: (typeof targets)[number]) => number | undefined) => sum(targets.map((x) => (get(x) === undefined ? undefined : new Decimal(get(x)!))));
  const revenue = sum(teams.map((t) => valid(t).derived.revenue));
  const lastRevenue = total((x) => x.last_revenue);
  const lastYear = total((x) => x.last_year_revenue);
  const prospects = total((x) => x.new_customers?.prospects);
  const won = total((x) => x.new_customers?.won);
  const contract = total((x) => x.new_customers?.contract_value);
  const upsell = total((x) => x.existing_customers?.upsell);
  const accounts = total((x) => x.existing_customers?.accounts);
  const cap = sum(teams.map((t) => valid(t).derived.budget?.cap));
  const focus = [...new Set(teams.flatMap((t) => [valid(t).plan.focus ?? []].flat()))];
  const market = Object.fromEntries(
    (['trends', 'competitors', 'segments', 'strengths', 'opportunities'] as const)
      .map((k) => [k, [...new Set(teams.flatMap((t) => valid(t).plan.market?.[k] ?? []))]] as const)
      .filter(([, v]) => v.length),
  );
  // A metric is a rate or a score: kept when every team sets the same, never averaged.
  const notes: string[] = [];
  const metricKey = (m: { id?: string; name?: string }) => m.id ?? m.name ?? '';
  const metrics = base.plan.targets.metrics.filter((m) => {
    const same = teams.every((t) => valid(t).plan.targets.metrics.some((x) => metricKey(x) === metricKey(m) && JSON.stringify(x) === JSON.stringify(m)));
    if (!same) notes.push(say(lang, rollupText.metricLeft, { metric: metricKey(m) }));
    return same;
  });
  for (const t of teams.slice(1)) {
    for (const m of valid(t).plan.targets.metrics) {
      if (!base.plan.targets.metrics.some((x) => metricKey(x) === metricKey(m))) notes.push(say(lang, rollupText.metricLeft, { metric: metricKey(m) }));
    }
  }
  const companies = [...new Set(teams.map((t) => valid(t).plan.org.company))];

  const plan: PlanInput = {
    salesplan: 1,
    kind: base.plan.kind,
    ...(base.plan.style ? { style: base.plan.style } : {}),
    period: base.plan.period,
    lang: base.lang,
    unit: base.derived.unit,
    // The finest precision a team sets; none set keeps the automatic one.
    ...(teams.some((t) => valid(t).plan.precision !== undefined) ? { precision: teams.reduce((most, t) => Math.max(most, valid(t).plan.precision ?? 0), 0) } : {}),
    org: {
      ...(companies.length === 1 && companies[0] ? { company: companies[0] } : {}),
      ...(org.department ? { department: org.department } : {}),
      ...(org.author ? { author: org.author } : {}),
    },
    ...(focus.length ? { focus } : {}),
    ...(Object.keys(market).length ? { market } : {}),
    targets: {
      ...(revenue ? { revenue: num(revenue) } : {}),
      ...(lastRevenue ? { last_revenue: num(lastRevenue) } : {}),
      ...(lastYear ? { last_year_revenue: num(lastYear) } : {}),
      ...(prospects || won || contract ? { new_customers: { ...(prospects ? { prospects: num(prospects) } : {}), ...(won ? { won: num(won) } : {}), ...(contract ? { contract_value: num(contract) } : {}) } } : {}),
      ...(upsell || accounts ? { existing_customers: { ...(upsell ? { upsell: num(upsell) } : {}), ...(accounts ? { accounts: num(accounts) } : {}) } } : {}),
      metrics,
    },
    products,
    channels,
    team,
    risks: teams.flatMap((t) => valid(t).plan.risks.map((r) => ({ ...r, owner: withTeam(r.owner, t) }))),
    ...(budgetLines.length || cap ? { budget: { ...(cap ? { cap: num(cap) } : {}), items: budgetLines } } : {}),
    schedule: teams.flatMap((t) => valid(t).plan.schedule.map((s) => ({ ...s, owner: withTeam(s.owner, t) }))),
  };
  return { plan, conflicts, notes: [...new Set(notes)] };
}
