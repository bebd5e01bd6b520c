// Sales channels: name, type and, optionally, a target out of what the total leaves.
import { CHANNEL_LABELS, label } from '../../i18n/labels.js';
import { say } from '../../i18n/localized.js';
import { dec } from '../../core/decimal.js';
import { CHANNEL_TYPES } from '../../plan/schema.js';
import { askMoney } from '../ask.js';
import { collectList, compact } from '../lists.js';
import { wizardText } from '../messages.js';
import { moneyText, previousList, revenueOf, type Row, type WizardState } from '../state.js';
import { channelRest } from '../totals.js';

export async function askChannels(s: WizardState): Promise<void> {
  let so: readonly Row[] = [];
  const channels = await collectList(s, {
    list: 'channels', name: wizardText.listChannels, add: wizardText.addChannel, flag: '--channel',
    previous: previousList(s.from?.channels),
    describe: (row) => [row.name, label(CHANNEL_LABELS, String(row.type ?? 'other'), s.lang), typeof row.target === 'number' ? moneyText(s, dec(row.target)) : ''].filter(Boolean).join(' · '),
    onChange: (rows) => (so = rows),
    problem: (rows) => {
      const rest = channelRest(rows, revenueOf(s));
      return rest.isNegative() ? say(s.lang, wizardText.overTotal, { list: say(s.lang, wizardText.listChannels), done: moneyText(s, revenueOf(s).minus(rest)), total: moneyText(s, revenueOf(s)) }) : undefined;
    },
    ask: async (previous) => {
      const name = await s.p.text({ id: 'channel-name', message: say(s.lang, wizardText.channelName), ...(previous ? { default: String(previous.name) } : {}) });
      if (!name) return undefined;
      const type = await s.p.select({ id: 'channel-type', message: say(s.lang, wizardText.channelType), default: String(previous?.type ?? 'direct'), choices: CHANNEL_TYPES.map((c) => ({ value: c, name: label(CHANNEL_LABELS, c, s.lang) })) });
      const rest = channelRest(so.filter((row) => row !== previous), revenueOf(s));
      const target = await askMoney(s, {
        id: 'channel-target', message: say(s.lang, wizardText.channelTarget, { unit: s.unit, rest: moneyText(s, rest) }), path: ['channels', 0, 'target'], max: rest,
        ...(typeof previous?.target === 'number' ? { default: previous.target } : {}),
      });
      return compact({ ...previous, name, type, target });
    },
  });
  if (channels.length) s.plan.channels = channels;
}
