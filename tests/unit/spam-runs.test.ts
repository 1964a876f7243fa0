import { describe, expect, it } from 'vitest';
import { AD_RUNS, GAMBLING_NAME_SEEDS, SITE_TITLE_TAILS, SPAM_BRANDS, advertRuns, cutSpamRuns, repeatedGamblingNames, repeatedSiteTitles, spamRuns } from '../../scripts/ingest/stages/spam-runs.ts';
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

describe('a gambling word and a site word with 在线 between them', () => {
  it('takes a betting site put where a university named itself, with its digits and two Han before (drf008.com)', () => {
    expect(runsOf('2013年1月13日,亚洲bet356体育在线官网首届智力运动会在南湖校区体育馆举行')).toEqual(['亚洲bet356体育在线官网']);
    expect(runsOf('材料科学与工程学院获得第一名,电子与亚洲bet356体育在线官网获得第二名')).toEqual(['亚洲bet356体育在线官网']);
  });

  it("leaves a live broadcast and a lottery centre's words (the text's own)", () => {
    expect(spamRuns('体育在线直播平台开通')).toEqual([]);
    expect(spamRuns('广州市体育彩票管理中心唯一指定官方网站')).toEqual([]);
  });
});

describe('advertRuns: a private hospital\'s search query planted into a line', () => {
  const adsOf = (line: string) => advertRuns(line).map(([s, e]) => line.slice(s, e));

  it.each(AD_RUNS.map((r) => [r.seen, r] as const))('finds a run in its example (%s)', (_seen, r) => {
    expect(advertRuns(r.example).length).toBeGreaterThan(0);
  });

  it('takes the query and the hospital name glued after it, where the mirror cut the answer (shaoyangshizx.com)', () => {
    expect(adsOf('众所周知,对于国土资源部门来说,“十二五”期间可以说是面临挑战最多、压力最大、社会治疗白癜风哪家比较好北京白癜风医院')).toEqual(['治疗白癜风哪家比较好北京白癜风医院']);
  });

  it('takes the query a medical advert titles its page with (m.qiuyi.cn)', () => {
    expect(adsOf('北京皮肤病医院哪家较好?')).toEqual(['皮肤病医院哪家较好']);
  });

  it("leaves a hospital's own words and a notice naming a hospital (jdfy.cn, nmgzyyy.com shapes)", () => {
    expect(advertRuns('2月15日,我院举办癫痫主题公益活动。神经内科主任医师于明现场为癫痫患者和家属答疑解惑。')).toEqual([]);
    expect(advertRuns('内蒙古自治区中医医院皮肤科举行了大型义诊公益活动,免费进行皮肤相关咨询。')).toEqual([]);
    expect(advertRuns('北京白癜风医院因违法发布医疗广告被通报。')).toEqual([]);
    expect(advertRuns('群众看病不知道去哪家医院好,我们开通了导诊服务。')).toEqual([]);
  });

  it('cuts the run and names its row in the cleaning log', () => {
    const file = textFile('谢景峰:感谢中国矿业报社的支持。压力最大、社会治疗白癜风哪家比较好北京白癜风医院', 'ad');
    cutSpamRuns(file);
    expect(String(file.value)).toBe('谢景峰:感谢中国矿业报社的支持。压力最大、社会');
    expect(file.data.removed.map((r) => r.rule)).toEqual(['advert-run/hospital-query']);
  });
});

describe('cutSpamRuns', () => {
  it('keeps the sentence and drops a line that was only the run', () => {
    const file = textFile('沙巴体育网址_2024欧洲杯投注官网-网投|盘口\n9月22日至23日,交流会在榕召开。沙巴体育网址_2024欧洲杯投注官网-网投|盘口:生态环境局党组成员主持会议。', 'spam');
    cutSpamRuns(file);
    expect(String(file.value)).toBe('9月22日至23日,交流会在榕召开。生态环境局党组成员主持会议。');
    expect(file.data.removed.map((r) => r.rule)).toEqual(['gambling-run/gambling-site', 'gambling-run/gambling-site']);
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
    // Since the thirty-third session the bookmaker's name is a brand row of its own, so each copy goes as a run.
    expect(file.data.removed.map((r) => r.rule)).toEqual(['gambling-run/william-hill', 'gambling-run/william-hill']);
  });
});

