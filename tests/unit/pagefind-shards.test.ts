import { describe, expect, it } from 'vitest';
import { planShards, shardCount, shardOf, type ShardInput } from '../../src/lib/pagefind/shards.ts';

describe('shardCount', () => {
  it('is the smallest power of two that keeps shards at or under the size', () => {
    expect(shardCount(0, 2500)).toBe(1);
    expect(shardCount(2500, 2500)).toBe(1);
    expect(shardCount(2501, 2500)).toBe(2);
    expect(shardCount(10000, 2500)).toBe(4);
    expect(shardCount(10001, 2500)).toBe(8);
    expect(shardCount(50000, 2500)).toBe(32);
  });
});

describe('shardOf', () => {
  it('places an id by its leading bits', () => {
    // Four shards: leading hex digit 0–3, 4–7, 8–b, c–f.
    expect(['0000aa', '3fffaa', '4000aa', '7fff00', '8000ff', 'bfff00', 'c00000', 'ffffff'].map((id) => shardOf(id, 4))).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
    expect(shardOf('ffffff', 1)).toBe(0);
    // Eight shards halve each of the four: 0x2000 per shard.
    expect(['1fff00', '2000aa', 'e00000'].map((id) => shardOf(id, 8))).toEqual([0, 1, 7]);
  });

  it('refuses an id that is not hexadecimal', () => {
    expect(() => shardOf('zz12', 4)).toThrow(/not hexadecimal/);
  });
});

describe('planShards', () => {
  // Two documents in each of four shards at two documents a shard.
  const docs: ShardInput[] = ['0a11', '1b22', '5c33', '6d44', '8e55', '9f66', 'c077', 'd188'].map((id) => ({ id, digest: `v1-${id}` }));
  const first = planShards(docs, 2, 'code-1', new Set());
  const cached = new Set(first.shards.map((s) => s.name));
  const shardNames = (plan: ReturnType<typeof planShards>) => plan.shards.map((s) => s.name);

  it('indexes every shard when nothing is cached', () => {
    expect(first.shards.map((s) => s.ids)).toEqual([
      ['0a11', '1b22'],
      ['5c33', '6d44'],
      ['8e55', '9f66'],
      ['c077', 'd188'],
    ]);
    expect(first.rebuild).toEqual(shardNames(first));
    expect(first.unused).toEqual([]);
    expect(shardNames(first).map((n) => n.split('-').slice(0, 2).join('-'))).toEqual(['4-0', '4-1', '4-2', '4-3']);
  });

  it('keeps every shard when nothing changed, in any input order', () => {
    const again = planShards([...docs].reverse(), 2, 'code-1', cached);
    expect(shardNames(again)).toEqual(shardNames(first));
    expect(again.rebuild).toEqual([]);
    expect(again.unused).toEqual([]);
  });

  it('indexes again only the shard of a changed document', () => {
    const changed = docs.map((d) => (d.id === '9f66' ? { ...d, digest: 'v2-9f66' } : d));
    const plan = planShards(changed, 2, 'code-1', cached);
    expect(plan.rebuild).toEqual([plan.shards[2]!.name]);
    expect(plan.unused).toEqual([first.shards[2]!.name]);
    expect(shardNames(plan).filter((_, n) => n !== 2)).toEqual(shardNames(first).filter((_, n) => n !== 2));
  });

  it('indexes again the shards a document leaves and joins when its id changes', () => {
    // A changed raw file gives a new id (in shard 0 here) and drops the old one (shard 3).
    const moved = docs.map((d) => (d.id === 'c077' ? { id: '2e99', digest: 'v1-2e99' } : d));
    const plan = planShards(moved, 2, 'code-1', cached);
    expect(plan.shards.map((s) => s.ids)).toEqual([
      ['0a11', '1b22', '2e99'],
      ['5c33', '6d44'],
      ['8e55', '9f66'],
      ['d188'],
    ]);
    expect(plan.rebuild).toEqual([plan.shards[0]!.name, plan.shards[3]!.name]);
    expect(plan.unused).toEqual([first.shards[0]!.name, first.shards[3]!.name].sort());
  });

  it('leaves out an empty shard', () => {
    const plan = planShards(docs.filter((d) => !['5c33', '6d44'].includes(d.id)), 2, 'code-1', cached);
    expect(plan.shards.map((s) => s.ids)).toEqual([
      ['0a11', '1b22'],
      ['8e55', '9f66'],
      ['c077', 'd188'],
    ]);
    expect(plan.rebuild).toEqual([]);
    expect(plan.unused).toEqual([first.shards[1]!.name]);
  });

  it('indexes everything again under another code version or when the shard count doubles', () => {
    expect(planShards(docs, 2, 'code-2', cached).rebuild).toHaveLength(4);
    const grown = planShards([...docs, { id: 'f299', digest: 'v1-f299' }], 2, 'code-1', cached);
    // Nine documents at two a shard: eight shards of 0x2000 ids each (leading digits 0–1, 2–3 …); the six holding a document are all new.
    expect(grown.shards.map((s) => s.ids)).toEqual([['0a11', '1b22'], ['5c33'], ['6d44'], ['8e55', '9f66'], ['c077', 'd188'], ['f299']]);
    expect(grown.shards.map((s) => s.name.split('-').slice(0, 2).join('-'))).toEqual(['8-0', '8-2', '8-3', '8-4', '8-6', '8-7']);
    expect(grown.rebuild).toEqual(shardNames(grown));
    expect(grown.unused).toEqual([...cached].sort());
  });
});
