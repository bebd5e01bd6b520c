// .salesplanrc.yaml, inline disable comments and --fix.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configFor, ConfigError, EMPTY_CONFIG, loadConfig } from '../../src/lint/config.js';
import { lintFile } from '../../src/lint/engine.js';
import { tempDir } from '../helpers.js';
import { lintMarkdown } from './helpers.js';

const PLAN = '# 计划\n\n## 一、本月销售目标与分解\n\n本月目标XX万元，完成500万元。\n';

describe('configuration', () => {
  it('is found upward from the file, the nearest winning', () => {
    const root = tempDir();
    mkdirSync(join(root, 'branch', 'east'), { recursive: true });
    writeFileSync(join(root, '.salesplanrc.yaml'), 'rules:\n  six-parts: off\n');
    writeFileSync(join(root, 'branch', '.salesplanrc.yml'), 'rules:\n  placeholder: warning\n');
    expect(configFor(join(root, 'a.md'), 'zh-CN').rules).toEqual({ 'six-parts': 'off' });
    expect(configFor(join(root, 'branch', 'east', 'b.md'), 'zh-CN').rules).toEqual({ placeholder: 'warning' });
  });

  it('turns rules off, changes their severity, adds placeholders and section titles', () => {
    const config = { ...EMPTY_CONFIG, rules: { 'six-parts': 'off' as const, placeholder: 'warning' as const }, placeholders: ['待补充', '/\\?\\?/'], synonyms: { market: ['行情研判'] } };
    const r = lintMarkdown(`${PLAN}\n## 二、行情研判\n\n待补充内容??\n`, { style: 'target', config });
    expect(r.messages.some((m) => m.ruleId === 'six-parts')).toBe(false);
    const placeholders = r.messages.filter((m) => m.ruleId === 'placeholder');
    expect(placeholders.map((m) => m.severity)).toEqual(['warning', 'warning', 'warning']);
    expect(r.messages.filter((m) => m.ruleId === 'required-sections').some((m) => m.message.includes('市场分析'))).toBe(false);
  });

  it('reports a broken config with its file and line', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.salesplanrc.yaml'), 'rules:\n  placeholdr: off\n');
    expect(() => loadConfig(join(dir, '.salesplanrc.yaml'), 'en')).toThrow(ConfigError);
    expect(() => loadConfig(join(dir, '.salesplanrc.yaml'), 'en')).toThrow(/\.salesplanrc\.yaml:2.*Unknown rule "placeholdr"/s);
    writeFileSync(join(dir, '.salesplanrc.yaml'), 'rules:\n  placeholder: maybe\n');
    expect(() => loadConfig(join(dir, '.salesplanrc.yaml'), 'en')).toThrow(/:2.*off, warning, error/s);
  });
});

describe('inline disable comments', () => {
  it('disable-next-line, disable … enable, for named rules or all', () => {
    const source = [
      '# 计划', '', '## 一、本月销售目标与分解', '',
      '<!-- salesplan-disable-next-line placeholder -->', '目标XX万元，完成500万元。', '',
      '<!-- salesplan-disable -->', 'X%', '', '<!-- salesplan-enable -->', '', 'X家', '',
    ].join('\n');
    const lines = lintMarkdown(source, { style: 'target' }).messages.filter((m) => m.ruleId === 'placeholder').map((m) => m.line);
    expect(lines).toEqual([13]);
  });
});

describe('--fix', () => {
  it('adds skeletons of the missing sections in order, then reports what is left to fill', () => {
    const dir = tempDir();
    const file = join(dir, 'plan.md');
    writeFileSync(file, '# 计划\n\n## 一、本月销售目标与分解\n\n完成500万元。\n\n## 五、风险管理与应对措施\n\n应对：加强回款。\n');
    const result = lintFile(file, { lang: 'zh-CN', config: EMPTY_CONFIG, style: 'target', fix: true });
    expect(result.fixed).toBe(5);
    const text = readFileSync(file, 'utf8');
    const headings = text.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual(['## 一、本月销售目标与分解', '## 二、市场分析与机会挖掘', '## 三、销售策略与执行方案', '## 四、团队建设与能力提升', '## 五、风险管理与应对措施', '## 六、预算与资源配置', '## 七、绩效评估与回顾']);
    expect(result.messages.filter((m) => m.ruleId === 'required-sections')).toEqual([]);
    expect(result.messages.filter((m) => m.ruleId === 'placeholder')).toHaveLength(5);
  });

  it('writes English skeletons in an English plan', () => {
    const dir = tempDir();
    const file = join(dir, 'plan.md');
    writeFileSync(file, '# Plan\n\n## 1. Sales targets and breakdown\n\nRevenue 500.\n');
    lintFile(file, { lang: 'en', config: EMPTY_CONFIG, style: 'target', fix: true });
    expect(readFileSync(file, 'utf8')).toContain('## 2. Market analysis and opportunities\n\n[TBD]');
  });
});
