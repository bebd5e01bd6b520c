// The wizard's flow driven with injected answers, for every style: the plan it builds passes
// validate, shows the figures asked for, and the flow names what a scripted run lacks.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { validateFile, validateText } from '../../src/plan/validate.js';
import { runWizard } from '../../src/wizard/flow.js';
import { ScriptedPrompter, WizardAnswerError } from '../../src/wizard/prompter.js';
import { planToYaml } from '../../src/plan/yaml-out.js';
import { examplePath } from '../examples.js';

const base = {
  period: '2027-01', company: '测试公司', department: '销售部', author: '张三', revenue: '600', 'last-revenue': '550',
  risks: [{ category: 'market', risk: '竞品降价', warning: '报价低10%', response: '加赠服务', owner: '张三' }],
  budget: [{ name: '差旅', amount: 8 }],
};

/** What each style needs beyond the common answers. */
const BY_STYLE: Record<string, Record<string, unknown>> = {
  target: {
    prospects: '40', won: '12', 'contract-value': '120', upsell: '60', metrics: { renewal_rate: { target: 85, baseline: 80 } },
    products: [{ name: '主推产品', role: 'flagship', amount: 400 }, { name: '新品', role: 'new', share: 20 }],
  },
  operations: {
    products: [{ name: '高毛利产品', role: 'high_margin', amount: 600 }],
    metrics: { lead_conversion: { target: 12, baseline: 10 }, repurchase_rate: { target: 60 }, aov: { target: 3.2, baseline: 3 } },
  },
  expansion: { regions: [{ name: '成都', revenue: 80, prospects: 30, won: 8 }], metrics: { brand_awareness: { target: 12, baseline: 6 } } },
  efficiency: {
    team: [{ name: '甲', target: 200 }, { name: '乙' }, { name: '丙' }],
    metrics: { lead_to_opportunity: { target: 32 }, opportunity_to_order: { target: 34 }, csat: { target: 92 }, training_pass_rate: { target: 95 } },
  },
  service: {
    tiers: [{ name: 'A类', customer_share: 15, revenue_share: 55 }, { name: 'B类', customer_share: 35, revenue_share: 30 }],
    metrics: { nps: { target: 45, baseline: 38 }, renewal_rate: { target: 88 }, value_added_revenue: { target: 22 }, resolution_time: { target: 16, baseline: 20 }, complaint_rate: { target: 2.5 } },
  },
};

async function build(answers: Record<string, unknown>, from?: Parameters<typeof runWizard>[1]['from']) {
  const prompter = new ScriptedPrompter(answers);
  const result = await runWizard(prompter, { lang: 'zh-CN', answers, today: '2026-11-23', ...(from ? { from } : {}) });
  return { ...result, prompter };
}

describe.each(Object.keys(BY_STYLE))('the %s style', (style) => {
  it('builds a plan that validates with no warning and generates', async () => {
    const { plan, prompter } = await build({ ...base, style, ...BY_STYLE[style] });
    expect(prompter.missing).toEqual([]);
    const yaml = planToYaml(plan, 'zh-CN', 'schema/plan.schema.json', '2026-11-23');
    const v = (await validateText(yaml, 'new.yaml'));
    expect(v.diagnostics).toEqual([]);
    expect(v.valid!.style.id).toBe(style);
    expect(yaml.split('\n')[0]).toBe('# yaml-language-server: $schema=schema/plan.schema.json');
    expect(yaml).toContain('# 本期销售总额目标');
  });

  it('names the flags a scripted run still needs', async () => {
    const { prompter } = await build({ style });
    const flags = prompter.missing.map((m) => m.flag);
    expect(flags).toContain('--revenue');
    if (style === 'service') expect(flags).toContain('--tier');
    if (style === 'expansion') expect(flags).toContain('--region');
    if (style === 'efficiency') expect(flags).toContain('--member');
    if (style !== 'expansion' && style !== 'efficiency') expect(flags.some((f) => f.startsWith('--metric') || f === '--product' || f === '--tier')).toBe(true);
  });
});

