// Each rule on small plans: what it accepts and what it reports (ESLint's valid/invalid cases).
import { describe, expect, it } from 'vitest';
import { lintMarkdown, lintText, ruleIds } from './helpers.js';

const only = (id: string, source: string, style = 'target') => lintMarkdown(source, { style }).messages.filter((m) => m.ruleId === id);

describe('required-sections', () => {
  it('accepts synonyms, other numbering and traditional characters', () => {
    const plan = [
      '# 十二月計劃', '', '## 一、銷售目標', '500万元', '', '## 二、市场分析', '正文', '', '## 三、销售策略', '正文', '',
      '## 四、团队建设', '正文', '', '## 五、风险管理', '应对：加强回款', '', '## 六、费用预算', '正文', '', '## 七、总结与回顾', '正文',
    ].join('\n');
    expect(only('required-sections', plan)).toEqual([]);
  });

  it('names each missing section with its place in the outline', () => {
    const messages = lintMarkdown('# 计划\n\n## 一、本月销售目标与分解\n\n500万元\n', { style: 'target', lang: 'en' }).messages.filter((m) => m.ruleId === 'required-sections');
    expect(messages.map((m) => m.message)).toEqual([
      expect.stringContaining('"Market analysis and opportunities" section of a Target decomposition plan is missing (part 2'),
      expect.stringContaining('"Sales strategy and execution"'),
      expect.stringContaining('"Team building and skills"'),
      expect.stringContaining('"Risks and responses"'),
      expect.stringContaining('"Budget and resources"'),
      expect.stringContaining('"Performance review"'),
    ]);
  });

  it('counts core targets, monthly targets and plain sales targets as the target section', () => {
    for (const title of ['本月销售目标与分解', '核心销售目标与分解', '销售目标']) {
      const messages = only('required-sections', `# 计划\n\n## 一、${title}\n\n500万元\n`);
      expect(messages.some((m) => m.message.includes('本月销售目标与分解')), title).toBe(false);
    }
  });
});

describe('placeholder', () => {
  it.each([['XX万元'], ['X%'], ['X家'], ['××'], ['____'], ['【待填】'], ['TBD'], ['TODO'], ['[TBD]']])('finds %s', (p) => {
    const m = only('placeholder', `# 计划\n\n## 一、目标\n\n本月目标为${p}，完成。\n`);
    expect(m).toHaveLength(1);
    expect(m[0]).toMatchObject({ line: 5, column: 6 });
  });

  it('leaves words, model numbers and figures alone', () => {
    expect(only('placeholder', '# 计划\n\n## 一、目标\n\n主推 X1 与 Xbox 配件，3x 增长，SaaS 与 CRM，500万元。\n')).toEqual([]);
  });
});

describe('empty-section', () => {
  it('reports a heading with nothing under it, not one whose sub-sections have content', () => {
    const m = only('empty-section', '# 计划\n\n## 一、目标\n\n## 二、市场\n\n### （一）环境\n\n正文\n');
    expect(m.map((x) => x.line)).toEqual([3]);
  });
});

describe('shares-over-100', () => {
  it('adds a share column of a table, without its total row', () => {
    const table = '| 产品 | 占比 |\n|---|---:|\n| A | 60% |\n| B | 50% |\n| 合计 | 110% |';
    expect(only('shares-over-100', `# 计划\n\n## 一、目标\n\n${table}\n`)[0]?.message).toContain('110%');
    expect(only('shares-over-100', `# 计划\n\n## 一、目标\n\n${table.replace('50%', '40%').replace('110%', '100%')}\n`)).toEqual([]);
  });

  it('adds the shares of one list, allowing for rounding', () => {
    expect(only('shares-over-100', '# 计划\n\n## 一、目标\n\n- A：300万元（占比60%）\n- B：250万元（占比50%）\n')).toHaveLength(1);
    expect(only('shares-over-100', '# 计划\n\n## 一、目标\n\n- A（占33.4%）\n- B（占33.3%）\n- C（占33.3%）\n')).toEqual([]);
  });
});

