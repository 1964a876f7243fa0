// Speakers read from the role positions of a document, with the type the
// classifier gave: the line under the title, the turn labels and who opens
// the exchange, and whether the text reports the candidate in the third
// person. Real page excerpts (tests/fixtures/speakers/pages) and hand-written
// documents built from the forms real pages show; expected values by hand.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { speakersFile } from './speakers-file.ts';
import { nameLine } from '../../scripts/ingest/people/name-line.ts';
import { reportedIn } from '../../scripts/ingest/people/reported.ts';
import type { DocumentType } from '../../scripts/ingest/types.ts';

const run = speakersFile;
const page = (name: string) => readFileSync(new URL(`../fixtures/speakers/pages/${name}`, import.meta.url), 'utf8');
const names = (text: string, type: DocumentType) => run(text, type).data.meta.speakers!.map((s) => s.name);

describe('the speaker line under the title', { timeout: 60_000 }, () => {
  it.each([
    // dogcm.com: the day glued before the name; tmdps.cn: the same speech, day and name on lines of their own.
    ['(2004年8月22日)胡锦涛', { name: '胡锦涛' }],
    ['（戴新贤，2026年2月14日）', { name: '戴新贤' }],
    // govopendata.com (人民日报 1977): posts and name run into the salutation.
    ['中共中央政治局委员、国务院副总理 李先念同志们:', { name: '李先念', role: '中共中央政治局委员、国务院副总理' }],
    ['市委书记 张伟', { name: '张伟', role: '市委书记' }],
    ['（张伟）', { name: '张伟' }],
  ])('%s', (line, expected) => {
    expect(nameLine(line)).toEqual(expected);
  });

  it.each(['XX同志', 'x同志', '同志们：', '各位领导、同志们：', '2023年12月28日', '全国工业学大庆会议开幕词'])('%s names nobody', (line) => {
    expect(nameLine(line)).toBeUndefined();
  });

  it('real pages: a dated speaker line standing first, a name line under the date, posts and name glued to the salutation', () => {
    expect(names(page('dogcm-hu-speech.txt'), 'speech')).toEqual(['胡锦涛']);
    expect(names(page('tmdps-hu-speech.txt'), 'speech')).toEqual(['胡锦涛']);
    expect(run(page('govopendata-renminribao-opening-speech.txt'), 'speech').data.meta.speakers).toEqual([{ name: '李先念', role: '中共中央政治局委员、国务院副总理' }]);
  });

  it('a speaker line is read whichever of speech and interview the classifier said', () => {
    expect(names(page('tmdps-hu-speech.txt'), 'interview')).toEqual(['胡锦涛']);
    expect(names(page('tmdps-hu-speech.txt'), 'report')).toEqual([]);
  });
});

describe('a report that tells what its people said', { timeout: 60_000 }, () => {
  it('the reporting verbs after a name past the opening paragraph', () => {
    expect(reportedIn('倪阳平', ['古北水镇项目签约。', '倪阳平指出，要加快推进项目建设。'])).toHaveLength(1);
    expect(reportedIn('刘英杰', ['会议召开。', '刘英杰在讲话中说，要抓好落实。'])).toHaveLength(1);
    // The lead-in of a speech names its speaker once, in the opening paragraph.
    expect(reportedIn('张伟', ['12月28日，张伟在全市经济工作会议上发表讲话，他指出……以下为讲话全文：', '同志们：'])).toEqual([]);
  });

  it('a news headline naming who spoke, typed a speech: nobody speaks, the people are named', () => {
    const text = ['张伟在全市经济工作会议上讲话', '本报讯 12月28日，全市经济工作会议召开。市委书记张伟出席并讲话。', '张伟指出，今年以来，全市经济运行稳中有进。', '张伟强调，要坚定信心，真抓实干。', '市长李明主持会议。'].join('\n');
    const meta = run(text, 'speech').data.meta;
    expect(meta.speakers).toEqual([]);
    expect(meta.people).toEqual([{ name: '张伟', post: '市委书记' }, { name: '李明', post: '市长' }]);
  });

  it('a report of an interview typed an interview, without turns, tells what he said', () => {
    const text = ['市长张明接受本报专访', '近日，市长张明在接受本报记者专访时表示，今年全市将继续推进城市更新。', '张明说，城市更新是民生工程，也是发展工程。'].join('\n');
    expect(names(text, 'interview')).toEqual([]);
  });
});

describe('interviewees from the turn labels', { timeout: 60_000 }, () => {
  it('real pages: a name answering 问 and a host who introduces the guest', () => {
    expect(names(page('sina-jingyidan-interview.txt'), 'interview')).toEqual(['敬一丹']);
    expect(names(page('ce-wuzijing-interview.txt'), 'interview')).toEqual(['吴子敬']);
  });

  it('a label that is a post (发言人：) is the person the host introduced with that post', () => {
    const host = page('folksfolks-fujian-presser.txt').split('\n')[0]!;
    const text = ['福建省生态环境保护工作新闻发布会', host, '发言人:各位记者朋友,大家上午好。下面我介绍全省生态环境保护工作情况。', '记者:请问今年大气污染防治有什么新举措?', '发言人:今年我们将持续推进蓝天保卫战。'].join('\n');
    expect(run(text, 'interview').data.meta.speakers).toEqual([{ name: '郑彧', role: '省生态环境厅党组成员、总工程师、新闻发言人' }]);
  });

  it('a surname and a post (李局长：) nobody introduced is no name', () => {
    const text = ['访谈', '记者：请问今年有什么新举措？', '李局长：今年我们将持续推进改革。', '记者：谢谢。', '李局长：谢谢大家。'].join('\n');
    expect(names(text, 'interview')).toEqual([]);
  });

  it('the host who opens the exchange by introducing the guest asks, and a host or reporter labelled with a name never answers', () => {
    const named = ['对话市长', '王芳：各位观众大家好，今天我们请到了市长张明。', '张明：主持人好，大家好。', '王芳：请您介绍一下今年的重点工作。', '张明：今年将改造老旧小区120个。'].join('\n');
    expect(names(named, 'interview')).toEqual(['张明']);
    const spaced = ['对话市长', '记者 李红：请问今年城市更新有什么安排？', '张明：今年将改造老旧小区120个。', '记者 李红：谢谢。', '张明：谢谢大家。'].join('\n');
    expect(names(spaced, 'interview')).toEqual(['张明']);
  });
});

describe('people with their posts', { timeout: 60_000 }, () => {
  it('the post chain starts after the verb that introduces it, and 对外 belongs to an organ', () => {
    const meta = run(page('folksfolks-fujian-presser.txt'), 'report').data.meta;
    expect(meta.people).toEqual([
      { name: '柯宜达', post: '福建省委宣传部对外新闻处处长' },
      { name: '郑彧', post: '省生态环境厅党组成员、总工程师、新闻发言人' },
    ]);
  });
});
