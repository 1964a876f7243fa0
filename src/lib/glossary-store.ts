// The slogans glossary computed outside Astro's process (src/lib/slogans.ts
// starts glossary-process.ts): every document's paragraphs are read and the
// glossary built there, its entries written a line each into the cache
// folder, and the build's process gets back only each slogan's summary (what
// /slogans/ shows) with where its line is and a key of the whole entry. A
// slogan's page reads its own line when it renders. At 5,000 documents the
// glossary's input (every paragraph, at once) and its sentences, slices of
// whole paragraphs, were tens of megabytes of the build's heap during the
// routes' generation, and ten times that at 50,000 (docs/performance.md).
// No virtual module here: the child process imports this file as it stands.
import { closeSync, openSync, readSync, renameSync, writeSync } from 'node:fs';
import path from 'node:path';
import { BuildCache } from '../../core/cache/build-cache.ts';
import { siteCodeVersion } from '../../core/cache/code-version.ts';
import { buildGlossary, type GlossaryDoc, type SloganEntry } from '../../core/slogans/glossary.ts';
import { cacheKey } from './cache-key.ts';
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
export const GLOSSARY_JOB_FILE = 'slogans-glossary-job.json';

/** The paragraphs of every document, by id: read for new or changed documents, cached (by the entry's digest) for the rest. */
async function paragraphsByDocument(job: GlossaryJob): Promise<Map<string, Paragraph[]>> {
  const { root, cacheDir, docs } = job;
  const cache = await BuildCache.open<Paragraph[]>(cacheDir, 'document-paragraphs', `paragraphs ${siteCodeVersion(root)}`);
  const read = (doc: GlossaryJobDoc) => loadDocumentSync(path.resolve(root, doc.file)).paragraphs.map(({ id, text }) => ({ id, text }));
  const byId = new Map(docs.map((doc) => [doc.id, cache.get(cache.key(`${doc.id}\0${doc.digest}`), () => read(doc))]));
  await cache.save();
  return byId;
}

const entryLine = (entry: SloganEntry) => JSON.stringify({ ...entry, byYear: [...entry.byYear] });

/** Summaries of the entries and their keys: what the pages' routes need. */
export function summariesOf(entries: SloganEntry[], at: (index: number) => [number, number]): SloganSummary[] {
  const slugs = new Map(entries.map((e) => [e.slogan, e.slug]));
  return entries.map((entry, i) => {
    const { documents, cooccurring, ...rest } = entry;
    const key = cacheKey({ entry, links: cooccurring.map(([other]) => slugs.get(other)) });
    return { ...rest, documentCount: documents.length, at: at(i), key };
  });
}

/** Builds the glossary of the job's documents and writes its entries into the cache folder; answers their summaries. */
export async function writeGlossary(job: GlossaryJob): Promise<SentSummary[]> {
  const paragraphs = await paragraphsByDocument(job);
  const entries = buildGlossary(job.docs.map(({ file: _file, digest: _digest, ...doc }) => ({ ...doc, paragraphs: paragraphs.get(doc.id)! })));
  paragraphs.clear();
  return writeEntries(job.cacheDir, entries).map((s) => ({ ...s, byYear: [...s.byYear] }));
}

/** Writes the entries a line each into GLOSSARY_FILE in `cacheDir`; answers their summaries. */
export function writeEntries(cacheDir: string, entries: SloganEntry[]): SloganSummary[] {
  const tmp = path.join(cacheDir, `${GLOSSARY_FILE}.${process.pid}.tmp`);
  const fd = openSync(tmp, 'w');
  const at: [number, number][] = [];
  let offset = 0;
  try {
    for (const entry of entries) {
      const line = Buffer.from(entryLine(entry) + '\n');
      for (let done = 0; done < line.length; ) done += writeSync(fd, line, done);
      at.push([offset, line.length - 1]);
      offset += line.length;
    }
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path.join(cacheDir, GLOSSARY_FILE));
  return summariesOf(entries, (i) => at[i]!);
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
