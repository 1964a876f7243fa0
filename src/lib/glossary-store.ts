// The slogans glossary computed outside Astro's process (src/lib/slogans.ts
// starts glossary-process.ts): the glossary is built there from each
// document's part (its candidate phrases and hits, cached by its digest, so
// that a rebuild reads only new or changed documents), its entries written a
// line each into the cache folder, and the build's process gets back only
// each slogan's summary (what /slogans/ shows) with where its line is and a
// key of the whole entry. A slogan's page reads its own line when it renders.
// At 5,000 documents the glossary's input (every paragraph, at once) and its
// sentences, slices of whole paragraphs, were tens of megabytes of the
// build's heap during the routes' generation, and ten times that at 50,000
// (docs/performance.md).
// No virtual module here: the child process imports this file as it stands.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { BuildCache } from '../../core/cache/build-cache.ts';
import { siteCodeVersion } from '../../core/cache/code-version.ts';
import { writeAtomic } from '../../core/fs/write-atomic.ts';
import { candidatesOf, hitsIn, mergeGlossary, slogansMatcher, slogansOf, type GlossaryDoc, type Hit, type HitsDoc, type SloganEntry } from '../../core/slogans/glossary.ts';
import { cacheKey } from './cache-key.ts';
import { entryInputs, EntryLines } from './glossary-lines.ts';
import { loadDocumentSync, type Paragraph } from './exports/paragraphs.ts';

/** A document as the glossary needs it: its collection entry's fields, and its file. */
export interface GlossaryJobDoc extends Omit<GlossaryDoc, 'paragraphs'> {
  /** The MDX file, relative to the root (the collection entry's filePath). */
  file: string;
  /** The collection entry's digest: the paragraphs are cached by it. */
  digest: string;
}

export interface GlossaryJob {
  root: string;
  cacheDir: string;
  docs: GlossaryJobDoc[];
}

/** What /slogans/ shows of an entry, where the whole entry's line is, and a key of what its page shows. */
export interface SloganSummary extends Omit<SloganEntry, 'documents' | 'cooccurring'> {
  documentCount: number;
  /** Byte offset and length of the entry's line in GLOSSARY_FILE. */
  at: [number, number];
  /** A hash of the entry and the slugs of the slogans it appears with (its page links to them). */
  key: string;
}

/** The summaries as the child process answers them (a Map does not pass as JSON). */
export type SentSummary = Omit<SloganSummary, 'byYear'> & { byYear: [number, number][] };

export const GLOSSARY_FILE = 'slogans-glossary.jsonl';

/**
 * What one document gives the glossary, cached by its id and digest: its
 * candidate phrases (to choose the corpus's slogans) and its hits of the
 * slogan set whose key is `against`. A slogan's hits depend on that slogan and
 * the document's text alone, so when the set changes a cached part keeps the
 * hits of the slogans still in it and is searched for the new ones only.
 */
interface GlossaryPart {
  candidates: string[];
  against: string;
  hits: [string, Hit[]][];
}

/** The slogan set the cached parts were last searched for, beside them in the cache folder. */
interface LastSlogans {
  version: string;
  key: string;
  slogans: string[];
}

export const GLOSSARY_PARTS = 'slogans-glossary-parts';
const LAST_SLOGANS_FILE = 'slogans-glossary-slogans.json';

function readLastSlogans(cacheDir: string, version: string): LastSlogans | undefined {
  try {
    const last = JSON.parse(readFileSync(path.join(cacheDir, LAST_SLOGANS_FILE), 'utf8')) as LastSlogans;
    return last.version === version && Array.isArray(last.slogans) ? last : undefined;
  } catch {
    // None yet, or damaged: parts searched for another set are searched again.
    return undefined;
  }
}

const paragraphsOf = (root: string, doc: GlossaryJobDoc): Paragraph[] => loadDocumentSync(path.resolve(root, doc.file)).paragraphs.map(({ id, text }) => ({ id, text }));

/**
 * Every document's hits of the corpus's slogans, from its cached part when its
 * digest is unchanged: a one-file rebuild reads the one changed document, and
 * every document's paragraphs only when the slogan set gains a slogan (they
 * are searched for the new slogans alone). The result equals buildGlossary's
 * (tests/unit/slogans.test.ts).
 */
