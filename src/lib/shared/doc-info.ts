// What a document page's shared-passage rows show of the other documents
// (view.ts, DocInfo), from the collection.
import { allDocuments } from '../documents.ts';
import type { DocInfo } from './view.ts';
import { docInfo } from './info-of.ts';

export { docInfo };

let loaded: Promise<(id: string) => DocInfo | undefined> | undefined;

/** docInfo of the whole collection, made once per build (again for every page in dev, where the collection changes). */
export function collectionInfo(): Promise<(id: string) => DocInfo | undefined> {
  if (!import.meta.env.PROD) return allDocuments().then(docInfo);
  loaded ??= allDocuments().then(docInfo);
  return loaded;
}
