// A small valid plan to mutate in tests, and a helper to validate YAML text.
import { stringify } from 'yaml';
import { validateText, type ValidateOptions } from '../src/plan/validate.js';

export function basePlan(): Record<string, any> {
  return {
    salesplan: 1,
    kind: 'monthly',
    style: 'target',
    period: '2026-12',
    unit: '万元',
    org: { company: '测试公司', department: '销售部', author: '张三', date: '2026-11-20' },
    targets: {
      revenue: 500,
      last_revenue: 450,
      new_customers: { prospects: 40, won: 12, contract_value: 120 },
      existing_customers: { upsell: 60 },
      metrics: [{ id: 'renewal_rate', baseline: 80, target: 85 }],
    },
    products: [
      { name: 'A', role: 'flagship', amount: 200 },
      { name: 'B', role: 'potential', share: 30 },
      { name: '其他', role: 'other' },
    ],
    team: [
      { name: '甲', target: 200 },
      { name: '乙' },
      { name: '丙组', headcount: 2 },
    ],
    risks: [{ category: 'market', risk: '竞品降价', warning: '报价低于我方 10%', response: '加赠服务', owner: '张三' }],
  };
}

export async function validatePlan(plan: unknown, options: ValidateOptions = {}, file = 'plan.yaml') {
  return (await validateText(typeof plan === 'string' ? plan : stringify(plan), file, { lang: 'zh-CN', ...options }));
}

export async function codes(plan: unknown, options: ValidateOptions = {}): Promise<string[]> {
  return (await validatePlan(plan, options)).diagnostics.map((d) => d.code);
}
