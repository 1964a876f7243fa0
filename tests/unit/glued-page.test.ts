// A page run onto one line set back on lines at its seams: a space after a
// sentence's end, the space between the headline and the first sentence, a
// field label's colon at the line's start, a salutation between spaces —
// never inside a sentence.
import { describe, expect, it } from 'vitest';
import { cleaningStages, createFile } from '../../scripts/ingest/pipeline.ts';
import { stripChrome } from '../../scripts/ingest/stages/chrome.ts';
import { apartFromClosing, atInfoRun, isPageLine, pageParts, splitGluedPage } from '../../scripts/ingest/stages/glued-page.ts';
import { fixture, linesOf, textFile } from '../fixtures/chrome/harness.ts';

/** The one line of a stored page text that holds the page. */
const pageLine = (name: string) => fixture('chrome/pages', name).split('\n').reduce((a, b) => (b.length > a.length ? b : a));
/** The text without spaces: what a split may not change. */
const squeezed = (text: string) => text.replace(/\s+/gu, '');

/** A 范文 site's file title, its salutation and the first sentence on the page's one line (www.gongwk.com, txt-gongwk-township-revitalisation-pledge). */
const GONGWK = '在全镇乡村振兴工作推进会上的表态发言 各位领导、同志们: 今天,我们召开乡村振兴工作推进会,既是贯彻落实中央和 省市县关于“三农”工作决策部署的“动员令”,更是直面我镇 发展短板、吹响攻坚冲锋号的“集结哨”。刚才,XX 部长通报 了上半年乡村振兴考核情况,XX 村、XX 合作社作了经验交流, 几个后进村也深刻剖析了问题,这些数据和案例,像一面“镜 子”,照出了我镇的成绩,更照出了差距。 一、以“思想破冰”引领“行动突围”,让乡村振兴的政治 责任在“思想共振”中扛起来';
/** A newspaper's lede with its byline in brackets, the reporter's name after a space (www.sznew888.com, h4-sznew888-wuzhou-cppcc-teaparty-report). */
const SZNEW888 = '梧州日报讯（记者 梁萍）12月30日，市政协举行新年茶话会。全市各界人士代表欢聚一堂，畅叙友情，共话发展，展望未来。市委书记全桂寿出席茶话会并讲话，市长李新元，市政协主席彭西航，市委副书记梁裕，市人大常委会主任林泽林，梧州军分区政委黄梓科，市委常委、市纪委书记、市监委主任覃秀平，市委常委、组织部部长廖湘宁，市委常委、秘书长吕超飞，市委常委、宣传部部长刘志贤等与各民主党派、工商联、无党派人士、各人民团体代表一起共迎新年。 全桂寿代表市四家班子和梧州军分区向各民主党派、工商联致以新年的问候。';

/** A Xinhua report reposted with its dateline before the first words (hhh.gov.cn). */
const HHH = '新华社北京3月13日电 汇聚磅礴力量,共襄复兴伟业。中国人民政治协商会议第十二届全国委员会第五次会议圆满完成各项议程,13日上午在人民大会堂闭幕。会议号召,人民政协各级组织、各参加单位和政协委员,更加紧密地团结在以习近平同志为核心的中共中央周围,高举中国特色社会主义伟大旗帜,不忘合作初心、继续携手前进,开拓创新、奋发有为,以优异成绩迎接中共十九大胜利召开,为实现“两个一百年”宏伟目标、实现中华民族伟大复兴的中国梦而努力奋斗。';

