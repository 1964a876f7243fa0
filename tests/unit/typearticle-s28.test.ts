// Type rules of the twenty-eighth session (typearticle): genre evidence the
// cue rules did not read in pages typed article by default. Lines copied from
// the pages named; expected values written by hand.
import { describe, expect, it } from 'vitest';
import { documentView } from '../../scripts/ingest/classify/view.ts';
import { firedRules, scoreTypes, typeOf } from '../../scripts/ingest/stages/classify.ts';
import { ingestOne } from '../../scripts/ingest/pipeline.ts';
import type { Block } from '../../scripts/ingest/types.ts';

const para = (text: string): Block => ({ kind: 'paragraph', part: 'body', text });
const view = (texts: string[]) => documentView(undefined, texts.map(para), []);
const fired = (...texts: string[]) => firedRules(view(texts)).map((r) => r.id);
const typed = (...texts: string[]) => typeOf(scoreTypes(view(texts)));

describe('classify: a lede dated by the day of publication (report-relative-day)', { timeout: 60_000 }, () => {
  it('a third party acting today, no comma after the day (thestandnews.com, c15-thestandnews)', () => {
    expect(fired('行政长官梁振英今日发表农历新年贺辞，提及要传承中国文化和艺术。')).toContain('report-relative-day');
    expect(typed('行政长官梁振英今日发表农历新年贺辞，提及要传承中国文化和艺术。')).toBe('report');
  });
  it('after a newspaper’s column tag in brackets (hopetrip.com.tw, a15-hopetrip)', () => {
    expect(fired('【澳门日报往事】一年一度的圣诞、新年灯饰昨晚正式亮灯。')).toContain('report-relative-day');
  });
  it('not a speaker’s own voice: 我今日, 各位今日出席, 大家今天在这里', () => {
    expect(fired('我今日好高兴出席这个典礼。')).not.toContain('report-relative-day');
    expect(fired('多谢各位嘉宾今日出席典礼。')).not.toContain('report-relative-day');
    expect(fired('大家今天在这里欢聚一堂。')).not.toContain('report-relative-day');
  });
});

describe('classify: a correspondent’s closing credit (report-closing-credit)', { timeout: 60_000 }, () => {
  it('the unit and the writer in brackets (dclz.duchang.gov.cn, b16-duchang)', () => {
    const texts = ['清明节来临之际，我县的一名党员领导干部手机上收到了这样的一条短信。', '同时，向社会公布监督举报电话，以接受广大群众的监督。（县纪委 胡欣）'];
    expect(fired(...texts)).toContain('report-closing-credit');
    expect(typed(...texts)).toBe('report');
  });
  it('two writers’ names (bfkb.v0375.cn, class sample half A)', () => {
    expect(fired('会后，我县就贯彻落实会议精神提出具体要求。（袁松柳 薛现涛）')).toContain('report-closing-credit');
  });
  it('not a commentary’s or an essay’s byline, nor a bracket without names', () => {
    expect(fired('正是有了英勇的你们，才有这座英雄的城！（评论员 罗博 萧海川）')).not.toContain('report-closing-credit');
    expect(fired('这是我们这一代人的责任。（作者 张三）')).not.toContain('report-closing-credit');
    expect(fired('这是我们这一代人的责任。（全文完）')).not.toContain('report-closing-credit');
  });
});

describe('classify: an interview’s labels (interview-header, interview-qa-label)', { timeout: 60_000 }, () => {
  it('an oral history’s header (sfahvof.cn, d19-sfahvof)', () => {
    const texts = ['采访对象：吕民元，1951年1月生，上海人。', '采访组：田玉玨 李政', '采访日期：2018年1月6日'];
    expect(fired(...texts)).toContain('interview-header');
    expect(typed(...texts)).toBe('interview');
  });
  it('an interview told in prose is not its header', () => {
    expect(fired('在采访中，我们了解到不少学子在出国前就每年守在电脑前观看两会直播。')).not.toContain('interview-header');
  });
  it('Latin Q and A run together (n.yam.com, d19-yam)', () => {
    expect(fired('Q：执政四年，您展现了当初竞选口号的「气魄」，再下一城，首要连任的任务为？A：因应社会议题、开源节流')).toContain('interview-qa-label');
  });
  it('a question mark in a report’s sentence is no label', () => {
    expect(fired('问题是，谁来负责？记者走访了多个部门。')).not.toContain('interview-qa-label');
  });
});

describe('speakers: the interviewee an interview’s header names (采访对象：)', { timeout: 60_000 }, () => {
  const ingest = (text: string) => ingestOne({ path: 'page.txt', bytes: Buffer.from(text) });
  it('an oral history: its header, then the questions and the answers under the name (sfahvof.cn, d19-sfahvof)', () => {
    const r = ingest(
      [
        '采访对象：吕民元，1951年1月生，上海人。2003年1月任上海市宝山区区长，2006年3月任宝山区委书记。',
        '采访组：田玉玨 李政',
        '采访日期：2018年1月6日',
        '采访组：吕民元同志，您好！请您简单介绍一下当时宝山区的发展情况。',
        '吕民元：宝山区位于上海市北部，地处黄浦江和长江的交汇点，堪称上海的“水路门户”，分为陆地和岛屿两部分。',
      ].join('\n\n'),
    );
    expect(r.kind).toBe('document');
    if (r.kind !== 'document') return;
    expect(r.meta.type).toBe('interview');
    expect(r.meta.speakers.map((s) => s.name)).toEqual(['吕民元']);
  });
  it('a report that names no one so is read for no interviewee', () => {
    const r = ingest('8月18日，我县召开创建全国文明城市工作推进会，对近期创建工作进行了讲评。县委常委、宣传部长李晓勇出席会议并讲话。');
    expect(r.kind === 'document' ? r.meta.speakers : undefined).toEqual([]);
  });
});