describe('spamRuns: casino names with their number or 澳门 (s21 sample)', () => {
  it('takes the name whole and nothing of the clause around it', () => {
    expect(runsOf('9月20日上午,9728太阳集团于我校东校区清源楼召开党政联席会议。')).toEqual(['9728太阳集团']);
    expect(runsOf('3月20日,澳门太阳集团2020网站与体育教学研究部联合开展了')).toEqual(['澳门太阳集团2020网站']);
    expect(runsOf('努力创建重点澳门十大电子正规游戏网站”。')).toEqual(['澳门十大电子正规游戏网站']);
    // 乐鱼体育 stood for the university's name: a brand row since the thirty-third session, joined to the run after it.
    expect(runsOf('论坛在乐鱼体育澳门十大博彩集团正版干部培训中心召开。')).toEqual(['乐鱼体育澳门十大博彩集团正版']);
  });

  it('leaves 太阳集团 without its number and 澳门 of prose', () => {
    expect(spamRuns('太阳集团举行2022年蓝天行动启动仪式')).toEqual([]);
    expect(spamRuns('澳门十大杰出青年评选活动在澳门举行')).toEqual([]);
    expect(spamRuns('金沙中国旗下各度假村,包括澳门金沙、澳门威尼斯人')).toEqual([]);
  });
});

describe('repeatedGamblingNames: a gambling name put where the page named itself', () => {
  it.each(GAMBLING_NAME_SEEDS.map((t) => [t.seen, t] as const))('the seed is found in its example (%s)', (_seen, t) => {
    expect(new RegExp(t.term, 'u').test(t.example)).toBe(true);
  });

  it('reads the name from where the copies stop agreeing (catapt.com, yifeixiaoshan.com)', () => {
    const catapt = '向市民祝贺新春-百家乐平台网\n百家乐平台-百家乐平台大全\n来源:百家乐平台网\n  百家乐平台社香港1月21日电(记者刘明洋)农历癸卯兔年将至';
    expect(repeatedGamblingNames(catapt)).toEqual(['百家乐平台']);
    const yifei = '欧洲杯买球官网_澳门金沙城中心-投注|平台:新工派出所:风雨兼程\n来源:欧洲杯买球官网_澳门金沙城中心-投注|平台:融媒体中心\n9月22日,欧洲杯买球官网_澳门金沙城中心-投注|平台:公安局新工派出所开展';
    expect(repeatedGamblingNames(yifei)).toEqual(['欧洲杯买球官网_澳门金沙城中心-投注|平台:']);
  });

  it('leaves a gambling word the text names twice, and one copy', () => {
    expect(repeatedGamblingNames('有人玩百家乐输掉几百万。百家乐、21点、数以万计的筹码')).toEqual([]);
    expect(repeatedGamblingNames('警方捣毁网络投注平台,涉案投注平台3个')).toEqual([]);
    expect(repeatedGamblingNames('百家乐平台社香港1月21日电')).toEqual([]);
  });

  it('cuts every copy and keeps the sentences', () => {
    const file = textFile('来源:百家乐平台网\n百家乐平台社香港1月21日电(记者刘明洋)农历癸卯兔年将至。', 'spam');
    cutSpamRuns(file);
    expect(String(file.value)).toBe('来源:网\n社香港1月21日电(记者刘明洋)农历癸卯兔年将至。');
    expect(file.data.removed.map((r) => r.rule)).toEqual(['repeated-gambling-name']);
  });
});

