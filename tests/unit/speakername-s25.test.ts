// A message title whose 寄语 is followed by whom it is addressed to (twenty-fifth
// session, speakername): the speaker named with his post before 寄语. Titles
// copied from the pages named; expected values written by hand.
import { describe, expect, it } from 'vitest';
import { addressedMessageSpeaker } from '../../scripts/ingest/people/title-speaker.ts';
import { speakersFile } from './speakers-file.ts';

describe('a title: the post, the name, 寄语 and whom it is addressed to', { timeout: 60_000 }, () => {
  it.each([
    // fengzhen114.com (unseen20 a20-fengzhen114)
    ['江苏大学党委书记、校长袁寿其寄语建院80华诞', '袁寿其', '江苏大学党委书记、校长'],
    // studyingathome.cn (speakername-s25 sample A), the words quoted after a colon
    ['中心党委书记陈春声寄语毕业生：扎根本职、服务国家', '陈春声', '中心党委书记'],
  ])('%s', (title, name, post) => {
    const person = addressedMessageSpeaker(title);
    expect(person?.name).toBe(name);
    expect(person?.post).toBe(post);
  });

  it.each([
    '习近平寄语青年', // a bare name: no post given with it
    '院长寄语', // no name
    '校长寄语新生：做有担当的人', // a post alone
    '2018年新学期校长寄语', // nothing addressed after the genre word
    '岫岩法院马国财院长2021年春节寄语', // the genre word ends the title: the other reading's
  ])('%s names nobody here', (title) => {
    expect(addressedMessageSpeaker(title)).toBeUndefined();
  });
});

describe('speakers: a speech under such a title', { timeout: 60_000 }, () => {
  const text = '江苏大学党委书记、校长袁寿其寄语建院80华诞\n值此江大附院喜迎八十华诞之际，我谨代表学校党委、行政向附院全体职工表示热烈的祝贺和美好的祝福！\n八十年风雨兼程，几代人砥砺奋进，医院已从简易的诊疗所，建设成为现代化的三级甲等综合医院。\n';
  it('is its speaker, with the post', () => {
    expect(speakersFile(text, 'speech').data.meta.speakers).toEqual([{ name: '袁寿其', role: '江苏大学党委书记、校长' }]);
  });
  it('a report under it has none', () => {
    expect(speakersFile(text, 'report').data.meta.speakers ?? []).toEqual([]);
  });
});
