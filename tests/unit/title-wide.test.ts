// Titles on real pages of sites the pipeline was never tuned on
// (tests/fixtures/titles, README there; tests/fixtures/region/pages for
// ahscb.com): the whole pipeline on each page, and the rules they showed,
// each on real lines from two sites. Expected titles written by hand from
// the raw pages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestOne } from '../../scripts/ingest/pipeline.ts';
import { cleanTitle } from '../../scripts/ingest/structure/title-clean.ts';
import { findTitle, gluedCopies } from '../../scripts/ingest/structure/title.ts';
import { columnLabel, labelOverHeadline } from '../../scripts/ingest/structure/title-column.ts';
import { isTitleLike } from '../../scripts/ingest/structure/lines.ts';
import { isStampLine } from '../../scripts/ingest/structure/title-position.ts';

const page = (name: string) => readFileSync(new URL(`../fixtures/titles/${name}`, import.meta.url));
const ingest = (name: string) => {
  const result = ingestOne({ path: name, bytes: page(name) });
  if (result.kind !== 'document') throw new Error(`${name} is not a document`);
  return result;
};

describe('titles of pages from sites never seen, through the whole pipeline', () => {
  it.each([
    ['kuaichafanwen-kaixue.txt', '2021年高校开学典礼致辞讲话'],
    ['xuefen-xinde.txt', '心得体会的文体和方法'],
    ['luoyanghlwj-zhici.txt', '大学校长开学典礼致辞'],
    ['zuowenba-xinde.txt', '2024年《百年大党面对面》心得体会'],
    ['zp001-xianqing.txt', '我县召开70周年县庆筹备工作领导小组专责组会议'],
    ['caigoupt-tianjin.txt', '政协委员积极通过提案建言资政'],
    ['cuduwang-duzhi.txt', '市安全生产大检查督导组莅清'],
    ['wenmingshanxi-qicai.txt', '“七彩假期”志愿服务示范队公布 山西28支队伍入选'],
  ])('%s: %s', (name, title) => {
    const result = ingest(name);
    expect(result.meta.titleSource).toBe('found');
    expect(result.meta.title).toBe(title);
  });

  it('a page opening on its first sentence (…的春节。2月9日，…) states no title: derived, and the sentence stays text', () => {
    const result = ingest('jbxc-anquan.txt');
    expect(result.meta.titleSource).toBe('derived');
    expect(result.blocks[0]?.text.startsWith('为切实抓好节前安全生产工作，确保全县人民群众过一个欢乐、祥和、平安的春节。2月9日，')).toBe(true);
  });
});

describe('a collection count or an item number after the title is the site’s', () => {
  it.each([
    // kuaichafanwen.com and m.xuefen.com.cn: the count in brackets, with or without a word.
    ['2021年高校开学典礼致辞讲话(22篇)', '2021年高校开学典礼致辞讲话'],
    ['心得体会的文体和方法(专业13篇)', '心得体会的文体和方法'],
    // luoyanghlwj.com and zuowenba.net: bare.
    ['大学校长开学典礼致辞4篇', '大学校长开学典礼致辞'],
    ['2024年《百年大党面对面》心得体会 篇1', '2024年《百年大党面对面》心得体会'],
    // m.xuefen.com.cn: the item's heading in the text.
    ['心得体会的文体和方法篇一', '心得体会的文体和方法'],
  ])('%s → %s', (line, title) => {
    expect(cleanTitle(line).title).toBe(title);
  });
});

