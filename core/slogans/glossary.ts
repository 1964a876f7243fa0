// The slogans glossary of a corpus: every slogan with the documents, years,
// regions and sentences where it appears. Pure, so that the site
// (src/lib/slogans.ts) and the tests share it.
//
// Which phrases are slogans (./grammar.ts): the numbered formulas the ingest
// stage put in each document's `slogans`, plus quoted phrases that are quoted
// in at least MIN_QUOTING_DOCUMENTS documents. A document counts for a slogan
// when any paragraph mentions it, quoted or not.
import { candidatePhrasesIn, normalizeSlogan } from './grammar.ts';

export interface GlossaryParagraph {
  /** The paragraph's anchor id on its document page. */
  id: string;
  text: string;
}

/** One writer's emphasis is not a slogan; a phrase that two documents quote is. */
export const MIN_QUOTING_DOCUMENTS = 2;

export interface GlossaryDoc {
  id: string;
  title: string;
  date?: string;
  year?: number;
  province?: string;
  slogans: string[];
  paragraphs: GlossaryParagraph[];
}

export interface Hit {
  paragraphId: string;
  sentence: string;
}

export interface SloganEntry {
  slogan: string;
  slug: string;
  /** Found by the numbered-formula grammar (true) or by recurrence across documents (false). */
  formula: boolean;
  documents: { id: string; title: string; date?: string; year?: number; province?: string; hits: Hit[] }[];
  firstYear?: number;
  lastYear?: number;
  byYear: Map<number, number>;
  /** Provinces by document count, most first. */
  byRegion: [string, number][];
  /** Other slogans in the same documents, by shared document count, most first. */
  cooccurring: [string, number][];
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A readable, URL-safe slug: the slogan itself with punctuation as hyphens (两手抓、两手硬 → 两手抓-两手硬). */
export function slugOf(slogan: string): string {
  return slogan.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'slogan';
}

/** The sentence of a paragraph that mentions the slogan (the paragraph when none alone does). */
export function sentenceWith(text: string, slogan: string): string {
  const sentences = text.match(/[^。！？；!?;]+[。！？；!?;]*[”’」』]?/g) ?? [text];
  return (sentences.find((s) => normalizeSlogan(s).includes(slogan)) ?? text).trim();
}

/**
 * Finds which slogans a text mentions. Hand-written multi-pattern search: the
 * slogans are indexed by their first two characters, so a text is read once
 * whatever the size of the glossary.
 */
export function slogansMatcher(slogans: Iterable<string>): (text: string) => Set<string> {
  const byPrefix = new Map<string, string[]>();
  for (const s of slogans) {
    const key = s.slice(0, 2);
    const list = byPrefix.get(key);
    if (list) list.push(s);
    else byPrefix.set(key, [s]);
  }
  return (text) => {
    const t = normalizeSlogan(text);
    const found = new Set<string>();
    for (let i = 0; i < t.length - 1; i++) {
      for (const s of byPrefix.get(t.slice(i, i + 2)) ?? []) if (t.startsWith(s, i)) found.add(s);
    }
    return found;
  };
}

/** The quoted phrases of a document that may become slogans (rule 4), each once: all the glossary needs of a document to choose its slogans. */
export function candidatesOf(paragraphs: readonly GlossaryParagraph[]): string[] {
  return [...new Set(paragraphs.flatMap((p) => candidatePhrasesIn(p.text)))];
}

/**
 * The slogans of a corpus: the formulas of its documents, and the phrases that
 * MIN_QUOTING_DOCUMENTS of them quote (each document's candidatesOf).
 */
export function slogansOf(docs: readonly { slogans: readonly string[]; candidates: readonly string[] }[]): { formulas: Set<string>; slogans: string[] } {
  const formulas = new Set(docs.flatMap((d) => d.slogans));
  const quotingDocs = new Map<string, number>();
  for (const doc of docs) for (const phrase of doc.candidates) quotingDocs.set(phrase, (quotingDocs.get(phrase) ?? 0) + 1);
  const phrases = [...quotingDocs].filter(([p, n]) => n >= MIN_QUOTING_DOCUMENTS && !formulas.has(p)).map(([p]) => p);
  return { formulas, slogans: [...formulas, ...phrases] };
}

/**
 * A document's mentions of the slogans `match` finds, each slogan's in paragraph
 * order. A slogan's hits depend on that slogan and the text alone, so hits
 * found with different slogan sets can be merged (src/lib/glossary-store.ts).
 */
export function hitsIn(paragraphs: readonly GlossaryParagraph[], match: (text: string) => Set<string>): Map<string, Hit[]> {
  const hits = new Map<string, Hit[]>();
  for (const p of paragraphs) {
    for (const s of match(p.text)) {
      const hit = { paragraphId: p.id, sentence: sentenceWith(p.text, s) };
      const list = hits.get(s);
      if (list) list.push(hit);
      else hits.set(s, [hit]);
    }
  }
  return hits;
}

function sortedCounts(counts: Map<string, number>): [string, number][] {
  return [...counts].sort((a, b) => b[1] - a[1] || byCodePoint(a[0], b[0]));
}

/** The glossary of a corpus, most documents first. Pure: the pages and the tests call it. */
export function buildGlossary(docs: GlossaryDoc[]): SloganEntry[] {
  const { formulas, slogans } = slogansOf(docs.map((d) => ({ slogans: d.slogans, candidates: candidatesOf(d.paragraphs) })));
  const match = slogansMatcher(slogans);
  return mergeGlossary(
    docs.map(({ paragraphs, ...doc }) => ({ ...doc, hits: hitsIn(paragraphs, match) })),
    formulas,
  );
}

/** A document as mergeGlossary takes it: its hits (hitsIn) instead of its paragraphs. */
export type HitsDoc = Omit<GlossaryDoc, 'paragraphs'> & { hits: Map<string, Hit[]> };

/** The glossary from each document's hits of the corpus's slogans (slogansOf); `formulas` are the formulas among them. */
export function mergeGlossary(docs: readonly HitsDoc[], formulas: ReadonlySet<string>): SloganEntry[] {
  const entries = new Map<string, SloganEntry>();
  const docSlogans = new Map<string, Set<string>>();
  for (const doc of [...docs].sort((a, b) => byCodePoint(a.id, b.id))) {
    // A document counts for its own formulas even where no paragraph holds them.
    const hits = new Map<string, Hit[]>(doc.slogans.map((s) => [s, []]));
    for (const [s, found] of doc.hits) hits.set(s, [...(hits.get(s) ?? []), ...found]);
    docSlogans.set(doc.id, new Set(hits.keys()));
    for (const [slogan, found] of hits) {
      const entry: SloganEntry = entries.get(slogan) ?? {
        slogan,
        slug: '',
        formula: formulas.has(slogan),
        documents: [],
        byYear: new Map(),
        byRegion: [],
        cooccurring: [],
      };
      entry.documents.push({ id: doc.id, title: doc.title, date: doc.date, year: doc.year, province: doc.province, hits: found });
      if (doc.year !== undefined) entry.byYear.set(doc.year, (entry.byYear.get(doc.year) ?? 0) + 1);
      entries.set(slogan, entry);
    }
  }
  const sorted = [...entries.values()].sort((a, b) => b.documents.length - a.documents.length || byCodePoint(a.slogan, b.slogan));
  // Co-occurrences counted by slogan number in one array, not in a map per entry: every document's slogans are
  // visited once per slogan it has, the glossary's largest loop (docs/performance.md, incr, thirty-third session).
  const numberOf = new Map(sorted.map((e, i) => [e.slogan, i]));
  const numbered = new Map([...docSlogans].map(([id, own]) => [id, Int32Array.from(own, (s) => numberOf.get(s)!)]));
  const counts = new Int32Array(sorted.length);
  const slugs = new Set<string>();
  for (const [n, entry] of sorted.entries()) {
    const years = [...entry.byYear.keys()].sort((a, b) => a - b);
    entry.firstYear = years[0];
    entry.lastYear = years.at(-1);
    const regions = new Map<string, number>();
    const seen: number[] = [];
    for (const d of entry.documents) {
      if (d.province) regions.set(d.province, (regions.get(d.province) ?? 0) + 1);
      for (const other of numbered.get(d.id) ?? []) if (other !== n && counts[other]++ === 0) seen.push(other);
    }
    const others: [string, number][] = seen.map((other) => [sorted[other]!.slogan, counts[other]!]);
    for (const other of seen) counts[other] = 0;
    entry.byRegion = sortedCounts(regions);
    entry.cooccurring = others.sort((a, b) => b[1] - a[1] || byCodePoint(a[0], b[0]));
    // Slugs in glossary order, so that a rare collision never renames a frequent slogan.
    let slug = slugOf(entry.slogan);
    for (let n = 2; slugs.has(slug); n++) slug = `${slugOf(entry.slogan)}-${n}`;
    slugs.add(slug);
    entry.slug = slug;
  }
  return sorted;
}
