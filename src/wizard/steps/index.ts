// The wizard's steps, in order, as data (create-vite's shape): each runs when its condition holds,
// and every question a step asks is skipped when its flag gave the answer (see prompter.ts).
// Adding a question is adding a row here and its step's file.
import { askHistory } from './annual.js';
import { askBudget } from './budget.js';
import { carryOver } from './carried.js';
import { askChannels } from './channels.js';
import { askFinance } from './finance.js';
import { askMetrics, askNewCustomers, askUpsell, wantsCustomers, wantsUpsell } from './customers.js';
import { askKind, askStyle } from './kind.js';
import { askOrg } from './org.js';
import { askPeriod } from './period.js';
import { askProducts } from './products.js';
import { askIncentives, askLastTarget, wantsIncentives, wantsReview } from './quarterly.js';
import { askRevenue, askUnit } from './revenue.js';
import { askRisks } from './risks.js';
import { askSchedule, wantsSchedule } from './schedule.js';
import { askRegions, askTiers, wantsRegions, wantsTiers } from './segments.js';
import { askTeam } from './team.js';
import type { WizardState } from '../state.js';

export interface Step {
  id: string;
  /** The flags that answer the step's questions (given, those questions are not asked). */
  flags: readonly string[];
  /** Runs only when this holds (the style needs it, or the previous plan had it). */
  when?: (s: WizardState) => boolean;
  run: (s: WizardState) => Promise<void>;
}

export const STEPS: readonly Step[] = [
  { id: 'kind', flags: ['--kind'], run: askKind },
  { id: 'style', flags: ['--style'], when: (s) => s.kind === 'monthly', run: askStyle },
  { id: 'period', flags: ['--period'], run: askPeriod },
  { id: 'org', flags: ['--company', '--department', '--author'], run: askOrg },
  { id: 'unit', flags: ['--unit'], run: askUnit },
  { id: 'revenue', flags: ['--revenue', '--last-revenue'], run: askRevenue },
  // A quarterly plan carries its new-customer target too (issue 11): asked, and may be left empty.
  { id: 'new-customers', flags: ['--prospects', '--won', '--contract-value'], when: (s) => wantsCustomers(s) || s.kind === 'quarterly', run: askNewCustomers },
  { id: 'upsell', flags: ['--upsell'], when: wantsUpsell, run: askUpsell },
  { id: 'metrics', flags: ['--metric'], run: askMetrics },
  { id: 'finance', flags: ['--gross-profit', '--collections', '--ytd-annual', '--ytd-actual'], run: askFinance },
  { id: 'products', flags: ['--product'], run: askProducts },
  { id: 'channels', flags: ['--channel'], run: askChannels },
  { id: 'team', flags: ['--member'], run: askTeam },
  { id: 'tiers', flags: ['--tier'], when: wantsTiers, run: askTiers },
  { id: 'regions', flags: ['--region'], when: wantsRegions, run: askRegions },
  { id: 'risks', flags: ['--risk'], run: askRisks },
  { id: 'budget', flags: ['--budget-item'], run: askBudget },
  { id: 'schedule', flags: [], when: wantsSchedule, run: askSchedule },
  { id: 'history', flags: ['--history'], when: (s) => s.kind === 'annual', run: askHistory },
  { id: 'last-target', flags: ['--last-target'], when: wantsReview, run: askLastTarget },
  { id: 'incentives', flags: ['--base-rate'], when: wantsIncentives, run: askIncentives },
  { id: 'carried', flags: [], when: (s) => !!s.from, run: carryOver },
];
