// The period: by default the one after the previous plan's, or next month (quarter, year).
import { say } from '../../i18n/localized.js';
import { canonicalPeriod, parsePeriod, periodExample, shiftPeriod, type Period } from '../../plan/period.js';
import type { Kind } from '../../plan/schema.js';
import { normalise } from '../input.js';
import { wizardText } from '../messages.js';
import type { WizardState } from '../state.js';

function nextMonth(today: string): Period {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return shiftPeriod({ kind: 'monthly', year: y, month: m }, 1);
}

function defaultPeriod(s: WizardState, kind: Kind): string {
  if (s.from) {
    const previous = parsePeriod(s.from.period);
    if (typeof previous === 'object' && previous.kind === kind) return canonicalPeriod(shiftPeriod(previous, 1));
  }
  const month = nextMonth(s.today);
  if (kind === 'monthly') return canonicalPeriod(month);
  if (kind === 'quarterly') return `${month.year}-Q${Math.ceil(month.month! / 3)}`;
  return String(month.year + (month.month! > 9 ? 1 : 0));
}

export async function askPeriod(s: WizardState): Promise<void> {
  const example = periodExample(s.kind);
  const read = (v: string) => parsePeriod(normalise(v));
  const answer = (await s.p.text({
    id: 'period', flag: '--period', message: say(s.lang, wizardText.period, { example }), default: defaultPeriod(s, s.kind), required: true,
    validate: (v) => {
      const parsed = read(String(v));
      return typeof parsed === 'object' && parsed.kind === s.kind ? true : say(s.lang, wizardText.badPeriod, { example });
    },
  }))!;
  s.period = canonicalPeriod(read(answer) as Period);
}
