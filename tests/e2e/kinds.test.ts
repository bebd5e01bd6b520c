// Annual and quarterly plans, month plans seeded from the annual one, customer tiers from CRM
// exports and plan-versus-actual reviews, through the built binary as a manager would run them.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { customerVariants, type CustomerVariants } from '../data-fixtures.js';
import { assertNoStackTrace, EXAMPLES, runCli, tempDir } from '../helpers.js';

function copyExamples(...names: string[]): string {
  const dir = tempDir();
  for (const name of names) copyFileSync(join(EXAMPLES, name), join(dir, name));
  return dir;
}

describe('annual and quarterly plans', () => {
  it('generate Markdown and DOCX', () => {
    const dir = copyExamples('annual-zh.yaml', 'quarterly-zh.yaml', 'customers.csv');
    for (const plan of ['annual-zh', 'quarterly-zh']) {
      for (const format of ['md', 'docx']) {
        const r = runCli(['generate', join(dir, `${plan}.yaml`), '-f', format]);
        expect(r.status, r.stderr).toBe(0);
        expect(existsSync(join(dir, `${plan}.${format}`))).toBe(true);
      }
    }
    const md = readFileSync(join(dir, 'annual-zh.md'), 'utf8');
    expect(md).toContain('| **第一季度小计** |');
    expect(md).toContain('| **全年合计**');
    const lint = runCli(['lint', join(dir, 'annual-zh.md'), join(dir, 'quarterly-zh.md'), join(dir, 'annual-zh.docx'), join(dir, 'quarterly-zh.docx')]);
    expect(lint.status, lint.stdout).toBe(0);
  });

  it('seeds a month plan file from the annual plan with --month --emit-yaml', () => {
    const dir = copyExamples('annual-zh.yaml');
    const r = runCli(['generate', join(dir, 'annual-zh.yaml'), '--month', '2027-03', '--emit-yaml']);
    expect(r.status, r.stderr).toBe(0);
    const file = join(dir, 'annual-zh-2027-03.yaml');
    const yaml = readFileSync(file, 'utf8');
    expect(yaml).toContain('period: 2027-03');
    // March's share of 9,600, in whole 万元 (the month is in the hundreds).
    expect(yaml).toContain('revenue: 735\n');
    expect(yaml).toContain('last_year_revenue: 640');
    const check = runCli(['validate', file]);
    expect(check.status, check.stderr).toBe(0);
    const doc = runCli(['generate', file, '-o', '-']);
    expect(doc.stdout).toContain('# 2027年3月销售工作计划');

    const direct = runCli(['generate', join(dir, 'annual-zh.yaml'), '--month', '3', '-o', '-']);
    expect(direct.status).toBe(0);
    expect(direct.stdout).toContain('735万元');
  });

  it('refuses --month where it makes no sense', () => {
    const dir = copyExamples('annual-zh.yaml', 'target-zh.yaml');
    const cases: Array<[string[], RegExp]> = [
      [['generate', join(dir, 'target-zh.yaml'), '--month', '2026-12', '--emit-yaml'], /--month 只用于年度计划/],
      [['generate', join(dir, 'annual-zh.yaml'), '--month', '2028-01', '--emit-yaml'], /不在计划年度 2027 内/],
      [['generate', join(dir, 'annual-zh.yaml'), '--month', '13', '--emit-yaml'], /不是月份/],
      [['generate', join(dir, 'annual-zh.yaml'), '--emit-yaml'], /--emit-yaml 需要和 --month 一起使用/],
    ];
    for (const [args, message] of cases) {
      const r = runCli(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      assertNoStackTrace(r.stderr);
    }
    expect(existsSync(join(dir, 'annual-zh-2028-01.yaml'))).toBe(false);
  });
});

describe('salesplan tiers', () => {
  let v: CustomerVariants;
  beforeAll(async () => {
    v = await customerVariants();
  });

  it('prints the tier table with each tier’s rule', () => {
    const r = runCli(['tiers', v.utf8, '--as-of', '2026-12-31', '--unit', '万元']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('40 家客户，基准日 2026-12-31');
    expect(r.stdout).toMatch(/\| 核心客户 \| R≤30天，F≥4次，M≥1\.5倍 +\| +8 \| +20% \| +834\.3 \| +63\.5% \|/);
    expect(r.stdout).toMatch(/\| 流失客户 .*\| +4 \| +10% \|/);
  });

  it('gives the same table from GBK, UTF-8 with BOM, UTF-16 and .xlsx as from UTF-8', () => {
    const json = (file: string) => runCli(['tiers', file, '--as-of', '2026-12-31', '--format', 'json']).stdout;
    const reference = json(v.utf8);
    expect(JSON.parse(reference).tiers.map((t: { count: number }) => t.count)).toEqual([8, 12, 16, 4]);
    for (const file of [v.gbk, v.bom, v.utf16, v.xlsx]) expect(json(file), file).toBe(reference);
  });

  it('takes thresholds from flags and writes the customer list as CSV for the CRM', () => {
    const dir = tempDir();
    const out = join(dir, '客户分层.csv');
    const r = runCli(['tiers', v.xlsx, '--as-of', '2026-12-31', '--core', '30,4,2', '--format', 'csv', '-o', out]);
    expect(r.status, r.stderr).toBe(0);
    const csv = readFileSync(out, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff); // so Excel opens it as UTF-8
    expect(csv.split('\r\n')[0]).toBe('\uFEFF客户,客户层级,R（天）,F（次）,销售额,M（倍）,源文件行号');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(41);
    const bad = runCli(['tiers', v.utf8, '--core', '30,4']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--core');
  });

  it('names the row and column of every bad cell, and exits 1', () => {
    const dir = tempDir();
    const file = join(dir, 'bad.csv');
    writeFileSync(file, '客户名称,最近购买日期,订单数,销售额\n甲公司,2026-13-01,3,12.5\n乙公司,2026-11-02,两次,8\n');
    const r = runCli(['tiers', file, '--as-of', '2026-12-31']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('bad.csv:2:5');
    expect(r.stderr).toContain('第 B 列（最近购买日期）：“2026-13-01”不是日期');
    expect(r.stderr).toContain('bad.csv:3:16');
    assertNoStackTrace(r.stderr);
  });

  it('refuses files that are not customer lists', () => {
    const dir = tempDir();
    const fake = join(dir, 'fake.xlsx');
    writeFileSync(fake, 'not a spreadsheet');
    for (const [file, message] of [[fake, /不是有效的 \.xlsx/], [join(EXAMPLES, 'target-zh.yaml'), /不是表格文件/], [join(dir, 'missing.csv'), /找不到文件/]] as const) {
      const r = runCli(['tiers', file]);
      expect(r.status, file).toBe(2);
      expect(r.stderr).toMatch(message);
      assertNoStackTrace(r.stderr);
    }
  });

  it('a plan’s customer list shows as its tier table; a bad list stops the plan at customers.file', () => {
    const dir = copyExamples('quarterly-zh.yaml', 'customers.csv');
    const ok = runCli(['generate', join(dir, 'quarterly-zh.yaml'), '-o', '-']);
    expect(ok.stdout).toContain('| 核心客户 | R≤30天，F≥4次，M≥1.5倍');
    writeFileSync(join(dir, 'customers.csv'), '客户名称,最近购买日期,订单数,销售额\n甲公司,昨天,3,12.5\n');
    const bad = runCli(['validate', join(dir, 'quarterly-zh.yaml')]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/quarterly-zh\.yaml:\d+:\d+ +错误 +客户清单 customers\.csv 无法使用/);
    expect(bad.stderr).toContain('customers.csv:2:5');
  });
});

describe('salesplan review', () => {
  it('writes the review with attainment checked by hand, flags what is under 80%, and seeds next month', () => {
    const dir = copyExamples('target-zh.yaml', 'actuals-2026-12.csv');
    const r = runCli(['review', join(dir, 'target-zh.yaml'), '--actuals', join(dir, 'actuals-2026-12.csv'), '--next', '--growth', '8']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('2026-12 销售总额达成率 94.5%');
    expect(r.stderr).toContain('低于 80% 的项目：K5 指纹锁（工程款） 76.6%、C2 智能猫眼 74.9%、工程直销 79.5%、刘洋 73.5%');
    const md = readFileSync(join(dir, 'target-zh-review.md'), 'utf8');
    expect(md).toContain('# 2026年12月销售计划执行回顾');
    expect(md).toMatch(/\| 销售总额 \| +860 \| +812\.6 \| +94\.5% \| +-47\.4 \|/);
    expect(md).toMatch(/\| K5 指纹锁（工程款） \| +220 \| +168\.5 \| +76\.6% \| +-51\.5 \| ⚠ 需改进 \|/);
    const next = join(dir, 'plan-2027-01.yaml');
    // 860 × 1.08 = 928.8, in whole 万元 as the plan's other figures of hundreds are.
    expect(readFileSync(next, 'utf8')).toContain('revenue: 929');
    expect(runCli(['validate', next]).status).toBe(0);
    const lint = runCli(['lint', join(dir, 'target-zh-review.md')]);
    expect(lint.status, lint.stdout).toBe(0);
  });

  it('writes DOCX and English too', () => {
    const dir = copyExamples('target-zh.yaml', 'actuals-2026-12.csv');
    const r = runCli(['review', join(dir, 'target-zh.yaml'), '--actuals', join(dir, 'actuals-2026-12.csv'), '-f', 'docx', '--lang', 'en']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('94.5% of the revenue target');
    expect(readFileSync(join(dir, 'target-zh-review.docx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('reports actuals the plan cannot place, and writes nothing', () => {
    const dir = copyExamples('target-zh.yaml');
    const actuals = join(dir, 'actuals.csv');
    writeFileSync(actuals, '类别,名称,实际\n总计,销售总额,800\n产品,S9 人脸识别锁,400\n');
    const r = runCli(['review', join(dir, 'target-zh.yaml'), '--actuals', actuals]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('actuals.csv:3:2');
    expect(r.stderr).toContain('计划中没有名为「S9 人脸识别锁」的产品线。是不是「S9 人脸识别智能锁」？');
    expect(existsSync(join(dir, 'target-zh-review.md'))).toBe(false);

    writeFileSync(actuals, 'period: 2026-11\ntotal: 800\n');
    const wrongPeriod = runCli(['review', join(dir, 'target-zh.yaml'), '--actuals', actuals.replace(/\.csv$/, '.yaml')]);
    expect(wrongPeriod.status).toBe(2); // the .yaml file does not exist
    writeFileSync(actuals.replace(/\.csv$/, '.yaml'), 'period: 2026-11\ntotal: 800\n');
    const mismatch = runCli(['review', join(dir, 'target-zh.yaml'), '--actuals', actuals.replace(/\.csv$/, '.yaml')]);
    expect(mismatch.status).toBe(1);
    expect(mismatch.stderr).toContain('实际数据属于 2026-11，而计划期间是 2026-12');

    const none = runCli(['review', join(dir, 'target-zh.yaml')]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('--actuals');
    assertNoStackTrace(r.stderr + mismatch.stderr + none.stderr);
  });
});
