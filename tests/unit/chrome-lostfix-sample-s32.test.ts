// The lostfix sample of the thirty-second session (tests/fixtures/chrome/lostfix-s32):
// 10 pages of 10 sites no evaluation set holds whose first and last body lines look
// like chrome (an addressee line, an issuer and a signature date, a letter-spaced
// issuer, contact lines under a request for replies, a date with no year), their
// bodies and edges written by hand before any run (meta.json says why for each label).
// Half A was read and fitted to; half B is only counted with
// `npm run eval -- --cases tests/fixtures/chrome/lostfix-s32/B`, so here it is only
// checked for being well formed. Through the cleaning stages up to and with the chrome
// stage, as the chrome rules' sources are read (tests/fixtures/chrome/sources.ts).
import { describe, expect, it } from 'vitest';
import { isSpacedSignatureDate } from '../../scripts/ingest/stages/chrome/credits.ts';
import { linesSeen } from '../fixtures/chrome/sources.ts';
import { afterChrome, chromeSample, expectLostSamplePageWellFormed, squeeze } from './chrome-sample.ts';

const sample = (half: 'A' | 'B') => chromeSample('lostfix-s32', half);

/** The squeezed lines the chrome stage leaves of a source. */
const kept = (seen: string) => linesSeen(seen, afterChrome).map(squeeze).filter(Boolean);

describe('the lostfix sample, half A, through the chrome stage', { timeout: 120_000 }, () => {
  it.each(sample('A').map((c) => [c.slug, c] as const))('%s keeps every body line, its edges too', (_slug, c) => {
    const lines = kept(c.seen);
    for (const line of c.body) expect(lines).toContain(squeeze(line));
    expect(squeeze(c.body.at(-1)!)).toBe(squeeze(c.meta.lastLine));
  });

  it('still takes the reposting site’s lines under the lsfz notice’s signature', () => {
    const lines = kept('lsfz.org.cn fixture:chrome/lostfix-s32/A/lsfz-s32-notice/raw.txt').join('\n');
    expect(lines).not.toContain(squeeze('[免责声明]'));
    expect(lines).not.toContain(squeeze('原文链接:http://nync.shandong.gov.cn'));
  });
});

/** Development pages whose closing lines an edge rule took before this change, and the page's lines under them that stay chrome. */
const CLOSINGS: { seen: string; body: string[]; chrome: string[] }[] = [
  // A letter-spaced signature date under the issuer (cell-bar took it).
  { seen: 'wap.axnews.cn eval:b20-axnews-anxiang-traffic-police-school-road-notice', body: ['安乡县公安局交通警察大队', '2024年 9 月 9 日'], chrome: ['来源:安乡县公安局交通警察大队', '编辑:安乡融媒'] },
  // The speaker's name and the day in dotted figures under a speech (footer-lead took it).
  { seen: '777articles.com eval:a15-777articles-shuidong-flag-teachers-day-speech', body: ['同学们,让我们一起祝福老师们:节日快乐!', '宗良勇2019.9.9'], chrome: [] },
  // The mailbox, address, post code and attachments under 请将意见…反馈至… with no signature after them (contact, site-footer took them).
  {
    seen: 'cbnews.gov.cn eval:b18-cbnews-chengbu-straw-burning-zones-notice',
    body: ['联系电话:0739-7361372', '邮箱:chengbutufeizhan@163.com', '地 址:城步苗族自治县农业农村局', '邮 编:422500', '2.公开征求意见反馈表.doc'],
    chrome: ['来源:城步融媒体中心', '编辑:伍玉桃', '阅读下一篇', '返回城步新闻网首页'],
  },
];

describe('closing lines of development pages stay, the chrome under them goes', { timeout: 120_000 }, () => {
  it.each(CLOSINGS.map((c) => [c.seen.split(' ')[1]!, c] as const))('%s', (_ref, c) => {
    const before = linesSeen(c.seen).map(squeeze);
    const after = kept(c.seen);
    for (const line of [...c.body, ...c.chrome]) expect(before).toContain(squeeze(line));
    for (const line of c.body) expect(after).toContain(squeeze(line));
    for (const line of c.chrome) expect(after).not.toContain(squeeze(line));
  });
});

describe('a letter-spaced signature date', () => {
  it('reads as a date with its spaces closed up', () => {
    expect(isSpacedSignatureDate('2024年 9 月 9 日')).toBe(true);
    expect(isSpacedSignatureDate('二○一五年十一月四日')).toBe(true);
  });

  it('is not a letter-spaced organ or a dated sentence', () => {
    expect(isSpacedSignatureDate('学 校 办 公 室')).toBe(false);
    expect(isSpacedSignatureDate('2022年12月26日 14:25  编辑:史强')).toBe(false);
  });
});

describe('the lostfix sample is well formed', () => {
  it.each([...sample('A'), ...sample('B')].map((c) => [c.slug, c] as const))('%s: a source, a reason per label, its edges in its body, no chrome string in it', (_slug, c) => {
    expectLostSamplePageWellFormed(c);
  });
});
