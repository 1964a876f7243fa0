// Queries over the documents collection shared by the pages.
import { getCollection, type CollectionEntry } from 'astro:content';

export type Doc = CollectionEntry<'documents'>;

export const typeLabels = {
  speech: '讲话',
  interview: '访谈',
  report: '报道',
  notice: '通知',
  article: '文章',
} as const;

/** Newest first; undated documents last, then by title for a stable order. */
export function byDateDesc(a: Doc, b: Doc): number {
  const da = a.data.date ?? '';
  const db = b.data.date ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return a.data.title.localeCompare(b.data.title, 'zh-CN');
}

export async function allDocuments(): Promise<Doc[]> {
  return (await getCollection('documents')).sort(byDateDesc);
}

export const documentPath = (id: string) => `/documents/${id}/`;
