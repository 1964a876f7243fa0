// The purpose-built corpus the browser tests run on (tests/fixtures/site/),
// read from its files: a test computes what it expects (which year, place or
// speaker has how many documents, which document holds what) from here
// instead of restating facts of the corpus.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFrontmatter } from '../../core/mdx/frontmatter.ts';
import { documentSchema, type DocumentMeta } from '../../core/schema.ts';

export const FIXTURE_DOCUMENTS = 'tests/fixtures/site/documents';
export const FIXTURE_RAW = 'tests/fixtures/site/raw';

export interface FixtureDoc {
  meta: DocumentMeta;
  /** The page of the document on the fixture site. */
  path: string;
  /** Its anchored paragraphs, headings and turns, as many as the page shows. */
  anchors: number;
  /** The body's paragraphs as plain text (markup and entities resolved; a redaction is `*`). */
  paragraphs: string[];
}

/** An MDX body's paragraphs as text: the elements, the bold turn labels and escapes taken out. */
function paragraphsOf(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .replace(/<[^>]+>/g, '')
        .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
        .replace(/\*\*/g, '')
        .replace(/\\(.)/g, '$1')
        .replace(/^#+\s*/, '')
        .trim(),
    )
    .filter(Boolean);
}

export const fixtureDocs: FixtureDoc[] = readdirSync(FIXTURE_DOCUMENTS)
  .filter((name) => name.endsWith('.mdx'))
  .sort()
  .map((name) => {
    const { data, body } = readFrontmatter(readFileSync(join(FIXTURE_DOCUMENTS, name), 'utf8'), name);
    const meta = documentSchema.parse(data);
    return { meta, path: `/documents/${meta.id}/`, anchors: body.match(/<Anchor id="/g)?.length ?? 0, paragraphs: paragraphsOf(body) };
  });

/** The one fixture document that `pick` selects; fails when the corpus has none, so a test never passes on nothing. */
export function fixtureDoc(what: string, pick: (d: FixtureDoc) => boolean): FixtureDoc {
  const found = fixtureDocs.find(pick);
  if (!found) throw new Error(`the site fixture corpus has no ${what}`);
  return found;
}

/** The fixture documents whose title or text holds `phrase`. */
export const holding = (phrase: string): FixtureDoc[] => fixtureDocs.filter((d) => [d.meta.title, ...d.paragraphs].some((t) => t.includes(phrase)));

/** How many fixture documents each key has; documents without one are left out. */
export function countBy(key: (d: FixtureDoc) => string | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of fixtureDocs) {
    const k = key(d);
    if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/** The raw file of a document as its encoding reads it. */
export function rawText(d: FixtureDoc): string {
  return new TextDecoder(d.meta.raw.encoding).decode(readFileSync(join(FIXTURE_RAW, d.meta.raw.path)));
}