describe('paragraphs run together with a space between them', () => {
  it('break after each sentence end, and the parts hold the whole text (thrd.gov.cn, www.huxianbbs.com)', () => {
    for (const name of ['thrd-gov.txt', 'huxianbbs-thread.txt']) {
      const line = pageLine(name);
      const parts = pageParts(line);
      expect(squeezed(parts.join(''))).toBe(squeezed(line));
      expect(parts.length).toBeGreaterThanOrEqual(3);
    }
    const thrd = pageParts(pageLine('thrd-gov.txt'));
    expect(thrd[0]).toBe('5月12日,牛镇镇胜利召开了第十四届人民代表大会第四次会议。大会应出席的正式代表52名,实到代表48名,出席会议代表人数符合法定要求。列席会议的有不是代表的镇领导班子成员、村两委主要负责人、镇直单位主要负责人、驻镇市县人大代表、政协委员、选派干部、大学生村官。');
    expect(thrd[1]).toMatch(/^会议听取并审议通过了《政府工作报告》/u);
  });

  it('a space inside a sentence is no seam: a hard break in a word stays on the line (resources.cie.hkbu.edu.hk)', () => {
    const parts = pageParts(pageLine('hkbu-record.txt'));
    expect(parts.find((p) => p.includes('懷覑興奮 激動'))).toMatch(/^今年是中華人民共和國建國六十周年,.*慶祝這個甲子大慶。是次.*氣氛。$/u);
  });
});

describe("the page's head", () => {
  it('a headline in parts stands apart from the first sentence after it (csqac.com, www.huxianbbs.com)', () => {
    expect(pageParts(pageLine('csqac-news.txt'))[0]).toBe('各地公安机关部署节日安保维稳工作 从严从实从细加强安保 创造安全稳定社会环境');
    expect(pageParts(pageLine('huxianbbs-thread.txt')).slice(0, 2)).toEqual([
      '我县召开2011年三秋暨秸秆综合利用和禁烧工作动员会',
      '9月21日上午,我县召开2011年三秋暨秸秆综合利用和禁烧工作动员会。县委书记陆晓延、县人大常委会副主任樊亚新、副县长郭强、县政协副主席李坚出席会议,副县长邓晓宇主持会议。',
    ]);
  });

  it("a field table's label cell, the headline with its tags and the lead-in each stand alone (resources.cie.hkbu.edu.hk)", () => {
    expect(pageParts(pageLine('hkbu-record.txt')).slice(0, 5)).toEqual([
      '文章預覽 | : |',
      '民政事務局局長出席北區大巡遊暨回歸紀念園開幕典禮致辭全文(只有中文)(附圖) ******************************',
      '以下為民政事務局局長曾德成今日(十月四日)出席「慶賀建國六十周年北區大巡遊暨回歸紀念園開幕典禮」的致辭全文:',
      '侯(金林)主席、蘇(西智)主席、張(肖鷹)部長、各位嘉賓、各位坊眾、各位朋友:',
      '我非常高興出席今日的國慶暨北區大巡遊暨回歸紀念園開幕典禮。',
    ]);
  });

  it('a salutation between spaces opens the text after a label line (www.xiaomilidoc.com)', () => {
    const parts = pageParts(pageLine('xiaomilidoc-doc.txt'));
    expect(parts.slice(0, 3)).toEqual(['县长在县经济工作会议上的讲话', '文章标题:县长在 20xx 年县经济工作会议上的讲话', '同志们:']);
    expect(parts[3]).toMatch(/^这次全县经济工作会议,/u);
  });

  it('a title with its salutation stays glued to the first sentence, where the structure stage reads them (www.gongwk.com)', () => {
    const parts = pageParts(GONGWK);
    expect(parts[0]).toMatch(/^在全镇乡村振兴工作推进会上的表态发言 各位领导、同志们: 今天,我们召开乡村振兴工作推进会,.*“集结哨”。刚才,.*更照出了差距。$/u);
    expect(parts.at(-1)).toBe('一、以“思想破冰”引领“行动突围”,让乡村振兴的政治 责任在“思想共振”中扛起来');
  });

  it('a dateline before the first words is no headline: it opens the first sentence (hhh.gov.cn)', () => {
    expect(pageParts(HHH)).toEqual([HHH]);
  });

  it('a space inside brackets is no headline seam: a byline before the lede (www.sznew888.com)', () => {
    const parts = pageParts(SZNEW888);
    expect(parts[0]).toMatch(/^梧州日报讯（记者 梁萍）12月30日，市政协举行新年茶话会。/u);
    expect(parts).toHaveLength(2);
  });
});

