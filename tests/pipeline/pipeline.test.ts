// The whole pipeline on documents of kinds the seeds do not show: a county
// government page in GBK, a city speech with a site's navigation and
// disclaimer around it, a newspaper interview in Big5, a WeChat post, a
// Discuz forum thread — each checked field by
// field against what a reader of the raw file finds in it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestOne, type IngestResult } from '../../scripts/ingest/pipeline.ts';

function ingest(name: string): Extract<IngestResult, { kind: 'document' }> {
  const result = ingestOne({ path: name, bytes: new Uint8Array(readFileSync(new URL(`../fixtures/pipeline/${name}`, import.meta.url))) });
  if (result.kind !== 'document') throw new Error(`${name}: ${result.reason}`);
  return result;
}
const text = (doc: ReturnType<typeof ingest>) => doc.blocks.map((b) => b.text).join('\n');

describe('pipeline on unseen kinds of page', () => {
  it('a county government page in GBK: speech, dates, speaker, place from the publisher, chrome gone', () => {
    const doc = ingest('county-speech.gbk.html');
    expect(doc.meta).toMatchObject({
      title: '县委书记张伟在全县优化营商环境大会上的讲话',
      type: 'speech',
      date: '2021-03-15',
      dateKind: 'delivered',
      otherDates: [{ date: '2021-03-16', kind: 'published' }],
      speakers: [{ name: '张伟', role: '县委书记' }],
      occasion: '全县优化营商环境大会',
      region: { province: '山西省', city: '晋中市', county: '平遥县', code: '140728' },
      raw: { encoding: 'gb18030', script: 'simplified' },
      slogans: ['三会一课'],
    });
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      '一、提高站位，深刻认识优化营商环境的重大意义',
      '二、突出重点，全力打造一流营商环境',
    ]);
    expect(text(doc)).toContain('去年全县新增市场主体3215户，同比增长12.6%。');
    expect(text(doc)).not.toMatch(/首页|当前位置|字体|打印|相关文章|ICP|公网安备|联系电话|分享到/);
  });

  it('a city speech: navigation, attribution and disclaimer out; the place from the publisher, not the national meeting in Beijing', () => {
    const doc = ingest('city-speech.txt');
    expect(doc.meta).toMatchObject({
      title: '在全市安全生产工作会议上的讲话',
      type: 'speech',
      date: '2019-01-08',
      speakers: [{ name: '李明', role: '市长' }],
      source: { name: '赣州市人民政府网站' },
      region: { province: '江西省', city: '赣州市', code: '360700' },
    });
    expect(text(doc)).toContain('前不久在北京召开的全国安全生产电视电话会议');
    expect(text(doc)).not.toMatch(/首页|责任编辑|侵权|热线/);
    expect(doc.blocks.at(-1)?.text).toBe('谢谢大家。');
  });

  it('a newspaper interview in Big5: simplified, column label off the title, interviewee with the post from the subtitle', () => {
    const doc = ingest('interview.big5.txt');
    expect(doc.meta).toMatchObject({
      title: '坚持人民至上 守护百姓健康——访市卫生健康委主任陈志刚',
      type: 'interview',
      date: '2020-06-18',
      dateKind: 'published',
      speakers: [{ name: '陈志刚', role: '市卫生健康委主任' }],
      source: { name: '嘉兴日报', authors: ['周敏'], published: '2020-06-18' },
      region: { province: '浙江省', city: '嘉兴市', code: '330400' },
      raw: { encoding: 'big5', script: 'traditional' },
    });
    expect(doc.blocks.filter((b) => b.kind === 'turn').map((b) => b.speaker)).toEqual(['记者', '陈志刚', '记者', '陈志刚']);
    expect(text(doc)).toContain('落实好党委领导下的院长负责制');
  });

  it('a WeChat post: the account name line is no title; a meeting report with its place from the publishing organ', () => {
    const doc = ingest('wechat-report.txt');
    expect(doc.meta).toMatchObject({
      title: '区委书记在全区警示教育大会上强调：以案为鉴 警钟长鸣 推动全面从严治党向纵深发展',
      titleSource: 'found',
      type: 'report',
      // The meeting's day as the lede states it (4月11日下午，…召开), the year from the post's date.
      date: '2023-04-11',
      dateKind: 'published',
      source: { name: '龙岗区纪委监委' },
      region: { province: '广东省', city: '深圳市', county: '龙岗区', code: '440307' },
      slogans: ['三不腐', '四风'],
    });
    expect(text(doc)).not.toMatch(/清风龙岗|蓝字|往期推荐|在看|阅读原文|审核/);
    expect(doc.blocks).toHaveLength(3);
  });

  it('a forum thread: the poster’s name and counts above the headline and the signature below are furniture', () => {
    const doc = ingest('forum-post.html');
    expect(doc.meta).toMatchObject({
      title: '在全镇村（社区）党组织书记述职评议会上的讲话',
      titleSource: 'found',
      type: 'speech',
      // The post's time is not the day the speech was given: no date, the time kept among the other dates.
      otherDates: [{ date: '2019-01-22', kind: 'published' }],
      source: { name: '公文写作论坛' },
      slogans: ['三会一课'],
    });
    expect(doc.meta.date).toBeUndefined();
    expect(doc.meta.region).toBeUndefined();
    expect(text(doc)).not.toMatch(/笔杆子|积分|签名|回复|举报|Discuz|ICP/);
    expect(doc.blocks[0]?.text).toBe('同志们：');
    expect(doc.blocks.at(-1)?.text).toMatch(/^同志们，抓好党建是最大的政绩。.*再上新台阶！$/);
  });
});
