// Filtering, facet counts and ordering of search results over the index's
// document table. Counts are taken over the filtered results, so a count
// is the number of results that choosing that value leaves.
import type { DocHits } from './engine.ts';
import type { IndexMeta } from './format.ts';
import type { FilterKey, Filters, Sort } from './state.ts';

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}
export type Facets = Record<'year' | 'region' | 'type' | 'speaker' | 'person', { key: FilterKey; values: FacetValue[] }>;

function valueOf(meta: IndexMeta, doc: number, key: FilterKey): string[] {
  const region = meta.regionValues[meta.regions[doc] ?? -1];
  switch (key) {
    case 'year':
      return meta.years[doc] ? [String(meta.years[doc])] : [];
    case 'province':
      return region ? [region[0]] : [];
    case 'city':
      return region?.[1] ? [region[1]] : [];
    case 'county':
      return region?.[2] ? [region[2]] : [];
    case 'type':
      return [meta.typeValues[meta.types[doc]!]![0]];
    case 'speaker':
      return (meta.speakers[doc] ?? []).map((s) => meta.speakerValues[s]!);
    case 'person':
      return (meta.people?.[doc] ?? []).map((p) => meta.personValues[p]!);
  }
}

export function applyFilters(hits: readonly DocHits[], meta: IndexMeta, filters: Filters): DocHits[] {
  const active = Object.entries(filters).filter(([, v]) => v) as [FilterKey, string][];
  return hits.filter((h) => active.every(([key, value]) => valueOf(meta, h.doc, key).includes(value)));
}

/** Region facet shows the level below the deepest one chosen. */
function regionKey(filters: Filters): FilterKey {
  return filters.city ? 'county' : filters.province ? 'city' : 'province';
}

/** One collator for every comparison: localeCompare with a locale builds one per call, seconds over thousands of speakers. */
const zh = new Intl.Collator('zh-CN');

export function countFacets(results: readonly DocHits[], meta: IndexMeta, filters: Filters): Facets {
  const count = (key: FilterKey, label: (v: string) => string = (v) => v) => {
    const counts = new Map<string, number>();
    for (const h of results) for (const v of new Set(valueOf(meta, h.doc, key))) counts.set(v, (counts.get(v) ?? 0) + 1);
    return { key, values: [...counts].map(([value, n]) => ({ value, label: label(value), count: n })) };
  };
  const byCount = (f: { key: FilterKey; values: FacetValue[] }) => ({ ...f, values: f.values.sort((a, b) => b.count - a.count || zh.compare(a.label, b.label)) });
  const typeLabel = new Map(meta.typeValues);
  const year = count('year');
  year.values.sort((a, b) => Number(b.value) - Number(a.value));
  return {
    year,
    region: byCount(count(regionKey(filters))),
    type: byCount(count('type', (v) => typeLabel.get(v) ?? v)),
    speaker: byCount(count('speaker')),
    person: byCount(count('person')),
  };
}

export function sortResults(results: DocHits[], meta: IndexMeta, sort: Sort): DocHits[] {
  const date = (h: DocHits) => meta.dates[h.doc] ?? '';
  const byDate = (dir: 1 | -1) => (a: DocHits, b: DocHits) => {
    const da = date(a);
    const db = date(b);
    if (!da !== !db) return da ? -1 : 1; // undated last either way
    return da === db ? a.doc - b.doc : (da < db ? -1 : 1) * dir;
  };
  const newest = byDate(-1);
  if (sort === 'newest') return results.sort(newest);
  if (sort === 'oldest') return results.sort(byDate(1));
  return results.sort((a, b) => Number(b.titleHits > 0) - Number(a.titleHits > 0) || b.hits - a.hits || newest(a, b));
}
