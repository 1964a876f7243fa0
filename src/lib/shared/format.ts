// The shared-passages index as the build writes it (build.ts) and the document
// pages and exports read it (store.ts): only documents with a paragraph that
// also stands elsewhere, and of them only those paragraphs.
//
// It is two files in the cache folder: a line of JSON per document (its
// SharedDocument, links and all), and a table of where each line is with the
// texts of its shared paragraphs. The links are most of the index and grow
// with the square of a passage's copies (at 50,000 documents they would be
// held whole by the build, the pages and the exports); a reader holds the
// table and reads a document's line when it needs its links.

/** The documents' lines, in id order. */
export const SHARED_DOCUMENTS_FILE = 'shared-passages-documents.jsonl';
/** The table (SharedTable), written after the lines it points into. */
export const SHARED_FILE = 'shared-passages-table.json';
/** The single-file index of earlier builds, removed when found. */
export const OLD_SHARED_FILE = 'shared-passages.json';

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

/** A shared paragraph as another document's page shows it. */
export type SharedText = Omit<SharedParagraph, 'links'>;

export interface SharedTable {
  /** By document id, sorted: its line's byte offset and length in SHARED_DOCUMENTS_FILE, and its shared paragraphs without their links. */
  documents: Record<string, { at: [number, number]; paragraphs: Record<string, SharedText> }>;
}

/** What the pages and exports read of the index: one document's entry, one paragraph's text. */
export interface SharedSource {
  document(id: string): SharedDocument | undefined;
  paragraph(ref: PassageRef): SharedText | undefined;
}

/** An index held whole (tests, small corpora) as a source. */
export const sourceOf = (index: SharedIndex): SharedSource => ({ document: (id) => index.documents[id], paragraph: (ref) => paragraphAt(index, ref) });

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