describe('a column’s label in 【】 over or before the headline', () => {
  const headline = (line: string) => isTitleLike(line);
  it('zp001.com: a label line over the headline', () => {
    expect(labelOverHeadline('【聚焦70周年县庆】', '我县召开70周年县庆筹备工作领导小组专责组会议', headline)).toBe(true);
  });
  it('bid.caigoupt.com: a channel name and the label glued before the headline', () => {
    expect(columnLabel('天津【关注两会】政协委员积极通过提案建言资政')).toBe('天津【关注两会】');
  });
  it('a headline wholly in 【】 with its text glued after it (www.ychouse.com) is no label over a headline', () => {
    expect(labelOverHeadline('【2021重阳节致辞】尊敬的各位领导、同仁、亲爱的朋友们:', '大家好!', headline)).toBe(false);
    expect(labelOverHeadline('【聚焦70周年县庆】', '10月12日，我县召开70周年县庆筹备工作领导小组专责组会议，听取各专责小组汇报。', headline)).toBe(false);
  });
});

describe('a sentence before the lede’s date is the text’s first sentence, not a headline', () => {
  it.each([
    // www.jbxc.gov.cn
    '为切实抓好节前安全生产工作，确保全县人民群众过一个欢乐、祥和、平安的春节。2月9日，县委书记刘维平带领县委办、安监、食药、工商、消防等单位负责人，深入到我县人员密集场所检查安全生产工作。',
    // ahscb.com (tests/fixtures/region/pages/ahscb-anhui-delegation.txt)
    '崛起中的安徽，吸引着世界的“眼球”。3月7日上午，十一届全国人大五次会议安徽代表团举行全体会议，安徽代表团媒体开放日也在此同步举行，吸引了众多境内外媒体前往会场关注。',
  ])('%s', (line) => {
    expect(findTitle([line, '下一段。'], 0)).toBeUndefined();
  });
});

describe('the page’s info line under the headline, dated to the day among its fields', () => {
  it.each([
    // paper.cuduwang.com and wenmingshanxi.com: no clock time, two labelled fields or more.
    '刊发日期:2018-09-26 阅读次数: 作者:常映红  语音阅读:语音阅读',
    '文章来源:太原日报     时间:2022-06-13      阅读数:683',
    // sjsd8.com: to the minute.
    '时间:2024-09-22 17:51:27',
  ])('%s is an info line', (line) => {
    expect(isStampLine(line)).toBe(true);
  });
  it.each([
    // m.fx361.cc: a date and the author's name, no fields.
    '2017-05-11池建东',
    // gzzfzx.cn: a sentence dated in words.
    '3月4日,贞丰县第十四届人民代表大会第四次会议隆重开幕,县委副书记、县人民政府县长秦昌政在大会上作政府工作报告。',
  ])('%s is not', (line) => {
    expect(isStampLine(line)).toBe(false);
  });
});

describe('the title printed again before the salutation, with the collection’s item number', () => {
  it('luoyanghlwj.com: the copy and its number go, the salutation stays', () => {
    expect(gluedCopies('大学校长开学典礼致辞1各位老师、亲爱的同学们：', ['大学校长开学典礼致辞'])).toEqual({ copies: '大学校长开学典礼致辞1', rest: ['各位老师、亲爱的同学们：'] });
  });
});

describe('the title printed again with the piece number and a short salutation glued on (twelfth session, fanwen2)', () => {
  // xylao.com (class sample A): the copy is most of the line, so a loose match took the salutation too.
  it('xylao.com: the copy and its number go, 各位老师： stays', () => {
    expect(gluedCopies('教师节校长经典讲话稿1各位老师：', ['教师节校长经典讲话稿'])).toEqual({ copies: '教师节校长经典讲话稿1', rest: ['各位老师：'] });
  });
  it('xylao.com: the whole page keeps the salutation', () => {
    const body = ingest('xylao-collection.txt').blocks.map((b) => b.text);
    expect(body).toContain('各位老师：');
    expect(body).toContain('大家下午好！');
  });
  it('a credit line is no teachers’ salutation', () => {
    expect(gluedCopies('教师节校长经典讲话稿1指导老师：', ['教师节校长经典讲话稿'])).toEqual({ copies: '教师节校长经典讲话稿', rest: ['1指导老师：'] });
  });
});
