// Customer tiers and new regions, where the style shows them or the previous plan had them.
import { say } from '../../i18n/localized.js';
import { askMoney, askNumber, askPercent } from '../ask.js';
import { collectList, compact } from '../lists.js';
import { wizardText } from '../messages.js';
import { needsList, previousList, type WizardState } from '../state.js';

export function wantsTiers(s: WizardState): boolean {
  return needsList(s, 'tiers') || !!s.from?.tiers.length || !!s.answers.tiers;
}

export async function askTiers(s: WizardState): Promise<void> {
  const tiers = await collectList(s, {
    list: 'tiers', name: wizardText.listTiers, add: wizardText.addTier, flag: '--tier',
    previous: previousList(s.from?.tiers),
    describe: (row) => [row.name, typeof row.customer_share === 'number' ? `${row.customer_share}%` : '', typeof row.revenue_share === 'number' ? `${row.revenue_share}%` : ''].filter(Boolean).join(' · '),
    ask: async (previous) => {
      const name = await s.p.text({ id: 'tier-name', message: say(s.lang, wizardText.tierName), ...(previous ? { default: String(previous.name) } : {}) });
      if (!name) return undefined;
      const customerShare = await askPercent(s, { id: 'tier-customer-share', message: say(s.lang, wizardText.tierCustomerShare), path: ['tiers', 0, 'customer_share'], ...(typeof previous?.customer_share === 'number' ? { default: previous.customer_share } : {}) });
      const revenueShare = await askPercent(s, { id: 'tier-revenue-share', message: say(s.lang, wizardText.tierRevenueShare), path: ['tiers', 0, 'revenue_share'], ...(typeof previous?.revenue_share === 'number' ? { default: previous.revenue_share } : {}) });
      const service = await s.p.text({ id: 'tier-service', message: say(s.lang, wizardText.tierService), ...(previous?.service ? { default: String(previous.service) } : {}) });
      return compact({ ...previous, name, customer_share: customerShare, revenue_share: revenueShare, service });
    },
  });
  if (tiers.length) s.plan.tiers = tiers;
}

export function wantsRegions(s: WizardState): boolean {
  return needsList(s, 'regions') || !!s.from?.regions.length || !!s.answers.regions;
}

export async function askRegions(s: WizardState): Promise<void> {
  const regions = await collectList(s, {
    list: 'regions', name: wizardText.listRegions, add: wizardText.addRegion, flag: '--region',
    previous: previousList(s.from?.regions),
    describe: (row) => String(row.name),
    ask: async (previous) => {
      const name = await s.p.text({ id: 'region-name', message: say(s.lang, wizardText.regionName), ...(previous ? { default: String(previous.name) } : {}) });
      if (!name) return undefined;
      const revenue = await askMoney(s, { id: 'region-revenue', message: say(s.lang, wizardText.regionRevenue, { unit: s.unit }), path: ['regions', 0, 'revenue'], ...(typeof previous?.revenue === 'number' ? { default: previous.revenue } : {}) });
      const prospects = await askNumber(s, { id: 'region-prospects', message: say(s.lang, wizardText.regionProspects), path: ['regions', 0, 'prospects'], ...(typeof previous?.prospects === 'number' ? { default: previous.prospects } : {}) });
      const won = await askNumber(s, { id: 'region-won', message: say(s.lang, wizardText.regionWon), path: ['regions', 0, 'won'], ...(typeof previous?.won === 'number' ? { default: previous.won } : {}) });
      return compact({ ...previous, name, revenue, prospects, won });
    },
  });
  if (regions.length) s.plan.regions = regions;
}
