// The words of official posts and of the verbs around a named official, as
// data: every entry is a pattern (a RegExp source), one real text it was seen
// in, and where: "<site> <eval|raw|fixture>:<ref>" (an evaluation case, a seed
// of content/raw, a file under tests/fixtures). tests/unit/people.test.ts
// checks that each example holds its pattern and is in its source.

export interface Term {
  term: string;
  example: string;
  seen: string;
}

/**
 * Words that end an official post. A person is named right after the post
 * (县委书记陆晓延) or right before it (陈世尧镇长). 副/常务副/代 before the word
 * belong to the post (副县长, 常务副市长, 代市长).
 */
export const POSTS: Term[] = [
  { term: '书记', example: '党委书记吴有福主持会议并讲话', seen: 'djy.chizhouhospital.com eval:pg-chizhou-hospital-report' },
  { term: '书记', example: '县委书记陆晓延', seen: 'www.huxianbbs.com fixture:classify/pages/huxianbbs-report.txt' },
  // 总书记 after the name (习近平总书记在…): 书记 alone would leave 总 between the name and the post.
  { term: '总书记', example: '习近平总书记在二十届中共中央政治局常委同中外记者见面时的讲话', seen: 'news.dahe.cn fixture:speakermiss-s30/news-dahe.txt' },
  { term: '总书记', example: '习近平总书记指出', seen: 'hanjia777.com eval:c3c-hanjia777-rural-revival-dangke' },
  { term: '县长', example: '副县长邓晓宇主持会议', seen: 'www.huxianbbs.com fixture:classify/pages/huxianbbs-report.txt' },
  { term: '市长', example: '市长刘英杰', seen: 'www.fy58.com fixture:classify/pages/fy58-forum-report.txt' },
  { term: '市长', example: '代市长周斌指出', seen: 'www.yangtse.com eval:news-yangtse-new-year-meetings' },
  { term: '区长', example: '区长薛天江', seen: 'caijing.chinadaily.com.cn fixture:classify/pages/chinadaily-signing-report.txt' },
  { term: '区长', example: '常务副区长陈志会', seen: 'big-sell.com fixture:classify/pages/big-sell-groundbreaking-report.txt' },
  { term: '省长', example: '省长王凯说', seen: 'finance.people.com.cn eval:news-people-henan-presser' },
  { term: '镇长', example: '塘下镇人民政府陈世尧镇长', seen: '010zaixian.com fixture:classify/pages/010zaixian-zhuchici.txt' },
  { term: '局长', example: '副市长、公安局长王锡章出席会议并讲话', seen: 'www.sm.gov.cn eval:txt-smgov-sanming-police-chiefs-report' },
  { term: '局长', example: '市教育局王育伦局长讲话', seen: '010zaixian.com fixture:classify/pages/010zaixian-zhuchici.txt' },
  { term: '厅长', example: '西藏自治区农业农村厅厅长杜杰说', seen: 'epaper.chinatibetnews.com eval:news-tibetdaily-toilet-revolution' },
  { term: '部长', example: '校党委组织部部长于克训', seen: 'www.tjh.com.cn fixture:classify/pages/tjh-hospital-report.txt' },
  { term: '部长', example: '组织部长魏宏', seen: 'www.gcdr.gov.cn fixture:classify/pages/gcdr-gov-report.txt' },
  { term: '司长', example: '宣传司副司长 胡强强', seen: 'news.zhaobiao.cn fixture:classify/pages/zhaobiao-nhc-presser.txt' },
  { term: '处长', example: '干部五处处长胡立强', seen: 'www.tjh.com.cn fixture:classify/pages/tjh-hospital-report.txt' },
  { term: '庭长', example: '省法院立案庭庭长熊顺出席会议并作讲话', seen: 'hgszy.hbfy.gov.cn fixture:classify/pages/hbfy-court-report.txt' },
  { term: '庭长', example: '省法院立案庭副庭长杨京晶主持会议', seen: 'hgszy.hbfy.gov.cn fixture:classify/pages/hbfy-court-report.txt' },
  { term: '委员', example: '黄冈中院审判委员会专职委员梅阳', seen: 'hgszy.hbfy.gov.cn fixture:classify/pages/hbfy-court-report.txt' },
  { term: '主任', example: '国家发展改革委主任郑栅洁', seen: 'www.kepu.gov.cn eval:news-kepu-yangtze-symposium' },
  { term: '主任', example: '扶余工业集中区管委会主任刘占海', seen: 'www.fy58.com fixture:classify/pages/fy58-forum-report.txt' },
  { term: '主席', example: '省政协主席秦玉琴', seen: 'www.gcdr.gov.cn fixture:classify/pages/gcdr-gov-report.txt' },
  { term: '主席', example: '政协副主席马靖', seen: 'mp.weixin.qq.com eval:web-wechat-suide-veterans' },
  // The head of a chamber of commerce or an association: 商会会长.
  { term: '会长', example: '东莞市安徽安庆商会会长许绪宝', seen: 'www.linxiangshanghui.org.cn eval:w2-linxiangshanghui-anqing-chamber-visit-report' },
  { term: '会长', example: '陕西省湖南商会会长 谢成波', seen: 'sxshnsh.cn fixture:classify/pages/sxshnsh-chamber-newyear-speech.txt' },
  { term: '院长', example: '副院长李华', seen: 'healthcn.net fixture:classify/pages/healthcn-hospital-report.txt' },
  { term: '院长', example: '副院长王细宏传达了', seen: 'djy.chizhouhospital.com eval:pg-chizhou-hospital-report' },
  { term: '校长', example: '副校长马小洁', seen: 'www.tjh.com.cn fixture:classify/pages/tjh-hospital-report.txt' },
  { term: '政委', example: '县人武部政委赵山学', seen: 'mp.weixin.qq.com eval:web-wechat-suide-veterans' },
  { term: '总理', example: '国务院总理李强', seen: 'www.kepu.gov.cn eval:news-kepu-yangtze-symposium' },
  { term: '秘书长', example: '省委秘书长晏永和', seen: 'www.gcdr.gov.cn fixture:classify/pages/gcdr-gov-report.txt' },
  { term: '董事长', example: '投资公司党委书记、董事长肖俊生', seen: 'caijing.chinadaily.com.cn fixture:classify/pages/chinadaily-signing-report.txt' },
  { term: '总经理', example: '董事长、总经理蒋国兴发言', seen: 'big-sell.com fixture:classify/pages/big-sell-groundbreaking-report.txt' },
  // A company's or a public body's chief executive (总裁, 行政总裁 in Hong Kong), signing or named as such.
  { term: '总裁', example: '苏豪副总裁丁海说', seen: 'www.toutiao.com eval:html-toutiao-xinhua-foreign-trade' },
  { term: '总裁', example: '署署长梁永立及医院管理局行政总裁何兆炜医生', seen: 'www.healthbureau.gov.hk eval:a8-healthbureau-tripartite-meeting-report' },
  { term: '总监', example: '财务总监鲍宗平', seen: 'caijing.chinadaily.com.cn fixture:classify/pages/chinadaily-signing-report.txt' },
  { term: '特首|行政长官', example: '港特首梁振英就住宅违建事件道歉', seen: 'www.bbc.co.uk eval:html-bbc-hk-chief-executive-apology' },
  { term: '特首|行政长官', example: '香港行政长官梁振英在各方压力下', seen: 'www.bbc.co.uk eval:html-bbc-hk-chief-executive-apology' },
  { term: '支书', example: '红旗村的村支书严龙宝', seen: 'ijzq.com fixture:classify/pages/ijzq-village-interview.txt' },
  { term: '负责人', example: '中心区实验小学筹建负责人胡志宇', seen: '010zaixian.com fixture:classify/pages/010zaixian-zhuchici.txt' },
  { term: '发言人', example: '新闻发言人 胡凯红', seen: 'www.syjyzs888.com eval:pg-syjyzs-chuifenghui-interview' },
  // A procuratorate's head: 检察长 holds no other post word (院长 is the court's).
  { term: '检察长', example: '县检察院党组书记、检察长钟春毅', seen: 'suixianwang.net eval:a11-suixianwang-suixian-procuratorate-work-meeting-report' },
  { term: '检察长', example: '最高检检察长张军表示', seen: 'spics.org.cn eval:b11-spics-spp-open-day-juvenile-report' },
  // 主任委员 shortened, Taiwan's usage for the head of a council (陆委会) and of a party's branch (致公党).
  { term: '主委', example: '陆委会副主委梁文杰称', seen: 'hxnews.com eval:d16-hxnews-lianghu-forum-interview' },
  { term: '主委', example: '王珣章主委在中美经贸圆桌会议的致辞稿', seen: 'www.apgei.org eval:c17-apgei-zhigong-usa-roundtable-speech' },
];

