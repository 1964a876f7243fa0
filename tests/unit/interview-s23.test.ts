// Interviews of the twenty-third session, on lines copied from the pages named;
// expected values written by hand. A labelled turn whose question stands in the
// paragraphs that carry it on, answered by the next label; a label glued to the
// sentence before it; a reporter's turn speaking to the interviewee.
import { describe, expect, it } from 'vitest';
import { answeredQuestion } from '../../scripts/ingest/classify/features.ts';
import { hostSpeaksToGuest } from '../../scripts/ingest/stages/classify.ts';
import { bodyBlocks } from '../../scripts/ingest/structure/body.ts';
import { carriedQuestion, splitGluedTurns } from '../../scripts/ingest/structure/turns.ts';
import type { Block } from '../../scripts/ingest/types.ts';
import { ingestText } from '../fixtures/structure/harness.ts';

// unseen18 d18-ciudsrc-wuxi-county-secretary-dialogue-interview (ciudsrc.com): a student's view, her question in the next paragraph, two officials answering.
const wuxi = [
  '王雪：今天有很多专家，也有巫溪县的领导班子。我是一个巫溪籍的大学生，虽然在外求学，但我一直关注家乡的变化，经常上巫溪论坛看最新的新闻，参加巫溪十佳事迹的评选。',
  '我想说，县里的理念有没有被各个乡镇的领导班子好好地执行？因为我觉得郑书记的这些好的发展理果能真正被各个乡镇贯彻执行，一定会给我的家乡带来很多变化，不知道县领导是否在这方面考虑过？',
  '苏波：我来自农村，刚刚有求学在外的巫溪老乡提问，关心家乡建设，这是巫溪的骄傲。我曾经也是打工仔，为什么要回到家乡，因为我知道要改变我们的落后现状，主要还是靠我们巫溪几十万人的打拼。',
  '郑向东：非常感谢你对我这么寄予希望，我也感觉到担子越来越重，而且感觉到压力很大。农村的问题一直是我很揪心的问题，我们曾经在城市化建设和城镇建设中提出了“三不”，第一是不动摇，不要怀疑巫溪可以走城市化的道路，这是大潮。',
];

describe('a question in the paragraphs that carry a labelled turn on', () => {
  it('is answered by the next label (ciudsrc.com)', () => {
    expect(carriedQuestion(wuxi, 1, (p) => /^[^：，。]{1,8}：/u.test(p))).toBe(2);
    expect(answeredQuestion(wuxi)).toBe(true);
    // Without the question, a paragraph carried on asks nothing.
    expect(answeredQuestion([wuxi[0]!, wuxi[1]!.replace(/？/gu, '。'), wuxi[2]!])).toBe(false);
  });

  it('a host’s question under his label, in the paragraph after it (unseen u2-cctv-sannong, cctv.com via sohu)', () => {
    const lines = [
      '主持人：各位网友大家好，非常高兴再次来到搜狐网和大家一起互动做在线访谈，首先我做一下自我介绍，我是中央电视台第七套《聚焦三农》栏目的主持人曲哲。',
      '段永传先生，您作为青藏铁路的总指挥长，首先我要问的问题就是您作为一名铁路指挥长，您为什么要参加我们这样一个评选活动？您觉得做三农人物有什么意义？',
      '段永传：首先很高兴参加三农人物评选活动，另外我们在青藏铁路建设当中和很多农民兄弟生活在一起。',
    ];
    expect(carriedQuestion(lines, 1, (p) => /^[^：，。]{1,8}：/u.test(p))).toBe(2);
    expect(answeredQuestion(lines)).toBe(true);
  });

  it('no question is carried past three paragraphs, and the answer is no asker’s (问：)', () => {
    const far = [wuxi[0]!, '一。', '二。', '三。', '我想说，县领导是否考虑过？', wuxi[2]!];
    expect(answeredQuestion(far)).toBe(false);
    // unseen u2-zjpeople: an answer whose last sentence asks, then the reporter's next question.
    expect(answeredQuestion([wuxi[2]!, '这难道不是我们应当做的吗？', '问：接下来学校有什么打算？请您谈一谈今后几年学校发展的重点和主要的措施。'])).toBe(false);
  });

  it('a phrase before a colon is no label: 习近平强调 (holdout h3-theorychina) carries no question', () => {
    expect(answeredQuestion(['习近平强调：中国式现代化是人口规模巨大的现代化。', '这意味着什么？', '其内在机理是：人口规模巨大的现代化，艰巨性和复杂性前所未有，发展途径和推进方式也必然具有自己的特点。'])).toBe(false);
  });

  it('the dialogue is an interview, and the student who asks is no speaker (ciudsrc.com)', () => {
    const file = ingestText(wuxi.join('\n\n'));
    expect(file.data.meta.type).toBe('interview');
    const names = file.data.meta.speakers?.map((s) => s.name) ?? [];
    expect(names).toContain('郑向东');
    expect(names).not.toContain('王雪');
  });
});

describe('a label glued to the sentence before it', () => {
  it('the reporter’s first question after the lede (unseen4 x2-ppdoc)', () => {
    const line = '这座历经50余年风雨历程的医院，何以总能领先鄂州呢？带着疑问，记者采访了湖北省鄂州市中心医院院长张启生。记者：张院长，您好。一个医院的发展，必须';
    expect(splitGluedTurns([line])).toEqual(['这座历经50余年风雨历程的医院，何以总能领先鄂州呢？带着疑问，记者采访了湖北省鄂州市中心医院院长张启生。', '记者：张院长，您好。一个医院的发展，必须']);
    const blocks = bodyBlocks([line]);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'turn']);
    expect(hostSpeaksToGuest(blocks)).toBe(true);
  });

  it('the answer glued to the question, under a name that labels other lines (chinacdc.cn, 面对面 script)', () => {
    const lines = ['记者：为什么人类对它的反响会这么大。', '曾光：这种病毒的变异株，它对人的杀伤力多大，我们不知道。', '记者：那我们现在进入到什么阶段了？曾光：进入新的时期，我们不但是预防，我们救治过程也开始了。'];
    expect(splitGluedTurns(lines).slice(2)).toEqual(['记者：那我们现在进入到什么阶段了？', '曾光：进入新的时期，我们不但是预防，我们救治过程也开始了。']);
  });

  it('a list of headlines and a quotation are left whole (holdout h3-163 related links)', () => {
    expect(splitGluedTurns(['杭州哪都好，就是停车费太贵！网友：30元1小时，老家2块钱1小时'])).toHaveLength(1);
    expect(splitGluedTurns(['他说：“这件事我们管。记者：您怎么看？”随后离开。'])).toHaveLength(1);
    // A name that labels no other line stays in its sentence.
    expect(splitGluedTurns(['会议由县长主持。张明：同意这个方案。'])).toHaveLength(1);
  });
});

describe('a reporter’s turn speaking to the interviewee', () => {
  const turn = (speaker: string, text: string): Block => ({ kind: 'turn', part: 'body', text, speaker, name: speaker, role: 'interviewer' });
  it('addresses him (您): an interview, as a host’s turn does', () => {
    expect(hostSpeaksToGuest([turn('记者', '在您的印象当中，成都市检察工作情况怎么样？')])).toBe(true);
    expect(hostSpeaksToGuest([turn('本报记者', '张院长，您好。')])).toBe(true);
  });
  it('not without the second person, nor under another asker’s label', () => {
    expect(hostSpeaksToGuest([turn('记者', '县里今年的重点工作有哪些？')])).toBe(false);
    expect(hostSpeaksToGuest([turn('网友', '您什么时候来我们村看看？')])).toBe(false);
  });
});
