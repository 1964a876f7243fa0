// The eighteenth session's dated lede (classify stage): the news's day, a comma
// and someone's act, whatever the act's verb — on the development pages' own
// lines and on the shapes it must leave alone.
import { describe, expect, it } from 'vitest';
import { documentView } from '../../scripts/ingest/classify/view.ts';
import { datedLede, scoreTypes, typeOf } from '../../scripts/ingest/stages/classify.ts';
import type { Block } from '../../scripts/ingest/types.ts';

const paragraphs = (...texts: string[]): Block[] => texts.map((text) => ({ kind: 'paragraph', part: 'body', text }));
const view = (title: string | undefined, ...texts: string[]) => documentView(title, paragraphs(...texts), []);

describe('datedLede: the day, a comma, an act', () => {
  it('a party group’s study on a day, 组织学习 (klkj365, unseen14 c14-klkj365)', () => {
    const doc = view(undefined,
      '12月22日，协会第二党支部第二党小组组织学习新修改的《中国共产党章程》，并通过观看“党章中的党史”系列微视频，学习党章承载的党史。',
      '二十大党章共修改50处，其中总纲部分的修改37处，条文部分的修改13处。',
    );
    expect(datedLede(doc)).toBe(true);
    expect(typeOf(scoreTypes(doc))).toBe('report');
  });

  it('the hour after the day, and a quoted theme with its own comma (honghu, unseen14 a14-honghu)', () => {
    const doc = view(undefined,
      '4月18日上午10点，以“传承红色基因，弘扬红色文化”为主旨的大型红色题材电视连续剧《洪湖英雄传》在洪湖市瞿家湾镇老街正式开机。市人大常委会主任王先标、市政协副主席陈峰、市人武部部长陈继梁出席开机仪式。',
    );
    expect(datedLede(doc)).toBe(true);
    expect(typeOf(scoreTypes(doc))).toBe('report');
  });

  it('the lede under a deck of two lines (biz163, cases c5h-biz163)', () => {
    expect(datedLede(view(undefined,
      '一个简单的推断是：超发电价的上调，实际上就意味着上网电价上调。',
      '言茂松认为，现在的电力体制改革偏离改革的初衷，渐渐成为利益集团利益再分配的过程。',
      '1月4日，浙江东南发电股份有限公司接到了浙江省物价局的一份通知。',
    ))).toBe(true);
  });

  it('not a frame the event comes later in: a commentary retelling an exchange (00net, unseen7 b7-00net)', () => {
    const doc = view(undefined,
      '3月3日，全国政协十三届二次会议首场“委员通道”上，同为全国政协委员的贵州省盘县岩博联村党委书记余留芬与中国联通研究院院长张云勇的一问一答，着实令人眼前一亮。',
    );
    expect(datedLede(doc)).toBe(false);
    expect(typeOf(scoreTypes(doc))).toBe('article');
  });

  it('not the day named as a term: a president’s Nurses Day speech (yyfangchan, unseen8 a8-yyfangchan)', () => {
    expect(datedLede(view(undefined,
      '5月12日，是全世界护士的节日。这一天，你们接受鲜花、祝福、赞美，你们也将获得荣誉、理解和尊重。',
    ))).toBe(false);
  });

  it('not a schedule: a notice’s day of what will be done', () => {
    expect(datedLede(view(undefined,
      '3月1日，全市各级医疗机构将统一启用新版就诊卡，请广大市民提前办理。',
    ))).toBe(false);
  });

  it('not a day in the fourth paragraph, nor a day with no comma after it', () => {
    expect(datedLede(view(undefined, '甲。', '乙。', '丙。', '12月22日，协会党小组组织学习党章。'))).toBe(false);
    expect(datedLede(view(undefined, '12月22日协会党小组组织学习党章。'))).toBe(false);
  });
});

describe('datedLede: a frame is 在…时, not any clause ending in 时', () => {
  it('villages rushing the season, 抢抓农时 (sample A 05, 6618168.cn)', () => {
    expect(datedLede(view(undefined, '5月21日，绿林镇各村抢抓农时，全力投入春耕备耕生产中，田间地头呈现出一派热闹忙碌景象。'))).toBe(true);
  });

  it('a frame opened by 在 and closed by 时 tells no act yet', () => {
    expect(datedLede(view(undefined, '3月5日，在出席全国人大会议时，代表们纷纷表示要履职尽责。'))).toBe(false);
  });
});
