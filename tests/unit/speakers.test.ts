import { readFileSync } from 'node:fs';
import { ingestOne } from '../../scripts/ingest/pipeline.ts';
import { describe, expect, it } from 'vitest';
import { creditBetweenTitles, occasionOf } from '../../scripts/ingest/stages/speakers.ts';
import { introducedGuests } from '../../scripts/ingest/people/guests.ts';
import { fixture, ingestText } from '../fixtures/structure/harness.ts';

const meta = (dir: string, name: string) => ingestText(fixture(dir, name)).data.meta;

describe('speakers of speeches', { timeout: 60_000 }, () => {
  it('a name in the title, with the post the cover notice gives next to it', () => {
    expect(meta('speakers', 'title-name.txt').speakers).toEqual([{ name: '王建国' }]);
    expect(meta('classify', 'notice-transmits-speech.txt').speakers).toEqual([{ name: '李强', role: '市委常委、组织部部长' }]);
    expect(meta('structure', 'seeds/001.txt').speakers).toEqual([{ name: '朱烜', role: '自治区卫生系统创先争优活动指导小组副组长兼办公室主任' }]);
  });

  it('two sources naming different speakers leave the field empty with a warning', () => {
    const file = ingestText(fixture('speakers', 'title-name.txt').replace('（2023年12月28日）', '李明\n（2023年12月28日）'));
    expect(file.data.meta.speakers).toEqual([]);
    expect(file.messages.find((m) => m.ruleId === 'speakers-unsure')?.reason).toMatch(/李明.*王建国|王建国.*李明/);
  });
});

