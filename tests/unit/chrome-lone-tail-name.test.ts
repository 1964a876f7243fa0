// A person's bare name ending the page right after the text's last sentence is
// the site's credit (chrome.ts lone-tail-name); a name signed with its post or
// its date, a lone word that is no name, and a name after an unfinished line
// stay. Lines are from real pages (site named beside each); what goes and what
// stays is read off them by hand.
import { describe, expect, it } from 'vitest';
import { strip } from '../fixtures/chrome/harness.ts';

// m.pleasurethai.com (eval unseen9 a9-pleasurethai), its last two paragraphs.
const FLAG_RAISING = [
  '要求学生每天第一次见到老师要行礼，每节课上课下课要对老师表达感谢，每天在校园里文明游戏、文明用餐、文明如厕，减轻老师、保洁、保安、工人师傅们的劳动负担。要树立文明有礼小学生的形象，做新时代文明礼仪的代言人！用自己的言行举止温暖他人。',
  '新学期，新梦想。周校长希望全体师生以饱满的热情，高度的责任感，昂扬的斗志，奋力拼搏的精神积极投入到新学期工作和学习中，用成绩点燃激情的梦想，用激情续写发展的篇章，以优异的成绩迎接党的二十大胜利召开！',
];
// www.hbfzb.com (eval unseen4 x2-hbfzb), printed twice with the editor's name under each copy.
const ANNIVERSARY = [
  '为庆祝建院七十三周年，10月8日晚，香河县人民医院新院区多功能厅灯光璀璨，欢声笑语，县卫健局局长、医院领导班子成员与干部职工齐聚一堂，共同欢庆。此次大会开启同步直播，吸引过万名观众在线同贺。',
  '医院党委书记白连营在大会上简要回顾了医院的发展历程，特别提到近25年来，医院由一个院区增加到三个院区。会上，大家一同观看了医院职工自编自演的文艺节目。',
];
// westgarden (eval unseen9 a9-westgarden), the director's message signed with his post.
const MESSAGE = ['本院自创建以来，筚路蓝缕从30张病床扩建到现在拥有二百多张病床的教学医院，无论大环境如何困难，期盼全院同仁能坚守岗位发挥潜能，继续为理想奋斗，共创美好的未来。'];

describe("a person's bare name ending the page", () => {
  it('takes the name under the last sentence (pleasurethai)', () => {
    const { kept, removed } = strip([...FLAG_RAISING, '马厚海'].join('\n'));
    expect(removed).toEqual(['lone-tail-name 马厚海']);
    expect(kept.at(-1)).toBe(FLAG_RAISING.at(-1));
  });

  it('takes the name under both copies of a page printed twice, before a footer line (hbfzb)', () => {
    const { kept, removed } = strip([...ANNIVERSARY, '孙媛媛', ...ANNIVERSARY, '孙媛媛', '冀公网安备 13010402001822号'].join('\n'));
    expect(removed.filter((r) => r.startsWith('lone-tail-name'))).toEqual(['lone-tail-name 孙媛媛', 'lone-tail-name 孙媛媛']);
    expect(kept).not.toContain('孙媛媛');
  });

  it('keeps a name signed with its post or followed by a date', () => {
    expect(strip([...MESSAGE, '林泽安 院长'].join('\n')).kept.at(-1)).toBe('林泽安 院长');
    expect(strip([...FLAG_RAISING, '马厚海', '2022年9月5日'].join('\n')).kept.slice(-2)).toEqual(['马厚海', '2022年9月5日']);
  });

  it('keeps a lone word that is no name, and a name after a line that ends no sentence', () => {
    // A closing word of a message is no name (stlkg's 影片, a lost video's label, is the
    // picture-placeholder rule's since the thirtieth session found it on more sites).
    expect(strip([...MESSAGE, '共勉'].join('\n')).kept.at(-1)).toBe('共勉');
    expect(strip([...FLAG_RAISING.slice(0, 1), '新学期，新梦想', '马厚海'].join('\n')).kept.at(-1)).toBe('马厚海');
  });
});
