// The title classes' hand-labelled samples of new sites (tests/fixtures/titles-sNN):
// one loader and one whole-pipeline check instead of a copy in each session's test.
import { readFileSync, readdirSync } from 'node:fs';
import { expect } from 'vitest';
import { ingestOne } from '../../scripts/ingest/pipeline.ts';
import { sameTitle } from '../../scripts/eval/metrics.ts';

export interface TitleLabel {
  file: string;
  half: 'A' | 'B';
  title: string | null;
}

/** A sample's folder and its labels.json. */
export function titleSample(name: string): { dir: URL; labels: TitleLabel[] } {
  const dir = new URL(`../fixtures/${name}/`, import.meta.url);
  return { dir, labels: JSON.parse(readFileSync(new URL('labels.json', dir), 'utf8')) as TitleLabel[] };
}

/** One page through the whole pipeline: the hand label's title found, or a derived title where the page states none. */
export function expectSampleTitle(dir: URL, file: string, title: string | null): void {
  const result = ingestOne({ path: file, bytes: readFileSync(new URL(file, dir)) });
  if (result.kind !== 'document') throw new Error(`${file}: not a document`);
  if (title === null) expect(result.meta.titleSource).toBe('derived');
  else {
    expect(result.meta.titleSource).toBe('found');
    expect(sameTitle(result.meta.title, title)).toBe(true);
  }
}

/** An evaluation case's page through the whole pipeline: its labelled title (meta.json, written by hand) found. */
export function expectCaseTitle(set: string, slug: string): void {
  const caseDir = new URL(`../eval/${set}/${slug}/`, import.meta.url);
  const raw = readdirSync(caseDir).find((n) => n.startsWith('raw.'))!;
  const expected = (JSON.parse(readFileSync(new URL('meta.json', caseDir), 'utf8')) as { expected: { title: string } }).expected.title;
  const result = ingestOne({ path: raw, bytes: readFileSync(new URL(raw, caseDir)) });
  if (result.kind !== 'document') throw new Error(`${slug}: not a document`);
  expect(result.meta.titleSource).toBe('found');
  expect(sameTitle(result.meta.title, expected), `${result.meta.title} ≠ ${expected}`).toBe(true);
}
