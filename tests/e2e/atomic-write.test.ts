// A run killed while it writes its output leaves the previous output exactly as it was: the new
// document goes to a temporary file that only a completed write renames into place. The next run
// removes the temporary file the killed one could not.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { BIN, EXAMPLES, runCli, tempDir } from '../helpers.js';

const PLAN = join(EXAMPLES, 'target-zh.yaml');

/** A plan large enough that its DOCX takes many chunks to write. */
function bigPlan(): Record<string, unknown> {
  const products = Array.from({ length: 400 }, (_, i) => ({ name: `产品线 ${i + 1}`, role: 'potential', amount: 10 }));
  return {
    salesplan: 1, kind: 'monthly', style: 'target', period: '2026-12', unit: '万元',
    targets: {
      revenue: 4000, new_customers: { prospects: 40, won: 10, contract_value: 100 }, existing_customers: { upsell: 50 },
      metrics: [{ id: 'renewal_rate', target: 85 }],
    },
    products,
    risks: Array.from({ length: 200 }, (_, i) => ({ risk: `风险 ${i + 1}：${'竞品降价、渠道压货、回款延迟。'.repeat(6)}`, response: '专人跟进'.repeat(10) })),
  };
}

function waitFor(check: () => boolean, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const start = Date.now();
    const tick = () => {
      if (check()) resolve(true);
      else if (Date.now() - start > ms) resolve(false);
      else setTimeout(tick, 5);
    };
    tick();
  });
}