describe('speakers of speeches and interviews from real pages', { timeout: 60_000 }, () => {
  it('a title that is the speaker and the genre word names the speaker (sxshnsh.cn, edb.gov.hk, srcic)', () => {
    const page = (name: string) => {
      const result = ingestOne({ path: name, bytes: readFileSync(new URL(`../fixtures/classify/pages/${name}`, import.meta.url)) });
      if (result.kind !== 'document') throw new Error(result.reason);
      return result.meta;
    };
    expect(page('sxshnsh-chamber-newyear-speech.txt').speakers.map((s) => s.name)).toEqual(['谢成波']);
    expect(page('edb-hk-graduation-speech.txt').speakers).toEqual([{ name: '孙明扬', role: '教育局局长' }]);
    const file = ingestText(['吕建中主席关于答谢SRIIF与会代表的致辞', '', '尊敬的各位丝绸之路国际总商会成员：', '', '大家好！首先，请允许我作为丝绸之路国际总商会主席，热烈欢迎并诚挚感谢大家能应邀出席首届丝绸之路国际投资论坛。'].join('\n'));
    expect(file.data.meta.speakers).toEqual([{ name: '吕建中', role: '主席' }]);
  });

  it('a new-year message\'s title with a sexagenary or zodiac year and 献辞/贺辞 names the speaker (gov.mo, hongkongdaily.net)', () => {
    const page = (name: string) => {
      const result = ingestOne({ path: name, bytes: readFileSync(new URL(`../fixtures/classify/pages/${name}`, import.meta.url)) });
      if (result.kind !== 'document') throw new Error(result.reason);
      return result.meta;
    };
    const hkd = page('hongkongdaily-chairman-new-year-message.txt');
    expect(hkd.type).toBe('speech');
    expect(hkd.speakers).toEqual([{ name: '郭绍成', role: '社团法人世界华裔联盟主席' }]);
    const file = ingestText(['澳门特别行政区行政长官何厚铧丙戌年新春献辞', '', '各位亲爱的市民：', '', '爆竹一声除旧岁，普天同庆贺新春。踏入丙戌年的伊始，我首先代表澳门特别行政区政府，恭祝全澳市民身体健康，年年有馀，心想事成，万事胜意。'].join('\n'));
    expect(file.data.meta.speakers).toEqual([{ name: '何厚铧', role: '澳门特别行政区行政长官' }]);
  });

  it('a full-text line under a news lede names the speaker and makes a speech (rfa.org, pzrbljh.com.cn)', () => {
    const result = ingestOne({ path: 'p.txt', bytes: readFileSync(new URL('../fixtures/classify/pages/pzrbljh-hk-lunar-new-year-message.txt', import.meta.url)) });
    if (result.kind !== 'document') throw new Error(result.reason);
    expect(result.meta.type).toBe('speech');
    expect(result.meta.speakers.map((s) => s.name)).toEqual(['李家超']);
    const file = ingestText(['周四便是大年初一，香港特首梁振英及一众司长局长，透过北京在香港的喉舌报章《文汇报》及《大公报》向港人拜早年。', '', '梁振英指，过去一年香港经历不少风雨，希望市民来年包容共济，为香港未来共同努力。', '', '他强调，本届政府一直逐步落实他竞选政纲的承诺，往后会继续以最大决心，推进民主、发展经济、改善民生。', '', '梁振英新年贺辞全文：', '', '农历新年又到了。新的一年，我们除旧迎新，送走马年，迎接羊年。'].join('\n'));
    expect(file.data.meta.speakers?.map((s) => s.name)).toEqual(['梁振英']);
  });

  it('a press conference\'s transcript cut in the first official\'s remarks: one labelled speaker is the interviewee (dunya.com.cn, yspar.com)', () => {
    const file = ingestText(
      [
        '海南省人均预期寿命突破80岁新闻发布会实录',
        '',
        '中共海南省委宣传部新闻发布处四级调研员茹英英：',
        '',
        '女士们、先生们，记者朋友们，大家上午好！欢迎出席海南省新闻办公室新闻发布会。',
        '',
        '下面，先请周长强先生介绍近年来健康海南行动暨人均预期寿命提升行动取得的主要成效。',
        '',
        '海南省卫生健康委员会党委书记、主任周长强：',
        '',
        '各位新闻媒体朋友，大家上午好！很高兴参加今天的新闻发布会。下面，我就我省人均预期寿命达到80岁向大家作一简要介绍。',
        '',
        '据国家测算结果，2023年海南省人均预期寿命达到80岁，位列全国第七。',
      ].join('\n'),
    );
    expect(file.data.meta.type).toBe('interview');
    expect(file.data.meta.speakers?.map((s) => s.name)).toEqual(['周长强']);
    // Without the frame, one labelled speaker is a quotation in a report, not a turn.
    const quoted = ingestText(['县里召开座谈会', '', '5月3日上午，县里召开座谈会，听取企业意见。', '', '县委书记王建国：要把企业的事当成自己的事来办。', '', '会议还研究了其他事项。'].join('\n'));
    expect(quoted.data.meta.type).not.toBe('interview');
  });

  it('a speech published under its speaker\'s name and a colon (chuansong.me)', () => {
    const file = ingestText(
      [
        '习近平：欢迎知识分子提出批评 不抓辫子不扣帽子',
        '',
        '大家好！我这次来安徽调研，正好是“五一”国际劳动节、“五四”青年节前夕。今天，我们在这里召开一个座谈会，请一些知识分子、劳动模范、青年代表来座谈，主要是想当面听听大家的意见和建议。',
        '',
        '首先，我代表党中央，向在座各位，并通过你们，向全国广大知识分子、广大劳动群众、广大青年，致以诚挚的问候和节日的祝贺！',
      ].join('\n'),
    );
    expect(file.data.meta.type).toBe('speech');
    expect(file.data.meta.speakers).toEqual([{ name: '习近平' }]);
  });

  it('an interview labelled with the medium that asks: the label whose question the next label answers asks (www.hkcna.hk)', () => {
    const file = ingestText(
      [
        '李家超上任周年接受中通社、香港新闻网专访问答全文',
        '',
        '香港新闻网6月22日电 香港特区行政长官李家超上任将满一年，6月21日在礼宾府接受了香港中通社、香港新闻网的专访。',
        '',
        '问答全文整理如下：',
        '',
        '中通社：特首您好，非常感谢您百忙之中抽出珍贵时间接受香港中通社、香港新闻网专访。去年的端午节，您接受了中通社专访，一年过去了，能否请您谈谈上任一年后今天最想说的话？',
        '',
        '李家超：一年过后，首先我觉得工作繁重，不能怠慢；第二是工作意义重大，必须积极和谨慎。工作繁重，是我们要追时间，三年疫情以及过往因“黑暴”、立法会瘫痪施政“拉布”等，浪费很多时间，要追时间，我们要很努力，工作一定繁重，所以不能怠慢。',
      ].join('\n'),
    );
    expect(file.data.meta.type).toBe('interview');
    expect(file.data.meta.speakers?.map((s) => s.name)).toEqual(['李家超']);
  });

  it('an interview written up as a scene: the reporter\'s quoted questions, the interviewee named where the headline says he was interviewed (knoxvariety.com)', () => {
    const file = ingestText(
      [
        '省委书记、省人大常委会主任张春贤在飞机上接受本报记者专访 希望潇湘晨报越办越好',
        '',
        '上午10时许，张春贤坐回座位。记者走过去递上名片并自我介绍：“我是潇湘晨报的记者。”张春贤接过名片认真看了看，热情地和记者握手。',
        '',
        '“潇湘晨报您看过吗？”第一次面对面采访张春贤，记者提出了晨报员工都十分关注的问题。',
        '',
        '“那您觉得潇湘晨报办得怎么样呢？”记者问。“潇湘晨报是份好报纸，办得好！”张春贤用不容置疑的口气说，“潇湘晨报贴近民生，贴近老百姓，非常灵活。”',
      ].join('\n'),
    );
    expect(file.data.meta.type).toBe('interview');
    expect(file.data.meta.speakers?.map((s) => s.name)).toEqual(['张春贤']);
  });

  it('the host named in his role label asks under his bare name too (www.cneb.gov.cn)', () => {
    const file = ingestText(
      [
        '交通运输部部长杨传堂答记者问',
        '',
        '主持人（修奇）：好的，北京时间来到11点30分，您现在锁定收听的依然是中国高速公路交通广播，我是主持人修奇。',
        '',
        '姜鹏：各位听众朋友大家好。',
        '',
        '修奇：其实在这次发布会举行的之初我们就预料到，可能很多的记者都会非常关注就是国家层面的出租车改革的文件的这个意见出台的过程。',
      ].join('\n'),
    );
    expect(file.data.meta.speakers?.map((s) => s.name)).toEqual(['姜鹏']);
  });
});

