// The chrome line model: its wording-free features on real lines, and the
// committed model (scripts/ingest/stages/chrome/line-model.json) on a clear
// chrome line and a clear body line at the margins of a page's text, each
// from two sites.
import { describe, expect, it } from 'vitest';
import { lineContext, lineFeatures } from '../../scripts/ingest/stages/chrome/line-features.ts';
import { chromeProbability, lineModel, modelChromeLines } from '../../scripts/ingest/stages/chrome/line-model.ts';

/** A page text: title, the lines above the body, two sentences, the lines after it. */
function page(title: string, above: string[], after: string[]): string[] {
  return [title, ...above, '各地区各部门要深入学习贯彻会议精神，结合实际抓好落实，确保各项任务落地见效。', '要加强组织领导，压实工作责任，及时研究解决工作中遇到的新情况新问题。', ...after];
}

const featuresOf = (lines: string[], i: number, title?: string) => lineFeatures(lineContext(lines, title), i);

describe('line features', () => {
  it('reads a date, a time and a label colon in info lines', () => {
    // gwyoo.com (txt-gwyoo-maoming-organisation-speech), huzhou wjw (c3a-huzhou-health-work-points-notice)
    for (const line of ['时间:2022-11-21 12:36:00', '• 时间:2023-05-04 08:58:16']) {
      const f = featuresOf(page('全市组织工作会议讲话', [line], []), 1);
      expect(f.date).toBe(1);
      expect(f.time).toBe(1);
      expect(f['before-body']).toBe(1);
    }
    expect(featuresOf(page('全市组织工作会议讲话', ['时间:2022-11-21 12:36:00'], []), 1)['label-colon']).toBe(1);
  });

  it('measures separators in breadcrumbs and link bars, none in a sentence', () => {
    // cctv.com (c3b-cctv-baikeming-hebei-interview), paper.ce.cn (pg-ce-paper-xianweishuji-report)
    for (const line of ['首页 > 新闻频道 > 中国新闻 > 正文', '返回经济网首页 | 版面导航 | 标题导航']) {
      expect(featuresOf(page('标题', [line], []), 1)['separator-share']).toBeGreaterThan(0.3);
    }
    expect(featuresOf(page('标题', [], []), 1)['separator-share']).toBe(0);
  });

  it('finds e-mail and phone shapes', () => {
    // orientaldaily.on.cc (pg-oriental-xunshi-report), shjnet.cn (ho-shjnet-xiji-potato-report)
    expect(featuresOf(page('标题', [], ['电 邮: | news@opg.com.hk']), 3).email).toBe(1);
    expect(featuresOf(page('标题', [], ['陈律师（法律顾问）0432-62099222']), 3).phone).toBe(1);
    expect(featuresOf(page('标题', [], ['陈律师（法律顾问）0432-62099222']), 3)['after-body']).toBe(1);
  });

  it("shares the page title's characters", () => {
    // yichun.gov.cn (gov-jiangxi-stats-bulletin), laowenmi.com (pg-laowenmi-sanji-speech)
    const title = '江西省2022年国民经济和社会发展统计公报';
    expect(featuresOf(page(title, [], []), 0, title)['title-share']).toBe(1);
    expect(featuresOf(page('在节后收心会上的讲话', ['留言与评论(共有 条评论) |'], []), 1)['title-share']).toBeLessThan(0.2);
  });

  it('says a sentence ends a body line and a menu does not', () => {
    const lines = page('标题', ['注册 | 登录'], []);
    expect(featuresOf(lines, 2)['ends-sentence']).toBe(1);
    expect(featuresOf(lines, 1)['ends-sentence']).toBe(0);
  });
});

