// What new --from and review --next tell the author about a rolled-forward plan, and the comment
// that asks for last period's actual in place of a copied target (issue 11, deliverable 6).
import { describe, expect, it } from 'vitest';
import { askForLastRevenue, rollForward, rollForwardNotes } from '../../src/plan/roll-forward.js';
import { planToYaml } from '../../src/plan/yaml-out.js';
import { validateFile, validateText } from '../../src/plan/validate.js';
import { examplePath } from '../examples.js';

describe('rolling examples/target-zh.yaml forward', async () => {
  const valid = (await validateFile(examplePath('target-zh.yaml'))).valid!;
  const roll = rollForward(valid.plan, valid.period);

  it('names each block left out with its reason, the actuals to fill in and the dated text, in both languages', () => {
    const zh = rollForwardNotes(roll, '2026-12', 'zh-CN');
    expect(zh).toContain('未沿用 review：回顾的是上上期；本期的回顾由 salesplan review 根据实际数据生成。');
    expect(zh.some((l) => l.startsWith('请填写上期（2026-12）的实际数据：targets.last_revenue'))).toBe(true);
    expect(zh).toContain('  market.opportunities[1]: 杭州家博会（12 月 19—21 日）');
    const en = rollForwardNotes(roll, '2026-12', 'en');
    expect(en).toContain('Left out schedule: the schedule belonged to the old period; plan the new dates.');
    expect(en.some((l) => l.startsWith('Fill in the actual figures of 2026-12: targets.last_revenue'))).toBe(true);
  });

  it('writes last_revenue as a comment under the revenue target, and the plan still validates', async () => {
    const yaml = askForLastRevenue(planToYaml(roll.plan, 'zh-CN', '../schema/plan.schema.json', '2026-12-01'), '2026-12', 860, 'zh-CN');
    expect(yaml).toMatch(/\n {2}revenue: 860\n {2}# 上期（2026-12）实际销售额：请填写实际完成额后取消注释（上期目标 860 不是实际）\n {2}# last_revenue:\n/);
    const v = await validateText(yaml, 'next.yaml', { draft: true });
    expect(v.valid?.plan.targets.last_revenue).toBeUndefined();
    expect(v.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('leaves a plan that has its last_revenue as it is', () => {
    const yaml = 'targets:\n  revenue: 900\n  last_revenue: 812.6\n';
    expect(askForLastRevenue(yaml, '2026-12', 860, 'en')).toBe(yaml);
  });
});