describe('the stage', () => {
  it('splits only a line that holds most of the file', () => {
    const line = pageLine('thrd-gov.txt');
    const length = squeezed(line).length;
    expect(isPageLine(line, length)).toBe(true);
    expect(isPageLine(line, length * 3)).toBe(false);
    const many = textFile([line, line, line].join('\n'));
    splitGluedPage(many);
    expect(linesOf(many)).toHaveLength(3);
  });

  it("sets the page's parts on lines of their own in the file (thrd.gov.cn)", () => {
    const file = textFile(fixture('chrome/pages', 'thrd-gov.txt'));
    splitGluedPage(file);
    const lines = linesOf(file);
    expect(lines.length).toBeGreaterThan(4);
    expect(lines.at(-1)).toBe('(责任编辑:李仁强 ) |');
    expect(file.messages.map((m) => m.ruleId)).toEqual(['glued-page']);
  });

  it("lets the chrome stage take the page's notes as a line of their own; the paragraphs stay whole (m.takefoto.cn)", () => {
    const file = createFile({ path: 'takefoto-news.txt', bytes: new TextEncoder().encode(fixture('chrome/pages', 'takefoto-news.txt')) });
    for (const stage of cleaningStages.slice(0, cleaningStages.indexOf(stripChrome) + 1)) stage(file);
    const kept = linesOf(file).filter((line) => line.trim());
    expect(kept).toHaveLength(2);
    expect(kept[0]).toMatch(/^紧急!河南南阳遭遇强降雨,.*目前,各项救援抢险正在进行。$/u);
    expect(kept[1]).toMatch(/^记者从南阳市防汛抗旱指挥部办公室了解到,.*截至目前,南阳市一共转移群众近8000人。$/u);
    expect(file.data.removed.map((r) => r.text)).toContain('(原标题:河南南阳遭遇强降雨 已转移群众近8000人) 来源:央视新闻客户端 流程编辑:TF060 分享到');
  });
});

/** A notice's page on one line: headline in two parts, its info fields, the text, the organ and the date (zybzx.org.cn, unseen9 a9-zybzx). */
const ZYBZX =
  '中共黑龙江省委统战部下发通知 推迟召开春节后相关会议 来源:本站原创 | 发布人:admin | 发布时间:2020-01-28 | 浏览次数:4263 各民主党派省委机关、省直统战系统各单位:按照《中共省委办公厅关于推迟召开春节后相关会议的通知》(黑办发电〔2020〕13号)要求,经省委统战部主要负责同志同意,决定推迟我部计划近期召开的所有大中型会议。各单位在疫情防控期间,要严格控制会议和活动,采取灵活有效方式安排工作。中共黑龙江省委统战部 2020年1月27日';
/** A police notice's head on one line, info fields with empty values and a font switch (bazhou.gov.cn, unseen3 w1-bazhou). */
const BAZHOU = '霸州公安提示:元宵节勿忘禁燃禁放 来源: 发布时间:2022-02-15 15:52 浏览次数: 次 【字体:小 大】 有人会说,燃放烟花爆竹是一种传统习惯,应遵循。但因循守旧已成为时代发展的“绊脚石”。';

