// What a document page shows of its shared passages (format.ts): a marker per
// paragraph that also stands elsewhere, with the other documents listed
// earliest first, and for the provenance box the earlier document it shares
// the most text with. Titles, dates and places come from the collection, so
// an archivist's correction shows without finding the passages again.
import { byDate, parseRef, type SharedSource } from './format.ts';

export interface DocInfo {
  title: string;
  date?: string;
  place?: string;
}

export interface SharedRow extends DocInfo {
  doc: string;
  para: string;
  /** The paragraph's text there. */
  text: string;
}

export interface SharedMarker {
  /** The paragraph's anchor id on this page. */
  para: string;
  /** Its text here. */
  text: string;
  /** Documents it also stands in: all of them count, the first MAX_ROWS are listed. */
  count: number;
  rows: SharedRow[];
}

export interface SharedSummary extends DocInfo {
  doc: string;
  /** Paragraphs of this document that stand in that one. */
  paragraphs: number;
  /** Their letters and digits, and their share of this document's. */
  chars: number;
  share: number;
}

export interface SharedView {
  markers: SharedMarker[];
  /** Other documents that hold any of this one's paragraphs. */
  documents: number;
  /** The earlier document this one shares the most text with. */
  earlier?: SharedSummary;
}

/** A long list of documents is cut here on the page; the exports list all. */
export const MAX_ROWS = 50;

/** Whether date a is before date b at the precision both have (2019 is not before 2019-05). */
export function before(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n);
}

export function sharedView(id: string, date: string | undefined, source: SharedSource, info: (id: string) => DocInfo | undefined): SharedView | undefined {
  const own = source.document(id);
  if (!own) return undefined;
  const markers: SharedMarker[] = [];
  const others = new Map<string, { paragraphs: number; chars: number }>();
  for (const [para, p] of Object.entries(own.paragraphs)) {
    const rows: SharedRow[] = [];
    let count = 0;
    for (const ref of p.links) {
      const { doc, para: there } = parseRef(ref);
      const about = info(doc);
      const text = source.paragraph(ref)?.text;
      // A document the collection no longer has (an index older than the collection) is left out.
      if (!about || text === undefined) continue;
      // Every link counts; only the rows shown are made (a passage in hundreds of documents has as many links).
      if (++count <= MAX_ROWS) rows.push({ doc, para: there, text, ...about });
      const sum = others.get(doc) ?? { paragraphs: 0, chars: 0 };
      others.set(doc, { paragraphs: sum.paragraphs + 1, chars: sum.chars + p.chars });
    }
    if (count > 0) markers.push({ para, text: p.text, count, rows });
  }
  if (markers.length === 0) return undefined;
  const earlier = [...others]
    .filter(([doc]) => before(info(doc)!.date, date))
    .map(([doc, sum]): SharedSummary => ({ doc, ...info(doc)!, ...sum, share: own.chars > 0 ? sum.chars / own.chars : 0 }))
    .sort((a, b) => b.chars - a.chars || byDate({ id: a.doc, date: a.date }, { id: b.doc, date: b.date }))[0];
  return { markers, documents: others.size, ...(earlier ? { earlier } : {}) };
}
