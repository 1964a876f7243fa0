// What a document's citation says, from its frontmatter (server side; the
// citation box formats it in the browser with the reader's access date).
import { findDates, isoOf } from '../../core/dates/parse.ts';
import { creatorsOf, type CitationInput } from './citation.ts';
import { titleStatus, type TitleFacts } from './title.ts';

interface CitableDoc extends TitleFacts {
  type: string;
  speakers: readonly { name: string }[];
  source: { authors?: readonly string[]; name?: string; published?: string };
}

/**
 * The online publication date: the date the page states it was published
 * (发布时间, "2023-8-30 10:47:03", 二〇一二年六月六日), read as YYYY-MM-DD or as
 * far as it goes. A speech's delivery or a notice's signature is not when
 * the text went online, so without the page's own date there is none.
 */
export function onlineDate(published: string | undefined): string | undefined {
  if (!published) return undefined;
  for (const found of findDates(published)) {
    const iso = isoOf(found);
    if (iso) return iso;
  }
  return /^\d{4}$/.test(published.trim()) ? published.trim() : undefined;
}

export function citationOf(doc: CitableDoc): Omit<CitationInput, 'accessed' | 'url'> {
  const published = onlineDate(doc.source.published);
  return {
    creators: creatorsOf(doc),
    title: doc.title,
    ...(titleStatus(doc).supplied ? { titleSupplied: true } : {}),
    ...(published ? { published } : {}),
  };
}
