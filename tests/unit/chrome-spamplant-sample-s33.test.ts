// The spamplant sample of the thirty-third session (tests/fixtures/chrome/spamplant-s33):
// 12 pages of 12 sites no evaluation set holds where a hijacked mirror planted a betting
// brand into the headline or a sentence (365滚球盘_…√:, 365体育官方唯一入口, 英国威廉希尔公司官网,
// 日博体育,日博注册, 开云电子, 威尼斯wns885566), and 5 controls whose own text uses 体育, 彩票,
// 平台, 棋牌, 官方网站 as words; bodies, titles and planted strings written by hand before any
// run (meta.json says why for each label). Half A was read and fitted to; half B is only
// counted with `npm run eval -- --cases tests/fixtures/chrome/spamplant-s33/B`, so here it is
// only checked for being well formed. Through the cleaning stages up to and with the chrome
// stage, as the chrome rules' sources are read (tests/fixtures/chrome/sources.ts).
import { describe, expect, it } from 'vitest';
import { linesSeen } from '../fixtures/chrome/sources.ts';
import { afterChrome, chromeSample, describeSpamSampleWellFormed, squeeze } from './chrome-sample.ts';

const sample = (half: 'A' | 'B') => chromeSample('spamplant-s33', half);

/** The squeezed lines the chrome stage leaves of a source. */
const kept = (seen: string) => linesSeen(seen, afterChrome).map(squeeze).filter(Boolean);

describe('the spamplant sample, half A, through the chrome stage', { timeout: 120_000 }, () => {
  it.each(sample('A').map((c) => [c.slug, c] as const))('%s keeps every body line whole, without the planted strings', (_slug, c) => {
    const lines = kept(c.seen);
    for (const line of c.body) expect(lines).toContain(squeeze(line));
    // The headline's own line is the title stage's to read (lol投注网站-杜兆才:…, li-litci.com): 投注网站 alone
    // is also a crackdown's word, so the chrome stage leaves that line and the title comes out right later.
    const title = c.meta.expected.title === null ? undefined : squeeze(c.meta.expected.title);
    const text = lines.filter((line) => title === undefined || !line.endsWith(title)).join('\n');
    for (const planted of c.meta.planted as string[]) expect(text).not.toContain(squeeze(planted));
  });
});

describeSpamSampleWellFormed('spamplant-s33', { spam: 10, controls: 4 });
