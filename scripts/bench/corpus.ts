// A deterministic benchmark corpus of realistic dirty raw documents: document
// i depends only on the seed and i, so a smaller corpus is a prefix of a
// larger one. A few percent are reposts: the text of an earlier document
// scraped again from another site, in other chrome, sometimes missing its
// last paragraph.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compose, type Composed } from './compose.ts';
import { streamFor } from './random.ts';
import { chooseDress, render, type Dress, type Format } from './render.ts';
import type { SeedPool } from './seeds.ts';

export const REPOST_SHARE = 0.03;

export interface BenchDocument {
  name: string;
  bytes: Uint8Array;
  format: Format;
  dress: Dress;
  /** Index of the document this one reposts. */
  repostOf?: number;
}

/** The composed content of document i (a repost composes its original's). */
function content(pool: SeedPool, seed: number, index: number): { doc: Composed; repostOf?: number } {
  const rng = streamFor(seed, index);
  if (index > 0 && rng.chance(REPOST_SHARE)) {
    const original = rng.int(0, index - 1);
    const { doc } = content(pool, seed, original);
    const lines = rng.chance(0.5) && doc.lines.length > 3 ? doc.lines.slice(0, -1) : doc.lines;
    return { doc: { ...doc, lines }, repostOf: original };
  }
  return { doc: compose(pool, rng) };
}

export function benchDocument(pool: SeedPool, seed: number, index: number): BenchDocument {
  const { doc, repostOf } = content(pool, seed, index);
  // The dress comes from a stream of its own, so a repost is dressed differently from its original.
  const rng = streamFor(seed ^ 0x5bd1e995, index);
  const dress = chooseDress(rng);
  const { bytes, format } = render(doc, dress, pool.pinyin, rng);
  const name = `${String(index).padStart(6, '0')}_${doc.date.year}${format === 'html' ? '.html' : '.txt'}`;
  return { name, bytes, format, dress, ...(repostOf === undefined ? {} : { repostOf }) };
}

export function* generateCorpus(pool: SeedPool, count: number, seed = 1): Generator<BenchDocument> {
  for (let i = 0; i < count; i++) yield benchDocument(pool, seed, i);
}

/** Writes the corpus into `dir` (emptied first); returns a summary of what it holds. */
export function writeCorpus(dir: string, pool: SeedPool, count: number, seed = 1) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const summary = { documents: 0, bytes: 0, html: 0, traditional: 0, pinyin: 0, gb18030: 0, big5: 0, reposts: 0 };
  for (const d of generateCorpus(pool, count, seed)) {
    writeFileSync(path.join(dir, d.name), d.bytes);
    summary.documents++;
    summary.bytes += d.bytes.length;
    if (d.format === 'html') summary.html++;
    if (d.dress.traditional) summary.traditional++;
    if (d.dress.pinyin) summary.pinyin++;
    if (d.dress.encoding === 'gb18030') summary.gb18030++;
    if (d.dress.encoding === 'big5') summary.big5++;
    if (d.repostOf !== undefined) summary.reposts++;
  }
  return summary;
}
