// The adspam sample of the thirty-fourth session (tests/fixtures/chrome/adspam-s34): 14 pages
// of 14 sites no evaluation set holds, 10 where a hijacked page or mirror carries planted
// advertising (a private hospital's consultation widget, betting sites' names put where the
// page named itself, adult sites' keywords) and 4 controls whose own text is about epilepsy,
// dermatology or a lottery centre; bodies, titles and planted strings written by hand before any
// run (meta.json says why for each label). Half A was read and fitted to; half B is only counted
// with `npm run eval -- --cases tests/fixtures/chrome/adspam-s34/B`, so here it is only checked
// for being well formed. Through the cleaning stages up to and with the chrome stage.
import { describe, expect, it } from 'vitest';
import { linesSeen } from '../fixtures/chrome/sources.ts';
import { afterChrome, chromeSample, describeSpamSampleWellFormed, squeeze } from './chrome-sample.ts';

const sample = (half: 'A' | 'B') => chromeSample('adspam-s34', half);

/** The squeezed lines the chrome stage leaves of a source. */
const kept = (seen: string) => linesSeen(seen, afterChrome).map(squeeze).filter(Boolean);

/**
 * The pages of half A whose planted strings the rows of this session take (consult-widget,
 * gambling-site with 在线). Left, with no second site to write a row from: 澳门皇冠_皇冠国际线上娱乐-体育*投注:
 * spliced into sanqingweishucha.com's sentences, and 乐动平台(www.cubechair.com) under cubechair.com's report.
 */
const TAKEN = new Set(['drf008-s34-spam', 'mzxwzx-s34-spam', 'sixiw-s34-spam']);

describe('the adspam sample, half A, through the chrome stage', { timeout: 120_000 }, () => {
  it.each(sample('A').filter((c) => c.meta.control || TAKEN.has(c.slug)).map((c) => [c.slug, c] as const))('%s keeps every body line whole', (_slug, c) => {
    const lines = kept(c.seen);
    for (const line of c.body) expect(lines).toContain(squeeze(line));
  });

  it.each(sample('A').filter((c) => TAKEN.has(c.slug)).map((c) => [c.slug, c] as const))('%s loses its planted advertising', (_slug, c) => {
    const text = kept(c.seen).join('\n');
    for (const planted of c.meta.planted as string[]) expect(text).not.toContain(squeeze(planted));
  });
});

describeSpamSampleWellFormed('adspam-s34', { spam: 10, controls: 4 });
