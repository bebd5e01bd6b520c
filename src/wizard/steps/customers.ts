// New and existing customers, and the metrics: asked where the style's sections need them or the
// previous plan had them.
import { pick, say } from '../../i18n/localized.js';
import { METRIC_UNIT_LABELS } from '../../i18n/labels.js';
import { METRICS, type MetricId } from '../../plan/metrics.js';
import { askMoney, askNumber, askPercent } from '../ask.js';
import { compact } from '../lists.js';
import { wizardText } from '../messages.js';
import { needsPath, requirements, type Row, type WizardState } from '../state.js';

export function wantsCustomers(s: WizardState): boolean {
  return needsPath(s, 'targets.new_customers.prospects') || !!s.from?.targets.new_customers;
}

export async function askNewCustomers(s: WizardState): Promise<void> {
  const nc = s.from?.targets.new_customers;
  const prospects = await askNumber(s, { id: 'prospects', flag: '--prospects', message: say(s.lang, wizardText.prospects), required: needsPath(s, 'targets.new_customers.prospects'), path: ['targets', 'new_customers', 'prospects'], ...(nc?.prospects !== undefined ? { default: nc.prospects } : {}) });
  const won = await askNumber(s, { id: 'won', flag: '--won', message: say(s.lang, wizardText.won), required: needsPath(s, 'targets.new_customers.won'), path: ['targets', 'new_customers', 'won'], ...(nc?.won !== undefined ? { default: nc.won } : {}) });
  const value = await askMoney(s, { id: 'contract-value', flag: '--contract-value', message: say(s.lang, wizardText.contractValue, { unit: s.unit }), required: needsPath(s, 'targets.new_customers.contract_value'), path: ['targets', 'new_customers', 'contract_value'], ...(nc?.contract_value !== undefined ? { default: nc.contract_value } : {}) });
  const block = compact({ ...nc, prospects, won, contract_value: value });
  if (Object.keys(block).length) s.plan.targets.new_customers = block;
}

export function wantsUpsell(s: WizardState): boolean {
  return needsPath(s, 'targets.existing_customers.upsell') || !!s.from?.targets.existing_customers;
}

export async function askUpsell(s: WizardState): Promise<void> {
  const previous = s.from?.targets.existing_customers;
  const upsell = await askMoney(s, { id: 'upsell', flag: '--upsell', message: say(s.lang, wizardText.upsell, { unit: s.unit }), required: needsPath(s, 'targets.existing_customers.upsell'), path: ['targets', 'existing_customers', 'upsell'], ...(previous?.upsell !== undefined ? { default: previous.upsell } : {}) });
  const block = compact({ ...previous, upsell });
  if (Object.keys(block).length) s.plan.targets.existing_customers = block;
}

/** Each metric the style needs or the previous plan had: its target and its baseline. */
export async function askMetrics(s: WizardState): Promise<void> {
  const needs = requirements(s);
  const ids = new Set<MetricId>([
    ...needs.flatMap((r) => ('metric' in r ? [r.metric] : [])),
    ...(s.from?.targets.metrics.flatMap((m) => (m.id ? [m.id] : [])) ?? []),
  ]);
  const metrics: Row[] = [];
  const flagged = (s.answers.metrics ?? {}) as Record<string, { target?: number; baseline?: number }>;
  for (const id of ids) {
    const def = METRICS[id];
    const name = pick(s.lang, { 'zh-CN': def.zh, en: def.en });
    const shown = def.unit === 'percent' ? '%' : def.unit === 'money' ? s.unit : METRIC_UNIT_LABELS[def.unit][s.lang] || say(s.lang, { 'zh-CN': '个', en: 'count' });
    const previous = s.from?.targets.metrics.find((m) => m.id === id);
    const ask = def.unit === 'percent' ? askPercent : def.unit === 'money' ? askMoney : askNumber;
    const given = flagged[id];
    const target = await ask(s, {
      id: `metric:${id}`, flag: say(s.lang, { 'zh-CN': '--metric {id}=<目标>[:<基线>]', en: '--metric {id}=<target>[:<baseline>]' }, { id }), message: say(s.lang, wizardText.metricTarget, { name, unit: shown }),
      required: needs.some((r) => 'metric' in r && r.metric === id), path: ['targets', 'metrics', 0, 'target'],
      ...(given?.target !== undefined ? { default: given.target } : previous ? { default: previous.target } : {}),
    });
    if (target === undefined) continue;
    const baseline = await ask(s, {
      id: `metric-baseline:${id}`, message: say(s.lang, wizardText.metricBaseline, { name }), path: ['targets', 'metrics', 0, 'baseline'],
      ...(given?.baseline !== undefined ? { default: given.baseline } : previous ? { default: previous.target } : {}),
    });
    metrics.push(compact({ ...previous, id, target, baseline }));
  }
  for (const m of s.from?.targets.metrics ?? []) if (!m.id) metrics.push({ ...m });
  if (metrics.length) s.plan.targets.metrics = metrics;
}
