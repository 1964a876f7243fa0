// A leader's message headed or signed with his name and his post on a line of
// its own (thirteenth session, signed): the line's shape, the type it gives a
// first-person text, and the speaker the speakers stage reads from it. Lines
// copied from the pages named; expected values written by hand.
import { describe, expect, it } from 'vitest';
import { documentView } from '../../scripts/ingest/classify/view.ts';
import { scoreTypes, signedSpeech, typeOf } from '../../scripts/ingest/stages/classify.ts';
import { speakersFile } from './speakers-file.ts';
import { namePostLine, signatureLine } from '../../scripts/ingest/people/name-line.ts';
import type { Block, DocumentType } from '../../scripts/ingest/types.ts';

const para = (text: string): Block => ({ kind: 'paragraph', part: 'body', text });
const closing = (text: string): Block => ({ kind: 'paragraph', part: 'closing', text });

describe('a name and then a post on a line of its own', { timeout: 60_000 }, () => {
  it.each([
    // westgarden.com.tw (a9-westgarden): the director's message's last line.
    ['林泽安 院长', { name: '林泽安', role: '院长' }],
    // stlkg.edu.hk (a9-stlkg): under the speech's title, taken as the title.
    ['姚玉云校长', { name: '姚玉云', role: '校长' }],
    // kmuh.org.tw (speakers-s13 sample 01): under the title, dated with a month of the Minguo era.
    ['钟饮文 院长 (106年7月)', { name: '钟饮文', role: '院长' }],
    // hkma.gov.hk (x1-hkma): the name, a comma, the post.
    ['任志刚，香港金融管理局总裁', { name: '任志刚', role: '香港金融管理局总裁' }],
  ])('%s', (line, expected) => {
    expect(namePostLine(line)).toEqual(expected);
  });

  it.each(['市委书记 张伟', '记者 张三', '缪 峰', '新任校长', '院长致辞'])('%s is not a name then a post', (line) => {
    expect(namePostLine(line)).toBeUndefined();
  });

  it('a signature reads either order', () => {
    expect(signatureLine('林泽安 院长')).toEqual({ name: '林泽安', role: '院长' });
    expect(signatureLine('市委书记 张伟')).toEqual({ name: '张伟', role: '市委书记' });
  });
});

describe('classify: a first-person text signed or headed by one person with his post', { timeout: 60_000 }, () => {
  const stlkg = [
    para('时光如流水，今天本园庆祝五十周年金禧校庆之际，除了现读学生及家长以外，特别欢迎历届校友回园，一同参与各色各样的贺年摊位。'),
    para('本人谨代表本园向各位莅临的学生、家长及校友致以热烈的欢迎和诚挚的问候，谢谢你们拨冗来参加。'),
  ];

  it('a principal’s speech whose name-and-post line was taken as its title is a speech (stlkg.edu.hk, a9-stlkg)', () => {
    const doc = documentView('姚玉云校长', stlkg, []);
    expect(signedSpeech(doc)).toBe(true);
    expect(typeOf(scoreTypes(doc))).toBe('speech');
  });

  it('a message signed at its end with the name and the post (westgarden.com.tw, a9-westgarden)', () => {
    const doc = documentView(undefined, [
      para('本院自创建以来，筚路蓝缕从30张病床扩建到现在拥有二百多张病床的教学医院。因此本人毅然决然斥资扩建一兼具预防医学、复健医学及慢性医疗之现代化医疗保健大楼。'),
      closing('林泽安 院长'),
    ], []);
    expect(signedSpeech(doc)).toBe(true);
  });

  it('a speech under its title with the name, a comma and the post (hkma.gov.hk, x1-hkma)', () => {
    const doc = documentView('风眼', [para('1. 我深信大家都清楚在主权移交前有关方面花了许多工夫，以确保香港在主权移交后继续享有繁荣稳定。')], ['任志刚，香港金融管理局总裁']);
    expect(typeOf(scoreTypes(doc))).toBe('speech');
  });

  it('the name-and-post line among the short lines before the first sentence, under an issue line taken as the title (kmuh.org.tw, speakers-s13 sample 01)', () => {
    const doc = documentView('2017.07 第37卷2期 执行编辑：曾于娟', [
      para('钟饮文 院长 (106年7月)'),
      para('高医附院成立于民国46年6月16日，从一开始的60床，12位员工，逐渐发展到现在的1700床，超过4000位员工。我们感谢历任院长与全体同仁的努力。'),
    ], []);
    expect(signedSpeech(doc)).toBe(true);
  });

  it('not a text in the third person with the same line', () => {
    const doc = documentView('姚玉云校长', [para('本园昨日庆祝五十周年金禧校庆，历届校友回园参与贺年摊位，观赏全园幼儿的贺新年巡游演出。')], []);
    expect(signedSpeech(doc)).toBe(false);
  });

  it('not a byline’s post and name heading a first-person article', () => {
    const doc = documentView('坚持人民至上', [para('我们要深刻认识新时代的历史方位，坚持以人民为中心的发展思想。')], ['市委书记 张伟']);
    expect(signedSpeech(doc)).toBe(false);
  });

  it('a letter keeps its title’s form: 致…的一封信 signed by its principal stays an article', () => {
    const doc = documentView('致全体家长的一封信', [para('我们谨代表学校向各位家长致以诚挚的问候，感谢您一直以来的支持。'), closing('王明 校长')], []);
    expect(typeOf(scoreTypes(doc))).toBe('article');
  });
});

describe('speakers: the name-and-post line', { timeout: 60_000 }, () => {
  const run = (text: string, type: DocumentType) => speakersFile(text, type).data.meta.speakers;

  it('the signature line at the end of a message (westgarden.com.tw, a9-westgarden)', () => {
    const text = '院长的话\n本院自创建以来，筚路蓝缕从30张病床扩建到现在拥有二百多张病床的教学医院，无论大环境如何困难，期盼全院同仁能坚守岗位发挥潜能，继续为理想奋斗，共创美好的未来。\n林泽安 院长\n';
    expect(run(text, 'speech')).toEqual([{ name: '林泽安', role: '院长' }]);
  });
});
