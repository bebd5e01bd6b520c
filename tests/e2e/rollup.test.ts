// salesplan rollup: the team examples (examples/teams/) add up to the department plan written by
// hand, the result validates and generates, --check finds a figure that does not add up, and
// plans that cannot be added are refused with both places named.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertNoStackTrace, EXAMPLES, runCli, tempDir } from '../helpers.js';

const TEAMS = join(EXAMPLES, 'teams');
const HANGZHOU = join(TEAMS, 'team-hangzhou.yaml');
const NINGBO = join(TEAMS, 'team-ningbo.yaml');
const DEPT = join(TEAMS, 'department.yaml');

function variant(file: string, edit: (text: string) => string): string {
  const out = join(tempDir(), 'team-variant.yaml');
  writeFileSync(out, edit(readFileSync(file, 'utf8')));
  return out;
}

describe('salesplan rollup', () => {
  it('adds the team plans up to the hand-made department plan, figure for figure', () => {
    const dir = tempDir();
    const out = join(dir, 'dept.yaml');
    const r = runCli(['rollup', HANGZHOU, NINGBO, '--department', '华东销售部', '-o', out]);
    expect(r.status).toBe(0);
    assertNoStackTrace(r.stderr);
    expect(runCli(['validate', out]).status).toBe(0);
    // Compared as derived figures: every total, product line, channel, rep, budget line, metric.
    const diff = JSON.parse(runCli(['diff', out, DEPT, '--format', 'json']).stdout) as { figures: unknown[] };
    expect(diff.figures).toEqual([]);
    const yaml = readFileSync(out, 'utf8');
    expect(yaml).toMatch(/- name: 其他产品及配件\n\s+role: other\n\s+amount: 165\n\s+last_amount: 180/);
    expect(yaml).toContain('owner: 赵磊（杭州组）');
    expect(yaml).toContain('owner: 王建国、刘洋');
    // The department plan generates like any plan.
    expect(runCli(['generate', out, '-o', join(dir, 'dept.md')]).status).toBe(0);
    expect(readFileSync(join(dir, 'dept.md'), 'utf8')).toContain('860');
  });

  it('--check: exit 0 when the department plan is the sum of its teams', () => {
    const r = runCli(['rollup', HANGZHOU, NINGBO, '--check', DEPT]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('department.yaml 的数字与各团队计划之和一致');
  });

  it('--check: lists the figures that do not add up, and exits 1', () => {
    const dept = variant(DEPT, (t) => t.replace('amount: 14.5', 'amount: 15').replace('    target: 90\n    owner: 周敏', '    target: 85\n    owner: 周敏'));
    const r = runCli(['rollup', HANGZHOU, NINGBO, '--check', dept, '--lang', 'en']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/Totals · Budget total +33 万元 +33\.5 万元 +\+0\.5/);
    expect(r.stdout).toMatch(/Budget · 电商促销与直播投放 +14\.5 万元 +15 万元 +\+0\.5/);
    expect(r.stdout).toMatch(/Channels · 抖音直播 +90 万元 +85 万元 +-5/);
    expect(r.stdout).toContain('3 figure(s) and 0 field(s) changed.');
  });

  it('refuses plans of different units, with both places', () => {
    const r = runCli(['rollup', HANGZHOU, variant(NINGBO, (t) => t.replace('unit: 万元', 'unit: 元'))]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/team-variant\.yaml:8:7 +错误 +金额单位为 元，与 .*team-hangzhou\.yaml:9（万元）不同/);
    expect(r.stderr).toContain('未写出部门计划');
    assertNoStackTrace(r.stderr);
  });

  it('refuses a product spelt two ways and a rep in two teams', () => {
    const r = runCli(['rollup', HANGZHOU, variant(NINGBO, (t) => t.replace('name: S9 人脸识别智能锁', 'name: S9人脸识别智能锁').replace('name: 周敏', 'name: 赵磊')), '--lang', 'en']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/The product line "S9人脸识别智能锁" is spelt "S9 人脸识别智能锁" in .*team-hangzhou\.yaml:36/);
    expect(r.stderr).toMatch(/赵磊 is also in the team of .*team-hangzhou\.yaml:\d+/);
  });

  it('refuses plans of different periods', () => {
    const r = runCli(['rollup', HANGZHOU, variant(NINGBO, (t) => t.replace('period: 2026-12', 'period: 2026-11'))]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('期间为 2026-11');
  });
});
