// Filtering, facet counts and ordering of search results over the index's
// document table. Counts are taken over the filtered results, so a count
// is the number of results that choosing that value leaves; each facet has
// a bucket for the documents without a value (年份不详, 地区不详 …), so that
// the counts of a single-valued facet add up to the results.
import type { DocHits } from './engine.ts';
import type { IndexMeta } from './format.ts';
import { NONE, type FilterKey, type Filters, type Sort } from './state.ts';

export interface FacetValue {
  /** The filter this value sets: the facet's own key, or another level of the region facet. */
  key: FilterKey;
  value: string;
  label: string;
  count: number;
}
export type FacetName = 'year' | 'region' | 'type' | 'speaker' | 'person';
export type Facets = Record<FacetName, { key: FilterKey; values: FacetValue[] }>;

/** The region as province, city, county; a municipality's or a province's own county-level place has no city. */
function regionOf(meta: IndexMeta, doc: number): { province: string; city?: string; county?: string } | undefined {
  const region = meta.regionValues[meta.regions[doc] ?? -1];
  if (!region) return undefined;
  const [province, city, county] = region;
  return { province, ...(city && city !== province ? { city } : {}), ...(county ? { county } : {}) };
}

function valueOf(meta: IndexMeta, doc: number, key: FilterKey): string[] {
  const region = regionOf(meta, doc);
  switch (key) {
    case 'year':
      return meta.years[doc] ? [String(meta.years[doc])] : [];
    case 'province':
      return region ? [region.province] : [];
    case 'city':
      return region?.city ? [region.city] : [];
    case 'county':
      return region?.county ? [region.county] : [];
    case 'type':
      return [meta.typeValues[meta.types[doc]!]![0]];
    case 'speaker':
      return (meta.speakers[doc] ?? []).map((s) => meta.speakerValues[s]!);
    case 'person':
      return (meta.people?.[doc] ?? []).map((p) => meta.personValues[p]!);
  }
}

/**
 * Whether a document has no value for `key`: for the region, nothing at or
 * below that level (city=none: the place stops at the province, so neither a
 * city nor a county directly under the province).
 */
function lacks(meta: IndexMeta, doc: number, key: FilterKey): boolean {
  const region = regionOf(meta, doc);
  if (key === 'city') return Boolean(region) && !region!.city && !region!.county;
  return valueOf(meta, doc, key).length === 0;
}

const matches = (meta: IndexMeta, doc: number, key: FilterKey, value: string) => (value === NONE ? lacks(meta, doc, key) : valueOf(meta, doc, key).includes(value));

export function applyFilters(hits: readonly DocHits[], meta: IndexMeta, filters: Filters): DocHits[] {
  const active = Object.entries(filters).filter(([, v]) => v) as [FilterKey, string][];
  return hits.filter((h) => active.every(([key, value]) => matches(meta, h.doc, key, value)));
}

/**
 * Filters whose values the index does not hold (a type, place or name no
 * document has, or a region level without the level above it) are dropped;
 * `ignored` names them as key=value.
 */
export function validateFilters(filters: Filters, meta: IndexMeta): { filters: Filters; ignored: string[] } {
  const known: Partial<Record<FilterKey, Set<string>>> = {
    type: new Set(meta.typeValues.map(([code]) => code)),
    province: new Set(meta.regionValues.map((r) => r[0])),
    city: new Set(meta.regionValues.map((r) => r[1]).filter(Boolean)),
    county: new Set(meta.regionValues.map((r) => r[2]).filter(Boolean)),
    speaker: new Set(meta.speakerValues),
    person: new Set(meta.personValues ?? []),
  };
  const kept: Filters = {};
  const ignored: string[] = [];
  for (const [key, value] of Object.entries(filters) as [FilterKey, string][]) {
    const orphan = (key === 'city' && !filters.province) || (key === 'county' && !filters.province);
    const unknown = value !== NONE && known[key] && !known[key]!.has(value);
    if (orphan || unknown || (value === NONE && key === 'type')) ignored.push(`${key}=${value}`);
    else kept[key] = value;
  }
  return { filters: kept, ignored };
}

/** The region facet shows the level below the deepest one chosen (a district directly under a municipality is one level below it). */
function regionLevel(filters: Filters): 'province' | 'below-province' | 'county' | undefined {
  if (filters.county) return undefined;
  if (filters.city) return 'county';
  return filters.province ? 'below-province' : 'province';
}

/** The label of the bucket without a value. */
export function noneLabel(key: FilterKey, filters: Filters = {}): string {
  switch (key) {
    case 'year':
      return '年份不详';
    case 'province':
      return '地区不详';
    case 'city':
      return `${filters.province ?? ''}（未具体到市县）`;
    case 'county':
      return `${filters.city ?? filters.province ?? ''}（未具体到县区）`;
    case 'speaker':
      return '无讲话人';
    case 'person':
      return '未记录文中人物';
    case 'type':
      return '类型不详';
  }
}

/** One collator for every comparison: localeCompare with a locale builds one per call, seconds over thousands of speakers. */
const zh = new Intl.Collator('zh-CN');

export function countFacets(results: readonly DocHits[], meta: IndexMeta, filters: Filters): Facets {
  const typeLabel = new Map(meta.typeValues);
  /** Counts of the values `pick` gives each result; a result without any counts under `none`'s key. */
  const count = (facetKey: FilterKey, pick: (doc: number) => [FilterKey, string][], noneKey: FilterKey | undefined, label: (key: FilterKey, v: string) => string = (_, v) => v) => {
    const counts = new Map<string, FacetValue>();
    const add = (key: FilterKey, value: string, text: string) => {
      const id = `${key}\0${value}`;
      const entry = counts.get(id) ?? { key, value, label: text, count: 0 };
      entry.count++;
      counts.set(id, entry);
    };
    for (const h of results) {
      const picked = pick(h.doc);
      const seen = new Set<string>();
      for (const [key, value] of picked) {
        if (seen.has(`${key}\0${value}`)) continue;
        seen.add(`${key}\0${value}`);
        add(key, value, label(key, value));
      }
      if (!picked.length && noneKey) add(noneKey, NONE, noneLabel(noneKey, filters));
    }
    return { key: facetKey, values: [...counts.values()] };
  };
  const noneLast = (a: FacetValue, b: FacetValue) => Number(a.value === NONE) - Number(b.value === NONE);
  const byCount = (f: { key: FilterKey; values: FacetValue[] }) => ({ ...f, values: f.values.sort((a, b) => noneLast(a, b) || b.count - a.count || zh.compare(a.label, b.label)) });
  const own = (key: FilterKey) => (doc: number) => valueOf(meta, doc, key).map((v): [FilterKey, string] => [key, v]);

  const year = count('year', own('year'), 'year');
  year.values.sort((a, b) => noneLast(a, b) || Number(b.value) - Number(a.value));

  const level = regionLevel(filters);
  const region =
    level === 'province'
      ? count('province', own('province'), 'province')
      : level === 'county'
        ? count('county', own('county'), 'county')
        : level === 'below-province'
          ? count('city', (doc) => {
              const r = regionOf(meta, doc);
              return r?.city ? [['city', r.city]] : r?.county ? [['county', r.county]] : [];
            }, 'city')
          : { key: 'county' as FilterKey, values: [] };

  return {
    year,
    region: byCount(region),
    type: byCount(count('type', own('type'), undefined, (_, v) => typeLabel.get(v) ?? v)),
    speaker: byCount(count('speaker', own('speaker'), 'speaker')),
    person: byCount(count('person', own('person'), 'person')),
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
