import { describe, expect, it } from 'vitest';
import { fold, foldCodePoint, foldWithOrigin } from '../../src/lib/search/fold.ts';
import { buildFoldMap } from '../../src/lib/search/foldmap.ts';
import { decodeFoldMap, encodeFoldMap } from '../../src/lib/search/format.ts';
import { MAX_QUERY_CHARS, parseQuery } from '../../src/lib/search/query.ts';

const map = buildFoldMap();
const terms = (q: string) => parseQuery(q, map).terms.map((t) => t.join(''));

describe('query normalisation', () => {
  it('folds traditional and regional variants to simplified', () => {
    expect(fold('三嚴三實 黨建 關於 衛生', map)).toBe('三严三实 党建 关于 卫生');
    expect(fold('裏', map)).toBe(fold('裡', map));
  });

  it('folds full-width digits, Latin and punctuation, and case', () => {
    expect(fold('ＧＤＰ１２０（一）：', map)).toBe('gdp120(一):');
  });

  it('folds every code point below U+A000 as NFKC, then the map, then lower case would', () => {
    const full = (cp: string) => [...cp.normalize('NFKC')].map((c) => (map[c] ?? c).toLowerCase()).join('');
    const differing: string[] = [];
    for (let code = 0; code < 0xa000; code++) {
      if (code >= 0xd800 && code < 0xe000) continue;
      const cp = String.fromCodePoint(code);
      if (foldCodePoint(cp, map) !== full(cp)) differing.push(code.toString(16));
    }
    expect(differing).toEqual([]);
  });

  it('splits on whitespace, drops quotes and repeated terms', () => {
    expect(terms('  三会一课　"两个维护"  三会一课 ')).toEqual(['三会一课', '两个维护']);
    expect(terms('“7个能力”')).toEqual(['7个能力']);
  });

  it('keeps other punctuation as literal characters', () => {
    expect(terms('(一) <b> {x} * ?')).toEqual(['(一)', '<b>', '{x}', '*', '?']);
  });

  it('has nothing to search in an empty or quote-only query', () => {
    expect(terms('')).toEqual([]);
    expect(terms(' " " ')).toEqual([]);
  });

  it('cuts overlong queries and says so', () => {
    const q = parseQuery('党'.repeat(MAX_QUERY_CHARS + 10), map);
    expect(q.truncated).toBe(true);
    expect(q.terms[0]).toHaveLength(MAX_QUERY_CHARS);
    expect(parseQuery('党'.repeat(200), map).truncated).toBe(false);
  });

  it('maps every folded character back to its original offset', () => {
    const text = '全年…ＧＤＰ𠵾增長';
    const { chars, origin } = foldWithOrigin(text, map);
    expect(chars.join('')).toBe('全年...gdp𠵾增长');
    expect(origin.slice(0, 5)).toEqual([0, 1, 2, 2, 2]);
    expect(text.slice(origin[9]!, origin[10]!)).toBe('增');
    expect(origin.at(-1)).toBe(text.length);
  });

  it('ships the fold map compactly and losslessly', () => {
    expect(decodeFoldMap(encodeFoldMap(map))).toEqual(map);
  });
});
