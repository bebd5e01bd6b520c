// Phase timings for `SALESPLAN_TIMING=1`, printed to stderr at exit: where a run spends its time.
const enabled = process.env.SALESPLAN_TIMING === '1';
const start = performance.now();
let last = start;
const marks: Array<[string, number]> = [];

export function mark(phase: string): void {
  if (!enabled) return;
  const now = performance.now();
  marks.push([phase, now - last]);
  last = now;
}

if (enabled) {
  process.on('exit', () => {
    const total = performance.now() - start;
    process.stderr.write(`${marks.map(([p, ms]) => `${ms.toFixed(1).padStart(7)} ms  ${p}`).join('\n')}\n${total.toFixed(1).padStart(7)} ms  total since cli.js loaded\n`);
  });
}
