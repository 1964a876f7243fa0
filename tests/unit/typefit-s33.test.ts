// The typefit sample of the thirty-third session: reports, notices, speeches
// and interviews of nineteen sites no set holds, and four articles as
// controls, typed by hand from the raw text before any run
// (tests/fixtures/classify/pages/typefit-s33-labels.tsv: half, file, type,
// URL and why). Each page goes through the whole pipeline. The session's model
// change (new evidence, a refit, fills only) is on branch s33-typefit-model,
// not here: it failed the development floors (docs/eval.md, typefit).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestOne } from '../../scripts/ingest/pipeline.ts';

const dir = new URL('../fixtures/classify/pages/', import.meta.url);
const rows = readFileSync(new URL('typefit-s33-labels.tsv', dir), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t') as [string, string, string, string, string]);

/**
 * Pages the pipeline does not type right yet (docs/eval.md, thirty-third
 * session: typefit): a speech's own words with no salutation or title left
 * (mm384cabd) and an interview whose question and answer a stage direction
 * separates (jszywz), half A; an outage notice to 尊敬的市民们 and a reception's
 * record whose host introduces the speaker, half B (counted, not traced).
 */
const NOT_REACHED = ['mm384cabd-mao-seven-thousand-cadres-part2-s33-speech.txt', 'jszywz-three-principals-special-interview-s33-interview.txt', 'xinhaoat-citywide-water-outage-s33-notice.txt', 'ccrd2024-zhou-chen-workers-reception-s33-speech.txt'];

function typeOf(file: string): string {
  const result = ingestOne({ path: file, bytes: readFileSync(new URL(file, dir)) });
  return result.kind === 'document' ? result.meta.type : result.kind;
}

describe('typefit sample (s33): each page typed as labelled by hand', { timeout: 60_000 }, () => {
  it('holds nineteen pages of nineteen sites, ten in half A and nine in half B', () => {
    expect(rows).toHaveLength(19);
    expect(new Set(rows.map(([, file]) => file.split('-')[0])).size).toBe(19);
    expect(rows.filter(([half]) => half === 'A')).toHaveLength(10);
  });
  it.each(rows.filter(([, file]) => !NOT_REACHED.includes(file)).map(([half, file, type]) => [file, half, type]))('%s (half %s) is a %s', (file, _half, type) => {
    expect(typeOf(file)).toBe(type);
  });
  it.each(rows.filter(([, file]) => NOT_REACHED.includes(file)).map(([, file, type]) => [file, type]))('%s is not yet typed %s', (file, type) => {
    expect(typeOf(file)).not.toBe(type);
  });
});
