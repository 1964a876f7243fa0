// Builds the exact phrase index (src/lib/search/) from the documents'
// paragraph records (loadDocument: the metadata, title and anchored paragraphs
// ingest wrote beside each MDX file; no page or MDX parsed), with the text and
// metadata the pages show (indexDoc).
//
// It needs no page, so it starts with the build (astro:build:start) in a
// worker thread of its own and indexes while Astro renders the pages on the
// build's thread, as Pagefind does in its process (src/integrations/pagefind.ts);
// astro:build:done waits for it. It writes into the output folder, where no
// page goes (/search/ holds one page, search/index.html, beside its folders).
//
// The index is made of shards of documents (format.ts), placed by id as
// Pagefind's are (src/lib/pagefind/shards.ts), built one at a time, so no
// more than a shard's postings are in memory. A shard whose documents are
// unchanged is kept: its files are in the cache folder under its plan name
// (a digest of its documents' MDX files and the code version) and, from the
// last build, in the output folder. A shard to build starts from the postings
// it had last time (updateShard), so only its new or changed documents are
// tokenized. Only files whose bytes changed are written (src/lib/output-files.ts).
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { toText } from 'hast-util-to-text';
import { BuildCache } from '../../core/cache/build-cache.ts';
import { siteCodeVersion } from '../../core/cache/code-version.ts';
import { mapConcurrently } from '../../core/concurrently.ts';
import { Fingerprints } from '../../core/fs/fingerprints.ts';
import { writeAtomic } from '../../core/fs/write-atomic.ts';
import { loadDocumentSync, type ReadDocument } from '../lib/exports/paragraphs.ts';
import { OutputFiles } from '../lib/output-files.ts';
import { planShards } from '../lib/pagefind/shards.ts';
import { decodeState, encodeState, foldFile, indexMeta, rowsOf, textFiles, updateShard, type IndexDoc, type MetaRow } from '../lib/search/build.ts';
import { buildFoldMap } from '../lib/search/foldmap.ts';
import { foldPath, INDEX_DIR, metaPath, shardDir, type DocMeta, type ShardInfo } from '../lib/search/format.ts';
import type { DocumentData } from '../lib/exports/records.ts';
import { typeLabels } from '../lib/type-labels.ts';
import { workerResult } from './worker-result.ts';

/** Files read or written at once: enough to keep libuv's four threads busy. */
const IO_LIMIT = 16;
/**
 * Documents per shard at most on average. Larger than Pagefind's: the browser
 * fetches a query's postings once per shard, and a shard's postings take far
 * less memory than a Pagefind index of as many documents.
 */
export const PHRASE_SHARD_DOCUMENTS = 5000;

export interface PhraseIndexOptions {
  /** Overrides PHRASE_SHARD_DOCUMENTS (tests). */
  shardDocuments?: number;
}

/** A shard as cached: what meta.json says of it (its folder aside) and its files, relative to that folder. */
interface CachedShard {
  info: Omit<ShardInfo, 'dir'>;
  files: string[];
}

/** Text as an element's text content reads it (whitespace collapsed as a browser does), trimmed, as the page shows it. */
const shown = (tagName: string, value: string) => toText({ type: 'element', tagName, properties: {}, children: [{ type: 'text', value }] }).trim();

/** A document as the phrase index holds it: the metadata the search page filters and shows, the title and the non-empty paragraphs. */
export function indexDoc({ data, paragraphs }: ReadDocument): IndexDoc {
  const d = data as unknown as DocumentData & { people?: { name: string }[] };
  const meta: DocMeta = {
    id: d.id,
    ...(d.date ? { date: d.date } : {}),
    ...(d.year ? { year: d.year } : d.date ? { year: Number(d.date.slice(0, 4)) } : {}),
    type: d.type,
    typeLabel: typeLabels[d.type],
    ...(d.region ? { region: { province: d.region.province, ...(d.region.city ? { city: d.region.city } : {}), ...(d.region.county ? { county: d.region.county } : {}) } } : {}),
    speakers: d.speakers.map((s) => s.name),
    people: (d.people ?? []).map((p) => p.name),
  };
  const texts = paragraphs.flatMap((p): [string, string][] => {
    const text = shown('p', p.text);
    return text ? [[p.id, text]] : [];
  });
  return { meta, text: { title: shown('h1', d.title), paragraphs: texts } };
}

