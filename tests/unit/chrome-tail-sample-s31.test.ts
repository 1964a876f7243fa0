// The chrometail sample of the thirty-first session (tests/fixtures/chrome/chrometail-s31):
// 12 pages of 12 sites no evaluation set holds, with picture captions and credits,
// widget lines and list tails, their bodies, chrome and last sentences written by hand
// before any run (meta.json says why for each label). Half A was read and fitted to;
// half B is only counted with `npm run eval -- --cases tests/fixtures/chrome/chrometail-s31/B`,
// so here it is only checked for being well formed. Through the cleaning stages up to
// and with the chrome stage, as the chrome rules' sources are read (tests/fixtures/chrome/sources.ts).
import { describe, expect, it } from 'vitest';
import { isPhotoCaption } from '../../scripts/ingest/stages/chrome/credits.ts';
import { linesSeen } from '../fixtures/chrome/sources.ts';
import { afterChrome, chromeSample, expectSamplePageLabelled, squeeze } from './chrome-sample.ts';

const sample = (half: 'A' | 'B') => chromeSample('chrometail-s31', half);

/** Lines of the half-A pages this change takes, as the chrome stage reads them (hand-picked from each page's chrome). */
const TAKEN: Record<string, string[]> = {
  // A caption closed by its picture's source in brackets, the slash a division slash.
  'thehubnews-s31-report': ['花莲县长徐榛蔚(前)引领各局处首长及各贵宾,为全民运上香祈福。(图∕县政府提供)'],
  // Captions closed by the Facebook page the picture came from.
  'singtao-s31-report': ['李家超上载亲手制作的月饼相到社交平台,祝大家中秋节快乐。李家超FB图片', '财政司司长陈茂波与小学生一起午膳,分享月饼及玩游戏。陈茂波fb', '邓炳强与太太及爱犬一同到元朗。邓炳强fb'],
  // An advert's slot between the lede and the next paragraph.
  'sinchew-s31-report': ['ADVERTISEMENT'],
};

describe('the chrometail sample, half A, through the chrome stage', { timeout: 120_000 }, () => {
  it.each(sample('A').map((c) => [c.slug, c] as const))('%s keeps every body line', (_slug, c) => {
    const kept = squeeze(linesSeen(c.seen, afterChrome).join('\n'));
    for (const line of c.body) expect(kept).toContain(squeeze(line));
  });

  it.each(Object.entries(TAKEN))('%s loses its captions and slots', (slug, taken) => {
    const c = sample('A').find((s) => s.slug === slug)!;
    const before = linesSeen(c.seen);
    const kept = linesSeen(c.seen, afterChrome);
    for (const line of taken) {
      expect(before).toContain(line);
      expect(kept).not.toContain(line);
    }
  });
});

describe('a picture source closing a line is a caption only on a caption', () => {
  it('leaves a paragraph whose last sentence a caption was glued to', () => {
    const line = '109年全民运动会在即,花莲县政府今(12)日在花莲港天宫举办赛事祈福仪式,县长徐榛蔚偕同花莲县政府各局处首长、花莲县体育会代理理事长赵凤山、代理秘书长谢守义、各单项委员会主委以及各组工作人员,备妥鲜花、素果、财帛等丰盛供品,以三跪十二叩首最敬礼虔诚向上苍祈福,祈求赛事平安圆满顺利。▲县长徐榛蔚(中)与港天宫董监事相谈甚欢。(图/县政府提供)';
    expect(linesSeen('thehubnews.net fixture:chrome/chrometail-s31/A/thehubnews-s31-report/raw.txt')).toContain(line);
    expect(isPhotoCaption(line)).toBe(false);
  });

  it('leaves the paragraphs of a page whose captions name Facebook pages', () => {
    const c = sample('A').find((s) => s.slug === 'singtao-s31-report')!;
    const lines = linesSeen(c.seen);
    for (const paragraph of c.body) {
      const line = lines.find((l) => squeeze(l) === squeeze(paragraph));
      expect(line).toBeDefined();
      expect(isPhotoCaption(line!)).toBe(false);
    }
  });
});

describe('the chrometail sample is well formed', () => {
  it.each([...sample('A'), ...sample('B')].map((c) => [c.slug, c] as const))('%s: a source, a reason per label, no chrome string in its body', (_slug, c) => {
    expectSamplePageLabelled(c);
    expect(c.meta.lastSentence.length).toBeGreaterThan(0);
  });
});
