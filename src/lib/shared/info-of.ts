// What a shared-passage row shows of another document (view.ts, DocInfo),
// looked up by id in a list of documents. Apart from doc-info.ts, which loads
// the collection, so that it can be tested without Astro.
import { regionPath, type RegionFields } from '../regions.ts';
import type { DocInfo } from './view.ts';

export interface InfoSource {
  id: string;
  data: { title: string; date?: string; region?: RegionFields };
}

/**
 * Each document's info is made once and given out again, frozen (a caller copies it): a page's rows ask for the same
 * few documents many times, and the document route's getStaticPaths makes every page's rows on every build.
 */
export function docInfo(docs: readonly InfoSource[]): (id: string) => DocInfo | undefined {
  const byId = new Map(docs.map((doc) => [doc.id, doc]));
  const made = new Map<string, DocInfo | undefined>();
  return (id) => {
    if (made.has(id)) return made.get(id);
    const d = byId.get(id)?.data;
    const info = d && Object.freeze({ title: d.title, ...(d.date ? { date: d.date } : {}), ...(d.region ? { place: regionPath(d.region).join(' ') } : {}) });
    made.set(id, info);
    return info;
  };
}
