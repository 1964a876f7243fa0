// A press conference's transcript whose stored part stops in the host's opening
// (sixteenth session): the host's label read as a turn, the officials the lede or
// the host lists as answering (people/guests.ts listedAnswerers), and the type the
// two give together. The texts are lines of real pages, shortened; the expected
// names and types are read off the pages by hand.
import { describe, expect, it } from 'vitest';
import { listedAnswerers, listedPerson } from '../../scripts/ingest/people/guests.ts';
import { ANSWERERS_LISTED } from '../../scripts/ingest/people/speaker-cues.ts';
import { documentView } from '../../scripts/ingest/classify/view.ts';
import { pressConferenceHost, scoreTypes, typeOf } from '../../scripts/ingest/stages/classify.ts';
import { parseLabel, planTurns } from '../../scripts/ingest/structure/turns.ts';
import type { Block } from '../../scripts/ingest/types.ts';
import { parseSeen } from '../fixtures/classify/sources.ts';
import { ingestText } from '../fixtures/structure/harness.ts';

const para = (text: string): Block => ({ kind: 'paragraph', part: 'body', text });
const host = (speaker: string, text: string): Block => ({ kind: 'turn', part: 'body', text, speaker, name: speaker, role: 'interviewer' });
const names = (texts: string[]) => listedAnswerers(texts).map((g) => g.name);

/** fjyigong.com's lede (unseen12 a12-fjyigong), simplified. */
const NINGDE_LEDE = '9月13日，宁德市举行环境保护工作新闻发布会，宁德市环保局副局长王汶，市环保局副调研员董建国，市环保局污染防治科科长黄雅明出席发布会通报相关情况，并回答记者提问。宁德市委宣传部副部长、市政府新闻办主任黄其山主持新闻发布会。全程实录如下：';

describe('ANSWERERS_LISTED', () => {
  it('rests on examples from at least two sites, each holding its term', () => {
    expect(new Set(ANSWERERS_LISTED.map((t) => parseSeen(t.seen).site)).size).toBeGreaterThanOrEqual(2);
    for (const t of ANSWERERS_LISTED) expect(new RegExp(t.term, 'u').test(t.example)).toBe(true);
  });
});

describe('one person of a list of those answering', { timeout: 60_000 }, () => {
  it.each([
    ['市环保局副调研员董建国', '董建国'],
    ['宁德市环保局副局长王汶', '王汶'],
    ['省生态环境厅法规处处长方芳女士', '方芳'],
    ['北京大学的王锡锌教授', '王锡锌'],
    ['国务院研究室主任黄守宏先生', '黄守宏'],
  ])('%s names %s', (item, name) => {
    expect(listedPerson(item)?.name).toBe(name);
  });

  it.each(['9月13日', '宁德市举行环境保护工作新闻发布会', '《政府工作报告》起草组负责人', '请他们为大家解读《报告》'])('%s names nobody', (item) => {
    expect(listedPerson(item)).toBeUndefined();
  });
});

describe('the officials a press conference lists as answering', { timeout: 60_000 }, () => {
  it('the lede: those who attended and answered, not the host of the next sentence (fjyigong.com)', () => {
    expect(names([NINGDE_LEDE])).toEqual(['王汶', '董建国', '黄雅明']);
  });

  it('the host: 出席今天发布会的有：… (m.xwboo.com, class sample A 01)', () => {
    const turn = '出席今天发布会的有：省生态环境厅法规处处长方芳女士、省生态环境厅环境影响评价与排放管理处处长王春女士、省生态环境科学研究院法标所所长黄峰先生。下面，我先向大家通报9月全省水、大气环境质量亮牌情况。';
    expect(names([turn])).toEqual(['方芳', '王春', '黄峰']);
  });

  it('a report that tells who answered lists nobody (cases c3b-nbd-npc-presser-report)', () => {
    expect(names(['3月4日，十三届全国人大四次会议新闻发布会在北京人民大会堂新闻发布厅举行，由大会发言人张业遂就大会议程和人大工作相关问题回答中外记者提问。'])).toEqual([]);
  });
});

describe('the host’s label standing alone above his salutation', { timeout: 60_000 }, () => {
  it('主持人 黄其山： is the host’s label', () => {
    expect(parseLabel('主持人 黄其山：')?.kind).toBe('person');
  });

  it('opens the host’s turn when the salutation follows on its own line (fjyigong.com)', () => {
    const lines = ['主持人 黄其山：', '各位来宾，各位新闻界的朋友们：', '大家上午好！欢迎各位参加今天上午的新闻发布会。'];
    expect(planTurns(lines).labels.get(0)?.role).toBe('interviewer');
  });
});

describe('classify: a press conference’s host speaking under his label', { timeout: 60_000 }, () => {
  const typeOfBlocks = (title: string, blocks: Block[]) => typeOf(scoreTypes(documentView(title, blocks, [])));

  it('with the lede listing those who answer, is an interview against the lede’s report cues (fjyigong.com)', () => {
    const blocks = [para(NINGDE_LEDE), host('主持人 黄其山', '各位来宾，各位新闻界的朋友们：'), para('大家上午好！欢迎各位参加今天上午的新闻发布会。')];
    expect(pressConferenceHost(documentView('9月13日宁德市举行 环境保护工作新闻发布会', blocks, []))).toBe(true);
    expect(typeOfBlocks('9月13日宁德市举行 环境保护工作新闻发布会', blocks)).toBe('interview');
  });

  it('a meeting host’s script at a ceremony is no press conference (written after unseen3 w2-16fw’s 主持词)', () => {
    const blocks = [host('主持人', '尊敬的各位领导、各位来宾，同志们：大家上午好！今天，我们在这里隆重举行县文体中心奠基仪式。'), para('下面，请县委书记王某某同志讲话，大家欢迎。')];
    expect(pressConferenceHost(documentView('县文体中心奠基仪式主持词', blocks, []))).toBe(false);
  });

  it('a report of a press conference without the host’s labelled words stays a report (cases c3b-nbd)', () => {
    const blocks = [para('3月4日，十三届全国人大四次会议新闻发布会在北京人民大会堂新闻发布厅举行，由大会发言人张业遂就大会议程和人大工作相关问题回答中外记者提问。')];
    expect(typeOfBlocks('全国人大首场新闻发布会举行', blocks)).not.toBe('interview');
  });
});

describe('the listed officials in the metadata', { timeout: 60_000 }, () => {
  it('are the speakers of the transcript cut in the host’s opening (fjyigong.com)', () => {
    const file = ingestText(['9月13日宁德市举行 环境保护工作新闻发布会', '', NINGDE_LEDE, '', '主持人 黄其山：', '', '各位来宾，各位新闻界的朋友们：', '', '大家上午好！欢迎各位参加今天上午的新闻发布会。'].join('\n'));
    expect(file.data.meta.type).toBe('interview');
    expect((file.data.meta.speakers ?? []).map((s) => s.name)).toEqual(['王汶', '董建国', '黄雅明']);
  });
});
