// The build step that finds shared passages across the generated documents
// (find.ts) and writes the index that document pages and exports read
// (format.ts). It reads the same MDX files the collection loads, once per
// build, before the pages are rendered, through their paragraph records
// (loadDocument); what a file gives (its id, date, paragraphs with their sketches and variant digests) is kept in a
// per-document cache by the file's bytes, so a rebuild parses, sketches and hashes only new or changed documents; the
// matched pairs are kept as well, so that it tests only the pairs of new
// paragraphs (incremental.ts).
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { BuildCache } from '../../../core/cache/build-cache.ts';
import { Fingerprints } from '../../../core/fs/fingerprints.ts';
import { siteCodeVersion } from '../../../core/cache/code-version.ts';
import { mapConcurrently } from '../../../core/concurrently.ts';
import { writeAtomic } from '../../../core/fs/write-atomic.ts';
import { loadDocument, loadDocumentSync, readDocument, type ReadDocument } from '../exports/paragraphs.ts';
import { digestOf, emptyStats, linker, matchAll, pairTest, variantTable, type FindStats, type Match, type PassageDoc, type VariantTable, type Verdicts } from './find.ts';
import { matchSince, stateOf, type PairState, type Since } from './incremental.ts';
import { OLD_SHARED_FILE, refOf, type SharedDocument, type SharedIndex } from './format.ts';
import { SharedWriter } from './store.ts';
import { comparable, MIN_CHARS, sketchOf } from './minhash.ts';

/** What one generated file gives the matching: its sketches base64-encoded, so that the cache stays text. */
export interface SharedEntry {
  id: string;
  date?: string;
  chars: number;
  /**
   * Paragraphs of at least MIN_CHARS letters and digits: anchor id, text, sketch, and the digest
   * (find.ts, digestOf) and length of its comparable text, so that a rebuild makes neither again
   * for an unchanged document.
   */
  paragraphs: [string, string, string, string, number][];
}

export function entryOf(mdx: string): SharedEntry {
  return entryFrom(readDocument(mdx));
}

/** The entry of a document as loadDocument or readDocument gives it. */
export function entryFrom({ data, paragraphs }: ReadDocument): SharedEntry {
  let chars = 0;
  const kept: SharedEntry['paragraphs'] = [];
  for (const p of paragraphs) {
    const text = comparable(p.text);
    chars += text.length;
    if (text.length >= MIN_CHARS) kept.push([p.id, p.text, Buffer.from(sketchOf(text)).toString('base64'), digestOf(text), text.length]);
  }
  const date = typeof data.date === 'string' ? data.date : undefined;
  return { id: String(data.id), ...(date ? { date } : {}), chars, paragraphs: kept };
}

/**
 * Alignment verdicts by pair of texts, kept in the cache folder between
 * builds: the alignment is most of the matching's cost, and a rebuild after
 * one document changed meets the same pairs again. Only the verdicts a build
 * asked for are written back.
 */
export class PairVerdicts implements Verdicts {
  private readonly used = new Map<string, number>();
  private readonly file: string;
  private readonly version: string;
  private readonly stored: Map<string, number>;

  private constructor(file: string, version: string, stored: Map<string, number>) {
    this.file = file;
    this.version = version;
    this.stored = stored;
  }

  static async open(cacheDir: string, version: string): Promise<PairVerdicts> {
    const file = path.join(cacheDir, PAIRS_FILE);
    const stored = new Map<string, number>();
    try {
      const saved = JSON.parse(await readFile(file, 'utf8')) as { version: string; verdicts: Record<string, number> };
      if (saved.version === version) for (const [key, share] of Object.entries(saved.verdicts)) stored.set(key, share);
    } catch {
      // No verdicts yet, or a damaged file: every pair is aligned again.
    }
    return new PairVerdicts(file, version, stored);
  }

  decide(a: string, b: string, align: (a: string, b: string) => number | undefined): number | undefined {
    const key = createHash('sha256')
      .update(a < b ? a : b)
      .update('\u0000')
      .update(a < b ? b : a)
      .digest('base64url')
      .slice(0, 22);
    const share = this.stored.get(key) ?? align(a, b) ?? 0;
    this.used.set(key, share);
    return share > 0 ? share : undefined;
  }

  async save(): Promise<void> {
    if (this.used.size === this.stored.size && [...this.used].every(([key, share]) => this.stored.get(key) === share)) return;
    await mkdir(path.dirname(this.file), { recursive: true });
    await writeAtomic(this.file, JSON.stringify({ version: this.version, verdicts: Object.fromEntries(this.used) }));
  }
}

const PAIRS_FILE = 'shared-passages-pairs.json';

/** The matched pairs of the entries, and the state a next build starts from; with the last build's state, only the pairs it does not settle are tested (`since` says how many). */
function matched(entries: readonly SharedEntry[], verdicts?: Verdicts, previous?: PairState): { docs: PassageDoc[]; table: VariantTable; matches: Match[]; stats: FindStats & { since?: Since }; state: PairState } {
  const docs: PassageDoc[] = entries.map((e) => ({
    id: e.id,
    ...(e.date ? { date: e.date } : {}),
    paragraphs: e.paragraphs.map(([id, text, sketch, digest]) => ({ id, text, sketch: new Uint8Array(Buffer.from(sketch, 'base64')), digest })),
  }));
  const table = variantTable(docs);
  const stats: FindStats & { since?: Since } = emptyStats(table);
  const test = pairTest(table, stats, verdicts);
  const since = previous && matchSince(table, previous, test);
  const matches = since?.matches ?? matchAll(table, test);
  if (since) stats.since = since.since;
  return { docs, table, matches, stats, state: stateOf(table, matches) };
}

