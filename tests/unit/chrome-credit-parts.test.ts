// A credit line read by its parts (labels, names, a unit in brackets, where the
// story was filed from, separators), on lines of development-set pages and of
// the byline class's wide sample (docs/wide-samples/byline-s15, half A), and
// the lines it must leave: interview turns, sentences, posts with names.
import { describe, expect, it } from 'vitest';
import { SUPPLIED_BY, creditPartNames, trailingCredit } from '../../scripts/ingest/stages/chrome/credits.ts';
import { classifyChrome } from '../../scripts/ingest/stages/chrome/rules.ts';

describe('a credit line read by its parts', { timeout: 60_000 }, () => {
  it('a label, a name and the unit in brackets (paituo, unseen11 a11-paituo)', () => {
    expect(creditPartNames('图文：胡泽（县融媒体中心）')).toEqual(['胡泽']);
    expect(classifyChrome('图文:胡泽(县融媒体中心)')?.rule).toBe('credit-parts');
  });

  it('a role and a name set off by a slash (taicangdaily, unseen11 b11-taicangdaily)', () => {
    expect(creditPartNames('特约评论员/苗瑞祥')).toEqual(['苗瑞祥']);
  });

  it('a role, a name and the place filed from, closed by a bar (crntt, unseen11 b11-crntthk)', () => {
    expect(creditPartNames('记者 张宏斌 香港报道 |')).toEqual(['张宏斌']);
  });

  it("the text's and the picture's labels with names after a slash (circlevilleutah.com, bjhuanyue.com)", () => {
    expect(creditPartNames('文字/黄家池 古悦璇 陆雪雯 赵云梓')).toEqual(['黄家池', '古悦璇', '陆雪雯', '赵云梓']);
    expect(creditPartNames('图片/陆雪雯')).toEqual(['陆雪雯']);
    expect(creditPartNames('图/何钰博')).toEqual(['何钰博']);
    expect(creditPartNames('文/张兆阳')).toEqual(['张兆阳']);
  });

  it('not a turn, a sentence, a post with its holder, or words that only start with a surname', () => {
    expect(creditPartNames('记者：首先欢迎你来到新华网接受我们的采访')).toBeUndefined();
    expect(creditPartNames('着素色西装 开场先向记者鞠躬')).toBeUndefined();
    expect(creditPartNames('县委常委、组织部部长 周文斌')).toBeUndefined();
    expect(creditPartNames('编辑 强调')).toBeUndefined();
    expect(creditPartNames('记者 常德')).toBeUndefined();
    expect(creditPartNames('记者 香港报道')).toBeUndefined();
  });
});

describe('who supplied the text, by 供稿', { timeout: 60_000 }, () => {
  it('on a line of its own (bjhuanyue.com)', () => {
    expect(SUPPLIED_BY.test('丛树有我--赴社区支援服务团供稿')).toBe(true);
    expect(classifyChrome('丛树有我--赴社区支援服务团供稿')?.rule).toBe('credit-parts');
  });

  it('glued after the last sentence, in brackets (hnjjgc, unseen7 b7-hnjjgc)', () => {
    expect(trailingCredit('牢固树立赶超意识，挂图作战、倒排工期，全力冲刺半年工作目标。（遂平县人民法院）供稿')).toEqual({
      line: '牢固树立赶超意识，挂图作战、倒排工期，全力冲刺半年工作目标。',
      credit: '（遂平县人民法院）供稿',
    });
  });

  it('not a sentence that says who supplied something', () => {
    expect(SUPPLIED_BY.test('本文图片由县委宣传部供稿。')).toBe(false);
    expect(trailingCredit('稿件由各乡镇按时供稿')).toBeUndefined();
  });
});
