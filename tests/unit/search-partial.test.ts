// The fallback when no document holds the query: documents ranked by how much
// of it they hold. The searcher stands in for the phrase index by scanning
// the texts, which is what the index answers (tests/e2e/search.spec.ts checks
// the index itself equals such a scan).
import { describe, expect, it } from 'vitest';
import type { DocHits } from '../../src/lib/search/engine.ts';
import { partialMatches, type Searcher } from '../../src/lib/search/partial.ts';

function scanner(texts: string[]): Searcher & { calls: number } {
  const searcher = {
    calls: 0,
    async search(terms: readonly (readonly string[])[]): Promise<DocHits[]> {
      searcher.calls++;
      const words = terms.map((t) => t.join(''));
      return texts.flatMap((text, doc) => (words.every((w) => text.includes(w)) ? [{ doc, hits: text.split(words[0]!).length - 1, titleHits: 0 }] : []));
    },
  };
  return searcher;
}

const texts = [
  '推进全面从严治党向纵深发展，压实管党治党政治责任。',
  '必须坚持从严治党不放松，作风建设永远在路上。',
  '党的自我革命永远在路上。',
  '加强基层组织建设。',
];
const chars = (s: string) => [[...s]];

describe('partial matches', () => {
  it('ranks documents by how much of the query they hold, and names the parts found', async () => {
    const result = await partialMatches(scanner(texts), chars('全面从严治党永远在路上'));
    expect(result.found).toEqual(['全面从严治党', '永远在路上']);
    expect(result.hits.map((h) => [h.doc, h.covered, h.parts])).toEqual([
      [1, 9, ['从严治党', '永远在路上']],
      [0, 6, ['全面从严治党']],
      [2, 5, ['永远在路上']],
    ]);
  });

  it('is never empty when any two adjacent characters of the query occur', async () => {
    const result = await partialMatches(scanner(texts), chars('量子纠缠与治党'));
    expect(result.found).toEqual(['治党']);
    expect(result.hits.map((h) => h.doc)).toEqual([0, 1]);
    expect((await partialMatches(scanner(texts), chars('量子纠缠'))).hits).toEqual([]);
  });

  it('takes every term of a query apart and needs about two searches a character', async () => {
    const searcher = scanner(texts);
    const result = await partialMatches(searcher, [[...'作风建设永远'], [...'基层组织']]);
    expect(result.found).toEqual(['作风建设永远', '基层组织']);
    expect(result.hits.map((h) => h.doc)).toEqual([1, 3, 2]);
    expect(searcher.calls).toBeLessThanOrEqual(2 * 10);
  });
});
