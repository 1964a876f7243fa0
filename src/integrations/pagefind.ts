// Builds the Pagefind index behind the search page's word search (分词,
// ranked by relevance; src/lib/search/words.ts) from the generated documents,
// through Pagefind's Node API: one custom record per document
// (src/lib/pagefind/records.ts), no built page crawled. The index is written
// in shards (src/lib/pagefind/shards.ts), one at a time, each a bundle of its
// own that the browser merges, so Pagefind's process never holds more than one
// shard; a shard whose documents are unchanged is kept from the cache folder.
//
// It needs only the MDX files, so it starts with the build (astro:config:done
// of `astro build`, else astro:build:start) and indexes in Pagefind's process
// while Astro sets up, syncs the content and renders the pages; once the
// pages are written the bundles are put in place under /pagefind/, with
// /pagefind/shards.json naming them. The records are read and handed to
// Pagefind's process from a worker thread (pagefind-worker.ts): on the build's
// thread every step of that exchange waited its turn behind the pages'
// rendering, and Pagefind's process sat idle (docs/performance.md).
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { access, cp, mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefindApi from 'pagefind';
import { siteCodeVersion } from '../../core/cache/code-version.ts';
import { mapConcurrently } from '../../core/concurrently.ts';
import { writeAtomic } from '../../core/fs/write-atomic.ts';
import { loadDocument } from '../lib/exports/paragraphs.ts';
import { pagefindRecord } from '../lib/pagefind/records.ts';
import { planShards, type ShardPlan } from '../lib/pagefind/shards.ts';
import { workerResult } from './worker-result.ts';

/** Bumped when what a record holds changes without a change to the code version (it covers src/lib, src/integrations and packages). */
const INDEX_VERSION = 2;
/** Documents per shard at most on average: what bounds the memory of Pagefind's process (docs/performance.md). */
export const SHARD_DOCUMENTS = 500;
/** The browser's list of shard bundles, in /pagefind/. */
export const SHARD_LIST = 'shards.json';
/** Files read at once. */
const IO_LIMIT = 16;
/** Records handed to Pagefind's process before waiting for its answers. */
const RECORD_BATCH = 64;
/** What Pagefind writes that the word search does not load (its own search UIs). */
const UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight)\./;

export interface PagefindOptions {
  /** Overrides SHARD_DOCUMENTS (tests). */
  shardDocuments?: number;
}

export interface Indexed {
  plan: ShardPlan;
  documents: number;
  /** Milliseconds spent indexing (it overlaps the pages). */
  ms: number;
}

export function pagefind(options: PagefindOptions = {}): AstroIntegration {
  let cacheDir = '';
  let root = '';
  let command = '';
  let indexing: Promise<Indexed> | undefined;
  // The same folder the documents collection loads (src/content.config.ts).
  const documentsDir = () => path.resolve(root, process.env.DOCUMENTS_DIR ?? './content/documents');
  const start = () =>
    inWorker({ documentsDir: documentsDir(), cacheDir: path.join(cacheDir, 'pagefind'), version: `${INDEX_VERSION} ${siteCodeVersion(root)}`, perShard: options.shardDocuments ?? SHARD_DOCUMENTS });
  const begin = () => {
    indexing = start();
    // Awaited in astro:build:done; a build that fails before it must not also report this as unhandled.
    indexing.catch(() => {});
  };
  return {
    name: 'speech-archive:pagefind',
    hooks: {
      'astro:config:setup': ({ command: c }) => {
        command = c;
      },
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        root = fileURLToPath(config.root);
        // A build's documents are all written before it starts: index them while Vite sets up and the content syncs.
        if (command === 'build') begin();
      },
      'astro:build:start': () => {
        if (!indexing) begin();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { plan, documents, ms } = await (indexing ?? start());
        indexing = undefined;
        const publishing = performance.now();
        const site = fileURLToPath(dir);
        // The main and delta bundles of earlier builds.
        await rm(path.join(site, 'pagefind-delta'), { recursive: true, force: true });
        await publish(path.join(cacheDir, 'pagefind', 'bundles'), path.join(site, 'pagefind'), plan);
        report(logger, plan, documents, ms + performance.now() - publishing);
      },
    },
  };
}

/** The time is the indexing's own and the publishing's, not the wait for the pages between them. */
function report(logger: AstroIntegrationLogger, plan: ShardPlan, documents: number, ms: number): void {
  const kept = plan.shards.length - plan.rebuild.length;
  logger.info(`indexed ${documents} documents in ${plan.shards.length} shards (${plan.rebuild.length} indexed, ${kept} kept) in ${Math.round(ms)} ms`);
}