/** Each document with a shared paragraph and its entry in the index, in id order, made one at a time. */
function* documentsOf(entries: readonly SharedEntry[], docs: readonly PassageDoc[], table: VariantTable, matches: readonly Match[]): Generator<[string, SharedDocument]> {
  const linksOf = linker(docs, table, matches);
  const order = entries.map((_, d) => d).sort((a, b) => (entries[a]!.id < entries[b]!.id ? -1 : 1));
  for (const d of order) {
    const entry = entries[d]!;
    const byPara = linksOf(d);
    if (!byPara) continue;
    const paragraphs: SharedDocument['paragraphs'] = {};
    for (const [id, text, , , chars] of entry.paragraphs) {
      const list = byPara.get(id);
      if (list) paragraphs[id] = { text, chars, links: list.map((l) => refOf(l.doc, l.para)) };
    }
    yield [entry.id, { chars: entry.chars, paragraphs }];
  }
}

/**
 * The index of the documents' shared passages held whole (tests, small
 * corpora), and the state a next build starts from; with the last build's
 * state, only the pairs it does not settle are tested (`since` says how many).
 */
export function indexOf(entries: readonly SharedEntry[], verdicts?: Verdicts, previous?: PairState): { index: SharedIndex; stats: FindStats & { since?: Since }; state: PairState } {
  const { docs, table, matches, stats, state } = matched(entries, verdicts, previous);
  const index: SharedIndex = { documents: {} };
  for (const [id, doc] of documentsOf(entries, docs, table, matches)) index.documents[id] = doc;
  return { index, stats, state };
}

export interface SharedBuild {
  stats: FindStats & { since?: Since; documents: number; parsed: number; sharedParagraphs: number; withShared: number; ms: number };
}

const STATE_FILE = 'shared-passages-state.json';

/** The last build's pairs, if they were found by this version of the code. */
async function readState(cacheDir: string, version: string): Promise<PairState | undefined> {
  try {
    const saved = JSON.parse(await readFile(path.join(cacheDir, STATE_FILE), 'utf8')) as { version: string; state: PairState };
    if (saved.version !== version || typeof saved.state?.digests !== 'string' || !Array.isArray(saved.state.matches)) return undefined;
    return saved.state;
  } catch {
    // None yet, or damaged: every pair is tested.
    return undefined;
  }
}

/** Files read at once. */
const IO_LIMIT = 16;

/** The version of the cached entries: the site's code, the comparable-text rule (core/comparable.ts) included. */
const cacheVersion = (root: string): string => `shared 2 ${siteCodeVersion(root)}`;

/**
 * Each file's entry, from the cache or parsed (`parsed` of them). A function of
 * its own so that the cache, which holds every entry again as JSON text, can
 * be collected before the matching.
 */
async function cachedEntries(documentsDir: string, names: readonly string[], cacheDir: string, version: string): Promise<{ entries: SharedEntry[]; parsed: number }> {
  const cache = await BuildCache.open<SharedEntry>(cacheDir, 'shared-passages', version);
  // An unchanged MDX's digest is known by its stat (core/fs/fingerprints.ts), so a rebuild reads only the changed files.
  const prints = await Fingerprints.open(path.join(cacheDir, 'shared-passages.files.json'));
  const entries = await mapConcurrently(names, IO_LIMIT, async (name) => {
    // Keyed by the MDX: a document's paragraph record is tied to its MDX's bytes. So only the MDX's digest is
    // needed for a file whose entry is cached; its record is read and parsed only for a new or changed file.
    const file = path.join(documentsDir, name);
    const key = cache.key(prints.hashSync(documentsDir, name).sha256);
    const doc = cache.read(key) === undefined ? await loadDocument(documentsDir, name.slice(0, -'.mdx'.length)) : undefined;
    // A damaged cached entry is a miss too: then the document is read here.
    return cache.get(key, () => entryFrom(doc ?? loadDocumentSync(file)));
  });
  await cache.save();
  await mkdir(cacheDir, { recursive: true });
  await prints.save();
  return { entries, parsed: cache.stats.misses };
}

/** Finds the shared passages of the MDX files in `documentsDir` and writes the index into `cacheDir` (store.ts), a document at a time. */
export async function buildSharedPassages(documentsDir: string, cacheDir: string, root: string): Promise<SharedBuild> {
  const started = performance.now();
  const names = (await readdir(documentsDir).catch(() => [] as string[])).filter((n) => n.endsWith('.mdx')).sort();
  const version = cacheVersion(root);
  const { entries, parsed } = await cachedEntries(documentsDir, names, cacheDir, version);
  const verdicts = await PairVerdicts.open(cacheDir, version);
  const { docs, table, matches, stats, state } = matched(entries, verdicts, await readState(cacheDir, version));
  await verdicts.save();
  await mkdir(cacheDir, { recursive: true });
  await writeAtomic(path.join(cacheDir, STATE_FILE), JSON.stringify({ version, state }));
  const writer = new SharedWriter(cacheDir);
  let sharedParagraphs = 0;
  try {
    for (const [id, doc] of documentsOf(entries, docs, table, matches)) {
      writer.add(id, doc);
      sharedParagraphs += Object.keys(doc.paragraphs).length;
    }
    await writer.finish();
  } catch (error) {
    writer.abandon();
    throw error;
  }
  await rm(path.join(cacheDir, OLD_SHARED_FILE), { force: true });
  return { stats: { ...stats, documents: names.length, parsed, sharedParagraphs, withShared: writer.size, ms: performance.now() - started } };
}