describe('spamRuns: betting brands by name (thirty-third session, spamplant)', () => {
  it('cuts a 365 brand with its chained keywords and the slogan closed by √ (voocaro-zus.com, longtengkeliji.com)', () => {
    expect(runsOf('习近平总书记365滚球盘_365滚球直播—激情赢盈中√:体育工作的重要论述')).toEqual(['365滚球盘_365滚球直播—激情赢盈中√:']);
    expect(runsOf('10月26日上午8点,365体育官方唯一入口2017年秋季运动会隆重开幕')).toEqual(['365体育官方唯一入口']);
    // The brief's shape: a brand with 入口 and 中文版 glued inside a clause.
    expect(runsOf('开学典礼best365体育入口中文版暨表彰大会')).toEqual(['best365体育入口中文版']);
  });

  it('cuts William Hill with 公司 and 官网, and bare where it stood for the college (dingxiaodong.com, goluu.com)', () => {
    expect(runsOf('2020年8月28日,英国威廉希尔公司官网召开2020年暑期党建务虚会')).toEqual(['英国威廉希尔公司官网']);
    expect(runsOf('2012年9月11日,威廉希尔在9#101召开')).toEqual(['威廉希尔']);
  });

  it('takes two runs joined by a comma as one (hdtntx.com) and a brand with 中国 in brackets (devilssniperteam.com)', () => {
    expect(runsOf('解读了学院日博体育,日博注册庆祝中华人民共和国成立70周年的活动安排')).toEqual(['日博体育,日博注册']);
    expect(runsOf('开云(中国)党委书记、院长王俊菊主持会议')).toEqual(['开云(中国)']);
    expect(runsOf('星空(中国)体育学院院长侯会生主持')).toEqual(['星空(中国)']);
  });

  it('cuts a Macao casino with its mirror number or site word (dongpeipcb.com, ibapedu.com, lhdafu.com)', () => {
    expect(runsOf('7月15日上午,澳门新葡萄新京威尼斯987茂名医院第三次理事会会议在茂名召开')).toEqual(['澳门新葡萄新京威尼斯987']);
    expect(runsOf('中共澳门新葡平台网址7906第一次党员大会隆重召开')).toEqual(['澳门新葡平台网址7906']);
    expect(runsOf('我校澳门新莆京游戏大厅成立')).toEqual(['澳门新莆京游戏大厅']);
  });

  it('names the row that cut each run in the cleaning log', () => {
    const file = textFile('解读了学院日博体育,日博注册庆祝活动安排。\n由williamhill官网app常务副董事长主持。', 'spam');
    cutSpamRuns(file);
    expect(String(file.value)).toBe('解读了学院庆祝活动安排。\n由常务副董事长主持。');
    expect(file.data.removed.map((r) => [r.rule, r.text])).toEqual([
      ['gambling-run/casino-brand', '日博体育,日博注册'],
      ['gambling-run/william-hill', 'williamhill官网app'],
    ]);
  });

  it('leaves 体育, 彩票, 平台, 官网 and the brands’ words where they are the document’s own (allw.cn, xpaper.net, li-litci.com, jntimes.cn, pcbaby.com.cn)', () => {
    for (const line of [
      '目前我市体育产业经营单位达到262家;体育彩票销量稳步增长,20xx年达到2.71亿元,在全省11个市中居第四。',
      '“运动云医院”作为全国首家运动医疗互联网服务平台,倡导科学健身、关注运动防护、专业康复医疗。',
      '据中国足协官方网站报道,10月22日,“ 2023年亚足联亚洲杯中国组委会”成立大会在北京举行。',
      '截止到目前,健康站累计注册344人,累计服务430人次。',
      '活动中心集乒乓球、羽毛球、书画、棋牌场馆为一体,为广大职工提供了一个健身娱乐的场所和交流沟通的平台',
      '全县体育课、全民体育和县体育局的工作',
      '星空电子有限公司举办开学典礼',
      '第58届威尼斯双年展在威尼斯2019年开幕',
      '澳门新葡京酒店',
      '全年365天坚持体育锻炼',
    ]) expect(runsOf(line)).toEqual([]);
  });
});

