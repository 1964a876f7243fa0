// The words that say where a document's own date stands, as data: every term
// is a RegExp source with one real line it was seen in and where: "<site>
// <eval|raw|fixture>:<ref>" (an evaluation case, a seed of content/raw, a
// file under tests/fixtures). Each list is one rule with examples from at
// least two sites; tests/unit/dates.test.ts checks each example and counts
// the sites.

import { HOLIDAYS } from './holidays.ts';

export interface Term {
  term: string;
  example: string;
  seen: string;
}

/** The RegExp source of a list: its terms as alternatives. */
export const alternatives = (terms: Term[]) => [...new Set(terms.map((t) => t.term))].map((t) => `(?:${t})`).join('|');

/** Labels of the page's own date in info lines and 信息公开 tables; the value follows a colon. */
export const PAGE_DATE_LABELS: Term[] = [
  { term: '发布时间', example: '发布时间：2009-09-30 10:53', seen: 'www.miit.gov.cn eval:web-mirror-miit-beijing-telecom' },
  { term: '发布时间', example: '发布时间：2021-04-07', seen: 'www.baoding.gov.cn eval:gov-baoding-presser' },
  { term: '发布日期', example: '发布日期:2018年03月27', seen: 'laodongfa.com eval:pg-laodongfa-shanxi-notice' },
  { term: '生成日期', example: '生成日期：2023-05-11', seen: 'www.wanzai.gov.cn eval:gov-wanzai-stats-bulletin' },
  { term: '成文日期', example: '成文日期: | 2021年09月28日', seen: 'www.hanyin.gov.cn eval:txt-hanyin-county-agri-funds-notice' },
  { term: '发文日期', example: '发文日期:2019-01-23', seen: 'zwgkw.thx.gov.cn eval:pg-taihu-county-notice' },
  { term: '公开日期', example: '公开日期: | 2021-09-30 01:40', seen: 'www.hanyin.gov.cn eval:txt-hanyin-county-agri-funds-notice' },
];

/**
 * Labels of the day an interview was held, in the header block an interview prints under its title
 * (采访对象 / 采访组 / 采访日期 / 采访地点): the value is the interview's own day, not the page's.
 */
export const INTERVIEW_DATE_LABELS: Term[] = [
  { term: '(?:采访|访谈|专访)(?:日期|时间)', example: '采访日期：2017年6月5日', seen: 'www.nctzt.org eval:unseen23/d23-nctzt-xiamen-planning-director-zhengjinmu-interview' },
  { term: '(?:采访|访谈|专访)(?:日期|时间)', example: '采访日期：2018年1月6日', seen: 'sfahvof.cn eval:unseen19/d19-sfahvof-baoshan-former-secretary-lvminyuan-interview' },
];

/**
 * A newspaper page's marks on the line that carries its issue date (the paper's page number or its
 * 上一版/下一版 pager): the date on such a line is the issue's, the day the page was printed.
 */
export const ISSUE_PAGE_MARKS: Term[] = [
  { term: '上一版|下一版', example: '上一版3  4下一版 2017年7月27日 星期 放大 缩小 默认', seen: 'paper.ce.cn eval:pg-ce-paper-xianweishuji-report' },
  { term: '(?<=^|[\\p{Script=Han}][ \\t\\u3000]*)P[0-9]{1,3}(?=\\s|[|｜])', example: '大众报 P08 | 澳门新闻 2011-09-02', seen: 'archive.acgloria.com eval:unseen12/c12-acgloria-nanhai-association-inauguration-report' },
];

/**
 * Bare 时间 and 日期 label the page's date only where they begin a field (a
 * line, a cell, after a separator): 会议时间：… inside a notice is another date.
 */
export const FIELD_DATE_LABELS: Term[] = [
  { term: '时间', example: '时间:2019-05-14 10:45:55', seen: 'xiexiebang.com eval:txt-xiexiebang-hunan-graduate-employment-notice' },
  { term: '时间', example: '时间:2022-11-21 12:36:00', seen: 'gwyoo.com eval:txt-gwyoo-maoming-organisation-speech' },
];

/** A newswire or newspaper dateline before a report's first sentence. */
export const DATELINES: Term[] = [
  { term: '(?:据)?新华社[\\p{Script=Han}]{0,8}?(?:[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日)?电', example: '新华社上海11月30日电 中共中央总书记、国家主席、中央军委主席习近平30日上午在上海主持召开深入推进长三角一体化发展座谈会', seen: 'www.kepu.gov.cn eval:news-kepu-yangtze-symposium' },
  { term: '(?:据)?新华社[\\p{Script=Han}]{0,8}?(?:[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日)?电', example: '据新华社拉萨电（记者 格桑边觉）记者近日从西藏自治区农业农村厅召开的全区农牧业工作会议上了解到', seen: 'epaper.chinatibetnews.com eval:news-tibetdaily-toilet-revolution' },
  // A 讯 dateline with its reporters credited without brackets, each name closed by a space (tried
  // before the bracketed form, which would stop at the 讯).
  { term: '[\\p{Script=Han}]{0,8}(?:网|报|台)讯\\s*(?:(?:记者|通讯员|实习生)\\s*(?:[\\p{Script=Han}·]{2,4}\\s+)+)+', example: '本网讯  记者骆骥  2月5日,市政府召开八届三次全体(扩大)会议', seen: 'hongye688.com fixture:dates/pages/hongye688-government-plenary.txt' },
  { term: '[\\p{Script=Han}]{0,8}(?:网|报|台)讯\\s*(?:(?:记者|通讯员|实习生)\\s*(?:[\\p{Script=Han}·]{2,4}\\s+)+)+', example: '本报讯 记者 刁城邦 苏远龙 通讯员 何宽 近日，市公安局召开春节安保工作情况通报', seen: 'hit008.com eval:unseen/u1-hit008-spring-festival-police-report' },
  // A 讯 dateline with the reporter's name in brackets after it.
  { term: '[\\p{Script=Han}]{0,8}(?:网|报|台)讯\\s*(?:[（(][^（）()]{1,30}[）)])?', example: '唐尧网讯（记者刘向真）4月7日，保定市召开新闻发布会', seen: 'www.baoding.gov.cn eval:gov-baoding-presser' },
  { term: '[\\p{Script=Han}]{0,8}(?:网|报|台)讯\\s*(?:[（(][^（）()]{1,30}[）)])?', example: '本网讯(王吉成)3月26日,全县安全生产工作推进会召开。', seen: 'zpxww.cn fixture:dates/pages/zpxww-safety-meeting.txt' },
  // A county's media centre (融媒体中心) is an outlet as a 网, 报 or 台 is, and datelines its reports so
  // (汨罗融媒体讯(记者 周敏 姚望)10月25日下午，…; with its day, 衡东融媒2月23日讯 below).
  { term: '[\\p{Script=Han}]{0,8}融媒体?讯\\s*(?:[（(][^（）()]{1,30}[）)])?', example: '汨罗融媒体讯(记者 周敏 姚望)10月25日下午,市委书记朱平波赴高新区调研', seen: 'www.miluo.gov.cn fixture:dates/pages/miluo-rongmei-dateline.txt' },
  // A 讯 or 报道 dateline of an outlet of any name (a school's reporters' club, a county app), known as one by the
  // credit in brackets after it, which opens on a writer's or photographer's label; the bracket is read as a credit after it.
  { term: '[\\p{Script=Han}]{1,12}(?:讯|报道)[:：]?\\s*(?=[（(]\\s*(?:文|图|摄影?|记者|通讯员|实习生|首席记者|特约记者|全媒体记者|融媒体记者)\\s*[:：/／\\s])', example: '中视小记者讯(文:詹亚军 段永红 图:陈春宇)2023年1月10日,在第三届“中国人民警察节”到来之际', seen: 'fzbdw.org.cn eval:unseen13/a13-fzbdw-zhaodong-police-day-calligraphy-report' },
  { term: '[\\p{Script=Han}]{1,12}(?:讯|报道)[:：]?\\s*(?=[（(]\\s*(?:文|图|摄影?|记者|通讯员|实习生|首席记者|特约记者|全媒体记者|融媒体记者)\\s*[:：/／\\s])', example: '云上通山报道:(通讯员 韩眸果)为进一步加大环境卫生整治力度', seen: 'ts.tongshan1.cn fixture:dates/pages/tongshan1-credited-dateline.txt' },
  // An outlet's 讯 of any name (本站讯, 岳阳日报全媒体讯, 传媒网-日报讯): 讯 "news from" after the outlet is the dateline
  // word whatever the outlet calls itself. Known as a dateline by what follows it — a space before the first
  // sentence, or the writers' names in brackets — so that a word ending in 讯 inside a sentence (传来喜讯) is none.
  { term: '[\\p{Script=Han}]{1,12}(?:[-－·][\\p{Script=Han}]{1,8})?(?<!喜)讯(?:[ \\t\\u3000]+|\\s*[（(][^（）()]{1,30}[）)])', example: '本站讯 2004年1月21日是大年三十，我院在红角洲新校区食堂举行师生共庆春节团拜', seen: 'tsswzy.com eval:unseen11/c11-tsswzy-college-new-year-eve-report' },
  { term: '[\\p{Script=Han}]{1,12}(?:[-－·][\\p{Script=Han}]{1,8})?(?<!喜)讯(?:[ \\t\\u3000]+|\\s*[（(][^（）()]{1,30}[）)])', example: '岳阳日报全媒体讯（翁正娇 周敏）1月23日，带着新春的关怀和暖暖的祝福', seen: 'www.803.com.cn eval:unseen22/c22-803-miluo-propaganda-chief-journalists-visit-report' },
  // A reporter's credit without brackets that opens the paragraph as a dateline does (记者梁爽报道　6月10日，…): the
  // names and 报道, never a time word in the name's place (记者近日报道 is a sentence, not a credit).
  { term: '(?:本报|本台|本网)?(?:首席|特约|全媒体|融媒体|实习)?记者\\s*(?!近日|日前|今天|今日|昨天|昨日)[\\p{Script=Han}·]{2,4}(?:[、\\s]+[\\p{Script=Han}·]{2,4})*\\s*报道[，,：:]?', example: '记者梁爽报道\u30006月10日，辽宁省第十四届运动会青少年组现代五项比赛在弓长岭区开幕', seen: 'www.liaoyang.gov.cn eval:unseen15/a15-liaoyang-gongchangling-pentathlon-opening-report' },
  { term: '(?:本报|本台|本网)?(?:首席|特约|全媒体|融媒体|实习)?记者\\s*(?!近日|日前|今天|今日|昨天|昨日)[\\p{Script=Han}·]{2,4}(?:[、\\s]+[\\p{Script=Han}·]{2,4})*\\s*报道[，,：:]?', example: '记者王刚报道,为做好秸秆禁烧工作,南郊乡积极行动,采取多项措施', seen: 'nickbaillie.com eval:unseen7/b7-nickbaillie-yuwangtai-straw-burning-spun-mirror' },
  // A site's 消息 dateline ("news from") with its credit or its programme in brackets (央广网河南分网消息（记者 魏林甫 王一行）;
  // 央视网消息（新闻联播）：), as a 讯 dateline: the outlet's word, not the text's first sentence.
  { term: '[\\p{Script=Han}]{1,12}(?:网|台|报)消息\\s*[（(][^（）()]{1,30}[）)]\\s*[:：]?', example: '央广网河南分网消息（记者 魏林甫 王一行）11月13日，中央人民广播电台乡村之声', seen: 'chinaqn.com.cn eval:unseen32/c32-chinaqn-huaxian-secretary-donglianghong-cnr-village-voice-breadcrumb-caption-cut-report' },
  { term: '[\\p{Script=Han}]{1,12}(?:网|台|报)消息\\s*[（(][^（）()]{1,30}[）)]\\s*[:：]?', example: '中国网络电视台消息（新闻调查）：近几年，随着我国新农合的普及', seen: 'web120.com.cn eval:unseen31/e31-web120-village-doctors-cctv-news-probe-longsheng-tanliangzhi-hotsearch-cut-interview' },
  { term: '[\\p{Script=Han}]{1,12}(?:网|台|报)消息\\s*[（(][^（）()]{1,30}[）)]\\s*[:：]?', example: '央视网消息（新闻联播）：我国是农业大国', seen: 'www.07774.cn eval:unseen15/a15-07774-minister-rural-revival-report' },
  { term: '[（(][^（）()]{0,20}(?:记者|通讯员)[^（）()]{0,40}[）)]', example: '唐尧网讯（记者刘向真）4月7日，保定市召开新闻发布会', seen: 'www.baoding.gov.cn eval:gov-baoding-presser' },
  { term: '[（(][^（）()]{0,20}(?:记者|通讯员)[^（）()]{0,40}[）)]', example: '本报讯(李虹 记者 简强)昨日,青羊区卫生系统首届“院长论坛”在苏坡社区卫生服务中心举行', seen: 'news.sina.com.cn fixture:chrome/pages/sina-news.txt' },
  { term: '[（(][^（）()]{0,20}(?:记者|通讯员)[^（）()]{0,40}[）)]', example: '据新华社拉萨电（记者 格桑边觉）记者近日从西藏自治区农业农村厅召开的全区农牧业工作会议上了解到', seen: 'epaper.chinatibetnews.com eval:news-tibetdaily-toilet-revolution' },
];

/**
 * A wire's or a site's dateline that carries its own day (新华社上海11月30日电,
 * 中国网5月20日电, 央广网北京2月13日消息): the day the report was filed, which is the event's unless
 * the first sentence opens on a day of its own (…5月20日电 5月18日晚，…).
 * The term captures `date`; it stands at the start of the first paragraph.
 */
