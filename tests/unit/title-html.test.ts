// The page's headline read from its shape where its <title> and meta do not
// give it: markup cut from real pages of the evaluation corpus (expected
// titles written by hand from the pages), with counterexamples from other
// real pages.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readPageMeta, titleParts } from '../../scripts/ingest/stages/html-meta.ts';
import { boldTitle, headingAfterName } from '../../scripts/ingest/structure/title-html.ts';
import type { Candidates } from '../../scripts/ingest/types.ts';

const doc = (html: string) => parseHTML(html).document as never;
const read = (html: string) => {
  const candidates: Candidates = {};
  readPageMeta(doc(html), candidates);
  return candidates;
};
const PROSE = '为贯彻落实省农业农村厅干部职工大会精神，2月19日下午，浙江省淡水水产研究所召开干部职工大会暨党风廉政建设大会。';

describe('an organisation\'s name alone in <title> over a heading that carries it and says more', () => {
  it('takes the <h5> that opens with the name (www.zjfish.org, eval c4h-zjfish-institute-integrity-meeting-report)', () => {
    const html = `<html><head><title>浙江省淡水水产研究所</title></head><body><div class="news-det-box"><h5>浙江省淡水水产研究所召开干部职工大会暨党风廉政建设大会</h5><div class="doc"><p>${PROSE}</p></div></div></body></html>`;
    expect(read(html).title).toBe('浙江省淡水水产研究所召开干部职工大会暨党风廉政建设大会');
  });

  it('leaves a heading that runs on into a summary after the headline (news.dahe.cn, eval news-dahe-conductor-teacher)', () => {
    const html = '<h1>拿起跨界“指挥棒”她跟学生“较着劲儿”成长 年过五十的她带领学校民乐团的孩子们一路快乐前行，在比赛中</h1>';
    expect(headingAfterName(doc(html), '拿起跨界“指挥棒”她跟学生“较着劲儿”成长')).toBeUndefined();
  });

  it('reads the <title> as before when it has separators (a site name after it)', () => {
    const html = `<html><head><title>拿起跨界“指挥棒”她跟学生“较着劲儿”成长--大河网</title></head><body><h1>拿起跨界“指挥棒”她跟学生“较着劲儿”成长 年过五十的她带领学校民乐团的孩子们一路快乐前行，在比赛中</h1></body></html>`;
    expect(read(html).title).toBe('拿起跨界“指挥棒”她跟学生“较着劲儿”成长');
  });
});

describe('a bold line standing alone above the main text, on a page with no heading', () => {
  it('takes the <p><strong> title cell over the text (cn.cl2000.com, eval c4h-cl2000-chinese-academy-arts-phd-admissions)', () => {
    const html = `<html><head><title>世艺网>艺术教育</title></head><body><table><tr><td>您的位置：<a href="/">主页</a>&gt;<a href="/edu2/">艺术教育</a></td></tr></table><table><tr><td><p><strong> <br>
      中国艺术研究院2004年博士生招生简章</strong></p></td></tr></table><table><tr><td>一、培养目标： ．<br>培养德智体美全面发展，在本门学科上掌握坚实宽广的基础理论和系统深入的专业知识，具有独立从事科学研究工作能力。</td></tr></table></body></html>`;
    expect(read(html).title).toBe('中国艺术研究院2004年博士生招生简章');
  });

  it('takes a <b><font> title cell (he.xinhuanet.com, eval html-archive-hexinhua-drama-tour)', () => {
    const html = `<table><tr><td height="40" align="center" colspan="2"> <b><font color="#000000" style="font-size:20px"> 话剧《约定无期限》河北各市巡演结束 </font></b></td></tr><tr><td>2012年06月04日 09:20:26</td></tr><tr><td><p>一个约定，信守15年，感人至深；一段真情，延续15年，催人泪下。6月3日上午，话剧《约定无期限》全省各市巡演活动来到张家口。</p></td></tr></table>`;
    expect(boldTitle(doc(html), ['话剧《约定无期限》河北各市巡演结束', '2012年06月04日 09:20:26', '一个约定，信守15年，感人至深；一段真情，延续15年，催人泪下。6月3日上午，话剧《约定无期限》全省各市巡演活动来到张家口。'])).toBe('话剧《约定无期限》河北各市巡演结束');
  });

  it('does not take a bold sentence (a lede quote) for the title (bynews.bjmu.edu.cn, eval ho-bjmu-lijian-surgeon-article)', () => {
    const html = '<DIV align=center><B>神奇，偶然掉在凡俗的临床上。</B></DIV><DIV>美国临床肿瘤学会（ASCO）第40届年会今年6月8日落幕。据会议透露的消息表明，“最受瞩目的依然是化疗新药”。</DIV>';
    expect(boldTitle(doc(html), ['神奇，偶然掉在凡俗的临床上。', '美国临床肿瘤学会（ASCO）第40届年会今年6月8日落幕。据会议透露的消息表明，“最受瞩目的依然是化疗新药”。'])).toBeUndefined();
  });

  it('does not take a bold subheading inside the text, below prose', () => {
    const pieces = [PROSE, '坚持问题导向抓落实', PROSE];
    expect(boldTitle(doc(`<p>${PROSE}</p><p><strong>坚持问题导向抓落实</strong></p><p>${PROSE}</p>`), pieces)).toBeUndefined();
  });
});

describe('<title> separators that stand inside the headline', () => {
  it.each([
    // news.ltn.com.tw (eval c5h-ltn-invoice-lottery-winners-report): a month range.
    ['是你吗？ 1-2月期发票千万奖开出18张 - 自由财经', '是你吗？ 1-2月期发票千万奖开出18张'],
    // www.eastday.com (eval html-eastday-shanghai-tourism-day): a day-named event.
    ['就在这个周末，超60家景区推门票半价！5·19中国旅游日上海送出“文旅大礼包”', '就在这个周末，超60家景区推门票半价！5·19中国旅游日上海送出“文旅大礼包”'],
  ])('%s', (title, headline) => {
    expect(titleParts(title, []).headline).toBe(headline);
  });
});

describe('an element printing the whole <title> again', () => {
  it('gives the headline without the site name (www.xinhuanet.com share widget, eval c5h-xinhuanet-wuhan-heroic-city-commentary)', () => {
    const html = `<html><head><title>
武汉的声音：有英勇的你，才有英雄的城！-新华网
</title></head><body><div class="h-title">武汉的声音：有英勇的你，才有英雄的城！ </div><div class="share-title">武汉的声音：有英勇的你，才有英雄的城！-新华网</div></body></html>`;
    expect(read(html).title).toBe('武汉的声音：有英勇的你，才有英雄的城！');
  });
});