describe('spamRuns: casino brands from public lists in a brand’s shape (thirty-fourth session, brandlist)', () => {
  it('cuts a listed brand with a mirror id glued before it (salemreads.com, gjggd.com, ntjeans.com, hzhmw.com)', () => {
    expect(runsOf('2024年3月28日,suncitygroup太阳集团在2号教学楼A207教室举行了政治学习。参加活动的有suncitygroup太阳集团2022级、2023级全体员工。')).toEqual(['suncitygroup太阳集团', 'suncitygroup太阳集团']);
    expect(runsOf('2008年12月20日,yl23455永利举办了离退休教职工茶话会')).toEqual(['yl23455永利']);
    expect(runsOf('在學院二樓會議室召開tyc33455cc太阳成集团黨委理論學習中心組學習擴大會議')).toEqual(['tyc33455cc太阳成集团']);
    expect(runsOf('举行suncitygroup太阳集团网址党总支委员会换届选举大会')).toEqual(['suncitygroup太阳集团网址']);
  });

  it('cuts a listed brand with a mirror id after it, and never a count or a year (expolistings.com)', () => {
    expect(runsOf('9月22日上午,太阳成集团tyc122ccvip在教四东楼301会议室召开了文明校园创建工作推进会。')).toEqual(['太阳成集团tyc122ccvip']);
    expect(runsOf('suncitygroup太阳集团2022级、2023级全体员工')).toEqual(['suncitygroup太阳集团']);
  });

  it('cuts what a mirror glues after an id’d brand with it: (中国)有限公司 for the page’s 学院, 登录 after 官网 (rutwi.com, yiding168.com)', () => {
    expect(runsOf('详细介绍了威尼斯wns8885556(中国)有限公司的特色和优势。')).toEqual(['威尼斯wns8885556(中国)有限公司']);
    expect(runsOf('yl23411永利官网登录通讯员:王赞 8月7日,学院学生党支部湘潭县村级党组织建设社会调研团来到了湖南省')).toEqual(['yl23411永利官网登录']);
    expect(runsOf('威尼斯人度假村有限公司举行开业仪式')).toEqual([]);
  });

  it('cuts a listed brand with its site word or the junket’s 集团 (epicbiscayne.com, zhifuxt.com)', () => {
    expect(runsOf('3月6日下午,永利官网第四届教职工暨工会会员代表大会第六次会议在匠成楼报告厅胜利召开')).toEqual(['永利官网']);
    expect(runsOf('3月2日下午,太阳成城集团在3313会议室召开了新学期教职工大会开学工作会议')).toEqual(['太阳成城集团']);
    expect(runsOf('钟华董事长首先祝贺太阳成城集团再次获评“太阳城集团2017年度先进单位”')).toEqual(['太阳成城集团', '太阳城集团']);
  });

  it('leaves a brand word that is the page’s own: a place, a hotel, a bank, a show, a person, a listed company (whhly.shandong.gov.cn, chinaartnews.com and others)', () => {
    for (const line of [
      '8月21日,第四届世界太阳城大会接待酒店主要负责人会议召开。',
      '8月24日,第17届威尼斯国际建筑双年展中国国家馆展览开幕式在北京天桥艺术中心举办。',
      '浙江省人民医院毕节医院帮扶金沙县人民医院交流座谈会召开',
      '宇宙由无数星系、恒星、行星和各类天体组成,太阳系只是银河系中的微小部分。',
      '本次考察团由澳门青年企业家协会永远名誉会长、新濠博亚娱乐首席顾问黄昇雄任名誉团长',
      '会议在皇冠假日酒店举行,中国银河证券有限责任公司副总裁出席。',
      '村党支部书记李永利同志作表态发言。',
      '太阳城集团有限公司举行开工仪式',
      '金沙江白鹤滩水电站2021年投产',
    ]) expect(runsOf(line)).toEqual([]);
  });

  it('cuts the page’s copies of a brand it carries with an id, and a headline’s separator with the brand', () => {
    const file = textFile('举行第四期政治学习_suncitygroup太阳集团\n永利集团ab304召开座谈会。2023年是永利集团建校65周年。', 'spam');
    cutSpamRuns(file);
    expect(String(file.value)).toBe('举行第四期政治学习\n召开座谈会。2023年是建校65周年。');
    expect(file.data.removed.map((r) => r.rule)).toEqual(['gambling-run/brandlist-id', 'gambling-run/brandlist-id', 'gambling-run/brandlist-copy']);
  });
});
