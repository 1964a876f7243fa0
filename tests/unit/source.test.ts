import { describe, expect, it } from 'vitest';
import { fixture, ingestText } from '../fixtures/structure/harness.ts';
import { authorsIn, bylineMedium, cleanSourceName, isoDate, sourceFromFront } from '../../scripts/ingest/stages/source.ts';
import type { Candidates, Source } from '../../scripts/ingest/types.ts';

const sourceOf = (dir: string, name: string, candidates: Candidates = {}) => ingestText(fixture(dir, name), candidates).data.meta.source;

describe('source: seeds', () => {
  it('004: the newspaper attribution beats the site, with date and authors', () => {
    expect(sourceOf('structure', 'seeds/004.txt', { siteNames: ['全程导医网'] })).toEqual({
      name: '徐州日报',
      authors: ['王任飞', '谈建荣'],
      published: '2022-09-27',
    });
  });

  it('003: the reporter of the byline is an author', () => {
    expect(sourceOf('structure', 'seeds/003.txt')).toEqual({ authors: ['颜小镇'] });
  });

  it('002: a forum post takes the site and its timestamp from the chrome candidates', () => {
    const candidates: Candidates = { published: '2023-8-30 10:47:03', siteNames: ['老秘网'], url: 'https://example.org/thread-1.html' };
    expect(sourceOf('structure', 'seeds/002.txt', candidates)).toEqual({
      name: '老秘网',
      url: 'https://example.org/thread-1.html',
      published: '2023-08-30',
    });
  });

  it('001 and 000: nothing known, nothing invented', () => {
    expect(sourceOf('structure', 'seeds/001.txt')).toEqual({});
    expect(sourceOf('structure', 'seeds/000.txt')).toEqual({});
  });
});

describe('source: further documents', () => {
  const cases: [dir: string, name: string, expected: Source][] = [
    ['structure', 'caption-marked.txt', { name: '江城日报', authors: ['刘洋'], published: '2023-09-21' }],
    ['structure', 'attribution-laiyuan.txt', { name: '大众日报' }],
    ['structure', 'report-benbaoxun.txt', { authors: ['张晓东', '赵雨'] }],
    ['structure', 'speech-subtitle.txt', {}],
    ['classify', 'report-of-speech.txt', { authors: ['黄一鸣'] }],
    ['classify', 'profile-zhuanfang.txt', { authors: ['钱多多'] }],
    ['classify', 'xinhua.txt', { name: '新华社', authors: ['王磊'] }],
    ['speakers', 'reporter-only.txt', { authors: ['周明', '吴芳'] }],
    ['source', 'renmin-banci.txt', { name: '人民日报', published: '2023-08-15' }],
    ['source', 'xinhua-lede.txt', { name: '新华社', authors: ['张辛欣', '严赋憬'] }],
    ['source', 'author-line.txt', { authors: ['钱程'] }],
    ['source', 'minority-name.txt', { authors: ['买买提·吐尔逊', '阿依古丽'] }],
    // The opening lines of a 大河网 page (eval case news-dahe-conductor-teacher): the byline above the text names the newspaper.
    ['source', 'byline-medium.txt', { name: '河南商报', authors: ['马俊峰'] }],
    // A 新浪 repost of a 山西日报 interview (eval case pg-sina-shanxi-jiwei-interview): the reporter's label names the paper.
    ['source', 'interview-label.txt', { name: '山西日报' }],
  ];
  it.each(cases)('%s/%s', (dir, name, expected) => {
    expect(sourceOf(dir, name)).toEqual(expected);
  });

  it('chrome candidates fill what the text does not say', () => {
    const candidates: Candidates = { source: '某某市卫生健康委员会', authors: ['办公室'], published: '2024/3/5', url: 'https://example.gov.cn/a.html' };
    expect(sourceOf('structure', 'speech-subtitle.txt', candidates)).toEqual({
      name: '某某市卫生健康委员会',
      url: 'https://example.gov.cn/a.html',
      authors: ['办公室'],
      published: '2024-03-05',
    });
  });
});

describe('source: helpers', () => {
  it.each([
    ['2022年9月27日', '2022-09-27'],
    ['2023-8-30 10:47:03', '2023-08-30'],
    ['2024/03/05', '2024-03-05'],
    ['二〇一二年六月六日', undefined],
  ])('isoDate(%s)', (text, expected) => {
    expect(isoDate(text)).toBe(expected);
  });

  it.each([
    ['本报记者 颜小镇 文/图', ['颜小镇']],
    ['（《徐州日报》2022年9月27日 文/王任飞 谈建荣）', ['王任飞', '谈建荣']],
    ['记者 刘洋 摄', ['刘洋']],
    ['本报记者 李华、王芳 通讯员 赵一', ['李华', '王芳', '赵一']],
    ['（责任编辑：孙丽）', []],
    ['来源：大众日报', []],
  ])('authorsIn(%s)', (line, expected) => {
    expect(authorsIn(line)).toEqual(expected);
  });

  // Bylines standing above the text: 大河网 (eval news-dahe-conductor-teacher), 振兴东北网
  // (eval news-chinaneast-farm-machinery-interview), 江城日报's repost of 光明日报 (fixture region/pages/shjnet-xiji-potatoes.txt's page).
  it.each([
    ['顶端新闻·河南商报记者马俊峰/文受访者供图', '河南商报'],
    ['新华网黑龙江频道 记者 伊琳 李清芬', '新华网黑龙江频道'],
    ['光明日报记者 王建宏 张文攀', '光明日报'],
    ['本报记者 颜小镇 文/图', undefined],
    ['记者 刘洋 摄', undefined],
    ['李金泽同志现任黑龙江省勃农机械有限责任公司党委书记、董事长兼总经理。', undefined],
  ])('bylineMedium(%s)', (line, expected) => {
    expect(bylineMedium(line)).toBe(expected);
  });

  // Source names as the chrome of evaluation pages gives them (tywbw, tibetdaily, people-henan,
  // taihu, dingzhou, laowenmi, ce-paper cases; 上海证券报 from a sina finance page).
  it.each([
    ['太原晚报 2021-11-25 16:26:07', '太原晚报'],
    ['据新华社', '新华社'],
    ['来源：人民日报', '人民日报'],
    ['上海证券报）', '上海证券报'],
    ['三明市公安局网站', '三明市公安局网站'],
    ['关键词:', undefined],
    ['作者:', undefined],
    ['条评论)', undefined],
    ['标题导航', undefined],
  ])('cleanSourceName(%s)', (name, expected) => {
    expect(cleanSourceName(name)).toBe(expected);
  });

  it('来源 lines name the source, 《》 inside them included', () => {
    expect(sourceFromFront(['来源：《中国组织人事报》'])).toEqual({ name: '中国组织人事报' });
  });
});