describe('atomic writes', () => {
  it('a run killed mid-write leaves the previous output intact, and the next run cleans up', async () => {
    const dir = tempDir();
    const plan = join(dir, 'plan.yaml');
    const out = join(dir, 'plan.docx');
    writeFileSync(plan, stringify(bigPlan()));
    const previous = Buffer.from('the previous plan, as the manager last sent it');
    writeFileSync(out, previous);

    const child = spawn(process.execPath, [BIN, 'generate', plan, '-f', 'docx', '-o', out, '--force', '-q'], {
      env: { ...process.env, SALESPLAN_TEST_WRITE_DELAY_MS: '200', SALESPLAN_TODAY: '2026-11-23' },
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ? null : code)));
    // Kill it once its temporary file exists: it is then writing, chunk by chunk.
    const writing = await waitFor(() => readdirSync(dir).some((f) => f.endsWith('.tmp')), 30_000);
    expect(writing).toBe(true);
    child.kill('SIGKILL');
    expect(await exited).toBeNull();

    expect(readFileSync(out).equals(previous)).toBe(true);
    const leftovers = readdirSync(dir).filter((f) => f.endsWith('.tmp'));
    expect(leftovers).toHaveLength(1); // SIGKILL gives no chance to clean up

    const again = runCli(['generate', plan, '-f', 'docx', '-o', out, '--force', '-q']);
    expect(again.status, again.stderr).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(dir).sort()).toEqual(['plan.docx', 'plan.yaml']);
  }, 60_000);

  it('Ctrl-C (SIGINT) mid-write leaves the previous output or the whole new one, and no temporary file', async () => {
    const dir = tempDir();
    const plan = join(dir, 'plan.yaml');
    const out = join(dir, 'plan.md');
    writeFileSync(plan, stringify(bigPlan()));
    writeFileSync(out, 'previous');
    const child = spawn(process.execPath, [BIN, 'generate', plan, '-o', out, '--force', '-q', '--no-charts'], {
      env: { ...process.env, SALESPLAN_TEST_WRITE_DELAY_MS: '200' },
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    expect(await waitFor(() => readdirSync(dir).some((f) => f.endsWith('.tmp')), 30_000)).toBe(true);
    child.kill('SIGINT');
    // A write in progress is not cut: Node handles the signal once it returns, after the rename.
    const code = await exited;
    expect([0, 130]).toContain(code);
    const text = readFileSync(out, 'utf8');
    if (code === 130) expect(text).toBe('previous');
    else expect(text.startsWith('# ') && text.includes('风险 200')).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['plan.md', 'plan.yaml']);
  }, 60_000);

  it('Ctrl-C in a batch keeps the documents it finished, says how many, and leaves no temporary file', async () => {
    const dir = tempDir();
    const plans = join(dir, 'plans');
    const out = join(dir, 'out');
    mkdirSync(plans);
    for (let i = 0; i < 8; i++) copyFileSync(PLAN, join(plans, `p${i}.yaml`));
    const child = spawn(process.execPath, [BIN, 'generate', plans, '-o', `${out}/`, '-q', '--no-charts'], {
      env: { ...process.env, SALESPLAN_TEST_WRITE_DELAY_MS: '300', SALESPLAN_WORKERS: '0' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const documents = () => (existsSync(out) ? readdirSync(out).filter((f) => f.endsWith('.md')) : []);
    expect(await waitFor(() => documents().length >= 2, 30_000)).toBe(true);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    const kept = documents().length;
    expect(kept).toBeGreaterThanOrEqual(2);
    expect(kept).toBeLessThan(8);
    expect(stderr).toContain(`已中断：已写完的 ${kept} 个文件保留，未写完的没有写入。`);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 60_000);

  for (const signal of ['SIGHUP', 'SIGTERM'] as const) {
    it(`${signal} mid-write leaves no temporary file and the previous output or the whole new one`, async () => {
      const dir = tempDir();
      const plan = join(dir, 'plan.yaml');
      const out = join(dir, 'plan.md');
      writeFileSync(plan, stringify(bigPlan()));
      writeFileSync(out, 'previous');
      const child = spawn(process.execPath, [BIN, 'generate', plan, '-o', out, '--force', '-q', '--no-charts'], {
        env: { ...process.env, SALESPLAN_TEST_WRITE_DELAY_MS: '200' },
        stdio: 'ignore',
      });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      expect(await waitFor(() => readdirSync(dir).some((f) => f.endsWith('.tmp')), 30_000)).toBe(true);
      child.kill(signal);
      const code = await exited;
      expect([0, 129, 130]).toContain(code);
      const text = readFileSync(out, 'utf8');
      if (code === 0) expect(text.startsWith('# ')).toBe(true);
      else expect(text).toBe('previous');
      expect(readdirSync(dir).sort()).toEqual(['plan.md', 'plan.yaml']);
    }, 60_000);
  }

  it('twenty runs racing for one new output without --force: exactly one writes it, the others are refused', async () => {
    const dir = tempDir();
    const out = join(dir, 'out.md');
    const runs = Array.from({ length: 20 }, () => new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'generate', PLAN, '-o', out, '-q'], { env: { ...process.env, LANG: 'C.UTF-8' }, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('exit', (code) => resolve({ code, stderr }));
    }));
    const results = await Promise.all(runs);
    const ok = results.filter((r) => r.code === 0);
    expect(ok).toHaveLength(1);
    for (const r of results.filter((x) => x.code !== 0)) {
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/已存在，未覆盖/);
    }
    // The winner's charts come with it (written after its document); the refused runs wrote none.
    expect(readdirSync(dir).sort()).toEqual(['out.charts', 'out.md']);
    expect(readdirSync(join(dir, 'out.charts')).length).toBeGreaterThan(0);
    expect(readFileSync(out, 'utf8').startsWith('# ')).toBe(true);
  }, 120_000);

  it('SIGTERM ends a run at once: a read of /dev/zero is refused before it starts, and a long run stops', async () => {
    const started = Date.now();
    const r = runCli(['validate', '/dev/zero']);
    expect(r.status).toBe(2);
    expect(Date.now() - started).toBeLessThan(10_000);
    const dir = tempDir();
    const plan = join(dir, 'plan.yaml');
    writeFileSync(plan, stringify(bigPlan()));
    const child = spawn(process.execPath, [BIN, 'generate', plan, '-f', 'docx', '-o', join(dir, 'plan.docx'), '-q'], { stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const signalled = Date.now();
    child.kill('SIGTERM');
    const code = await exited;
    // 130 from our handler; null when the signal came before Node had installed it.
    expect([0, 130, null]).toContain(code);
    expect(Date.now() - signalled).toBeLessThan(30_000);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 60_000);
});
