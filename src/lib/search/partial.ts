// When no document holds the query as a phrase: the documents that hold the
// most of it. For every start in the query the longest stretch from there
// that some document holds is found with the phrase index itself (a stretch
// that occurs has every shorter stretch occurring too, so one pass that
// grows the end and moves the start needs about two searches a character);
// a document then holds some of those stretches, and documents are ranked by
// how many of the query's characters their stretches cover, then by their
// longest stretch, then by hits. Nothing here guesses at words: a stretch is
// two or more characters exactly as typed (after folding).
import type { DocHits } from './engine.ts';

/** Stretches shorter than this say nothing (a single character occurs almost everywhere). */
export const MIN_PART = 2;
/** Only the head of a long query is taken apart; each character costs about two searches. */
export const MAX_PART_CHARS = 64;

export interface Searcher {
  /** Documents holding every term, as the phrase index finds them. */
  search(terms: readonly (readonly string[])[]): Promise<DocHits[]>;
}

export interface Stretch {
  /** Which query term, and where in it. */
  term: number;
  start: number;
  end: number;
  text: string;
}

export interface PartialHit extends DocHits {
  /** Query characters covered by the stretches this document holds. */
  covered: number;
  /** Its longest stretch. */
  longest: number;
  /** The stretches it holds that no longer one it holds contains, in query order. */
  parts: string[];
}

export interface PartialResult {
  /** The longest stretches that some document holds, none inside another, in query order. */
  found: string[];
  hits: PartialHit[];
  truncated: boolean;
}

/** For each start of `term`, its longest stretch held by some document, with those documents. */
async function stretches(index: Searcher, term: readonly string[], which: number): Promise<{ stretch: Stretch; docs: DocHits[] }[]> {
  const out: { stretch: Stretch; docs: DocHits[] }[] = [];
  let end = 0;
  for (let start = 0; start + MIN_PART <= term.length; start++) {
    end = Math.max(end, start + MIN_PART - 1);
    let docs: DocHits[] = [];
    // The stretch [start, end) held by the last start is held here too; its documents are not known yet.
    if (end - start >= MIN_PART) docs = await index.search([term.slice(start, end)]);
    while (end < term.length) {
      const found = await index.search([term.slice(start, end + 1)]);
      if (!found.length) break;
      docs = found;
      end++;
    }
    if (end - start >= MIN_PART && docs.length) out.push({ stretch: { term: which, start, end, text: term.slice(start, end).join('') }, docs });
  }
  return out;
}

const inside = (a: Stretch, b: Stretch) => a !== b && a.term === b.term && b.start <= a.start && a.end <= b.end;

/** Documents holding parts of `terms`, best first; `found` says which parts occur at all. */
export async function partialMatches(index: Searcher, terms: readonly (readonly string[])[]): Promise<PartialResult> {
  const truncated = terms.some((t) => t.length > MAX_PART_CHARS);
  const all = (await Promise.all(terms.map((term, i) => stretches(index, term.slice(0, MAX_PART_CHARS), i)))).flat();
  const byDoc = new Map<number, { stretches: Stretch[]; hits: number; titleHits: number }>();
  for (const { stretch, docs } of all) {
    for (const d of docs) {
      const entry = byDoc.get(d.doc) ?? { stretches: [], hits: 0, titleHits: 0 };
      entry.stretches.push(stretch);
      entry.hits += d.hits;
      entry.titleHits += d.titleHits;
      byDoc.set(d.doc, entry);
    }
  }
  const hits: PartialHit[] = [...byDoc].map(([doc, entry]) => {
    const covered = new Set(entry.stretches.flatMap((s) => Array.from({ length: s.end - s.start }, (_, k) => `${s.term}:${s.start + k}`))).size;
    const longest = Math.max(...entry.stretches.map((s) => s.end - s.start));
    const parts = [...new Set(entry.stretches.filter((s) => !entry.stretches.some((o) => inside(s, o))).map((s) => s.text))];
    return { doc, hits: entry.hits, titleHits: entry.titleHits, covered, longest, parts };
  });
  hits.sort((a, b) => b.covered - a.covered || b.longest - a.longest || b.hits - a.hits || a.doc - b.doc);
  const stretchesOnly = all.map((a) => a.stretch);
  const found = stretchesOnly.filter((s) => !stretchesOnly.some((o) => inside(s, o))).map((s) => s.text);
  return { found: [...new Set(found)], hits, truncated };
}