export const DATED_DATELINES: Term[] = [
  { term: '(?:据)?[\\p{Script=Han}]{1,6}?(?:社|网|报|台)[ \\u3000]?[\\p{Script=Han}]{0,8}?\\s*(?<date>[0-9一二三四五六七八九十]{1,2}\\s*月\\s*[0-9一二三四五六七八九十]{1,3}\\s*日)\\s*电', example: '新华社上海11月30日电 中共中央总书记、国家主席、中央军委主席习近平30日上午在上海主持召开深入推进长三角一体化发展座谈会', seen: 'www.kepu.gov.cn eval:news-kepu-yangtze-symposium' },
  { term: '(?:据)?[\\p{Script=Han}]{1,6}?(?:社|网|报|台)[ \\u3000]?[\\p{Script=Han}]{0,8}?\\s*(?<date>[0-9一二三四五六七八九十]{1,2}\\s*月\\s*[0-9一二三四五六七八九十]{1,3}\\s*日)\\s*电', example: '中国网5月20日电 5月18日晚，古北水镇 “光之城”文旅融合系列活动正式启动。', seen: 'www.china.com.cn eval:c3b-chinacomtravel-gubei-ctsholding-report' },
  { term: '(?:据)?[\\p{Script=Han}]{1,6}?(?:社|网|报|台)[ \\u3000]?[\\p{Script=Han}]{0,8}?\\s*(?<date>[0-9一二三四五六七八九十]{1,2}\\s*月\\s*[0-9一二三四五六七八九十]{1,3}\\s*日)\\s*电', example: '中新社北京3月3日电 (记者 朱方芳 官逸伦 臧赫 朱贺)3日的北京气温回暖', seen: 'us.usy7.cc fixture:dates/pages/cankaoxiaoxi-cppcc-presser.txt' },
  // A space between the agency and the place, as some portals print a wire's dateline (sample date-s12 ip111, ip124).
  { term: '(?:据)?[\\p{Script=Han}]{1,6}?(?:社|网|报|台)[ \\u3000]?[\\p{Script=Han}]{0,8}?\\s*(?<date>[0-9一二三四五六七八九十]{1,2}\\s*月\\s*[0-9一二三四五六七八九十]{1,3}\\s*日)\\s*电', example: '中新网 香港3月20日电(记者 刘大炜)浙江大学医学院附属邵逸夫医院高质量发展图片展开幕仪式20日在香港中文大学逸夫书院举行', seen: '111.203.215.41 fixture:dates/pages/ip111-spaced-wire-dateline.txt' },
  { term: '(?:据)?[\\p{Script=Han}]{1,6}?(?:社|网|报|台)[ \\u3000]?[\\p{Script=Han}]{0,8}?\\s*(?<date>[0-9一二三四五六七八九十]{1,2}\\s*月\\s*[0-9一二三四五六七八九十]{1,3}\\s*日)\\s*电', example: '中新社 澳门12月20日电 澳门离岛医疗综合体北京协和医院澳门医学中心(简称“澳门协和医院”)20日举行试营运仪式', seen: '124.42.81.250 fixture:dates/pages/ip124-spaced-wire-dateline.txt' },
  // A county's media centre's dated 讯, as a site's (undated: 汨罗融媒体讯(记者 周敏 姚望), above).
  { term: '(?:据)?[\\p{Script=Han}]{1,6}?融媒体?[\\p{Script=Han}]{0,8}?\\s*(?<date>[0-9一二三四五六七八九十]{1,2}\\s*月\\s*[0-9一二三四五六七八九十]{1,3}\\s*日)\\s*(?:讯|消息)', example: '衡东融媒2月23日讯（通讯员 许思思）为深入贯彻落实中央一号文件有关精神', seen: 'www.hengdong.gov.cn eval:unseen10/a10-hengdong-agriculture-spring-farming-report' },
  // A site's 讯 or 消息 dateline with its day, as a wire's 电.
  { term: '(?:据)?[\\p{Script=Han}]{1,6}?(?:网|报|台)[\\p{Script=Han}]{0,8}?\\s*(?<date>[0-9一二三四五六七八九十]{1,2}\\s*月\\s*[0-9一二三四五六七八九十]{1,3}\\s*日)\\s*(?:讯|消息)', example: '中国经济网北京3月2日讯（中国经济信息记者张超）3月2日下午，全国政协十一届五次会议新闻发布会在人民大会堂三楼金色大厅召开', seen: 'msn.finance.sina.com.cn eval:holdout/h2-msnsina-zhaoqizheng-cppcc-presser-report' },
  { term: '(?:据)?[\\p{Script=Han}]{1,6}?(?:网|报|台)[\\p{Script=Han}]{0,8}?\\s*(?<date>[0-9一二三四五六七八九十]{1,2}\\s*月\\s*[0-9一二三四五六七八九十]{1,3}\\s*日)\\s*(?:讯|消息)', example: '央广网北京2月13日消息', seen: 'www.cnr.cn eval:cx-cnr-equipment-test-regulation' },
  { term: '(?:据)?[\\p{Script=Han}]{1,6}?(?:网|报|台)[\\p{Script=Han}]{0,8}?\\s*(?<date>[0-9一二三四五六七八九十]{1,2}\\s*月\\s*[0-9一二三四五六七八九十]{1,3}\\s*日)\\s*(?:讯|消息)', example: '中国网5月13日讯', seen: 'news.china.com.cn eval:cx-chinacom-hohhot-childcare' },
  // A portal's channel or a paper's app named after its parent across a hyphen or a slash (浙江在线-台州频道11月11日讯;
  // 青岛日报社/观海新闻10月1日讯): the outlet's dated 讯 as a site's.
  { term: '(?:据)?[\\p{Script=Han}]{2,8}[-－/／][\\p{Script=Han}]{2,8}?\\s*(?<date>[0-9一二三四五六七八九十]{1,2}\\s*月\\s*[0-9一二三四五六七八九十]{1,3}\\s*日)\\s*(?:讯|消息)', example: '浙江在线-台州频道11月11日讯（浙江在线通讯员 陈强）在第20个记者节到来之际，11月7日上午', seen: 'hanfengnongye.com eval:unseen32/c32-hanfengnongye-tiantai-secretary-journalists-day-media-centre-trad-copyright-untitled-report' },
  { term: '(?:据)?[\\p{Script=Han}]{2,8}[-－/／][\\p{Script=Han}]{2,8}?\\s*(?<date>[0-9一二三四五六七八九十]{1,2}\\s*月\\s*[0-9一二三四五六七八九十]{1,3}\\s*日)\\s*(?:讯|消息)', example: '青岛日报社/观海新闻10月1日讯  “今天是你的生日,我的中国', seen: 'www.guanhai.com.cn fixture:dates/dayslip-s39/a04-guanhai-qingdao-mid-autumn-square-show.txt' },
];

/**
 * A clause a report's first sentence opens on before the day of the event:
 * its purpose or its basis (为全面推广…，确保…，4月25日，…; 根据学校相关工作安排，2月2日晚，…).
 * The day after it opens the event as if the sentence began on it. Not who
 * reported it (…通报，5月13日上午，…): the day after a report's source is of
 * what the source reports.
 */
export const LEDE_CLAUSES: Term[] = [
  { term: '(?:为了?|根据|按照|依据|遵照|围绕)[^。；：:]{2,80}?[，,]', example: '为全面推广使用好智慧党建管理服务平台，确保平台运转顺利、发挥作用、取得实效，4月25日，党委组织部联合信息化建设管理服务中心在仙林校区举办了南京大学智慧党建', seen: 'itsc.nju.edu.cn eval:holdout/h2-nju-itsc-party-platform-training-report' },
  { term: '(?:为了?|根据|按照|依据|遵照|围绕)[^。；：:]{2,80}?[，,]', example: '为贯彻落实省农业农村厅干部职工大会精神,2月19日下午,浙江省淡水水产研究所召开干部职工大会暨党风廉政建设大会', seen: 'www.zjfish.org eval:c4h-zjfish-institute-integrity-meeting-report' },
  { term: '(?:为了?|根据|按照|依据|遵照|围绕)[^。；：:]{2,80}?[，,]', example: '根据学校相关工作安排，2月2日晚，在学生处会议室举行了2019春节留校学生慰问座谈会', seen: 'www.sctu.edu.cn eval:fresh/h4-sctu-spring-festival-students-report' },
];

/**
 * A clause of a report's lede paragraph that opens on the day of what it tells, its year not printed: the day
 * with its month and a time of day or a comma after it (…“前花园”。3月10日中午，全国人大代表…在接受记者专访时; a pull
 * quote's paragraphs and its ——宋全科, then 4月12日，…接受了…专访; …礼物，6月30日上午，…举行了…2017届毕业典礼), perhaps as this year's
 * or last year's (去年12月30日，…签订…协议); or the day alone with its time of day (…。6日下午在福建省代表团的审议会上).
 * Past the first sentence such a day is the report's only when its year is established: by the page's stamp that
 * follows it within days, or by a year another rule established (extract/date-evidence.ts openingDay; stages/dates.ts,
 * rules date-opening-day-stamp and date-opening-day-year). The terms capture `rel`, `month` and `day`.
 */
export const OPENING_DAYS: Term[] = [
  { term: '(?<rel>今年|去年)?(?<month>[0-9]{1,2})月(?<day>[0-9]{1,2})日(?=(?:上午|下午|中午|晚上|晚间|凌晨|早上|早晨|清晨|傍晚)|[，,])', example: '3月10日中午，全国人大代表、日照市委书记杨军在接受记者专访时', seen: 'bodypridespa.com eval:unseen24/d24-bodypridespa-rizhao-secretary-yangjun-qingdao-front-garden-report' },
  { term: '(?<rel>今年|去年)?(?<month>[0-9]{1,2})月(?<day>[0-9]{1,2})日(?=(?:上午|下午|中午|晚上|晚间|凌晨|早上|早晨|清晨|傍晚)|[，,])', example: '4月12日，泾川县委书记宋全科接受了人民网甘肃频道的专访', seen: '0933.biz eval:unseen32/a32-0933biz-jingchuan-county-secretary-songquanke-people-net-interview-pull-quote-gbk-cut' },
  { term: '(?<rel>今年|去年)?(?<month>[0-9]{1,2})月(?<day>[0-9]{1,2})日(?=(?:上午|下午|中午|晚上|晚间|凌晨|早上|早晨|清晨|傍晚)|[，,])', example: '去年12月30日，县广播电视台与县农业局签订联办对农节目协议', seen: '86zhuxian.com eval:unseen34/c34-86zhuxian-tiantai-talent-site-county-tv-farm-programme-trad-pinyin-info-line-cut-report' },
  { term: '(?<rel>今年|去年)?(?<month>[0-9]{1,2})月(?<day>[0-9]{1,2})日(?=(?:上午|下午|中午|晚上|晚间|凌晨|早上|早晨|清晨|傍晚)|[，,])', example: '盛夏时节,骊歌唱响,6月4日上午,我院2023届毕业生齐聚学校新吴体育馆参加毕业典礼', seen: 'dz.wxstc.cn fixture:dates/openingday-s40/a06-wxstc-college-2023-graduation.txt' },
  { term: '(?<day>[0-9]{1,2})日(?=上午|下午|中午|晚上|晚间|凌晨|早上|早晨|清晨|傍晚)', example: '6日下午在福建省代表团的审议会上', seen: 'oubrhjy.cn eval:unseen19/d19-oubrhjy-fujian-secretary-suncunlan-npc-report' },
  { term: '(?<day>[0-9]{1,2})日(?=上午|下午|中午|晚上|晚间|凌晨|早上|早晨|清晨|傍晚)', example: '19日上午，由中国科学院学部局、教育部基础教育司主办', seen: 'news.gmw.cn eval:cases/c3b-gmw-space-zebrafish-report' },
];

/**
 * A report's first sentence opening on its day printed without the 月 (929日下午，…; 1226日，…), a typesetting
 * slip read as the month and day it can only be (tests/eval/README.md, expected.date): the digits split into a
 * month and a day one way only (929 is 9月29日, never 92月9日; 111 splits two ways and is left). The term
 * captures `digits`; extract/date-evidence.ts monthlessDay splits them.
 */
export const MONTHLESS_DAYS: Term[] = [
  { term: '(?<digits>[0-9]{3,4})\\s*日', example: '929日下午,代市长吴威主持召开市长办公会2021年第一次会议。', seen: 'www.yushu.gov.cn eval:unseen24/c24-yushu-acting-mayor-wuwei-office-meeting-report' },
  { term: '(?<digits>[0-9]{3,4})\\s*日', example: '1226日,区领导刘惠、于瑞均、李雯、马明扬、殷学武、王智毅、陈波分别主持召开《政府工作报告》征求意见建议座谈会。', seen: 'www.58xinbao.com fixture:dates/dateday-s31/a06-58xinbao-district-work-report-forums.txt' },
  // The year printed whole before the slip (2015年1213日上午): the same slip, the year the text's own.
  { term: '(?<year>(?:19|20)[0-9]{2})\\s*年\\s*(?<digits>[0-9]{3,4})\\s*日', example: '2015年1213日上午,县委常委会召开会议,听取了我院专题工作汇报。', seen: 'wwx.wuhucourt.gov.cn eval:unseen28/b28-wuhucourt-wuwei-county-standing-committee-hears-court-report' },
  // Past a first sentence that sets the scene (…直击现场。214日，…), opening a sentence as a lede's day does.
  { term: '(?<digits>[0-9]{3,4})\\s*日', example: '不发通知、不打招呼,直奔基层、直击现场。214日,党组书记、院长毛华庆奔赴藕池法庭', seen: 'gaxfy.hbfy.gov.cn eval:unseen31/b31-gaxfy-gongan-court-president-maohuaqing-tribunal-spot-checks-month-dropped-gbk-report' },
];

/**
 * A lede's day printed without its 日, right before the time of day (4月21晚，…; 321上午泉州市…社区民警…莅临我校), a
 * typesetting slip of the same kind as MONTHLESS_DAYS (tests/eval/README.md reads `1128日` so): the time of day after
 * the number makes it a day, read as the one month and day it can be. The term captures `month` and `day`, or
 * `digits` when the 月 went too; it stands at the start of a sentence or of a clause of the lede
 * (extract/date-evidence.ts monthlessDay).
 */
export const DAY_MARK_DROPS: Term[] = [
  { term: '(?<month>1[0-2]|[1-9])\\s*月\\s*(?<day>[12][0-9]|3[01]|[1-9])(?=上午|下午|晚上|晚间|晚|凌晨|早上|早晨|清晨|中午|傍晚)', example: '4月21晚,“放歌三月三,奋进共富路”2023中国畲乡“三月三”开幕式', seen: 'uk1media.com eval:unseen29/c29-uk1media-jingning-sanyuesan-opening-gala-reporters-report' },
  { term: '(?<digits>[0-9]{3,4})(?=上午|下午|晚上|晚间|凌晨|早上|早晨|清晨|中午|傍晚)', example: '确保不发生安全事故,321上午泉州市晋光小学东海校区社区民警凌晨同志莅临我校', seen: 'qzjgxx.cn eval:unseen12/a12-qzjgxx-quanzhou-school-police-flag-report' },
];

/**
 * A speech's occasion subtitle run into the headline's line after a dash (…工作报告——2022年1月20日在湖北省第十三届
 * 人民代表大会第七次会议上): the day it was given, as when the subtitle stands on a line of its own. The term
 * captures `date`; only after a headline's words (extract/date-evidence.ts runInSubtitleDate).
 */
export const RUN_IN_SUBTITLES: Term[] = [
  { term: '(?:——|――|—|--)\\s*(?<date>(?:19|20)[0-9]{2}\\s*年\\s*[0-9]{1,2}\\s*月\\s*[0-9]{1,2}\\s*日)\\s*在[^，,。；！？]{2,60}?(?:会议|大会)上', example: '湖北省高级人民法院地址,湖北省高级人民法院工作报告——2022年1月20日在湖北省第十三届人民代表大会第七次会议上', seen: 'www.ruclaw.com eval:unseen20/a20-ruclaw-hubei-high-court-president-work-report-speech' },
  { term: '(?:——|――|—|--)\\s*(?<date>(?:19|20)[0-9]{2}\\s*年\\s*[0-9]{1,2}\\s*月\\s*[0-9]{1,2}\\s*日)\\s*在[^，,。；！？]{2,60}?(?:会议|大会)上', example: '政府工作报告 REPORT ON THE WORK OF THE GOVERNMENT ――2019 年3月5日在第十三届全国人民代表大会第二次会议上', seen: 'www.wanglu.net fixture:dates/dateday-s31/a11-wanglu-premier-government-work-report.txt' },
];

/**
 * A speech's head date line with the page's words glued onto it on one line: the salutation run on after the
 * bracketed day, or the name of the desk that posted it before it. The bracketed day is the day the speech was
 * given, as on a line of its own (tests/eval/README.md). Each term is a whole line and captures `date`
 * (extract/date-evidence.ts gluedHeadDate).
 */
