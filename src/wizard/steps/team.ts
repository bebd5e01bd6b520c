// The team: fixed targets kept, the rest of the total shared by those without one.
import { say } from '../../i18n/localized.js';
import { dec } from '../../core/decimal.js';
import { askMoney } from '../ask.js';
import { collectList, compact } from '../lists.js';
import { wizardText } from '../messages.js';
import { moneyText, planSettings, previousList, revenueOf, type Row, type WizardState } from '../state.js';
import { headcount, perCapita, teamRest } from '../totals.js';

export async function askTeam(s: WizardState): Promise<void> {
  let so: readonly Row[] = [];
  const team = await collectList(s, {
    list: 'team', name: wizardText.listTeam, add: wizardText.addMember, flag: '--member',
    previous: previousList(s.from?.team),
    describe: (row) => [row.name, row.role, typeof row.target === 'number' ? moneyText(s, dec(row.target)) : ''].filter(Boolean).join(' · '),
    onChange: (rows) => (so = rows),
    problem: (rows) => {
      const rest = teamRest(rows, revenueOf(s), planSettings(s));
      return rest.isNegative() ? say(s.lang, wizardText.overTotal, { list: say(s.lang, wizardText.listTeam), done: moneyText(s, revenueOf(s).minus(rest)), total: moneyText(s, revenueOf(s)) }) : undefined;
    },
    ask: async (previous) => {
      const name = await s.p.text({ id: 'member-name', message: say(s.lang, wizardText.memberName), ...(previous ? { default: String(previous.name) } : {}) });
      if (!name) return undefined;
      const role = await s.p.text({ id: 'member-role', message: say(s.lang, wizardText.memberRole), ...(previous?.role ? { default: String(previous.role) } : {}) });
      const rest = teamRest(so.filter((row) => row !== previous), revenueOf(s), planSettings(s));
      const target = await askMoney(s, {
        id: 'member-target', message: say(s.lang, wizardText.memberTarget, { unit: s.unit, rest: moneyText(s, rest) }), path: ['team', 0, 'target'], max: rest,
        ...(typeof previous?.target === 'number' ? { default: previous.target } : {}),
      });
      return compact({ ...previous, name, role, target });
    },
  });
  if (!team.length) return;
  s.plan.team = team;
  const each = perCapita(team, revenueOf(s));
  if (each) s.p.note(say(s.lang, wizardText.perCapita, { count: headcount(team), value: moneyText(s, each.toDecimalPlaces(2)) }));
}