describe('a speech\'s title with the post written after the name', { timeout: 60_000 }, () => {
  const speech = (...lines: string[]) => ingestText(lines.join('\n\n')).data.meta;

  it('the name and its post in the title, the post and the name in the line under it: one speaker (www.tmdps.cn)', () => {
    const meta = speech(
      '陈坚校长在2017级本科新生开学典礼上的讲话',
      '江南大学校长陈坚在2017级本科新生开学典礼上的讲话：珍惜最美的大学时光',
      '尊敬的各位老师、各位家长，2017级的全体新同学们：',
      '今天，2017年8月31日，是一个值得大家永远铭记和珍藏的日子。因为就在今天，在座的5000名优秀学子从祖国的四面八方汇聚到美丽的太湖之滨，成为江南大学光荣的一员。',
    );
    expect(meta.speakers).toEqual([{ name: '陈坚', role: '校长' }]);
  });

  it('the name and its post in the title alone (www.shanxify.gov.cn)', () => {
    const meta = speech(
      '冯少勇院长在审判业务用房及配套附属用房建设项目奠基仪式上的讲话',
      '同志们：',
      '今天我们在这里举行太原市中级人民法院新审判大楼审判法庭的奠基仪式，这是一个历史的时刻，是我们全市法院的大事。',
    );
    expect(meta.speakers).toEqual([{ name: '冯少勇', role: '院长' }]);
  });
});

