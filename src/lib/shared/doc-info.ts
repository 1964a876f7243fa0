// What a document page's shared-passage rows show of the other documents
// (view.ts, DocInfo), from the collection.
import { allDocuments, type Doc } from '../documents.ts';
import { regionPath } from '../regions.ts';
import type { DocInfo } from './view.ts';

export function docInfo(docs: readonly Doc[]): (id: string) => DocInfo | undefined {
  const byId = new Map(docs.map((doc) => [doc.id, doc]));
  return (id) => {
    const d = byId.get(id)?.data;
    return d && { title: d.title, ...(d.date ? { date: d.date } : {}), ...(d.region ? { place: regionPath(d.region).join(' ') } : {}) };
  };
}

let loaded: Promise<(id: string) => DocInfo | undefined> | undefined;

/** docInfo of the whole collection, made once per build (again for every page in dev, where the collection changes). */
export function collectionInfo(): Promise<(id: string) => DocInfo | undefined> {
  if (!import.meta.env.PROD) return allDocuments().then(docInfo);
  loaded ??= allDocuments().then(docInfo);
  return loaded;
}