export function phraseIndex(options: PhraseIndexOptions = {}): AstroIntegration {
  let cacheDir = '';
  let root = '';
  let outDir = '';
  let building: Promise<BuildStats> | undefined;
  const start = (site: string) =>
    inWorker({
      // The same folder the documents collection loads (src/content.config.ts).
      documentsDir: path.resolve(root, process.env.DOCUMENTS_DIR ?? './content/documents'),
      site,
      cacheDir,
      version: siteCodeVersion(root),
      perShard: options.shardDocuments ?? PHRASE_SHARD_DOCUMENTS,
    });
  return {
    name: 'speech-archive:phrase-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        building = start(outDir);
        // Awaited in astro:build:done; a build that fails before it must not also report this as unhandled.
        building.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const stats = await (building ?? start(fileURLToPath(dir)));
        building = undefined;
        // The time is the index's own, not the wait for the pages after it.
        logger.info(
          `${stats.documents} documents in ${stats.shards} shards (${stats.built} built, ${stats.tokenized} documents tokenized${stats.parsed ? `, ${stats.parsed} MDX files parsed for want of a paragraph record` : ''}), ` +
            `${stats.written} files written, ${stats.removed} removed in ${Math.round(stats.ms)} ms`,
        );
      },
    },
  };
}

/** What buildPhraseIndex needs: plain values, as they cross to its worker thread. */
export interface PhraseIndexJob {
  documentsDir: string;
  /** The output folder. */
  site: string;
  cacheDir: string;
  /** The site's code version (core/cache/code-version.ts). */
  version: string;
  perShard: number;
}

export interface BuildStats {
  documents: number;
  shards: number;
  built: number;
  tokenized: number;
  parsed: number;
  written: number;
  removed: number;
  /** Milliseconds from start to end. */
  ms: number;
}

/** Runs buildPhraseIndex in a worker thread (phrase-index-worker.ts), so that it does not hold up the build's thread. */
function inWorker(job: PhraseIndexJob): Promise<BuildStats> {
  return workerResult<BuildStats>(new URL('./phrase-index-worker.ts', import.meta.url), job, 'phrase index');
}

