// The questions of `salesplan new`, in order: kind and style, period, who the plan is from, unit,
// the total and last period's actual, the data the chosen style requires (from its declaration),
// product lines, channels, team, tiers, regions, risks and budget — each answer checked by the
// plan schema's own rules, with the arithmetic shown as the user goes.
import type { Lang } from '../i18n/lang.js';
import { money as fmtMoney, percent, signedPercent } from '../i18n/format.js';
import { CHANNEL_LABELS, label, METRIC_UNIT_LABELS, RISK_LABELS, ROLE_LABELS } from '../i18n/labels.js';
import { t } from '../i18n/t.js';
import type { PathSegment } from '../report/diagnostic.js';
import { translateIssue } from '../plan/issues.js';
import { METRICS, type MetricId } from '../plan/metrics.js';
import { dec, growthPercent, percentOf, sum, type Decimal } from '../core/decimal.js';
import { canonicalPeriod, parsePeriod, periodExample, shiftPeriod, type Period } from '../plan/period.js';
import { CHANNEL_TYPES, Plan as PlanSchema, PRODUCT_ROLES, RISK_CATEGORIES, type Kind, type Plan, type PlanInput } from '../plan/schema.js';
import { describeIn, schemaAt, unwrap } from '../plan/schema-walk.js';
import { STYLES, styleFor } from '../styles/registry.js';
import type { StyleDecl } from '../styles/types.js';
import type { Prompter } from './prompter.js';

export interface WizardOptions {
  lang: Lang;
  /** Answers given as flags (by question id). */
  answers: Record<string, unknown>;
  /** A previous plan to start from (--from): every answer pre-filled, the period moved on. */
  from?: Plan;
  /** Today, YYYY-MM-DD: the default period is next month. */
  today: string;
}

type Row = Record<string, unknown>;

/** Sets a value at a path of a fresh object, so a field's rule can be checked alone. */
function at(path: readonly PathSegment[], value: unknown): Row {
  const root: Row = {};
  let current: Row = root;
  path.forEach((segment, i) => {
    if (i === path.length - 1) current[String(segment)] = value;
    else current = (current[String(segment)] = typeof path[i + 1] === 'number' ? [] : {}) as Row;
  });
  return root;
}

/** The plan schema's rule for one field, as a validator with the same message validate gives. */
function rule(lang: Lang, path: readonly PathSegment[]) {
  const schema = schemaAt(PlanSchema, path);
  return (value: unknown): true | string => {
    if (!schema) return true;
    const result = unwrap(schema).safeParse(value);
    if (result.success) return true;
    const issue = { ...result.error.issues[0]!, path: [...path, ...result.error.issues[0]!.path] } as Parameters<typeof translateIssue>[1];
    return translateIssue(lang, issue, PlanSchema, at(path, value))[0]?.message ?? 'invalid';
  };
}

/** "480, 410, 640 …" (commas, spaces or 、) → twelve non-negative numbers, or undefined. */
export function twelveNumbers(raw: string): number[] | undefined {
  const parts = raw.split(/[\s,，、;；]+/).filter(Boolean).map((x) => parseNumber(x));
  if (parts.length !== 12 || parts.some((x) => x === undefined || x < 0)) return undefined;
  return parts as number[];
}

export function parseNumber(raw: string): number | undefined {
  const cleaned = raw.replace(/[,，\s]/g, '');
  if (!/^[-+]?\d+(\.\d+)?$/.test(cleaned)) return undefined;
  return Number(cleaned);
}

function nextMonth(today: string): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return canonicalPeriod(shiftPeriod({ kind: 'monthly', year: y, month: m }, 1));
}

