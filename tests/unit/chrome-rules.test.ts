// Every chrome rule and every vocabulary entry carries the real lines it was
// written from; this runs each of them, so a rule that stops matching its own
// examples or starts flagging its counterexamples fails here. That each line is
// one its source holds is checked over the sources themselves, in the pipeline
// project (tests/pipeline/vocabulary-sources.test.ts).
import { describe, expect, it } from 'vitest';
import { CHROME_RULES, classifyChrome, ruleMatches } from '../../scripts/ingest/stages/chrome/rules.ts';
import { ADVERT_WORDS, CITED_GENRES, CONSULT_WORDS, PLAN_SECTIONS, CONTROL_TOKENS, FOLLOW_WORDS, LABELS, LIST_WIDGETS, NAVIGATION_WORDS, type Term } from '../../scripts/ingest/stages/chrome/vocabulary.ts';
import { parseSeen } from '../fixtures/chrome/sources.ts';

/** Sites with a real address or name; fixtures written to look like a template do not count. */
const realSites = (seen: string[]) => new Set(seen.map((s) => parseSeen(s).site).filter((site) => site !== 'synthetic'));

describe.each(CHROME_RULES.map((rule) => [rule.id, rule] as const))('chrome rule %s', (_id, rule) => {
  it('has examples from at least two sites', () => {
    expect(realSites(rule.examples.map((e) => e.seen)).size).toBeGreaterThanOrEqual(2);
  });

  it.each(rule.examples.map((e) => [e.text, e] as const))('flags its example %s', (_text, example) => {
    expect(ruleMatches(rule, example.text)).toBe(true);
    expect(classifyChrome(example.text)).toBeDefined();
  });

  if (rule.counterexamples?.length) {
    it.each(rule.counterexamples.map((e) => [e.text, e] as const))('leaves its counterexample %s', (_text, counter) => {
      expect(ruleMatches(rule, counter.text)).toBe(false);
    });
  }
});

describe('chrome rule table', () => {
  it('has one row per id', () => {
    const ids = CHROME_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

const vocabularies: [string, Term[], 'token' | 'contains'][] = [
  ['control tokens', CONTROL_TOKENS, 'token'],
  ['navigation words', NAVIGATION_WORDS, 'contains'],
  ['follow words', FOLLOW_WORDS, 'contains'],
  ['advert words', ADVERT_WORDS, 'contains'],
  ['consultation widget words', CONSULT_WORDS, 'contains'],
  ['list widget names', LIST_WIDGETS, 'contains'],
  ['cited genres', CITED_GENRES, 'contains'],
  ['plan sections', PLAN_SECTIONS, 'contains'],
  ['metadata labels', LABELS, 'contains'],
];

describe.each(vocabularies)('vocabulary: %s', (_name, terms, mode) => {
  it.each(terms.map((t) => [t.term, t] as const))('%s is in its examples', (_term, entry) => {
    const pattern = new RegExp(mode === 'token' ? `^(?:${entry.term})$` : entry.term, 'u');
    for (const example of [entry.example, ...(entry.more ?? []).map((m) => m.example)]) {
      const found =
        mode === 'token'
          ? example.split(/[\s|｜【】\[\]()（）:：·•/丨,，]+/u).some((t) => pattern.test(t.replace(/\d+$/u, '')))
          : pattern.test(example.replace(/(?<=\p{Script=Han}) +(?=\p{Script=Han})/gu, ''));
      expect(found, example).toBe(true);
    }
  });

  // A term seen on more than one site lists each (a content system's strings are the same on every site that runs it).
  it.each(terms.filter((t) => t.more?.length).map((t) => [t.term, t] as const))('%s: its further examples are of other sites', (_term, entry) => {
    const sites = realSites([entry.seen, ...entry.more!.map((m) => m.seen)]);
    expect(sites.size).toBe(1 + entry.more!.length);
  });
});