async function hitsByDocument(job: GlossaryJob): Promise<{ docs: HitsDoc[]; formulas: Set<string>; version: string; against: string }> {
  const { root, cacheDir, docs } = job;
  const version = `glossary ${siteCodeVersion(root)}`;
  const cache = await BuildCache.open<GlossaryPart>(cacheDir, GLOSSARY_PARTS, version);
  const keys = docs.map((doc) => cache.key(`${doc.id}\0${doc.digest}`));
  // The paragraphs of new or changed documents (and damaged parts), read once.
  const fresh = new Map<number, Paragraph[]>();
  const parts = docs.map((doc, i): GlossaryPart | undefined => {
    const json = cache.read(keys[i]!);
    if (json !== undefined) {
      try {
        return JSON.parse(json) as GlossaryPart;
      } catch {
        // A damaged part is read again.
      }
    }
    fresh.set(i, paragraphsOf(root, doc));
    return undefined;
  });
  const { formulas, slogans } = slogansOf(docs.map((doc, i) => ({ slogans: doc.slogans, candidates: parts[i]?.candidates ?? candidatesOf(fresh.get(i)!) })));
  const key = createHash('sha256').update(JSON.stringify([...slogans].sort())).digest('hex').slice(0, 32);
  const last = readLastSlogans(cacheDir, version);
  const current = new Set(slogans);
  const before = new Set(last?.slogans);
  const added = slogans.filter((s) => !before.has(s));
  const matchAll = slogansMatcher(slogans);
  const matchAdded = slogansMatcher(added);
  const hitsDocs = docs.map((doc, i): HitsDoc => {
    const part = parts[i];
    let hits: Map<string, Hit[]>;
    if (part && part.against === key) hits = new Map(part.hits);
    else if (part && last && part.against === last.key) {
      hits = new Map(part.hits.filter(([s]) => current.has(s)));
      if (added.length > 0) for (const [s, found] of hitsIn(paragraphsOf(root, doc), matchAdded)) hits.set(s, found);
    } else hits = hitsIn(fresh.get(i) ?? paragraphsOf(root, doc), matchAll);
    const candidates = part?.candidates ?? candidatesOf(fresh.get(i)!);
    fresh.delete(i);
    if (part?.against === key) cache.write(keys[i]!, cache.read(keys[i]!)!);
    else cache.write(keys[i]!, JSON.stringify({ candidates, against: key, hits: [...hits] } satisfies GlossaryPart));
    const { file: _file, digest: _digest, ...rest } = doc;
    return { ...rest, hits };
  });
  await cache.save();
  await writeAtomic(path.join(cacheDir, LAST_SLOGANS_FILE), JSON.stringify({ version, key, slogans } satisfies LastSlogans));
  // The whole paragraphs the glossary cached before it kept parts (every document's text again).
  rmSync(path.join(cacheDir, 'document-paragraphs.jsonl'), { force: true });
  return { docs: hitsDocs, formulas, version, against: key };
}

const entryLine = (entry: SloganEntry) => JSON.stringify({ ...entry, byYear: [...entry.byYear] });

/** An entry's summary and key: what the pages' routes need. */
const summaryOf = (entry: SloganEntry, at: [number, number], key: string): SloganSummary => {
  const { documents, cooccurring: _cooccurring, ...rest } = entry;
  return { ...rest, documentCount: documents.length, at, key };
};

/** Builds the glossary of the job's documents and writes its entries into the cache folder; answers their summaries. */
export async function writeGlossary(job: GlossaryJob): Promise<SentSummary[]> {
  const { docs, formulas, version, against } = await hitsByDocument(job);
  const entries = mergeGlossary(docs, formulas);
  // The job's documents and the hits' documents are in the same order (hitsByDocument).
  const inputs = entryInputs(
    docs.map((doc, i) => ({ ...doc, digest: job.docs[i]!.digest })),
    formulas,
    against,
  );
  const kept = EntryLines.open(job.cacheDir, GLOSSARY_FILE, version);
  const summaries = writeEntries(job.cacheDir, entries, { inputs, kept });
  await kept.save(GLOSSARY_FILE);
  return summaries.map((s) => ({ ...s, byYear: [...s.byYear] }));
}

/** The last build's lines and each entry's input key (glossary-lines.ts): unchanged entries are copied, not made again. */
export interface Reuse {
  inputs: ReadonlyMap<string, string>;
  kept: EntryLines;
}

/**
 * Writes the entries a line each into GLOSSARY_FILE in `cacheDir`; answers
 * their summaries, each with a key of its page: a hash of the entry's line as
 * written (all of the entry; cacheKey's replacer over the entry itself would
 * visit every value of every hit) and of the slugs of the slogans it links to.
 */
export function writeEntries(cacheDir: string, entries: SloganEntry[], reuse?: Reuse): SloganSummary[] {
  const tmp = path.join(cacheDir, `${GLOSSARY_FILE}.${process.pid}.tmp`);
  const slugs = new Map(entries.map((e) => [e.slogan, e.slug]));
  const newline = Buffer.from('\n');
  const summaries: SloganSummary[] = [];
  const fd = openSync(tmp, 'w');
  let offset = 0;
  try {
    for (const entry of entries) {
      const links = entry.cooccurring.map(([other]) => slugs.get(other));
      const linksJson = JSON.stringify(links);
      const input = reuse?.inputs.get(entry.slogan);
      const kept = input === undefined ? undefined : reuse!.kept.get(input, entry.slug, linksJson);
      const text = kept ? undefined : entryLine(entry);
      const line = kept?.bytes ?? Buffer.from(text!);
      const key = kept?.key ?? cacheKey({ entry: text ?? line.toString('utf8'), links });
      for (let done = 0; done < line.length; ) done += writeSync(fd, line, done);
      writeSync(fd, newline);
      const at: [number, number] = [offset, line.length];
      offset += line.length + 1;
      if (input !== undefined) reuse!.kept.add(input, entry.slug, at, linksJson, key);
      summaries.push(summaryOf(entry, at, key));
    }
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path.join(cacheDir, GLOSSARY_FILE));
  return summaries;
}

/** Reads one entry's line from GLOSSARY_FILE (opened as `fd`). */
export function readEntry(fd: number, [start, length]: [number, number]): SloganEntry {
  const bytes = Buffer.allocUnsafe(length);
  for (let done = 0; done < length; ) {
    const n = readSync(fd, bytes, done, length - done, start + done);
    if (n === 0) throw new Error(`slogans glossary: ${GLOSSARY_FILE} ends before an entry's line`);
    done += n;
  }
  const entry = JSON.parse(bytes.toString('utf8')) as Omit<SloganEntry, 'byYear'> & { byYear: [number, number][] };
  return { ...entry, byYear: new Map(entry.byYear) };
}
