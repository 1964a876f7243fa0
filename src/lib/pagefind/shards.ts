// Which Pagefind shards a build writes and which of them it can keep.
//
// Pagefind cannot update an index, and one index of the whole archive holds
// every document in its process's memory at once (docs/performance.md). So
// the documents are split into shards of bounded size, each a bundle of its
// own that the browser merges (Pagefind's mergeIndex), and a shard is indexed
// again only when one of its documents changed. A document's shard follows
// from its id alone (the leading bits of its hex digits, which are a SHA-256
// prefix and so evenly spread): adding or removing a document never moves
// another one to a different shard. The shard count is the smallest power of
// two that keeps shards at or under the target size, so it changes, and
// every shard with it, only when the archive doubles or halves.
import { createHash } from 'node:crypto';

/** A document as the plan sees it: its id (hex) and a digest of what its record is made from. */
export interface ShardInput {
  id: string;
  digest: string;
}

export interface Shard {
  /** Folder name of the bundle under /pagefind/: the shard's place and a digest of its documents, so a changed shard is a new address. */
  name: string;
  ids: string[];
}

export interface ShardPlan {
  shards: Shard[];
  /** Names of the shards to index; the others are in the cache already. */
  rebuild: string[];
  /** Cached bundles no shard of this build uses. */
  unused: string[];
}

/** Hex digits of a document id read to place it; 2^16 shards is more than any archive needs. */
const ID_DIGITS = 4;

/** The smallest power of two of shards that keeps each at or under `perShard` documents on average. */
export function shardCount(documents: number, perShard: number): number {
  let count = 1;
  while (count * perShard < documents && count < 1 << (ID_DIGITS * 4)) count *= 2;
  return count;
}

/** The shard (0 … count − 1) of a document id: its leading bits. `count` is a power of two. */
export function shardOf(id: string, count: number): number {
  const lead = Number.parseInt(id.slice(0, ID_DIGITS).padEnd(ID_DIGITS, '0'), 16);
  if (!/^[0-9a-f]+$/i.test(id) || Number.isNaN(lead)) throw new Error(`pagefind: document id ${JSON.stringify(id)} is not hexadecimal`);
  return Math.floor((lead * count) / (1 << (ID_DIGITS * 4)));
}

/**
 * The shards of `docs` under `version` (what indexes them: code and Pagefind's
 * version), and which of them are not among `cached` (the bundle names the
 * cache holds) and so must be indexed.
 */
export function planShards(docs: readonly ShardInput[], perShard: number, version: string, cached: ReadonlySet<string>): ShardPlan {
  const count = shardCount(docs.length, perShard);
  const groups = Array.from({ length: count }, () => [] as ShardInput[]);
  for (const doc of docs) groups[shardOf(doc.id, count)]!.push(doc);
  const width = String(count - 1).length;
  const shards = groups.flatMap((group, n): Shard[] => {
    if (!group.length) return [];
    group.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const hash = createHash('sha256').update(`${version}\n${count}\n`);
    for (const doc of group) hash.update(`${doc.id} ${doc.digest}\n`);
    return [{ name: `${count}-${String(n).padStart(width, '0')}-${hash.digest('hex').slice(0, 12)}`, ids: group.map((d) => d.id) }];
  });
  const names = new Set(shards.map((s) => s.name));
  return {
    shards,
    rebuild: shards.filter((s) => !cached.has(s.name)).map((s) => s.name),
    unused: [...cached].filter((name) => !names.has(name)).sort(),
  };
}
