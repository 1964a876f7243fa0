// A pool of worker threads running the per-file pipeline. Tasks are handed out
// in submission order to the least busy worker; each task's promise settles
// with its own result (as JSON text), so the caller assembles results in input
// order however the workers interleave. A worker that crashes fails the pool: its task and
// every queued one reject with an error naming the file, and the workers are
// stopped, so the run ends instead of waiting for answers that will not come.
import { Worker } from 'node:worker_threads';
import type { Relearn } from './boilerplate.ts';
import { workerEnv } from './compile-cache.ts';
import type { RawInput } from './pipeline.ts';
import { addTimes, TIMES_REQUEST, type StageTimes } from './stage-clock.ts';

/** A document that lost learned template lines, to serialize (boilerplate.ts `render`); answered as JSON text of its `Rendered`. */
export interface RenderTask extends Pick<Relearn, 'meta' | 'blocks'> {
  render: true;
  /** The document's raw path, to name it if the worker fails. */
  path: string;
}

interface Pending {
  task: RawInput | RenderTask;
  resolve: (json: string) => void;
  reject: (error: Error) => void;
}

/**
 * Tasks in flight per worker: the next one already waits in the worker's port
 * while it runs the current one, so a worker does not sit idle while the main
 * thread is busy with results (docs/performance.md).
 */
const DEPTH = 2;

export class IngestPool {
  /** Each worker's tasks in flight, in the order it answers them. */
  readonly #running = new Map<Worker, Pending[]>();
  readonly #queue: Pending[] = [];
  /** Each worker's unanswered requests for its stage times. */
  readonly #timeRequests = new Map<Worker, ((times: StageTimes) => void)[]>();
  readonly #size: number;
  readonly #script: URL;
  #failure: Error | undefined;

  /** `script` is the worker's module: worker.ts, or a stand-in in tests. */
  constructor(size: number, script = new URL('./worker.ts', import.meta.url)) {
    this.#size = size;
    this.#script = script;
  }

  /** The pipeline result of one raw file, or a document's rendering, as JSON text. */
  /** With `spawn` false, only workers already started take it (there must be one). */
  run(input: RawInput | RenderTask, spawn = true): Promise<string> {
    return new Promise((resolve, reject) => {
      if (this.#failure) return reject(this.#failure);
      this.#queue.push({ task: input, resolve, reject });
      // Workers start on demand: a run that is all cache hits starts none.
      if (spawn ? this.#running.size < this.#size : this.#running.size === 0) this.#spawn();
      this.#dispatch();
    });
  }

  /**
   * The time every worker spent in each stage so far, summed. Ask once the
   * tasks have settled: a worker answers after the tasks sent before.
   */
  async stageTimes(): Promise<StageTimes> {
    const answers = [...this.#running.keys()].map(
      (worker) =>
        new Promise<StageTimes>((resolve) => {
          this.#timeRequests.get(worker)!.push(resolve);
          worker.postMessage(TIMES_REQUEST);
        }),
    );
    return (await Promise.all(answers)).reduce(addTimes, {});
  }

  /** Workers started so far. */
  get workers(): number {
    return this.#running.size;
  }

  async close(): Promise<void> {
    await Promise.all([...this.#running.keys()].map((worker) => worker.terminate()));
  }

  #spawn(): void {
    const worker = new Worker(this.#script, { env: workerEnv() });
    const running: Pending[] = [];
    this.#running.set(worker, running);
    this.#timeRequests.set(worker, []);
    worker.on('message', (message: string | StageTimes) => {
      if (typeof message !== 'string') return this.#timeRequests.get(worker)!.shift()?.(message);
      running.shift()!.resolve(message);
      this.#dispatch();
    });
    worker.on('error', (error) => this.#fail(worker, error.message));
    worker.on('exit', (code) => {
      if (running.length > 0) this.#fail(worker, `worker stopped with exit code ${code}`);
    });
  }

  #dispatch(): void {
    while (this.#queue.length > 0) {
      const [worker, running] = [...this.#running].reduce((a, b) => (b[1].length < a[1].length ? b : a));
      if (running.length >= DEPTH) return;
      const pending = this.#queue.shift()!;
      running.push(pending);
      worker.postMessage(pending.task);
    }
  }

  #fail(worker: Worker, message: string): void {
    const running = this.#running.get(worker)!.splice(0);
    // The task it was on is the first one it had not answered.
    this.#failure ??= new Error(`${running[0] ? running[0].task.path : 'a worker'}: ${message}`);
    for (const pending of running) pending.reject(this.#failure);
    for (const queued of this.#queue.splice(0)) queued.reject(this.#failure);
    void this.close();
  }
}
