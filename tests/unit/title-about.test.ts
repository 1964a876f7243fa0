// Title rules of the ninth session, on the real lines of the pages that showed
// them (eval slugs named beside each case) and through the whole pipeline on
// the committed raw pages. Expected titles written by hand from the raw pages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestOne } from '../../scripts/ingest/pipeline.ts';
import { chooseTitle } from '../../scripts/ingest/structure/title.ts';

const raw = (slug: string) => readFileSync(new URL(`../eval/${slug}/raw.txt`, import.meta.url));
const title = (slug: string) => {
  const result = ingestOne({ path: `${slug.split('/')[1]}.txt`, bytes: raw(slug) });
  return result.kind === 'document' ? { title: result.meta.title, source: result.meta.titleSource } : undefined;
};

describe('the title is the line the text is about', () => {
  // eval unseen5 y1-sdfzcm (sdfzcm.com): another story's promotion at the top, the heading over its info line.
  const sdfzcm = [
    '今日特推：“警”动力MAX!山东菏泽鲁西新区公安全力以“复”护平安',
    '搜索：',
    '山东冠县公安局召开全县公安工作会议',
    '浏览：来源：山东法制传媒网',
    '山东法制传媒网：3月1日上午，山东省冠县公安局召开全县公安工作会议，坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神。',
  ];
  it('passes over a first line that shares no words with the text for a later one the text restates', () => {
    expect(chooseTitle(sdfzcm, 0)?.block.clean.title).toBe('山东冠县公安局召开全县公安工作会议');
  });

  it('keeps the first line when the text restates it too', () => {
    const lines = ['山东冠县公安局召开全县公安工作会议', '搜索：', '今日特推：“警”动力MAX!山东菏泽鲁西新区公安全力以“复”护平安', sdfzcm[4]!];
    expect(chooseTitle(lines, 0)?.block.clean.title).toBe('山东冠县公安局召开全县公安工作会议');
  });

  it('does not take the second line of a heading printed over two lines (eval unseen3 w2-lfnews, lfnews.cn)', () => {
    // The page prints 践行以人民为中心发展思想 / 坚决当好首都政治“护城河”排头兵 / ——专访…: the interview's answers
    // restate the second line far more than the first, and the two are still one heading, read from its first line.
    expect(title('unseen3/w2-lfnews-langfang-police-chief-forum-interview')?.title).toMatch(/^践行以人民为中心发展思想/u);
  });

  it('through the whole pipeline (eval unseen5 y1-sdfzcm)', () => {
    expect(title('unseen5/y1-sdfzcm-guanxian-police-meeting-report')).toEqual({ title: '山东冠县公安局召开全县公安工作会议', source: 'found' });
  });
});

describe("a portal's list of other stories above the heading", () => {
  // eval unseen5 y1-cyberctm (cyberctm.com, Macao): a bulleted list of unrelated headlines, then the story's heading,
  // its date line and two photo captions.
  const cyberctm = [
    '• 上海「套路贷」高发 在校大学生及未成年人成被害对像',
    '• 顺丰回应快递员猥亵女孩：依警方调查结果严肃处理',
    '• 吉林松原发生4.5级地震 近一个月已震14次',
    '• 东莞五星酒店卖淫案一审宣判 老板「太子辉」被判无期徒刑',
    '• 中国民航严惩「黑广播」罚款上限至50万元',
    '• 中国第一大跨径钢桁梁悬索桥 洞庭湖大桥合龙',
    '• 山西和顺一煤矿矿难致4死5失踪 相关人员被警方控制',
    '• 坚持公交优先不动摇',
    '• 第五届立法会画上句号 多名议员表不舍',
    '• 贺一诚：立法工作健康成熟',
    '• 3000经屋年底落成 伟龙马路公屋类别待定',
    '• 本澳今年 没有入口韩国鸡蛋',
    '• 四款利宾纳浓缩饮品有问题 民署发食品预警要求停售',
    '• 梁文燕托儿所办新生家长会',
    '• 德清钢琴走进世遗岗顶剧院',
    '发挥澳门平台角色 服务国家 对外开放',
    '2020-10-04 00:09',
    '行政长官贺一诚等嘉宾在庆祝国庆招待酒会上祝酒',
    '行政长官贺一诚在庆祝国庆招待酒会上致辞',
    '【特讯】特区政府10月1日举行了庆祝中华人民共和国成立71周年酒会。行政长官贺一诚致辞时表示，澳门特区将充分发挥平台角色作用。',
  ];
  it('passes over the list and takes the heading over its date line, not the caption of who spoke under it', () => {
    expect(chooseTitle(cyberctm, 0)?.block.clean.title).toBe('发挥澳门平台角色 服务国家 对外开放');
  });

  it('keeps a single bullet before a heading as the heading (tradenet.hk, wide sample of the eighth session)', () => {
    const lines = ['• 特首建议提请人大释法', '行政长官今日表示，已向中央政府提交报告，建议提请全国人大常委会释法。'];
    expect(chooseTitle(lines, 0)?.block.clean.title).toBe('特首建议提请人大释法');
  });

  it('through the whole pipeline (eval unseen5 y1-cyberctm)', () => {
    expect(title('unseen5/y1-cyberctm-macao-national-day-reception-report')).toEqual({ title: '发挥澳门平台角色 服务国家 对外开放', source: 'found' });
  });
});