/**
 * Posts read only where a whole line is a post and a name (a speaker's line under a title, 湖南日报社党组书记、社长
 * 姜协军), never in running text: 社长 there is as often the start of 社长期以来 (人民日报社长期以来) as a post.
 */
export const LINE_POSTS: Term[] = [
  { term: '社长', example: '湖南日报社党组书记、社长 姜协军', seen: 'm.sharepointconcepts.com eval:c15-sharepointconcepts-hunan-daily-commentary-speech' },
  { term: '社长', example: '香港文汇报社长姜在忠', seen: 'dimsumtv.com fixture:chrome/chrometail-s31/B/dimsumtv-s31-report/raw.txt' },
];

/** Surnames of officials in the news that the shared surname list (structure/lines.ts) lacks. */
export const SURNAMES: Term[] = [
  { term: '习', example: '中央军委主席习近平', seen: 'www.cnr.cn eval:cx-cnr-equipment-test-regulation' },
  { term: '洪', example: '外交部发言人洪磊', seen: 'www.com3y.cn fixture:classify/pages/com3y-mfa-presser.txt' },
  { term: '寿', example: '国务院新闻办新闻局 寿小丽', seen: 'tcme.hmed365.com eval:x2-hmed365-scio-health-reform-presser-interview' },
  { term: '寿', example: '国务院新闻办新闻局副局长、新闻发言人寿小丽', seen: 'kaosee.cn fixture:classify/pages/kaosee-scio-briefing-interview.txt' },
];

