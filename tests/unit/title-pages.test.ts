// Titles on real pages from outside the evaluation corpus (tests/fixtures/titles,
// README there): the whole pipeline on each page, and the rules they showed,
// each with real lines from two sites. Expected titles written by hand from
// the raw pages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestOne } from '../../scripts/ingest/pipeline.ts';
import { cleanTitle, refusal } from '../../scripts/ingest/structure/title-clean.ts';
import { chooseTitle, deriveTitle, findTitle } from '../../scripts/ingest/structure/title.ts';
import { markHeadDamage } from '../../scripts/ingest/structure/title-html.ts';
import { titleStatus } from '../../src/lib/title.ts';
import { ingestText } from '../fixtures/structure/harness.ts';

const page = (name: string) => readFileSync(new URL(`../fixtures/titles/${name}`, import.meta.url));

describe('titles of real pages from outside the corpus, through the whole pipeline', () => {
  it.each([
    ['nanxian-jixiao.txt', '南县住房和城乡建设局2018年度整体支出绩效评价报告'],
    ['tmdps-caigou.txt', '关于北京市本级政府采购项目采取公开招标以外采购方式有关问题的通知'],
    ['xjwk-xianzhang.txt', '县长在县委全委（扩大）会暨全县经济工作会议上的讲话'],
    ['sucai198-ganbu.txt', '县委书记在全县干部大会上的讲话'],
    ['law186-yingji.txt', '国务院办公厅关于印发《国务院有关部门和单位制定和修订突发公共事件应急预案框架指南》的函'],
    ['xwpx-caifang.txt', '采访原本并不易'],
    ['gscn-youfu.txt', '习近平：希望有福之州更好造福于民'],
    ['hh-zixping.txt', '红河州数据发展中心2024年度项目支出绩效单位自评报告'],
    ['zgqibiji-caifang.txt', '采访的过程也是一个学习的过程'],
  ])('%s: %s', (name, title) => {
    const result = ingestOne({ path: name, bytes: page(name) });
    expect(result.kind).toBe('document');
    if (result.kind !== 'document') return;
    expect(result.meta.titleSource).toBe('found');
    expect(result.meta.title).toBe(title);
  });

  // Pages that print no headline: the text opens with a dateline, a clock time, a welcome banner.
  it.each(['tsxnews-sanji.txt', 'sohu-zhengxie.txt', 'hanyi-yanxiu.txt'])('%s states no title: derived, and marked so', (name) => {
    const result = ingestOne({ path: name, bytes: page(name) });
    expect(result.kind === 'document' && result.meta.titleSource).toBe('derived');
  });
});

describe('a heading broken over two lines that the page prints whole elsewhere', () => {
  it('joins the two lines (nanxian.gov.cn), without the space of the one-line copy', () => {
    const lines = ['南县住房和城乡建设局2018年度整体支出 绩效评价报告', '公开具体内容', '南县住房和城乡建设局2018年度整体支出', '绩效评价报告', '为检验预算编制的科学性、合理性、规范性，提升我局预算编制能力水平，我局已经对2018年度预算绩效进行自我评价。'];
    expect(chooseTitle(lines, 0)?.block.clean.title).toBe('南县住房和城乡建设局2018年度整体支出绩效评价报告');
  });

  it('prefers the joined copy to one printed with a space (eval c3a-huzhou-health-work-points-notice)', () => {
    const lines = ['湖州市卫生健康委关于印发 2023年全市卫生健康工作要点的通知', '湖州市卫生健康委关于印发', '2023年全市卫生健康工作要点的通知', '各区县卫生健康局，委机关各处室：', '现将《2023年全市卫生健康工作要点》印发给你们，请结合实际，认真抓好贯彻落实。'];
    expect(chooseTitle(lines, 0)?.block.clean.title).toBe('湖州市卫生健康委关于印发2023年全市卫生健康工作要点的通知');
  });
});

