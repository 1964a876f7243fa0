// Long lists (a province or a year can hold thousands of documents) split into
// pages: page 1 at the list's own URL, page n at <url>n/.

export const PAGE_SIZE = 100;

export interface Page<T> {
  items: T[];
  /** 1-based. */
  number: number;
  total: number;
}

/** At least one page, so that an empty list still has its page. */
export function paginate<T>(items: readonly T[], size = PAGE_SIZE): Page<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({ items: items.slice(i * size, (i + 1) * size), number: i + 1, total }));
}

export const pageUrl = (base: string, n: number) => (n === 1 ? base : `${base}${n}/`);

/** The rest parameter of a paged route: none for page 1. */
export const pageParam = (n: number) => (n === 1 ? undefined : String(n));

/**
 * The page numbers a pager links: the first, the last, and those within `around` of the
 * current one, with `null` where numbers are left out. A list of thousands of pages keeps
 * a pager of one line; a gap is never a single page, which is shown instead.
 */
export function pageWindow(number: number, total: number, around = 2): (number | null)[] {
  const shown = (n: number) => n === 1 || n === total || Math.abs(n - number) <= around;
  const out: (number | null)[] = [];
  for (let n = 1; n <= total; n++) {
    if (shown(n) || (shown(n - 1) && shown(n + 1))) out.push(n);
    else if (out.at(-1) !== null) out.push(null);
  }
  return out;
}
