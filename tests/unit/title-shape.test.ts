// Titles by shape and agreement: a date opening a headline is cut off and
// kept for the date stage; a headline ending in ！ or ？ is a title when the
// page's head names it. Expected values written by hand from the pages.
import { describe, expect, it } from 'vitest';
import { cleanTitle } from '../../scripts/ingest/structure/title-clean.ts';
import { chooseTitle } from '../../scripts/ingest/structure/title.ts';
import { ingestText } from '../fixtures/structure/harness.ts';

describe('cleanTitle: a date opening a headline before a comma or a space', () => {
  it.each([
    // The contract's form, a month and day.
    ['3月27日，全市安全生产工作会议召开', '全市安全生产工作会议召开', '3月27日'],
    // A year and month (the form of gdzsmj.org.cn's and victorzhang.cn's opening lines: 2020年10月20日，…; 2021年12月，Y市率先提出…).
    ['2020年10月，我市启动秋冬季农业生产工作', '我市启动秋冬季农业生产工作', '2020年10月'],
    // A day alone, as a chronicle or a news item opens (ycdag.com: 1日  市长…主持召开…; szxlp.xyz: 24日，市委副书记…主持召开…).
    ['24日，市政府党组会议暨理论学习中心组学习会议召开', '市政府党组会议暨理论学习中心组学习会议召开', '24日'],
    ['1日  市政府党组会议集中学习习近平总书记近期重要讲话', '市政府党组会议集中学习习近平总书记近期重要讲话', '1日'],
  ])('%s', (line, title, date) => {
    const clean = cleanTitle(line);
    expect(clean.title).toBe(title);
    expect(clean.date).toBe(date);
  });

  it.each([
    // A year alone is part of the headline (www.caijing.com.cn, eval cx-caijing-nbs-cpi-release).
    '2024年4月全国CPI同比上涨0.3% 食品价格下降2.7%',
    // A year inside the title, before no comma.
    '2023年政府工作报告',
    // A dated event's name (www.eastday.com, eval html-eastday-shanghai-tourism-day).
    '5·19中国旅游日上海送出“文旅大礼包”',
  ])('keeps %s whole', (line) => {
    expect(cleanTitle(line).title).toBe(line);
    expect(cleanTitle(line).date).toBeUndefined();
  });

  it('hands the cut date to the front lines, where the date stage reads it', () => {
    const file = ingestText('2020年10月，我市启动秋冬季农业生产工作\n全市各县区按照部署，迅速开展秋冬季农业生产各项工作。');
    expect(file.data.meta.title).toBe('我市启动秋冬季农业生产工作');
    expect(file.data.front).toEqual(['2020年10月']);
  });
});

describe('chooseTitle: the page\'s headline ending in ！ or ？', () => {
  const chosen = (lines: string[], headline: string) => chooseTitle(lines, 0, { headline })?.block.clean.title;

  it('takes the line the page\'s head names (news.cctv.com, eval c5h-cctvnews-gdp-top-ten-cities-commentary)', () => {
    const lines = ['最新！上半年GDP十强排位出炉，这两座城市亮了！', '今年上半年我国GDP十强的城市排位已经正式出炉，按顺序排名分别是：上海、北京、深圳、重庆、广州、苏州、成都、杭州、南京、天津。'];
    expect(chosen(lines, '最新！上半年GDP十强排位出炉，这两座城市亮了！')).toBe('最新！上半年GDP十强排位出炉，这两座城市亮了！');
  });

  it('takes it over a quoted line of dialogue under it (www.xinhuanet.com, eval c5h-xinhuanet-wuhan-heroic-city-commentary)', () => {
    const lines = ['武汉的声音：有英勇的你，才有英雄的城！', '“妈妈，为什么还不能出去？”', '“宝贝，我们在打一场无声的战役，每个在家里不出去的人都是英雄哦！”', '在抗击新冠肺炎疫情的日子里，封在武汉的父母们总要万般无奈而又小心翼翼回应着孩子天真的追问。'];
    expect(chosen(lines, '武汉的声音：有英勇的你，才有英雄的城！')).toBe('武汉的声音：有英勇的你，才有英雄的城！');
  });

  it('does not take an exclaiming line the head does not name: it opens the text', () => {
    const lines = ['最新！上半年GDP十强排位出炉，这两座城市亮了！', '今年上半年我国GDP十强的城市排位已经正式出炉，按顺序排名分别是：上海、北京、深圳、重庆、广州、苏州、成都、杭州、南京、天津。'];
    expect(chooseTitle(lines, 0, {})).toBeUndefined();
  });
});
