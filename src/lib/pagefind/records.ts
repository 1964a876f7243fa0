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

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/**
 * A record as the HTML page Pagefind's CLI reads into the same record (the
 * build indexes through the CLI: src/integrations/pagefind.ts). The content is
 * the text of the `data-pagefind-body` element itself: Pagefind ends the text
 * of a block element (`<p>`, `<div>`) with a full stop, which would change the
 * words. Meta and filters are empty spans; Pagefind reads `key:value` up to
 * the first colon, so a value may hold colons and commas. The page's address is
 * the folder it is written to (documents/<id>/index.html gives the record's url).
 */
export function recordPage(record: Pick<CustomRecord, 'content' | 'language'> & { meta: Record<string, string>; filters: Record<string, string[]> }): string {
  const meta = Object.entries(record.meta).map(([key, value]) => `<span data-pagefind-meta="${key}:${escapeAttribute(value)}"></span>`);
  const filters = Object.entries(record.filters).flatMap(([key, values]) => values.map((value) => `<span data-pagefind-filter="${key}:${escapeAttribute(value)}"></span>`));
  return `<!DOCTYPE html><html lang="${record.language}"><head><meta charset="utf-8"></head><body><main data-pagefind-body>${escapeText(record.content)}${meta.join('')}${filters.join('')}</main></body></html>`;
}

/**
 * Whether recordPage gives Pagefind's CLI this record's meta and filter values
 * unchanged: its page parser trims them and turns line breaks and runs of
 * white space into one space (`normalize_content` in its fossick/), which its
 * Node API does not do to a record's values. The content is not affected (both
 * split it into words alike).
 */
export function pageKeepsValues(record: { meta: Record<string, string>; filters: Record<string, string[]> }): boolean {
  const values = [...Object.values(record.meta), ...Object.values(record.filters).flat()];
  return values.every((value) => !/^\s|\s$|\s\s|[\n\r]/u.test(value));
}