export const HEAD_DATE_GLUES: Term[] = [
  { term: '^[（(]\\s*(?<date>(?:19|20)[0-9]{2}\\s*年\\s*[0-9]{1,2}\\s*月\\s*[0-9]{1,2}\\s*日)\\s*[）)]\\s*[^。！？；，,（）()]{1,30}[：:]$', example: '(2006年8月30日) 同志们:', seen: '98523.com eval:unseen23/a23-98523-city-secretary-party-plenum-opening-speech-2006' },
  { term: '^[\\p{Script=Han}]{2,16}[（(]\\s*(?<date>(?:19|20)[0-9]{2}\\s*年\\s*[0-9]{1,2}\\s*月\\s*[0-9]{1,2}\\s*日)\\s*[）)]$', example: '义龙新区新闻中心(2020年9月30日)', seen: 'www.xuekejiayuan.com eval:unseen25/a25-xuekejiayuan-yilong-new-area-guxianlin-tourism-congress-address' },
];

/**
 * Yesterday written as 昨 alone before what the subject did there (a daily's lede: 【本报讯】港府昨在立法会解说…;
 * 上海副市长华源昨率主团成员飞抵松山机场): the day before the page's or the dateline's day, as 昨日 is. Only before
 * 在/于/假 and a place, or a verb of going and leading; 昨夜, 昨是 and the like are none.
 */
export const BARE_YESTERDAYS: Term[] = [
  { term: '昨(?=在|于|假(?!期|日|装))', example: '【本报讯】港府昨在立法会解说区议会改革方案', seen: 'paper-test.hket.com fixture:dates/datemiss-s32/a03-hket-district-council-reform-legco.txt' },
  { term: '昨(?=率|赴|抵)', example: '上海副市长华源昨率主团成员飞抵松山机场', seen: 'worldjournal.com fixture:chrome/pages/worldjournal-caption.txt' },
];

/**
 * The list bullet a page sets before the date line under its headline (• 2025-09-24): the line is the page's
 * stamp as it would be without the bullet (extract/date-evidence.ts stampUnderHeadline).
 */
export const STAMP_BULLETS: Term[] = [
  { term: '^[•·▪◦]\\s*(?=[0-9])', example: '• 2012年03月03日  来源:齐鲁晚报', seen: 'epaper.qlwb.com.cn eval:unseen2/v1-qlwb-liaocheng-mayor-inaugural-report' },
  { term: '^[•·▪◦]\\s*(?=[0-9])', example: '• 2025-09-24', seen: 'www.matsu-news.gov.tw eval:unseen26/c26-matsunews-lienchiang-counsellors-township-visits-report' },
];

/**
 * A standard time named before a date that opens a sentence (北京时间2016年3月2日下午3时，…):
 * the date is the event's as if the sentence opened on it.
 */
export const STANDARD_TIMES: Term[] = [
  { term: '北京时间', example: '北京时间2016年3月2日下午3时，中国政协十二届四次会议新闻发布会在北京举行', seen: 'huaren.haiwainet.cn eval:holdout/h2-haiwainet-wangguoqing-cppcc-presser-interview' },
  { term: '北京时间', example: '北京时间2016年8月21日9点15分,中国女排在决赛中面对塞尔维亚的强有力挑战', seen: 'trklw.com fixture:dates/pages/trklw-volleyball-final.txt' },
  { term: '北京时间', example: '中国奥委会官网里约热内卢8月21日讯(记者 李明洲)北京时间8月21日,2016里约奥运会女排决赛', seen: 'losangelescollectionlawyers.com fixture:dates/pages/olympic-cn-volleyball-final.txt' },
];

/**
 * A first sentence opening on the day relative to the day it was written,
 * with the date in brackets (今天（10月8日）上午，…; 今天下午（12月26日），…):
 * the date in the brackets is the event's, as if the sentence opened on it.
 * The term stands before the bracket.
 */
export const RELATIVE_DAYS: Term[] = [
  { term: '(?:今天|今日|昨天|昨日)(?:上午|下午|晚上|晚间|凌晨|早上|中午)?', example: '今天(10月8日)上午,全市“防疫情、抓安全、保稳定、稳增长、促发展”工作推进会在市区召开', seen: 'xijiangtv.com fixture:dates/pages/xijiangtv-guigang-meeting.txt' },
  { term: '(?:今天|今日|昨天|昨日)(?:上午|下午|晚上|晚间|凌晨|早上|中午)?', example: '今天下午(12月26日),市第十八届人民代表大会第五次会议代表中的中共党员会议召开。', seen: 'www.5115333.com fixture:dates/pages/fuding-npc-party-meeting.txt' },
];

/**
 * The text naming its own day as today, the date right after 今天/今日 (and
 * a 是, a comma or a bracket): 今天，2017年8月31日，是…; 以下为…今日（三月十六日）上午出席…的致辞全文.
 * The term stands before the date.
 */
export const TODAY_DATES: Term[] = [
  { term: '(?:今天|今日)(?:上午|下午|晚上)?\\s*(?:是)?\\s*[（(，,]?\\s*', example: '今天,2017年8月31日,是一个值得大家永远铭记和珍藏的日子。', seen: 'www.tmdps.cn eval:holdout/h3-tmdps-jiangnan-opening-ceremony-speech' },
  { term: '(?:今天|今日)(?:上午|下午|晚上)?\\s*(?:是)?\\s*[（(，,]?\\s*', example: '以下为民政事务局局长曾德成今日(十月四日)出席「庆贺建国六十周年北区大巡游暨回归纪念园开幕典礼」的致辞全文:', seen: 'resources.cie.hkbu.edu.hk eval:unseen/u1-hkbu-northdistrict-parade-speech' },
  { term: '(?:今天|今日)(?:上午|下午|晚上)?\\s*(?:是)?\\s*[（(，,]?\\s*', example: '以下是行政长官林郑月娥今日(三月十六日)上午出席二零一八年香港花卉展览开幕典礼的致辞全文:', seen: 'sc.isd.gov.hk eval:unseen/u1-isdhk-flower-show-speech' },
];

/**
 * A title naming a time within one year (2023年开年…一线观察), or a report's title
 * saying this year's event was held (开展2021年六五环境日…活动): the year is the
 * document's when the page states no other date. A year before a plan, a
 * review or a holiday (2024年工作要点, 2022年统计公报, 2026年元旦放假安排)
 * is not the year the document was written, so only these times count. The
 * term captures `year`.
 */
export const TITLE_YEAR_TIMES: Term[] = [
  { term: '(?<year>\\d{4})\\s*年(?:一|新年)?(?:开年|伊始)', example: '开局迈出新步伐——2023年开年推动高质量发展一线观察', seen: 'static.0471tv.org.cn eval:c3b-0471tv-kaiju-xinbufa-report' },
  { term: '(?<year>\\d{4})\\s*年(?:一|新年)?(?:开年|伊始)', example: '2024年一开年,各地铆足干劲“满弦”开工。', seen: 'news.jstv.com fixture:dates/pages/jstv-kaiju-commentary.txt' },
  { term: '(?<year>\\d{4})\\s*年(?:一|新年)?(?:开年|伊始)', example: '2023年新年伊始,多省份陆续进入“两会时间”。', seen: 'nuu.laifutaikj.com fixture:dates/pages/chinanews-provincial-sessions.txt' },
  // A report's title saying an organ held this year's event (开展2021年六五环境日…活动): the year it was held
  // (the sctu and mqnjt reports are dated 2019-02-02 and 2019-01-03 by their text). Not a meeting that sums up a year or plans one (召开2021年工作总结暨2022年改革发展务虚会, held 2022-02-21 on
  // z2-sinayp), nor a year of 度 (2022年度…).
  { term: '(?:开展|举行|举办)(?<year>(?:19|20)\\d{2})\\s*年(?!度|[^，。；]{0,8}?(?:工作|总结|计划|规划|预算))', example: '淄博市开展2021年六五环境日暨 “全员环保”助力生态赋能宣传活动', seen: '91jipiao.cn eval:unseen5/y1-91jipiao-zibo-environment-day-report' },
  { term: '(?:开展|举行|举办)(?<year>(?:19|20)\\d{2})\\s*年(?!度|[^，。；]{0,8}?(?:工作|总结|计划|规划|预算))', example: '学校举行2019年春节留校学生慰问座谈会', seen: 'www.sctu.edu.cn eval:fresh/h4-sctu-spring-festival-students-report' },
  { term: '(?:开展|举行|举办)(?<year>(?:19|20)\\d{2})\\s*年(?!度|[^，。；]{0,8}?(?:工作|总结|计划|规划|预算))', example: '国新办举行2019年首场新闻发布会', seen: 'www.mqnjt.icu eval:holdout/h3-mqnjt-spp-press-conference-interview' },
  // A greeting for a year's Spring Festival (2017年新春致辞; 2021年春节寄语): the festival falls in January or February of
  // that year, and its greeting is given then. Not a New Year's (新年, 元旦) greeting, given as often in the December
  // before (unseen8 b8-zhplaw's 2009年新年寄语 of 2008-12-31, unseen16 a16-cdivtc's 2016年新年致辞 undated).
  { term: '(?<![0-9])(?<year>(?:19|20)\\d{2})\\s*年?\\s*(?:新春|春节)(?:致辞|贺词|献词|寄语|贺信)', example: '2017年新春致辞', seen: 'www.jsycsy.com fixture:dates/datenull-s30/a02-jsycsy-hospital-spring-address.txt' },
  { term: '(?<![0-9])(?<year>(?:19|20)\\d{2})\\s*年?\\s*(?:新春|春节)(?:致辞|贺词|献词|寄语|贺信)', example: '2024年新春致辞', seen: 'xcxzfy.ahcourt.gov.cn eval:unseen19/a19-ahcourt-xuanzhou-court-spring-festival-address' },
  { term: '(?<![0-9])(?<year>(?:19|20)\\d{2})\\s*年?\\s*(?:新春|春节)(?:致辞|贺词|献词|寄语|贺信)', example: '岫岩法院马国财院长2021年春节寄语', seen: 'asxy.lncourt.gov.cn eval:unseen13/a13-lncourt-xiuyan-court-spring-speech' },
  // The year's national sessions (两会, held each March) and a time at them: a text set there stands in that year.
  { term: '(?<![0-9])(?<year>(?:19|20)\\d{2})\\s*年?\\s*(?:全国)?两会(?:召开)?(?:前夕|期间|首场|开幕)', example: '在2019全国两会召开前夕，八位全国人大代表接受济南报业全国两会全媒体报道组采访时表示', seen: 'sybtv.com.cn eval:unseen8/b8-sybtv-jinan-npc-deputies-interview' },
  { term: '(?<![0-9])(?<year>(?:19|20)\\d{2})\\s*年?\\s*(?:全国)?两会(?:召开)?(?:前夕|期间|首场|开幕)', example: '2019年两会首场“部长通道”', seen: 'j637.cn eval:unseen3/w1-j637-2019-ministers-passage-transcript-interview' },
];

/**
 * What happened on a date written in full inside a first sentence: the date
 * is the day of the event only when one of these follows it in the sentence.
 */
export const EVENT_VERBS: Term[] = [
  { term: '举行|召开|举办', example: '国务院新闻办公室于2020年5月22日（星期五）上午11时30分举行吹风会', seen: 'www.syjyzs888.com eval:pg-syjyzs-chuifenghui-interview' },
  { term: '举行|召开|举办', example: '十三届全国人大一次会议新闻中心于3月7日上午举行记者会', seen: 'zhuti.net.cn eval:txt-zhuti-agriculture-minister-press-interview' },
];

/**
 * What a subject does on a day alone named right after it, with no hour or place between
 * (入境事务处3日举行…; 发言人毛宁27日主持例行记者会): the wire and Hong Kong press write the
 * event's day so, its month the dateline's or the page's. Read only in a first sentence.
 */
export const SUBJECT_DAY_ACTS: Term[] = [
  { term: '举行|召开|举办|主持', example: '人民网香港8月4日电 （记者陈然）香港特区政府入境事务处3日举行将军澳新总部开幕典礼。', seen: 'www.kuai5.com eval:unseen17/c17-kuai5-hk-immigration-hq-report' },
  { term: '举行|召开|举办|主持', example: '中新网北京1月27日电 (记者 张素 黄钰钦)中国外交部发言人毛宁27日主持例行记者会。', seen: '2961688.com fixture:dates/pages/2961688-foreign-ministry-briefing.txt' },
];

/**
 * Speech titles that name the year of the meeting the speech was given at:
 * the year stands between 在 and the meeting's …会议上的.
 */
export const MEETING_YEAR_TITLES: Term[] = [
  { term: '在[^，。]{0,10}?(?:\\d{4}\\s*(?:年|(?=[\\p{Script=Han}])(?!学年|学期))|[〇○零一二三四五六七八九]{4}\\s*年)[^，。]{0,40}?(?:会议|大会|会|典礼|仪式|论坛)上的', example: '县长在2022年全县生态环境专题会议上的讲话', seen: 'taowenge.com eval:txt-taowenge-county-ecology-speech' },
  { term: '在[^，。]{0,10}?(?:\\d{4}\\s*(?:年|(?=[\\p{Script=Han}])(?!学年|学期))|[〇○零一二三四五六七八九]{4}\\s*年)[^，。]{0,40}?(?:会议|大会|会|典礼|仪式|论坛)上的', example: '市委书记在2025年全市三级干部大会上的讲话', seen: 'www.laowenmi.com eval:pg-laowenmi-sanji-speech' },
  // The year may stand without its 年 before the meeting's words (在2024市级重阳节座谈会上的致辞发言), as in 2023开学典礼; not a school
  // year's (在2020学年第二学期开学典礼上的: its second term opens the year after).
  { term: '在[^，。]{0,10}?(?:\\d{4}\\s*(?:年|(?=[\\p{Script=Han}])(?!学年|学期))|[〇○零一二三四五六七八九]{4}\\s*年)[^，。]{0,40}?(?:会议|大会|会|典礼|仪式|论坛)上的', example: '在2024市级重阳节座谈会上的致辞发言', seen: 'www.31doc.com fixture:dates/speechyear-s38/a03-31doc-city-double-ninth-forum-address.txt' },
];

/**
 * A speech title that opens on the year it names its meeting or ceremony by, without 在…上的 (2010年卫生医疗单位
 * 第一次调度会领导讲话; 2024年医院院长创先促进会典型讲话; 2022年春节团拜会致辞): the year the speech was given,
 * as 在2012年全区卫生工作会议上的讲话 names it (tests/eval/README.md, `date`: a meeting its own name places in a
 * year). Not a year of 度 or one the meeting sums up (2020年度总结表彰大会, 2022年工作总结会议, 年终, 述职: held
 * the year after), nor a school year (2023-2024学年…, 2020学年第二学期…: the ceremony rules read those). The term
 * captures `year`; a text naming the year after contradicts it (extract/date-evidence.ts yearOpenedTitleYear).
 */