/**
 * What follows a person's name in a report (the boundary that tells where the
 * name ends): a speaking or acting verb, 同志, or 等 closing a list. Punctuation
 * and digits end a name too; they need no entry.
 */
export const AFTER_NAME: Term[] = [
  // 于 (on, at) and 关于 (on the subject of) open the phrase after a name: 署理行政长官唐英年于六月二日…的谈话全文, 检察长张军关于…工作的报告.
  { term: '于|关于', example: '以下为署理行政长官唐英年于六月二日就国务院批准曾荫权辞去香港特别行政区政务司司长职务', seen: 'lizawang.com eval:b7-lizawang-hk-acting-ce-tsang-resignation-remarks' },
  { term: '于|关于', example: '听取最高人民检察院检察长张军关于最高人民检察院工作的报告', seen: 'm.ericfola.com eval:a17-ericfola-zhangjun-procuratorate-speech' },
  // A press release's 今日 after the name: 行政长官曾荫权今日（六月三十日）出席….
  { term: '今日|今晚', example: '以下为行政长官曾荫权今日（六月三十日）出席', seen: 'www.info.gov.hk eval:c3b-infogovhk-tsang-ocmfa-speech' },
  { term: '今日|今晚', example: '以下是行政长官李家超今日（十月一日）出席', seen: 'sc.isd.gov.hk fixture:classify/pages/isd-hk-national-day-speech.txt' },
  // A lede's day word between the name and what he did (thirty-first session, speakerless):
  // 行政长官梁振英近日接受了…专访 names the interviewee whose answers are labelled 答.
  { term: '近日|日前', example: '香港特区行政长官梁振英近日接受了香港大公文汇传媒集团专访', seen: 'newspaperhk.com eval:d23-newspaperhk-cy-leung-ta-kung-wen-wei-interview' },
  { term: '近日|日前', example: '中央军委主席习近平日前签署命令', seen: 'www.cnr.cn eval:cx-cnr-equipment-test-regulation' },
  { term: '同志', example: '同济医院党委书记吴菁同志主持会议', seen: 'www.tjh.com.cn fixture:classify/pages/tjh-hospital-report.txt' },
  { term: '同志', example: '中央政法委书记周永康同志在', seen: 'www.shanhaijingshui.cn eval:pg-shanhaijingshui-court-speech' },
  { term: '出席', example: '省人大主任张学忠出席会议并讲话', seen: 'www.gcdr.gov.cn fixture:classify/pages/gcdr-gov-report.txt' },
  { term: '出席', example: '中央办公厅主任蔡奇出席座谈会', seen: 'www.kepu.gov.cn eval:news-kepu-yangtze-symposium' },
  { term: '主持', example: '省委副书记陶武先主持会议', seen: 'www.gcdr.gov.cn fixture:classify/pages/gcdr-gov-report.txt' },
  { term: '主持', example: '副厅长王韬主持会议', seen: 'gkhcyb.com eval:txt-gkhcyb-shaanxi-agriculture-chiefs-report' },
  { term: '指出', example: '代市长周斌指出', seen: 'www.yangtse.com eval:news-yangtse-new-year-meetings' },
  { term: '指出', example: '鲁绍延指出', seen: 'www.liufangtea.com fixture:classify/pages/liufangtea-report.txt' },
  { term: '强调', example: '吴有福强调', seen: 'djy.chizhouhospital.com eval:pg-chizhou-hospital-report' },
  { term: '强调', example: '张学忠强调', seen: 'www.gcdr.gov.cn fixture:classify/pages/gcdr-gov-report.txt' },
  { term: '表示', example: '孙守刚表示', seen: 'finance.people.com.cn eval:news-people-henan-presser' },
  { term: '说', example: '西藏自治区农业农村厅厅长杜杰说', seen: 'epaper.chinatibetnews.com eval:news-tibetdaily-toilet-revolution' },
  { term: '说', example: '省长王凯说', seen: 'finance.people.com.cn eval:news-people-henan-presser' },
  { term: '介绍', example: '河南省发展改革委主任马健介绍', seen: 'finance.people.com.cn eval:news-people-henan-presser' },
  { term: '讲话', example: '孙矿玲讲话', seen: 'gkhcyb.com eval:txt-gkhcyb-shaanxi-agriculture-chiefs-report' },
  { term: '讲话', example: '请陈世尧镇长讲话', seen: '010zaixian.com fixture:classify/pages/010zaixian-zhuchici.txt' },
  { term: '在', example: '王锡章在讲话中强调', seen: 'www.sm.gov.cn eval:txt-smgov-sanming-police-chiefs-report' },
  { term: '在', example: '刘英杰在讲话中说', seen: 'www.fy58.com fixture:classify/pages/fy58-forum-report.txt' },
  { term: '带领', example: '区委书记张立军带领党政代表团来扶余考察', seen: 'www.fy58.com fixture:classify/pages/fy58-forum-report.txt' },
  { term: '向', example: '局长霍海军向大会致词', seen: 'mp.weixin.qq.com eval:web-wechat-suide-veterans' },
  { term: '宣读', example: '副局长郝向东宣读了', seen: 'mp.weixin.qq.com eval:web-wechat-suide-veterans' },
  { term: '宣读', example: '胡立强宣读了中共湖北省委决定', seen: 'www.tjh.com.cn fixture:classify/pages/tjh-hospital-report.txt' },
  { term: '传达', example: '副院长王细宏传达了', seen: 'djy.chizhouhospital.com eval:pg-chizhou-hospital-report' },
  { term: '部署', example: '纪委书记孙实部署了', seen: 'djy.chizhouhospital.com eval:pg-chizhou-hospital-report' },
  { term: '参加', example: '县政府副处级领导宋德仁参加第六组讨论', seen: 'www.liufangtea.com fixture:classify/pages/liufangtea-report.txt' },
  { term: '先后', example: '安徽省委书记韩俊先后发言', seen: 'www.kepu.gov.cn eval:news-kepu-yangtze-symposium' },
  { term: '对', example: '副县长郭强对我县2011年三夏工作进行了全面总结', seen: 'www.huxianbbs.com fixture:classify/pages/huxianbbs-report.txt' },
  { term: '对', example: '薛天江对鲍宗平一行的到来表示热烈欢迎', seen: 'caijing.chinadaily.com.cn fixture:classify/pages/chinadaily-signing-report.txt' },
  { term: '一行', example: '鲍宗平一行', seen: 'caijing.chinadaily.com.cn fixture:classify/pages/chinadaily-signing-report.txt' },
  { term: '发言', example: '董事长、总经理蒋国兴发言', seen: 'big-sell.com fixture:classify/pages/big-sell-groundbreaking-report.txt' },
  { term: '发表', example: '常务副区长陈志会发表重要讲话', seen: 'big-sell.com fixture:classify/pages/big-sell-groundbreaking-report.txt' },
  { term: '等', example: '投资总监韩广杰等出席签约仪式', seen: 'caijing.chinadaily.com.cn fixture:classify/pages/chinadaily-signing-report.txt' },
  { term: '等', example: '组织部部长于克训等出席会议', seen: 'www.tjh.com.cn fixture:classify/pages/tjh-hospital-report.txt' },
  { term: '及', example: '市政府办公室主任杨贵春及相关部门领导参加活动', seen: 'www.fy58.com fixture:classify/pages/fy58-forum-report.txt' },
  { term: '与', example: '韩广杰与梁园区副区长陈允璨分别代表双方签约', seen: 'caijing.chinadaily.com.cn fixture:classify/pages/chinadaily-signing-report.txt' },
  { term: '分别', example: '陈允璨分别代表双方签约', seen: 'caijing.chinadaily.com.cn fixture:classify/pages/chinadaily-signing-report.txt' },
  { term: '宣布', example: '江孟甫书记宣布中心区实验小学开工', seen: '010zaixian.com fixture:classify/pages/010zaixian-zhuchici.txt' },
  { term: '为', example: '筹建负责人胡志宇为中心区实验小学奠基培土', seen: '010zaixian.com fixture:classify/pages/010zaixian-zhuchici.txt' },
  { term: '还', example: '市委高纪明书记还将作重要讲话', seen: 'dawenge.com fixture:classify/pages/dawenge-civilised-city-speech.txt' },
  { term: '就', example: '港特首梁振英就住宅违建事件道歉', seen: 'www.bbc.co.uk eval:html-bbc-hk-chief-executive-apology' },
  { term: '答', example: '省纪委副书记张晓亚答记者问', seen: 'news.sina.com.cn eval:pg-sina-shanxi-jiwei-interview' },
  { term: '做客', example: '全国政协委员徐永光做客新华网', seen: 'hhyfoundation.org eval:ho-hhyfoundation-xuyongguang-interview' },
  { term: '做客', example: '本网邀请市政务服务管理局局长李明做客在线访谈', seen: 'synthetic fixture:structure/interview-host.txt' },
  { term: '代表', example: '吴景梅副院长代表中心医院', seen: 'm.lyruiju.cn fixture:classify/pages/lyruiju-hospital-report.txt' },
  { term: '代表', example: '金华同志代表院党组传达了', seen: 'www.shanhaijingshui.cn eval:pg-shanhaijingshui-court-speech' },
];