describe('the wizard', () => {
  it('shows growth, the allocation and the budget ratio as it goes', async () => {
    const { prompter, plan } = await build({ ...base, style: 'target', ...BY_STYLE.target });
    expect(prompter.notes).toContain('→ 目标比上期 +9.1%（50万元）');
    expect(prompter.notes.some((n) => n.includes('占销售额目标 1.33%'))).toBe(true);
    // 400 + 20% of 600 = 520: the rest, 80, becomes "其他产品".
    expect(plan.products!.at(-1)).toEqual({ name: '其他产品', role: 'other' });
  });

  it('checks each answer with the plan schema’s own rules', async () => {
    await expect(build({ ...base, style: 'target', ...BY_STYLE.target, revenue: '-5' })).rejects.toThrow(WizardAnswerError);
    await expect(build({ ...base, style: 'target', ...BY_STYLE.target, revenue: '-5' })).rejects.toThrow(/^--revenue: 不能为负数。$/);
    await expect(build({ ...base, style: 'target', ...BY_STYLE.target, revenue: 'XX万元' })).rejects.toThrow(/占位符/);
    await expect(build({ ...base, style: 'target', ...BY_STYLE.target, period: '2027-13' })).rejects.toThrow(WizardAnswerError);
    await expect(build({ ...base, style: 'servce' })).rejects.toThrow(/target, operations/);
  });

  it('--from starts from last month’s plan, moved on by one period, every answer kept', async () => {
    const previous = (await validateFile(examplePath('target-zh.yaml'))).valid!.plan;
    const { plan, prompter } = await build({}, previous);
    expect(prompter.missing).toEqual([]);
    expect(plan.period).toBe('2027-01');
    expect(plan.style).toBe('target');
    const { date: _date, ...org } = previous.org;
    expect(plan.org).toEqual(org);
    expect(plan.targets!.revenue).toBe(860);
    // Its target is not what it achieved: last period's actual is left to ask (or review --next).
    expect(plan.targets!.last_revenue).toBeUndefined();
    expect(plan.products).toHaveLength(previous.products.length);
    expect(plan.market).toEqual(previous.market);
    const v = (await validateText(stringify(plan), 'next.yaml'));
    expect(v.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('what people type', () => {
  it('money with its unit, full-width digits and percentages with their sign', async () => {
    const { plan } = await build({
      ...base, style: 'target', ...BY_STYLE.target, unit: '万元', revenue: '5,000,000元', 'last-revenue': '４５０万', 'contract-value': '１２０', upsell: '60万元',
      metrics: {}, 'metric:renewal_rate': '85%', 'metric-baseline:renewal_rate': '８０％',
    });
    expect(plan.targets).toMatchObject({ revenue: 500, last_revenue: 450, new_customers: { contract_value: 120 }, existing_customers: { upsell: 60 } });
    expect(plan.targets!.metrics).toEqual([{ id: 'renewal_rate', target: 85, baseline: 80 }]);
  });

  it('refuses in the wizard’s words, never with a YAML path', async () => {
    for (const [revenue, reason] of [['-5', '不能为负数'], ['abc', '500万元'], ['500美元', '无法换算'], ['XX', '占位符']] as const) {
      const error = await build({ ...base, style: 'target', ...BY_STYLE.target, revenue }).catch((e: Error) => e);
      expect(error).toBeInstanceOf(WizardAnswerError);
      expect((error as WizardAnswerError).reason).toContain(reason);
      expect((error as WizardAnswerError).reason).not.toMatch(/targets|revenue|\bunit\b/);
    }
  });
});

describe('running figures', () => {
  it('the budget total is the one the summary and the document show (lines as % of revenue counted)', async () => {
    const previous = (await validateFile(examplePath('target-zh.yaml'))).valid!.plan;
    const { plan, prompter } = await build({}, previous);
    const note = prompter.notes.find((n) => n.includes('预算合计'))!;
    const derived = (await validateText(planToYaml(plan, 'zh-CN', 's.json', '2026-11-23'), 'next.yaml')).valid!.derived;
    expect(note).toBe('→ 预算合计 41.3万元，占销售额目标 4.8%');
    expect(derived.budget!.total.toNumber()).toBe(41.3);
    expect(derived.budget!.shareOfRevenue!.toDecimalPlaces(2).toNumber()).toBe(4.8);
  });

  it('rolls every list of last period’s plan forward, the schedule too', async () => {
    const previous = (await validateFile(examplePath('target-zh.yaml'))).valid!.plan;
    const { plan } = await build({}, previous);
    for (const list of ['products', 'channels', 'team', 'risks', 'schedule'] as const) expect(plan[list]).toHaveLength(previous[list].length);
    expect(plan.budget!.items).toHaveLength(previous.budget!.items.length);
    expect(plan.budget!.cap).toBe(previous.budget!.cap);
  });
});
