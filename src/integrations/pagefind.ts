// Builds the Pagefind index of the document pages through its Node API once
// Astro has written every page (astro:build:done). The search page uses it for
// word-level related results when no document holds the exact phrase
// (src/lib/search/related.ts). A full index is kept in Astro's cache; later
// builds restore it and index only the pages changed since into a delta
// bundle (src/lib/pagefind/plan.ts says why and when).
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { access, cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefindApi from 'pagefind';
import { writeAtomic } from '../../core/fs/write-atomic.ts';
import { DELTA_META, planIndex, snapshotId, type DeltaState, type Snapshot } from '../lib/pagefind/plan.ts';

/** Bumped when what is indexed, or how, changes: a cached bundle of another version is not reused. */
const INDEX_VERSION = 1;

export function pagefind(): AstroIntegration {
  let cacheDir = '';
  let root = '';
  return {
    name: 'speech-archive:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = path.join(fileURLToPath(config.cacheDir), 'pagefind');
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const took = () => `in ${Math.round(performance.now() - started)} ms`;
        const pages = await documentPages(site);
        const version = `${INDEX_VERSION}/pagefind ${await pagefindVersion(root)}`;
        const previous = await readSnapshot(cacheDir);
        const plan = planIndex(previous, digests(pages), version);
        const kept = await readDeltaState(site);
        await rm(path.join(site, 'pagefind-delta'), { recursive: true, force: true });
        try {
          if (plan.kind === 'full') {
            await rm(path.join(site, 'pagefind'), { recursive: true, force: true });
            await indexFull(site, path.join(site, 'pagefind'));
            const snapshot = { version, pages: digests(pages) };
            await saveSnapshot(cacheDir, path.join(site, 'pagefind'), snapshot);
            await writeDeltaState(site, { base: snapshotId(snapshot), delta: false, superseded: [] });
            logger.info(`indexed ${pages.size} pages (full index: ${plan.reason}) ${took()}`);
          } else {
            const base = snapshotId(previous!);
            // The output folder is kept between builds: it may hold this full index already.
            if (kept?.base !== base || !(await exists(path.join(site, 'pagefind', 'pagefind-entry.json')))) {
              await rm(path.join(site, 'pagefind'), { recursive: true, force: true });
              await cp(path.join(cacheDir, 'bundle'), path.join(site, 'pagefind'), { recursive: true });
            }
            if (plan.add.length) await indexDelta(site, plan.add.map((url) => pages.get(url)!), path.join(site, 'pagefind-delta'));
            await writeDeltaState(site, { base, delta: plan.add.length > 0, superseded: plan.superseded });
            logger.info(`indexed ${plan.add.length} changed pages into the delta bundle; ${plan.superseded.length} records of the cached index superseded ${took()}`);
          }
        } finally {
          await pagefindApi.close();
        }
      },
    },
  };
}

interface Page {
  /** Path of the page inside the built site, as Pagefind derives its URL from it. */
  sourcePath: string;
  sha256: string;
}

/** The document pages, by URL. Only they carry data-pagefind-body. */
async function documentPages(site: string): Promise<Map<string, Page>> {
  const pages = new Map<string, Page>();
  const ids = (await readdir(path.join(site, 'documents'), { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  for (const id of ids) {
    const sourcePath = `documents/${id}/index.html`;
    const html = await readFile(path.join(site, sourcePath), 'utf8');
    pages.set(`/documents/${id}/`, { sourcePath, sha256: createHash('sha256').update(html).digest('hex') });
  }
  return pages;
}

const digests = (pages: Map<string, Page>) => Object.fromEntries([...pages].map(([url, p]) => [url, p.sha256]));

async function newIndex(): Promise<pagefindApi.PagefindIndex> {
  const { index, errors } = await pagefindApi.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  return index;
}

async function write(index: pagefindApi.PagefindIndex, outputPath: string): Promise<void> {
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
}

async function indexFull(site: string, outputPath: string): Promise<void> {
  const index = await newIndex();
  const added = await index.addDirectory({ path: site, glob: 'documents/*/index.html' });
  if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  await write(index, outputPath);
}

async function indexDelta(site: string, pages: Page[], outputPath: string): Promise<void> {
  const index = await newIndex();
  for (const page of pages) {
    const html = markDelta(await readFile(path.join(site, page.sourcePath), 'utf8'), page.sourcePath);
    const added = await index.addHTMLFile({ sourcePath: page.sourcePath, content: html });
    if (added.errors.length) throw new Error(`pagefind: ${page.sourcePath}: ${added.errors.join('; ')}`);
  }
  await write(index, outputPath);
}

/** Tags a delta record (see DELTA_META) inside the indexed body, where Pagefind reads metadata. */
function markDelta(html: string, file: string): string {
  const marked = html.replace(/<article\b[^>]*\bdata-pagefind-body\b[^>]*>/, (open) => `${open}<span hidden data-pagefind-meta="${DELTA_META}:1"></span>`);
  if (marked === html) throw new Error(`pagefind: ${file} has no <article data-pagefind-body> to index`);
  return marked;
}

async function readSnapshot(cacheDir: string): Promise<Snapshot | undefined> {
  try {
    const snapshot = JSON.parse(await readFile(path.join(cacheDir, 'snapshot.json'), 'utf8')) as Snapshot;
    await readdir(path.join(cacheDir, 'bundle'));
    return snapshot;
  } catch {
    return undefined; // none yet, or unreadable: a full index rebuilds both
  }
}

/** Keeps a copy of the full bundle and the digests it was built from; the snapshot is written last, so a half-saved cache is never used. */
async function saveSnapshot(cacheDir: string, bundle: string, snapshot: Snapshot): Promise<void> {
  await rm(cacheDir, { recursive: true, force: true });
  await mkdir(cacheDir, { recursive: true });
  await cp(bundle, path.join(cacheDir, 'bundle'), { recursive: true });
  await writeAtomic(path.join(cacheDir, 'snapshot.json'), JSON.stringify(snapshot));
}

const exists = (file: string) => access(file).then(() => true, () => false);

async function readDeltaState(site: string): Promise<DeltaState | undefined> {
  try {
    return JSON.parse(await readFile(path.join(site, 'pagefind-delta', 'state.json'), 'utf8')) as DeltaState;
  } catch {
    return undefined;
  }
}

async function writeDeltaState(site: string, state: DeltaState): Promise<void> {
  await mkdir(path.join(site, 'pagefind-delta'), { recursive: true });
  await writeFile(path.join(site, 'pagefind-delta', 'state.json'), JSON.stringify(state));
}

async function pagefindVersion(root: string): Promise<string> {
  const pkg = JSON.parse(await readFile(path.join(root, 'node_modules', 'pagefind', 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}
