// Turns per-file results into the archive's documents: near-duplicate texts
// (reposts) become one document listing every copy, and every input is
// accounted for as a document, a merged repost or a quarantine entry.
import type { BuildCache } from '../../core/cache/build-cache.ts';
import { clusterRepostsSince, documentText, type RepostState } from './reposts.ts';
import { withMeta } from './serialize.ts';
import type { IngestResult } from './pipeline.ts';
import type { DocumentMeta, Repost } from './types.ts';
import type { Kept, ResultStore } from './result-store.ts';

/** What a cluster's copy becomes with its copies listed (withMeta, or the same remembered between runs). */
export type Remeta = (mdx: string, meta: DocumentMeta) => string;

/**
 * withMeta remembered in `cache` (in the ingest cache's version folder) by its
 * two inputs: the frontmatter is the metadata's JSON as YAML and the body is
 * the MDX's, so the same pair gives the same text. Serializing the frontmatter
 * of every cluster's copy again was a cost of every run in proportion to the
 * archive's reposts (docs/performance.md, onefile2).
 */
export function rememberedWithMeta(cache: BuildCache<string>): Remeta {
  return (mdx, meta) => cache.get(cache.key(`${mdx}\0${JSON.stringify(meta)}`), () => withMeta(mdx, meta));
}

type DocumentResult = Extract<IngestResult, { kind: 'document' }>;

export interface Accounting {
  documents: DocumentResult[];
  merged: { path: string; into: string }[];
  quarantined: { path: string; reason: string }[];
  /** What the next run's repost clustering starts from, and how many pairs this one compared. */
  reposts?: { state: RepostState; compared: number };
}

const textOf = (doc: DocumentResult) => documentText(doc.blocks);
const dateOf = (doc: DocumentResult) => doc.meta.source.published ?? doc.meta.date ?? '';

/**
 * The copy that represents a cluster: the cleanest (fewest warnings), then the
 * most complete (longest text), then the earliest, then by path — so the same
 * inputs always choose the same copy, and its id becomes the document id.
 */
function representative(a: DocumentResult, b: DocumentResult): number {
  return (
    a.meta.warnings.length - b.meta.warnings.length ||
    textOf(b).length - textOf(a).length ||
    (dateOf(a) || '9999').localeCompare(dateOf(b) || '9999') ||
    a.path.localeCompare(b.path)
  );
}

/** Earliest first; undated copies last. */
function earliest(a: Repost, b: Repost): number {
  const da = a.source.published ?? a.date ?? '9999';
  const db = b.source.published ?? b.date ?? '9999';
  return da.localeCompare(db) || a.raw.path.localeCompare(b.raw.path);
}

/** `reposts`: the last run's clustering state (reposts.ts), so that only pairs with a changed document are compared. */
export function account(results: IngestResult[], reposts?: RepostState, remeta: Remeta = withMeta): Accounting {
  const out: Accounting = { documents: [], merged: [], quarantined: [] };
  const docs: DocumentResult[] = [];
  for (const result of results) {
    if (result.kind === 'quarantined') out.quarantined.push({ path: result.path, reason: result.reason });
    else docs.push(result);
  }
  const byPath = new Map(docs.map((d) => [d.path, d]));
  const clustered = clusterRepostsSince(docs.map((d) => ({ key: d.path, sketch: d.sketch })), reposts);
  out.reposts = { state: clustered.state, compared: clustered.compared };
  for (const group of clustered.groups) out.documents.push(mergeGroup(group.map((path) => byPath.get(path)!), remeta, out.merged));
  out.documents.sort((a, b) => a.meta.id.localeCompare(b.meta.id));
  out.merged.sort((a, b) => a.path.localeCompare(b.path));
  return out;
}

/** A cluster's representative, with its copies listed in it and named in `merged`; a lone document as it is. */
function mergeGroup(group: DocumentResult[], remeta: Remeta, merged: Accounting['merged']): DocumentResult {
  const [main, ...copies] = group.sort(representative) as [DocumentResult, ...DocumentResult[]];
  if (copies.length > 0) {
    main.meta.reposts = copies
      .map((c): Repost => ({ raw: c.meta.raw, source: c.meta.source, ...(c.meta.date ? { date: c.meta.date } : {}) }))
      .sort(earliest);
    main.mdx = remeta(main.mdx, main.meta);
    for (const copy of copies) merged.push({ path: copy.path, into: main.meta.id });
  }
  return main;
}

/**
 * `account` over ingest's result store (result-store.ts): the clusters found
 * from the kept sketches, only their members read back, each cluster's
 * representative written back with its copies listed. The documents are the
 * store's indices, in `account`'s order (by id); the store then holds what
 * `account`'s documents are.
 */
export function accountStored(store: ResultStore, reposts?: RepostState, remeta: Remeta = withMeta): Omit<Accounting, 'documents'> & { documents: number[] } {
  const out: Omit<Accounting, 'documents'> & { documents: number[] } = { documents: [], merged: [], quarantined: [] };
  const docs: number[] = [];
  store.kept.forEach((kept, i) => {
    if (kept.kind === 'quarantined') out.quarantined.push({ path: kept.path, reason: kept.reason });
    else docs.push(i);
  });
  const byPath = new Map(docs.map((i) => [store.kept[i]!.path, i]));
  const clustered = clusterRepostsSince(
    docs.map((i) => {
      const kept = store.kept[i] as Extract<Kept, { kind: 'document' }>;
      return { key: kept.path, sketch: kept.sketch };
    }),
    reposts,
  );
  out.reposts = { state: clustered.state, compared: clustered.compared };
  for (const group of clustered.groups) {
    const indices = group.map((path) => byPath.get(path)!);
    if (indices.length === 1) {
      out.documents.push(indices[0]!);
      continue;
    }
    const members = indices.map((i) => store.document(i));
    const main = mergeGroup(members.slice(), remeta, out.merged);
    const index = indices[members.indexOf(main)]!;
    store.replace(index, main);
    out.documents.push(index);
  }
  const idOf = (i: number) => (store.kept[i] as Extract<Kept, { kind: 'document' }>).id;
  out.documents.sort((a, b) => idOf(a).localeCompare(idOf(b)));
  out.merged.sort((a, b) => a.path.localeCompare(b.path));
  return out;
}
