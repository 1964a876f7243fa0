// The search page's distribution of a query's results: documents (and hits)
// per year and per province, each bar a link that sets that filter. The year
// chart counts the results under every filter but the year, the province
// chart under every filter but the place, so that the other bars stay to
// choose from; the chosen bar is marked and its link lifts the filter.
import { chartTable, columnChart, rankChart, type Follow } from './charts.ts';
import type { DocHits } from './engine.ts';
import { applyFilters } from './facets.ts';
import type { IndexMeta } from './format.ts';
import { NONE, withFilter, writeState, type FilterKey, type Filters, type SearchState } from './state.ts';
import { byProvince, byYear } from './trends.ts';

/** Provinces drawn as bars; the rest are in the table. */
const TOP_PROVINCES = 10;

const without = (filters: Filters, keys: FilterKey[]): Filters => Object.fromEntries(Object.entries(filters).filter(([k]) => !keys.includes(k as FilterKey)));

export const yearLabel = (key: string) => (key === NONE ? '年份不详' : `${key}年`);
const provinceLabel = (key: string) => (key === NONE ? '地区不详' : key);

export function distribution(hits: readonly DocHits[], meta: IndexMeta, state: SearchState, follow: Follow): HTMLElement[] {
  const href = (key: FilterKey, value: string) =>
    `/search/${writeState({ ...state, filters: withFilter(state.filters, key, state.filters[key] === value ? undefined : value) })}`;
  const figures = (docs: number, n: number) => `${docs}篇，命中${n}处`;

  const years = byYear(applyFilters(hits, meta, without(state.filters, ['year'])), meta);
  const yearBox = section('年份分布', 'search-trends__years');
  yearBox.append(
    columnChart({
      label: `各年份包含“${state.q}”的文档数`,
      follow,
      groups: years.map((b) => ({
        key: b.key,
        label: b.key === NONE ? '不详' : b.key,
        bars: [{ value: b.docs, series: 0, href: href('year', b.key), current: state.filters.year === b.key, title: `${yearLabel(b.key)}：${figures(b.docs, b.hits)}${state.filters.year === b.key ? '（已选，点击取消）' : ''}` }],
      })),
    }),
    chartTable({
      caption: `各年份包含“${state.q}”的文档数与命中次数`,
      columns: ['年份', '文档', '命中'],
      rows: years.filter((b) => b.docs > 0).map((b) => ({ head: yearLabel(b.key), cells: [{ text: `${b.docs}篇`, href: href('year', b.key) }, `${b.hits}处`] })),
      follow,
    }),
  );

  const regionKeys: FilterKey[] = ['province', 'city', 'county'];
  const provinces = byProvince(applyFilters(hits, meta, without(state.filters, regionKeys)), meta);
  const chosen = state.filters.province;
  // Choosing a province keeps no city or county below another one.
  const provinceHref = (key: string) => `/search/${writeState({ ...state, filters: withFilter(state.filters, 'province', chosen === key && !state.filters.city && !state.filters.county ? undefined : key) })}`;
  const provinceBox = section('地区分布', 'search-trends__provinces');
  const shown = provinces.slice(0, TOP_PROVINCES);
  provinceBox.append(
    rankChart({
      label: `各省包含“${state.q}”的文档数`,
      follow,
      rows: shown.map((b) => ({
        label: provinceLabel(b.key),
        value: b.docs,
        text: `${b.docs}篇 · ${b.hits}处`,
        href: provinceHref(b.key),
        current: chosen === b.key,
        title: `${provinceLabel(b.key)}：${figures(b.docs, b.hits)}${chosen === b.key ? '（已选）' : ''}`,
      })),
    }),
  );
  if (provinces.length > shown.length) provinceBox.append(Object.assign(document.createElement('p'), { className: 'search-trends__more', textContent: `另有 ${provinces.length - shown.length} 个地区，见表格。` }));
  provinceBox.append(
    chartTable({
      caption: `各省包含“${state.q}”的文档数与命中次数`,
      columns: ['地区', '文档', '命中'],
      rows: provinces.map((b) => ({ head: provinceLabel(b.key), cells: [{ text: `${b.docs}篇`, href: provinceHref(b.key) }, `${b.hits}处`] })),
      follow,
    }),
  );
  return [yearBox, provinceBox];
}

function section(title: string, className: string): HTMLElement {
  const box = document.createElement('section');
  box.className = className;
  box.append(Object.assign(document.createElement('h2'), { textContent: title }));
  return box;
}
