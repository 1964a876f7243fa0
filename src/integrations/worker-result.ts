// A build step run in a worker thread that answers with one message and
// exits: the answer, or an error naming the step when it stopped without one.
import { Worker } from 'node:worker_threads';

export function workerResult<T>(script: URL, workerData: unknown, step: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData });
    let answer: { value: T } | undefined;
    worker.once('message', (value: T) => (answer = { value }));
    worker.once('error', reject);
    worker.once('exit', (code) => (answer ? resolve(answer.value) : reject(new Error(`${step}: its worker stopped (exit code ${code}) before it finished`))));
  });
}