export interface PagefindJob {
  documentsDir: string;
  /** The index's own cache folder. */
  cacheDir: string;
  /** What indexes the records: the record format and the code version. */
  version: string;
  perShard: number;
}

function inWorker(job: PagefindJob): Promise<Indexed> {
  return workerResult<Indexed>(new URL('./pagefind-worker.ts', import.meta.url), job, 'pagefind');
}

/** Indexes the documents of `documentsDir` in shards, keeping the cached bundles of unchanged shards. */
export async function indexShards({ documentsDir, cacheDir, version, perShard }: PagefindJob): Promise<Indexed> {
  const started = performance.now();
  const bundles = path.join(cacheDir, 'bundles');
  await mkdir(bundles, { recursive: true });
  // Anything else there is an earlier layout's (a whole-archive bundle and its snapshot).
  for (const entry of await readdir(cacheDir)) if (entry !== 'bundles') await rm(path.join(cacheDir, entry), { recursive: true, force: true });
  const names = (await readdir(documentsDir).catch((error: Error) => {
    throw new Error(`pagefind: cannot read the documents folder ${documentsDir} (run npm run ingest, or set DOCUMENTS_DIR): ${error.message}`);
  }))
    .filter((n) => n.endsWith('.mdx'))
    .sort();
  // A record is made from the MDX file alone (its paragraph record is tied to its bytes), so the file's bytes stand for it.
  const docs = await mapConcurrently(names, IO_LIMIT, async (name) => ({
    id: name.slice(0, -'.mdx'.length),
    digest: createHash('sha256').update(readFileSync(path.join(documentsDir, name))).digest('hex'),
  }));
  const cached = new Set((await readdir(bundles)).filter((n) => !n.endsWith('.tmp')));
  const plan = planShards(docs, perShard, version, cached);
  const byName = new Map(plan.shards.map((s) => [s.name, s]));
  try {
    for (const name of plan.rebuild) await indexShard(documentsDir, byName.get(name)!.ids, path.join(bundles, name));
  } finally {
    await pagefindApi.close();
  }
  for (const name of plan.unused) await rm(path.join(bundles, name), { recursive: true, force: true });
  return { plan, documents: docs.length, ms: performance.now() - started };
}

/** Indexes one shard into `bundle` (written beside it, then renamed: a bundle in the cache is always whole). */
async function indexShard(documentsDir: string, ids: string[], bundle: string): Promise<void> {
  const { index, errors } = await pagefindApi.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  for (let at = 0; at < ids.length; at += RECORD_BATCH) {
    const batch = ids.slice(at, at + RECORD_BATCH);
    const records = await mapConcurrently(batch, IO_LIMIT, async (id) => pagefindRecord(await loadDocument(documentsDir, id)));
    const added = await Promise.all(records.map((record) => index.addCustomRecord(record)));
    const failed = added.findIndex((a) => a.errors.length);
    if (failed >= 0) throw new Error(`pagefind: ${batch[failed]}.mdx: ${added[failed]!.errors.join('; ')}`);
  }
  const temporary = `${bundle}.tmp`;
  await rm(temporary, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: temporary });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  for (const name of await readdir(temporary)) if (UNUSED.test(name)) await rm(path.join(temporary, name));
  await rm(bundle, { recursive: true, force: true });
  await rename(temporary, bundle);
  // Its process is ended after each shard, so that its memory is one shard's at most.
  await index.deleteIndex();
  await pagefindApi.close();
}

/** Puts this build's bundles under /pagefind/ (a bundle's name changes with its content: one already there is whole and current) and removes the others. */
async function publish(bundles: string, out: string, plan: ShardPlan): Promise<void> {
  await mkdir(out, { recursive: true });
  const names = new Set(plan.shards.map((s) => s.name));
  for (const entry of await readdir(out)) if (!names.has(entry) && entry !== SHARD_LIST) await rm(path.join(out, entry), { recursive: true, force: true });
  for (const name of names) {
    const target = path.join(out, name);
    if (await exists(path.join(target, 'pagefind-entry.json'))) continue;
    await rm(target, { recursive: true, force: true });
    await cp(path.join(bundles, name), `${target}.tmp`, { recursive: true });
    await rename(`${target}.tmp`, target);
  }
  await writeAtomic(path.join(out, SHARD_LIST), JSON.stringify({ shards: plan.shards.map((s) => s.name) }));
}

const exists = (file: string) => access(file).then(() => true, () => false);
