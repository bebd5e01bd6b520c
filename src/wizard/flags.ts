// The wizard's answers given on the command line, so `salesplan new` can run in a script: simple
// flags by question id, and repeatable list flags such as --product "名称:金额[:定位]".
import { ExitCode, UserError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { say, type Localized } from '../i18n/localized.js';
import { q } from '../i18n/t.js';
import { CHANNEL_TYPES, PRODUCT_ROLES, RISK_CATEGORIES } from '../plan/schema.js';
import { isPercent, normalise, parseNumber } from './input.js';
import { wizardText } from './messages.js';

export interface NewFlags {
  kind?: string;
  style?: string;
  period?: string;
  company?: string;
  department?: string;
  author?: string;
  unit?: string;
  revenue?: string;
  lastRevenue?: string;
  prospects?: string;
  won?: string;
  contractValue?: string;
  upsell?: string;
  history?: string;
  lastTarget?: string;
  baseRate?: string;
  grossProfit?: string;
  collections?: string;
  ytdAnnual?: string;
  ytdActual?: string;
  metric?: string[];
  product?: string[];
  channel?: string[];
  member?: string[];
  tier?: string[];
  region?: string[];
  risk?: string[];
  budgetItem?: string[];
}

/** The formats of the list flags, for error messages. */
const LIST_FORMATS = {
  product: wizardText.flagFormatProduct,
  channel: wizardText.flagFormatChannel,
  member: wizardText.flagFormatMember,
  tier: wizardText.flagFormatTier,
  region: wizardText.flagFormatRegion,
  risk: wizardText.flagFormatRisk,
  budgetItem: wizardText.flagFormatBudget,
  metric: wizardText.flagFormatMetric,
} as const satisfies Record<string, Localized>;

const KNOWN_UNITS = ['万元', '元', '千元', '百万元', 'USD', 'GBP', 'EUR', 'CNY'];

function split(value: string, separator: RegExp): string[] {
  return value.split(separator).map((s) => s.trim());
}

export function answersFromFlags(flags: NewFlags, lang: Lang): Record<string, unknown> {
  const bad = (flag: string, value: string, format: Localized | string): never => {
    throw new UserError(say(lang, wizardText.badFlag, { flag, value: q(lang, value), format: typeof format === 'string' ? format : say(lang, format) }), ExitCode.usage);
  };
  const oneOf = (choices: readonly string[]) => say(lang, wizardText.flagOneOf, { choices: choices.join(' | ') });
  const number = (flag: string, value: string): number => parseNumber(value) ?? bad(flag, value, wizardText.aNumber);
  const answers: Record<string, unknown> = {};
  for (const [key, id] of [['kind', 'kind'], ['style', 'style'], ['period', 'period'], ['company', 'company'], ['department', 'department'], ['author', 'author']] as const) {
    if (flags[key] !== undefined) answers[id] = flags[key];
  }
  if (flags.unit !== undefined) {
    if (KNOWN_UNITS.includes(flags.unit)) answers.unit = flags.unit;
    else Object.assign(answers, { unit: 'other', 'unit-custom': flags.unit });
  }
  for (const [key, id] of [['revenue', 'revenue'], ['lastRevenue', 'last-revenue'], ['prospects', 'prospects'], ['won', 'won'], ['contractValue', 'contract-value'], ['upsell', 'upsell'], ['history', 'history'], ['lastTarget', 'last-target'], ['baseRate', 'base-rate'],
    ['grossProfit', 'gross-profit'], ['collections', 'collections'], ['ytdAnnual', 'ytd-annual'], ['ytdActual', 'ytd-actual']] as const) {
    if (flags[key] !== undefined) answers[id] = flags[key];
  }
  if (flags.metric?.length) {
    const metrics: Record<string, { target: number; baseline?: number }> = {};
    for (const value of flags.metric) {
      const m = /^([a-z_]+)\s*=\s*([^:：]+)(?:[:：](.+))?$/.exec(value.trim()) ?? bad('--metric', value, LIST_FORMATS.metric);
      metrics[m[1]!] = { target: number('--metric', m[2]!), ...(m[3] ? { baseline: number('--metric', m[3]) } : {}) };
    }
    answers.metrics = metrics;
  }
  const colon = /[:：]/;
  if (flags.product?.length) {
    answers.products = flags.product.map((value) => {
      const [name, figure, role] = split(value, colon);
      if (!name || !figure) bad('--product', value, LIST_FORMATS.product);
      if (role && !(PRODUCT_ROLES as readonly string[]).includes(role)) bad('--product', value, oneOf(PRODUCT_ROLES));
      const share = isPercent(figure!);
      const n = number('--product', normalise(figure!).replace(/%$/, ''));
      return { name, role: role ?? 'potential', ...(share ? { share: n } : { amount: n }) };
    });
  }
  if (flags.channel?.length) {
    answers.channels = flags.channel.map((value) => {
      const [name, target, type] = split(value, colon);
      if (!name) bad('--channel', value, LIST_FORMATS.channel);
      if (type && !(CHANNEL_TYPES as readonly string[]).includes(type)) bad('--channel', value, oneOf(CHANNEL_TYPES));
      return { name, type: type ?? 'direct', ...(target ? { target: number('--channel', target) } : {}) };
    });
  }
  if (flags.member?.length) {
    answers.team = flags.member.map((value) => {
      const [name, target, role] = split(value, colon);
      if (!name) bad('--member', value, LIST_FORMATS.member);
      return { name, ...(target ? { target: number('--member', target) } : {}), ...(role ? { role } : {}) };
    });
  }
  if (flags.tier?.length) {
    answers.tiers = flags.tier.map((value) => {
      const [name, customers, revenue, service] = split(value, colon);
      if (!name || !customers || !revenue) bad('--tier', value, LIST_FORMATS.tier);
      return { name, customer_share: number('--tier', customers!), revenue_share: number('--tier', revenue!), ...(service ? { service } : {}) };
    });
  }
  if (flags.region?.length) {
    answers.regions = flags.region.map((value) => {
      const [name, revenue, prospects, won] = split(value, colon);
      if (!name || !revenue) bad('--region', value, LIST_FORMATS.region);
      return { name, revenue: number('--region', revenue!), ...(prospects ? { prospects: number('--region', prospects) } : {}), ...(won ? { won: number('--region', won) } : {}) };
    });
  }
  if (flags.risk?.length) {
    answers.risks = flags.risk.map((value) => {
      const [risk, warning, response, owner] = split(value, /[|｜]/);
      if (!risk || !response) bad('--risk', value, LIST_FORMATS.risk);
      return { category: 'market' satisfies (typeof RISK_CATEGORIES)[number], risk, ...(warning ? { warning } : {}), response, ...(owner ? { owner } : {}) };
    });
  }
  if (flags.budgetItem?.length) {
    answers.budget = flags.budgetItem.map((value) => {
      const [name, amount] = split(value, colon);
      if (!name || !amount) bad('--budget-item', value, LIST_FORMATS.budgetItem);
      return { name, amount: number('--budget-item', amount!) };
    });
  }
  return answers;
}
