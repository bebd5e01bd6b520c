// Annual plans: last year's twelve months, to split the year by its seasons.
import { say } from '../../i18n/localized.js';
import { parsePeriod, type Period } from '../../plan/period.js';
import { twelveNumbers } from '../input.js';
import { wizardText } from '../messages.js';
import type { WizardState } from '../state.js';

export async function askHistory(s: WizardState): Promise<void> {
  const lastYear = (parsePeriod(s.period) as Period).year - 1;
  const previous = s.from?.annual?.history?.[String(lastYear)];
  const raw = await s.p.text({
    id: 'history', flag: '--history', message: say(s.lang, wizardText.history, { year: lastYear, unit: s.unit }),
    ...(previous ? { default: previous.join(', ') } : {}),
    validate: (v) => (String(v).trim() === '' || twelveNumbers(String(v)) ? true : say(s.lang, wizardText.historyBad)),
  });
  const months = raw ? twelveNumbers(raw) : undefined;
  if (months) s.plan.annual = { history: { [String(lastYear)]: months } };
  else if (s.from?.annual) s.plan.annual = s.from.annual;
}
