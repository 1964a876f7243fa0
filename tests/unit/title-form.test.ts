// The title formed from more than one printed piece, or with a site's words taken off
// (titleform, twenty-eighth session): a headline whose second line goes on with a
// predicate, the year a lead-in gives the occasion of a speech, a model-text site's
// tag of the institution a speech is written for. Expected values written by hand.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestOne } from '../../scripts/ingest/pipeline.ts';
import { cleanTitle } from '../../scripts/ingest/structure/title-clean.ts';
import { findTitle, headlineGoesOn } from '../../scripts/ingest/structure/title.ts';
import { leadInTitle } from '../../scripts/ingest/structure/title-lead-in.ts';

const page = (name: string) => readFileSync(new URL(`../fixtures/titles/${name}`, import.meta.url));

describe('a headline printed over two lines, the second a predicate of the first', () => {
  const lede = '本报讯 10月16日至20日，应省检察院邀请，部分省人大代表、省政协委员分两组赴黔东南州、黔南州视察检察工作。';
  it('joins a second line that opens with a verb and says what the text tells', () => {
    expect(findTitle(['省检察院邀请部分省人大代表省政协委员', '赴黔东南州黔南州视察检察工作', lede], 0)).toEqual({ title: '省检察院邀请部分省人大代表省政协委员赴黔东南州黔南州视察检察工作', lines: 2 });
    const text = ['2月24日，刚察县召开县政府全体会议，各乡镇政府主要负责人参加会议。', '会议明确了年度十一项重点工作和近期六项重点工作。'];
    expect(headlineGoesOn('刚察县召开政府全体会议', '安排部署年度重点工作', text)).toBe(true);
  });
  it('leaves a kicker over the headline, a menu item under it and a document title alone', () => {
    // The second line has its own subject (我市): the first was a kicker.
    expect(headlineGoesOn('加强招生管理规范招生行为', '我市召开中考招生制度改革座谈会', ['我市在乡宁一中召开中考招生制度改革座谈会。'])).toBe(false);
    // A menu item under the headline names nothing the text speaks of.
    expect(headlineGoesOn('胶州市司法局胶莱司法所组织开展法治文化剪纸活动', '登录个人中心', ['近日，胶莱司法所组织开展法治文化剪纸活动，弘扬法治精神。'])).toBe(false);
    // A notice's title is whole in itself.
    expect(headlineGoesOn('关于做好防汛工作的通知', '进一步压实防汛责任', ['各乡镇：为进一步压实防汛责任，现通知如下。'])).toBe(false);
    // A noun phrase over a predicate is not a clause whose verb goes on: the first line has no verb.
    expect(headlineGoesOn('全县安全生产工作会议', '部署安全生产工作', ['会议部署了全县安全生产工作。'])).toBe(false);
    // Not where another title-like line follows: the text does not start under the two.
    expect(headlineGoesOn('刚察县召开政府全体会议', '安排部署年度重点工作', ['县长晁世海出席会议', '会议部署了年度重点工作。'])).toBe(false);
  });
});

describe("the year an essay site's lead-in gives the occasion of a speech", () => {
  it('keeps a plain year before the speaker and 在 (the lead-in the only copy of the title)', () => {
    expect(leadInTitle(['下面是小编为大家整理的2023年市委书记在市政协九届三次会议开幕会上讲话,供大家参考。', '各位委员、同志们：'])).toBe('2023年市委书记在市政协九届三次会议开幕会上讲话');
    expect(leadInTitle(['下面是小编为大家整理的2021年在全县教育工作会议上的讲话，供大家参考。'])).toBe('2021年在全县教育工作会议上的讲话');
  });
  it("drops a year before a speech's own words, and a 年度 stamp", () => {
    expect(leadInTitle(['下面是小编为大家整理的2022年欢乐度中秋、拼搏四季度——会长在中秋联谊上讲话,供大家参考。'])).toBe('欢乐度中秋、拼搏四季度——会长在中秋联谊上讲话');
    expect(leadInTitle(['下面是小编为大家整理的2022年度在市中医院分院剪彩仪式上致辞，供大家参考。'])).toBe('在市中医院分院剪彩仪式上致辞');
  });
  it('bfdj6688.com: the whole pipeline', () => {
    const result = ingestOne({ path: 'bfdj6688-lead-in-year.txt', bytes: page('bfdj6688-lead-in-year.txt') });
    expect(result.kind === 'document' && result.meta.title).toBe('2023年市委书记在市政协九届三次会议开幕会上讲话');
  }, 60_000);
});

describe("a model-text site's tag of the institution a speech is written for", () => {
  it.each([
    ['校长在本科新生开学典礼上的讲话(高校)', '校长在本科新生开学典礼上的讲话'],
    ['党委书记在学院党委全会上的讲话（学校）', '党委书记在学院党委全会上的讲话'],
  ])('%s → %s', (raw, title) => {
    expect(cleanTitle(raw).title).toBe(title);
  });
  it('keeps a bracket that is part of the title', () => {
    expect(cleanTitle('县长在县委全委（扩大）会暨全县经济工作会议上的讲话').title).toBe('县长在县委全委（扩大）会暨全县经济工作会议上的讲话');
  });
  it('cailiaogo.com: the whole pipeline', () => {
    const result = ingestOne({ path: 'cailiaogo-gaoxiao-tag.txt', bytes: page('cailiaogo-gaoxiao-tag.txt') });
    expect(result.kind === 'document' && result.meta.title).toBe('校长在本科新生开学典礼上的讲话');
  }, 60_000);
});
