// Lines sites print below the text that survives cleaning (twelfth session,
// the page-bottom class learned from many sites at once): a site's liability
// and reprint clauses, the page's link to its original, and a forum archive's
// pager and full-version link. The text's own closing above them stays.
import { describe, expect, it } from 'vitest';
import { classifyChrome } from '../../scripts/ingest/stages/chrome/rules.ts';
import { keptLines } from '../fixtures/chrome/harness.ts';

describe("a site's declaration under the text", () => {
  it('is a disclaimer whether it opens on 版权声明 (yyfangchan.com, javaforall.cn) or names the reprint terms (docs.pingcode.com, cdnb.net)', () => {
    expect(classifyChrome('版权声明：本文内容由互联网用户自发贡献，该文观点仅代表作者本人。本站仅提供信息存储空间服务，不拥有所有权，不承担相关法律责任。')?.rule).toBe('disclaimer');
    expect(classifyChrome('原创文章，作者：Edit1，如若转载，请注明出处：https://docs.pingcode.com/baike/3402542')?.rule).toBe('disclaimer');
    expect(classifyChrome('如发现本站有涉嫌侵权/违法违规的内容， 请发送邮件至 举报，一经查实，本站将立刻删除。')?.rule).toBe('disclaimer');
  });

  it("leaves a speech's closing and a notice's reprint of another office's text", () => {
    expect(classifyChrome('最后，我再次代表院领导班子向全院的护士们送出祝福：祝每一位护士天使健康、平安、快乐！')).toBeUndefined();
    expect(classifyChrome('现将《关于加强安全生产工作的意见》转发给你们，请认真贯彻执行。')).toBeUndefined();
  });

  it('goes from the end of a speech, which keeps its last line', () => {
    const kept = keptLines([
      '2012年5.12护士节院长讲话稿',
      '全院的护士同志们：',
      '5月12日，是全世界护士的节日。这一天，你们接受鲜花、祝福、赞美，你们也将获得荣誉、理解和尊重。今天，包括我在内的医院所有职工也将毫不吝惜对你们的赞美。',
      '最后，我再次代表院领导班子向全院的护士们送出祝福：祝每一位护士天使健康、平安、快乐！',
      '版权声明：本文内容由互联网用户自发贡献，该文观点仅代表作者本人。本站仅提供信息存储空间服务，不拥有所有权，不承担相关法律责任。如发现本站有涉嫌抄袭侵权/违法违规的内容，请发送邮件至 yyfangchan@163.com (举报时请带上具体的',
    ]);
    expect(kept.at(-1)).toBe('最后，我再次代表院领导班子向全院的护士们送出祝福：祝每一位护士天使健康、平安、快乐！');
  });
});

describe("the page's link to its original", () => {
  it('is chrome with an address after the label (cdnb.net; www.sysu.edu.cn), also as a markdown link', () => {
    expect(classifyChrome('原文链接：https://blog.csdn.net/qq_42760638/article/details/116919205')?.rule).toBe('provenance-link');
    expect(classifyChrome('原文地址：[Docker目录映射方式](https://blog.csdn.net/m0_54850825/article/details/126616172)')?.rule).toBe('provenance-link');
  });

  it('is not a sentence that speaks of the original', () => {
    expect(classifyChrome('原文链接已失效，请读者以本报刊发的文本为准。')?.rule).not.toBe('provenance-link');
  });
});

describe("a forum archive page's footer", () => {
  it('goes under a notice and keeps its signature and date (ytbm.com, www.jiexixian.net)', () => {
    const kept = keptLines([
      '永泰县人民政府关于启动重大突发公共卫生事件一级响应的通知',
      '各乡镇人民政府，县直各单位：根据《福建省人民政府关于启动重大突发公共卫生事件一级响应的通知》要求，经研究决定，我县启动重大突发公共卫生事件一级响应。',
      '永泰县人民政府',
      '2020年1月25日',
      '页: [1]',
      '查看完整版本: 重磅!永泰县启动重大突发公共卫生事件一级响应',
    ]);
    expect(kept.slice(-2)).toEqual(['永泰县人民政府', '2020年1月25日']);
  });

  it('reads a pager of several pages and not a page number inside a sentence', () => {
    expect(classifyChrome('页: [1] [2] [3]')?.rule).toBe('forum-archive-footer');
    expect(classifyChrome('详见第3页：[1]号文件的附件。')?.rule).not.toBe('forum-archive-footer');
  });
});