describe('speakers of interviews', { timeout: 60_000 }, () => {
  /** An interview's turns labelled by the interviewee's bare surname (sprcoffee.com, wide sample). */
  const WANG_TURNS = ['', '记：您对本次文艺汇演满意吗？', '', '王：非常满意。', '', '记：请问您对学院发展信心如何？', '', '王：当然，我对学院很看好。'];

  it('answers labelled 答 or with a bare surname are the one person the lede names (ceoblog.com.cn; sprcoffee.com of the wide sample)', () => {
    const anonymous = ingestText(
      [
        '康师傅将于两岸兴建集团总部',
        '',
        '康师傅控股公司董事长魏应州指出，顶新集团因应发展需求，将在两岸兴建集团总部大楼。以下为采访内容：',
        '',
        '问：你认为台湾新政府上任后的政绩表现如何？',
        '',
        '答：台湾人民对于新政府的期待过高，才会造成不满意度快速提高。',
        '',
        '问：你认为台湾产业该如何调整？',
        '',
        '答：新政府应该要有更明确的产业政策。',
      ].join('\n'),
    );
    expect(anonymous.data.meta.type).toBe('interview');
    expect(anonymous.data.meta.speakers?.map((s) => s.name)).toEqual(['魏应州']);
    const surname = ingestText(
      [
        '11月8日晚，我院举行了新生文艺汇演。汇演结束后，记者采访了我院副院长王斌。以下为采访内容（王：王院长 记：记者）。',
        ...WANG_TURNS,
      ].join('\n'),
    );
    expect(surname.data.meta.speakers?.map((s) => s.name)).toEqual(['王斌']);
  });

  it('nobody is named when the lede names two people or none with the label\'s surname', () => {
    const file = ingestText(
      [
        '记者张华采访了我院副院长李强。以下为采访内容。',
        ...WANG_TURNS,
      ].join('\n'),
    );
    expect(file.data.meta.speakers ?? []).toEqual([]);
  });

  it('bracketed labels stand for the name inside; the host and the news site are no interviewees (pfcx.cn repost of 人民网)', () => {
    const file = ingestText(
      [
        '最高法发言人王少南解读2012年《最高人民法院工作报告》',
        '',
        '编者按：3月11日17时，最高人民法院办公厅主任、新闻发言人王少南做客强国论坛，解读2012年《最高人民法院工作报告》。',
        '',
        '[主持人]:各位网友下午好，为了及时回应社会关切，更好地促进人民法院与广大网友之间的互动交流，人民网、最高人民法院网联合推出2012年“两会”在线访谈。',
        '',
        '【王少南】:刚刚在人民大会堂王胜俊院长代表最高人民法院作了工作报告，我们看了一下时间大概用了42分钟。',
        '',
        '[主持人]:作为最高人民法院新闻发言人，您认为今年的报告有哪些亮点？',
        '',
        '【王少南】:今年的报告最突出的特点就是直奔主题。',
      ].join('\n'),
    );
    expect(file.data.meta.type).toBe('interview');
    expect(file.data.meta.speakers?.map((s) => s.name)).toEqual(['王少南']);
    expect(file.data.blocks.filter((b) => b.kind === 'turn').map((b) => b.speaker)).toEqual(['[主持人]', '【王少南】', '[主持人]', '【王少南】']);
  });

  it("answers labelled with a post alone are the official the lead-in names with that post (info.gov.hk; ogcio.gov.hk's cross-department press conference)", () => {
    const qa = ingestOne({ path: 'infogovhk-ce-media-qa-interview.txt', bytes: readFileSync(new URL('../fixtures/classify/pages/infogovhk-ce-media-qa-interview.txt', import.meta.url)) });
    expect(qa.kind === 'document' && qa.meta.speakers).toEqual([{ name: '梁振英', role: '行政长官' }]);
    const file = ingestText(
      [
        '记者会答问内容',
        '',
        '政务司司长张建宗今日（八月二十六日）联同保安局局长李家超、运输及房屋局局长陈帆、创新及科技局局长杨伟雄和民政事务局局长刘江华举行跨部门记者会。以下是记者会答问内容：',
        '',
        '记者：你好，刚才司长提到其实政府已经就智慧灯柱解释，只为收集一些交通或空气数据，但市民其实都不相信这事，是否反映了正正是因为市民不相信政府而造成呢？',
        '',
        '政务司司长：电灯柱方面，用电锯锯断，用绳拉断相当多灯柱是一小部分激进的暴力示威者，不是代表全体市民。我请局长补充。',
        '',
        '创新及科技局局长：首先，我们成立委员会作第三方检视，代表我们十分乐意让第三方检视。',
      ].join('\n'),
    );
    expect(file.data.meta.type).toBe('interview');
    expect(file.data.meta.speakers?.map((s) => s.name)).toEqual(['张建宗', '杨伟雄']);
  });

  it('labels with the name inside and the post after it: 原卫生部殷大奎副部长： (jksb.com.cn salon)', () => {
    const file = ingestText(
      [
        '两会',
        '',
        '3月2日~11日，由人民网和健康时报社联合主办的“健康中国人·全国两会健康E客厅”视频、文图访谈陆续进行。',
        '',
        '主持人：苏婧，清华大学健康研究传播所。各位嘉宾，如何抵制健康谣言？',
        '',
        '原卫生部殷大奎副部长：东风不压倒西风，西风就压倒东风。如果正规的医务人员不普及科学知识，谣言、伪科学就猖獗。',
        '',
        '全国政协委员、北京大学第一医院刘玉村院长：抵制健康谣言，要把“谁来说、说什么、怎么说”三个环节先管好！',
      ].join('\n'),
    );
    expect(file.data.meta.speakers?.map((s) => s.name)).toEqual(['殷大奎', '刘玉村']);
  });

  it('the guest line, a subtitle, recurring name labels', () => {
    expect(meta('structure', 'interview-host.txt').speakers).toEqual([{ name: '李明', role: '市政务服务管理局局长' }]);
    expect(meta('speakers', 'interview-subtitle.txt').speakers).toEqual([{ name: '陈志刚', role: '市卫生健康委主任' }]);
    expect(meta('speakers', 'two-guests.txt').speakers).toEqual([{ name: '王秀英' }, { name: '李长青' }]);
    expect(meta('structure', 'seeds/003.txt').speakers).toEqual([{ name: '唐荣', role: '区卫生健康委党委书记、主任' }]);
  });
});

