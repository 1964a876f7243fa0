// A text's own front section heading (引言：…, a site's 前言：…) is never the
// document's title, and a title in 【】 glued before a school's salutation is
// read off it. Pages of sites outside the evaluation corpus
// (tests/fixtures/titles/README.md) and lines of evaluation cases; expected
// titles written by hand from the pages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestOne } from '../../scripts/ingest/pipeline.ts';
import { refusal } from '../../scripts/ingest/structure/title-clean.ts';
import { openingAfterTitle } from '../../scripts/ingest/structure/title-glued.ts';
import { findTitle } from '../../scripts/ingest/structure/title.ts';

const page = (name: string) => readFileSync(new URL(`../fixtures/titles/${name}`, import.meta.url));

describe("a section's label opening the line", () => {
  it.each([
    // www.seridoat.com (tests/fixtures/titles/seridoat-yinyan.txt).
    '引言:战略合作的时代背景与意义',
    // www.hkyyi.com (tests/fixtures/titles/hkyyi-yinyan.txt).
    '引言：数字化时代的社区治理新机遇',
    // 1mishu.com (holdout h2-1mishu): the site's blurb over the speech.
    '前言:本站为你精心整理了代市长在市党委全体会议上的讲话',
  ])('%s is never a title', (line) => {
    expect(refusal(line)).toBe("a section's label: the text's own heading");
  });

  it.each(['引言未能生效的原因分析', '前言不搭后语的讲话怎样改'])('a headline opening with the word is still one: %s', (line) => {
    expect(refusal(line)).toBeUndefined();
  });

  it.each([
    ['seridoat-yinyan.txt', '在数字化转型浪潮席卷全球的当下'],
    ['hkyyi-yinyan.txt', '随着移动互联网的深度普及'],
  ])('%s: no title stated, one derived from the first sentence', (name, derived) => {
    const result = ingestOne({ path: name, bytes: page(name) });
    expect(result.kind).toBe('document');
    if (result.kind !== 'document') return;
    expect(result.meta.titleSource).toBe('derived');
    expect(result.meta.title).toBe(derived);
  }, 60_000);
});

describe("a title glued before a school's salutation", () => {
  it('bbs.beng168.com: 【title】 then 尊敬的各位老师、亲爱的同学们：', () => {
    expect(findTitle(['【小学校长开学典礼致辞】尊敬的各位老师、亲爱的同学们:'], 0)).toEqual({ title: '【小学校长开学典礼致辞】', lines: 1, rest: '尊敬的各位老师、亲爱的同学们:' });
  });

  it('a school salutation opening the page has no title before it', () => {
    expect(openingAfterTitle('尊敬的各位老师、亲爱的同学们：大家好！')).toBeUndefined();
  });

  it('bbs.beng168.com, whole page: the title without its brackets, the salutation opens the text', () => {
    const result = ingestOne({ path: 'beng168-kaixue.txt', bytes: page('beng168-kaixue.txt') });
    expect(result.kind).toBe('document');
    if (result.kind !== 'document') return;
    expect(result.meta.titleSource).toBe('found');
    expect(result.meta.title).toBe('小学校长开学典礼致辞');
    expect(result.blocks[0]!.text).toBe('尊敬的各位老师、亲爱的同学们：');
  }, 60_000);
});
