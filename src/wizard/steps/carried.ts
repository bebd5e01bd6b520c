// What a previous plan had that the wizard does not ask about is carried over as it was: blocks
// (focus, market, business, the charts and document switches …) and the targets no question sets
// (margin, market share). Last period's actual is an answer (new --from --actuals gives it as
// one), never a copy of the previous plan's figures.
import type { WizardState } from '../state.js';

const CARRIED = ['focus', 'market', 'sections', 'docx', 'currency', 'customers', 'closing', 'precision', 'calendar', 'business', 'charts', 'document'] as const;
const CARRIED_TARGETS = ['gross_margin', 'market_share_gain'] as const;

export async function carryOver(s: WizardState): Promise<void> {
  for (const key of CARRIED) {
    const value = s.from?.[key];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    if (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) continue;
    s.plan[key] = value;
  }
  for (const key of CARRIED_TARGETS) {
    const value = s.from?.targets[key];
    if (value !== undefined && s.plan.targets[key] === undefined) s.plan.targets[key] = value;
  }
}
