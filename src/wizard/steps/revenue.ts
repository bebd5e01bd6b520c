// The money unit, the revenue target and last period's actual, with the growth between them.
import { signedPercent } from '../../i18n/format.js';
import { pick, say } from '../../i18n/localized.js';
import { dec } from '../../core/decimal.js';
import { askMoney } from '../ask.js';
import { wizardText } from '../messages.js';
import { moneyText, revenueOf, type WizardState } from '../state.js';
import { growth } from '../totals.js';

const UNITS = { 'zh-CN': ['万元', '元', '千元', '百万元', 'USD'], en: ['USD', 'GBP', 'EUR', 'CNY', '万元'] } as const;

export async function askUnit(s: WizardState): Promise<void> {
  const units = pick<readonly string[]>(s.lang, UNITS);
  const previous = s.from?.unit;
  let unit = await s.p.select({
    id: 'unit', flag: '--unit', message: say(s.lang, wizardText.unit), default: previous && units.includes(previous) ? previous : previous ? 'other' : units[0]!,
    choices: [...units.map((u) => ({ value: u, name: u })), { value: 'other', name: say(s.lang, wizardText.unitOther) }],
  });
  if (unit === 'other') unit = (await s.p.text({ id: 'unit-custom', flag: '--unit', message: say(s.lang, wizardText.unitCustom), required: true, ...(previous ? { default: previous } : {}) })) ?? '万元';
  s.unit = unit;
  s.precision = unit === '元' || /^[A-Z]{3}$/.test(unit) ? 0 : 2;
}

export async function askRevenue(s: WizardState): Promise<void> {
  const from = s.from?.targets;
  const revenue = await askMoney(s, {
    id: 'revenue', flag: '--revenue', message: say(s.lang, wizardText.revenue, { unit: s.unit }), required: true, path: ['targets', 'revenue'],
    ...(from?.revenue !== undefined ? { default: from.revenue } : {}),
  });
  s.plan.targets.revenue = revenue ?? 0;
  // Last period's actual has no default: a previous plan holds its target, not what it achieved
  // (review --next carries the actual forward).
  const lastRevenue = await askMoney(s, {
    id: 'last-revenue', flag: '--last-revenue', message: say(s.lang, wizardText.lastRevenue, { unit: s.unit }), path: ['targets', 'last_revenue'],
  });
  if (lastRevenue !== undefined) {
    s.plan.targets.last_revenue = lastRevenue;
    const total = revenueOf(s);
    const g = growth(total, dec(lastRevenue));
    if (g) s.p.note(say(s.lang, wizardText.growth, { growth: signedPercent(g), amount: moneyText(s, total.minus(dec(lastRevenue))) }));
  }
  if (from?.basis) s.plan.targets.basis = from.basis;
}
