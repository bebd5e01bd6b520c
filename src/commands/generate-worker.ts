// A worker thread of a batch (generate-pool.ts): takes plans one at a time, returns what each
// gave. It writes nothing and prints nothing; the main thread does both.
import { parentPort, workerData } from 'node:worker_threads';
import { jobError, producePlan, type GenerateJob } from './generate-job.js';
import type { PoolAnswer } from './generate-pool.js';

export function runGenerateWorker(): void {
  const port = parentPort;
  if (!port) return;
  const { job } = workerData as { job: GenerateJob };
  port.on('message', async ({ index, file }: { index: number; file: string }) => {
    let answer: PoolAnswer;
    try {
      answer = { index, produced: await producePlan(file, job) };
    } catch (error) {
      answer = { index, failed: jobError(error) };
    }
    // A DOCX's bytes are handed over, not copied.
    const data = 'produced' in answer ? answer.produced.data : undefined;
    port.postMessage(answer, data instanceof Uint8Array && data.byteOffset === 0 && data.byteLength === data.buffer.byteLength ? [data.buffer as ArrayBuffer] : []);
  });
}
