// What only a real terminal shows (issue 15, items 11–13): a DOCX is never dumped onto it, text from
// files reaches it with its control characters escaped, and a wizard ended by SIGTERM gives the
// cursor back. Run in a pseudo-terminal (node-pty), as a user would.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn, type IPty } from 'node-pty';
import { describe, expect, it } from 'vitest';
import { BIN, EXAMPLES, tempDir } from '../helpers.js';

function inTerminal(args: string[], cwd: string): { pty: IPty; output: () => string; exit: Promise<{ exitCode: number; signal?: number }> } {
  const pty = spawn(process.execPath, [BIN, ...args], {
    cols: 120, rows: 40, cwd,
    env: { ...process.env, LANG: 'zh_CN.UTF-8', NO_COLOR: '1', SALESPLAN_TODAY: '2026-11-23' } as Record<string, string>,
  });
  let output = '';
  pty.onData((d) => (output += d));
  const exit = new Promise<{ exitCode: number; signal?: number }>((resolve) => pty.onExit(resolve));
  return { pty, output: () => output, exit };
}

async function waitFor(check: () => boolean, ms = 20_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 40));
  }
}

describe('a terminal on stdout', () => {
  it('generate -f docx -o - refuses to print a DOCX on a terminal, and writes nothing', async () => {
    const dir = tempDir();
    const run = inTerminal(['generate', join(EXAMPLES, 'target-zh.yaml'), '-f', 'docx', '-o', '-'], dir);
    const { exitCode } = await run.exit;
    expect(exitCode).toBe(2);
    expect(run.output()).toMatch(/DOCX 是二进制文件，不能(显示在终端上|输出到终端)/);
    expect(run.output()).not.toContain('PK\u0003\u0004');
    expect(readdirSync(dir)).toEqual([]);
  }, 60_000);

  it('a customer name that would retitle or clear the terminal is shown escaped', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'c.csv'), '客户名称,最近购买日期,订单数,销售额\n"甲\u001b]0;pwned\u0007公司",2026-11-01,3,12.5\n"乙\u001b[2J公司",2026-11-02,2,3\n');
    const run = inTerminal(['tiers', join(dir, 'c.csv'), '--as-of', '2026-12-31', '--list'], dir);
    const { exitCode } = await run.exit;
    expect(exitCode).toBe(0);
    expect(run.output()).not.toContain('\u001b]0;');
    expect(run.output()).not.toContain('\u001b[2J');
    expect(run.output()).toContain('\\u001B]0;pwned');
  }, 60_000);
});

describe('the wizard ended by a signal', () => {
  it('SIGTERM while a question is shown: exit 130, the cursor shown again, nothing written', async () => {
    const dir = tempDir();
    const run = inTerminal(['new', 'plan.yaml'], dir);
    await waitFor(() => run.output().includes('计划类型'));
    run.pty.kill('SIGTERM');
    const { exitCode } = await run.exit;
    expect(exitCode).toBe(130);
    const out = run.output();
    // Whatever hid the cursor, the last word on it is to show it.
    expect(out.lastIndexOf('\u001b[?25h')).toBeGreaterThan(out.lastIndexOf('\u001b[?25l'));
    expect(readdirSync(dir)).toEqual([]);
  }, 60_000);
});
