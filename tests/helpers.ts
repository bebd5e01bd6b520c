// Shared test helpers: run the built binary as a user would, and locate repository files.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BIN = join(ROOT, 'bin', 'salesplan.cjs');
export const EXAMPLES = join(ROOT, 'examples');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): CliResult {
  const result: SpawnSyncReturns<string> = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    input: options.input,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, LANG: 'C.UTF-8', LANGUAGE: undefined, LC_ALL: undefined, SALESPLAN_TODAY: '2026-11-23', ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(prefix = 'salesplan-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A stack trace or an internal error must never reach a user. */
export function assertNoStackTrace(text: string): void {
  if (/\n\s+at .+:\d+:\d+\)?/.test(text) || /内部错误|internal error/.test(text)) {
    throw new Error(`output contains a stack trace or internal error:\n${text}`);
  }
}
