// The docsite sample of the thirty-sixth session (tests/fixtures/chrome/docsite-s36): 10 pages of
// 10 document-sharing and model-essay sites no evaluation set holds (the 淘文阁, 金锄头, 人人文库 and
// 冰豆网 viewers and their clones, an essay site's 阅读小贴士 template, a reading site's paywall, a
// 范文 site's upload line and blurb, two pinyin-gloss mirrors), with their labels, cards, download
// terms and paywalls; controls: an essay's own sentences naming 笔杆子, a piece's bare section
// numbers, a set of rules' own numbered items. Bodies, titles and chrome written by hand before any
// run (meta.json says why for each label). Half A was read; half B is only counted with
// `npm run eval -- --cases tests/fixtures/chrome/docsite-s36/B`, so here it is only checked for
// being well formed. Through the cleaning stages up to and with the chrome stage, as the chrome
// rules' sources are read.
import { describe, expect, it } from 'vitest';
import { classifyChrome } from '../../scripts/ingest/stages/chrome/rules.ts';
import { linesSeen } from '../fixtures/chrome/sources.ts';
import { afterChrome, chromeSample, describeControlledSampleWellFormed, expectDocumentLosesChrome, squeeze } from './chrome-sample.ts';

const sample = (half: 'A' | 'B') => chromeSample('docsite-s36', half);

/** The squeezed lines the chrome stage leaves of a source. */
const kept = (seen: string) => linesSeen(seen, afterChrome).map(squeeze).filter(Boolean);

describe('the docsite sample, half A, through the chrome stage', { timeout: 120_000 }, () => {
  // Whole within a kept line: a preview's lone first page number (1、) is left to the structure stage.
  it.each(sample('A').map((c) => [c.slug, c] as const))('%s keeps every body line whole', (_slug, c) => {
    const lines = kept(c.seen);
    for (const line of c.body) expect(lines.some((l) => l.includes(squeeze(line))), line).toBe(true);
  });

  it.each(sample('A').map((c) => [c.slug, c] as const))('%s loses its chrome in the document', (_slug, c) => expectDocumentLosesChrome('docsite-s36', c));

  it("keeps an essay's own sentence naming 笔杆子, the brand of the 笔杆子 document sites (qidianling.com)", () => {
    const c = sample('A').find((s) => s.slug === 'qidianling-s36-preview')!;
    expect(kept(c.seen)).toContain(squeeze(c.meta.controls[0]));
  });

  it("keeps a piece's own bare section numbers 01 and 02 (meidekan.com)", () => {
    const c = sample('A').find((s) => s.slug === 'meidekan-s36-fanwen')!;
    const lines = kept(c.seen);
    for (const n of ['01', '02']) expect(lines).toContain(n);
  });

  it("takes the 淘文阁 template's card, labels and download terms, each under its row (163wenku.com)", () => {
    const rule = (text: string) => classifyChrome(text)?.rule;
    expect(rule('• 上传人(卖家):淡然人生')).toBe('doc-site-meta');
    expect(rule('• 【下载声明】')).toBe('doc-site-meta');
    expect(rule('资源描述:')).toBe('docsite-block-label');
    expect(rule('5. 本站所有资源如无特殊说明,都需要本地电脑安装OFFICE2007及以上版本和PDF阅读器,压缩文件请下载最新的WinRAR软件解压。')).toBe('docsite-download-terms');
  });
});

// Lines of the development sets that read like the templates' words but are the documents' own.
describe('the docsite rows leave the documents’ own lines', () => {
  const docsite = (text: string) => classifyChrome(text)?.rule.startsWith('docsite-') ?? false;

  it("leave a notice's own attachment line, though it names a spreadsheet (unseen14 scjyxx.com)", () => {
    const line = linesSeen('scjyxx eval:b14-scjyxx-shucheng-school-safety-cases-results-notice').find((l) => l.includes('.xlsx'));
    expect(line).toBeDefined();
    expect(docsite(line!)).toBe(false);
  });

  it('leave a speech that announces its full text and a chamber speech to its members', () => {
    expect(docsite('国庆演说全文如下:')).toBe(false);
    expect(docsite('全文共分三个部分:')).toBe(false);
    expect(docsite('在新的任期内一定更加努力传承商会精神,团结全体会员,按照章程办事。')).toBe(false);
  });
});

describeControlledSampleWellFormed('docsite', 'docsite-s36');
