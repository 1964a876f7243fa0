import { describe, expect, it, vi } from 'vitest';
import { segmenter } from '../../scripts/ingest/lib/jieba.ts';
import { selfNamedSpeaker } from '../../scripts/ingest/classify/self-named.ts';
import { documentView } from '../../scripts/ingest/classify/view.ts';
import { scoreTypes, thankedInOwnVoice, typeOf } from '../../scripts/ingest/stages/classify.ts';
import type { Block } from '../../scripts/ingest/types.ts';

const paragraphs = (...texts: string[]): Block[] => texts.map((text) => ({ kind: 'paragraph', part: 'body', text }));

// lyee.gov.tw's township head's message (unseen13 a13-lyee), as the pipeline converts it.
const LUYE = [
  '维顺承蒙乡亲之厚爱栽培得以入主乡政，内心心存感激，也深感责任之重大；维顺除借此机会表达十二万分的谢意之外，对国强乡长八年以来在「鹿野花园」的主轴之下所推动的各项软、硬体建设成果深表感佩之意。',
  '选举是民主程序，是一时的，而乡政的推动是延续性的，不应该也不会因人而异，维顺将在国强乡长打下的既有基础之下，率领乡公所全体工作同仁一起打拼。也盼望乡亲与各级长官鼎力协助、共襄盛举。',
  '维顺深知乡政建设是无止境的，主政者更需要有宏观的远见与执行的魄力，所以就任以后将本持好的不变，变的更好为原则，以「乡亲为中心，念念为乡土」与公所同仁共勉，并会贯彻『三维三顺』来为乡政建设冲刺！',
];
// lugangnews.com's 镇长园地 (the class sample's half A, 03).
const LUGANG = [
  '昨(二十五日)在公所四楼礼堂的「一一四年施政成果报告」，涌入超过六OO位好朋友前来观礼，志宏心中既感动又温暖，回顾一O七年上任以来，走过故乡的大街小巷。',
  '志宏要感谢的人太多，感谢乡亲的相知相挺，给与公所团队加油打气；感谢镇政顾问团对志宏的鞭策与建议；当然志宏更要感谢公所团队的齐心努力。',
  '未来一年里，志宏将秉持初衷，为鹿港的发展，积极稳健的向前迈进，落实执行既定规划的政策。',
];

describe('classify: a speaker naming himself by his given name', { timeout: 60_000 }, () => {
  it('reads the given name that opens the speaker\'s clauses', () => {
    expect(selfNamedSpeaker(LUYE)).toBe('维顺');
    expect(selfNamedSpeaker(LUGANG)).toBe('志宏');
  });

  it('makes the message a speech', () => {
    const scores = scoreTypes(documentView(undefined, paragraphs(...LUYE), []));
    expect(typeOf(scores)).toBe('speech');
  });

  it('does not read a report naming someone by his full name or a post', () => {
    // A report's subject is the full name or surname and post (dailyview.tw, yahoo's 大村乡 report).
    expect(selfNamedSpeaker([
      '赖志铭乡长指出，三年前在获得多数选民支持下接任乡长职责。',
      '赖乡长表示，这三年在天时、地利、人和的条件配合下，不仅获得乡民代表会全体支持。',
      '赖志铭表示，将持续推动各项建设。',
    ])).toBeUndefined();
  });

  it('does not read the head of a longer name that no surname list holds', () => {
    // 言茂松 of c5h-biz163: 言 is in no surname list, and 松 follows 言茂 every time.
    expect(selfNamedSpeaker([
      '清华大学教授、电力专家言茂松认为，超发电价的问题由来已久。',
      '一斑窥豹。言茂松认为，现在的电价机制需要改革。',
      '按照“文件”的要求，言茂松说，电价的上涨不可避免。',
    ])).toBeUndefined();
  });

  it('does not read words that open clauses', () => {
    // 说到东北, 说到西部 (c3b-cctv) and 比上月 in a statistics bulletin.
    expect(selfNamedSpeaker(['可是要说到东北，说到西部，情况就不一样了。', '说到农民，说到收入，我们还要努力。'])).toBeUndefined();
    expect(selfNamedSpeaker(['全市生产总值比上年增长5%，比上月略有回落。', '比上年同期增加，比上月增加两成。'])).toBeUndefined();
  });
});

describe('classify: the self-named reading asks jieba only where a name could count', { timeout: 60_000 }, () => {
  it('tags no opening of a name seen too rarely or failing the name tests', () => {
    const tag = vi.spyOn(segmenter(), 'tag');
    try {
      // Every opening once (志宏 twice, in one paragraph), or a word that cannot be a given name (我们, 全县: NOT_A_NAME_START; 王明: a surname).
      expect(selfNamedSpeaker([
        '志宏感谢乡亲，志宏感谢同仁。',
        '我们要努力，我们要前进，我们要团结。',
        '全县发展，全县进步；全县和谐。王明表示，王明认为，王明指出。',
      ])).toBeUndefined();
      expect(tag).not.toHaveBeenCalled();
      // The name that can count is still read, and tagged (LUGANG with another name:
      // jieba's tags are remembered, lib/jieba.ts, and LUGANG's were asked above).
      expect(selfNamedSpeaker(LUGANG.map((p) => p.replaceAll('志宏', '维顺')))).toBe('维顺');
      expect(tag).toHaveBeenCalled();
    } finally {
      tag.mockRestore();
    }
  });

  it('returns the name that opens a clause first when two qualify', () => {
    const both = [
      '维顺承蒙乡亲厚爱，志宏感谢大家支持。',
      '志宏将继续努力，维顺将全力以赴。',
      '维顺深知责任重大，志宏要感谢团队。',
    ];
    expect(selfNamedSpeaker(both)).toBe('维顺');
    expect(selfNamedSpeaker(['志宏感谢大家支持，维顺承蒙乡亲厚爱。', ...both.slice(1)])).toBe('志宏');
  });
});

describe('classify: closing thanks in the speaker\'s own voice', { timeout: 60_000 }, () => {
  // sayit.pdis.nat.gov.tw's transcript of one speaker's remarks (unseen8 a8-sayit), shortened.
  const SAYIT = [
    '我其实……我们都知道哪个资料可以翻，哪个资料不可以翻，其实检察官跟媒体也有默契的。我个人认为喔，这双方都要约束自己的行为以及管理。',
    '我自己的采访经验上，我能够看到一些公文，绝对是对方授权的。所以我个人认为记者的采访权，真的有很多问题，但它真的不能完全限制，谢谢。',
  ];
  const doc = (texts: string[]) => documentView(undefined, paragraphs(...texts), []);

  it('makes remarks in the first person that close with thanks a speech', () => {
    expect(thankedInOwnVoice(doc(SAYIT))).toBe(true);
    expect(typeOf(scoreTypes(doc(SAYIT)))).toBe('speech');
  });

  it('does not read thanks under a text told in the third person', () => {
    expect(thankedInOwnVoice(doc([
      '检察官跟媒体之间有默契，资料放在那里，记者知道可以去翻。',
      '媒体人士认为，记者的采访权不能完全限制。',
      '他最后说，谢谢。',
    ]))).toBe(false);
  });

  it('does not read a first-person text that does not close with thanks', () => {
    expect(thankedInOwnVoice(doc([SAYIT[0]!, '我自己的采访经验上，我能够看到一些公文，绝对是对方授权的。']))).toBe(false);
  });
});
