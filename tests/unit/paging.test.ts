import { describe, expect, it } from 'vitest';
import { pageParam, pageUrl, paginate } from '../../src/lib/paging.ts';

describe('paginate', () => {
  it('splits a list into pages of the given size, numbered from 1', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => [p.number, p.total, p.items])).toEqual([
      [1, 3, [1, 2]],
      [2, 3, [3, 4]],
      [3, 3, [5]],
    ]);
  });
  it('keeps one page for an empty list', () => {
    expect(paginate([], 10)).toEqual([{ items: [], number: 1, total: 1 }]);
  });
  it('puts page 1 at the list URL and page n under it', () => {
    expect(pageUrl('/years/2012/', 1)).toBe('/years/2012/');
    expect(pageUrl('/years/2012/', 3)).toBe('/years/2012/3/');
    expect([pageParam(1), pageParam(2)]).toEqual([undefined, '2']);
  });
});
