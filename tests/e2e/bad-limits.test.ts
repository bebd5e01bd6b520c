// The documented size limit of a plan (README, "Limits"; issue 15, item 9): the largest plan it
// accepts is written to DOCX within a bounded heap and time, and one entry more is refused with a
// message before any work is done.
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertNoStackTrace, BIN, runCli, tempDir } from '../helpers.js';
import { largestPlan } from './bad-generators.js';

describe('the largest plan accepted', () => {
  it('five lists of 2,000 entries: valid, and written to DOCX in a 1 GB heap', () => {
    const dir = tempDir();
    const plan = join(dir, 'plan.yaml');
    writeFileSync(plan, largestPlan());
    const started = Date.now();
    const r = spawnSync(process.execPath, ['--max-old-space-size=1024', BIN, 'generate', plan, '-f', 'docx', '-o', join(dir, 'plan.docx'), '-q'], {
      encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8', NO_COLOR: '1' }, timeout: 170_000,
    });
    expect(r.status, r.stderr).toBe(0);
    expect(Date.now() - started).toBeLessThan(170_000);
    expect(readdirSync(dir).sort()).toEqual(['plan.docx', 'plan.yaml']);
  }, 180_000);

  it('one entry more is refused with the limit named, and nothing is written', () => {
    const dir = tempDir();
    const plan = join(dir, 'plan.yaml');
    writeFileSync(plan, largestPlan(2001));
    const r = runCli(['generate', plan, '-f', 'docx', '-o', join(dir, 'plan.docx')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/这个列表有 2001 项，超过上限 2000 项（见 README 的“Limits”一节）/);
    assertNoStackTrace(r.stderr);
    expect(readdirSync(dir)).toEqual(['plan.yaml']);
  }, 60_000);
});
