// The output folder is kept from one build to the next (astro.config.mjs:
// vite.build.emptyOutDir false), so that Astro's incremental build leaves an
// unchanged page where it is instead of emptying the folder and copying every
// page back from its cache (at 10,000 documents that emptying and copying was
// most of a one-document rebuild). What that leaves behind is removed here:
// the bundle folder before the build (Vite writes it anew) and, once the pages
// are written, every page this build did not produce (a deleted document's
// pages). Runs before the integrations that read the pages.
import type { AstroIntegration } from 'astro';
import { readdir, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folders that their integrations rewrite as a whole. */
const OWNED = new Set(['_astro', 'pagefind', 'pagefind-delta', 'search', 'data']);

export function prune(): AstroIntegration {
  let outDir = '';
  let assetsDir = '_astro';
  return {
    name: 'speech-archive:prune',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        assetsDir = config.build.assets;
      },
      'astro:build:start': async () => {
        await rm(path.join(outDir, assetsDir), { recursive: true, force: true });
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const site = fileURLToPath(dir);
        const built = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        const removed = await removeStalePages(site, site, built);
        if (removed > 0) logger.info(`removed ${removed} page(s) of an earlier build that this build no longer has`);
      },
    },
  };
}

/** Deletes the HTML files under `folder` that the build did not write or restore, and folders left empty; returns how many files. */
async function removeStalePages(site: string, folder: string, built: Set<string>): Promise<number> {
  let removed = 0;
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (folder === site && OWNED.has(entry.name)) continue;
      removed += await removeStalePages(site, file, built);
      if ((await readdir(file)).length === 0) await rmdir(file);
    } else if (entry.name.endsWith('.html') && !built.has(file)) {
      await rm(file);
      removed++;
    }
  }
  return removed;
}
