// Builds the Pagefind index behind the search page's word search (分词,
// ranked by relevance; src/lib/search/words.ts) from the generated documents,
// through Pagefind's Node API: one custom record per document
// (src/lib/pagefind/records.ts), no built page crawled. The index is written
// in shards (src/lib/pagefind/shards.ts), one at a time while the pages render
// and two at a time once they are written (SHARDS_AT_ONCE), each a bundle of its
// own that the browser merges, so no Pagefind process holds more than one shard;
// a shard whose documents are unchanged is kept from the cache folder.
//
// It needs only the MDX files, so it starts with the build (astro:config:done
// of `astro build`, else astro:build:start) and indexes in Pagefind's process
// while Astro sets up, syncs the content and renders the pages; once the
// pages are written the bundles are put in place under /pagefind/, with
// /pagefind/shards.json naming them. The records are read and handed to
// Pagefind's process from a worker thread (pagefind-worker.ts): on the build's
// thread every step of that exchange waited its turn behind the pages'
// rendering, and Pagefind's process sat idle (docs/performance.md).
//
// Each shard is indexed by Pagefind's CLI over a temporary folder of pages
// written from the records (recordPage): the same binary as the Node API's
// service, which builds every index twice on writing, so the CLI costs a
// fifth to two fifths less of Pagefind's CPU for byte-identical bundles
// (docs/performance.md, twenty-fourth session). The CLI numbers pages in the
// order the folder lists its entries (a directory walk, unsorted), and that
// order decides the index files and ties between results; so the pages' folders
// are made in an order the folder then lists sorted by id, the API's order,
// and the listing is checked before the CLI runs. Where the file system lists
// by a hash of the names (ext4, APFS) no creation order gives that, and the
// shard goes through the Node API instead, as it does when the binary is missing.
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, opendirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { access, mkdir, readdir, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefindApi from 'pagefind';
import { siteCodeVersion } from '../../core/cache/code-version.ts';
import { mapConcurrently } from '../../core/concurrently.ts';
import { Fingerprints } from '../../core/fs/fingerprints.ts';
import { writeAtomic } from '../../core/fs/write-atomic.ts';
import { loadDocument } from '../lib/exports/paragraphs.ts';
import { pageKeepsValues, pagefindRecord, recordPage } from '../lib/pagefind/records.ts';
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
/**
 * Shards indexed at once once the pages are written (before that one at a time), each by a CLI process of its own
 * (the Node API's shards still one at a time: they share its one service process). While the pages render they
 * and the other steps keep both CPUs busy, and two single-threaded CLIs at once cost more CPU than one after the
 * other (docs/performance.md, fortieth session); after them the shards left would otherwise run on one CPU.
 * Two, where there are two CPUs; memory grows by one shard's process (~0.4 GB).
 */
const SHARDS_AT_ONCE = Math.max(1, Math.min(2, availableParallelism()));
/**
 * Pagefind's CLI on one worker thread of its async runtime (tokio's default is one a CPU): the same bundles, byte for
 * byte (tests/build/pagefind.test.ts compares them with the Node API's), for about a fifth less CPU a shard (9–30% in
 * alternate runs), most of it system time — its allocator's returns of memory to the kernel and the other CPU's TLB
 * flushes each of them costs when two threads share the address space (docs/performance.md, fortieth session).
 * While the pages render both CPUs are busy with them and the other steps anyway.
 */
const CLI_ENV = { TOKIO_WORKER_THREADS: '1' };
/** Records handed to Pagefind's process before waiting for its answers. */
const RECORD_BATCH = 64;
/** The MDX files' stats and digests at the last build, in the index's cache folder (core/fs/fingerprints.ts). */
const FINGERPRINTS = 'documents.files.json';
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
  /** Shards indexed by Pagefind's CLI (the others of plan.rebuild by its Node API). */
  byCli: number;
}

