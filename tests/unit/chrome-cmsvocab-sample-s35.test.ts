// The cmsvocab sample of the thirty-fifth session (tests/fixtures/chrome/cmsvocab-s35): 11 pages
// of 11 sites no evaluation set holds, run by content systems (a DedeCMS-style news portal, a
// database on a Xunrui CMS, a government site group's mirror, a Shenzhen district portal, a
// garden news site; an essay site, a law firm's page, a patent mirror, two reposting portals, a
// forum mirror), with their info lines, pagers, breadcrumbs, editor credits and related boxes;
// two controls: a township's notice listing its own 投诉举报电话, and a forum thread's first post.
// Bodies, titles and chrome written by hand before any run (meta.json says why for each label).
// Half A was read; half B is only counted with `npm run eval -- --cases
// tests/fixtures/chrome/cmsvocab-s35/B`, so here it is only checked for being well formed. Through
// the cleaning stages up to and with the chrome stage, as the chrome rules' sources are read.
import { describe, expect, it } from 'vitest';
import { linesSeen } from '../fixtures/chrome/sources.ts';
import { afterChrome, chromeSample, describeControlledSampleWellFormed, expectDocumentLosesChrome, squeeze } from './chrome-sample.ts';

const sample = (half: 'A' | 'B') => chromeSample('cmsvocab-s35', half);

/** The squeezed lines the chrome stage leaves of a source. */
const kept = (seen: string) => linesSeen(seen, afterChrome).map(squeeze).filter(Boolean);

describe('the cmsvocab sample, half A, through the chrome stage', { timeout: 120_000 }, () => {
  it.each(sample('A').map((c) => [c.slug, c] as const))('%s keeps every body line whole', (_slug, c) => {
    const lines = kept(c.seen);
    for (const line of c.body) expect(lines).toContain(squeeze(line));
  });

  // The whole ingest: a page's head line (site and column) is a title candidate the chrome stage leaves to the structure stage.
  it.each(sample('A').map((c) => [c.slug, c] as const))('%s loses its chrome in the document', (_slug, c) => expectDocumentLosesChrome('cmsvocab-s35', c));

  it("keeps a notice's own report lines: its 投诉举报电话 heading, phone and address (fydm168.com)", () => {
    const c = sample('A').find((s) => s.slug === 'fydm168-s35-control')!;
    const lines = kept(c.seen);
    for (const line of ['二、咨询、投诉举报电话:', '白马镇人民政府0812-8140006', '白马镇人民政府:米易县白马镇迎宾路1号', '举报咨询电话,每周一至周五,上午9:00-12:00,下午14:30-17:30(法定节假日除外)。']) {
      expect(lines).toContain(squeeze(line));
    }
  });
});

describeControlledSampleWellFormed('cmsvocab', 'cmsvocab-s35');