describe('people of reports and notices', { timeout: 60_000 }, () => {
  it('hand-written reports: the speaker of the meeting is one of the people', () => {
    expect(meta('structure', 'report-benbaoxun.txt')).toMatchObject({ speakers: [], people: [{ name: '陈刚', post: '市委常委、常务副市长' }] });
    expect(meta('classify', 'report-of-speech.txt')).toMatchObject({ speakers: [], people: [{ name: '赵志刚', post: '市委书记' }, { name: '刘洪', post: '市长' }] });
    expect(meta('speakers', 'lede-tongzhi.txt')).toMatchObject({ speakers: [], people: [{ name: '李国华', post: '县委副书记、县长' }] });
    expect(meta('speakers', 'reporter-only.txt')).toMatchObject({ speakers: [], people: [] });
  });

  it('records where each speaker came from', () => {
    const file = ingestText(fixture('speakers', 'title-name.txt'));
    expect(file.messages.find((m) => m.ruleId === 'speakers')?.reason).toMatch(/^speaker 王建国 from the title/);
  });
});

describe('occasion', { timeout: 60_000 }, () => {
  it.each([
    ['在全市经济工作会议上的讲话', '全市经济工作会议'],
    ['在5月29日召开的全区工作会议上的总结讲话', '全区工作会议'],
    ['在庆祝建党100周年大会上的发言', '庆祝建党100周年大会'],
    ['关于加强作风建设的意见', undefined],
  ])('occasion of %s', (title, expected) => {
    expect(occasionOf(title)).toBe(expected);
  });

  it('from the title or the cover notice', () => {
    expect(meta('structure', 'seeds/001.txt').occasion).toBe('全区卫生系统创先争优活动座谈会暨基层组织建设工作会议');
    expect(meta('speakers', 'kaimushi.txt').occasion).toBe('2023世界智能产业博览会开幕式');
  });
});

