// A document as one Pagefind record: its title and anchored paragraphs (the
// text its page shows, from the document's paragraph record as the exports read it),
// what a result row shows as meta, and the filters the word search offers.
// Records are given to Pagefind directly, so no built page is crawled.
import type { CustomRecord } from 'pagefind';
import type { ReadDocument } from '../exports/paragraphs.ts';
import type { DocumentData } from '../exports/records.ts';
import { typeLabels } from '../type-labels.ts';

/** Pagefind keeps one index per language; the site's pages are zh-CN, and Pagefind reads the page's lang lower-cased. */
export const RECORD_LANGUAGE = 'zh-cn';

/** Filter names (keys of Pagefind's filters) and the value of a document without one. */
export const FILTERS = { year: '年份不详', type: '', province: '地区不详' } as const;
export type FilterName = keyof typeof FILTERS;

/** What a result row shows, as Pagefind returns it in `meta`. */
export interface RecordMeta {
  title: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD; empty when undated. */
  date: string;
  place: string;
  type: string;
  speakers: string;
}

export function pagefindRecord(doc: ReadDocument): CustomRecord & { meta: Record<keyof RecordMeta, string>; filters: Record<FilterName, string[]> } {
  const data = doc.data as unknown as DocumentData;
  const region = data.region;
  const place = region ? [region.province, region.city, region.county].filter((v, i, all) => v && all.indexOf(v) === i).join(' ') : '';
  const meta: RecordMeta = {
    title: data.title,
    date: data.date ?? '',
    place,
    type: typeLabels[data.type],
    speakers: data.speakers.map((s) => s.name).join('、'),
  };
  return {
    url: `/documents/${data.id}/`,
    // The title is text to find too; one paragraph a line keeps words of adjacent paragraphs apart.
    content: [data.title, ...doc.paragraphs.map((p) => p.text)].join('\n'),
    language: RECORD_LANGUAGE,
    meta: { ...meta },
    filters: {
      year: [data.year ? String(data.year) : FILTERS.year],
      type: [typeLabels[data.type]],
      province: [region?.province ?? FILTERS.province],
    },
  };
}