export const YEAR_OPENED_SPEECH_TITLES: Term[] = [
  { term: '^(?<year>(?:19|20)[0-9]{2})\\s*年?(?![0-9度]|\\s*[—一至-]|学年|学期)(?:(?!总结|年终|述职)[^，。；！？]){0,24}?(?:会议|大会|会|典礼|仪式|论坛|晚会)[^，。；！？]{0,8}?(?:讲话|致辞|致词|发言|主持词)', example: '2010年卫生医疗单位第一次调度会领导讲话', seen: 'yiyuan.7en.cn eval:unseen32/a32-7en-city-health-bureau-2010-first-dispatch-meeting-paywall-preview-speech' },
  { term: '^(?<year>(?:19|20)[0-9]{2})\\s*年?(?![0-9度]|\\s*[—一至-]|学年|学期)(?:(?!总结|年终|述职)[^，。；！？]){0,24}?(?:会议|大会|会|典礼|仪式|论坛|晚会)[^，。；！？]{0,8}?(?:讲话|致辞|致词|发言|主持词)', example: '2024年医院院长创先促进会典型讲话', seen: 'gongxunwang.com eval:unseen30/a30-gongxunwang-hospital-president-excellence-meeting-preview-cut-utf16-speech' },
  { term: '^(?<year>(?:19|20)[0-9]{2})\\s*年?(?![0-9度]|\\s*[—一至-]|学年|学期)(?:(?!总结|年终|述职)[^，。；！？]){0,24}?(?:会议|大会|会|典礼|仪式|论坛|晚会)[^，。；！？]{0,8}?(?:讲话|致辞|致词|发言|主持词)', example: '2022年春节团拜会致辞', seen: 'www.bbxzwk.vip fixture:dates/speechyear-s38/a01-bbxzwk-county-spring-festival-gathering-address.txt' },
];

/**
 * A title that opens its occasion on a year of the Republic (Taiwan's official calendar): the year the
 * occasion was held, as 在2012年全区卫生工作会议上的讲话 names a mainland speech's. The term captures `year`
 * and, for a year of 年度, `yearly`: a 年度 is the year reviewed, held in that year only at its end (年终).
 */
export const ROC_TITLE_YEARS: Term[] = [
  { term: '(?<![0-9])(?<year>[0-9]{2,3})\\s*年(?<yearly>度)?(?=[^，,。；！？]{0,16}?(?:典礼|记者会|大会|庆祝|晚会|运动会|升旗))', example: '李主任委员主持93年庆祝农民节暨神农奖颁奖典礼致词', seen: 'www.coa.gov.tw eval:unseen4/x1-coa-farmers-day-speech' },
  { term: '(?<![0-9])(?<year>[0-9]{2,3})\\s*年(?<yearly>度)?(?=[^，,。；！？]{0,16}?(?:典礼|记者会|大会|庆祝|晚会|运动会|升旗))', example: '112年度投向新活力 南投县政年终记者会', seen: 'www.nantou.gov.tw eval:unseen11/b11-nantou-county-yearend-press-report' },
];

/**
 * A session of the National People's Congress or the national CPPCC, whose
 * year its numbers give: the N-th congress's first session met in 1983 + 5 ×
 * (N − 6) (the 6th in 1983 … the 14th in 2023), its K-th session K − 1 years
 * later. The term captures `term` and `session` (Chinese numerals).
 */
export const NATIONAL_SESSIONS: Term[] = [
  { term: '第?(?<term>[一二三四五六七八九十]{1,3})届全国人(?:民代表)?大(?:会)?第?(?<session>[一二三四五])次会议', example: '十三届全国人大一次会议新闻中心于3月7日上午举行记者会', seen: 'zhuti.net.cn eval:txt-zhuti-agriculture-minister-press-interview' },
  { term: '第?(?<term>[一二三四五六七八九十]{1,3})届全国人(?:民代表)?大(?:会)?第?(?<session>[一二三四五])次会议', example: '3月4日,十四届全国人大二次会议在北京人民大会堂举行新闻发布会', seen: 'chinanews.com.cn fixture:dates/pages/chinanews-npc-presser.txt' },
  { term: '第?(?<term>[一二三四五六七八九十]{1,3})届全国人(?:民代表)?大(?:会)?第?(?<session>[一二三四五])次会议', example: '3月7日下午,第十四届全国人民代表大会第一次会议在人民大会堂举行第二次全体会议', seen: 'www.wenweipo.com fixture:chrome/pages/wenweipo-news.txt' },
  { term: '全国政协(?<term>[一二三四五六七八九十]{1,3})届(?<session>[一二三四五])次会议', example: '3月2日,全国政协十三届二次会议新闻发布会在北京人民大会堂举行', seen: 'news.china.com fixture:dates/pages/china-com-cppcc-presser.txt' },
  // The national CPPCC named in full, as Xinhua's and 中新社's session reports name it.
  { term: '(?:中国人民政治协商会议|政协)第?(?<term>[一二三四五六七八九十]{1,3})届全国委员会第?(?<session>[一二三四五])次会议', example: '中国人民政治协商会议第十二届全国委员会第五次会议圆满完成各项议程,13日上午在人民大会堂闭幕', seen: 'hhh.gov.cn fixture:dates/pages/hhh-cppcc-closing.txt' },
  { term: '(?:中国人民政治协商会议|政协)第?(?<term>[一二三四五六七八九十]{1,3})届全国委员会第?(?<session>[一二三四五])次会议', example: '3月10日上午,中国人民政治协商会议第十四届全国委员会第三次会议在北京人民大会堂闭幕', seen: 'feifmx.com fixture:dates/pages/feifmx-cppcc-closing.txt' },
  { term: '(?:中国人民政治协商会议|政协)第?(?<term>[一二三四五六七八九十]{1,3})届全国委员会第?(?<session>[一二三四五])次会议', example: '中国人民政治协商会议第十届全国委员会第五次会议今天完成各项议程', seen: 'nbnewpower.cn fixture:dates/pages/chinanews-cppcc-closing.txt' },
];

/**
 * An annual work meeting that reviews one year and plans the next (总结2022年
 * 工作…安排2023年工作) is held in the year it plans. A report states it in
 * its lede or in the paragraph after it (会议回顾总结了…2019年工作…并提出2020年
 * 重点工作任务). The term captures `past` and `planned`.
 */
export const PLANNING_YEARS: Term[] = [
  { term: '(?:总结|回顾|盘点)[^。；]{0,8}?(?<past>\\d{4})年[^。]{0,60}?(?:安排|部署|谋划)[^。；]{0,6}?(?<planned>\\d{4})年', example: '总结2022年工作,分析当前形势,交流工作经验,安排2023年工作', seen: 'gkhcyb.com eval:txt-gkhcyb-shaanxi-agriculture-chiefs-report' },
  { term: '(?:总结|回顾|盘点)[^。；]{0,8}?(?<past>\\d{4})年[^。]{0,60}?(?:安排|部署|谋划)[^。；]{0,6}?(?<planned>\\d{4})年', example: '报告盘点了2019年湘潭县发展的“成绩单”,部署了2020年的重点工作', seen: 'p2.ttnews.xyz fixture:dates/pages/ttnews-xiangtan-deputies.txt' },
  { term: '(?:总结|回顾)[^。；]{0,8}?(?<past>\\d{4})年[^。]{0,60}?(?<planned>\\d{4})年[^。；]{0,12}?(?:安排|部署|谋划|提出)', example: '镇党委书记吴钢总结回顾了2022年工作成果,对2023年各项工作进行了安排部署', seen: 'www.cs0799.com fixture:dates/pages/cs0799-township-meeting.txt' },
  { term: '(?:总结|回顾)[^。；]{0,8}?(?<past>\\d{4})年[^。]{0,60}?(?<planned>\\d{4})年[^。；]{0,12}?(?:安排|部署|谋划|提出)', example: '二是总结回顾了2011年度全镇各项工作取得的成绩;三是对2012年全镇各项工作提出了新要求', seen: 'jingzhouxw.com fixture:dates/pages/jingzhouxw-township-new-year.txt' },
  // The next year's tasks set out (提出/明确) after the review, as a work report's summary puts it.
  { term: '(?:总结|回顾)[^。；]{0,8}?(?<past>\\d{4})年[^。]{0,60}?(?:提出|明确)[^。；]{0,6}?(?<planned>\\d{4})年', example: '会议回顾总结了双沟镇2019年工作所取得的成绩,实事求是的分析了工作中存在的不足和问题,并提出2020年重点工作任务。', seen: 'jrsncn.com fixture:dates/pages/jrsncn-township-congress.txt' },
  { term: '(?:总结|回顾)[^。；]{0,8}?(?<past>\\d{4})年[^。]{0,60}?(?:提出|明确)[^。；]{0,6}?(?<planned>\\d{4})年', example: '全面回顾了2018年医院取得的成绩,梳理了医院面临的问题,明确了2019年工作目标和重点方向', seen: 'jyss.net fixture:dates/pages/jyss-hospital-workers-congress.txt' },
];

/**
 * What follows the later of the two consecutive years a meeting's report names when it sets that year's
 * work (抓好2026年度全年公安工作; 2019年,全市检察机关将…): with the earlier year reviewed, the meeting is held
 * in the later one (extract/date-evidence.ts reviewedPlannedYear).
 */
export const FORWARD_YEAR_CUES: Term[] = [
  { term: '将|要|计划|预算|任务|目标|工作', example: '就抓好2026年度全年公安工作提出意见', seen: 'sdfzcm.com eval:unseen5/y1-sdfzcm-guanxian-police-meeting-report' },
  { term: '将|要|计划|预算|任务|目标|工作', example: '2019年,全市检察机关将深入学习贯彻', seen: 'paper.zjjnews.cn eval:unseen5/y1-zjjnews-zhangjiajie-procurators-meeting-report' },
];

/**
 * A year the text names by its distance from the one it stands in, looking back (去年, 过去一年, 一年来): where the
 * text ties it to a stated year as the year whose work it reviews, the text stands in the year after
 * (tests/eval/README.md, expected.date; extract/date-evidence.ts tiedYear). A comparison's base (比去年同期) is no such year.
 */
export const RELATIVE_PAST_YEARS: Term[] = [
  { term: '去年', example: '会议的主要任务是回顾总结去年汶上县交通运输工作,表彰先进,研究部署2012年的交通运输工作任务', seen: 'yh18.cn eval:unseen10/a10-yh18-wenshang-transport-work-meeting-report' },
  { term: '去年', example: '此外，去年11-12月期统一发票，千万发票仍有4张未领', seen: 'news.ltn.com.tw eval:c5h-ltn-invoice-lottery-winners-report' },
  { term: '过去(?:的)?一年', example: '过去一年,全省检察机关紧紧围绕海南全面深化改革开放和自贸港建设,持续加压奋进', seen: 'www.monavievo.com.cn eval:unseen11/a11-monavievo-hainan-procurators-conference-report' },
  { term: '过去(?:的)?一年', example: '进行深入研讨、广泛交流,系统总结了过去一年工作,深度谋划2019年任务', seen: 'fyxfw.gov.cn fixture:dates/pages/fyxfw-majiazhai-retreat-meeting.txt' },
  { term: '一年来', example: '会议充分肯定了一年来取得的成绩,在大家的共同努力下,马寨2018年工作圆满收官', seen: 'fyxfw.gov.cn fixture:dates/pages/fyxfw-majiazhai-retreat-meeting.txt' },
  { term: '一年来', example: '会议充分肯定了市中级人民法院一年来的工作,同意报告提出的2020年工作安排', seen: 'mdjzy.hljcourt.gov.cn eval:unseen3/w2-mdjzy-court-work-report-approved-report' },
];

/**
 * The words before a stated year that review its work (总结了2011年的工作; 回顾总结了2019年污染防治攻坚战): a year
 * the text ties to the one it calls 去年 or 过去一年 (extract/date-evidence.ts tiedYear).
 */
export const REVIEWED_YEAR_CUES: Term[] = [
  { term: '总结|回顾|盘点', example: '会上,汶上县交通运输局负责同志总结了2011年的工作,安排部署了2012年的工作要点', seen: 'yh18.cn eval:unseen10/a10-yh18-wenshang-transport-work-meeting-report' },
  { term: '总结|回顾|盘点', example: '会议回顾总结了2019年污染防治攻坚战和蓝天保卫战工作', seen: 'bc0550.com eval:unseen13/b13-bc0550-eco-committee-injected-report' },
];

/**
 * The words around a stated year that set its work ahead (部署2023年及今后一个时期任务; 2012年度综合目标管理责任书;
 * 2019年,全市检察机关将…): a year planned, which establishes nothing of the day (tests/eval/README.md) and is tied to
 * no 去年. `before` stands in the clause before the year, `after` in the clause after it.
 */
export const PLANNED_YEAR_BEFORE: Term[] = [
  { term: '部署|安排|谋划|计划|提出|明确|启动|抓好|做好|展望|迎接|开启|推动|推进|确保', example: '全面落实中央政法工作会议、全国检察长会议精神,部署2023年及今后一个时期任务', seen: 'www.monavievo.com.cn eval:unseen11/a11-monavievo-hainan-procurators-conference-report' },
  { term: '部署|安排|谋划|计划|提出|明确|启动|抓好|做好|展望|迎接|开启|推动|推进|确保', example: '表彰先进,研究部署2012年的交通运输工作任务', seen: 'yh18.cn eval:unseen10/a10-yh18-wenshang-transport-work-meeting-report' },
];
export const PLANNED_YEAR_AFTER: Term[] = [
  { term: '计划|要点|任务|目标|打算|思路|安排|部署|谋划|希望|力争|将(?!来)|(?<![主重需必纲])要(?!求|点|素|闻)', example: '并与各基层单位签订了2012年度综合目标管理责任书', seen: 'yh18.cn eval:unseen10/a10-yh18-wenshang-transport-work-meeting-report' },
  { term: '计划|要点|任务|目标|打算|思路|安排|部署|谋划|希望|力争|将(?!来)|(?<![主重需必纲])要(?!求|点|素|闻)', example: '2019年,全市检察机关将深入学习贯彻习近平总书记重要讲话精神', seen: 'paper.zjjnews.cn eval:unseen5/y1-zjjnews-zhangjiajie-procurators-meeting-report' },
];

/**
 * A year that names a budget or a plan's document, not work done or set (《…2025年财政预算执行情况和2026年财政预算报告》;
 * 2023年度民生实事项目): a year of a document says nothing of the day its meeting sat (tests/eval/README.md: `2025年预算`).
 * Read after the year, within its clause; a year inside 《》 names a document too.
 */
export const DOCUMENT_YEAR_CUES: Term[] = [
  { term: '财政|预算|决算|民生实事', example: '书面审议了《青州镇2025年财政预算执行情况和2026年财政预算报告》。同时,投票表决出青州镇2026年民生实事项目6个。', seen: 'www.fjsx.gov.cn eval:unseen16/b16-fjsx-qingzhou-town-congress-report' },
  { term: '财政|预算|决算|民生实事', example: '书面审议了《2022年财政预算执行情况和2023年财政预算(草案)的报告》', seen: 'www.nyxt.cn fixture:dates/pages/nyxt-jiantou-town-congress.txt' },
];

/**
 * A date in a title that names the day of what the document records: a
 * programme's or a transcript's date in brackets at the end (永蔚两会第一线（3月12日）),
 * or a full date before the event (…委员会2024年4月18日新闻发布会文字实录).
 */
