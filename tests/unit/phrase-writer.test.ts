// The phrase index's files are written into buffers sized ahead (build.ts,
// writeShards and writeRecord); the bytes must be those of the writer that
// grew its buffers as it went. search-build.test.ts decodes the files against
// the format's definition; here the files of a fixed corpus, whole and updated,
// are pinned to the digests the thirty-first session's code gave them.
// (A change of the format changes these digests on purpose: set them anew.)
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildIndex, encodeState, updateIndex } from '../../src/lib/search/build.ts';
import { buildFoldMap } from '../../src/lib/search/foldmap.ts';
import { VarintWriter, varintLength } from '../../src/lib/search/format.ts';
import { generateCorpus } from '../fixtures/search/corpus.ts';

const digest = (files: Map<string, string | Uint8Array>) => {
  const hash = createHash('sha256');
  for (const file of [...files.keys()].sort()) hash.update(file).update('\0').update(files.get(file)!).update('\0');
  return hash.digest('hex');
};

describe('the phrase index writer', () => {
  it('knows how many bytes a varint takes', () => {
    for (const n of [0, 1, 127, 128, 16383, 16384, 2 ** 21 - 1, 2 ** 21, 2 ** 28, 2 ** 35 + 5, Number.MAX_SAFE_INTEGER]) {
      const w = new VarintWriter(1);
      w.push(n);
      expect(varintLength(n)).toBe(w.length);
    }
  });

  const map = buildFoldMap();
  const docs = generateCorpus(300).sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));
  it('writes the sharded index of a fixed corpus byte for byte as before', () => {
    expect(digest(buildIndex(docs, map, { perShard: 100, targetShardBytes: 2048 }))).toBe('ae182f9dfb809c071ae4a197e656071a88da359cb6690eb6e3c0d93db2085189');
  });

  it('writes an index updated from its last state, and the state, byte for byte as before', () => {
    const first = updateIndex(docs.slice(0, 250), map, undefined, { targetShardBytes: 1024 });
    const next = updateIndex(docs.slice(50), map, first.state, { targetShardBytes: 1024 });
    expect(next.tokenized).toBe(50);
    expect(digest(next.files)).toBe('b18e20a6dba844d54a94ceed9351ec0eac1cccfc4ebeb891246a3bbd16b7afa7');
    expect(createHash('sha256').update(encodeState(next.state)).digest('hex')).toBe('cfb773b35ce3156b399775832adf186c534b790b2d64dec35d5f0b337f931315');
  });
});
