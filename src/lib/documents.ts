// Queries over the documents collection shared by the pages.
import { getCollection, type CollectionEntry } from 'astro:content';
import { typeLabels } from './type-labels.ts';

type Entry = CollectionEntry<'documents'>;
/** A collection entry: the frontmatter without its cleaning log, which only the document's page reads (src/lib/cleaning-log.ts). */
export type Doc = Omit<Entry, 'data'> & { data: Omit<Entry['data'], 'removed' | 'warnings'> };
/** A document with its cleaning log, as its own page has it (withCleaningLog). */
export type FullDoc = Entry;
export type DocType = Doc['data']['type'];

export { typeLabels };

export const typeOrder = Object.keys(typeLabels) as DocType[];

/** What the document's date is the date of. */
export const dateKindLabels = {
  delivered: '讲话日期',
  published: '发布日期',
  issued: '印发日期',
} as const;

export const scriptLabels = { simplified: '简体', traditional: '繁体' } as const;

/** Newest first; undated documents last, then by title for a stable order. */
export function byDateDesc(a: Doc, b: Doc): number {
  const da = a.data.date ?? '';
  const db = b.data.date ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return a.data.title.localeCompare(b.data.title, 'zh-CN') || a.id.localeCompare(b.id);
}

export async function allDocuments(): Promise<Doc[]> {
  return (await getCollection('documents')).sort(byDateDesc);
}

export const documentPath = (id: string) => `/documents/${id}/`;
export const rawPath = (id: string) => `/documents/${id}/raw.txt`;
export const typePath = (type: DocType) => `/types/${type}/`;
/** The year segment of the documents whose year is not known: listed and paged like a year. */
export const UNDATED = 'undated';
export const yearPath = (year: number | typeof UNDATED) => `/years/${year}/`;
