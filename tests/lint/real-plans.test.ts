// The cases of issue 13, each on a small plan: what lint says about the plans people actually
// write (other formats, deleted figures, anonymised names, risks in their own words, numbers in
// every form, cascades, stale dates).
import { describe, expect, it } from 'vitest';
import { kindInTitle } from '../../src/lint/match.js';
import { amountsIn } from '../../src/lint/numbers.js';
import { periodIn } from '../../src/lint/period.js';
import { lintMarkdown, lintText } from './helpers.js';

const rule = (id: string, source: string, options: { lang?: 'zh-CN' | 'en'; style?: string } = {}) => lintMarkdown(source, options).messages.filter((m) => m.ruleId === id);

describe('style detection with confidence', () => {
  const own = '# 销售部工作安排\n\n## 一、本月重点\n\n跟进 12 个项目。\n\n## 二、需要的支持\n\n样品 20 套。\n';

  it('says a plan follows no built-in style and requires no outline of it', () => {
    const result = lintMarkdown(own);
    expect(result.plans[0]).toMatchObject({ style: 'none', confident: false });
    expect(result.plans[0]!.styleName).toContain('不属于任何内置风格');
    expect(result.messages.filter((m) => m.ruleId === 'required-sections')).toEqual([]);
  });

  it('still checks the full outline when --style asks for it', () => {
    expect(lintMarkdown(own, { style: 'target' }).messages.filter((m) => m.ruleId === 'required-sections').length).toBeGreaterThan(0);
  });

  it('reads the kind from the title and period words first', () => {
    expect(kindInTitle('2026年12月销售计划')).toBe('monthly');
    expect(kindInTitle('十二月工作计划')).toBe('monthly');
    expect(kindInTitle('January 2027 Sales Plan')).toBe('monthly');
    expect(kindInTitle('2027年第一季度销售计划')).toBe('quarterly');
    expect(kindInTitle('Q3 2027 Territory Plan')).toBe('quarterly');
    expect(kindInTitle('2027年度营销计划')).toBe('annual');
    expect(kindInTitle('12月计划执行回顾')).toBe('review');
    expect(periodIn('2027年第二季度')).toEqual({ kind: 'quarterly', year: 2027, months: [4, 5, 6] });
    const monthly = lintMarkdown('# 2026年12月销售计划\n\n## 一、年度目标\n\n500万元\n');
    expect(monthly.plans[0]!.kind).toBe('monthly');
  });

  it('takes "Previous Period" as the review part of the six', () => {
    const m = rule('six-parts', '# January Plan\n\n## Previous Period\n\nRevenue $1M.\n', { lang: 'en' });
    expect(m.map((x) => x.message).join('\n')).not.toContain('Review of last period');
  });
});

describe('blank figures', () => {
  it('finds each unit whose number was deleted, with its line and column', () => {
    const m = rule('blank-figure', '# 计划\n\n## 一、目标\n\n完成万元销售额，同比增长%，新开发家客户。\n');
    expect(m.map((x) => [x.line, x.column])).toEqual([[5, 3], [5, 13], [5, 18]]);
  });

  it('finds $____ and ___% and empty cells of a target table, not the actuals', () => {
    const table = '| 产品 | 目标（万元） | 实际 |\n|---|---|---|\n| A | | |\n| B | 20 | |';
    const m = rule('blank-figure', `# Plan\n\nRevenue $____, margin ___%.\n\n## 目标\n\n${table}\n`);
    expect(m.map((x) => [x.line, x.column])).toEqual([[3, 9], [3, 23], [9, 7]]);
  });

  it('leaves figures, units named in brackets and words such as 人员 or 家庭 alone', () => {
    expect(rule('blank-figure', '# 计划\n\n## 目标\n\n完成 500 万元；金额（万元）；销售人员 12 人；家庭用户；三家门店；每周一次。\n')).toEqual([]);
  });
});