export function pagefind(options: PagefindOptions = {}): AstroIntegration {
  let cacheDir = '';
  let root = '';
  let command = '';
  let indexing: Promise<Indexed> | undefined;
  // Set when the pages are written: the worker then indexes SHARDS_AT_ONCE shards at once.
  const pagesDone = new Int32Array(new SharedArrayBuffer(4));
  // The same folder the documents collection loads (src/content.config.ts).
  const documentsDir = () => path.resolve(root, process.env.DOCUMENTS_DIR ?? './content/documents');
  const start = () =>
    inWorker({ pagesDone, documentsDir: documentsDir(), cacheDir: path.join(cacheDir, 'pagefind'), version: `${INDEX_VERSION} ${siteCodeVersion(root)}`, perShard: options.shardDocuments ?? SHARD_DOCUMENTS, via: process.env.PAGEFIND_VIA === 'api' ? 'api' : 'cli' });
  const begin = () => {
    // A build's own: another build of the same integration starts with its pages unwritten.
    Atomics.store(pagesDone, 0, 0);
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
        const pagesWritten = performance.now();
        Atomics.store(pagesDone, 0, 1);
        Atomics.notify(pagesDone, 0);
        const indexed = await (indexing ?? start());
        const { plan, ms } = indexed;
        indexing = undefined;
        const publishing = performance.now();
        const site = fileURLToPath(dir);
        // The main and delta bundles of earlier builds.
        await rm(path.join(site, 'pagefind-delta'), { recursive: true, force: true });
        await publish(path.join(cacheDir, 'pagefind', 'bundles'), path.join(site, 'pagefind'), plan);
        const published = performance.now() - publishing;
        report(logger, indexed, ms + published, { waited: publishing - pagesWritten, published });
      },
    },
  };
}

/**
 * The time is the indexing's own and the publishing's, not the wait for the pages between them; then what the build
 * spent on this step after its pages: waiting for the indexing to end, and publishing.
 */
function report(logger: AstroIntegrationLogger, { plan, documents, byCli }: Indexed, ms: number, after: { waited: number; published: number }): void {
  const kept = plan.shards.length - plan.rebuild.length;
  const api = plan.rebuild.length - byCli;
  const via = plan.rebuild.length ? `, ${api ? `${byCli} by Pagefind's CLI, ${api} by its Node API` : "by Pagefind's CLI"}` : '';
  logger.info(
    `indexed ${documents} documents in ${plan.shards.length} shards (${plan.rebuild.length} indexed, ${kept} kept) in ${Math.round(ms)} ms${via}; ` +
      `after the pages: ${Math.round(after.waited)} ms waiting for it, ${Math.round(after.published)} ms publishing`,
  );
}

export interface PagefindJob {
  documentsDir: string;
  /** The index's own cache folder. */
  cacheDir: string;
  /** What indexes the records: the record format and the code version. */
  version: string;
  perShard: number;
  /** Set (to 1) once the build's pages are written; until then one shard at a time. Without it SHARDS_AT_ONCE from the start. */
  pagesDone?: Int32Array;
  /** 'api': index through the Node API even where the CLI can (comparisons; the environment's PAGEFIND_VIA). */
  via?: 'cli' | 'api';
}

function inWorker(job: PagefindJob): Promise<Indexed> {
  return workerResult<Indexed>(new URL('./pagefind-worker.ts', import.meta.url), job, 'pagefind');
}

