// Type (eleventh session, round 3): a utility's notice to its customers.
import { describe, expect, it } from 'vitest';
import { CUE_RULES } from '../../scripts/ingest/classify/cues.ts';
import { termMatches } from '../../scripts/ingest/stages/classify.ts';

describe("a notice's greeting to the customers it serves", () => {
  const term = '^尊敬的(?:广大)?(?:居民|用水|用电|燃气)?(?:用户|客户)(?:朋友)?们?[：:]$';
  it('is a cue of notice-addressee', () => {
    expect(CUE_RULES.find((r) => r.id === 'notice-addressee')!.cues.some((c) => c.term === term)).toBe(true);
  });

  it.each([
    // ratrodcycles.com and hswatersupply.com (wide sample typetitle-s11, 08 and 11): 停水 schedules.
    '尊敬的用户:',
    '尊敬的用户：',
    '尊敬的广大用水用户：',
  ])('%s', (text) => {
    expect(termMatches(term, text)).toBe(true);
  });

  it.each([
    // A speech greets its guests (speech-salutation), not customers.
    '尊敬的各位来宾：',
    // The greeting inside a sentence is no addressee line.
    '尊敬的用户：您好，感谢您一直以来的支持。',
  ])('not: %s', (text) => {
    expect(termMatches(term, text)).toBe(false);
  });
});