describe('the guests a host introduces', { timeout: 60_000 }, () => {
  it('every guest named, with a post or before 先生 (www.cctv.com)', () => {
    const guests = introducedGuests(['各位网友大家好，我是中央电视台第七套《聚焦三农》栏目的主持人曲哲，今天来到在线访谈演播室的嘉宾是《聚焦三农》今年举办2006年度三农人物两位侯选人物的代表，一位是中铁建工集团副总经理拉萨火车站指挥长兼总工程师段永传先生；另外一位是新农民的代表，农民企业家上海味之王食品有限公司致富不忘农民兄弟的宋永祥先生。']);
    expect(guests.map((g) => g.name)).toEqual(['段永传', '宋永祥']);
  });
  it('a guest named with his post (big5.cctv.com, hhyfoundation.org)', () => {
    expect(introducedGuests(['今天我们的嘉宾就是河北省委书记白克明。']).map((g) => [g.name, g.role])).toEqual([['白克明', '河北省委书记']]);
    expect(introducedGuests(['今天来到我们演播室的嘉宾是全国政协委员、北京黄河缘公益基金会筹建负责人徐永光。']).map((g) => g.name)).toEqual(['徐永光']);
  });
  it('the guests the host welcomes (我们…邀请到了…), not the ones a relayed press conference invited (ailibi.com, xpj33277.com, www.cneb.gov.cn)', () => {
    expect(introducedGuests(['今天在现场我们非常荣幸邀请到了中欧国际工商学院卫生管理与政策中心主任蔡江南先生和香港《医院观察》杂志社总编辑、香港艾力彼管理顾问有限公司总经理王兴琳女士，两为将与我们一起探讨这个排名的前世今生。']).map((g) => g.name)).toEqual(['蔡江南', '王兴琳']);
    expect(introducedGuests(['为此，我们非常荣幸地邀请到了环保部部长陈吉宁先生，围绕这一主题回答大家关注的问题。']).map((g) => g.name)).toEqual(['陈吉宁']);
    expect(introducedGuests(['那么刚刚我们是转播了十二届全国人大四次会议举行的记者会，这次的记者会是邀请到了交通运输部部长杨传堂，交通运输部运输服务司司长刘小明。']).map((g) => g.name)).toEqual([]);
  });
  it('the host himself is no guest', () => {
    expect(introducedGuests(['我是中央电视台第七套《聚焦三农》栏目的主持人曲哲，上次和网友们进行了互动']).map((g) => g.name)).toEqual([]);
  });
});

describe('speakers: a surname the people vocabulary adds, and a dialogue between two named parties (twelfth session)', { timeout: 60_000 }, () => {
  it('a name line with a surname the structure list lacked (习) names the speaker under a dated title (021auto.net)', () => {
    const file = ingestText(
      [
        '习近平：在纪念中国人民抗日战争暨世界反法西斯战争胜利75周年座谈会上的讲话',
        '',
        '（2020年9月3日）',
        '',
        '习近平',
        '',
        '同胞们，同志们，朋友们：',
        '',
        '今天，我们在这里隆重集会，纪念中国人民抗日战争暨世界反法西斯战争胜利75周年。',
        '',
        '75年前的今天，中国人民同世界人民一道，以顽强的意志和英勇的斗争，彻底打败了法西斯主义，取得了正义战胜邪恶、光明战胜黑暗、进步战胜反动的伟大胜利！',
      ].join('\n'),
    );
    expect(file.data.meta.type).toBe('speech');
    expect(file.data.meta.speakers?.map((s) => s.name)).toEqual(['习近平']);
  });

  it('X对话Y in a headline names two parties, not Y as the interviewee (5er.net, ppfocus.com)', () => {
    const file = ingestText(
      [
        '中国司法制度存在的问题和改革路径——于建嵘对话田成有',
        '',
        '目前司法改革有两个基本观点：一个是主张司法精英化职业化的司法改革观点；另一个是司法要坚持走人民性和群众路线的司法改革观点。',
        '',
        '记者：您怎么看这两种观点？',
        '',
        '我们不能以职业化、专业化为借口，在工作方式上追求特殊化、神秘化，滋生脱离人民群众的工作作风。',
      ].join('\n'),
    );
    expect(file.data.meta.speakers?.map((s) => s.name) ?? []).not.toContain('田成有');
    // 专访 still names the one interviewed (the existing reading is kept).
    expect(meta('speakers', 'interview-subtitle.txt').speakers).toEqual([{ name: '陈志刚', role: '市卫生健康委主任' }]);
  });
});

