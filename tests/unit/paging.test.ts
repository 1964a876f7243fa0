import { describe, expect, it } from 'vitest';
import { pageParam, pageUrl, pageWindow, paginate } from '../../src/lib/paging.ts';

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

describe('pageWindow', () => {
  const gaps = (w: (number | null)[]) => w.map((n) => n ?? '…').join(' ');
  it('links every page of a short list', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(3, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
  it('keeps the first, the last and two either side of the current page, with gaps between', () => {
    expect(gaps(pageWindow(1, 310))).toBe('1 2 3 … 310');
    expect(gaps(pageWindow(150, 310))).toBe('1 … 148 149 150 151 152 … 310');
    expect(gaps(pageWindow(310, 310))).toBe('1 … 308 309 310');
  });
  it('shows a single left-out page instead of a gap', () => {
    expect(gaps(pageWindow(5, 10))).toBe('1 2 3 4 5 6 7 … 10');
  });
  it('always links the first, the last and the pages either side of the current one', () => {
    for (const total of [1, 2, 9, 31, 310]) {
      for (let number = 1; number <= total; number++) {
        const shown = pageWindow(number, total).filter((n): n is number => n !== null);
        expect(shown[0]).toBe(1);
        expect(shown.at(-1)).toBe(total);
        expect(shown).toContain(number);
        if (number < total) expect(shown).toContain(number + 1);
        if (number > 1) expect(shown).toContain(number - 1);
      }
    }
  });
});
