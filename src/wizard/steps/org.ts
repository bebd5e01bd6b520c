// Who the plan is from. From a previous plan, who approves it carries over; the date of writing does not.
import { say } from '../../i18n/localized.js';
import { wizardText } from '../messages.js';
import type { WizardState } from '../state.js';

const FIELDS = [
  { id: 'company', message: wizardText.company },
  { id: 'department', message: wizardText.department },
  { id: 'author', message: wizardText.author },
] as const;

export async function askOrg(s: WizardState): Promise<void> {
  const { date: _date, ...carried } = s.from?.org ?? {};
  Object.assign(s.plan.org, carried);
  for (const field of FIELDS) {
    const previous = s.from?.org[field.id];
    const value = await s.p.text({ id: field.id, flag: `--${field.id}`, message: say(s.lang, field.message), ...(previous ? { default: previous } : {}) });
    if (value) s.plan.org[field.id] = value;
    else delete s.plan.org[field.id];
  }
}