describe('speakers: credits between title copies, full-text ledes (thirteenth session)', { timeout: 60_000 }, () => {
  it('a name line between two copies of the title is a credit (beiweimall.com, news.sina.com.cn)', () => {
    expect(creditBetweenTitles('秦风学', ['新学期的校长致辞', '秦风学', '新学期的校长致辞', '各位老师、同学们,大家好!'])).toBe(true);
    expect(creditBetweenTitles('苗元礼', ['纪委副书记:腐败与反腐败就是生死较量', 'http://www.sina.com.cn 2008年01月25日10:33 山西新闻网-山西晚报', '纪委副书记:腐败与反腐败就是生死较量', '苗元礼', '纪委副书记:腐败与反腐败就是生死较量'])).toBe(true);
    // Under the one title it heads, the line is the speaker's.
    expect(creditBetweenTitles('朱烜', ['在全区卫生系统创先争优活动推进会上的讲话', '朱烜', '同志们：'])).toBe(false);
  });

  it('the uploader printed between the title copies is no speaker (beiweimall.com)', () => {
    // The whole pipeline: the page's own lines, before any stage, show the title's two copies.
    const page = (uploader: string, copy: string) => {
      const text = ['新学期的校长致辞', '', uploader, '', copy, '', '  各位老师、同学们,大家好!', '', '  经过了寒假与春节,我们迎来了新的学期。现在还在农历正月里,还是传统意义的新年。在此我代表学校行政向大家拜个晚年,祝大家身体健康、学习工作顺利!', '', '  最后,祝愿大家在新的一年里身体健康、一切顺利!'].join('\n');
      const result = ingestOne({ path: 'beiweimall.txt', bytes: new TextEncoder().encode(text) });
      if (result.kind !== 'document') throw new Error(result.reason);
      return result.meta;
    };
    expect(page('秦风学', '新学期的校长致辞').type).toBe('speech');
    expect(page('秦风学', '新学期的校长致辞').speakers).toEqual([]);
  });

  it('a lede ending 全文如下： names the one person it names as the speaker, and two people none', () => {
    const lede = (sentence: string) =>
      ingestText(['不平凡的2008年', '', `台湾网12月21日上海独家消息 第四届两岸经贸文化论坛21日在上海落下帷幕，${sentence}，全文如下：`, '', '尊敬的各位嘉宾，女士们、先生们、朋友们：', '', '今天，我们在这里欢聚一堂，为第四届两岸经贸文化论坛的圆满成功举杯庆贺。我谨代表论坛主办单位，向各位嘉宾表示衷心的感谢！', '', '祝大家新年快乐，身体健康！'].join('\n')).data.meta;
    const one = lede('中共中央台办主任王毅在欢送宴会上发表了即席讲话');
    expect(one.type).toBe('speech');
    expect(one.speakers).toEqual([{ name: '王毅', role: '中共中央台办主任' }]);
    expect(lede('中共中央台办主任王毅、国台办副主任郑立中在欢送宴会上发表了即席讲话').speakers).toEqual([]);
  });
});

