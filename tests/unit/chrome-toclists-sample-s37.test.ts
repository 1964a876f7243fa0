// The toclists sample of the thirty-seventh session (tests/fixtures/chrome/toclists-s37): 10 pages of
// 10 范文 sites and their mirrors no evaluation set holds — collections set above their first piece
// (合集5篇 / 篇1, (二篇) / …范本一, (精选5篇) / 五一发言稿1), the 范文 templates' 推荐度 / 相关推荐 bar, a
// 荐 mark — and five controls (a notice digest's numbered headings and dates, a speech naming its topic
// 3.12植树节, a host script's numbered agenda). Bodies, titles and chrome written by hand before any run
// (meta.json says why for each label). Half A was read; half B is only counted with
// `npm run eval -- --cases tests/fixtures/chrome/toclists-s37/B`, so here it is only checked for being
// well formed. The list and contents rows' own examples from two sites each are checked in
// tests/unit/chrome-rules.test.ts; here the rows meet the documents' own lines.
import { describe, expect, it } from 'vitest';
import { classifyChrome } from '../../scripts/ingest/stages/chrome/rules.ts';
import { linesSeen } from '../fixtures/chrome/sources.ts';
import { afterChrome, chromeSample, describeControlledSampleWellFormed, expectDocumentLosesChrome, squeeze } from './chrome-sample.ts';

const sample = (half: 'A' | 'B') => chromeSample('toclists-s37', half);

/** The squeezed lines the chrome stage leaves of a source. */
const kept = (seen: string) => linesSeen(seen, afterChrome).map(squeeze).filter(Boolean);

const rule = (text: string) => classifyChrome(text)?.rule;

describe('the toclists sample, half A, through the chrome stage', { timeout: 120_000 }, () => {
  // In order, as the stage leaves them: neimou.com's piece runs two paragraphs into one stored line, which the glued-page stage sets apart.
  it.each(sample('A').map((c) => [c.slug, c] as const))('%s keeps every body line', (_slug, c) => {
    const text = kept(c.seen).join('');
    for (const line of c.body) expect(text, line).toContain(squeeze(line));
  });

  // Left: ejlkj.com's later piece shown after the paywall cut on the same line (…此处隐藏2503个字……文明程度,县文明委…),
  // which no list or contents row reads; neimou.com's first body line is the two paragraphs above, set apart in the document.
  const whole = sample('A').filter((c) => !['ejlkj-s37-collection', 'neimou-s37-pieces'].includes(c.slug));
  it.each(whole.map((c) => [c.slug, c] as const))('%s loses its chrome in the document', (_slug, c) =>
    expectDocumentLosesChrome('toclists-s37', c),
  );

  it("takes the 范文 template's 推荐度 and 相关推荐 tabs but keeps the title under them (m.xcreativ.com)", () => {
    const c = sample('A').find((s) => s.slug === 'xcreativ-s37-recommend')!;
    expect(rule('- 礼仪知识教程 推荐度:')).toBe('rating-widget');
    expect(rule('- 相关推荐')).toBe('related-links');
    expect(kept(c.seen)).toContain(squeeze('礼仪知识教程'));
  });

  it("keeps a notice digest's own numbered headings and a line ending in dates (miekuo.com)", () => {
    const c = sample('A').find((s) => s.slug === 'miekuo-s37-control')!;
    const lines = kept(c.seen);
    for (const line of c.meta.controls as string[]) expect(lines.some((l) => l.includes(squeeze(line.replace(/^##\s*/u, '')))), line).toBe(true);
  });

  it('keeps a speech line naming its topic with a number and a date (m.bxzi.com)', () => {
    const c = sample('A').find((s) => s.slug === 'bxzi-s37-control')!;
    const lines = kept(c.seen);
    for (const line of c.meta.controls as string[]) expect(lines).toContain(squeeze(line));
  });
});

describe('the contents and list rows leave the documents’ own lines', () => {
  it('read leader dots before a page number as a table of contents, on two sites', () => {
    expect(rule('河北省新闻通报会推介词....................2')).toBe('toc-entry');
    expect(rule('目录1总论....................................................................11.1任务由来............................................')).toBe('toc-entry');
  });

  it("leave a speech's numbered headings, short or not", () => {
    for (const line of ['一、提高认识', '1、加强领导', '二、货运停运及车辆限行相关通知:']) expect(rule(line)).toBeUndefined();
  });

  it("leave a notice's attachment list and a list of items that close their sentences", () => {
    for (const line of ['附件:1. 征集表', '2.数字微展览作品要求', '1、加强领导。2、压实责任。3、强化督查。']) expect(['toc-entry', 'related-links', 'rating-widget']).not.toContain(rule(line));
  });

  it('leave a number or a sentence’s ellipsis at a body line’s end', () => {
    for (const line of ['全县共有规模以上企业……共计57', '今年完成投资额57', '记者:梁司长提及有关京港沟通渠道部门......驻京办扮演什么角色?']) expect(rule(line)).not.toBe('toc-entry');
  });

  it("leave a sentence that names what readers like", () => {
    for (const line of ['大家都在看的节目，我们也要看。', '你可能也喜欢这样的安排。', '相关推荐工作要抓紧落实。']) expect(rule(line)).not.toBe('related-links');
  });
});

describeControlledSampleWellFormed('toclists', 'toclists-s37');

describe('a list of other pieces with their teasers ends the text', { timeout: 60_000 }, () => {
  it('takes a 范文 site’s 相关范文推荐 with its items’ cut teasers (fwdq.com)', () => {
    const lines = kept('fwdq.com eval:a10-fwdq-winter-solstice-civilized-tomb-sweeping-article');
    expect(lines).not.toContain(squeeze('相关范文推荐'));
    expect(lines.some((l) => l.includes(squeeze('弘扬企业家精神,汇聚民营企业力量')))).toBe(false);
    expect(lines.some((l) => l.startsWith(squeeze('亲爱的市民朋友')))).toBe(true);
  });

  it('takes a portal’s 新闻推荐 with its headline and teaser (m.yybnet.net)', () => {
    const lines = kept('m.yybnet.net eval:d24-yybnet-xingwen-county-secretary-zhangjian-plenum-interview');
    expect(lines).not.toContain(squeeze('新闻推荐'));
    expect(lines.some((l) => l.includes(squeeze('中纪委通报19起双节期间')))).toBe(false);
  });

  it('keeps a notice’s imprint line above the 85%的人还看了 box, and takes the box (www.tuliu.com)', () => {
    const lines = kept('www.tuliu.com eval:b23-tuliu-guidong-straw-burning-ban-notice');
    expect(lines).toContain(squeeze('桂东县人民政府办公室2017年5月27日印发'));
    for (const widget of ['85%的人还看了', '你可能也爱看', '附近热门土地']) expect(lines).not.toContain(squeeze(widget));
  });
});
