// A document as the structure stage leaves it (title, body paragraphs, an
// info line's date, the page's lines before cleaning), run through the dates stage: shared by the date tests.
import { createFile } from '../../scripts/ingest/pipeline.ts';
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
