import { describe, expect, it } from 'vitest';
import { targetStyle } from '../../src/styles/target.js';
import { basePlan } from '../plan-fixture.js';
import { toString } from 'mdast-util-to-string';
import { headings, parseMarkdown, renderPlan, tables } from '../render-fixture.js';
import { DIRECTOR_TITLES } from '../examples.js';

function hostilePlan() {
  const p = basePlan();
  p.org.company = '`公司` <b>粗</b>';
  p.focus = ['# 不是标题', '1. 不是编号', '> 不是引用'];
  p.products[0].name = 'A|B **粗** _斜_';
  p.products[1].name = '# 井号开头';
  p.channels = [{ name: '直销\n第二行', type: 'direct', target: 500, actions: ['第一步 | 第二步', '- 看起来像列表'] }];
  p.risks[0].risk = '## 风险标题\n换行后 | 竖线';
  p.risks[0].response = '[链接](http://example.com) ![图](x.png)';
  p.sections = { market: { bullets: ['## 追加的要点', '| 竖线 |'] } };
  return p;
}

const HOSTILE_MD = await renderPlan(hostilePlan());

describe('user text cannot break the Markdown structure', () => {
  const md = HOSTILE_MD;
  const tree = parseMarkdown(md);

  it('keeps one title and exactly the declared sections', async () => {
    expect(headings(tree, 1)).toHaveLength(1);
    expect(headings(tree, 2).filter((h) => !DIRECTOR_TITLES.test(h))).toEqual(targetStyle.sections.map((s, i) => `${'一二三四五六七'[i]}、${s.title['zh-CN']}`));
    expect(headings(tree).some((h) => h.includes('不是标题') || h.includes('井号开头') || h.includes('风险标题') || h.includes('追加'))).toBe(false);
  });

  it('keeps table cells intact', async () => {
    const all = tables(tree);
    const products = all.find((t) => t[0]![0] === '产品线')!;
    expect(products[1]![0]).toBe('A|B **粗** _斜_');
    expect(products[2]![0]).toBe('# 井号开头');
    const channels = all.find((t) => t[0]![0] === '渠道')!;
    expect(channels[1]![0]).toBe('直销 第二行');
    expect(channels[1]!.at(-1)).toBe('第一步 | 第二步；- 看起来像列表');
    const risks = all.find((t) => t[0]![0] === '类别')!;
    expect(risks[1]![1]).toBe('## 风险标题 换行后 | 竖线');
    // Every row of every table has as many cells as its header.
    for (const table of all) for (const row of table) expect(row).toHaveLength(table[0]!.length);
  });

  it('writes no raw HTML, links or images from user text', async () => {
    const walk = (node: { type: string; children?: unknown[] }): string[] => [node.type, ...(node.children ?? []).flatMap((c) => walk(c as never))];
    const types = new Set(walk(tree as never));
    expect(types.has('html')).toBe(false);
    expect(types.has('link')).toBe(false);
    expect(types.has('image')).toBe(false);
    // The text survives, as text.
    expect(toString(tree)).toContain('`公司` <b>粗</b>销售部');
  });

  it('keeps a bullet that looks like a heading as a bullet', async () => {
    expect(md).toMatch(/- \\?#+ 追加的要点/);
  });
});

describe('control characters', () => {
  it('are removed from the document', async () => {
    const p = basePlan();
    p.products[0].name = 'A\u0007B\u0000C\u001b[31m';
    const md = (await renderPlan(p));
    expect(toString(parseMarkdown(md))).toContain('ABC[31m');
    expect(md).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });
});
