// One export record per document: the JSONL line, the per-document JSON and
// the CSV row are all derived from it. Deterministic by construction: fixed
// top-level order, sorted keys below it, nothing that depends on when or
// where the build ran — so rebuilding the same documents gives the same bytes.
import type { DocumentMeta, DocumentRecord } from '../../../core/schema.ts';
import type { Paragraph } from './paragraphs.ts';

export type { DocumentRecord };

/** The frontmatter fields an export carries (src/content.config.ts validates them). */
export type DocumentData = Omit<DocumentMeta, 'removed' | 'people'>;

/** Recursively sorted object keys; undefined values dropped. */
export function canonical<T>(value: T): T {
  if (Array.isArray(value)) return value.map(canonical) as T;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v)])) as T;
  }
  return value;
}

export const permalinkOf = (siteUrl: string, id: string) => new URL(`/documents/${id}/`, siteUrl).href;

/** A document's shared passages by paragraph id (src/lib/shared/format.ts). */
export type SharedOf = (paragraph: string) => string[] | undefined;

export function documentRecord(data: DocumentData, paragraphs: Paragraph[], siteUrl: string, sharedOf: SharedOf = () => undefined): DocumentRecord {
  const permalink = permalinkOf(siteUrl, data.id);
  const { title, titleSource, type, date, dateKind, otherDates, year, region, speakers, occasion, slogans, warnings, overridden } = data;
  const record: DocumentRecord = {
    id: data.id,
    permalink,
    metadata: canonical({ title, titleSource, type, date, dateKind, otherDates, year, region, speakers, occasion, slogans, warnings, overridden }),
    paragraphs: paragraphs.map((p) => {
      const shared = sharedOf(p.id);
      return { id: p.id, url: `${permalink}#${p.id}`, text: p.text, ...(shared?.length ? { shared } : {}) };
    }),
    raw: canonical(data.raw),
    source: canonical(data.source),
  };
  if (data.reposts?.length) record.reposts = canonical(data.reposts);
  return record;
}

/** CSV columns: metadata only, one value per cell (lists joined with ；). */
export const csvColumns = [
  'id',
  'permalink',
  'title',
  'type',
  'date',
  'dateKind',
  'year',
  'province',
  'city',
  'county',
  'regionCode',
  'speakers',
  'occasion',
  'sourceName',
  'sourceUrl',
  'sourceAuthors',
  'sourcePublished',
  'slogans',
  'paragraphs',
  'rawPath',
  'rawSha256',
] as const;

export function csvRow(record: DocumentRecord): string[] {
  const m = record.metadata as Partial<DocumentData>;
  const speakers = (m.speakers ?? []).map((s) => (s.role ? `${s.name}（${s.role}）` : s.name));
  const row: Record<(typeof csvColumns)[number], string> = {
    id: record.id,
    permalink: record.permalink,
    title: m.title ?? '',
    type: m.type ?? '',
    date: m.date ?? '',
    dateKind: m.dateKind ?? '',
    year: m.year === undefined ? '' : String(m.year),
    province: m.region?.province ?? '',
    city: m.region?.city ?? '',
    county: m.region?.county ?? '',
    regionCode: m.region?.code ?? '',
    speakers: speakers.join('；'),
    occasion: m.occasion ?? '',
    sourceName: record.source.name ?? '',
    sourceUrl: record.source.url ?? '',
    sourceAuthors: (record.source.authors ?? []).join('；'),
    sourcePublished: record.source.published ?? '',
    slogans: (m.slogans ?? []).join('；'),
    paragraphs: String(record.paragraphs.length),
    rawPath: record.raw.path,
    rawSha256: record.raw.sha256,
  };
  return csvColumns.map((c) => row[c]);
}
