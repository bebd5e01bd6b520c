// Risks: each with its category, a warning sign and a response.
import { label, RISK_LABELS } from '../../i18n/labels.js';
import { say } from '../../i18n/localized.js';
import { RISK_CATEGORIES } from '../../plan/schema.js';
import { collectList, compact } from '../lists.js';
import { wizardText } from '../messages.js';
import { previousList, type WizardState } from '../state.js';

export async function askRisks(s: WizardState): Promise<void> {
  const risks = await collectList(s, {
    list: 'risks', name: wizardText.listRisks, add: wizardText.addRisk, flag: '--risk',
    previous: previousList(s.from?.risks),
    describe: (row) => `${label(RISK_LABELS, String(row.category ?? 'other'), s.lang)} · ${String(row.risk)}`,
    ask: async (previous) => {
      const category = await s.p.select({ id: 'risk-category', message: say(s.lang, wizardText.riskCategory), default: String(previous?.category ?? 'market'), choices: RISK_CATEGORIES.map((c) => ({ value: c, name: label(RISK_LABELS, c, s.lang) })) });
      const risk = await s.p.text({ id: 'risk-text', message: say(s.lang, wizardText.riskText), ...(previous ? { default: String(previous.risk) } : {}) });
      if (!risk) return undefined;
      const warning = await s.p.text({ id: 'risk-warning', message: say(s.lang, wizardText.riskWarning), ...(previous?.warning ? { default: String(previous.warning) } : {}) });
      const response = await s.p.text({ id: 'risk-response', message: say(s.lang, wizardText.riskResponse), required: true, ...(previous?.response ? { default: String(previous.response) } : {}) });
      const owner = await s.p.text({ id: 'risk-owner', message: say(s.lang, wizardText.riskOwner), ...(previous?.owner ? { default: String(previous.owner) } : {}) });
      return compact({ ...previous, category, risk, warning, response, owner });
    },
  });
  if (risks.length) s.plan.risks = risks;
}
