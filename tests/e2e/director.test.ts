// The pages a director reads first, end to end: every example in both languages gets the summary,
// action list and approval block and still lints clean with its style; each can be turned off by
// flag or plan; the month plan seeded from the year is that month's; English from Chinese data.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_FILES, examplePath } from '../examples.js';
import { runCli, tempDir } from '../helpers.js';

const out = tempDir('salesplan-director-');

function generate(args: string[], name: string): string {
  const file = join(out, name);
  const result = runCli(['generate', ...args, '-o', file, '--force', '-q']);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return file;
}

function lintClean(file: string, style?: string): void {
  const result = runCli(['lint', file, ...(style ? ['--style', style] : [])]);
  expect(result.stdout + result.stderr).toMatch(/0 个错误，0 个警告|0 errors, 0 warnings/);
  expect(result.status).toBe(0);
}

const styleOf = (yaml: string) => /^style:\s*(\w+)/m.exec(readFileSync(examplePath(yaml), 'utf8'))?.[1];

describe('summary, action list and approval block', () => {
  for (const yaml of EXAMPLE_FILES) {
    for (const lang of ['zh-CN', 'en'] as const) {
      it(`${yaml} in ${lang}: present and lint-clean`, () => {
        const file = generate([examplePath(yaml), '--lang', lang], `${yaml}-${lang}.md`);
        const md = readFileSync(file, 'utf8');
        const [summary, actions, approval] = lang === 'en' ? ['## Executive summary', '## Action list', '## Approval'] : ['## 执行摘要', '## 行动清单', '## 审批'];
        expect(md).toContain(summary);
        expect(md).toContain(approval);
        // The summary comes before the first numbered section, the approval block last.
        const firstSection = md.search(/^## (?:一、|1\. )/m);
        expect(md.indexOf(summary)).toBeLessThan(firstSection);
        expect(md.lastIndexOf('\n## ')).toBe(md.indexOf(`\n${approval}`));
        if (md.includes(actions)) expect(md.indexOf(actions)).toBeLessThan(firstSection);
        lintClean(file, styleOf(yaml));
      });
    }
  }

  it('are left out by flags, and by the plan, and the document still lints clean', () => {
    const flagged = readFileSync(generate([examplePath('target-zh.yaml'), '--no-summary', '--no-actions', '--no-approval'], 'off.md'), 'utf8');
    expect(flagged).not.toMatch(/## 执行摘要|## 行动清单|## 审批/);
    lintClean(join(out, 'off.md'), 'target');
    const yaml = join(out, 'plan-off.yaml');
    writeFileSync(yaml, `${readFileSync(examplePath('target-zh.yaml'), 'utf8')}\ndocument:\n  summary: false\n  approval: false\n`);
    const planned = readFileSync(generate([yaml], 'plan-off.md'), 'utf8');
    expect(planned).not.toMatch(/## 执行摘要|## 审批/);
    expect(planned).toContain('## 行动清单');
  });
});

describe('in DOCX', () => {
  it('the English document from Chinese data and the March plan lint clean, approval dates included', () => {
    lintClean(generate([examplePath('target-zh.yaml'), '--lang', 'en', '-f', 'docx'], 'en.docx'), 'target');
    lintClean(generate([examplePath('annual-zh.yaml'), '--month', '2027-03', '-f', 'docx'], 'month-03.docx'), 'target');
  });
});

describe('the month plan seeded from the annual plan', () => {
  const md = () => readFileSync(generate([examplePath('annual-zh.yaml'), '--month', '2027-03'], 'month-03.md'), 'utf8');

  it('mentions no event outside March and labels every comparison', () => {
    const text = md();
    expect(text).not.toMatch(/双十一|双十二/);
    expect(text).toContain('春节后装修季');
    // The year's renewal-rate baseline is last year's level, never "上月".
    expect(text).not.toMatch(/上月\s*80%|上月80%/);
    // March 2027 is 735 of the year's 9,600 (whole 万元 at this size), against 640 in March 2026: +14.8%.
    expect(text).toMatch(/去年同期实际\s*\|\s*735万元\s*\|\s*640万元\s*\|\s*\+14\.8%/);
    // Its year-to-date position, and its own focus.
    // January–March: 1,757 of 9,600 = 18.3%.
    expect(text).toMatch(/年初至今累计（占全年18\.3%）/);
    expect(text).toMatch(/1—3月累计目标1,757万元/);
    // Actions the year gives no month to are marked as the year's.
    expect(text).toContain('（全年行动）');
    lintClean(join(out, 'month-03.md'), 'target');
  });

  it('keeps November’s promotions in November', () => {
    const text = readFileSync(generate([examplePath('annual-zh.yaml'), '--month', '2027-11'], 'month-11.md'), 'utf8');
    expect(text).toMatch(/双十一/);
    expect(text).not.toContain('春节后装修季');
  });

  it('writes last year’s metric levels as notes, not as the month’s baseline', () => {
    const yaml = readFileSync(generate([examplePath('annual-zh.yaml'), '--month', '2027-03', '--emit-yaml'], 'month-03.yaml'), 'utf8');
    expect(yaml).toContain('2026年水平：80%');
    expect(yaml).not.toMatch(/^\s+baseline:/m);
  });
});

describe('English documents from Chinese data', () => {
  it('explain 万元 once, note the Chinese text once, and join lists in English', () => {
    const md = readFileSync(generate([examplePath('target-zh.yaml'), '--lang', 'en'], 'en.md'), 'utf8');
    expect(md.match(/10,000 yuan/g)).toHaveLength(1);
    expect(md).toContain('万元 (10,000 yuan, CNY)');
    expect(md.match(/quoted as written, in Chinese/g)).toHaveLength(1);
    // Outside the user's own words (which are Chinese), no Chinese separators between English items.
    const englishLines = md.split('\n').filter((l) => !/[\u4e00-\u9fff]/.test(l));
    for (const line of englishLines) expect(line).not.toMatch(/[、；]/);
  });
});
