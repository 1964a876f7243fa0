// The page-context features of the edge model (thirty-third session, edgefeat):
// what the page around an edge line says of it. Each feature on lines of two
// sites' development pages, read as the edges stage receives them; expected
// values written by hand from the page (tests/eval/README.md: a menu, a
// newspaper's edition line, a follow prompt and a site's greeting are chrome;
// a headline and the text's own sentences are not).
import { describe, expect, it } from 'vitest';
import { contextFeatures } from '../../scripts/ingest/stages/chrome/edge-context.ts';
import { peelEdges } from '../../scripts/ingest/stages/edges.ts';
import { linesSeen } from '../fixtures/chrome/sources.ts';

/** The features of `line` on the page `seen`, among its non-blank lines as the peel sees them. */
function features(seen: string, line: string, side: 'head' | 'tail') {
  const lines = linesSeen(seen, peelEdges).filter((l) => l !== '');
  const index = side === 'head' ? lines.indexOf(line) : lines.lastIndexOf(line);
  expect(index, `${line} on ${seen}`).toBeGreaterThanOrEqual(0);
  return contextFeatures(side, { lines, index });
}

describe('the edge line\'s page', { timeout: 120_000 }, () => {
  it('repeated: a headline a page prints twice above the text', () => {
    expect(features('www.shanhaijingshui.cn eval:pg-shanhaijingshui-court-speech', '【法院讲话】县人民法院院长在全院贯彻落实省法院院长会议精神大会上讲话（全文）', 'head').repeated).toBe(1);
    expect(features('www.upkao.com eval:h2-upkao-hubu-party-secretary-opening-speech', '2019年湖北大学（本部）新生开学典礼上校党委书记的讲话全文', 'head').repeated).toBe(1);
  });

  it('fragment-run: menu items and a topic label among short fragments', () => {
    expect(features('www.jinghaimedia.com eval:c19-jinghaimedia-lucao-township-chief-review-report', '• 艺术人文', 'head')['fragment-run']).toBeGreaterThan(0.5);
    expect(features('dz.xdkb.net eval:d24-xdkb-nanjing-vice-mayor-lubing-sina-online-chat-report', '话题：', 'tail')['fragment-run']).toBeGreaterThan(0);
  });

  // xinghai's 用户登录 line, the second example until the thirty-fifth session, is now cut before the edges stage (cmsvocab's login-prompt row).
  it('after-date: an account\'s prompt and an editor\'s credit below the text\'s date', () => {
    expect(features('xwwsh.com eval:b26-xwwsh-xunwu-county-horn-ban-announcement', '尽在寻乌微生活公众平台', 'tail')['after-date']).toBe(1);
    // yijun's credit line, the second example until the fortieth session, is now cut before the edges stage (chromefix3's qualified-credit row).
    expect(linesSeen('yijun.gov.cn eval:b30-yijun-yunmeng-township-heavy-rain-emergency-notice', peelEdges)).not.toContain('网络编辑：石振海 信息审核：石振海');
  });

  it('bare-by-sentence: a newspaper\'s edition line and a reporter\'s name under the last sentence', () => {
    expect(features('news.gmw.cn eval:c3b-gmw-space-zebrafish-report', '《光明日报》（2024年05月20日 03版）', 'tail')['bare-by-sentence']).toBe(1);
    expect(features('paper.tywbw.com eval:news-tywbw-hospice-presser', '记者刘涛', 'tail')['bare-by-sentence']).toBe(1);
  });

  it('no-body-word: a site\'s greeting and its slogan share no word with the text', () => {
    const greeting = features('61.175.241.68 eval:c3c-suichang-edu-placename-notice', '遂昌县教育网欢迎您！', 'head');
    expect(greeting['no-body-word']).toBe(1);
    expect(greeting['body-overlap']).toBe(0);
    expect(features('www.syjyzs888.com eval:pg-syjyzs-chuifenghui-interview', '汇聚全球精彩分享', 'head')['no-body-word']).toBe(1);
  });

  it('body-overlap: a headline shares the text\'s words, a greeting does not', () => {
    const headline = features('news.gmw.cn eval:c3b-gmw-space-zebrafish-report', '中国“太空养鱼”项目进展顺利 “鱼航员”状态良好', 'head');
    expect(headline['body-overlap']).toBeGreaterThan(0.3);
    expect(headline['no-body-word']).toBe(0);
  });

  it('without the page every context feature reads zero (a caller that passes no lines)', () => {
    expect(Object.values(contextFeatures('head', undefined)).every((v) => v === 0)).toBe(true);
  });
});