function defaultPeriod(kind: Kind, options: WizardOptions): string {
  if (options.from) {
    const previous = parsePeriod(options.from.period);
    if (typeof previous === 'object' && previous.kind === kind) return canonicalPeriod(shiftPeriod(previous, 1));
  }
  const month = parsePeriod(nextMonth(options.today)) as Period;
  if (kind === 'monthly') return canonicalPeriod(month);
  if (kind === 'quarterly') return `${month.year}-Q${Math.ceil(month.month! / 3)}`;
  return String(month.year + (month.month! > 9 ? 1 : 0));
}

/** The repeatable flag that gives each list's items (see commands/new.ts). */
export const LIST_FLAGS: Record<string, string> = {
  products: '--product', channels: '--channel', team: '--member', tiers: '--tier', regions: '--region', risks: '--risk', budget: '--budget-item',
};

export interface WizardResult {
  plan: PlanInput;
  style: StyleDecl;
}

export async function runWizard(p: Prompter, options: WizardOptions): Promise<WizardResult> {
  const { lang, answers, from } = options;
  const zh = lang === 'zh-CN';
  const T = (id: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) => t(lang, id, params);

  interface NumberQuestion {
    id: string;
    message: string;
    flag?: string;
    default?: number;
    required?: boolean;
    /** The plan field whose rule checks the answer. */
    path?: PathSegment[];
    /** The most that is left to allocate. */
    max?: Decimal;
  }
  const PERCENT = /[%％]$/;
  /** A figure typed as text: "1,200" and "1200" both read. With `shares`, "40%" is a share of the total. */
  const askFigure = async (q: NumberQuestion, shares = false): Promise<{ value: number; share: boolean } | undefined> => {
    const check = q.path ? rule(lang, q.path) : () => true as const;
    const raw = await p.text({
      id: q.id,
      message: q.message,
      ...(q.flag ? { flag: q.flag } : {}),
      ...(q.default !== undefined ? { default: String(q.default) } : {}),
      required: !!q.required,
      validate: (answer) => {
        const text = String(answer);
        const share = shares && PERCENT.test(text);
        const value = parseNumber(share ? text.replace(PERCENT, '') : text);
        // Not a number: the field's own rule says why, as validate would.
        if (value === undefined) return q.path ? String(check(text)) : T('wizard.required');
        if (share) return value >= 0 && value <= 100 ? true : T('schema.percentOver100', { path: q.id, got: text });
        const ok = check(value);
        if (ok !== true) return ok;
        if (q.max && dec(value).greaterThan(q.max)) return T('wizard.overRemaining', { rest: money(q.max) });
        return true;
      },
    });
    if (raw === undefined) return undefined;
    const text = String(raw);
    const share = shares && PERCENT.test(text);
    const value = parseNumber(share ? text.replace(PERCENT, '') : text);
    return value === undefined ? undefined : { value, share };
  };
  const askNumber = async (q: NumberQuestion): Promise<number | undefined> => (await askFigure(q))?.value;

  // ── kind and style ──
  const kinds = (['monthly', 'quarterly', 'annual'] as const).filter((k) => STYLES.some((s) => s.kind === k));
  const kind = kinds.length > 1
    ? await p.select<Kind>({
        id: 'kind', flag: '--kind', message: T('wizard.kind'), default: from?.kind ?? 'monthly',
        choices: kinds.map((k) => ({ value: k, name: { monthly: zh ? '月度计划' : 'Monthly plan', quarterly: zh ? '季度计划' : 'Quarterly plan', annual: zh ? '年度计划' : 'Annual plan' }[k] })),
      })
    : 'monthly';
  let style: StyleDecl;
  if (kind === 'monthly') {
    const monthly = STYLES.filter((s) => s.kind === 'monthly');
    const id = await p.select({
      id: 'style', flag: '--style', message: T('wizard.style'), default: from?.style ?? 'target',
      choices: monthly.map((s) => ({ value: s.id, name: `${s.name[lang]}（${s.id}）`, description: s.description[lang] })),
    });
    style = monthly.find((s) => s.id === id)!;
  } else style = styleFor(kind, undefined)!;

  // ── period and who ──
  const example = periodExample(kind);
  const period = (await p.text({
    id: 'period', flag: '--period', message: T('wizard.period', { example }), default: defaultPeriod(kind, options), required: true,
    validate: (v) => {
      const parsed = parsePeriod(String(v));
      return typeof parsed === 'object' && parsed.kind === kind ? true : T('wizard.badPeriod', { example });
    },
  }))!;
  const canonical = canonicalPeriod(parsePeriod(period) as Period);
  // From a previous plan, who approves it carries over; the date of writing does not.
  const { date: _date, ...carried } = from?.org ?? {};
  const org: Row = { ...carried };
  for (const [id, key, message] of [['company', 'company', 'wizard.company'], ['department', 'department', 'wizard.department'], ['author', 'author', 'wizard.author']] as const) {
    const previous = from?.org[key];
    const value = await p.text({ id, flag: `--${id}`, message: T(message), ...(previous ? { default: previous } : {}) });
    if (value) org[key] = value;
    else delete org[key];
  }

  // ── money ──
  const units = zh ? ['万元', '元', '千元', '百万元', 'USD'] : ['USD', 'GBP', 'EUR', 'CNY', '万元'];
  const previousUnit = from?.unit;
  let unit = await p.select({
    id: 'unit', flag: '--unit', message: T('wizard.unit'), default: previousUnit && units.includes(previousUnit) ? previousUnit : previousUnit ? 'other' : units[0]!,
    choices: [...units.map((u) => ({ value: u, name: u })), { value: 'other', name: T('wizard.unitOther') }],
  });
  if (unit === 'other') unit = (await p.text({ id: 'unit-custom', flag: '--unit', message: T('wizard.unitCustom'), required: true, ...(previousUnit ? { default: previousUnit } : {}) })) ?? '万元';
  const precision = unit === '元' || /^[A-Z]{3}$/.test(unit) ? 0 : 2;
  const money = (d: Decimal) => fmtMoney(lang, d, { unit, precision: 4 });

  const revenue = (await askNumber({
    id: 'revenue', flag: '--revenue', message: T('wizard.revenue', { unit }), required: true, path: ['targets', 'revenue'],
    ...(from?.targets.revenue !== undefined ? { default: from.targets.revenue } : {}),
  })) ?? 0;
  const lastRevenue = await askNumber({
    id: 'last-revenue', flag: '--last-revenue', message: T('wizard.lastRevenue', { unit }), path: ['targets', 'last_revenue'],
    ...(from?.targets.revenue !== undefined ? { default: from.targets.revenue } : {}),
  });
  const total = dec(revenue);
  if (lastRevenue !== undefined) {
    const growth = growthPercent(total, dec(lastRevenue));
    if (growth) p.note(T('wizard.growth', { growth: signedPercent(growth), amount: money(total.minus(dec(lastRevenue))) }));
  }
  const targets: Row = { revenue };
  if (lastRevenue !== undefined) targets.last_revenue = lastRevenue;
  if (from?.targets.basis) targets.basis = from.targets.basis;

  // ── what the style requires: customers and metrics ──
  const requirements = style.sections.flatMap((s) => s.requires ?? []);
  const needsPath = (path: string) => requirements.some((r) => 'path' in r && r.path.join('.') === path);
  if (needsPath('targets.new_customers.prospects') || from?.targets.new_customers) {
    const nc = from?.targets.new_customers;
    const prospects = await askNumber({ id: 'prospects', flag: '--prospects', message: T('wizard.prospects'), required: needsPath('targets.new_customers.prospects'), path: ['targets', 'new_customers', 'prospects'], ...(nc?.prospects !== undefined ? { default: nc.prospects } : {}) });
    const won = await askNumber({ id: 'won', flag: '--won', message: T('wizard.won'), required: needsPath('targets.new_customers.won'), path: ['targets', 'new_customers', 'won'], ...(nc?.won !== undefined ? { default: nc.won } : {}) });
    const value = await askNumber({ id: 'contract-value', flag: '--contract-value', message: T('wizard.contractValue', { unit }), required: needsPath('targets.new_customers.contract_value'), path: ['targets', 'new_customers', 'contract_value'], ...(nc?.contract_value !== undefined ? { default: nc.contract_value } : {}) });
    const block: Row = {};
    if (prospects !== undefined) block.prospects = prospects;
    if (won !== undefined) block.won = won;
    if (value !== undefined) block.contract_value = value;
    if (Object.keys(block).length) targets.new_customers = block;
  }
  if (needsPath('targets.existing_customers.upsell') || from?.targets.existing_customers) {
    const upsell = await askNumber({ id: 'upsell', flag: '--upsell', message: T('wizard.upsell', { unit }), required: needsPath('targets.existing_customers.upsell'), path: ['targets', 'existing_customers', 'upsell'], ...(from?.targets.existing_customers?.upsell !== undefined ? { default: from.targets.existing_customers.upsell } : {}) });
    if (upsell !== undefined) targets.existing_customers = { upsell };
  }
  const metricIds = new Set<MetricId>([
    ...requirements.flatMap((r) => ('metric' in r ? [r.metric] : [])),
    ...(from?.targets.metrics.flatMap((m) => (m.id ? [m.id] : [])) ?? []),
  ]);
  const metrics: Row[] = [];
  const metricFlags = (answers.metrics ?? {}) as Record<string, { target?: number; baseline?: number }>;
  for (const id of metricIds) {
    const def = METRICS[id];
    const name = zh ? def.zh : def.en;
    const shown = def.unit === 'percent' ? '%' : def.unit === 'money' ? unit : METRIC_UNIT_LABELS[def.unit][lang] || (zh ? '个' : 'count');
    const previous = from?.targets.metrics.find((m) => m.id === id);
    const required = requirements.some((r) => 'metric' in r && r.metric === id);
    const flagged = metricFlags[id];
    const target = await askNumber({
      id: `metric:${id}`, flag: `--metric ${id}=<target>[:<baseline>]`, message: T('wizard.metricTarget', { name, unit: shown }), required, path: ['targets', 'metrics', 0, 'target'],
      ...(flagged?.target !== undefined ? { default: flagged.target } : previous ? { default: previous.target } : {}),
    });
    if (target === undefined) continue;
    const baseline = await askNumber({
      id: `metric-baseline:${id}`, message: T('wizard.metricBaseline', { name }), path: ['targets', 'metrics', 0, 'baseline'],
      ...(flagged?.baseline !== undefined ? { default: flagged.baseline } : previous ? { default: previous.target } : {}),
    });
    metrics.push({ id, target, ...(baseline !== undefined ? { baseline } : {}) });
  }
  for (const m of from?.targets.metrics ?? []) if (!m.id) metrics.push({ ...m });
  if (metrics.length) targets.metrics = metrics;
  const plan: PlanInput = { salesplan: 1, kind, ...(kind === 'monthly' ? { style: style.id as Plan['style'] } : {}), period: canonical, lang, unit, ...(precision !== 2 ? { precision } : {}), org, targets } as PlanInput;

  const required = (list: string) => requirements.some((r) => 'list' in r && r.list === list);
  /** A list from flags or --from, else asked one by one while the user wants to add more. */
  const collect = async <R>(list: string, addMessage: Parameters<typeof t>[1], ask: (index: number) => Promise<R | undefined>, previous: R[] | undefined, more?: () => boolean): Promise<R[]> => {
    const given = answers[list] as R[] | undefined;
    if (given) return given;
    if (!p.interactive) {
      if (previous?.length) return previous;
      // Nobody to ask and nothing given: a list the style needs is reported as a missing flag.
      if (required(list)) await p.text({ id: `list:${list}`, flag: LIST_FLAGS[list] ?? `--${list}`, message: describeIn(schemaAt(PlanSchema, [list]), lang) ?? list, required: true });
      return [];
    }
    const items: R[] = [];
    if (previous?.length) items.push(...previous);
    // "Add another?" defaults to yes while the list is needed and empty, or (products) money is left.
    while (await p.confirm({ id: `add:${list}`, message: T(addMessage), default: more ? more() : items.length === 0 && required(list) })) {
      const item = await ask(items.length);
      if (item !== undefined) items.push(item);
    }
    return items;
  };

  // ── product lines: amounts or shares, with the running total and the remainder ──
  const productsSoFar: Row[] = [];
  const productAmount = (row: Row): Decimal => (typeof row.amount === 'number' ? dec(row.amount) : typeof row.share === 'number' ? total.times(dec(row.share)).div(100) : dec(0));
  const products = await collect<Row>('products', 'wizard.addProduct', async () => {
    const name = await p.text({ id: 'product-name', message: T('wizard.productName'), required: true, validate: (v) => rule(lang, ['products', 0, 'name'])(v) });
    if (!name) return undefined;
    const role = await p.select({ id: 'product-role', message: T('wizard.productRole'), default: 'potential', choices: PRODUCT_ROLES.filter((r) => r !== 'other').map((r) => ({ value: r, name: label(ROLE_LABELS, r, lang) })) });
    const rest = total.minus(sum(productsSoFar.map(productAmount)));
    const figure = await askFigure({ id: 'product-amount', message: T('wizard.productAmount', { unit, rest: money(rest) }), required: true, path: ['products', 0, 'amount'], max: rest }, true);
    const row: Row = { name, role, ...(figure?.share ? { share: figure.value } : { amount: figure?.value ?? 0 }) };
    productsSoFar.push(row);
    const done = sum(productsSoFar.map(productAmount));
    p.note(T('wizard.allocated', { done: money(done), rest: money(total.minus(done)) }));
    return row;
  }, from?.products.map((x) => ({ ...x })) as Row[] | undefined, () => sum(productsSoFar.map(productAmount)).lessThan(total));
  const allocated = sum(products.map(productAmount));
  if (products.length && allocated.lessThan(total) && !products.some((x) => x.role === 'other' && x.amount === undefined && x.share === undefined)) {
    const rest = total.minus(allocated);
    if (await p.confirm({ id: 'remainder-as-other', message: T('wizard.remainderAsOther', { rest: money(rest) }), default: true })) products.push({ name: T('wizard.otherProducts'), role: 'other' });
  }
  if (products.length) plan.products = products as PlanInput['products'];

  // ── channels ──
  const channelsSoFar: Row[] = [];
  const channels = await collect<Row>('channels', 'wizard.addChannel', async () => {
    const name = await p.text({ id: 'channel-name', message: T('wizard.channelName'), required: true });
    if (!name) return undefined;
    const type = await p.select({ id: 'channel-type', message: T('wizard.channelType'), default: 'direct', choices: CHANNEL_TYPES.map((c) => ({ value: c, name: label(CHANNEL_LABELS, c, lang) })) });
    const rest = total.minus(sum(channelsSoFar.map((c) => dec((c.target as number | undefined) ?? 0))));
    const target = await askNumber({ id: 'channel-target', message: T('wizard.channelTarget', { unit, rest: money(rest) }), path: ['channels', 0, 'target'], max: rest });
    const row: Row = { name, type, ...(target !== undefined ? { target } : {}) };
    channelsSoFar.push(row);
    return row;
  }, from?.channels.map((x) => ({ ...x })) as Row[] | undefined);
  if (channels.length) plan.channels = channels as PlanInput['channels'];

  // ── team: fixed targets kept, the rest shared ──
  const teamSoFar: Row[] = [];
  const team = await collect<Row>('team', 'wizard.addMember', async () => {
    const name = await p.text({ id: 'member-name', message: T('wizard.memberName'), required: true });
    if (!name) return undefined;
    const role = await p.text({ id: 'member-role', message: T('wizard.memberRole') });
    const rest = total.minus(sum(teamSoFar.map((m) => dec((m.target as number | undefined) ?? 0))));
    const target = await askNumber({ id: 'member-target', message: T('wizard.memberTarget', { unit, rest: money(rest) }), path: ['team', 0, 'target'], max: rest });
    const row: Row = { name, ...(role ? { role } : {}), ...(target !== undefined ? { target } : {}) };
    teamSoFar.push(row);
    return row;
  }, from?.team.map((x) => ({ ...x })) as Row[] | undefined);
  if (team.length) {
    plan.team = team as PlanInput['team'];
    const heads = team.reduce((n, m) => n + ((m.headcount as number | undefined) ?? 1), 0);
    p.note(T('wizard.perCapita', { count: heads, value: money(total.div(heads).toDecimalPlaces(2)) }));
  }

  // ── tiers and regions, where the style shows them ──
  if (required('tiers') || from?.tiers.length || answers.tiers) {
    const tiers = await collect<Row>('tiers', 'wizard.addTier', async () => {
      const name = await p.text({ id: 'tier-name', message: T('wizard.tierName'), required: true });
      if (!name) return undefined;
      const customerShare = await askNumber({ id: 'tier-customer-share', message: T('wizard.tierCustomerShare'), path: ['tiers', 0, 'customer_share'] });
      const revenueShare = await askNumber({ id: 'tier-revenue-share', message: T('wizard.tierRevenueShare'), path: ['tiers', 0, 'revenue_share'] });
      const service = await p.text({ id: 'tier-service', message: T('wizard.tierService') });
      return { name, ...(customerShare !== undefined ? { customer_share: customerShare } : {}), ...(revenueShare !== undefined ? { revenue_share: revenueShare } : {}), ...(service ? { service } : {}) };
    }, from?.tiers.map((x) => ({ ...x })) as Row[] | undefined);
    if (tiers.length) plan.tiers = tiers as PlanInput['tiers'];
  }
  if (required('regions') || from?.regions.length || answers.regions) {
    const regions = await collect<Row>('regions', 'wizard.addRegion', async () => {
      const name = await p.text({ id: 'region-name', message: T('wizard.regionName'), required: true });
      if (!name) return undefined;
      const revenueOf = await askNumber({ id: 'region-revenue', message: T('wizard.regionRevenue', { unit }), path: ['regions', 0, 'revenue'] });
      const prospects = await askNumber({ id: 'region-prospects', message: T('wizard.regionProspects'), path: ['regions', 0, 'prospects'] });
      const won = await askNumber({ id: 'region-won', message: T('wizard.regionWon'), path: ['regions', 0, 'won'] });
      return { name, ...(revenueOf !== undefined ? { revenue: revenueOf } : {}), ...(prospects !== undefined ? { prospects } : {}), ...(won !== undefined ? { won } : {}) };
    }, from?.regions.map((x) => ({ ...x })) as Row[] | undefined);
    if (regions.length) plan.regions = regions as PlanInput['regions'];
  }

  // ── risks: each with a warning sign and a response ──
  const risks = await collect<Row>('risks', 'wizard.addRisk', async () => {
    const category = await p.select({ id: 'risk-category', message: T('wizard.riskCategory'), default: 'market', choices: RISK_CATEGORIES.map((c) => ({ value: c, name: label(RISK_LABELS, c, lang) })) });
    const risk = await p.text({ id: 'risk-text', message: T('wizard.riskText'), required: true });
    if (!risk) return undefined;
    const warning = await p.text({ id: 'risk-warning', message: T('wizard.riskWarning') });
    const response = await p.text({ id: 'risk-response', message: T('wizard.riskResponse'), required: true });
    const owner = await p.text({ id: 'risk-owner', message: T('wizard.riskOwner') });
    return { category, risk, ...(warning ? { warning } : {}), response, ...(owner ? { owner } : {}) };
  }, from?.risks.map((x) => ({ ...x })) as Row[] | undefined);
  if (risks.length) plan.risks = risks as PlanInput['risks'];

  // ── budget, with its ratio to revenue ──
  const budget = await collect<Row>('budget', 'wizard.addBudget', async () => {
    const name = await p.text({ id: 'budget-name', message: T('wizard.budgetName'), required: true });
    if (!name) return undefined;
    const amount = await askNumber({ id: 'budget-amount', message: T('wizard.budgetAmount', { unit }), required: true, path: ['budget', 'items', 0, 'amount'] });
    return { name, amount: amount ?? 0 };
  }, from?.budget?.items.map((x) => ({ ...x })) as Row[] | undefined);
  if (budget.length) {
    plan.budget = { ...(from?.budget?.cap !== undefined ? { cap: from.budget.cap } : {}), items: budget } as PlanInput['budget'];
    const spent = sum(budget.map((b) => dec((b.amount as number | undefined) ?? 0)));
    const ratio = percentOf(spent, total);
    p.note(T('wizard.budgetRatio', { total: money(spent), ratio: ratio ? percent(ratio.toDecimalPlaces(2), 2) : '—' }));
  }

  // ── annual plans: last year's months, to split the year by its seasons ──
  if (kind === 'annual') {
    const lastYear = (parsePeriod(canonical) as Period).year - 1;
    const previous = from?.annual?.history?.[String(lastYear)];
    const raw = await p.text({
      id: 'history', flag: '--history', message: T('wizard.history', { year: lastYear, unit }),
      ...(previous ? { default: previous.join(', ') } : {}),
      validate: (v) => (String(v).trim() === '' || twelveNumbers(String(v)) ? true : T('wizard.historyBad')),
    });
    const months = raw ? twelveNumbers(raw) : undefined;
    if (months) plan.annual = { history: { [String(lastYear)]: months } };
    else if (from?.annual) plan.annual = from.annual;
  }

  // ── quarterly plans: last quarter's target (for the diagnosis) and the commission rate ──
  if (needsPath('review')) {
    const lastTarget = await askNumber({
      id: 'last-target', flag: '--last-target', message: T('wizard.lastTarget', { unit }), required: true, path: ['review', 'items', 0, 'target'],
    });
    if (lastTarget !== undefined && lastRevenue !== undefined) {
      plan.review = { items: [{ name: zh ? '销售总额' : 'Revenue', target: lastTarget, actual: lastRevenue }] };
      const attainment = percentOf(dec(lastRevenue), dec(lastTarget));
      if (attainment) p.note(T('wizard.lastAttainment', { attainment: percent(attainment.toDecimalPlaces(1)) }));
    }
  }
  if (needsPath('incentives')) {
    const rate = await askNumber({
      id: 'base-rate', flag: '--base-rate', message: T('wizard.baseRate'), required: true, path: ['incentives', 'base_rate'],
      default: from?.incentives?.base_rate ?? 2,
    });
    // The rest of 004's scheme as a starting point: named in the file, to adjust there.
    plan.incentives = from?.incentives
      ? { ...from.incentives, base_rate: rate ?? from.incentives.base_rate }
      : { base_rate: rate ?? 2, over_target: [{ above: 10, rate: 0.5 }, { above: 20, rate: 1 }], mentor_share: 5, special_share: 10 };
    if (!from?.incentives) p.note(T('wizard.incentivesDefaults'));
  }

  // What a previous plan had that the wizard does not ask about is carried over as it was.
  if (from) {
    for (const key of ['focus', 'market', 'schedule', 'sections', 'docx', 'currency', 'customers'] as const) {
      const value = from[key];
      if (value !== undefined && !(Array.isArray(value) && value.length === 0) && !(typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0)) {
        (plan as Row)[key] = value;
      }
    }
  }
  return { plan, style };
}
