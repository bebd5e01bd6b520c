// What a previous plan had that the wizard does not ask about is carried over as it was.
import type { WizardState } from '../state.js';

const CARRIED = ['focus', 'market', 'sections', 'docx', 'currency', 'customers'] as const;

export async function carryOver(s: WizardState): Promise<void> {
  for (const key of CARRIED) {
    const value = s.from?.[key];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    if (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) continue;
    s.plan[key] = value;
  }
}