describe('the committed line model', () => {
  const { model } = lineModel();

  it('is data: named weights and a threshold chosen for precision', () => {
    expect(Object.keys(model.weights)).toContain('separator-share');
    expect(model.threshold).toBeGreaterThanOrEqual(0.5);
    expect(model.threshold).toBeLessThan(1);
  });

  it('calls clear chrome lines above the body chrome', () => {
    // sm.gov.cn (txt-smgov-sanming-police-chiefs-report), ccmw.net (c3c-ccmw-wenjiabao-online-interview)
    for (const line of ['注册 | 登录', '||2009-03-06']) {
      const lines = page('三明市召开全市公安局长会议', [line], []);
      expect(chromeProbability(lineContext(lines), 1)).toBeGreaterThanOrEqual(model.threshold);
    }
  });

  it('leaves clear lines of the document above the body', () => {
    // A notice's addressee: huzhou wjw (c3a-huzhou-health-work-points-notice), zwgkw.thx.gov.cn (pg-taihu-county-notice)
    for (const line of ['各区县卫生健康局（南太湖新区社发中心），委属各单位，委机关各处室：', '各乡、镇人民政府，县政府各部门、各直属机构：']) {
      const lines = page('关于开展生态文明建设示范工作的通知', ['2023-08-30 10:47', line], []);
      expect(chromeProbability(lineContext(lines), 2)).toBeLessThan(model.threshold);
    }
  });

  it('never asks about a document number under the title', () => {
    // xiexiebang.com (txt-xiexiebang-hunan-graduate-employment-notice), sc health mirror (web-mirror-sc-health-reply)
    for (const line of ['湘政办发〔2009〕24号', '川卫函〔2025〕46号']) {
      const lines = page('关于做好高校毕业生就业工作的通知', [line], []);
      expect(modelChromeLines(lines, { first: 2 }, () => false).size).toBe(0);
    }
  });

  it('never asks about lines after the body', () => {
    // A newspaper's attribution and a notice's attachment note: gmw.cn (c3b-gmw-space-zebrafish-report), kaili.gov.cn (gov-kaili-recruit-notice)
    for (const line of ['《光明日报》（2024年05月20日 03版）', '附件4：减免报名费申请.doc', '|']) {
      const lines = page('关于开展生态文明建设示范工作的通知', [], [line]);
      expect(modelChromeLines(lines, { first: 1 }, () => false).size).toBe(0);
    }
  });

  it('never takes a line inside the body, the title or the salutation', () => {
    // laowenmi.com (pg-laowenmi-sanji-speech), locpg.gov.cn mirror (dirt-locpg-wangzhimin-openday-speech)
    for (const salutation of ['同志们:', '大家好!']) {
      const lines = ['在节后收心会上的讲话', '注册 | 登录', salutation, '各地区各部门要深入学习贯彻会议精神，结合实际抓好落实。', '|', '要加强组织领导，压实工作责任，及时研究解决新问题。'];
      const taken = [...modelChromeLines(lines, { first: 3 }, () => false).keys()];
      expect(taken).toEqual([1]);
    }
  });
});

describe('lines the model is never asked about', () => {
  it("a speech's salutation above its first sentence, even with a short line between (16fw.com, www.wenshubang.com), and a heading's number on a line of its own (crnews.net)", async () => {
    const { guardedLines } = await import('../../scripts/ingest/stages/chrome/line-model.ts');
    const lines = ['传达与部署工作会议主持词', '市政府第四次全体会议主持词.', '同志们:', '现在开会。', '(一)', '经过一段时间筹备,市政府决定今天召开第四次全体会议,这次会议的主要内容是:传达贯彻省政府第四次全体会议精神,安排部署市政府下半年工作。'];
    const guarded = guardedLines(lineContext(lines, '传达与部署工作会议主持词'));
    expect(guarded.has(2)).toBe(true);
    expect(guarded.has(4)).toBe(true);
    expect(guarded.has(1)).toBe(false);
  });

  it("a short heading that is only a greeting's or a letter's genre (新春贺信 on www.66wc.com, 新 春 贺 辞 spaced), not a headline-length line", async () => {
    const { guardedLines } = await import('../../scripts/ingest/stages/chrome/line-model.ts');
    const lines = ['2018/12/28 上午9:27:28 星期五', '新春贺信', '发布时间:2023年01月21日 来源:文成新闻网', '新 春 贺 辞', '2009年新年寄语', '更多新闻', '各位父老乡亲、同志们、朋友们:', '天地春晖近,日月开新年。在这辞旧迎新的美好时刻,我们谨代表中共文成县委、文成县人民政府,向全县人民致以新年的祝福和诚挚的问候!'];
    const guarded = guardedLines(lineContext(lines, undefined));
    expect(guarded.has(1)).toBe(true);
    expect(guarded.has(3)).toBe(true);
    expect(guarded.has(4)).toBe(true);
    expect(guarded.has(5)).toBe(false);
  });
});