describe('placeholders and anonymised names', () => {
  it('takes A公司, 产品X, 型号Y, Company X as names', () => {
    expect(rule('placeholder', '# 计划\n\nA公司、产品X、型号Y、X公司与 Company X 的订单。\n')).toEqual([]);
  });
  it('still reports XX万元, X%, ××, 【待填】 and TBD', () => {
    expect(rule('placeholder', '# 计划\n\n完成XX万元，增长X%，××区域，【待填】，TBD。\n')).toHaveLength(5);
  });
});

describe('risks one by one', () => {
  const risks = (body: string) => rule('risk-without-response', `# 计划\n\n## 五、风险与应对\n\n${body}\n`);
  it('accepts "风险：做法", response words and an "对策：" line after the risk', () => {
    expect(risks('- 竞品降价：以旧换新\n- 回款延迟，对策是分期付款\n- 断货风险\n- 对策：提前备货')).toEqual([]);
  });
  it('finds the one risk without a response among answered ones', () => {
    expect(risks('- 竞品降价：以旧换新\n- 骨干离职\n- 物流延误：备用承运商').map((m) => m.line)).toEqual([6]);
  });
  it('reads English mitigations', () => {
    expect(rule('risk-without-response', '# Plan\n\n## Risks\n\n- Price war. Mitigation: bundles.\n- Budget freeze.\n', { lang: 'en' }).map((m) => m.line)).toEqual([6]);
  });
});

describe('numbers wherever they are written', () => {
  it('adds numbered lists of every form, in traditional characters and full-width digits', () => {
    for (const marker of ['1.', '1、', '（1）', '①']) {
      const list = ['華東', '華南', '華北'].map((r, i) => `${marker.replace(/1|①/, (d) => (d === '1' ? String(i + 1) : '①②③'[i]!))} ${r} ２００萬元`).join('\n');
      expect(lintText(`2027年1月計劃\n一、銷售目標\n總目標 500 萬元：\n${list}\n`).messages.filter((m) => m.ruleId === 'amounts-vs-total'), marker).toHaveLength(1);
    }
  });

  it('converts 亿, 万 and 千 before comparing', () => {
    expect(amountsIn('1.2亿元、12,000万元、3千元、$1.5M')).toMatchObject([{ value: 1.2e8 }, { value: 1.2e8 }, { value: 3000 }, { value: 1.5e6 }]);
    expect(rule('amounts-vs-total', '# 计划\n\n## 目标\n\n全年 1.2 亿元，其中华东 8,000 万元、华南 5,000 万元。\n')).toHaveLength(1);
  });

  it('compares cascades and allows 约 (a warning)', () => {
    const exact = rule('cascade-mismatch', '# 2027年度计划\n\n## 目标\n\n全年 1,000 万元：Q1 200 万元，Q2 250 万元，Q3 250 万元，Q4 300 万元。\n');
    expect(exact).toEqual([]);
    const off = rule('cascade-mismatch', '# 2027年度计划\n\n## 目标\n\n全年 1,000 万元：Q1 200 万元，Q2 250 万元，Q3 250 万元，Q4 340 万元。\n');
    expect(off.map((m) => m.severity)).toEqual(['warning']);
    expect(rule('cascade-mismatch', '# 2027年度计划\n\n## 目标\n\n全年约 1,000 万元：Q1 200 万元，Q2 250 万元，Q3 250 万元，Q4 340 万元。\n')).toEqual([]);
  });
});

describe('dates outside the period', () => {
  it('warns of a January plan that promises 12月12日, not of last month in review', () => {
    const m = rule('date-outside-period', '# 2027年1月销售计划\n\n## 一、上月回顾\n\n12月12日大促完成 80 万元。\n\n## 二、活动\n\n1月15日年货节；12月12日大促。\n');
    expect(m.map((x) => [x.line, x.column, x.severity])).toEqual([[9, 10, 'warning']]);
  });
});
