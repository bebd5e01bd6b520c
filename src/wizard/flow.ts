// `salesplan new`'s questions, run from the table of steps (steps/index.ts): kind and style,
// period, who the plan is from, unit, the total and last period's actual, the data the chosen
// style requires, product lines, channels, team, tiers, regions, risks, budget and schedule —
// each answer checked by the plan schema's own rule, with the running figures computed as the
// document computes them.
import type { PlanInput } from '../plan/schema.js';
import type { StyleDecl } from '../styles/types.js';
import type { Prompter } from './prompter.js';
import { newState, planSettings, type Row, type WizardOptions } from './state.js';
import { STEPS } from './steps/index.js';

export type { WizardOptions } from './state.js';

export interface WizardResult {
  plan: PlanInput;
  style: StyleDecl;
}

/** The order of a plan file's blocks. */
const ORDER = ['salesplan', 'kind', 'style', 'period', 'lang', 'unit', 'precision', 'org', 'targets', 'focus', 'market', 'products', 'channels', 'regions', 'team', 'tiers', 'risks', 'budget', 'schedule', 'annual', 'review', 'incentives', 'customers', 'currency', 'sections', 'docx'];

export async function runWizard(p: Prompter, options: WizardOptions): Promise<WizardResult> {
  const s = newState(p, options);
  for (const step of STEPS) if (!step.when || step.when(s)) await step.run(s);
  const head: Row = {
    salesplan: 1, kind: s.kind, ...(s.kind === 'monthly' ? { style: s.style.id } : {}), period: s.period, ...planSettings(s),
  };
  const all: Row = { ...s.plan, ...head };
  const plan = Object.fromEntries([...ORDER.filter((k) => all[k] !== undefined).map((k) => [k, all[k]]), ...Object.entries(all).filter(([k]) => !ORDER.includes(k))]);
  return { plan: plan as PlanInput, style: s.style };
}
