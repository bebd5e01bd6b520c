// Kind and style: a monthly plan picks one of the monthly styles; quarterly and annual have one each.
import { say } from '../../i18n/localized.js';
import type { Kind } from '../../plan/schema.js';
import { STYLES, styleFor } from '../../styles/registry.js';
import { wizardText } from '../messages.js';
import type { WizardState } from '../state.js';

const KIND_NAMES = { monthly: wizardText.kindMonthly, quarterly: wizardText.kindQuarterly, annual: wizardText.kindAnnual } as const;

export async function askKind(s: WizardState): Promise<void> {
  const kinds = (['monthly', 'quarterly', 'annual'] as const).filter((k) => STYLES.some((style) => style.kind === k));
  s.kind = kinds.length > 1
    ? await s.p.select<Kind>({
        id: 'kind', flag: '--kind', message: say(s.lang, wizardText.kind), default: s.from?.kind ?? 'monthly',
        choices: kinds.map((k) => ({ value: k, name: say(s.lang, KIND_NAMES[k]) })),
      })
    : 'monthly';
  if (s.kind !== 'monthly') s.style = styleFor(s.kind, undefined)!;
}

export async function askStyle(s: WizardState): Promise<void> {
  const monthly = STYLES.filter((style) => style.kind === 'monthly');
  const id = await s.p.select({
    id: 'style', flag: '--style', message: say(s.lang, wizardText.style), default: s.from?.style ?? 'target',
    choices: monthly.map((style) => ({ value: style.id, name: say(s.lang, wizardText.styleChoice, { name: style.name[s.lang], id: style.id }), description: style.description[s.lang] })),
  });
  s.style = monthly.find((style) => style.id === id)!;
}