describe('speakers: a given name the speaker uses for himself, and labels that are no names (nineteenth session)', { timeout: 60_000 }, () => {
  it('a message whose speaker names himself by his given name has him as its speaker (lyee.gov.tw, lugangnews.com)', () => {
    const luye = ingestText([
      '维顺承蒙乡亲之厚爱栽培得以入主乡政，内心心存感激，也深感责任之重大；维顺除借此机会表达十二万分的谢意之外，对国强乡长八年以来在「鹿野花园」的主轴之下所推动的各项软、硬体建设成果深表感佩之意。',
      '',
      '选举是民主程序，是一时的，而乡政的推动是延续性的，不应该也不会因人而异，维顺将在国强乡长打下的既有基础之下，率领乡公所全体工作同仁一起打拼。也盼望乡亲与各级长官鼎力协助、共襄盛举。',
      '',
      '维顺深知乡政建设是无止境的，主政者更需要有宏观的远见与执行的魄力，所以就任以后将本持好的不变，变的更好为原则，以「乡亲为中心，念念为乡土」与公所同仁共勉，并会贯彻『三维三顺』来为乡政建设冲刺！',
    ].join('\n')).data.meta;
    expect(luye.type).toBe('speech');
    expect(luye.speakers?.map((s) => s.name)).toEqual(['维顺']);
    const lugang = ingestText([
      '积极稳健向前迈进推动鹿港发展',
      '',
      '昨(二十五日)在公所四楼礼堂的「一一四年施政成果报告」，涌入超过六OO位好朋友前来观礼，志宏心中既感动又温暖，回顾一O七年上任以来，走过故乡的大街小巷。',
      '',
      '志宏要感谢的人太多，感谢乡亲的相知相挺，给与公所团队加油打气；感谢镇政顾问团对志宏的鞭策与建议；当然志宏更要感谢公所团队的齐心努力。',
      '',
      '未来一年里，志宏将秉持初衷，为鹿港的发展，积极稳健的向前迈进，落实执行既定规划的政策。',
    ].join('\n')).data.meta;
    expect(lugang.type).toBe('speech');
    expect(lugang.speakers?.map((s) => s.name)).toEqual(['志宏']);
  });

  /** ilc.edu.tw's pupils' interview of their teacher (unseen13 c13-ilc), shortened, as the pipeline converts it. */
  const ILC = (title: string) => [
    title,
    '',
    '有一次我们第十二课讲到访谈，连老师突然灵机一动，然后跟我们说：「我们要分组，还要去访谈别人。」之后我们小组讨论后，我们就决定要访问徐远谋老师。',
    '',
    '访问对象：徐老师',
    '',
    '记者：张育齐、陈冠宇、吴东晋',
    '',
    '纪录：张育齐、陈冠宇、吴东晋',
    '',
    '育齐：请问您对桌球有何感想？',
    '',
    '徐老师：桌球是一种运动。小时候，曾经参加过桌球校队，后来才当上小学老师，所以才当上桌球老师。',
    '',
    '冠宇：请问您为什么想当老师呢？',
    '',
    '许老师：当初是因为老师没钱，只好去读师范学院，所以老师才会当上教育界的麻辣鲜师「徐远谋老师」！',
    '',
    '东晋：请问您喜欢当老吗？为什么？',
    '',
    '徐老师：喜欢，学生可爱、环境优雅、同事和谐、薪水待遇不差！',
  ].join('\n');

  it('a surname and 老师 as a label is the one person named in full with 老师, and a dictionary word (纪录) is nobody', () => {
    const meta = ingestText(ILC('访谈活动-与徐远谋老师有约')).data.meta;
    expect(meta.type).toBe('interview');
    expect(meta.speakers?.map((s) => s.name)).toEqual(['徐远谋']);
  });

  it('a surname and 老师 with two teachers of that surname named in full is nobody', () => {
    const meta = ingestText(ILC('访谈活动-与徐远谋老师、徐志明老师有约')).data.meta;
    expect(meta.speakers?.map((s) => s.name)).toEqual([]);
  });
});
