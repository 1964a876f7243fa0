// Every rule and vocabulary entry of the pipeline carries the real text it was
// written from (`seen`: a page of the evaluation corpus, a seed of the sample
// corpus or a fixture); this reads each source the way its stage reads it and
// checks that the example, and a counterexample, is text of it. The unit tests
// check that each example holds its pattern; running the cleaning stages over
// the corpus pages is the pipeline project's work.
import { describe, expect, it } from 'vitest';
import { CHROME_RULES } from '../../scripts/ingest/stages/chrome/rules.ts';
import { ADVERT_WORDS, CITED_GENRES, CONSULT_WORDS, PLAN_SECTIONS, CONTROL_TOKENS, FOLLOW_WORDS, LABELS, NAVIGATION_WORDS } from '../../scripts/ingest/stages/chrome/vocabulary.ts';
import { AD_RUNS, SPAM_BRANDS, cutSpamRuns } from '../../scripts/ingest/stages/spam-runs.ts';
import { CUE_RULES } from '../../scripts/ingest/classify/cues.ts';
import { ANSWER_TOLD, ANSWERERS_LISTED, ANSWERING, ANSWERS_LEAD_IN, FULL_TEXT_FOLLOWS, GUESTS_INTRODUCED, HOST_SHAPES, HOST_WELCOME, LABEL_AFTER_POST, INVITED, INVITED_SPOKESMAN, QUESTION_TOLD, REPORTING, SPEAKER_TITLE_SHAPES, NAME_HONOURS, SIGNATURE_AFFIXES, SPEECH_LEAD_IN, SPEECH_SOLE_LABEL, VISITING } from '../../scripts/ingest/people/speaker-cues.ts';
import { AFTER_NAME, BEFORE_NAME, LINE_POSTS, POSTS, SURNAMES } from '../../scripts/ingest/people/vocabulary.ts';
import { ANSWERING as ANSWERING_LABELS, ASKING, GUEST, HOSTING, SITE_ASKING, SOUND_BITE } from '../../scripts/ingest/structure/turn-labels.ts';
import * as regionCues from '../../scripts/ingest/extract/region-cues.ts';
import * as titleVocabulary from '../../scripts/ingest/structure/title-vocabulary.ts';
import { INTERVIEW_WORDS, LETTER_WORDS, NOTICE_WORDS, REPORT_WORDS, SPEECH_WORDS } from '../../scripts/ingest/structure/genre-words.ts';
import * as dateVocabulary from '../../scripts/ingest/extract/date-vocabulary.ts';
import { linesSeen } from '../fixtures/chrome/sources.ts';
import { textSeen as metadataText } from '../fixtures/classify/sources.ts';
import { comparable as regionComparable, sourceText as regionText } from '../fixtures/region/sources.ts';
import { comparable, textSeen as printedText } from '../fixtures/structure/vocabulary-sources.ts';

interface Entry {
  example: string;
  seen: string;
}

const squeeze = (text: string) => text.replace(/[ \t\u3000]+/gu, ' ');
const arrays = (module: object) => Object.entries(module).filter((entry): entry is [string, Entry[]] => Array.isArray(entry[1]));

describe('chrome rules: each example and counterexample is a line of its source', { timeout: 120_000 }, () => {
  const lines = CHROME_RULES.flatMap((rule) => [...rule.examples, ...(rule.counterexamples ?? [])].map((e) => [rule.id, e.text, e.seen] as const));
  it.each(lines)('%s: %s', (_id, text, seen) => {
    expect(linesSeen(seen)).toContain(text.trim());
  });
});

describe('chrome vocabulary: each example is a line of its source', { timeout: 120_000 }, () => {
  const terms = [CONTROL_TOKENS, NAVIGATION_WORDS, FOLLOW_WORDS, ADVERT_WORDS, CONSULT_WORDS, CITED_GENRES, PLAN_SECTIONS, LABELS].flat();
  it.each(terms.map((t) => [t.term, t] as const))('%s', (_term, t) => {
    expect(linesSeen(t.seen)).toContain(t.example.trim());
    for (const m of t.more ?? []) expect(linesSeen(m.seen)).toContain(m.example.trim());
  });
});

describe('gambling brands and advertising runs: each example is a line of its source before the runs are cut', { timeout: 120_000 }, () => {
  it.each([...SPAM_BRANDS, ...AD_RUNS].map((t) => [t.term, t] as const))('%s', (_term, t) => {
    expect(linesSeen(t.seen, cutSpamRuns)).toContain(t.example.trim());
  });
});

// As the metadata stages read a page: after the cleaning stages, with the lines they set aside.
describe.each([
  ['type cues', CUE_RULES.flatMap((r) => r.cues)],
  ['people', [POSTS, LINE_POSTS, AFTER_NAME, BEFORE_NAME, SURNAMES, INVITED, GUESTS_INTRODUCED, ANSWERERS_LISTED, SPEECH_LEAD_IN, ANSWERS_LEAD_IN, FULL_TEXT_FOLLOWS, HOST_WELCOME, ANSWERING, VISITING, REPORTING, QUESTION_TOLD, ANSWER_TOLD, SPEAKER_TITLE_SHAPES, INVITED_SPOKESMAN, SPEECH_SOLE_LABEL, NAME_HONOURS, SIGNATURE_AFFIXES, HOST_SHAPES, LABEL_AFTER_POST].flat()],
  ['turn labels', [ASKING, ANSWERING_LABELS, HOSTING, SITE_ASKING, SOUND_BITE, GUEST].flat()],
] as [string, Entry[]][])('%s: each example is in the text of its source', { timeout: 120_000 }, (_name, entries) => {
  it.each(entries.map((e) => [e.example, e] as const))('%s', (_example, e) => {
    expect(metadataText(e.seen)).toContain(squeeze(e.example));
  });
});

describe.each(arrays(regionCues))('region cues %s: each example is text of its source', { timeout: 120_000 }, (_name, entries) => {
  it.each(entries.map((e) => [e.example, e] as const))('%s', (_example, e) => {
    const source = regionText(e.seen);
    if (source !== undefined) expect(source).toContain(regionComparable(e.example));
  });
});

// As printed: decoded, markup and pinyin out, in simplified script.
describe.each([...arrays({ ...titleVocabulary, SPEECH_WORDS, NOTICE_WORDS, REPORT_WORDS, INTERVIEW_WORDS, LETTER_WORDS }), ...arrays(dateVocabulary)])('%s: each example is in its source', { timeout: 120_000 }, (_name, entries) => {
  it.each(entries.map((e) => [e.example, e] as const))('%s', (_example, e) => {
    expect(printedText(e.seen)).toContain(comparable(e.example));
  });
});
