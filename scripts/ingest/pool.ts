// A pool of worker threads running the per-file pipeline. Tasks are handed out
// in submission order to whichever worker is idle; each task's promise settles
// with its own result (as JSON text), so the caller assembles results in input
// order however the workers interleave. A worker that crashes fails the pool: its task and
// every queued one reject with an error naming the file, and the workers are
// stopped, so the run ends instead of waiting for answers that will not come.
import { Worker } from 'node:worker_threads';
import type { RawInput } from './pipeline.ts';

interface Pending {
  task: RawInput;
  resolve: (json: string) => void;
  reject: (error: Error) => void;
}

export class IngestPool {
  readonly #workers: Worker[] = [];
  readonly #idle: Worker[] = [];
  readonly #running = new Map<Worker, Pending>();
  readonly #queue: Pending[] = [];
  readonly #size: number;
  readonly #script: URL;
  #failure: Error | undefined;

  /** `script` is the worker's module: worker.ts, or a stand-in in tests. */
  constructor(size: number, script = new URL('./worker.ts', import.meta.url)) {
    this.#size = size;
    this.#script = script;
  }

  /** The pipeline result of one raw file, as JSON text. */
  run(input: RawInput): Promise<string> {
    return new Promise((resolve, reject) => {
      if (this.#failure) return reject(this.#failure);
      this.#queue.push({ task: input, resolve, reject });
      // Workers start on demand: a run that is all cache hits starts none.
      if (this.#idle.length === 0 && this.#workers.length < this.#size) this.#idle.push(this.#spawn());
      this.#dispatch();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
  }

  #spawn(): Worker {
    const worker = new Worker(this.#script);
    this.#workers.push(worker);
    worker.on('message', (json: string) => {
      const pending = this.#running.get(worker)!;
      this.#running.delete(worker);
      this.#idle.push(worker);
      pending.resolve(json);
      this.#dispatch();
    });
    worker.on('error', (error) => this.#fail(worker, error.message));
    worker.on('exit', (code) => {
      if (this.#running.has(worker)) this.#fail(worker, `worker stopped with exit code ${code}`);
    });
    return worker;
  }

  #dispatch(): void {
    while (this.#idle.length > 0 && this.#queue.length > 0) {
      const worker = this.#idle.shift()!;
      const pending = this.#queue.shift()!;
      this.#running.set(worker, pending);
      worker.postMessage(pending.task);
    }
  }

  #fail(worker: Worker, message: string): void {
    const pending = this.#running.get(worker);
    this.#running.delete(worker);
    this.#failure ??= new Error(`${pending ? pending.task.path : 'a worker'}: ${message}`);
    pending?.reject(this.#failure);
    for (const queued of this.#queue.splice(0)) queued.reject(this.#failure);
    void this.close();
  }
}
