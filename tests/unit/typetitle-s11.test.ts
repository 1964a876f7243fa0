// The eleventh session's type and title rules, on the real lines they were
// written from (expected values by hand from those lines): an e-paper's page
// navigation is chrome, a periodical's issue line is never a title, and a
// lede opening on 近日/不久前 with a body holding a meeting tells of an event.
import { describe, expect, it } from 'vitest';
import { CHROME_RULES, ruleMatches } from '../../scripts/ingest/stages/chrome/rules.ts';
import { refusal } from '../../scripts/ingest/structure/title-clean.ts';
import { CUE_RULES } from '../../scripts/ingest/classify/cues.ts';
import { termMatches } from '../../scripts/ingest/stages/classify.ts';

const prevNext = CHROME_RULES.find((r) => r.id === 'prev-next')!;

describe("an e-paper's page navigation alone on its line", () => {
  it.each([
    // static.0471tv.org.cn (cases c3b-0471tv) and e.sxxycmw.com (wide sample typetitle-s11, 01).
    '第rb01版:头版 下一版',
    '下一版»本期共4版(1-2-4)',
  ])('%s is chrome', (line) => {
    expect(ruleMatches(prevNext, line)).toBe(true);
  });

  it('a headline about a next version is not navigation', () => {
    expect(ruleMatches(prevNext, '下一版本的政务服务平台将于明年上线')).toBe(false);
  });
});

describe("a periodical's issue line", () => {
  it.each([
    // www.wenxue100.com (unseen7 b7-wenxue100) and fx361.com (tests/fixtures/titles/fx361-issue-line.txt).
    '《杂文月刊（选刊版）》 2004年 第07期',
    '医学与哲学 2019年17期',
  ])('%s is never a title', (line) => {
    expect(refusal(line)).toBe("a periodical's issue line");
  });

  it('a headline naming an issue of a course is still a headline', () => {
    expect(refusal('全县第七期村干部培训班开班')).toBeUndefined();
  });
});

describe('a lede on a meeting held of late', () => {
  const term = '^(?:近日|日前|不久前|前不久)，(?!在)[^，。！？]{2,30}?(?:召开|举行|举办)(?!的)';
  it('is a cue of report-event', () => {
    expect(CUE_RULES.find((r) => r.id === 'report-event')!.cues.some((c) => c.term === term)).toBe(true);
  });

  it.each([
    // dhcdi.gov.cn (unseen6 z1-dhcdi) and www.ptcdi.gov.cn (unseen u2-ptcdi).
    '不久前，泉州市惠安县召开警示教育大会，现场播放警示教育片《奖励政策变“生财之道”》。',
    '近日，福建省莆田市秀屿区监委召开第一届特约监察员聘请会议，聘请10名特约监察员。',
  ])('%s', (text) => {
    expect(termMatches(term, text)).toBe(true);
  });

  it.each([
    // A commentary recalls a meeting inside a sentence (cases ho-qq-overcapacity-commentary).
    '中国的产能过剩问题再度成为焦点。近期在美国华盛顿召开的会议上，各方各执一词。',
    // A commentary opens on a document issued of late, not a meeting (cases pg-taiwan-cn-pinglun-article).
    '近日，中央“不忘初心、牢记使命”主题教育领导小组印发通知。',
    // The time and the meeting in different clauses: the opening recalls it.
    '近日，在省委召开的全会上，大家一致认为要抓好落实。',
  ])('not: %s', (text) => {
    expect(termMatches(term, text)).toBe(false);
  });
});
