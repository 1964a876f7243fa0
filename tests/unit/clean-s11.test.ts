// The eleventh session's cleaning classes, each on real lines of the pages
// named (expected values written by hand from the page text): a paywall's
// count of what it shows and hides, a comment widget's count, a damage mark
// before an interview label, and a line that opens on 。 with junk glued to it.
import { describe, expect, it } from 'vitest';
import { findDamage } from '../../scripts/ingest/lib/damage-spans.ts';
import { TURN_MARK, isMarkedTurn } from '../../scripts/ingest/stages/chrome/credits.ts';
import { stripHiddenText } from '../../scripts/ingest/stages/chrome/inline.ts';
import { classifyChrome } from '../../scripts/ingest/stages/chrome/rules.ts';
import { bodyBlocks } from '../../scripts/ingest/structure/body.ts';
import { deriveTitle } from '../../scripts/ingest/structure/title.ts';
import { blockText } from '../../scripts/ingest/serialize.ts';

const spans = (line: string) => findDamage(line).map((s) => line.slice(s.start, s.end));

describe("a paywall's count of what it shows and hides", () => {
  it('on a line of its own is cut whole (6dgww.com)', () => {
    expect(stripHiddenText('（未完，全文共2010字，当前显示249字）')).toEqual({ line: '', cut: ['（未完，全文共2010字，当前显示249字）'] });
  });

  it('after the last words shown is cut, the words stay (qikan.com.cn)', () => {
    const line = '唐仁健：习近平总书记强调，保障好初级产品供给是一个重大战略性问题，中国人的饭碗任何时候都要牢牢端在自己手中，饭碗主要装中国粮。（剩余3263字）';
    expect(stripHiddenText(line)).toEqual({ line: line.replace('（剩余3263字）', ''), cut: ['（剩余3263字）'] });
  });

  it('a text that counts its own words keeps them', () => {
    const line = '从去年规定的“不能超过2000字”到今年规定的“不能超过1500字”，今年政协提案的“新要求”可谓成为了一大亮点。';
    expect(stripHiddenText(line)).toEqual({ line, cut: [] });
  });
});

describe("a comment widget's count", () => {
  it('is chrome, with the buttons on its line (creator-school.com, 00-net.com, msn.finance.sina.com.cn)', () => {
    expect(classifyChrome('已有0人发表了评论')?.rule).toBe('comment-count');
    expect(classifyChrome('点击支持一下 共有条评论')?.rule).toBe('comment-count');
    expect(classifyChrome('共有 0 条评论 查看更多评论>>')?.rule).toBe('comment-count');
  });

  it('a sentence reporting comments is not', () => {
    expect(classifyChrome('截至目前，已有300人参与评论，大家纷纷点赞。')?.rule).not.toBe('comment-count');
  });
});

describe('a damage mark before an interview label (dunya.com.cn)', () => {
  it('is no turn mark: the chrome stage leaves it', () => {
    expect(TURN_MARK.test('□刘友宾：新闻界的朋友们，大家好！')).toBe(false);
    expect(isMarkedTurn('▲记者：请问今年有什么新举措？')).toBe(true);
  });

  it('stays before the label in the turn the structure stage writes', () => {
    const blocks = bodyBlocks(['记者：请问今年的主题是什么？', '□刘友宾：新闻界的朋友们，大家好！欢迎参加生态环境部5月例行新闻发布会。', '记者：谢谢。']);
    const turn = blocks.find((b) => b.name === '刘友宾')!;
    expect(turn.speaker).toBe('刘友宾');
    expect(blockText(turn)).toBe('□刘友宾：新闻界的朋友们，大家好！欢迎参加生态环境部5月例行新闻发布会。');
  });
});

describe('a line opening on 。 with junk glued to it', () => {
  it('is one damaged run from the line start to the next ASCII or clause mark (mob51.com, hayleyrahl.com)', () => {
    expect(spans('。ㄓ浾摺∶冢4月8日下午,市人民法院舉辦學習貫徹全國“兩會”精神專題報告')).toEqual(['。ㄓ浾摺∶冢']);
    expect(spans('?。撓等耍核涡〗?,聯系電話:8888452)')).toEqual(['?。撓等耍核涡〗?']);
  });

  it('a line opening on 。 of the text (a paragraph cut after a quotation) is not damage', () => {
    expect(spans('。”他说。')).toEqual([]);
    expect(spans('。我们要继续努力，把各项工作做好。')).toEqual([]);
  });

  it('a derived title does not open on the mark', () => {
    expect(deriveTitle('□4月8日下午，市人民法院举办学习贯彻全国“两会”精神专题报告。')).toBe('4月8日下午');
  });
});
