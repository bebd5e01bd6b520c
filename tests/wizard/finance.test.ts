// The wizard's finance step (gross profit, collections, the year to date): skipped unless asked
// for, answered by flags in a scripted run, its notes showing the figures the plan derives.
import { describe, expect, it } from 'vitest';
import { validateText } from '../../src/plan/validate.js';
import { runWizard } from '../../src/wizard/flow.js';
import { answersFromFlags } from '../../src/wizard/flags.js';
import { ScriptedPrompter } from '../../src/wizard/prompter.js';
import { planToYaml } from '../../src/plan/yaml-out.js';

const base = {
  style: 'target', period: '2026-12', company: '测试公司', department: '销售部', author: '张三', revenue: '860', 'last-revenue': '780',
  prospects: '40', won: '12', 'contract-value': '120', upsell: '60', metrics: { renewal_rate: { target: 85, baseline: 80 } },
  products: [{ name: '主推产品', role: 'flagship', amount: 500 }],
  risks: [{ category: 'market', risk: '竞品降价', warning: '报价低10%', response: '加赠服务', owner: '张三' }],
  budget: [{ name: '差旅', amount: 8 }],
};

async function build(answers: Record<string, unknown>) {
  const prompter = new ScriptedPrompter(answers);
  const result = await runWizard(prompter, { lang: 'zh-CN', answers, today: '2026-11-23' });
  return { ...result, prompter };
}

describe('the finance step', () => {
  it('is skipped unless asked for: a plan without these targets, as before', async () => {
    const { plan } = await build(base);
    expect(plan.targets).not.toHaveProperty('gross_profit');
    expect(plan.targets).not.toHaveProperty('collections');
    expect(plan.targets).not.toHaveProperty('ytd');
  });

  it('a flag answers it: gross profit, a collection rate, the year to date, with the figures they give', async () => {
    const { plan, prompter } = await build({ ...base, 'gross-profit': '292.4', collections: '95%', 'ytd-annual': '8400', 'ytd-actual': '7540' });
    expect(plan.targets).toMatchObject({ gross_profit: 292.4, collections: { rate: 95 }, ytd: { annual: 8400, actual: 7540 } });
    // 292.4 ÷ 860 = 34%; 860 × 95% = 817; 8,400 − 7,540 = 860 left, all of it this month.
    expect(prompter.notes).toContain('→ 毛利率 34%');
    expect(prompter.notes).toContain('→ 回款额 817万元');
    expect(prompter.notes).toContain('→ 全年剩余 860万元，本月目标占剩余任务的 100%');
    const yaml = planToYaml(plan, 'zh-CN', 'schema/plan.schema.json', '2026-11-23');
    const v = await validateText(yaml, 'new.yaml');
    expect(v.diagnostics).toEqual([]);
    expect(v.valid!.derived.collections!.amount!.toFixed()).toBe('817');
    expect(v.valid!.derived.ytd!.remaining.toFixed()).toBe('860');
  });

  it('an amount of collections gives the rate: 800 of 860 is 93%', async () => {
    const { plan, prompter } = await build({ ...base, finance: true, collections: '800' });
    expect(plan.targets).toMatchObject({ collections: { amount: 800 } });
    expect(prompter.notes).toContain('→ 回款率 93%');
  });

  it('a scripted run names the flag the year to date still needs', async () => {
    const { prompter } = await build({ ...base, 'ytd-annual': '8400' });
    expect(prompter.missing.map((m) => m.flag)).toContain('--ytd-actual');
  });

  it('a quarterly plan is not asked for a year to date', async () => {
    const { plan } = await build({ ...base, kind: 'quarterly', style: undefined, period: '2027-Q1', finance: true, 'gross-profit': '800', 'ytd-annual': '9600', 'last-target': '2000', 'base-rate': '2', team: [{ name: '甲', target: 860 }] });
    expect(plan.targets).toMatchObject({ gross_profit: 800 });
    expect(plan.targets).not.toHaveProperty('ytd');
  });

  it('a quarterly plan is asked for its new-customer target', async () => {
    const { plan } = await build({ ...base, kind: 'quarterly', style: undefined, period: '2027-Q1', 'last-target': '2000', 'base-rate': '2', team: [{ name: '甲', target: 860 }] });
    expect(plan.targets).toMatchObject({ new_customers: { prospects: 40, won: 12, contract_value: 120 } });
  });

  it('the command-line flags map to the step’s answers', () => {
    expect(answersFromFlags({ grossProfit: '292.4', collections: '95%', ytdAnnual: '8400', ytdActual: '7540' }, 'zh-CN')).toEqual({
      'gross-profit': '292.4', collections: '95%', 'ytd-annual': '8400', 'ytd-actual': '7540',
    });
  });
});
