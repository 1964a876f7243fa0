// A build step run in a worker thread or a child process that answers with
// one message and exits: the answer, or an error naming the step when it
// stopped without one.
import { fork } from 'node:child_process';
import module from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * The environment of a step's worker or process: with the compile cache that Astro's CLI enabled for
 * the build's process (astro/bin/astro.mjs, not in CI), which a worker or child does not inherit.
 * Without it each one strips its modules' TypeScript again, loading Node's stripper first: ~0.3 CPU-s
 * per worker or process of every build, one-file rebuilds included (docs/performance.md, twenty-eighth session).
 */
function stepEnv(): NodeJS.ProcessEnv {
  const dir = module.getCompileCacheDir?.();
  return dir && !process.env.NODE_COMPILE_CACHE && !process.env.NODE_DISABLE_COMPILE_CACHE ? { ...process.env, NODE_COMPILE_CACHE: dir } : process.env;
}

export function workerResult<T>(script: URL, workerData: unknown, step: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData, env: stepEnv() });
    let answer: { value: T } | undefined;
    worker.once('message', (value: T) => (answer = { value }));
    worker.once('error', reject);
    worker.once('exit', (code) => (answer ? resolve(answer.value) : reject(new Error(`${step}: its worker stopped (exit code ${code}) before it finished`))));
  });
}

/**
 * The same for a step run in a child process of its own (childAnswer in the
 * script): its memory is then not the build's process's, and leaves with it.
 */
export function processResult<T>(script: URL, data: unknown, step: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(script), [JSON.stringify(data)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env: stepEnv() });
    let answer: { value: T } | undefined;
    child.once('message', (value) => (answer = { value: value as T }));
    child.once('error', reject);
    // 'close', not 'exit': 'exit' can come while a large answer is still being read from the channel (the glossary's,
    // under load: the build failed although the child had answered); 'close' comes once the channel is closed too.
    child.once('close', (code, signal) => (answer ? resolve(answer.value) : reject(new Error(`${step}: its process stopped (${signal ?? `exit code ${code}`}) before it finished`))));
  });
}

/** In a script processResult started: its job, and how it answers (then exits). */
export function childJob<J>(): J {
  // Its parent gone (the build stopped), the step has no one to answer.
  process.once('disconnect', () => process.exit(1));
  return JSON.parse(process.argv[2]!) as J;
}

export function childAnswer(value: unknown): void {
  process.send!(value, () => process.disconnect());
}