describe('a label or tag a listing glues to the title', () => {
  it.each([
    ['[县长在县委书记]县长在县委全委(扩大)会暨全县经济工作会议上的讲话', '县长在县委全委(扩大)会暨全县经济工作会议上的讲话'], // m.xjwk.net
    ['[SSI Learning] 立德树人 启智润心 “社会性科学议题学习”项目再启程', '立德树人 启智润心 “社会性科学议题学习”项目再启程'], // aisl.bnu.edu.cn
  ])('cuts the bracketed tag before %s', (line, title) => {
    expect(cleanTitle(line).title).toBe(title);
  });

  it('cuts 第一篇： when a complete title carries the rest (tmdps.cn), and keeps a kicker a clause repeats (eval c4h-youth)', () => {
    const listed = chooseTitle(['第一篇：北京市本级政府采购项目采取公开招标以外采购方式有关问题的通知', '关于北京市本级政府采购项目采取公开招标以外采购方式有关问题的通知', '京财采购 [2007]173号', '市属各预算单位、北京市政府采购中心、各政府采购代理机构：', '为进一步规范政府采购工作，现将有关问题通知如下：'], 0);
    expect(listed?.block.clean.title).toBe('关于北京市本级政府采购项目采取公开招标以外采购方式有关问题的通知');
    const kicker = chooseTitle(['海外留学生看两会：出国前后关注点大不同', '出国前后关注点大不同', '“出国前不太关注两会，出国后反而更关心国家大事了。”一名留学生说。'], 0);
    expect(kicker?.block.clean.title).toBe('海外留学生看两会：出国前后关注点大不同');
  });

  it('keeps the plain copy over one with a count glued after it (sucai198.com), as over a 精选 mark (hanjia777.com)', () => {
    expect(chooseTitle(['县委书记在全县干部大会上的讲话', '县委书记在全县干部大会上的讲话（20241字）', '今天，召开全县干部大会，主要考虑有三个：一是年份特殊。'], 0)?.block.clean.title).toBe('县委书记在全县干部大会上的讲话');
    expect(chooseTitle(['2022年度专题党课：从党史中汲取智慧和力量全力推进乡村振兴（精选文档）', '专题党课：从党史中汲取智慧和力量全力推进乡村振兴', '同志们：今天，我们在这里召开专题党课。'], 0)?.block.clean.title).toBe('专题党课：从党史中汲取智慧和力量全力推进乡村振兴');
  });
});

describe('what is not a title, and the title derived instead', () => {
  it.each([
    '本网讯(全媒体记者组)2月7日,在全县上下全力推进经济社会高质量发展的关键时期,我县三级干部大会在文体中心隆重举行。', // tsxnews.com.cn
    '本网讯(王吉成)3月26日,全县安全生产工作推进会召开。', // zpxww.cn (fixture dates/pages)
  ])('a newsroom dateline before the first sentence is no glued headline: %s', (line) => {
    expect(findTitle([line, '下一行。'], 0)).toBeUndefined();
  });

  it.each(['欢迎光临含义网，提供专业问答知识', '欢迎来到冰点文库！'])('refuses the welcome banner %s', (line) => {
    expect(refusal(line)).toBe("the site's welcome banner");
  });

  it.each([
    ['2009年3月2日15时，全国政协十一届二次会议在人民大会堂新闻发布厅举行首场新闻发布会，由大会发言人赵启正介绍会议情况。', '全国政协十一届二次会议在人民大会堂新闻发布厅举行首场新闻'], // news.sohu.com
    ['7月1日上午10:20，青藏铁路通车庆祝大会在格尔木举行，中共中央总书记胡锦涛发表重要讲话。', '青藏铁路通车庆祝大会在格尔木举行'], // laomiw.com
  ])('a derived title skips the clock time the lede opens on: %s', (text, title) => {
    expect(deriveTitle(text)).toBe(title);
  });

  it('derives from the first line that can be a title, not from a banner left in the text (www.hanyi.net)', () => {
    const file = ingestText('欢迎光临含义网，提供专业问答知识\n小学教师研修心得体会，通常指从事小学教育工作的教师，在参与有组织、有计划的专业进修与研讨活动后，所进行的系统性总结与个人感悟的文字记录。');
    expect(file.data.meta.titleSource).toBe('derived');
    expect(file.data.meta.title).toBe('小学教师研修心得体会，通常指从事小学教育工作的教师');
  });
});

describe('encoding damage in the head’s headline', () => {
  // U+FFFD runs as the pages' decoders left them (14596t.com, tfhid.com).
  it.each([
    ['县委书记在全县\uFFFD\uFFFD工作会议上的讲话', '县委书记在全县□工作会议上的讲话'],
    ['2024年度\uFFFD\uFFFD\uFFFD项目申报通知', '2024年度□项目申报通知'],
  ])('marks %s', (headline, marked) => {
    expect(markHeadDamage(headline)).toBe(marked);
  });

  it('a title taken from a damaged head keeps the mark, and the site reads it as damaged', () => {
    // A summary above the heading: the title comes from the head, the heading printing it again (marked by the damage stage) stays text.
    const file = ingestText('本次会议部署了今年全县的重点工作，明确了责任分工。\n县委书记在全县□工作会议上的讲话\n同志们：根据会议安排，我讲三点意见。', { title: '县委书记在全县\uFFFD\uFFFD工作会议上的讲话' });
    expect(file.data.meta.titleSource).toBe('found');
    expect(file.data.meta.title).toBe('县委书记在全县□工作会议上的讲话');
    expect(titleStatus({ title: String(file.data.meta.title), titleSource: 'found', warnings: [] }).damaged).toBe(true);
  });
});
