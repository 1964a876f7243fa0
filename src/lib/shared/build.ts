// The build step that finds shared passages across the generated documents
// (find.ts) and writes the index that document pages and exports read
// (format.ts). It reads the same MDX files the collection loads, once per
// build, before the pages are rendered; what a file gives (its id, date,
// paragraphs and their sketches) is kept in a per-document cache by the file's
// bytes, so a rebuild parses and sketches only new or changed documents and
// then matches all of them from their sketches.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BuildCache } from '../build-cache.ts';
import { siteCodeVersion } from '../code-version.ts';
import { mapConcurrently } from '../concurrently.ts';
import { readDocument } from '../exports/paragraphs.ts';
import { findSharedPassages, type FindStats, type PassageDoc } from './find.ts';
import { refOf, SHARED_FILE, type SharedIndex } from './format.ts';
import { comparable, MIN_CHARS, sketchOf } from './minhash.ts';

/** What one generated file gives the matching: its sketches base64-encoded, so that the cache stays text. */
export interface SharedEntry {
  id: string;
  date?: string;
  chars: number;
  /** Paragraphs of at least MIN_CHARS letters and digits: anchor id, text, sketch. */
  paragraphs: [string, string, string][];
}

export function entryOf(mdx: string): SharedEntry {
  const { data, paragraphs } = readDocument(mdx);
  let chars = 0;
  const kept: SharedEntry['paragraphs'] = [];
  for (const p of paragraphs) {
    const text = comparable(p.text);
    chars += text.length;
    if (text.length >= MIN_CHARS) kept.push([p.id, p.text, Buffer.from(sketchOf(text)).toString('base64')]);
  }
  const date = typeof data.date === 'string' ? data.date : undefined;
  return { id: String(data.id), ...(date ? { date } : {}), chars, paragraphs: kept };
}

/** The index of the documents' shared passages. */
export function indexOf(entries: readonly SharedEntry[]): { index: SharedIndex; stats: FindStats } {
  const docs: PassageDoc[] = entries.map((e) => ({
    id: e.id,
    ...(e.date ? { date: e.date } : {}),
    paragraphs: e.paragraphs.map(([id, text, sketch]) => ({ id, text, sketch: new Uint8Array(Buffer.from(sketch, 'base64')) })),
  }));
  const { links, stats } = findSharedPassages(docs);
  const index: SharedIndex = { documents: {} };
  for (const entry of [...entries].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const byPara = links.get(entry.id);
    if (!byPara) continue;
    const paragraphs: SharedIndex['documents'][string]['paragraphs'] = {};
    for (const [id, text] of entry.paragraphs) {
      const list = byPara.get(id);
      if (list) paragraphs[id] = { text, chars: comparable(text).length, links: list.map((l) => refOf(l.doc, l.para)) };
    }
    index.documents[entry.id] = { chars: entry.chars, paragraphs };
  }
  return { index, stats };
}

export interface SharedBuild {
  index: SharedIndex;
  stats: FindStats & { documents: number; parsed: number; sharedParagraphs: number; ms: number };
}

/** Files read at once. */
const IO_LIMIT = 16;

/**
 * The version of the cached entries: the site's code and the comparable-text
 * rule they are made with (scripts/ingest/reposts.ts, outside the site's code).
 */
function cacheVersion(root: string): string {
  const rule = createHash('sha256').update(readFileSync(path.join(root, 'scripts/ingest/reposts.ts'))).digest('hex').slice(0, 16);
  return `shared ${siteCodeVersion(root)} ${rule}`;
}

/** Finds the shared passages of the MDX files in `documentsDir` and writes the index into `cacheDir`. */
export async function buildSharedPassages(documentsDir: string, cacheDir: string, root: string): Promise<SharedBuild> {
  const started = performance.now();
  const names = (await readdir(documentsDir).catch(() => [] as string[])).filter((n) => n.endsWith('.mdx')).sort();
  const cache = await BuildCache.open<SharedEntry>(cacheDir, 'shared-passages', cacheVersion(root));
  const entries = await mapConcurrently(names, IO_LIMIT, async (name) => {
    const mdx = await readFile(path.join(documentsDir, name));
    return cache.get(cache.key(mdx), () => entryOf(mdx.toString('utf8')));
  });
  await cache.save();
  const { index, stats } = indexOf(entries);
  await writeIndex(cacheDir, index);
  const sharedParagraphs = Object.values(index.documents).reduce((n, d) => n + Object.keys(d.paragraphs).length, 0);
  return { index, stats: { ...stats, documents: names.length, parsed: cache.stats.misses, sharedParagraphs, ms: performance.now() - started } };
}

async function writeIndex(cacheDir: string, index: SharedIndex): Promise<void> {
  const file = path.join(cacheDir, SHARED_FILE);
  await mkdir(cacheDir, { recursive: true });
  await writeFile(`${file}.${process.pid}.tmp`, JSON.stringify(index));
  await rename(`${file}.${process.pid}.tmp`, file);
}
