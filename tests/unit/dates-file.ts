// A document as the structure stage leaves it (title, body paragraphs, an
// info line's date, the page's lines before cleaning), run through the dates stage, and the new-site
// samples' labels with the date the whole pipeline gives each raw file: shared by the date tests.
import { readFileSync } from 'node:fs';
import { createFile, ingestOne } from '../../scripts/ingest/pipeline.ts';
import { extractDates } from '../../scripts/ingest/stages/dates.ts';
import type { Block, IngestFile } from '../../scripts/ingest/types.ts';

export function cleaned(title: string, body: string[], published?: string, pageLines?: string[]): IngestFile {
  const file = createFile({ path: 'page.txt', bytes: new Uint8Array() });
  file.data.meta.title = title;
  file.data.front = [];
  file.data.blocks = body.map((text): Block => ({ kind: 'paragraph', part: 'body', text }));
  if (published) file.data.candidates.published = published;
  if (pageLines) file.data.pageLines = pageLines;
  extractDates(file);
  return file;
}

/** A page of a date class's new-site sample (tests/fixtures/dates/<class>/labels.json), labelled by hand. */
export interface SamplePage {
  file: string;
  half: 'A' | 'B';
  url: string;
  date: string | null;
  why: string;
}

export const samplePages = (sample: URL) => (JSON.parse(readFileSync(new URL('labels.json', sample), 'utf8')) as { pages: SamplePage[] }).pages;

/** The date the whole pipeline gives a raw file. */
export function ingestedDate(url: URL): string | null {
  const result = ingestOne({ path: url.pathname.split('/').pop()!, bytes: new Uint8Array(readFileSync(url)) });
  return result.kind === 'document' ? (result.meta.date ?? null) : 'quarantined';
}
