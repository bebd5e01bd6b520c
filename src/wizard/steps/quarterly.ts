// Quarterly plans: last quarter's target (for the diagnosis) and the commission scheme.
import { percent } from '../../i18n/format.js';
import { say } from '../../i18n/localized.js';
import { dec, percentOf } from '../../core/decimal.js';
import { askMoney, askPercent } from '../ask.js';
import { wizardText } from '../messages.js';
import { needsPath, type WizardState } from '../state.js';

export const wantsReview = (s: WizardState): boolean => needsPath(s, 'review');
export const wantsIncentives = (s: WizardState): boolean => needsPath(s, 'incentives');

export async function askLastTarget(s: WizardState): Promise<void> {
  const lastTarget = await askMoney(s, {
    id: 'last-target', flag: '--last-target', message: say(s.lang, wizardText.lastTarget, { unit: s.unit }), required: true, path: ['review', 'items', 0, 'target'],
  });
  const lastRevenue = s.plan.targets.last_revenue;
  if (lastTarget === undefined || typeof lastRevenue !== 'number') return;
  s.plan.review = { items: [{ name: say(s.lang, { 'zh-CN': '销售总额', en: 'Revenue' }), target: lastTarget, actual: lastRevenue }] };
  const attainment = percentOf(dec(lastRevenue), dec(lastTarget));
  if (attainment) s.p.note(say(s.lang, wizardText.lastAttainment, { attainment: percent(attainment.toDecimalPlaces(1)) }));
}

export async function askIncentives(s: WizardState): Promise<void> {
  const previous = s.from?.incentives;
  const rate = await askPercent(s, {
    id: 'base-rate', flag: '--base-rate', message: say(s.lang, wizardText.baseRate), required: true, path: ['incentives', 'base_rate'],
    default: previous?.base_rate ?? 2,
  });
  // The rest of a common scheme as a starting point: named in the file, to adjust there.
  s.plan.incentives = previous
    ? { ...previous, base_rate: rate ?? previous.base_rate }
    : { base_rate: rate ?? 2, over_target: [{ above: 10, rate: 0.5 }, { above: 20, rate: 1 }], mentor_share: 5, special_share: 10 };
  if (!previous) s.p.note(say(s.lang, wizardText.incentivesDefaults));
}
