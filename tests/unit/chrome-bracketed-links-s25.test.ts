// A line made only of bracketed link names after the text is the page's buttons,
// whatever the site calls them (twenty-fifth session, tailchrome): 【打印文章】 【添加收藏】
// (58.18.225.91, class sample half A), 『查看评论』 (028news.net, half A) and
// 【查看完整讨论话题】|【用户登录】|【用户注册】 (unseen15 c15-pltyw) — no vocabulary
// row named 打印文章, 查看评论 or 用户登录.
import { describe, expect, it } from 'vitest';
import { classifyChrome, isBracketedLinks } from '../../scripts/ingest/stages/chrome/rules.ts';
import { keptLines } from '../fixtures/chrome/harness.ts';

describe('a line of bracketed link names', () => {
  it('is the bracketed-links rule, one name or several with spaces or bars between them', () => {
    expect(classifyChrome('【打印文章】 【添加收藏】')?.rule).toBe('bracketed-links');
    expect(classifyChrome('『查看评论』')?.rule).toBe('bracketed-links');
    expect(classifyChrome('【查看完整讨论话题】|【用户登录】|【用户注册】')?.rule).toBe('bracketed-links');
    expect(isBracketedLinks('[会员注册] [下载该文章]')).toBe(true);
  });

  it('is not a bracketed name, credit, ending, numbered heading or a line with text outside the brackets', () => {
    // Names sign the text; a word opening with a surname (查看评论, 关闭窗口) is no name.
    expect(isBracketedLinks('【梅本炎】')).toBe(false);
    expect(isBracketedLinks('【余健】')).toBe(false);
    expect(isBracketedLinks('【关闭窗口】')).toBe(true);
    expect(isBracketedLinks('（梅本炎）')).toBe(false);
    expect(isBracketedLinks('（完）')).toBe(false);
    expect(isBracketedLinks('【完】')).toBe(false);
    expect(isBracketedLinks('【编辑:刘晓明】')).toBe(false);
    expect(isBracketedLinks('【一、总体要求】')).toBe(false);
    expect(isBracketedLinks('【新闻】活动现场气氛热烈')).toBe(false);
  });

  it('goes after the last paragraph, which stays (028news.net, 58.18.225.91)', () => {
    const last = '闭幕式上，为“社区好人”、“好邻居”吴秋菊、袁世芬、张国玉等20人进行了表彰。';
    expect(keptLines([last, '『查看评论』'])).toEqual([last]);
    const end = '未来，河东街道西爱国街社区会持续拓展志愿服务领域，构建更加和谐、温暖、美好的社区家园。';
    expect(keptLines([end, '', '【打印文章】 【添加收藏】'])).toEqual([end]);
  });

  it('stays between two paragraphs: edge, so a bracketed line inside the text is not taken', () => {
    const lines = ['会议由镇长主持，各村负责人参加了会议。', '【工作部署】', '会议要求，各村要抓好春耕生产，确保粮食安全。'];
    expect(keptLines(lines)).toEqual(lines);
  });
});
