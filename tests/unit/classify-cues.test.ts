// The cue vocabulary of the document types: every example holds its term (a
// name, a place or a speaker where the term asks for one), and every rule rests
// on examples from at least two sites. That each example is in the text of its
// source as the metadata stages read it: tests/pipeline/vocabulary-sources.test.ts.
import { describe, expect, it } from 'vitest';
import { CUE_RULES } from '../../scripts/ingest/classify/cues.ts';
import { termMatches } from '../../scripts/ingest/stages/classify.ts';
import { parseSeen } from '../fixtures/classify/sources.ts';

const cues = CUE_RULES.flatMap((rule) => rule.cues.map((cue) => [rule.id, cue] as const));

describe('type cue vocabulary', { timeout: 60_000 }, () => {
  it.each(CUE_RULES.map((r) => [r.id, r] as const))('%s has examples from two sites and a positive weight', (_id, rule) => {
    expect(new Set(rule.cues.map((c) => parseSeen(c.seen).site)).size).toBeGreaterThanOrEqual(2);
    expect(rule.weight).toBeGreaterThan(0);
  });

  it('names each rule once', () => {
    const ids = CUE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(cues)('%s: %o holds its term', (_id, cue) => {
    expect(termMatches(cue.term, cue.example), `${cue.example} ~ /${cue.term}/`).toBe(true);
  });
});
