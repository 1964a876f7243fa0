import { describe, expect, it } from 'vitest';
import { fixture, ingestText } from '../fixtures/structure/harness.ts';
import { occasionOf, roleBefore, speakerInText } from '../../scripts/ingest/stages/speakers.ts';

const meta = (dir: string, name: string) => ingestText(fixture(dir, name)).data.meta;

describe('speakers: seeds', () => {
  it('001: the name line, with the first post group of the notice as role, and the meeting', () => {
    const m = meta('structure', 'seeds/001.txt');
    expect(m.speakers).toEqual([{ name: '朱烜', role: '自治区卫生厅党组成员、驻厅纪检组组长、直属机关党委书记' }]);
    expect(m.occasion).toBe('全区卫生系统创先争优活动座谈会暨基层组织建设工作会议');
  });

  it('002: no name stated, occasion from the title', () => {
    const m = meta('structure', 'seeds/002.txt');
    expect(m.speakers).toEqual([]);
    expect(m.occasion).toBe('全县卫生健康系统党建工作座谈会');
  });

  it('003: the interviewee with the role from the lede; the reporter is no speaker', () => {
    expect(meta('structure', 'seeds/003.txt').speakers).toEqual([{ name: '唐荣', role: '区卫生健康委党委书记、主任' }]);
  });

  it('004 and 000: nobody speaks', () => {
    expect(meta('structure', 'seeds/004.txt').speakers).toEqual([]);
    expect(meta('structure', 'seeds/000.txt').speakers).toEqual([]);
  });
});

describe('speakers: further documents', () => {
  const cases: [dir: string, name: string, speakers: { name: string; role?: string }[], occasion?: string][] = [
    ['structure', 'speech-subtitle.txt', [{ name: '王建国', role: '县委书记' }], '全县2024年农村工作会议'],
    ['structure', 'zhici.txt', [{ name: '刘小平', role: '南昌市人民政府市长' }], '第十届中国（南昌）绿色食品博览会开幕式'],
    ['structure', 'split-jubilee.txt', [{ name: '张伟' }], '纪念中国共产党成立102周年暨“两优一先”表彰大会'],
    ['structure', 'interview-host.txt', [{ name: '李明', role: '市政务服务管理局局长' }]],
    ['structure', 'qa-turns.txt', []],
    ['structure', 'report-benbaoxun.txt', [{ name: '陈刚', role: '市委常委、常务副市长' }]],
    ['structure', 'caption-marked.txt', []],
    ['classify', 'notice-transmits-speech.txt', [{ name: '李强', role: '市委常委、组织部部长' }], '全市组织工作会议'],
    ['classify', 'report-of-speech.txt', [{ name: '赵志刚', role: '市委书记' }]],
    ['classify', 'profile-zhuanfang.txt', [{ name: '孙晓梅', role: '市文旅局局长' }]],
    ['classify', 'gov-work-report.txt', [], '某某市第十七届人民代表大会第四次会议'],
    ['speakers', 'title-name.txt', [{ name: '王建国' }], '全市经济工作会议'],
    ['speakers', 'lede-tongzhi.txt', [{ name: '李国华', role: '县委副书记、县长' }]],
    ['speakers', 'two-guests.txt', [{ name: '王秀英' }, { name: '李长青' }]],
    ['speakers', 'reporter-only.txt', []],
    ['speakers', 'kaimushi.txt', [], '2023世界智能产业博览会开幕式'],
    ['speakers', 'interview-subtitle.txt', [{ name: '陈志刚', role: '市卫生健康委主任' }]],
  ];
  it.each(cases)('%s/%s', (dir, name, speakers, occasion) => {
    const m = meta(dir, name);
    expect(m.speakers).toEqual(speakers);
    expect(m.occasion).toBe(occasion);
  });
});

describe('speakers: helpers', () => {
  it('roleBefore needs a speaking verb or 同志 after the name', () => {
    expect(roleBefore('市长张三在会上讲话', '张三')).toBe('市长');
    expect(roleBefore('市长张三的办公室', '张三')).toBeUndefined();
  });

  it('speakerInText finds a post followed by a name and a verb', () => {
    expect(speakerInText('会上，省委常委、秘书长周强指出，要抓好落实。')).toEqual({ name: '周强', role: '省委常委、秘书长' });
    expect(speakerInText('大家纷纷表示，要把作风提升作为重要抓手。')).toBeUndefined();
  });

  it.each([
    ['在全市经济工作会议上的讲话', '全市经济工作会议'],
    ['在5月29日召开的全区工作会议上的总结讲话', '全区工作会议'],
    ['在庆祝建党100周年大会上的发言', '庆祝建党100周年大会'],
    ['关于加强作风建设的意见', undefined],
  ])('occasion of %s', (title, expected) => {
    expect(occasionOf(title)).toBe(expected);
  });
});
