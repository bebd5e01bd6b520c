// A batch's plans worked on in worker threads, one per processor core: a plan's validation,
// document and rendering are plain computation, so a hundred branch plans take about half the
// time on two cores and a quarter on four. Each worker runs the same bundle (through the
// launcher, from its code cache) and returns plain data; the command writes every document in
// the main thread, in the order of the plans, so messages, refusals and exit codes are those of
// a run in one thread.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { GenerateJob, JobError, Produced } from './generate-job.js';

/** What a worker sends back for one plan. */
export type PoolAnswer = { index: number; produced: Produced } | { index: number; failed: JobError };

/** The argument the launcher knows a worker by (bin/salesplan.cjs). */
export const WORKER_ARG = '--salesplan-generate-worker';

/** The launcher that started this process: set by bin/salesplan.cjs, absent when run from sources. */
const launcher = (): string | undefined => (globalThis as { __salesplanLauncher?: string }).__salesplanLauncher;

/** Plans per worker below which starting one (about 60 ms of start-up) does not pay. */
const PLANS_PER_WORKER = 4;
const MAX_WORKERS = 8;
const YOUNG_MB = 64;

/**
 * How many workers a batch of `plans` gets: none from sources (tests run in one thread), when
 * SALESPLAN_WORKERS=0, or on one core; else one per core, at most 8, at least 4 plans each.
 */
export function workersFor(plans: number): number {
  if (!launcher()) return 0;
  const asked = process.env.SALESPLAN_WORKERS;
  const wanted = asked !== undefined && /^\d+$/.test(asked) ? Number(asked) : Math.min(availableParallelism(), MAX_WORKERS);
  const n = Math.min(wanted, Math.floor(plans / PLANS_PER_WORKER));
  return n >= 2 ? n : 0;
}

/** Runs plans in `size` workers; `run` answers in any order, each answer for its plan. */
export class GeneratePool {
  private readonly idle: Worker[] = [];
  private readonly queue: Array<{ index: number; file: string }> = [];
  private readonly waiting = new Map<number, (answer: PoolAnswer) => void>();
  private readonly busy = new Map<Worker, number>();
  private readonly workers: Worker[] = [];
  private readonly alive = new Set<Worker>();

  constructor(size: number, job: GenerateJob) {
    const file = launcher()!;
    for (let i = 0; i < size; i++) {
      // A larger young generation than a worker's default: a plan allocates tens of megabytes of
      // short-lived objects, and fewer collections of them were measured 5-10% faster.
      const worker = new Worker(file, { argv: [WORKER_ARG], workerData: { job }, stdout: false, stderr: false, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } });
      worker.on('message', (answer: PoolAnswer) => this.answered(worker, answer));
      // A worker that dies (a defect, or out of memory) fails the plan it had.
      worker.on('error', (error: Error) => this.answered(worker, { index: this.busy.get(worker) ?? -1, failed: { user: false, message: error.message, ...(error.stack ? { stack: error.stack } : {}) } }, false));
      worker.on('exit', (code) => {
        if (this.busy.has(worker)) this.answered(worker, { index: this.busy.get(worker)!, failed: { user: false, message: `a worker stopped (exit code ${code})` } }, false);
      });
      this.workers.push(worker);
      this.alive.add(worker);
      this.idle.push(worker);
    }
  }

  /** One plan's result; plans are started in the order they are asked for. */
  run(index: number, file: string): Promise<PoolAnswer> {
    return new Promise((resolve) => {
      this.waiting.set(index, resolve);
      this.queue.push({ index, file });
      this.next();
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private next(): void {
    while (this.idle.length && this.queue.length) {
      const worker = this.idle.shift()!;
      const task = this.queue.shift()!;
      this.busy.set(worker, task.index);
      worker.postMessage(task);
    }
  }

  private answered(worker: Worker, answer: PoolAnswer, alive = true): void {
    this.busy.delete(worker);
    const resolve = this.waiting.get(answer.index);
    this.waiting.delete(answer.index);
    resolve?.(answer);
    if (alive) this.idle.push(worker);
    else {
      this.alive.delete(worker);
      // No worker left: what is still queued fails with the same reason rather than waits for ever.
      if (this.alive.size === 0 && 'failed' in answer) {
        for (const task of this.queue.splice(0)) {
          const waiting = this.waiting.get(task.index);
          this.waiting.delete(task.index);
          waiting?.({ index: task.index, failed: answer.failed });
        }
      }
    }
    this.next();
  }
}
