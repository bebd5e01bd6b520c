// Phase timings for `SALESPLAN_TIMING=1`, printed to stderr at exit: where a run spends its time.
import { writeFileSync } from 'node:fs';
const enabled = process.env.SALESPLAN_TIMING === '1';
// process.hrtime, not performance.now(): the global `performance` loads perf_hooks on first use,
// and this module is loaded by every run.
const now = (): number => Number(process.hrtime.bigint()) / 1e6;
const start = now();
let last = start;
const marks: Array<[string, number]> = [];

export function mark(phase: string): void {
  if (!enabled) return;
  const at = now();
  marks.push([phase, at - last]);
  last = at;
}

// For the benchmark: the process's peak memory, written where SALESPLAN_BENCH_RSS says, at exit.
const rssFile = process.env.SALESPLAN_BENCH_RSS;
if (rssFile) {
  process.on('exit', () => {
    try {
      writeFileSync(rssFile, String(process.resourceUsage().maxRSS));
    } catch {
      // the benchmark reports memory as unknown
    }
  });
}

if (enabled) {
  process.on('exit', () => {
    const total = now() - start;
    process.stderr.write(`${marks.map(([p, ms]) => `${ms.toFixed(1).padStart(7)} ms  ${p}`).join('\n')}\n${total.toFixed(1).padStart(7)} ms  total since cli.js loaded\n`);
  });
}
