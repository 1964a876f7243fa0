// Node's compile cache for ingest's process and its pool's workers, as Astro's
// CLI enables it for the build (astro/bin/astro.mjs; not in CI, where it is
// never read again). Without it every run strips the pipeline's TypeScript
// again, loading Node's stripper first, on the main thread and in each worker:
// a fixed cost of every run, the one-file run's included (docs/performance.md,
// onefile2). A worker thread does not inherit it: it is started with the
// folder in its environment.
import module from 'node:module';

/** Enables the cache for this process unless in CI or the environment decides (NODE_COMPILE_CACHE, NODE_DISABLE_COMPILE_CACHE). */
export function enableCompileCache(): void {
  if (process.env.CI || process.env.NODE_COMPILE_CACHE || process.env.NODE_DISABLE_COMPILE_CACHE) return;
  try {
    module.enableCompileCache?.();
  } catch {
    // A cache that cannot be enabled costs time, not correctness.
  }
}

/** A worker's environment: this process's, with the folder of the cache it enabled, if any. */
export function workerEnv(): NodeJS.ProcessEnv {
  const dir = module.getCompileCacheDir?.();
  return dir && !process.env.NODE_COMPILE_CACHE && !process.env.NODE_DISABLE_COMPILE_CACHE ? { ...process.env, NODE_COMPILE_CACHE: dir } : process.env;
}
