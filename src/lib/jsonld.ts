// schema.org description of one document, embedded as JSON-LD.
// schema.org has no type for a speech; CreativeWork is the honest common
// ancestor, with the kind given as `genre`. Reports are NewsArticles.

export interface JsonLdInput {
  url: string;
  title: string;
  type: 'speech' | 'interview' | 'report' | 'notice' | 'article';
  typeLabel: string;
  lang: string;
  date?: string;
  speakers: readonly { name: string; role?: string }[];
  authors: readonly string[];
  sourceName?: string;
  sourceUrl?: string;
  place?: string;
  occasion?: string;
  archiveName: string;
  archiveUrl: string;
}

const schemaType = { speech: 'CreativeWork', interview: 'CreativeWork', report: 'NewsArticle', notice: 'CreativeWork', article: 'Article' } as const;

const person = (name: string, jobTitle?: string) => ({ '@type': 'Person', name, ...(jobTitle ? { jobTitle } : {}) });

export function documentJsonLd(doc: JsonLdInput): Record<string, unknown> {
  const speakers = doc.speakers.map((s) => person(s.name, s.role));
  const authors = doc.authors.map((name) => person(name));
  return {
    '@context': 'https://schema.org',
    '@type': schemaType[doc.type],
    '@id': doc.url,
    url: doc.url,
    name: doc.title,
    headline: doc.title,
    genre: doc.typeLabel,
    inLanguage: doc.lang,
    ...(doc.date ? { datePublished: doc.date } : {}),
    // A speech is authored by its speaker; a report by its reporters, who are not the people quoted.
    ...(doc.type === 'speech' && speakers.length ? { author: speakers } : authors.length ? { author: authors } : {}),
    ...(doc.type !== 'speech' && speakers.length ? { mentions: speakers } : {}),
    ...(doc.sourceUrl || doc.sourceName
      ? { isBasedOn: { '@type': 'CreativeWork', ...(doc.sourceUrl ? { url: doc.sourceUrl } : {}), ...(doc.sourceName ? { name: doc.sourceName } : {}) } }
      : {}),
    ...(doc.place ? { contentLocation: { '@type': 'Place', name: doc.place } } : {}),
    ...(doc.occasion ? { about: { '@type': 'Event', name: doc.occasion } } : {}),
    isPartOf: { '@type': 'Collection', name: doc.archiveName, url: doc.archiveUrl },
  };
}

/** JSON for a <script> element: `<` escaped so the text can never close the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
