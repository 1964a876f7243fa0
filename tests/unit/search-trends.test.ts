import { describe, expect, it } from 'vitest';
import type { DocHits } from '../../src/lib/search/engine.ts';
import type { IndexMeta } from '../../src/lib/search/format.ts';
import { byProvince, byYear, corpusByYear, yearSpan } from '../../src/lib/search/trends.ts';
import { parseTrends } from '../../src/lib/search/trends-page.ts';

const meta: IndexMeta = {
  v: 1, shards: [{ dir: '', docs: 5, bigramShards: 1, heavyBigrams: [], unigramShards: 1 }],
  ids: ['a', 'b', 'c', 'd', 'e'],
  titles: ['甲', '乙', '丙', '丁', '戊'],
  dates: ['2015-03-01', '2018-07-09', '', '2018-01-02', '2016-05-05'],
  years: [2015, 2018, 0, 2018, 2016],
  titleLengths: [1, 1, 1, 1, 1],
  types: [0, 0, 0, 0, 0],
  typeValues: [['speech', '讲话']],
  regions: [0, 1, -1, 2, 0],
  regionValues: [['江苏省', '徐州市', '沛县'], ['江苏省', '南京市', ''], ['重庆市', '', '开州区']],
  speakers: [[], [], [], [], []],
  speakerValues: [],
  people: [[], [], [], [], []],
  personValues: [],
};
const hits: DocHits[] = [
  { doc: 0, hits: 2, titleHits: 0 },
  { doc: 1, hits: 5, titleHits: 0 },
  { doc: 2, hits: 1, titleHits: 1 },
  { doc: 3, hits: 3, titleHits: 0 },
];

describe('phrase trends', () => {
  it('counts documents and hits per year, every year of the span shown, the undated last', () => {
    expect(byYear(hits, meta)).toEqual([
      { key: '2015', docs: 1, hits: 2 },
      { key: '2016', docs: 0, hits: 0 },
      { key: '2017', docs: 0, hits: 0 },
      { key: '2018', docs: 2, hits: 8 },
      { key: 'none', docs: 1, hits: 1 },
    ]);
  });

  it('draws a common span for several phrases', () => {
    expect(byYear([{ doc: 4, hits: 1, titleHits: 0 }], meta, yearSpan(['2014', '2016', 'none'])).map((b) => [b.key, b.docs])).toEqual([
      ['2014', 0],
      ['2015', 0],
      ['2016', 1],
    ]);
    expect(yearSpan(['none'])).toEqual([]);
  });

  it('counts per province, most documents first, the unplaced last', () => {
    expect(byProvince(hits, meta)).toEqual([
      { key: '江苏省', docs: 2, hits: 7 },
      { key: '重庆市', docs: 1, hits: 3 },
      { key: 'none', docs: 1, hits: 1 },
    ]);
  });

  it('counts the whole index per year, the base of a share', () => {
    expect(Object.fromEntries(corpusByYear(meta))).toEqual({ 2015: 1, 2016: 1, 2018: 2, none: 1 });
  });

  it('reads up to four phrases from the address, blank ones and repeats dropped', () => {
    expect(parseTrends('?q=三严三实&q=&q=两个维护&q=三严三实&m=share')).toEqual({ phrases: ['三严三实', '两个维护'], measure: 'share', dropped: 0 });
    expect(parseTrends('?q=一&q=二&q=三&q=四&q=五&m=bogus')).toEqual({ phrases: ['一', '二', '三', '四'], measure: 'docs', dropped: 1 });
  });
});