/**
 * What may stand right before a name that is followed by its post (请陈世尧镇长,
 * 塘下镇人民政府陈世尧镇长): a word that introduces the person, or the end of
 * the name of the body the post is in. Punctuation and the start of a clause
 * need no entry.
 */
export const BEFORE_NAME: Term[] = [
  { term: '请', example: '请陈世尧镇长讲话', seen: '010zaixian.com fixture:classify/pages/010zaixian-zhuchici.txt' },
  { term: '请', example: '请市教育局王育伦局长讲话', seen: '010zaixian.com fixture:classify/pages/010zaixian-zhuchici.txt' },
  { term: '由', example: '会议由院长党委副书记陆庆革主持', seen: 'healthcn.net fixture:classify/pages/healthcn-hospital-report.txt' },
  { term: '会上', example: '会上，吴景梅副院长代表中心医院', seen: 'm.lyruiju.cn fixture:classify/pages/lyruiju-hospital-report.txt' },
  { term: '(?:政府|府|委|局|办事处|办|院|厅|部)', example: '塘下镇人民政府陈世尧镇长', seen: '010zaixian.com fixture:classify/pages/010zaixian-zhuchici.txt' },
  { term: '(?:政府|府|委|局|办事处|办|院|厅|部)', example: '鲍田办事处余丽芬书记', seen: '010zaixian.com fixture:classify/pages/010zaixian-zhuchici.txt' },
  { term: '(?:人大|政协)', example: '塘下镇人大薛存苗主席', seen: '010zaixian.com fixture:classify/pages/010zaixian-zhuchici.txt' },
  { term: '(?:人大|政协)', example: '区政协副主席李士慧', seen: 'm.lyruiju.cn fixture:classify/pages/lyruiju-hospital-report.txt' },
];