/** Indexes the documents of `documentsDir` in shards, keeping the cached bundles of unchanged shards. */
export async function indexShards({ documentsDir, cacheDir, version, perShard, via = 'cli', pagesDone }: PagefindJob): Promise<Indexed> {
  const started = performance.now();
  const bundles = path.join(cacheDir, 'bundles');
  await mkdir(bundles, { recursive: true });
  // Anything else there is an earlier layout's (a whole-archive bundle and its snapshot).
  for (const entry of await readdir(cacheDir)) if (entry !== 'bundles' && entry !== FINGERPRINTS) await rm(path.join(cacheDir, entry), { recursive: true, force: true });
  const names = (await readdir(documentsDir).catch((error: Error) => {
    throw new Error(`pagefind: cannot read the documents folder ${documentsDir} (run npm run ingest, or set DOCUMENTS_DIR): ${error.message}`);
  }))
    .filter((n) => n.endsWith('.mdx'))
    .sort();
  // A record is made from the MDX file alone (its paragraph record is tied to its bytes), so the file's bytes stand for it;
  // an unchanged file's digest is known by its stat, so a rebuild reads only the changed files.
  const prints = await Fingerprints.open(path.join(cacheDir, FINGERPRINTS));
  const docs = names.map((name) => ({ id: name.slice(0, -'.mdx'.length), digest: prints.hashSync(documentsDir, name).sha256 }));
  await prints.save();
  const cached = new Set((await readdir(bundles)).filter((n) => !n.endsWith('.tmp')));
  const plan = planShards(docs, perShard, version, cached);
  const byName = new Map(plan.shards.map((s) => [s.name, s]));
  const binary = via === 'cli' ? pagefindBinary() : undefined;
  let byCli = 0;
  // The Node API's shards one after another: each ends by closing the one service process they share.
  let apiTurn = Promise.resolve();
  const byApi = (name: string, records: PagefindRecord[], out: string) => {
    const turn = apiTurn.then(() => indexByApi(name, records, out));
    apiTurn = turn.catch(() => {});
    return turn;
  };
  const indexShard = async (name: string) => {
    const bundle = path.join(bundles, name);
    const temporary = `${bundle}.tmp`;
    await rm(temporary, { recursive: true, force: true });
    const records = await mapConcurrently(byName.get(name)!.ids, IO_LIMIT, async (id) => pagefindRecord(await loadDocument(documentsDir, id)));
    if (binary && (await indexByCli(binary, name, records, temporary))) byCli++;
    else await byApi(name, records, temporary);
    for (const entry of await readdir(temporary)) if (UNUSED.test(entry)) await rm(path.join(temporary, entry));
    // Written beside it, then renamed: a bundle in the cache is always whole.
    await rm(bundle, { recursive: true, force: true });
    await rename(temporary, bundle);
  };
  // After a shard fails no other starts, and the error is thrown once those under way have ended (none is left writing).
  let next = 0;
  const failures: unknown[] = [];
  const lane = async (n: number) => {
    if (n > 0 && pagesDone) await untilSet(pagesDone, () => next >= plan.rebuild.length || failures.length > 0);
    while (next < plan.rebuild.length && !failures.length) {
      const name = plan.rebuild[next++]!;
      await indexShard(name).catch((error: unknown) => failures.push(error));
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(SHARDS_AT_ONCE, plan.rebuild.length) }, (_, n) => lane(n)));
    if (failures.length) throw failures[0];
  } finally {
    await apiTurn;
    await pagefindApi.close();
  }
  for (const name of plan.unused) await rm(path.join(bundles, name), { recursive: true, force: true });
  return { plan, documents: docs.length, ms: performance.now() - started, byCli };
}

type PagefindRecord = ReturnType<typeof pagefindRecord>;

/** Resolves once flag[0] is not 0 (set by another thread) or `over()`, looked at every second: a build that fails sets no flag. */
async function untilSet(flag: Int32Array, over: () => boolean): Promise<void> {
  while (Atomics.load(flag, 0) === 0 && !over()) {
    const wait = Atomics.waitAsync(flag, 0, 0, 1000);
    if (wait.async) await wait.value;
  }
}

/** Indexes one shard's records through Pagefind's Node API (its service process) into `out`. */
async function indexByApi(shard: string, records: PagefindRecord[], out: string): Promise<void> {
  const { index, errors } = await pagefindApi.createIndex({});
  if (!index) throw new Error(`pagefind: shard ${shard}: ${errors.join('; ')}`);
  for (let at = 0; at < records.length; at += RECORD_BATCH) {
    const batch = records.slice(at, at + RECORD_BATCH);
    const added = await Promise.all(batch.map((record) => index.addCustomRecord(record)));
    const failed = added.findIndex((a) => a.errors.length);
    if (failed >= 0) throw new Error(`pagefind: shard ${shard}: ${batch[failed]!.url}: ${added[failed]!.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: out });
  if (written.errors.length) throw new Error(`pagefind: shard ${shard}: ${written.errors.join('; ')}`);
  // Its process is ended after each shard, so that its memory is one shard's at most.
  await index.deleteIndex();
  await pagefindApi.close();
}

/**
 * Indexes one shard's records (in id order) by Pagefind's CLI over a temporary
 * folder of their pages into `out`; false, with nothing written, when the
 * folder cannot be made to list the pages in that order or a page would not
 * give a record's values unchanged.
 */
async function indexByCli(binary: string, shard: string, records: PagefindRecord[], out: string): Promise<boolean> {
  if (!records.every(pageKeepsValues)) return false;
  // Its files are made and removed synchronously: in this worker, fs/promises passes each of a shard's ~1,500 calls
  // through libuv's threads, which the build's thread needs for the pages (docs/performance.md, twenty-ninth session).
  const site = mkdtempSync(path.join(pagesRoot(), 'speech-archive-pagefind-'));
  try {
    const folders = records.map((record) => {
      const folder = /^\/documents\/([0-9a-f]+)\/$/.exec(record.url)?.[1];
      if (!folder) throw new Error(`pagefind: shard ${shard}: unexpected record url ${record.url}`);
      return folder;
    });
    const documents = path.join(site, 'documents');
    if (!makeListedInOrder(documents, folders)) return false;
    records.forEach((record, i) => writeFileSync(path.join(documents, folders[i]!, 'index.html'), recordPage(record)));
    if (!sameList(listed(documents), folders)) return false;
    // The CLI adds to what its output folder holds.
    rmSync(out, { recursive: true, force: true });
    await new Promise<void>((resolve, reject) =>
      execFile(binary, ['--site', site, '--output-path', out, '--silent'], { maxBuffer: 1 << 24, env: { ...process.env, ...CLI_ENV } }, (error, _stdout, stderr) =>
        error ? reject(new Error(`pagefind: shard ${shard}: Pagefind's CLI (${binary}) failed (${error.code ?? error.signal}): ${stderr.trim() || error.message}`)) : resolve(),
      ),
    );
    if (!existsSync(path.join(out, 'pagefind-entry.json'))) throw new Error(`pagefind: shard ${shard}: Pagefind's CLI (${binary}) wrote no pagefind-entry.json`);
    return true;
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
}

