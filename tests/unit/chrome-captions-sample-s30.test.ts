// The chromecap sample of the thirtieth session (tests/fixtures/chrome/chromecap-s30):
// 13 pages of 13 sites no evaluation set holds, with picture captions, credits and
// placeholders, their bodies and chrome written by hand before any run (meta.json
// says why for each label). Half A was read and fitted to; half B is only counted
// with `npm run eval -- --cases tests/fixtures/chrome/chromecap-s30/B`, so here it
// is only checked for being well formed. Through the cleaning stages up to and with
// the chrome stage, as the chrome rules' sources are read (tests/fixtures/chrome/sources.ts).
import { describe, expect, it } from 'vitest';
import { linesSeen } from '../fixtures/chrome/sources.ts';
import { afterChrome, chromeSample, squeeze } from './chrome-sample.ts';

const sample = (half: 'A' | 'B') => chromeSample('chromecap-s30', half);

/** Lines of the half-A pages this change takes, as the page prints them (hand-picked from each page's chrome). */
const TAKEN: Record<string, string[]> = {
  'jxsdfx-s30-report': ['点击查看原图'],
  '028px-s30-report': ['图一 肖前胜校长致辞', '图二 肖校长介绍高中部行政班子成员', '图三 肖校长介绍新老师'],
  'ynpfph-s30-report': ['党委副书记李伟主持表彰大会', '院党政领导给全院职工拜年'],
};

/** A brand a mirror planted inside a body line: the spam-run stage's to cut, left in the line by today's stages. */
const PLANTED: Record<string, string> = { 'rutwi-s30-report': '威尼斯wns8885556(中国)有限公司' };

describe('the chromecap sample, half A, through the chrome stage', { timeout: 120_000 }, () => {
  it.each(sample('A').map((c) => [c.slug, c] as const))('%s keeps every body line', (_slug, c) => {
    const kept = squeeze(linesSeen(c.seen, afterChrome).join('\n')).replace(squeeze(PLANTED[c.slug] ?? '\u0000'), '');
    for (const line of c.body) expect(kept).toContain(squeeze(line));
  });

  it.each(Object.entries(TAKEN))('%s loses its captions and placeholders', (slug, taken) => {
    const c = sample('A').find((s) => s.slug === slug)!;
    const kept = linesSeen(c.seen, afterChrome);
    for (const line of taken) expect(kept).not.toContain(line);
  });
});

describe('the chromecap sample is well formed', () => {
  it.each([...sample('A'), ...sample('B')].map((c) => [c.slug, c] as const))('%s: a source, a reason per label, no chrome string in its body', (_slug, c) => {
    expect(c.meta.url).toMatch(/^https?:\/\//u);
    expect(['A', 'B']).toContain(c.meta.half);
    expect(c.meta.why.length).toBeGreaterThan(0);
    const body = squeeze(c.body.join('\n'));
    for (const piece of c.meta.chrome as string[]) expect(body).not.toContain(squeeze(piece));
  });
});
