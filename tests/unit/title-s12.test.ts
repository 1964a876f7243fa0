// Twelfth session, title class: a column, a kicker or a series neighbour standing where the headline is.
// Expected values written by hand from the pages' text.
import { describe, expect, it } from 'vitest';
import { chooseTitle, passedColumns } from '../../scripts/ingest/structure/title.ts';
import { seriesForm, seriesSibling } from '../../scripts/ingest/structure/title-series.ts';
import { ingestText } from '../fixtures/structure/harness.ts';

const chosen = (lines: string[], pageLines: string[] = []) => chooseTitle(lines, 0, { siteNames: [], pageLines })?.block.clean.title;

describe('passedColumns: what a breadcrumb runs through', () => {
  it('every item but the last', () => {
    expect([...passedColumns(['首页 >> 通知公告 >> 正文'])]).toEqual(['首页', '通知公告']);
    expect([...passedColumns(['您的位置:首页 >教育行政>公告通知>详细内容'])]).toEqual(['首页', '教育行政', '公告通知']);
  });
  it('not the last item, which may be the document itself', () => {
    expect(passedColumns(['首页 > 教育学习 > 好词好句 > 市长欢迎词']).has('市长欢迎词')).toBe(false);
  });
});

describe('chooseTitle: a column the breadcrumb passes through never beats the headline', () => {
  it('通知公告 over the notice (ctbu.edu.cn)', () => {
    const lines = ['通知公告', '关于茶园校区综合服务大厅继续试运行的通知', '校内各单位：', '茶园校区综合服务大厅于12月1日至12月12日调整运行模式进行了试运行，经研究，大厅将继续按照该模式试运行，有关事项通知如下：', '一、运行模式'];
    expect(chosen(lines, ['首页 >> 通知公告 >> 正文'])).toBe('关于茶园校区综合服务大厅继续试运行的通知');
  });
  it('the column alone, with no headline, is left to the other rules', () => {
    const lines = ['通知公告', '茶园校区综合服务大厅于12月1日至12月12日调整运行模式进行了试运行，经研究，大厅将继续按照该模式试运行。', '一、运行模式'];
    expect(chosen(lines, ['首页 >> 通知公告 >> 正文'])).not.toBe('关于茶园校区综合服务大厅继续试运行的通知');
  });
});

describe('chooseTitle: a kicker over the headline the lede restates', () => {
  it('加强招生管理 规范招生行为 / 我市召开中考招生制度改革座谈会 (lfxww.com)', () => {
    const lines = [
      '加强招生管理 规范招生行为',
      '我市召开中考招生制度改革座谈会',
      '临汾新闻网讯（记者 张浩）3月13日，我市在乡宁一中召开中考招生制度改革座谈会，听取10个山区县教育局和公办学校对中考招生制度改革的意见、建议。副市长陈忠辉出席并讲话。',
      '会上，市招考办负责人介绍了全市中考招生制度和招生工作相关情况。',
      '陈忠辉指出，各级教育部门要切实履行部门职责，加强招生管理，规范招生行为。',
    ];
    expect(chosen(lines)).toBe('我市召开中考招生制度改革座谈会');
  });
  it('a headline the lede restates keeps its deck under it (jnsw.gov.cn shape)', () => {
    const lines = ['市委常委会召开扩大会议', '传达学习中央政治局常委会会议精神 安排部署全市疫情防控工作', '1月26日下午，市委常委会召开扩大会议，传达学习中央政治局常委会会议、省委常委会会议精神，研究部署下一步工作。'];
    expect(chosen(lines)).toBe('市委常委会召开扩大会议');
  });
});

describe('title-series: a numbered series', () => {
  it('two numbers of one title are neighbours', () => {
    expect(seriesSibling('关于加强新型冠状病毒感染的肺炎疫情防控工作的通告（第6号）', '关于加强新型冠状病毒感染的肺炎疫情防控工作的通告（第7号）')).toBe(true);
    expect(seriesSibling('关于加强新型冠状病毒感染的肺炎疫情防控工作的通告（第6号） （玉环市）', '关于加强新型冠状病毒感染的肺炎疫情防控工作的通告（第5号）')).toBe(true);
  });
  it('the same number, or another title, is not', () => {
    expect(seriesSibling('关于加强疫情防控工作的通告（第6号）', '关于加强疫情防控工作的通告（第6号）')).toBe(false);
    expect(seriesSibling('关于加强疫情防控工作的通告（第6号）', '关于做好复工复产工作的通告（第7号）')).toBe(false);
    expect(seriesSibling('在全县工作会议上的讲话', '在全市工作会议上的讲话')).toBe(false);
  });
  it("the wiki's remark after the serial is not the series' title", () => {
    expect(seriesForm('关于加强疫情防控工作的通告（第6号） （玉环市）')).toBe('关于加强疫情防控工作的通告（第6号）');
    expect(seriesForm('关于加强疫情防控工作的通告（第6号）')).toBe('关于加强疫情防控工作的通告（第6号）');
  });
  it('a page of the series: its own number, the neighbours as navigation (zh.wikisource.org)', async () => {
    const text = [
      '关于加强疫情防控工作的通告（第6号） （玉环市）',
      '← | 关于加强疫情防控工作的通告（第5号）| 关于加强疫情防控工作的通告（第6号）制定机关：玉环市疫情防控指挥部 2020年1月28日 |',
      '关于加强疫情防控工作的通告（第7号）',
      '为切实做好疫情防控工作，确保广大人民群众的健康安全，根据省、台州市相关要求，现通告如下：',
      '一、市内各类企业不早于2月9日24时前复工。',
      '二、市内各类学校延期至2月17日之后开学。',
      '玉环市疫情防控指挥部',
      '2020年1月28日',
    ].join('\n');
    const file = await ingestText(text);
    expect(file.data.meta.title).toBe('关于加强疫情防控工作的通告（第6号）');
    expect(file.data.blocks.some((b) => b.text.includes('第7号') || b.text.includes('第5号'))).toBe(false);
  });
});
