// The shared-passages index as the build writes it (build.ts) and the document
// pages and exports read it: only documents with a paragraph that also stands
// elsewhere, and of them only those paragraphs.

/** The file's name in the cache folder. */
export const SHARED_FILE = 'shared-passages.json';

/** A paragraph elsewhere: `<document id>#<paragraph anchor id>`, as in the document's URL. */
export type PassageRef = string;

export interface SharedParagraph {
  /** The paragraph's text as the page shows it. */
  text: string;
  /** Its letters and digits: what it adds to the text the document shares. */
  chars: number;
  /** The paragraphs it stands as in other documents, one per document, earliest document first. */
  links: PassageRef[];
}

export interface SharedDocument {
  /** Letters and digits in all the document's paragraphs. */
  chars: number;
  /** By anchor id, in reading order. */
  paragraphs: Record<string, SharedParagraph>;
}

export interface SharedIndex {
  /** By document id, sorted. */
  documents: Record<string, SharedDocument>;
}

export const refOf = (doc: string, para: string): PassageRef => `${doc}#${para}`;

export function parseRef(ref: PassageRef): { doc: string; para: string } {
  const hash = ref.indexOf('#');
  return { doc: ref.slice(0, hash), para: ref.slice(hash + 1) };
}

/** The paragraph a reference names, if the index holds it. */
export function paragraphAt(index: SharedIndex, ref: PassageRef): SharedParagraph | undefined {
  const { doc, para } = parseRef(ref);
  return index.documents[doc]?.paragraphs[para];
}

/** Earliest first by the date as far as it goes; undated last; then by id. */
export function byDate(a: { id: string; date?: string }, b: { id: string; date?: string }): number {
  const da = a.date ?? '\uffff';
  const db = b.date ?? '\uffff';
  return da < db ? -1 : da > db ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export const emptyIndex = (): SharedIndex => ({ documents: {} });
