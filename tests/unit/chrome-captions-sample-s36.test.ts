// The captions sample of the thirty-sixth session (tests/fixtures/chrome/captions-s36):
// 10 pages of 10 sites no evaluation set holds, with photo captions and picture credits
// left in, their bodies, chrome and last sentences written by hand before any run
// (meta.json says why for each label). Half A was read and fitted to; half B is only
// counted with `npm run eval -- --cases tests/fixtures/chrome/captions-s36/B`, so here it
// is only checked for being well formed. Through the cleaning stages up to and with the
// chrome stage, as the chrome rules' sources are read (tests/fixtures/chrome/sources.ts).
import { describe, expect, it } from 'vitest';
import { captionMark } from '../../scripts/ingest/stages/chrome/caption-marks.ts';
import { strip } from '../fixtures/chrome/harness.ts';
import { linesSeen } from '../fixtures/chrome/sources.ts';
import { afterChrome, chromeSample, expectSamplePageLabelled, squeeze } from './chrome-sample.ts';

const sample = (half: 'A' | 'B') => chromeSample('captions-s36', half);

/** Lines of the half-A pages the caption marks take, with the row that takes each (hand-picked from each page's chrome). */
const TAKEN: Record<string, [string, string][]> = {
  // A numbered picture's caption in brackets between two paragraphs.
  'hslmtzf-s36-report': [['caption-picture-ref', '(图1-全体成员认真学习党的二十大重要精神)']],
  // The picture's file name as WeChat saved it, left where the picture stood.
  'sdsxzxyy-s36-report': [['caption-file-stem', 'WeChat_20241019121700']],
};

describe('the captions sample, half A, through the chrome stage', { timeout: 120_000 }, () => {
  it.each(sample('A').map((c) => [c.slug, c] as const))('%s keeps every body line', (_slug, c) => {
    const kept = squeeze(linesSeen(c.seen, afterChrome).join('\n'));
    for (const line of c.body) expect(kept).toContain(squeeze(line));
  });

  it.each(Object.entries(TAKEN))('%s loses its captions, each under its row', (slug, taken) => {
    const c = sample('A').find((s) => s.slug === slug)!;
    const before = linesSeen(c.seen);
    const { removed } = strip(before.join('\n'));
    for (const [rule, line] of taken) {
      expect(before).toContain(line);
      expect(removed).toContain(`${rule} ${line}`);
    }
  });
});

describe('caption marks on the lines of other sites', () => {
  it('take a bracketed caption that places its picture (qxxrmyy) and leave a unit credited in brackets (zhplaw)', () => {
    expect(linesSeen('www.qxxrmyy.cn fixture:chrome/chromecap-s30/A/qxxrmyy-s30-report/raw.txt')).toContain('(上图为卫生局局长侯建铭主持会议)');
    expect(captionMark('(上图为卫生局局长侯建铭主持会议)')?.id).toBe('caption-picture-ref');
    expect(linesSeen('www.zhplaw.com eval:b8-zhplaw-university-newyear-message-speech')).toContain('(宣传部)');
    expect(captionMark('(宣传部)')).toBeUndefined();
  });

  it("take a blog's runs of camera file names (pixnet) and leave its short lines of text", () => {
    const lines = linesSeen('keigo1209.pixnet.net fixture:chrome/pages/pixnet-keigo-school-files.txt').filter(Boolean);
    const files = lines.filter((l) => captionMark(l)?.id === 'caption-file-stem');
    expect(files).toContain('IMGP9535.JPG IMGP9537.JPG IMGP9542.JPG');
    expect(files).toContain('nEO_IMG_IMGP9519.jpg nEO_IMG_IMGP9525.jpg IMGP9553.JPG');
    // Every other line is the post's own (一百年, 生日快乐, 曹县长给予满满的祝福 …).
    expect(lines.filter((l) => !files.includes(l)).every((l) => !/IMG/u.test(l))).toBe(true);
    expect(files.length).toBe(8);
  });

  // Lines of the text that stand like captions and must stay: a numbered heading, a speech's
  // salutation, an interview's turn, a slogan quoted alone, a photo item's 图为 sentence.
  it.each([
    ['www.kaili.gov.cn eval:gov-kaili-recruit-notice', '一、招聘对象及条件'],
    ['www.kaili.gov.cn eval:gov-kaili-recruit-notice', '（一）本次公开招聘'],
    ['sxtyzy.shanxify.gov.cn eval:ho-shanxify-taiyuan-court-speech', '同志们:'],
    ['chinaneast.xinhuanet.com eval:news-chinaneast-farm-machinery-interview', '记者：首先欢迎你'],
    ['pl.ifeng.com eval:cx-ifeng-zhengnengliang-commentary', '“事机一失应难再'],
    ['szb.sxworker.com fixture:chrome/captions-s36/A/sxworker-s36-photo/raw.txt', '省卫生厅和西安市卫生局'],
  ])('leave %s: %s…', (seen, start) => {
    const line = linesSeen(seen).find((l) => l.startsWith(start));
    expect(line).toBeDefined();
    expect(captionMark(line!)).toBeUndefined();
  });
});

describe('the captions sample is well formed', () => {
  it.each([...sample('A'), ...sample('B')].map((c) => [c.slug, c] as const))('%s: a source, a reason per label, no chrome string in its body', (_slug, c) => {
    expectSamplePageLabelled(c);
    expect(c.meta.lastSentence.length).toBeGreaterThan(0);
  });

  it('has at least 10 pages of as many sites, split into halves', () => {
    const all = [...sample('A'), ...sample('B')];
    expect(all.length).toBeGreaterThanOrEqual(10);
    expect(new Set(all.map((c) => c.meta.site)).size).toBe(all.length);
    expect(sample('A').length).toBeGreaterThanOrEqual(5);
    expect(sample('B').length).toBeGreaterThanOrEqual(5);
  });
});