export const TITLE_EVENT_DATES: Term[] = [
  { term: '[（(](?<date>(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日)[）)]$', example: '永蔚两会第一线(3月12日)', seen: 'news.cctv.cn fixture:classify/pages/cctv-interview.txt' },
  { term: '(?<date>\\d{4}年\\d{1,2}月\\d{1,2}日)(?:[^，。]{0,6}?)(?:新闻发布会|发布会|记者会|吹风会|座谈会|会议)', example: '国家卫生健康委员会2024年4月18日新闻发布会文字实录', seen: 'www.zhaobiao.cn fixture:classify/pages/zhaobiao-nhc-presser.txt' },
];

/**
 * A notice's signature with its date printed on the same line, the issuer's name run into the day
 * (东莞市卫生和计划生育局2016年4月20日), or the 版记's imprint line of the issuing office (桂东县人民政府办公室2017年5月27日印发,
 * GB/T 9704): the day the document was signed or issued, as under a signature line. The issuer is checked
 * as a signature line (structure/tail.ts isSignatureLine: an organ's name); the term captures `issuer` and `date`.
 */
export const GLUED_SIGNATURES: Term[] = [
  { term: '^(?<issuer>[^\\s，。；：:,;！？!?、（）()]{4,30}?)[ \\t\\u3000]*(?<date>(?:\\d{4}|[〇○零ＯO０0一二三四五六七八九]{4})\\s*年\\s*[0-9一二三四五六七八九十]{1,2}\\s*月\\s*[0-9一二三四五六七八九十]{1,3}\\s*[日号])(?:印发|印)?$', example: '东莞市卫生和计划生育局2016年4月20日', seen: 'dghb.dg.gov.cn fixture:dates/datenull-s30/a01-dghb-health-bureau-forward-notice.txt' },
  { term: '^(?<issuer>[^\\s，。；：:,;！？!?、（）()]{4,30}?)[ \\t\\u3000]*(?<date>(?:\\d{4}|[〇○零ＯO０0一二三四五六七八九]{4})\\s*年\\s*[0-9一二三四五六七八九十]{1,2}\\s*月\\s*[0-9一二三四五六七八九十]{1,3}\\s*[日号])(?:印发|印)?$', example: '桂东县人民政府办公室2017年5月27日印发', seen: 'www.tuliu.com eval:unseen23/b23-tuliu-guidong-straw-burning-ban-notice' },
];

/**
 * The closing sentence of a cover notice that issues or forwards a document (现将…印发给你们，请认真贯彻执行。,
 * 现予印发，请遵照执行。: GB/T 9704's 印发/转发 notice): a date line right under it is the notice's own day, its
 * signature's, when the page prints no issuer line between them (a site group's rendering drops it).
 */
export const COVER_CLOSINGS: Term[] = [
  { term: '(?:印发|转发|下发)给你们[^。]{0,48}。$|现予(?:印发|转发)[^。]{0,30}。$', example: '《绩溪县防汛抗旱应急预案》已修订，经县政府同意，现印发给你们，请结合实际，认真贯彻实施。', seen: 'jk9a.cn eval:unseen26/b26-jk9a-jixi-flood-drought-emergency-plan-notice' },
  { term: '(?:印发|转发|下发)给你们[^。]{0,48}。$|现予(?:印发|转发)[^。]{0,30}。$', example: '《太湖县人民政府工作规则》已经2019年1月4日县政府第三次全体会议通过，现予印发，请遵照执行。', seen: 'zwgkw.thx.gov.cn eval:cases/pg-taihu-county-notice' },
];

/**
 * A newspaper's source line, which the page prints with the day the paper
 * carried the report (( 2019-10-12 ) 稿件来源:新华每日电讯; (来源:大公报A1:要闻 2026/03/12)):
 * cleaned away as page furniture, its one full date is the page's date.
 */
export const SOURCE_LINE_LABELS: Term[] = [
  { term: '(?:稿件|信息|文章|新闻|本文)?来源\\s*[:：]|稿源\\s*[:：]', example: '( 2019-10-12 ) 稿件来源:新华每日电讯 要 闻', seen: 'mrdx.cn fixture:dates/pages/mrdx-epaper-source-line.txt' },
  { term: '(?:稿件|信息|文章|新闻|本文)?来源\\s*[:：]|稿源\\s*[:：]', example: '(来源:大公报A1:要闻 2026/03/12)', seen: 'tkww.hk fixture:dates/pages/tkww-source-line.txt' },
];

/**
 * A document-sharing or model-text (范文) site's copy: its posting or upload
 * time is when a user shared the file, not a date of the document.
 */
export const SHARED_COPY_MARKS: Term[] = [
  { term: '来源于网友上传', example: '导语:健康文明生活实施方案一文来源于网友上传,不代表本站观点,若需要原创文章可咨询客服老师,欢迎参考。', seen: 'www.eimio.cn eval:dirt-eimio-health-lifestyle-plan' },
  { term: '来源于网友上传', example: '导语:全市组织工作会议讲话一文来源于网友上传,不代表本站观点,若需要原创文章可咨询客服老师,欢迎参考。', seen: 'gwyoo.com eval:txt-gwyoo-maoming-organisation-speech' },
  { term: '上传人[：:]', example: '上传人:Le****97', seen: 'szcn-led.com eval:dirt-szcnled-zhucheng-emergency-plan' },
  { term: '由会员分享|会员上传', example: '时间:2019-05-14 10:45:55下载本文作者:会员上传', seen: 'xiexiebang.com eval:txt-xiexiebang-hunan-graduate-employment-notice' },
  { term: '由会员分享|会员上传', example: '《县长在2022年全县生态环境专题会议上的讲话范文.doc》由会员分享,可在线阅读', seen: 'taowenge.com eval:txt-taowenge-county-ecology-speech' },
  // A model-text site's editor introducing the copy it compiled.
  { term: '小编(?:为大家|精心)?(?:整理|收集|搜集)', example: '下面是小编为大家整理的2022年度专题党课:从党史中汲取智慧和力量全力推进乡村振兴(精选文档),供大家参考。', seen: 'hanjia777.com eval:c3c-hanjia777-rural-revival-dangke' },
  { term: '小编(?:为大家|精心)?(?:整理|收集|搜集)', example: '以下是小编整理的2023年支部书记党课讲稿汇编4篇,欢迎阅读与收藏。', seen: 'lsjse.com fixture:structure/pages/lsjse-dangke.txt' },
];

/**
 * A page that reposts other sites' texts, beyond the sharing marks above: a
 * model-text (范文) or document site's own name standing as a line (the
 * site's banner or byline), and a CMS's author field left 未知 (the text
 * was copied in, its author unknown). Its posting stamp dates nothing
 * (tests/eval/README.md: a speech on a repost site takes no stamp's day).
 */
export const REPOST_SITE_MARKS: Term[] = [
  { term: '^[\\p{Script=Han}]{2,8}(?:范文网|范文|文库)$', example: '三味园范文网', seen: 'm.sanweiyuan.com eval:unseen/u1-sanweiyuan-safety-meeting-speech' },
  { term: '^[\\p{Script=Han}]{2,8}(?:范文网|范文|文库)$', example: '范文学习文库', seen: 'gaozihui.com eval:fresh/h5-gaozihui-party-spirit-party-lecture-speech' },
  { term: '^[\\p{Script=Han}]{2,8}(?:范文网|范文|文库)$', example: '写写帮文库', seen: 'xiexiebang.com eval:txt-xiexiebang-hunan-graduate-employment-notice' },
  { term: '(?:作者[：:]\\s*|[\\p{Script=Han}])未知$', example: '时间:2024-02-10人气:作者:未知', seen: 'm.qebk.com eval:unseen7/a7-qebk-county-office-center-groundbreaking-address' },
  { term: '(?:作者[：:]\\s*|[\\p{Script=Han}])未知$', example: '北京大学第一医院信息科未知', seen: '5g.iiyiyi.com eval:unseen2/v1-iiyiyi-pkufirst-clinic-opening-speech' },
];

/**
 * A school ceremony and the year of its class (2012届硕士毕业研究生同学们; 2023级新生开学典礼;
 * 大学校长2024开学致辞; 2023一2024学年新生开学典礼): a class graduates in its 届 year and enters in
 * its 级 year, so the ceremony was held in that year. A bare year counts only right before the
 * ceremony's word (a count of students is not a year); 新年 and 元旦 are not ceremonies of a class
 * (a 2017新年致辞 is given as 2016 ends). The term captures `year`.
 */
export const CEREMONY_YEARS: Term[] = [
  // Graduation: the 届 class, or the year's ceremony; not the year closing a school year's span (2016 - 2017年度…毕业典礼,
  // unseen5 y1-easypublish: a graduation at either end of it, so no year).
  { term: '(?<![0-9]|[0-9]\\s*[-—–~至]\\s*)(?<year>(?:19|20)[0-9]{2})\\s*(?:届[^，。；！？：:]{0,12}?(?:毕业典礼|毕业生|毕业研究生|学位授予)|年[^，。；！？：:]{0,12}?(?:毕业典礼|学位授予))', example: '2012届硕士毕业研究生同学们:', seen: 'www.fanwen118.com eval:unseen3/w1-fanwen118-nankai-president-graduation-speech' },
  { term: '(?<![0-9]|[0-9]\\s*[-—–~至]\\s*)(?<year>(?:19|20)[0-9]{2})\\s*(?:届[^，。；！？：:]{0,12}?(?:毕业典礼|毕业生|毕业研究生|学位授予)|年[^，。；！？：:]{0,12}?(?:毕业典礼|学位授予))', example: '校长在2022届学生毕业典礼暨学位授予仪式上的讲话', seen: '39ysw.com fixture:dates/pages/39ysw-graduation-speech.txt' },
  // Opening: the 级 class, the school year, or the year's ceremony.
  { term: '(?<![0-9])(?<year>(?:19|20)[0-9]{2})(?:\\s*(?:年|级|学年(?!度?\\s*(?:第二|下)学期|度?\\s*春季)|[—一至-]\\s*(?:19|20)[0-9]{2}\\s*学年)[^，。；！？：:]{0,12}?|\\s*)(?:新生(?![儿代])|开学典礼|开学)', example: '2023开学典礼校长讲话致辞', seen: 'dr05.com fixture:dates/pages/dr05-opening-speech.txt' },
  { term: '(?<![0-9])(?<year>(?:19|20)[0-9]{2})(?:\\s*(?:年|级|学年(?!度?\\s*(?:第二|下)学期|度?\\s*春季)|[—一至-]\\s*(?:19|20)[0-9]{2}\\s*学年)[^，。；！？：:]{0,12}?|\\s*)(?:新生(?![儿代])|开学典礼|开学)', example: '2019年湖北大学(本部)新生开学典礼上校党委书记的讲话全文', seen: 'www.upkao.com eval:holdout/h2-upkao-hubu-party-secretary-opening-speech' },
  { term: '(?<![0-9])(?<year>(?:19|20)[0-9]{2})(?:\\s*(?:年|级|学年(?!度?\\s*(?:第二|下)学期|度?\\s*春季)|[—一至-]\\s*(?:19|20)[0-9]{2}\\s*学年)[^，。；！？：:]{0,12}?|\\s*)(?:新生(?![儿代])|开学典礼|开学)', example: '9月4日上午,我校2023级新生开学典礼在体育场举行', seen: 'notenoughpdx.com fixture:dates/pages/notenoughpdx-opening-ceremony.txt' },
  { term: '(?<![0-9])(?<year>(?:19|20)[0-9]{2})(?:\\s*(?:年|级|学年(?!度?\\s*(?:第二|下)学期|度?\\s*春季)|[—一至-]\\s*(?:19|20)[0-9]{2}\\s*学年)[^，。；！？：:]{0,12}?|\\s*)(?:新生(?![儿代])|开学典礼|开学)', example: '9月11日,我校2023一2024学年新生开学典礼在校田径场隆重举行', seen: 'www.xmafkj.com fixture:dates/pages/xmafkj-opening-ceremony.txt' },
  // A school year named by its first year alone (2024学年第一学期开学典礼; 2022学年第一个学期开学了): its autumn term opens in that
  // year; its second or spring term in the year after, which the term leaves.
  { term: '(?<![0-9])(?<year>(?:19|20)[0-9]{2})(?:\\s*(?:年|级|学年(?!度?\\s*(?:第二|下)学期|度?\\s*春季)|[—一至-]\\s*(?:19|20)[0-9]{2}\\s*学年)[^，。；！？：:]{0,12}?|\\s*)(?:新生(?![儿代])|开学典礼|开学)', example: '职业中专2024学年第一学期开学典礼校长致辞', seen: '5zuowen.com eval:unseen33/e33-5zuowen-prefecture-vocational-college-autumn-opening-president-address-blanks-collection-first-piece-cut-speech' },
  // The term a school opens (2018年新学期; 2022秋季新学期): begun in that year, as its opening ceremony.
  { term: '(?<![0-9])(?<year>(?:19|20)[0-9]{2})\\s*年?\\s*(?:春季|秋季)?新学期', example: '我们迎来了充满希望与挑战的2018年新学期', seen: 'www.whdslt.com eval:unseen10/b10-whdslt-new-term-principal-speech' },
  { term: '(?<![0-9])(?<year>(?:19|20)[0-9]{2})\\s*年?\\s*(?:春季|秋季)?新学期', example: '利国镇府前路小学隆重举行2022秋季新学期第一次升旗仪式', seen: 'pleasurethai.com eval:unseen9/a9-pleasurethai-liguo-school-flag-raising-report' },
];

/**
 * A text at the turn of the year names the year it stands in (…我们走过了不平凡的2010年，迎来了充满希望的2011年;
 * 即将过去的2016年，是我校…的一年): the year arrived, or the year about to end. Only a year that closes its
 * clause: 迎来了2008年北京奥运会 names an event's year. The term captures `year`.
 */
export const YEAR_TURNS: Term[] = [
  { term: '迎来了[^，。；！？]{0,10}?(?<![0-9])(?<year>(?:19|20)[0-9]{2})\\s*年(?=[，。；！？、,;!?]|$)', example: '迎来了充满希望的2011年', seen: 'www.wenshubang.com eval:unseen3/w1-wenshubang-hospital-president-new-year-speech' },
  { term: '(?:即将过去|即将结束|即将逝去)的\\s*(?<year>(?:19|20)[0-9]{2})\\s*年(?=[，。；！？、,;!?]|$)', example: '即将过去的2016年,是我校励精图治、开拓创新的一年', seen: 'm.cjzyzz.com fixture:dates/pages/cjzyzz-new-year-speech.txt' },
];

/**
 * The animal of the lunar year a Spring Festival greeting welcomes (金牛奔盛世; 牛来运转; 瑞虎迎春): with the
 * years the text names, the one year it stands in (extract/date-evidence.ts springFestivalYear). Not the
 * year seen off (金猪辞旧岁; 送走马年), nor an idiom's horse (万马奔腾). The term captures `animal`.
 */
