// The search page's state, kept in the URL so a search can be shared and the
// back button restores it: /search/?q=…&year=…&province=…&city=…&county=…&type=…&speaker=…&person=…&sort=…
export const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type Sort = (typeof SORTS)[number];
export const FILTER_KEYS = ['year', 'province', 'city', 'county', 'type', 'speaker', 'person'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

export interface SearchState {
  q: string;
  filters: Filters;
  sort: Sort;
}

export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  const sort = params.get('sort');
  return { q: params.get('q') ?? '', filters, sort: SORTS.includes(sort as Sort) ? (sort as Sort) : 'relevance' };
}

export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Choosing a region level clears the levels below it. */
export function withFilter(filters: Filters, key: FilterKey, value: string | undefined): Filters {
  const next: Filters = { ...filters, [key]: value };
  if (key === 'province') delete next.city;
  if (key === 'province' || key === 'city') delete next.county;
  if (value === undefined) delete next[key];
  return next;
}
