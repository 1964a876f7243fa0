// The output folder is kept from one build to the next (astro.config.mjs:
// vite.build.emptyOutDir false), so that Astro's incremental build leaves an
// unchanged page where it is instead of emptying the folder and copying every
// page back from its cache (which would be most of a one-document rebuild). What that leaves behind is removed here:
// the bundle folder before the build (Vite writes it anew) and, once the pages
// are written, every page of the previous build that this one did not produce
// (a deleted document's pages). The previous build's pages are listed in the
// cache folder; without that list the output folder is searched for them.
// Runs before the integrations that read the pages.
import type { AstroIntegration } from 'astro';
import { mkdir, readdir, readFile, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeAtomic } from '../../core/fs/write-atomic.ts';

/** Folders that their integrations rewrite as a whole. */
const OWNED = new Set(['_astro', 'pagefind', 'search', 'data']);
const LIST = 'pages.json';

export function prune(): AstroIntegration {
  let outDir = '';
  let assetsDir = '_astro';
  let cacheDir = '';
  return {
    name: 'speech-archive:prune',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        assetsDir = config.build.assets;
        cacheDir = path.join(fileURLToPath(config.cacheDir), 'prune');
      },
      'astro:build:start': async () => {
        await rm(path.join(outDir, assetsDir), { recursive: true, force: true });
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const site = fileURLToPath(dir);
        const built = [...assets.values()].flat().map((url) => path.relative(site, fileURLToPath(url))).filter((f) => f.endsWith('.html'));
        const current = new Set(built);
        const previous = await previousPages(cacheDir, site);
        const stale = previous.filter((file) => !current.has(file));
        for (const file of stale) await removeWithEmptyParents(site, file);
        await saveList(cacheDir, [...current].sort());
        if (stale.length > 0) logger.info(`removed ${stale.length} page(s) of an earlier build that this build no longer has`);
      },
    },
  };
}

/** The pages the output folder holds from before: the saved list, or what a search of the folder finds. */
async function previousPages(cacheDir: string, site: string): Promise<string[]> {
  try {
    return JSON.parse(await readFile(path.join(cacheDir, LIST), 'utf8')) as string[];
  } catch {
    return htmlFiles(site, '');
  }
}

async function htmlFiles(site: string, folder: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(path.join(site, folder), { withFileTypes: true })) {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory() && !(folder === '' && OWNED.has(entry.name))) out.push(...(await htmlFiles(site, file)));
    else if (entry.isFile() && entry.name.endsWith('.html')) out.push(file);
  }
  return out;
}

async function removeWithEmptyParents(site: string, file: string): Promise<void> {
  await rm(path.join(site, file), { force: true });
  for (let folder = path.dirname(file); folder !== '.'; folder = path.dirname(folder)) {
    const full = path.join(site, folder);
    const left = await readdir(full).catch(() => undefined);
    if (!left || left.length > 0) break;
    await rmdir(full);
  }
}

async function saveList(cacheDir: string, pages: string[]): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  await writeAtomic(path.join(cacheDir, LIST), JSON.stringify(pages));
}
