#!/usr/bin/env node
// node scripts/build/cli.ts [--root DIR] [--outDir DIR]: the site's build. A
// rebuild over the same code as the last full build takes the one-file path
// (onefast.ts: only the pages and index parts the changed documents touch);
// anything else — the first build, a code change, the path declining or
// failing — runs `astro build` with the same arguments.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { enableCompileCache } from '../ingest/compile-cache.ts';

// As Astro's CLI does for its build: the pages' and integrations' TypeScript is stripped once, not on every rebuild,
// here and in the steps' workers and processes. Enabled before the modules below are loaded.
enableCompileCache();
const { declined, onefast } = await import('./onefast.ts');

const args = process.argv.slice(2);
const { values, tokens } = parseArgs({ args, options: { root: { type: 'string' }, outDir: { type: 'string' } }, strict: false, tokens: true });
// Any other argument (--force, --mode, …) is Astro's to read: a full build with it.
const others = tokens.filter((t) => (t.kind === 'option' && t.name !== 'root' && t.name !== 'outDir') || t.kind === 'positional');
const given = (v: string | boolean | undefined) => (typeof v === 'string' ? v : undefined);
const root = path.resolve(given(values.root) ?? process.cwd());
const outDir = path.resolve(root, given(values.outDir) ?? 'dist');
// As astro.config.mjs: ASTRO_CACHE_DIR, else Astro's default.
const cacheDir = path.resolve(root, process.env.ASTRO_CACHE_DIR ?? 'node_modules/.astro');
const log = (line: string) => console.log(`${new Date().toTimeString().slice(0, 8)} [onefast] ${line}`);
const options = { root, outDir, cacheDir, log };

const why = others.length > 0 ? `arguments for astro build: ${args.join(' ')}` : declined(options);
let done = false;
if (why) log(`full build: ${why}`);
else {
  try {
    const r = await onefast(options);
    log(`one-file path: ${r.rendered} of ${r.pages} pages rendered, ${r.removed} removed`);
    done = true;
  } catch (error) {
    const { stepsStarted } = error as { stepsStarted?: boolean };
    if (stepsStarted) {
      // Pagefind's and the other steps' processes may still be writing into the cache folder: no full build beside them.
      log(`one-file path failed; its state is removed, so the next build is a full one: ${(error as Error).stack ?? error}`);
      process.exit(1);
    }
    log(`one-file path failed, full build instead: ${(error as Error).stack ?? error}`);
  }
}
if (!done) {
  const astro = path.join(import.meta.dirname, '../../node_modules/astro/bin/astro.mjs');
  const result = spawnSync(process.execPath, [astro, 'build', ...args], { stdio: 'inherit', cwd: process.cwd() });
  process.exitCode = result.status ?? 1;
}
