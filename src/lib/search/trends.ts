// How a query's matching documents, and its hits, fall over years and
// provinces: the figures behind the search page's charts and /trends/.
// Counted from the phrase index's results and document table, in the browser.
import type { DocHits } from './engine.ts';
import type { IndexMeta } from './format.ts';
import { NONE } from './state.ts';

export interface Bucket {
  /** The filter value: a year, a province, or NONE for documents without one. */
  key: string;
  docs: number;
  hits: number;
}

function tally(results: readonly DocHits[], keyOf: (doc: number) => string): Map<string, Bucket> {
  const buckets = new Map<string, Bucket>();
  for (const r of results) {
    const key = keyOf(r.doc);
    const b = buckets.get(key) ?? { key, docs: 0, hits: 0 };
    b.docs++;
    b.hits += r.hits;
    buckets.set(key, b);
  }
  return buckets;
}

const yearKey = (meta: IndexMeta) => (doc: number) => (meta.years[doc] ? String(meta.years[doc]) : NONE);

/** The span of years to draw: from the first to the last year given, every year between included. */
export function yearSpan(years: Iterable<string>): string[] {
  const numbers = [...years].filter((y) => y !== NONE).map(Number);
  if (!numbers.length) return [];
  const first = Math.min(...numbers);
  return Array.from({ length: Math.max(...numbers) - first + 1 }, (_, i) => String(first + i));
}

/**
 * Per year, oldest first, every year of `span` (by default the results' own)
 * present even when empty so that gaps show; the undated last when any.
 */
export function byYear(results: readonly DocHits[], meta: IndexMeta, span?: readonly string[]): Bucket[] {
  const buckets = tally(results, yearKey(meta));
  const years = span ?? yearSpan(buckets.keys());
  const out = years.map((key) => buckets.get(key) ?? { key, docs: 0, hits: 0 });
  const undated = buckets.get(NONE);
  return undated ? [...out, undated] : out;
}

/** Per province, most documents first (then by hits), those without a place last. */
export function byProvince(results: readonly DocHits[], meta: IndexMeta): Bucket[] {
  const buckets = tally(results, (doc) => meta.regionValues[meta.regions[doc] ?? -1]?.[0] || NONE);
  return [...buckets.values()].sort((a, b) => Number(a.key === NONE) - Number(b.key === NONE) || b.docs - a.docs || b.hits - a.hits || (a.key < b.key ? -1 : 1));
}

/** Documents in the whole index per year: the base of a share. */
export function corpusByYear(meta: IndexMeta): Map<string, number> {
  const counts = new Map<string, number>();
  meta.ids.forEach((_, doc) => {
    const key = yearKey(meta)(doc);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  return counts;
}