describe('amounts-vs-total', () => {
  it('checks a table’s total row against its rows, within rounding', () => {
    const bad = '| 项目 | 金额（万元） | 占比 |\n|---|---:|---:|\n| A | 200 | 40.0% |\n| B | 250 | 50.0% |\n| **合计** | **500** | **100.0%** |';
    const m = only('amounts-vs-total', `# 计划\n\n## 一、预算\n\n${bad}\n`);
    expect(m.map((x) => x.message)).toEqual([expect.stringContaining('500'), expect.stringContaining('100.0%')]);
    const rounded = '| 项目 | 占销售额 |\n|---|---:|\n| A | 1.40% |\n| B | 1.69% |\n| C | 0.70% |\n| D | 0.52% |\n| E | 0.50% |\n| 合计 | 4.80% |';
    expect(only('amounts-vs-total', `# 计划\n\n## 一、预算\n\n${rounded}\n`)).toEqual([]);
  });

  it('checks amounts listed after a stated total', () => {
    const text = '# 计划\n\n## 一、目标\n\n本月总销售额目标为500万元。\n\n- A：300万元\n- B：250万元\n';
    expect(only('amounts-vs-total', text)[0]?.message).toContain('550万元');
    expect(only('amounts-vs-total', text.replace('250万元', '200万元'))).toEqual([]);
  });
});

describe('target-without-number', () => {
  it('reports a target section with only words or placeholders', () => {
    expect(only('target-without-number', '# 计划\n\n## 一、本月销售目标与分解\n\n力争完成XX万元。\n')).toHaveLength(1);
    expect(only('target-without-number', '# 计划\n\n## 一、本月销售目标与分解\n\n完成500万元。\n')).toEqual([]);
  });
});

describe('risk-without-response', () => {
  it('reports the rows of a risk table with no response', () => {
    const table = '| 风险 | 预警信号 | 应对措施 |\n|---|---|---|\n| 竞品降价 | 报价低10% | 加赠服务 |\n| 骨干离职 | 提出离职 | — |';
    const m = only('risk-without-response', `# 计划\n\n## 五、风险管理与应对措施\n\n${table}\n`);
    expect(m).toHaveLength(1);
    expect(m[0]).toMatchObject({ line: 8 });
    expect(m[0]!.message).toContain('骨干离职');
  });

  it('reports a risk section that names risks and no responses', () => {
    expect(only('risk-without-response', '# 计划\n\n## 五、风险管理\n\n- 市场风险：竞争加剧\n- 客户风险：回款延迟\n').map((m) => m.line)).toEqual([5, 6]);
    expect(only('risk-without-response', '# 计划\n\n## 五、风险管理\n\n- 市场风险：竞争加剧，应对：加强跟踪\n')).toEqual([]);
  });
});

describe('duplicate-section and six-parts', () => {
  it('reports a section pasted twice', () => {
    const m = lintMarkdown('# 计划\n\n## 一、市场分析\n\n正文\n\n## 二、市场分析\n\n正文\n', { style: 'target' }).messages.filter((x) => x.ruleId === 'duplicate-section');
    expect(m.map((x) => x.line)).toEqual([7]);
  });

  it('warns about each of the six parts a plan lacks', () => {
    const m = lintMarkdown('# 计划\n\n## 一、本月销售目标\n\n500万元\n', { style: 'target' }).messages.filter((x) => x.ruleId === 'six-parts');
    expect(m).toHaveLength(5);
    expect(m.every((x) => x.severity === 'warning')).toBe(true);
  });
});

describe('plain text', () => {
  it('reads numbered headings in every common form', () => {
    const r = lintText('月度计划\n一、销售目标\n（一）总目标\n1. 完成500万元\n第二节 市场分析\n2、竞争\n', { style: 'target' });
    expect(ruleIds(r)).not.toContain('target-without-number');
  });
});