export const ZODIAC_GREETINGS: Term[] = [
  { term: '(?<!送走|辞别|告别|万|千)(?<animal>鼠|牛|虎|兔|龙|蛇|马|羊|猴|鸡|狗|犬|猪)(?:来运转|奔|迎春|报春|贺岁|献瑞|纳福)', example: '牛来运转，牛转乾坤。', seen: 'www.zslib.cn eval:unseen8/a8-zslib-zhongshan-mayor-newyear-report' },
  { term: '(?<!送走|辞别|告别|万|千)(?<animal>鼠|牛|虎|兔|龙|蛇|马|羊|猴|鸡|狗|犬|猪)(?:来运转|奔|迎春|报春|贺岁|献瑞|纳福)', example: '金牛奔盛世，紫燕舞卫城。', seen: 'bbs.5iyq.com eval:unseen9/b9-5iyq-panshi-town-newyear-greeting-speech' },
  // The couplet's second half welcoming the new animal (金牛辞旧岁，福虎迎新春): the first half's animal is the one seen off.
  { term: '(?<!送走|辞别|告别|万|千)(?<animal>鼠|牛|虎|兔|龙|蛇|马|羊|猴|鸡|狗|犬|猪)迎新春', example: '金牛辞旧岁,福虎迎新春。', seen: 'hospital.hzau.edu.cn eval:unseen18/a18-hzau-school-hospital-newyear-speech' },
  { term: '(?<!送走|辞别|告别|万|千)(?<animal>鼠|牛|虎|兔|龙|蛇|马|羊|猴|鸡|狗|犬|猪)迎新春', example: '凯歌送旧岁,金牛迎新春。', seen: 'tobysbone.com fixture:dates/pages/tobysbone-port-new-year-eve.txt' },
];

/**
 * A first sentence opening on a day alone names the meeting it reports with the meeting's year
 * (1月16日,黔江区政府区长徐江主持召开区政府2020年第一次全体会议): the year of the day, when the page gives
 * no other. Not a meeting that reviews or rewards a year (2月7日，苏州召开2021年度综合考核工作总结暨作风建设大会
 * is held the year after); the stage leaves out days from November on, when the next year's meetings
 * begin (11月30日，2018年济南全市工作务虚会召开). The term captures `year`.
 */
export const LEDE_MEETING_YEARS: Term[] = [
  { term: '(?<![0-9])(?<year>(?:19|20)[0-9]{2})\\s*年度?(?![^，。；！？：:、,;!?]{0,24}?(?:总结|考核|表彰|述职|回顾|评议))[^，。；！？：:、,;!?]{0,24}?(?:会议|大会|座谈会|务虚会|调度会|推进会|部署会|动员会|论坛)', example: '1月16日,黔江区政府区长徐江主持召开区政府2020年第一次全体会议', seen: 'www.qianjiang.gov.cn fixture:region/pages/qianjiang-district-meeting.txt' },
  { term: '(?<![0-9])(?<year>(?:19|20)[0-9]{2})\\s*年度?(?![^，。；！？：:、,;!?]{0,24}?(?:总结|考核|表彰|述职|回顾|评议))[^，。；！？：:、,;!?]{0,24}?(?:会议|大会|座谈会|务虚会|调度会|推进会|部署会|动员会|论坛)', example: '10月17日,我县召开2020年度县政府工作报告重点工作和民生实事专题调度会议', seen: 'szb.zhonghongnet.com fixture:dates/pages/zhonghongnet-county-dispatch-meeting.txt' },
  { term: '(?<![0-9])(?<year>(?:19|20)[0-9]{2})\\s*年度?(?![^，。；！？：:、,;!?]{0,24}?(?:总结|考核|表彰|述职|回顾|评议))[^，。；！？：:、,;!?]{0,24}?(?:会议|大会|座谈会|务虚会|调度会|推进会|部署会|动员会|论坛)', example: '市委副书记、市长孙勇即主持召开2022年市《政府工作报告》目标任务分解动员部署会', seen: 'kislak.org fixture:dates/pages/kislak-mayor-mobilisation.txt' },
  // An organ holding this year's festivity or campaign (举办“…”2025年新春团拜会; 开展2021年…活动), the holding verb
  // before the year: the year it was held in, as for a meeting.
  { term: '(?:举办|举行|开展)(?:了)?(?:以?“[^”]{1,40}”(?:为主题的)?)?(?<![0-9])(?<year>(?:19|20)[0-9]{2})\\s*年(?!度)(?![^，。；！？：:,;!?]{0,24}?(?:总结|考核|表彰|述职|回顾|评议))[^，。；！？：:,;!?]{0,24}?(?:团拜会|联欢会|晚会|活动)', example: '近日，长春新区人民法院举办“蛇年祥瑞迎新春、团结奋进谱新篇”2025年新春团拜会。', seen: 'dadi128.com eval:unseen9/a9-dadi128-changchun-xinqu-court-newyear-report' },
  { term: '(?:举办|举行|开展)(?:了)?(?:以?“[^”]{1,40}”(?:为主题的)?)?(?<![0-9])(?<year>(?:19|20)[0-9]{2})\\s*年(?!度)(?![^，。；！？：:,;!?]{0,24}?(?:总结|考核|表彰|述职|回顾|评议))[^，。；！？：:,;!?]{0,24}?(?:团拜会|联欢会|晚会|活动)', example: '2月7日,在新春佳节来临之际,漳平市举行2024年迎新春团拜会', seen: 'www.zp.gov.cn fixture:dates/pages/zp-spring-reception.txt' },
  { term: '(?:举办|举行|开展)(?:了)?(?:以?“[^”]{1,40}”(?:为主题的)?)?(?<![0-9])(?<year>(?:19|20)[0-9]{2})\\s*年(?!度)(?![^，。；！？：:,;!?]{0,24}?(?:总结|考核|表彰|述职|回顾|评议))[^，。；！？：:,;!?]{0,24}?(?:团拜会|联欢会|晚会|活动)', example: '6月5日，我部将联合中央文明办、辽宁省人民政府在辽宁省沈阳市举办2022年六五环境日国家主场活动。', seen: 'm.dunya.com.cn eval:unseen5/y1-dunya-mee-may-presser-interview' },
  { term: '(?:举办|举行|开展)(?:了)?(?:以?“[^”]{1,40}”(?:为主题的)?)?(?<![0-9])(?<year>(?:19|20)[0-9]{2})\\s*年(?!度)(?![^，。；！？：:,;!?]{0,24}?(?:总结|考核|表彰|述职|回顾|评议))[^，。；！？：:,;!?]{0,24}?(?:团拜会|联欢会|晚会|活动)', example: '淄博市开展2021年六五环境日暨 “全员环保”助力生态赋能宣传活动', seen: '91jipiao.cn eval:unseen5/y1-91jipiao-zibo-environment-day-report' },
];

/**
 * A text naming now as an anniversary of a day everyone knows: today (今日是香港回归28周年 → 2025-07-01),
 * or the one it welcomes (我们携手迎来了…伟大祖国六十八周年华诞 → 2017). The term captures `what` (a
 * key of ANNIVERSARY_BASES in date-evidence.ts) and `n`; `today` when the day itself is meant.
 */
export const ANNIVERSARIES: Term[] = [
  { term: '(?<today>今日|今天)(?:是|为)(?<what>香港回归|澳门回归|新中国成立|中华人民共和国成立|建党|建军)(?<n>[0-9一二三四五六七八九十百]{1,4})周年', example: '今日是香港回归28周年', seen: 'www.am730.com.hk eval:unseen/u2-am730-handover-anniversary-report' },
  { term: '(?:迎来了?|喜迎)[^，。；！？]{0,16}?(?<what>香港回归|澳门回归|祖国|新中国成立|中华人民共和国成立|建党|建军)(?<n>[0-9一二三四五六七八九十百]{1,4})周年', example: '我们携手迎来了一年一度的中秋佳节和伟大祖国六十八周年华诞', seen: 'yiyang.gov.cn eval:unseen3/w2-yiyang-fourth-hospital-national-day-speech' },
  // The numbered police day named as the day the text stands on (今天是第二个“中国人民警察节”; 1月10日是第五个中国人民警察节,
  // the festival's own day): its day in the year the count gives (ANNIVERSARY_BASES: the first is 2021). Not a day
  // looked ahead to (1月10日就是首个…, 明年1月10日是…): only the copula right after the day; nor a day with its own year
  // (2023年1月10日是第四个…), which the stated year dates, whatever the count says.
  { term: '(?<!年|明年的)(?<today>今日|今天|1月10日)\\s*(?:[（(]1月10日[）)])?(?:是|为)(?:第)?(?<n>首|[0-9一二三四五六七八九十]{1,3})[个届]\\s*[“"]?(?<what>中国人民警察节)', example: '1月10日是第五个中国人民警察节', seen: 'fyxjyw.com eval:unseen15/b15-fyxjyw-gaolan-police-110-report' },
  { term: '(?<!年|明年的)(?<today>今日|今天|1月10日)\\s*(?:[（(]1月10日[）)])?(?:是|为)(?:第)?(?<n>首|[0-9一二三四五六七八九十]{1,3})[个届]\\s*[“"]?(?<what>中国人民警察节)', example: '1月10日是第五个“中国人民警察节”,县公安局举办系列活动庆祝第五个“中国人民警察节”的到来。', seen: 'dongfengkuaidi.vip fixture:dates/pages/dongfengkuaidi-police-day-fifth.txt' },
  { term: '(?<!年|明年的)(?<today>今日|今天|1月10日)\\s*(?:[（(]1月10日[）)])?(?:是|为)(?:第)?(?<n>首|[0-9一二三四五六七八九十]{1,3})[个届]\\s*[“"]?(?<what>中国人民警察节)', example: '今天是第二个“中国人民警察节”,向工作在各个岗位的人民警察致敬!', seen: 'www.hkwb.net fixture:dates/pages/hkwb-police-day-second.txt' },
];

/**
 * The anniversary a text names as its occasion or as this year (庆祝中国共产党成立104周年; 今年是新中国成立75周年):
 * the year it stands in, base year plus n, when nothing else on the page dates it. The term captures `what`
 * (a key of ANNIVERSARY_BASES in date-evidence.ts) and `n`; a sentence that passes on a speech given at such an
 * occasion (学习…在庆祝…大会上的重要讲话精神) names another year and is left to date-evidence.ts.
 */
// Fixed national events every site counts from alike (calendar2, thirty-sixth session; their days in
// date-evidence.ts ANNIVERSARY_BASES, each cited there). The longer names first, so the key is the full name.
export const NATIONAL_EVENTS = '中国人民抗日战争暨世界反法西斯战争胜利|中国人民抗战暨世界反法西斯战争胜利|中国人民抗日战争胜利|抗日战争胜利|抗战胜利|五四运动|辛亥革命|中国共产主义青年团成立|中国共青团成立|共青团成立|中国工农红军长征胜利|红军长征胜利|长征胜利|西藏和平解放|中国人民志愿军抗美援朝出国作战|抗美援朝出国作战|中国人民解放军建军';
const OCCASIONS = `香港回归|澳门回归|新中国成立|中华人民共和国成立|中华人民共和国建国|建国|中国共产党成立|建党|建军|改革开放|秋收起义|人民政协成立|中国人民政治协商会议成立|${NATIONAL_EVENTS}`;
export const OCCASION_ANNIVERSARIES: Term[] = [
  { term: `(?:庆祝|纪念|庆贺)(?<what>${OCCASIONS})\\s*(?<n>[0-9一二三四五六七八九十百]{1,4})\\s*周年`, example: '今天,我们齐聚一堂,以讲党课的形式庆祝中国共产党成立104周年', seen: 'specficcolloquium.com eval:unseen5/y1-specfic-subei-village-cadres-partylesson-speech' },
  { term: `(?:庆祝|纪念|庆贺)(?<what>${OCCASIONS})\\s*(?<n>[0-9一二三四五六七八九十百]{1,4})\\s*周年`, example: '以下为民政事务局局长曾德成今日(十月四日)出席「庆贺建国六十周年北区大巡游暨回归纪念园开幕典礼」的致辞全文', seen: 'resources.cie.hkbu.edu.hk eval:unseen/u1-hkbu-northdistrict-parade-speech' },
  { term: `(?:庆祝|纪念|庆贺)(?<what>${OCCASIONS})\\s*(?<n>[0-9一二三四五六七八九十百]{1,4})\\s*周年`, example: '在纪念秋收起义80周年动员大会上的讲话', seen: 'wap.baiyunpiaopiao.com fixture:dates/pages/baiyunpiaopiao-autumn-harvest-mobilisation.txt' },
  { term: `今年(?:是|为|正值|恰逢)(?<what>${OCCASIONS})\\s*(?<n>[0-9一二三四五六七八九十百]{1,4})\\s*周年`, example: '今年是中华人民共和国建国六十周年,每一位中华儿女都会同感国庆的喜悦', seen: 'resources.cie.hkbu.edu.hk eval:unseen/u1-hkbu-northdistrict-parade-speech' },
  { term: `今年(?:是|为|正值|恰逢)(?<what>${OCCASIONS})\\s*(?<n>[0-9一二三四五六七八九十百]{1,4})\\s*周年`, example: '行政长官表示,今年是新中国成立75周年', seen: 'cdn.gcs.gov.mo eval:holdout/h3-gcsmo-macau-chief-executive-media-report' },
  { term: `今年(?:是|为|正值|恰逢)(?<what>${OCCASIONS})\\s*(?<n>[0-9一二三四五六七八九十百]{1,4})\\s*周年`, example: '今年是改革开放40周年,习近平主席正式向世界宣告', seen: 'macaumonthly.net fixture:dates/pages/macaumonthly-envoys-speech.txt' },
  // calendar2 (thirty-sixth session): the same two shapes with a fixed national event (NATIONAL_EVENTS), rule date-occasion-event.
  { term: `(?:庆祝|纪念|庆贺)(?<what>${OCCASIONS})\\s*(?<n>[0-9一二三四五六七八九十百]{1,4})\\s*周年`, example: '10月9日上午,纪念辛亥革命110周年大会在北京人民大会堂隆重举行,民革龙马潭区支部组织支部委员集中观看现场直播', seen: 'sclzmg.com fixture:dates/calendar2-s36/a04-sclzmg-longmatan-branch-1911-revolution-110th-viewing-report.txt' },
  { term: `(?:庆祝|纪念|庆贺)(?<what>${OCCASIONS})\\s*(?<n>[0-9一二三四五六七八九十百]{1,4})\\s*周年`, example: '5月10日,我校团员在校团委的统一安排下观看了习近平总书记在庆祝中国共产主义青年团成立一百周年大会上的讲话。', seen: 'tw.hnjgxx.com fixture:dates/calendar2-s36/a05-hnjgxx-school-league-centenary-viewing-report.txt' },
  { term: `(?:庆祝|纪念|庆贺)(?<what>${OCCASIONS})\\s*(?<n>[0-9一二三四五六七八九十百]{1,4})\\s*周年`, example: '新华社北京9月3日电 纪念中国人民抗日战争暨世界反法西斯战争胜利78周年座谈会3日在北京举行', seen: 'xtnichuang.com fixture:dates/calendar2-s36/a01-xtnichuang-war-victory-78th-forum-report.txt' },
  // A day kept each year since a year the State Council set (中国人民警察节: each 1月10日 from 2021, 国函〔2020〕号 批复),
  // counted as the first, the second… of them (首个 = 1): the year it stands in is the base year plus n.
  { term: '(?:庆祝|喜迎|迎接)(?:第)?(?<n>首|[0-9一二三四五六七八九十]{1,3})个\\s*[“"]?(?<what>中国人民警察节)', example: '1月13日，市公安局举行庆祝中国人民警察节荣誉仪式暨党员先锋事迹报告会，庆祝首个中国人民警察节', seen: 'm.4fhk.cn eval:unseen11/a11-4fhk-wuzhou-police-day-honours-report' },
  { term: '(?:庆祝|喜迎|迎接)(?:第)?(?<n>首|[0-9一二三四五六七八九十]{1,3})个\\s*[“"]?(?<what>中国人民警察节)', example: '为庆祝第六个中国人民警察节,激励全警忠诚履职担当,和龙市公安局精心组织开展了内容丰富、意义深远的系列庆祝活动。', seen: 'www.apcreports.org.cn fixture:dates/pages/apcreports-helong-police-day.txt' },
  { term: '(?:庆祝|喜迎|迎接)(?:第)?(?<n>首|[0-9一二三四五六七八九十]{1,3})个\\s*[“"]?(?<what>中国人民警察节)', example: '全国公安机关通过举办升警旗、警营开放日、“向人民报告”等一系列活动庆祝首个中国人民警察节', seen: 'www.chinapeace.gov.cn fixture:dates/pages/chinapeace-first-police-day.txt' },
  // The numbered police day named as the time the text stands in (在第一个中国人民警察节里; 在第三届“中国人民警察节”到来之际):
  // the same reference fact, without a verb of celebrating. A day in its run-up late in the year before is left
  // undated by the stage (dates.ts occasionFor).
  { term: '在(?:第)?(?<n>首|[0-9一二三四五六七八九十]{1,3})[个届]\\s*[“"]?(?<what>中国人民警察节)', example: '为加强公安民警职业荣誉，鼓舞队伍士气，1月10日上午，在第一个中国人民警察节里，安徽省休宁县公安局举行从警特定年限荣誉纪念仪式。', seen: 'zgzzs.com.cn eval:unseen16/a16-zgzzs-xiuning-police-day-report' },
  { term: '在(?:第)?(?<n>首|[0-9一二三四五六七八九十]{1,3})[个届]\\s*[“"]?(?<what>中国人民警察节)', example: '2023年1月10日，在第三届“中国人民警察节”到来之际，星光融媒体联盟艺术部副主任陈春宇带着著名书法家张成生老师的书法作品', seen: 'fzbdw.org.cn eval:unseen13/a13-fzbdw-zhaodong-police-day-calligraphy-report' },
  { term: '在(?:第)?(?<n>首|[0-9一二三四五六七八九十]{1,3})[个届]\\s*[“"]?(?<what>中国人民警察节)', example: '在第二个中国人民警察节到来之际,致敬这些可爱的平安守护者!', seen: 'www.northnews.cn fixture:dates/pages/northnews-second-police-day.txt' },
];