describe("a page's info fields and closing inside its one line", () => {
  it('the run of info fields stands alone, the headline before it whole, the text after it (zybzx.org.cn, bazhou.gov.cn)', () => {
    const zybzx = pageParts(ZYBZX);
    expect(zybzx.slice(0, 3)).toEqual([
      '中共黑龙江省委统战部下发通知 推迟召开春节后相关会议',
      '来源:本站原创 | 发布人:admin | 发布时间:2020-01-28 | 浏览次数:4263',
      '各民主党派省委机关、省直统战系统各单位:按照《中共省委办公厅关于推迟召开春节后相关会议的通知》(黑办发电〔2020〕13号)要求,经省委统战部主要负责同志同意,决定推迟我部计划近期召开的所有大中型会议。各单位在疫情防控期间,要严格控制会议和活动,采取灵活有效方式安排工作。',
    ]);
    expect(squeezed(zybzx.join(''))).toBe(squeezed(ZYBZX));
    expect(pageParts(BAZHOU).slice(0, 3)).toEqual(['霸州公安提示:元宵节勿忘禁燃禁放', '来源: 发布时间:2022-02-15 15:52 浏览次数: 次', '【字体:小 大】 有人会说,燃放烟花爆竹是一种传统习惯,应遵循。但因循守旧已成为时代发展的“绊脚石”。']);
  });

  it('one label inside a sentence, or a label with a sentence for its value, is no info run', () => {
    expect(atInfoRun('会议要求,各单位于3月1日前报送。报送时间:3月1日前 联系人张三,电话1234。')).toBeUndefined();
    expect(atInfoRun('标题 来源:县政府办公室,发布时间:2020年 正文')).toBeUndefined();
  });

  it("the organ and the date after the last sentence stand on lines of their own, a closing formula too (zybzx.org.cn, jiexixian.com's archive)", () => {
    expect(pageParts(ZYBZX).slice(-2)).toEqual(['中共黑龙江省委统战部', '2020年1月27日']);
    expect(apartFromClosing('举报电话:110.    特此通告    揭阳市公安局    2017年1月1日')).toEqual(['举报电话:110.', '特此通告', '揭阳市公安局', '2017年1月1日']);
  });

  it('a date after words that are no organ, or inside the last sentence, stays where it is', () => {
    expect(apartFromClosing('会议于近日召开。会议定于 2020年1月27日')).toEqual(['会议于近日召开。会议定于 2020年1月27日']);
    expect(apartFromClosing('会议要求各单位做好准备。截止日期为2020年1月27日')).toEqual(['会议要求各单位做好准备。截止日期为2020年1月27日']);
  });
});

describe('info fields after the text', () => {
  it('a run after the sentences separates no headline: the headline is still split from the first sentence (bazhou.gov.cn, reordered)', () => {
    const line = '霸州公安提示元宵节勿忘禁燃禁放 有人会说,燃放烟花爆竹是一种传统习惯,应遵循。 但因循守旧已成为时代发展的“绊脚石”。 来源:霸州市公安局 发布时间:2022-02-15 15:52';
    expect(pageParts(line)).toEqual(['霸州公安提示元宵节勿忘禁燃禁放', '有人会说,燃放烟花爆竹是一种传统习惯,应遵循。', '但因循守旧已成为时代发展的“绊脚石”。', '来源:霸州市公安局 发布时间:2022-02-15 15:52']);
  });
});

describe("Discuz!'s anti-copy jammer glued after the page's last sentence", () => {
  it('stays one piece, so that the jammer rule takes it whole (yh18, a10-yh18-wenshang-transport-work-meeting-report)', () => {
    const line =
      '会上,汶上县交通运输局负责同志总结了2011年的工作,安排部署了2012年的工作要点,并与各基层单位签订了2012年度综合目标管理责任书。 - k% B; U# m+ U! E2 s! j7 @';
    expect(pageParts(line)).toEqual(['会上,汶上县交通运输局负责同志总结了2011年的工作,安排部署了2012年的工作要点,并与各基层单位签订了2012年度综合目标管理责任书。', '- k% B; U# m+ U! E2 s! j7 @']);
  });

  it('a word of text ending a sentence is still a seam', () => {
    expect(pageParts('第一段说完了。 Go! 第二段开始。')).toEqual(['第一段说完了。', 'Go!', '第二段开始。']);
  });
});