/** Builds the phrase index of the documents in `documentsDir` into `site`, with its caches in `cacheDir`. */
export async function buildPhraseIndex({ documentsDir, site, cacheDir, version, perShard }: PhraseIndexJob): Promise<BuildStats> {
  const started = performance.now();
  const shardCache = path.join(cacheDir, 'phrase-index');
  const ids = (await readdir(documentsDir).catch((error: Error) => {
    throw new Error(`phrase index: cannot read the documents folder ${documentsDir} (run npm run ingest, or set DOCUMENTS_DIR): ${error.message}`);
  }))
    .filter((n) => n.endsWith('.mdx'))
    .map((n) => n.slice(0, -'.mdx'.length))
    .sort();
  // A document's index entry is made from its MDX file alone (the paragraph record is tied to its bytes); an
  // unchanged file's digest is known by its stat (core/fs/fingerprints.ts), so a rebuild reads only the changed files.
  const prints = await Fingerprints.open(path.join(shardCache, 'documents.files.json'));
  const digests = ids.map((id) => ({ id, digest: prints.hashSync(documentsDir, `${id}.mdx`).sha256 }));
  await mkdir(shardCache, { recursive: true });
  await prints.save();
  const digestOf = new Map(digests.map(({ id, digest }) => [id, digest]));
  // Each document as the index holds it, kept between builds by its MDX's digest in a file per shard's place
  // (so that no more than a shard's documents are in memory at once): a rebuild reads, checks and converts
  // only the changed documents' records.
  const documentCache = path.join(shardCache, 'documents');
  const shardsDir = path.join(shardCache, 'shards');
  const stateDir = path.join(shardCache, 'state');
  await mkdir(shardsDir, { recursive: true });
  await mkdir(stateDir, { recursive: true });
  const map = buildFoldMap();
  const plan = planShards(digests, perShard, `phrase ${version}`, new Set(await readdir(shardsDir)));
  const rebuild = new Set(plan.rebuild);
  // The text files and meta.json, and every shard's folder; the top folder's b/ and u/ are an earlier layout's.
  const output = await OutputFiles.open(cacheDir, 'phrase-index', site, ['b', 'u', 't', 's'].map((sub) => path.join(INDEX_DIR, sub)));
  const stats: Omit<BuildStats, 'ms'> = { documents: ids.length, shards: plan.shards.length, built: 0, tokenized: 0, parsed: 0, written: 0, removed: 0 };
  const parts: { info: ShardInfo; rows: MetaRow[] }[] = [];
  for (const shard of plan.shards) {
    // The folder in the site is the shard's place, not its content: a changed shard rewrites only its changed files.
    const place = shard.name.replace(/-[0-9a-f]+$/, '');
    const dir = shardDir(place);
    const documents = await BuildCache.open<IndexDoc>(documentCache, place, `phrase ${version}`);
    // By the MDX's digest: an unchanged document's entry is read from the cache, not from its files.
    const docs = shard.ids.map((id) =>
      documents.get(documents.key(digestOf.get(id)!), () => {
        const loaded = loadDocumentSync(path.join(documentsDir, `${id}.mdx`));
        if (!loaded.fromRecord) stats.parsed++;
        // As the cache gives it back (no undefined fields), so that a built and a cached entry index alike.
        return JSON.parse(JSON.stringify(indexDoc(loaded))) as IndexDoc;
      }),
    );
    await documents.save();
    await mapConcurrently(textFiles(docs), IO_LIMIT, ([file, content]) => output.write(file, content));
    const cached = path.join(shardsDir, shard.name);
    let entry: CachedShard;
    if (rebuild.has(shard.name)) {
      const stateFile = path.join(stateDir, `${place}.postings`);
      const previous = decodeState(await readFile(stateFile).catch(() => new Uint8Array()));
      const built = updateShard(docs, map, previous, { dir });
      stats.built++;
      stats.tokenized += built.tokenized;
      await writeAtomic(stateFile, encodeState(built.state));
      const prefix = `${INDEX_DIR}/${dir}`;
      const files = [...built.files].map(([file, content]) => [file.slice(prefix.length), content] as const);
      const { dir: _dir, ...info } = built.info;
      entry = { info, files: files.map(([file]) => file) };
      // Written beside its place, then renamed: a shard in the cache is always whole.
      const temporary = `${cached}.tmp`;
      await rm(temporary, { recursive: true, force: true });
      // Synchronously, as OutputFiles writes (this runs in a worker thread): a few thousand files at scale. Each
      // file straight into the temporary folder, which is renamed whole.
      const made = new Set<string>();
      for (const [file, content] of files) {
        const folder = path.dirname(path.join(temporary, file));
        if (!made.has(folder)) mkdirSync(folder, { recursive: true });
        made.add(folder);
        writeFileSync(path.join(temporary, file), content);
      }
      await writeAtomic(path.join(temporary, 'shard.json'), JSON.stringify(entry));
      await rm(cached, { recursive: true, force: true });
      await rename(temporary, cached);
      // The output's files are hard links to the cache's, not a second copy of a shard's postings (113 MB at 10,000
      // documents; docs/performance.md, thirty-first session).
      for (const [file, content] of files) await output.link(`${INDEX_DIR}/${dir}${file}`, path.join(cached, file), content);
      parts.push({ info: built.info, rows: built.rows });
    } else {
      entry = JSON.parse(await readFile(path.join(cached, 'shard.json'), 'utf8')) as CachedShard;
      await mapConcurrently(entry.files, IO_LIMIT, async (file) => {
        const target = `${INDEX_DIR}/${dir}${file}`;
        if (!(await output.keep(target))) await output.write(target, await readFile(path.join(cached, file)));
      });
      parts.push({ info: { dir, ...entry.info }, rows: rowsOf(docs, map) });
    }
  }
  for (const name of plan.unused) await rm(path.join(shardsDir, name), { recursive: true, force: true });
  const places = new Set(plan.shards.map((s) => s.name.replace(/-[0-9a-f]+$/, '')));
  for (const name of await readdir(stateDir)) if (!places.has(name.replace(/\.postings$/, ''))) await rm(path.join(stateDir, name), { force: true });
  for (const name of await readdir(documentCache).catch(() => [])) if (!places.has(name.replace(/\.jsonl$/, ''))) await rm(path.join(documentCache, name), { force: true });
  // The single postings file of the layout before shards, and the per-document cache of the index before paragraph records.
  for (const name of await readdir(cacheDir)) if (/^phrase-index\.(([0-9a-f]{16}\.)?postings|jsonl)$/.test(name)) await rm(path.join(cacheDir, name), { force: true });
  await output.write(metaPath, JSON.stringify(indexMeta(parts)));
  await output.write(foldPath, foldFile(map));
  const { written, removed } = await output.finish();
  return { ...stats, written, removed, ms: performance.now() - started };
}
