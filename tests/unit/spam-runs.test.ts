import { describe, expect, it } from 'vitest';
import { SITE_TITLE_TAILS, SPAM_BRANDS, cutSpamRuns, repeatedSiteTitles, spamRuns } from '../../scripts/ingest/stages/spam-runs.ts';
import { textFile } from '../fixtures/chrome/harness.ts';

const runsOf = (line: string) => spamRuns(line).map(([s, e]) => line.slice(s, e));

describe('spamRuns: gambling keywords spliced into a line', () => {
  it.each(SPAM_BRANDS.map((b) => [b.term, b] as const))('%s finds a run in its example', (_term, b) => {
    expect(spamRuns(b.example).length).toBeGreaterThan(0);
  });

  it('takes the whole chained run and the colon after it (qswyx.com)', () => {
    expect(runsOf('在榕召开。沙巴体育网址_2024欧洲杯投注官网-网投|盘口:生态环境局党组成员')).toEqual(['沙巴体育网址_2024欧洲杯投注官网-网投|盘口:']);
    // After two Han characters of the sentence, only two are taken before the brand.
    expect(runsOf('调研参观,了解沙巴体育网址_2024欧洲杯投注官网-网投|盘口:污水处置')).toEqual(['沙巴体育网址_2024欧洲杯投注官网-网投|盘口:']);
  });

  it('takes the digits of a brand and stops at the sentence after it (dlkelp.com)', () => {
    expect(runsOf('撒贝宁专访最高人民法院院长周强,777娱乐官方网址要实现信息化建设')).toEqual(['777娱乐官方网址']);
  });

  it("takes a casino's own name with its mirror route and nothing before it (sprcoffee.com, hsluye.com)", () => {
    expect(runsOf('我院成功举行了“青春畅想”必赢76net线路2006级新生文艺汇演。')).toEqual(['必赢76net线路']);
    // 制定了 stays: the name opens the run.
    expect(runsOf('制定了必赢76net线路庆祝学校70周年校庆初步方案')).toEqual(['必赢76net线路']);
    expect(runsOf('我们必赢得这场比赛的胜利,开通公交线路')).toEqual([]);
  });

  it('leaves gambling words that are the text own (thehour.cn, lsnews.com.cn, jingzhouxw.com)', () => {
    expect(spamRuns('有人参与赌博一天就输掉几百万。百家乐、21点、数以万计的筹码')).toEqual([]);
    expect(spamRuns('媒体曝光三亚一家五星级酒店以游戏为幌子吸引游客投注,公开变相搞赌场。')).toEqual([]);
    expect(spamRuns('销售体育彩票89.08亿元,为国家筹集体彩公益金25.12亿元')).toEqual([]);
    expect(spamRuns('6月16日,靖州县棋牌娱乐场所专项整治工作会议召开。')).toEqual([]);
  });
});

describe('cutSpamRuns', () => {
  it('keeps the sentence and drops a line that was only the run', () => {
    const file = textFile('沙巴体育网址_2024欧洲杯投注官网-网投|盘口\n9月22日至23日,交流会在榕召开。沙巴体育网址_2024欧洲杯投注官网-网投|盘口:生态环境局党组成员主持会议。', 'spam');
    cutSpamRuns(file);
    expect(String(file.value)).toBe('9月22日至23日,交流会在榕召开。生态环境局党组成员主持会议。');
    expect(file.data.removed.map((r) => r.rule)).toEqual(['gambling-run', 'gambling-run']);
  });
});

describe('repeatedSiteTitles: a site title spliced in at several places', () => {
  it.each(SITE_TITLE_TAILS.map((t) => [t.seen, t] as const))('the tail is found in its example (%s)', (_seen, t) => {
    expect(new RegExp(t.term, 'u').test(t.example)).toBe(true);
  });

  it('reaches back as far as every copy agrees (bc0550.com)', () => {
    const text = '1月17日,英国威廉希尔公司_官方网站:2020年生态环境保护委员会第一次全会。\n去年,英国威廉希尔公司_官方网站:环境质量总体稳定。今年英国威廉希尔公司_官方网站:生态环境保护工作的目标任务是\n市生态环境局英国威廉希尔公司_官方网站:分局班子成员及相关人员参加会议。';
    expect(repeatedSiteTitles(text)).toEqual(['英国威廉希尔公司_官方网站:']);
  });

  it('leaves one copy, and copies whose names differ', () => {
    expect(repeatedSiteTitles('去年,英国威廉希尔公司_官方网站:环境质量总体稳定。')).toEqual([]);
    expect(repeatedSiteTitles('详见市教育局_官网。另见市卫健委_官网。')).toEqual([]);
  });
});

describe('cutSpamRuns: repeated site titles', () => {
  it('cuts every copy and keeps the sentences (bc0550.com)', () => {
    const file = textFile('去年,英国威廉希尔公司_官方网站:环境质量总体稳定。\n市生态环境局英国威廉希尔公司_官方网站:分局班子成员参加会议。', 'spam');
    cutSpamRuns(file);
    expect(String(file.value)).toBe('去年,环境质量总体稳定。\n市生态环境局分局班子成员参加会议。');
    expect(file.data.removed.map((r) => r.rule)).toEqual(['repeated-site-title']);
  });
});