/**
 * How a year stands in a text whose date the rules do not take (extract/date-fill.ts): each row is one
 * `kind` of year mention, most specific first (a position takes the first row that matches there); the term
 * captures `year` (four digits, plus one for a school year's second term) or `yy` (a cohort's two, 07级);
 * examples as their sources read once simplified. The cohort, class, school-year and season kinds date a
 * page (rule date-class-year-fill); the others are read only by the fill model scripts/eval/fit-date-fill.ts
 * measures, which is not wired in.
 */
export const YEAR_MENTIONS: (Term & { kind: string })[] = [
  { kind: 'school-year', term: '(?<year>(?:19|20)[0-9]{2})\\s*[-－—–~～至]{1,2}\\s*(?:19|20)?[0-9]{2}\\s*[学學]年(?:度)?(?<second>第二[学學]期|下[学學]期|春季)?', example: '共同举行了2022--2023学年度第二学期开学典礼', seen: 'vt935.cn fixture:dates/datefill-s33/a05-vt935-primary-second-term-opening.txt' },
  { kind: 'school-year', term: '(?<year>(?:19|20)[0-9]{2})\\s*[-－—–~～至]{1,2}\\s*(?:19|20)?[0-9]{2}\\s*[学學]年(?:度)?(?<second>第二[学學]期|下[学學]期|春季)?', example: '大余中学2025-2026学年开学典礼如约而至', seen: 'w.suneasecloud.com eval:kinds3/k5-suneasecloud-dayu-middle-school-opening-ceremony' },
  { kind: 'cohort', term: '(?<year>(?:19|20)[0-9]{2})\\s*[级級]', example: '9月9日上午,我校举行2015级新生军训动员大会暨授旗仪式', seen: 'yichulegw.com fixture:dates/datefill-s33/a01-yichulegw-freshmen-military-training-mobilisation.txt' },
  { kind: 'cohort', term: '(?<year>(?:19|20)[0-9]{2})\\s*[级級]', example: '西华大学2019级新生开学典礼在这里隆重举行', seen: 'www.xhu.edu.cn eval:holdout/h2-xhu-opening-ceremony-report' },
  { kind: 'cohort', term: '(?<![0-9])(?<yy>[0-9]{2})\\s*[级級](?=新生|新?同[学學]|本科|研究生|[学學]生|春|秋|[0-9]{0,2}[\\p{Script=Han}]{0,4}(?:新生|学员))', example: '召开了07级新生军训动员大会', seen: 'xjbdql.com fixture:dates/datefill-s33/a02-xjbdql-07-cohort-military-training-meeting.txt' },
  { kind: 'cohort', term: '(?<![0-9])(?<yy>[0-9]{2})\\s*[级級](?=新生|新?同[学學]|本科|研究生|[学學]生|春|秋|[0-9]{0,2}[\\p{Script=Han}]{0,4}(?:新生|学员))', example: '16级学生代表汪旭以及19级新生代表郝子韫在典礼上发', seen: 'hotelaztecacentro.com fixture:dates/datemiss-s32/a01-hotelaztecacentro-foreign-languages-freshmen-opening.txt' },
  { kind: 'class', term: '(?<year>(?:19|20)[0-9]{2})\\s*[届屆]', example: '上海财经大学校长樊丽明在2019届本科毕业典礼上的讲话', seen: 'www.yanjianggu.com eval:unseen25/a25-yanjianggu-sufe-president-fanliming-2019-graduation-speech' },
  { kind: 'class', term: '(?<year>(?:19|20)[0-9]{2})\\s*[届屆]', example: '这其中也有 2010 届全体本科毕业生的功劳', seen: 'swxbz.com eval:unseen19/a19-swxbz-cupl-president-graduation-speech' },
  { kind: 'season', term: '(?<year>(?:19|20)[0-9]{2})\\s*年\\s*(?:春季|秋季|夏季|冬季|春|秋)(?:[学學]期)?', example: '近日,扶风县杏林镇召开2023年春季重点工作推进会', seen: 'www.xbxxb.com fixture:dates/datefill-s33/a08-xbxxb-xinglin-town-2023-spring-work-meeting.txt' },
  { kind: 'season', term: '(?<year>(?:19|20)[0-9]{2})\\s*年\\s*(?:春季|秋季|夏季|冬季|春|秋)(?:[学學]期)?', example: '对全县中小学2018年春季学期教辅材料征订工作进行了专项督查', seen: 'cdsjw.cn eval:unseen27/b27-cdsjw-taoyuan-textbook-ordering-spot-check-report' },
  { kind: 'annual', term: '(?<year>(?:19|20)[0-9]{2})\\s*年度', example: '隆重召开我校2011年度教职工年终表彰大会', seen: 'www.koomao.com fixture:dates/datefill-s33/a04-koomao-school-2011-staff-commendation-speech.txt' },
  { kind: 'annual', term: '(?<year>(?:19|20)[0-9]{2})\\s*年度', example: '安排部署了2012年的工作要点,并与各基层单位签订了2012年度综合目标管理责任书', seen: 'yh18.com eval:unseen10/a10-yh18-wenshang-transport-work-meeting-report' },
  { kind: 'since', term: '(?<year>(?:19|20)[0-9]{2})\\s*年(?:[0-9]{1,2}月份?)?[^，。；,;]{0,8}?以[来來]', example: '2020年以来,梧州公安系统', seen: '4fhk.com eval:unseen11/a11-4fhk-wuzhou-police-day-honours-report' },
  { kind: 'since', term: '(?<year>(?:19|20)[0-9]{2})\\s*年(?:[0-9]{1,2}月份?)?[^，。；,;]{0,8}?以[来來]', example: '武城县公务卡制度改革自2013年7月份启动试点以来', seen: 'rqjmxh.com eval:unseen24/b24-rqjmxh-wucheng-official-card-full-coverage-report' },
  { kind: 'ahead', term: '(?<year>(?:19|20)[0-9]{2})\\s*年\\s*是', example: '《通知》强调,2024年是中华人民共和国成立75周年', seen: 'www.gzouguan.com fixture:dates/datefill-s33/a09-gzouguan-new-year-festival-notice-summary.txt' },
  { kind: 'ahead', term: '(?<year>(?:19|20)[0-9]{2})\\s*年\\s*是', example: '他强调,2019年是全面建成小康社会的关键之年', seen: '0356sh.com eval:unseen25/c25-0356sh-jincheng-mayor-post-holiday-coordination-meeting-report' },
  { kind: 'plain', term: '(?<year>(?:19|20)[0-9]{2})\\s*年', example: '录制2019年全市征兵工作电视动员讲话', seen: 'www.2f6.com eval:unseen28/c28-www2f6-sanya-vice-mayor-chentiejun-tv-station-conscription-pinyin-report' },
  { kind: 'plain', term: '(?<year>(?:19|20)[0-9]{2})\\s*年', example: '截至2014年3月底,全县实施公务卡结', seen: 'rqjmxh.com eval:unseen24/b24-rqjmxh-wucheng-official-card-full-coverage-report' },
];

/** Every holiday's names (extract/holidays.ts), as one RegExp alternation. */
const HOLIDAY_NAMES = HOLIDAYS.map((h) => h.names).join('|');

/**
 * A year printed right before a holiday's name, the holiday of that year (2012年5.12护士节院长讲话稿; 校长在2023中秋节庆典上致辞;
 * 2024年，三八妇女节在我国已经101周年了): its day in figures or its short name may stand between (5.12, “三八”国际劳动), nothing else.
 * The term captures `year`.
 */
export const HOLIDAY_YEARS: Term[] = [
  { term: `(?<![0-9])(?<year>(?:19|20)[0-9]{2})\\s*年?\\s*(?:的)?[，,]?\\s*[“"「]?(?:[0-9.·．]{1,5}|三八|五一|五四|六一|七一|八一)?[”"」]?\\s*(?:国际)?(?:劳动)?(?:${HOLIDAY_NAMES})`, example: '2012年5.12护士节院长讲话稿', seen: 'yyfangchan.com eval:unseen8/a8-yyfangchan-nurses-day-president-speech' },
  { term: `(?<![0-9])(?<year>(?:19|20)[0-9]{2})\\s*年?\\s*(?:的)?[，,]?\\s*[“"「]?(?:[0-9.·．]{1,5}|三八|五一|五四|六一|七一|八一)?[”"」]?\\s*(?:国际)?(?:劳动)?(?:${HOLIDAY_NAMES})`, example: '校长在2023中秋节庆典上致辞', seen: 'jdfwg.com fixture:dates/holidaydate-s35/a02-jdfwg-principal-2023-mid-autumn-address.txt' },
  { term: `(?<![0-9])(?<year>(?:19|20)[0-9]{2})\\s*年?\\s*(?:的)?[，,]?\\s*[“"「]?(?:[0-9.·．]{1,5}|三八|五一|五四|六一|七一|八一)?[”"」]?\\s*(?:国际)?(?:劳动)?(?:${HOLIDAY_NAMES})`, example: '2024年教师节校长致辞', seen: 'jiaowu.ijidi.cn fixture:dates/holidaydate-s35/a03-ijidi-principal-2024-teachers-day-address.txt' },
  { term: `(?<![0-9])(?<year>(?:19|20)[0-9]{2})\\s*年?\\s*(?:的)?[，,]?\\s*[“"「]?(?:[0-9.·．]{1,5}|三八|五一|五四|六一|七一|八一)?[”"」]?\\s*(?:国际)?(?:劳动)?(?:${HOLIDAY_NAMES})`, example: '2024年,三八妇女节在我国已经101周年了', seen: 'jsfgt.com fixture:dates/holidaydate-s35/a01-jsfgt-womens-day-dragon-year-article.txt' },
];

/**
 * The text saying the holiday it names is today (今天是第40个教师节; 今天是第十七个中国记者节; 今天，我们共同庆祝全世界妇女同胞的节日):
 * with the holiday's year stated, its day is the text's (tests/eval/README.md: a holiday named with its year dates the
 * day, unseen31 d31-twfb). Read in the opening paragraph that names the holiday.
 */
export const HOLIDAY_TODAYS: Term[] = [
  { term: `(?:今天|今日)(?:是|为)[^，。；！？]{0,16}?(?:${HOLIDAY_NAMES})`, example: '今天是第40个教师节', seen: 'jiaowu.ijidi.cn fixture:dates/holidaydate-s35/a03-ijidi-principal-2024-teachers-day-address.txt' },
  { term: `(?:今天|今日)(?:是|为)[^，。；！？]{0,16}?(?:${HOLIDAY_NAMES})`, example: '今天是第十七个中国记者节', seen: 'tmrb.tmwcn.com eval:unseen26/c26-tmwcn-tianmen-mayor-wujin-cloud-tianmen-journalists-day-report' },
  { term: '(?:今天|今日)[，,]?[^。！？]{0,12}?(?:庆祝|纪念|欢度|共度)[^。！？]{0,24}?(?:节日|节)', example: '今天,我们共同庆祝全世界妇女同胞的节日', seen: 'jsfgt.com fixture:dates/holidaydate-s35/a01-jsfgt-womens-day-dragon-year-article.txt' },
  { term: '(?:今天|今日)[，,]?[^。！？]{0,12}?(?:庆祝|纪念|欢度|共度)[^。！？]{0,24}?(?:节日|节)', example: '今天,我们在这里欢聚一堂,隆重庆祝第100个“5·12”国际护士节', seen: 'www.qzzw.net eval:unseen8/a8-qzzw-county-hospital-nurses-day-speech' },
];

/**
 * Words of a text before the holiday it names (再过几天，就是…教师节了; 值此佳节来临之际; 又一个中秋就要到了): the text stands
 * some days before, so the holiday's day is not its own, whatever today it names.
 */
export const HOLIDAY_AHEAD: Term[] = [
  { term: '之际|前夕|就要|即将|再过|将至|临近|在即|将于|明天|明日', example: '值此佳节来临之际,县教育局谨向辛勤耕耘在全县教育战线上的广大教师和教育工作者致以诚挚的问候', seen: 'www.zy234.com eval:unseen12/a12-zy234-zongyang-teachers-day-letter-article' },
  { term: '之际|前夕|就要|即将|再过|将至|临近|在即|将于|明天|明日', example: '又一个中秋就要到了', seen: 'jdfwg.com fixture:dates/holidaydate-s35/a02-jdfwg-principal-2023-mid-autumn-address.txt' },
  { term: '之际|前夕|就要|即将|再过|将至|临近|在即|将于|明天|明日', example: '明天上午,重庆人民广场将举行隆重的升国旗仪式,欢庆2018年新年到来', seen: 'xwzx.qqzyw.com fixture:dates/holidaydate-s35/a04-qqzyw-chongqing-new-year-flag-raising-preview.txt' },
];

