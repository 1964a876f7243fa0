// The search page's state, kept in the URL so a search can be shared and the
// back button restores it: /search/?q=…&year=…&province=…&city=…&county=…&type=…&speaker=…&person=…&sort=…
export const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type Sort = (typeof SORTS)[number];
export const FILTER_KEYS = ['year', 'province', 'city', 'county', 'type', 'speaker', 'person'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;
/** The value of a facet's bucket of documents without a value (年份不详, 地区不详 …). */
export const NONE = 'none';

export interface SearchState {
  q: string;
  filters: Filters;
  sort: Sort;
}

/** What a value of each parameter must look like; anything else is ignored. */
const SHAPES: Partial<Record<FilterKey, RegExp>> = {
  year: new RegExp(`^(\\d{4}|${NONE})$`),
  type: /^[a-z]+$/,
};

/** The state in the URL, and the parameters it ignored as invalid, as key=value. */
export function parseState(search: string): { state: SearchState; ignored: string[] } {
  const params = new URLSearchParams(search);
  const filters: Filters = {};
  const ignored: string[] = [];
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    if (SHAPES[key] && !SHAPES[key]!.test(value)) ignored.push(`${key}=${value}`);
    else filters[key] = value;
  }
  const sort = params.get('sort');
  if (sort && !SORTS.includes(sort as Sort)) ignored.push(`sort=${sort}`);
  return { state: { q: params.get('q') ?? '', filters, sort: SORTS.includes(sort as Sort) ? (sort as Sort) : 'relevance' }, ignored };
}

export const readState = (search: string): SearchState => parseState(search).state;

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
