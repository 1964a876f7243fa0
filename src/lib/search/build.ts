// Builds the phrase index files (see format.ts) from the documents' text and
// metadata. Pure: returns path → content; the integration writes the files.
import { fold, type FoldMap } from './fold.ts';
import {
  FORMAT_VERSION, SHARD_BYTES, VarintWriter, bigramPath, heavyPath, docText, encodeFoldMap, foldPath, isIndexable, metaPath, shardOf, textPath, unigramPath,
  type DocMeta, type DocText, type IndexMeta,
} from './format.ts';

export interface IndexDoc {
  meta: DocMeta;
  text: DocText;
}

export interface BuildOptions {
  /** Aim for shard files of about this many bytes; fewer, larger shards mean fewer requests per query. */
  targetShardBytes?: number;
}

interface GramPostings {
  body: VarintWriter;
  docs: number;
  lastDoc: number;
}

export function buildIndex(docs: readonly IndexDoc[], map: FoldMap, options: BuildOptions = {}): Map<string, Uint8Array | string> {
  const target = options.targetShardBytes ?? SHARD_BYTES;
  const bigrams = new Map<string, GramPostings>();
  const unigrams = new Map<string, GramPostings>();
  const files = new Map<string, Uint8Array | string>();
  const titleLengths: number[] = [];

  docs.forEach((doc, n) => {
    const chars = [...fold(docText(doc.text), map)];
    const titleLength = [...fold(doc.text.title, map)].length;
    titleLengths.push(titleLength);
    const positions = new Map<string, number[]>();
    const counts = new Map<string, [number, number]>();
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i]!;
      if (!isIndexable(c)) continue;
      const count = counts.get(c) ?? [0, 0];
      count[0]++;
      if (i < titleLength) count[1]++;
      counts.set(c, count);
      const next = chars[i + 1];
      if (next === undefined || !isIndexable(next)) continue;
      const gram = c + next;
      const list = positions.get(gram);
      if (list) list.push(i);
      else positions.set(gram, [i]);
    }
    for (const [gram, list] of positions) {
      const g = postingsOf(bigrams, gram, n);
      g.body.push(list.length);
      let prev = 0;
      for (const p of list) {
        g.body.push(p - prev);
        prev = p;
      }
    }
    for (const [c, [count, inTitle]] of counts) {
      const g = postingsOf(unigrams, c, n);
      g.body.push(count);
      g.body.push(inTitle);
    }
    files.set(textPath(doc.meta.id), JSON.stringify(doc.text));
  });

  const heavyBigrams = writeHeavy(bigrams, target, files);
  const bigramShards = writeShards(bigrams, target, bigramPath, files);
  const unigramShards = writeShards(unigrams, target, unigramPath, files);
  files.set(metaPath, JSON.stringify({ ...buildMeta(docs, titleLengths, bigramShards, unigramShards), heavyBigrams }));
  files.set(foldPath, JSON.stringify(encodeFoldMap(map)));
  return files;
}

function postingsOf(table: Map<string, GramPostings>, gram: string, doc: number): GramPostings {
  let g = table.get(gram);
  if (!g) table.set(gram, (g = { body: new VarintWriter(), docs: 0, lastDoc: 0 }));
  g.body.push(doc - g.lastDoc);
  g.lastDoc = doc;
  g.docs++;
  return g;
}

/**
 * Bigrams with postings beyond a shard's size go to files of their own and are
 * listed with their size, so a query can route around them (engine.ts) and
 * fetching a rare bigram never drags a common one along.
 */
function writeHeavy(table: Map<string, GramPostings>, target: number, files: Map<string, Uint8Array | string>): [string, number][] {
  const heavy = [...table].filter(([, g]) => g.body.length > target).sort(([a], [b]) => (a < b ? -1 : 1));
  return heavy.map(([gram, g], n) => {
    const file = new VarintWriter();
    writeRecord(file, gram, g);
    files.set(heavyPath(n), file.toBytes());
    table.delete(gram);
    return [gram, file.length];
  });
}

function writeRecord(w: VarintWriter, gram: string, g: GramPostings): void {
  const [c1, c2] = [...gram].map((c) => c.codePointAt(0)!);
  const head = new VarintWriter();
  head.push(g.docs);
  w.push(c1!);
  w.push(c2 ?? 0);
  w.push(head.length + g.body.length);
  w.append(head.toBytes());
  w.append(g.body.toBytes());
}

function writeShards(table: Map<string, GramPostings>, target: number, path: (n: number) => string, files: Map<string, Uint8Array | string>): number {
  let total = 0;
  for (const g of table.values()) total += g.body.length + 8;
  const shards = Math.max(1, Math.ceil(total / target));
  const writers = Array.from({ length: shards }, () => new VarintWriter());
  // Sorted so the output is byte-identical from one build to the next.
  for (const gram of [...table.keys()].sort()) writeRecord(writers[shardOf(gram, shards)]!, gram, table.get(gram)!);
  writers.forEach((w, n) => files.set(path(n), w.toBytes()));
  return shards;
}

function buildMeta(docs: readonly IndexDoc[], titleLengths: number[], bigramShards: number, unigramShards: number): Omit<IndexMeta, 'heavyBigrams'> {
  const typeValues: [string, string][] = [];
  const regionValues: [string, string, string][] = [];
  const speakerValues: string[] = [];
  const byKey = new Map<string, number>();
  const intern = <T>(kind: string, values: T[], k: string, value: T) => {
    const key = `${kind}\u0000${k}`;
    let n = byKey.get(key);
    if (n === undefined) byKey.set(key, (n = values.push(value) - 1));
    return n;
  };
  return {
    v: FORMAT_VERSION,
    bigramShards,
    unigramShards,
    ids: docs.map((d) => d.meta.id),
    titles: docs.map((d) => d.text.title),
    dates: docs.map((d) => d.meta.date ?? ''),
    years: docs.map((d) => d.meta.year ?? 0),
    titleLengths,
    types: docs.map((d) => intern('type', typeValues, d.meta.type, [d.meta.type, d.meta.typeLabel])),
    typeValues,
    regions: docs.map(({ meta: { region } }) => {
      if (!region) return -1;
      const value: [string, string, string] = [region.province, region.city ?? '', region.county ?? ''];
      return intern('region', regionValues, value.join('\u0000'), value);
    }),
    regionValues,
    speakers: docs.map((d) => d.meta.speakers.map((s) => intern('speaker', speakerValues, s, s))),
    speakerValues,
  };
}