/** The names of the observances kept since a year an act fixed (extract/holidays.ts `first`), as one RegExp alternation. */
const COUNTED_NAMES = HOLIDAYS.filter((h) => h.first !== undefined).map((h) => h.names).join('|');

/**
 * An observance named by its count (我国第二十七个教师节; 第6个“中国扶贫日”; 第十九个全国“安全生产月”; 首个中国人民警察节): the count
 * names the year on every site alike, first + N − 1 (extract/date-evidence.ts observanceOrdinal). The names are the public
 * table's (holidays.ts), not the pages'; the pages give the shape of the count before them. The term captures `n`
 * (首, or 第 and the count).
 */
export const OBSERVANCE_ORDINALS: Term[] = [
  { term: `(?<n>首|第\\s*(?:[0-9]{1,3}|[一二三四五六七八九十百]{1,5}))\\s*[个届]\\s*[“"「]?\\s*(?:中国|全国|我国|国家)?\\s*[“"「]?\\s*(?:${COUNTED_NAMES})`, example: '12月4日是第六个国家宪法日,为贯彻落实党的十九大和十九届二中、三中、四中全会精神', seen: 'gqt.km.gov.cn fixture:dates/yearevidence-s36/a01-kmgqt-constitution-day-volunteers-report.txt' },
  { term: `(?<n>首|第\\s*(?:[0-9]{1,3}|[一二三四五六七八九十百]{1,5}))\\s*[个届]\\s*[“"「]?\\s*(?:中国|全国|我国|国家)?\\s*[“"「]?\\s*(?:${COUNTED_NAMES})`, example: '9月9日下午,徐高师全体教职工在学校报告厅隆重庆祝我国第二十七个教师节。', seen: 'xzgdsf.com fixture:dates/yearevidence-s36/a02-xzgdsf-normal-school-27th-teachers-day-report.txt' },
  { term: `(?<n>首|第\\s*(?:[0-9]{1,3}|[一二三四五六七八九十百]{1,5}))\\s*[个届]\\s*[“"「]?\\s*(?:中国|全国|我国|国家)?\\s*[“"「]?\\s*(?:${COUNTED_NAMES})`, example: '今年六月为第十九个全国“安全生产月”', seen: 'shuiyw.cn fixture:dates/yearevidence-s36/a05-shuiyw-huanglong-19th-safety-month-report.txt' },
  { term: `(?<n>首|第\\s*(?:[0-9]{1,3}|[一二三四五六七八九十百]{1,5}))\\s*[个届]\\s*[“"「]?\\s*(?:中国|全国|我国|国家)?\\s*[“"「]?\\s*(?:${COUNTED_NAMES})`, example: '10月17日是国务院设立的第6个“中国扶贫日”', seen: 'dplcry.cn fixture:dates/yearevidence-s36/a07-dplcry-cili-6th-poverty-day-report.txt' },
  { term: `(?<n>首|第\\s*(?:[0-9]{1,3}|[一二三四五六七八九十百]{1,5}))\\s*[个届]\\s*[“"「]?\\s*(?:中国|全国|我国|国家)?\\s*[“"「]?\\s*(?:${COUNTED_NAMES})`, example: '全国公安机关通过举办升警旗、警营开放日、“向人民报告”等一系列活动庆祝首个中国人民警察节', seen: 'www.chinapeace.gov.cn fixture:dates/pages/chinapeace-first-police-day.txt' },
  { term: `(?<n>首|第\\s*(?:[0-9]{1,3}|[一二三四五六七八九十百]{1,5}))\\s*[个届]\\s*[“"「]?\\s*(?:中国|全国|我国|国家)?\\s*[“"「]?\\s*(?:${COUNTED_NAMES})`, example: '今天是第十七个中国记者节', seen: 'tmrb.tmwcn.com eval:unseen26/c26-tmwcn-tianmen-mayor-wujin-cloud-tianmen-journalists-day-report' },
];

/**
 * A clause a report's first sentence opens on that names a counted observance as the time it stands in (12月4日是第六个
 * 国家宪法日，…; 在第二十五个教师节来临之际，…): the day after it opens the event (…12月5日上午，团区委…开展…); the
 * observance's own day is the event's only when none follows (extract/date-evidence.ts ledeDate).
 */
export const OBSERVANCE_CLAUSES: Term[] = [
  { term: '^(?:今年)?(?:[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日|今天|今日)(?:[（(][^（）()]{1,12}[）)])?\\s*(?:是|为)[^，。；,;]{0,12}?(?:第\\s*(?:[0-9]{1,3}|[一二三四五六七八九十百]{1,5})|首)\\s*[个届]', example: '12月4日是第六个国家宪法日', seen: 'gqt.km.gov.cn fixture:dates/yearevidence-s36/a01-kmgqt-constitution-day-volunteers-report.txt' },
  { term: '^(?:今年)?(?:[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日|今天|今日)(?:[（(][^（）()]{1,12}[）)])?\\s*(?:是|为)[^，。；,;]{0,12}?(?:第\\s*(?:[0-9]{1,3}|[一二三四五六七八九十百]{1,5})|首)\\s*[个届]', example: '10月17日是国务院设立的第6个“中国扶贫日”', seen: 'dplcry.cn fixture:dates/yearevidence-s36/a07-dplcry-cili-6th-poverty-day-report.txt' },
  { term: '^(?:今年)?(?:[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日|今天|今日)(?:[（(][^（）()]{1,12}[）)])?\\s*(?:是|为)[^，。；,;]{0,12}?(?:第\\s*(?:[0-9]{1,3}|[一二三四五六七八九十百]{1,5})|首)\\s*[个届]', example: '今年11月8日是第二十五个中国记者节，上午，县委书记吕庆来到县融媒体中心看望慰问新闻工作者', seen: 'wxredian.com eval:unseen23/c23-wxredian-puding-secretary-journalists-day-visit-report' },
  { term: '^(?:值此|在)[^，。；,;]{0,12}?(?:第\\s*(?:[0-9]{1,3}|[一二三四五六七八九十百]{1,5})|首)\\s*[个届][^，。；,;]{0,20}?之际', example: '在第二十五个教师节来临之际,9月10日晚,我校在学校报告厅隆重举行庆祝教师节文艺演出暨优秀教职工表彰大会。', seen: 'www.dyyz.net fixture:dates/yearevidence-s36/a04-dyyz-school-25th-teachers-day-gala-report.txt' },
  { term: '^(?:值此|在)[^，。；,;]{0,12}?(?:第\\s*(?:[0-9]{1,3}|[一二三四五六七八九十百]{1,5})|首)\\s*[个届][^，。；,;]{0,20}?之际', example: '在第二个中国人民警察节到来之际,致敬这些可爱的平安守护者!', seen: 'www.northnews.cn fixture:dates/pages/northnews-second-police-day.txt' },
];

/**
 * A national congress of the Party named by its number as the time a text stands in: reported as opening or held
 * (中国共产党第十九次全国代表大会在人民大会堂隆重开幕), or greeted (为喜迎党的二十大; 以实干迎接十九大) — its year by the public
 * list of congresses (holidays.ts CONGRESSES). Not one named as past (…召开以来, 召开后), nor one whose spirit is studied (学习…
 * 精神: extract/date-evidence.ts congressDay). The term captures `n`.
 */
export const CONGRESS_OCCASIONS: Term[] = [
  { term: '(?:中国共产党|中共|党的)第(?<n>[一二三四五六七八九十]{1,3})次全国代表大会(?:开幕会)?[^，。；]{0,16}?(?:开幕|召开|闭幕|举行)(?!以来|后|之后)', example: '10月18日上午9时,中国共产党第十九次全国代表大会在人民大会堂隆重开幕。', seen: 'jijian.jiading.cn fixture:dates/yearevidence-s36/a09-jiading-industrial-zone-19th-congress-opening-report.txt' },
  { term: '(?:中国共产党|中共|党的)第(?<n>[一二三四五六七八九十]{1,3})次全国代表大会(?:开幕会)?[^，。；]{0,16}?(?:开幕|召开|闭幕|举行)(?!以来|后|之后)', example: '10月18日上午9:00,中国共产党第十九次全国代表大会开幕会在人民大会堂大礼堂举行', seen: 'suining.scjyxxw.com fixture:dates/yearevidence-s36/a10-scjyxxw-suining-civil-affairs-19th-congress-viewing-report.txt' },
  { term: '(?:喜迎|迎接|献礼)(?:党的|中共)?(?<n>[一二三四五六七八九十]{1,3})大', example: '为喜迎党的二十大,激发青少年爱国爱党的热情', seen: 'tangov.net fixture:dates/yearevidence-s36/a11-tangov-shaoyang-school-greeting-20th-congress-report.txt' },
  { term: '(?:喜迎|迎接|献礼)(?:党的|中共)?(?<n>[一二三四五六七八九十]{1,3})大', example: '广大干部群众要把希望化作行动,以实干迎接十九大。', seen: 'jijian.jiading.cn fixture:dates/yearevidence-s36/a09-jiading-industrial-zone-19th-congress-opening-report.txt' },
];

/**
 * A holiday named in passing (国庆期间要做好…; 2024年元旦放假安排; 中秋国庆假期): the time around it, or a notice about
 * its arrangements, dated by its own signature — no day of the holiday's is the text's.
 */
export const HOLIDAY_PASSING: Term[] = [
  { term: '期间|放假|假期|调休|值班|节前|节后|安排', example: '工作提示单(“国庆 中秋”期间有关创建工作提示)', seen: 'siseiken.net eval:unseen11/a11-siseiken-ningguo-holiday-civility-reminder-notice' },
  { term: '期间|放假|假期|调休|值班|节前|节后|安排', example: '现将2015年“五一” 劳动节放假日期安排通知如下', seen: 'public.zzgx.gov.cn eval:unseen16/b16-zzgx-district-education-mayday-holiday-notice' },
];

// ---- infodate (thirty-sixth session): a day the page states around the text that the date stage did not read ----

/**
 * The dateline the Epoch Times group's outlets open every report on, the outlet's name and the day filed in
 * square brackets (【大纪元2014年12月25日讯】, 【新唐人2010年9月26日讯】): the same on every site that carries
 * them (their mirrors and reposts), read as a wire's dated dateline (extract/date-evidence.ts WIRE_DATE).
 */
export const BRACKET_DATELINES: Term[] = [
  { term: '【(?:大纪元|新唐人)(?<date>(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日)讯】', example: '【大纪元2014年12月25日讯】（大纪元记者曾汉东台湾宜兰报导）', seen: 'www.epochtimes.com eval:unseen27/d27-epochtimes-wujie-township-head-inauguration-traditional-report' },
  { term: '【(?:大纪元|新唐人)(?<date>(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日)讯】', example: '【新唐人2010年9月26日讯】社区广角镜 2010-09-26', seen: 'www.ntdtv.com.tw fixture:chrome/pages/ntdtv-report.txt' },
];

/**
 * The title of an organ's leader's column, the head's greeting with no name (院长致词, 院长新春致辞, 校长致辞): a standing
 * column of the organ's own site, whose posting stamp dates the greeting as any speech posted there (tests/eval/README.md
 * `expected.date`, unseen31 a31-yzsfy). The heads as the organs' sites title the column; read only as the whole title.
 */
export const LEADER_COLUMN_TITLES: Term[] = [
  { term: '^(?:院长|校长|局长|行长|馆长|所长|园长|董事长|总经理|理事长)(?:新春|新年|春节)?(?:致辞|致词|寄语|贺词|献辞)$', example: '院长新春致辞', seen: 'ttfintech.com eval:unseen18/a18-ttfintech-hospital-president-spring-speech' },
  { term: '^(?:院长|校长|局长|行长|馆长|所长|园长|董事长|总经理|理事长)(?:新春|新年|春节)?(?:致辞|致词|寄语|贺词|献辞)$', example: '院长致词', seen: 'yzsfy.hncourt.gov.cn eval:unseen31/a31-yzsfy-yuzhou-court-president-website-welcome-address-gbk-speech' },
];

// ---- dateforms (thirty-seventh session): date shapes a newsroom or a CMS template prints the same on every site ----

/**
 * The Central News Agency's dateline (中央社, Taiwan's national wire), the reporter and the place before the day filed
 * in brackets: (中央社记者温贵香台北21日电). It makes the text the agency's story, whose closing code dates it
 * (WIRE_CLOSING_CODES), on the agency's own pages and on every site that reposts the wire whole.
 */
export const CNA_DATELINES: Term[] = [
  { term: '[（(]中央社[^（）()]{0,30}?[0-9一二三四五六七八九十]{1,3}日电', example: '（中央社记者温贵香台北21日电）行政院副院长郑文灿今天表示', seen: 'www.cna.com.tw eval:html-cna-egg-shortage' },
  { term: '[（(]中央社[^（）()]{0,30}?[0-9一二三四五六七八九十]{1,3}日电', example: '(中央社记者叶子纲嘉义县21日电)农历春节在即,元宵绕境将至', seen: 'shrrylfhah.pixnet.net fixture:dates/dateforms-s37/a01-shrrylfhah-xingang-fengtian-lantern-procession-cna-repost.txt' },
];

/**
 * The Central News Agency's closing code: every story it files ends on the day filed in the Republic's calendar, three
 * digits of the year (民国, + 1911), two of the month, two of the day, set right after the editor's bracket or the last
 * full stop ((编辑：苏龙麒)1120221 is 2023-02-21). The agency's house style, so the same on its pages and on every
 * repost of a story whole; read only in a text its dateline opens (CNA_DATELINES). The term captures `code`
 * (extract/date-evidence.ts wireClosingDate).
 */
export const WIRE_CLOSING_CODES: Term[] = [
  { term: '(?<=[。）)])[ \\t]?(?<code>1[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01]))$', example: '已经要求农委会在一段时间内尽全力缓解。（编辑：苏龙麒）1120221', seen: 'www.cna.com.tw eval:html-cna-egg-shortage' },
  { term: '(?<=[。）)])[ \\t]?(?<code>1[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01]))$', example: '奉天宫也要分送民众1万6000个精制幸运福袋。1060121', seen: 'shrrylfhah.pixnet.net fixture:dates/dateforms-s37/a01-shrrylfhah-xingang-fengtian-lantern-procession-cna-repost.txt' },
];

/**
 * The label an e-paper's page template sets before the issue's date (當前報章2022年02月16日 on sengpou.com; 當前報紙日期:
 * on macaodaily.com, the value on the line under it): the day the issue was printed, as a newspaper page's pager dates
 * its issue (ISSUE_PAGE_MARKS). Read as a label of the page's own date (extract/date-evidence.ts infoLineDate).
 */
export const ISSUE_DATE_LABELS: Term[] = [
  { term: '当前报(?:章|纸日期)', example: '当前报章2022年02月16日', seen: 'www.sengpou.com fixture:dates/pages/sengpou-macau-media-dinner.txt' },
  { term: '当前报(?:章|纸日期)', example: '当前报纸日期:', seen: 'www.macaodaily.com eval:unseen25/c25-macaodaily-policy-address-2019-delivery-arrangements-report' },
];
