// Type rules of the thirteenth session, on lines copied from the pages named;
// expected values written by hand. One speaker's labelled lines are an
// interview only inside a press conference and in sentences; a notice is read
// from its 公示 term line and from its issuing organ's signature.
import { describe, expect, it } from 'vitest';
import { documentView } from '../../scripts/ingest/classify/view.ts';
import { speakerKey } from '../../scripts/ingest/classify/features.ts';
import { firedRules, organSigned, scoreTypes, typeOf } from '../../scripts/ingest/stages/classify.ts';
import type { Block } from '../../scripts/ingest/types.ts';

const para = (text: string): Block => ({ kind: 'paragraph', part: 'body', text });
const turn = (speaker: string, text: string): Block => ({ kind: 'turn', part: 'body', text, speaker, name: speaker, role: 'interviewee' });
const typeOfBlocks = (title: string | undefined, blocks: Block[], front: string[] = []) => typeOf(scoreTypes(documentView(title, blocks, front)));

describe('classify: one speaker’s labelled lines', () => {
  it('a dash that signs the words is the same speaker (dzwww.com, a9-dzwww-xuecheng-principal-cloud-message-article)', () => {
    expect(speakerKey('——薛城区双语实验小学校长孙烨')).toBe('薛城区双语实验小学校长孙烨');
    expect(speakerKey('孙烨')).toBe('孙烨');
  });

  it('a principal’s message headed and signed with her label is no interview (dzwww.com, a9-dzwww)', () => {
    const blocks = [
      turn('薛城区双语实验小学校长孙烨', '希望你们像钟南山爷爷希望的那样，用知识缝制铠甲，在未来披甲上阵！'),
      para('草长莺飞二月天，拂堤杨柳醉春烟。同学们，春天已经走进我们的校园，相信你们返回学校的日子也不远了。'),
      turn('——薛城区双语实验小学校长孙烨', '受新型冠状病毒肺炎疫情影响，全国范围内各级各类学校延期开学，2020年的春季开学，也注定成为不可磨灭的特殊记忆。'),
    ];
    expect(typeOfBlocks('希望你们像钟南山爷爷希望的那样，用知识缝制铠甲', blocks)).not.toBe('interview');
  });

  it('a labelled headline in a list of further news is no interview, though the lede names a press conference (exmoo.com, b9-exmoo-macao-no-border-closure-report)', () => {
    const blocks = [
      para('于今(13)日应急协调中心记者会上，有记者问及政府会否「封关」，社会文化司司长欧阳瑜强调现阶段政府不会封关，因如果封关消息传出，会引起市民恐慌。'),
      para('两位长者因新冠感染离世'),
      turn('高盛', '兑美元有望朝100回升'),
    ];
    expect(typeOfBlocks('社会文化司司长欧阳瑜表示留意到三盏灯一带今日人头涌涌', blocks)).not.toBe('interview');
  });

  it('a press conference’s host’s labelled remarks stay an interview (dunya, y1-dunya-mee-may-presser-interview)', () => {
    const blocks = [
      para('2022年5月26日，生态环境部召开5月例行新闻发布会，发布会由生态环境部新闻发言人、宣传教育司司长刘友宾主持，并共同回答记者提问。'),
      turn('刘友宾', '新闻界的朋友们，大家好！欢迎参加生态环境部5月例行新闻发布会。'),
      para('为落实疫情防控有关要求，今天的发布会采取视频连线方式举行。'),
    ];
    expect(typeOfBlocks('生态环境部召开5月例行新闻发布会', blocks)).toBe('interview');
  });
});

const closing = (text: string): Block => ({ kind: 'paragraph', part: 'closing', text });

describe('classify: a notice’s 公示 term and its issuing organ’s signature', () => {
  it('reads the 公示 term on a line of its own (gzqyzjbc.com, b9-gzqyzjbc-tianshui-rural-school-palace-notice)', () => {
    const doc = documentView(undefined, [para('拟确定秦州区汪川镇汪川中心小学等3所学校为2022年度省级乡村学校少年宫项目建设学校，面向社会公示，接受公众监督。'), para('公示时间：2022年3月16日至3月22日（5个工作日）')], []);
    expect(firedRules(doc).map((r) => r.id)).toContain('notice-publicity');
  });

  it('not the term told inside a report’s sentence (qingdaominwang.com, wide sample A 07)', () => {
    const doc = documentView(undefined, [para('为充分发扬民主、广泛听取意见、接受社会监督，现就拟表彰对象进行全国公示，公示期为2020年8月28日至9月1日。')], []);
    const ids = firedRules(doc).map((r) => r.id);
    expect(ids.filter((id) => id === 'notice-publicity')).toHaveLength(0);
  });

  it('an organ’s name above the date closes a notice (dayong, z2-dayong-rural-environment-notice)', () => {
    const blocks = [
      para('根据《中山市关于全域推进农村人居环境整治建设生态宜居美丽乡村实施方案》（办发〔2018〕1号）及《大涌镇关于推进乡村振兴战略实施方案》（大涌委发〔2018〕22号），经镇主要领导同意，成立大涌镇农村人居环境整治工作督查领导小组。'),
      closing('大涌镇党政办公室'),
      closing('2018年12月10日'),
    ];
    const doc = documentView(undefined, blocks, []);
    expect(organSigned(doc)).toBe(true);
    expect(typeOf(scoreTypes(doc))).toBe('notice');
  });

  it('a date without the organ above it is no signature (smrmnews.cn, b9-smrmnews-shimen-epidemic-command-notice)', () => {
    const doc = documentView(undefined, [para('石门县新型冠状病毒感染的肺炎疫情防控指挥部办公室会随时公布相关信息，请公众不要信谣传谣。'), closing('2020年1月23日')], []);
    expect(organSigned(doc)).toBe(false);
  });

  it('a signature alone does not make a notice: a speech is signed so too (hndkwhg.com text, without its 文号 and 公示 lines)', () => {
    const blocks = [para('经逐级筛选审定和考察考核，并经评选活动组委会10月28日全体会议评选审定，共评选出道德模范正式候选人24名。'), closing('繁昌县精神文明建设指导委员会'), closing('2016年11月7日')];
    const doc = documentView(undefined, blocks, []);
    expect(organSigned(doc)).toBe(true);
    expect(typeOf(scoreTypes(doc))).not.toBe('notice');
  });
});