/**
 * Makes the (sorted) `names` as folders of `dir` so that the file system lists
 * them in that order, as Pagefind's directory walk reads them: tmpfs lists the
 * newest first, btrfs and others the oldest first; a listing by a hash of the
 * names (ext4, XFS's large folders, APFS) follows no creation order.
 */
function makeListedInOrder(dir: string, names: string[]): boolean {
  for (const order of [[...names].reverse(), names]) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
    for (const name of order) mkdirSync(path.join(dir, name));
    if (sameList(listed(dir), names)) return true;
  }
  return false;
}

/** A folder's entries in the order the file system gives them (readdir sorts them). */
function listed(dir: string): string[] {
  const names: string[] = [];
  const folder = opendirSync(dir);
  try {
    for (let entry = folder.readSync(); entry; entry = folder.readSync()) names.push(entry.name);
  } finally {
    folder.closeSync();
  }
  return names;
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/** Where the pages are written: memory (tmpfs lists in creation order, and nothing reaches the disk), else the system's temporary folder. */
function pagesRoot(): string {
  const shm = '/dev/shm';
  try {
    if (statSync(shm).isDirectory()) return shm;
  } catch {}
  return tmpdir();
}

/** Pagefind's binary, as its Node API finds it for its service (pagefind/lib/resolveBinary.js), or undefined. */
export function pagefindBinary(): string | undefined {
  const require = createRequire(import.meta.url);
  for (const name of ['pagefind_extended', 'pagefind']) {
    const set = process.env[`${name.toUpperCase()}_BINARY_PATH`];
    if (set) return set;
  }
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const cpu = process.env.npm_config_arch || process.arch;
  for (const name of ['pagefind_extended', 'pagefind']) {
    try {
      return require.resolve(`@pagefind/${platform}-${cpu}/bin/${name}${platform === 'windows' ? '.exe' : ''}`);
    } catch {}
  }
  return undefined;
}

/**
 * Puts this build's bundles under /pagefind/ (a bundle's name changes with its content: one already there is whole and current) and removes the others.
 * A bundle's files are hard links to the cache's: it runs after the pages, on the build's critical path, where copying
 * 10,000 documents' ~13,000 files took seconds (docs/performance.md, twenty-ninth session). Neither side is written in place:
 * the cache replaces a bundle by renaming a new folder over it, and this removes a bundle's folder as a whole.
 */
async function publish(bundles: string, out: string, plan: ShardPlan): Promise<void> {
  await mkdir(out, { recursive: true });
  const names = new Set(plan.shards.map((s) => s.name));
  for (const entry of await readdir(out)) if (!names.has(entry) && entry !== SHARD_LIST) await rm(path.join(out, entry), { recursive: true, force: true });
  for (const name of names) {
    const target = path.join(out, name);
    if (await exists(path.join(target, 'pagefind-entry.json'))) continue;
    await rm(target, { recursive: true, force: true });
    linkTree(path.join(bundles, name), `${target}.tmp`);
    await rename(`${target}.tmp`, target);
  }
  await writeAtomic(path.join(out, SHARD_LIST), JSON.stringify({ shards: plan.shards.map((s) => s.name) }));
}

/** Makes `to` a copy of the folder `from` whose files are hard links to `from`'s (copies where the file system cannot link them, e.g. across file systems). */
export function linkTree(from: string, to: string): void {
  mkdirSync(to);
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const [source, target] = [path.join(from, entry.name), path.join(to, entry.name)];
    if (entry.isDirectory()) linkTree(source, target);
    else {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    }
  }
}

const exists = (file: string) => access(file).then(() => true, () => false);
