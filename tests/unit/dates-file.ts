// A document as the structure stage leaves it (title, body paragraphs, an
// info line's date, the page's lines before cleaning), run through the dates stage, and the new-site
// samples' labels with the date the whole pipeline gives each raw file: shared by the date tests.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
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

/**
 * The checks a date class's new-site sample makes of itself and of the whole pipeline: at least `least` pages (and
 * `controls` undated ones) in two halves, each with its source and reason; half A's pages named in `passing` (the
 * half that was read) dated as labelled; half B (only counted) at least `halfB` dated as labelled; and, where
 * `controlsStayUndated`, no control given a date. Every page is ingested once, before the cases read the dates: the
 * first ingest loads the pipeline's models.
 */
export function describeDateSample(title: string, sample: URL, o: { least: number; controls?: number; passing: string[]; halfB: number; controlsStayUndated?: boolean }) {
  const pages = samplePages(sample);
  describe(title, () => {
    const dates = new Map<string, string | null>();
    beforeAll(() => {
      for (const page of pages) dates.set(page.file, ingestedDate(new URL(page.file, sample)));
    }, 120_000);
    it(`has at least ${o.least} pages${o.controls ? `, ${o.controls} of them controls,` : ''} in two halves, each with its source and reason`, () => {
      expect(pages.length).toBeGreaterThanOrEqual(o.least);
      expect(pages.filter((p) => p.date === null).length).toBeGreaterThanOrEqual(o.controls ?? 0);
      for (const page of pages) expect(page.url.startsWith('http') && page.why.length > 10).toBe(true);
      expect(new Set(pages.map((p) => p.half))).toEqual(new Set(['A', 'B']));
    });
    it.each(pages.filter((p) => o.passing.some((id) => p.file.startsWith(id))).map((p) => [p.file, p.date] as const))('half A %s → %s', (file, date) => {
      expect(dates.get(file)).toBe(date);
    });
    it(`half B: at least ${o.halfB} of ${pages.filter((p) => p.half === 'B').length} dated as labelled`, () => {
      const b = pages.filter((p) => p.half === 'B');
      expect(b.filter((p) => dates.get(p.file) === p.date).length).toBeGreaterThanOrEqual(o.halfB);
    });
    if (o.controlsStayUndated) {
      it('no control gains a date', () => {
        for (const page of pages.filter((p) => p.date === null)) expect(dates.get(page.file)).toBeNull();
      });
    }
  });
}
