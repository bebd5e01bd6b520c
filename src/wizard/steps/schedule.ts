// Last period's schedule, rolled forward item by item (its dates are last period's: edit them).
import { say } from '../../i18n/localized.js';
import { collectList, compact } from '../lists.js';
import { wizardText } from '../messages.js';
import { previousList, type WizardState } from '../state.js';

export function wantsSchedule(s: WizardState): boolean {
  return !!s.from?.schedule.length;
}

export async function askSchedule(s: WizardState): Promise<void> {
  const schedule = await collectList(s, {
    list: 'schedule', name: wizardText.listSchedule, add: wizardText.addSchedule, flag: '--schedule',
    previous: previousList(s.from?.schedule),
    describe: (row) => `${String(row.when)} · ${String(row.action)}`,
    ask: async (previous) => {
      const when = await s.p.text({ id: 'schedule-when', message: say(s.lang, wizardText.scheduleWhen), ...(previous ? { default: String(previous.when) } : {}) });
      if (!when) return undefined;
      const action = await s.p.text({ id: 'schedule-action', message: say(s.lang, wizardText.scheduleAction), required: true, ...(previous ? { default: String(previous.action) } : {}) });
      const owner = await s.p.text({ id: 'schedule-owner', message: say(s.lang, wizardText.scheduleOwner), ...(previous?.owner ? { default: String(previous.owner) } : {}) });
      return compact({ ...previous, when, action, owner });
    },
  });
  if (schedule.length) s.plan.schedule = schedule;
}
