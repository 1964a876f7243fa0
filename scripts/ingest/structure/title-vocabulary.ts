// What a scraped page prints around or inside a document's title that is not
// the title, as data: every term is a RegExp source with one real line it was
// seen in and where: "<site> <eval|raw|fixture>:<ref>" (an evaluation case, a
// seed of content/raw, a file under tests/fixtures). Each list is one rule
// with examples from at least two sites; tests/unit/structure.test.ts checks
// each example and counts the sites.
import type { Term } from './genre-words.ts';

export type { Term };

/**
 * Labels of a page's info lines and 信息公开 tables: a line opening with one
 * (信息分类：通知 发布机构：…) is metadata, never the title.
 */
export const INFO_LABELS: Term[] = [
  { term: '信息分类|发布机构|主题分类|索引号|公开方式|公开范围|公开时限|有效性|时效性', example: '信息分类:通知 发布机构:太湖县人民政府办公室', seen: 'zwgkw.thx.gov.cn eval:pg-taihu-county-notice' },
  { term: '发文机关|发文字号|文号|成文日期|发布日期|生效日期|实施日期', example: '发文机关:山西省人民政府', seen: 'laodongfa.com eval:pg-laodongfa-shanxi-notice' },
  { term: '索引号|公开目录|公开责任部门|公开形式|文号|成文日期|公开日期', example: '索引号 | xzfgzbmzfb/2021-3740', seen: 'www.hanyin.gov.cn eval:txt-hanyin-county-agri-funds-notice' },
  { term: '索引号|分类|发布机构|发文日期|文号|上载日期', example: '索   引   号 20191202-189769 分        类 其他; 市人民政府办公室; 市政府、市政府办公室文件;', seen: 'www.qqhr.gov.cn fixture:chrome/pages/qqhr-gov.txt' },
  // The fields of an interview or a press conference transcript.
  { term: '(?:访谈|在线|本期)?(?:嘉宾|主持|主持人|主题|时间|地点)', example: '访谈嘉宾:市卫健委主任沈勇、市卫健委副主任黄海平、莫晶和邵平', seen: 'www.yixing.gov.cn fixture:classify/pages/yixing-gov-interview.txt' },
  { term: '(?:访谈|在线|本期)?(?:嘉宾|主持|主持人|主题|时间|地点)', example: '地  点:云南省曲靖市曲靖会堂', seen: 'www.zhaobiao.cn fixture:classify/pages/zhaobiao-nhc-presser.txt' },
];

/**
 * The subject field of a form the page fills in, whose value is the document's title: the 主旨 that opens a
 * 函 in the Executive Yuan's 文書處理手冊 (主旨、說明、辦法) and heads a county's news releases in the
 * same form (主旨 / 新聞類別 / 發布時間 / 內容), and a forum post's 主题 over its 作者 and 发表时间 (a board's
 * post view). Cut off a chosen title with its colon, or glued to its value for 主旨 alone: 主题 opens ordinary
 * titles (主题党日活动), and 主旨 opens 主旨演讲 and 主旨发言. A subject line the chrome stage took is not put back
 * (docs/eval.md, titlefix2: the post's date then depends on it).
 */
export const SUBJECT_FIELDS: Term[] = [
  { term: '主旨', example: '主旨张县长就任第十七届嘉义县长暨一级主管布达', seen: 'upntoday.blogspot.com eval:unseen29/d29-upntoday-chiayi-magistrate-zhanghuaguan-second-term-glued-labels-report' },
  { term: '主[题題]', example: '主题: 东引乡长林德建2025新年感言', seen: 'matsu.idv.tw eval:unseen27/d27-matsu-dongyin-township-head-lindejian-2025-new-year-message-forum-speech' },
];

/**
 * What a page counts of itself at the top of the text (本篇文章647字，读完约2分钟):
 * its length and reading time, never a title. A line of these and nothing else.
 */
export const PAGE_COUNTERS: Term[] = [
  { term: '本篇文章\\d+字|读完约?\\d+分钟', example: '本篇文章647字,读完约2分钟', seen: 'fcyser.com eval:unseen2/v2-fcyser-wangdu-tcm-hospital-doctors-day-report' },
  { term: '本篇文章\\d+字|读完约?\\d+分钟', example: '本篇文章200字,读完约1分钟', seen: 'shcafe.org fixture:titles/shcafe-counter.txt' },
];

/**
 * A periodical's issue line (《杂文月刊（选刊版）》 2004年 第07期, 医学与哲学 2019年17期, 甘孜日报 2020年08月13日): the
 * masthead and the issue (the year's number, or a paper's day) a site prints over or under a piece, never its title.
 * A line of the name and the issue and nothing else.
 */
export const PERIODICAL_ISSUES: Term[] = [
  { term: '《?[\\p{Script=Han}]{2,12}(?:[（(][\\p{Script=Han}]{1,6}[）)])?》?\\s*(?:19|20)\\d{2}年\\s*第?\\d{1,3}期', example: '《杂文月刊(选刊版)》 2004年 第07期', seen: 'www.wenxue100.com eval:unseen7/b7-wenxue100-zawen-farmer-qa-satire' },
  { term: '《?[\\p{Script=Han}]{2,12}(?:[（(][\\p{Script=Han}]{1,6}[）)])?》?\\s*(?:19|20)\\d{2}年\\s*第?\\d{1,3}期', example: '医学与哲学 2019年17期', seen: 'fx361.com fixture:titles/fx361-issue-line.txt' },  // A paper's or a bulletin's name and the day of its issue (a daily's masthead, a county's press notes by ROC date).
  { term: '(?:(?!的)[\\p{Script=Han}]){2,14}(?:日报|晚报|早报|时报|参考资料)\\s*(?:(?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日|1\\d{2}\\.\\d{1,2}\\.\\d{1,2})', example: '甘孜日报 2020年08月13日', seen: 'm.runtun.cn fixture:titles/runtun-masthead.txt' },
  { term: '(?:(?!的)[\\p{Script=Han}]){2,14}(?:日报|晚报|早报|时报|参考资料)\\s*(?:(?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日|1\\d{2}\\.\\d{1,2}\\.\\d{1,2})', example: '云林县政府新闻参考资料112.7.5', seen: 'planning.yunlin.gov.tw eval:unseen6/z1-yunlin-dounan-county-briefing-report' },
];

/**
 * Labels of a text's own front section (引言：…, 前言：…): the line opening
 * with one heads the first section of the text or a site's blurb, never the
 * document's title.
 */
export const SECTION_LABELS: Term[] = [
  { term: '引言', example: '引言:战略合作的时代背景与意义', seen: 'www.seridoat.com fixture:titles/seridoat-yinyan.txt' },
  { term: '引言', example: '引言:数字化时代的社区治理新机遇', seen: 'www.hkyyi.com fixture:titles/hkyyi-yinyan.txt' },
  { term: '前言', example: '前言:本站为你精心整理了代市长在市党委全体会议上的', seen: '1mishu.com eval:holdout/h2-1mishu-acting-mayor-plenary-speech' },
];

/** What a document-sharing site glues after a title from the file: the extension, the page count. */
export const FILE_TAGS: Term[] = [
  { term: '\\.(?:docx?|wps|pdf|txt|pptx?)', example: '《县长在2022年全县生态环境专题会议上的讲话范文.doc》由会员分享,可在线阅读', seen: 'taowenge.com eval:txt-taowenge-county-ecology-speech' },
  { term: '[（(]\\d{1,4}页(?:珍藏版)?[）)]', example: '更多相关《县长在2022年全县生态环境专题会议上的讲话范文.doc(8页珍藏版)》', seen: 'taowenge.com eval:txt-taowenge-county-ecology-speech' },
  { term: '[（(]\\d{1,4}页(?:珍藏版)?[）)]', example: '诸城市重大突发事件应急保障体系建设行动计划方案(2021-2022年)(18页)', seen: 'szcn-led.com eval:dirt-szcnled-zhucheng-emergency-plan' },
];

/**
 * The genre tag an uploader adds after the document's own genre word
 * (…的讲话范文, …行动计划方案（2021-2022年）): a tag here follows one of
 * TAGGED_GENRES, before a bracketed period at most.
 */
export const GENRE_TAGS: Term[] = [
  { term: '(?:精选|优秀|通用)?(?:范文|范本|模板)(?:大全|精选)?', example: '县长在2022年全县生态环境专题会议上的讲话范文', seen: 'taowenge.com eval:txt-taowenge-county-ecology-speech' },
  { term: '方案', example: '诸城市重大突发事件应急保障体系建设行动计划方案(2021-2022年)(18页)', seen: 'szcn-led.com eval:dirt-szcnled-zhucheng-emergency-plan' },
];
/** Genre words a document's own title ends in, after which an uploader's tag stands. */
export const TAGGED_GENRES = '讲话|致辞|发言|讲稿|主持词|通知|报告|总结|汇报|计划|规划|办法|意见|细则|要点|心得体会|材料';

/**
 * A column or series label in brackets after the title (…出彩（推动高质量发展·权威发布）,
 * …讲话（全文）): a label holds a ·, or is one of these words.
 */
export const TRAILING_LABELS: Term[] = [
  { term: '全文|摘要|节选|摘编|图|组图|图文|视频|附全文|附视频|实录|文字实录', example: '【法院讲话】县人民法院院长在全院贯彻落实省法院院长会议精神大会上讲话(全文)', seen: 'www.shanhaijingshui.cn eval:pg-shanhaijingshui-court-speech' },
  { term: '[^（）()·]{1,10}·[^（）()·]{1,10}', example: '在新时代中部地区崛起中争先出彩（推动高质量发展·权威发布）', seen: 'finance.people.com.cn eval:news-people-henan-presser' },
  // What a press office appends to a release: (附图/短片), (附完整授勋名单). Not a note that the transcript
  // follows, which closes a press conference's headline as the publisher wrote it (…举行发布会（附发布会实录全文）
  // on tcme.hmed365.com, eval unseen4 x2-hmed365; …举行发布会(实录全文) on npadata.cn, wide sample).
  { term: '附(?![^（）()·]*实录)[^（）()·]{1,10}', example: '行政长官在外交部驻港特派员公署成立十周年酒会致辞(附图/短片)', seen: 'www.info.gov.hk eval:c3b-infogovhk-tsang-ocmfa-speech' },
  { term: '附(?![^（）()·]*实录)[^（）()·]{1,10}', example: '李桂华获铜紫荆 (附完整授勋名单)', seen: 'www.am730.com.hk fixture:structure/pages/am730-fuming.txt' },
  // A model-text site's note of the kind of institution a speech is written for, after its title (…的讲话（高校）).
  { term: '高校|学校', example: '校长在本科新生开学典礼上的讲话(高校)', seen: 'cailiaogo.com fixture:titles/cailiaogo-gaoxiao-tag.txt' },
  { term: '高校|学校', example: '党委书记在学院党委全会上的讲话（学校）', seen: 'sucai198.com eval:unseen22/a22-sucai198-college-party-secretary-plenary-work-report' },
  // A press office's note of the languages a release is given in.
  { term: '只有(?:中文|英文)', example: '行政长官出席二零一八年香港花卉展览开幕典礼致辞全文(只有中文)(附图/短片', seen: 'sc.isd.gov.hk eval:unseen/u1-isdhk-flower-show-speech' },
  { term: '只有(?:中文|英文)', example: '民政事务局局长出席北区大巡游暨回归纪念园开幕典礼致辞全文(只有中文)(附图)', seen: 'resources.cie.hkbu.edu.hk eval:unseen/u1-hkbu-northdistrict-parade-speech' },
];

/**
 * What a publication's masthead says of the bodies behind it (…公司主管
 * …出版社主办, 湖北编辑学会主办): organisations each followed by their role,
 * and nothing else — never a document's title.
 */
export const SPONSOR_ROLES: Term[] = [
  { term: '主管|主办|承办|协办', example: '中国出版传媒股份有限公司主管 中国民主法制出版社有限公司主办', seen: 'pfcx.cn eval:unseen/u1-pfcx-court-report-interview' },
  { term: '主管|主办|承办|协办', example: '湖北编辑学会主办', seen: 'cbkx.com fixture:titles/cbkx-masthead.txt' },
];

/** A newspaper column's name before the title and a colon (评论员观察：深学细悟，把握理论精髓). */
export const COLUMN_PREFIXES: Term[] = [
  { term: '评论员观察|人民时评|人民论坛|今日谈|人民观点|人民网评', example: '评论员观察:深学细悟,把握理论精髓', seen: 'big5.taiwan.cn eval:pg-taiwan-cn-pinglun-article' },
  { term: '评论员观察|人民时评|人民论坛|今日谈|人民观点|人民网评', example: '人民网评:以创新增动能,以创业促就业', seen: 'maok.cn fixture:structure/pages/maok-renminwangping.txt' },
  // A site's own comment column, named 网评 after the site (人民网评, 荔枝网评 of Jiangsu's lizhi.tv).
  { term: '[\\p{Script=Han}]{2,4}网评', example: '人民网评:以创新增动能,以创业促就业', seen: 'maok.cn fixture:structure/pages/maok-renminwangping.txt' },
  { term: '[\\p{Script=Han}]{2,4}网评', example: '【地评线】荔枝网评:“好评中国”为人民豪迈鼓与呼', seen: 'www.taicangdaily.com eval:unseen11/b11-taicangdaily-good-reviews-commentary-article' },
];


/**
 * A newsroom's kicker before the headline and a slash: what the item is (影/ a video with it, 快讯/ a flash,
 * 独家/ an exclusive, 直击/ on the spot), written before every headline of its kind on Taiwan's news sites
 * (民视 快新闻/, ETtoday and udn 影/) and on every portal that reposts them. A closed list of the kinds, so
 * that a headline's own word before a slash (中国/东盟…) stays: the slash alone marks nothing.
 */
export const NEWSROOM_KICKERS: (Term & { id: string })[] = [
  { id: 'kicker-slash', term: '快新[闻聞]|快[讯訊]|独家|獨家|影音?|视频|視頻|直[击擊]|专访|專訪|最新|即时|即時|现场|現場|图辑|圖輯', example: '快新闻/被问和新发言人张砚卿相处如何? 陈其迈「这句话」全场都笑了', seen: 'www.ftvnews.com.tw eval:unseen30/c30-ftvnews-kaohsiung-mayor-chenqimai-new-spokesperson-tv-report' },
  { id: 'kicker-slash', term: '快新[闻聞]|快[讯訊]|独家|獨家|影音?|视频|視頻|直[击擊]|专访|專訪|最新|即时|即時|现场|現場|图辑|圖輯', example: '影/县长要议员「闭嘴」被批 答询过程影片全都录', seen: 'will-news.info fixture:titles-s37/will-news-ying.txt' },
  { id: 'kicker-slash', term: '快新[闻聞]|快[讯訊]|独家|獨家|影音?|视频|視頻|直[击擊]|专访|專訪|最新|即时|即時|现场|現場|图辑|圖輯', example: '影/全程英语致词!蒋万安欢迎贵宾参加灯会 「要让全球看见中华民国」', seen: 'cdn1.ettoday.net fixture:titles-s37/vocab/ettoday-ying.txt' },
];

/**
 * A series' label before the headline and a dash or a colon (十年祭报道--…, 青年节特别报导:…): a newsroom
 * files the pieces of a series under one label ending in 报道/报导 (a report), the piece's headline after it.
 */
export const SERIES_REPORT_LABELS: (Term & { id: string })[] = [
  { id: 'kicker-series-report', term: '[\\p{Script=Han}]{1,8}(?:报道|报导|報導)', example: '十年祭报道--吴小莉采访特区落户内幕', seen: 'csuchen.de eval:unseen22/d22-csuchen-chongqing-mayor-wanghongju-phoenix-interview-report' },
  { id: 'kicker-series-report', term: '[\\p{Script=Han}]{1,8}(?:报道|报导|報導)', example: '青年节特别报导:南投县表彰新生代英才', seen: 'www.ewnews.net fixture:titles-s37/vocab/ewnews-qingnian.txt' },
];

/**
 * An image's file name a page printed before its headline (…人员.jpg苗栗县农会…): a CMS that shows the
 * photo's name where the photo failed to load. The extensions are the web's image formats.
 */
export const IMAGE_FILE_NAMES: (Term & { id: string })[] = [
  { id: 'image-file-head', term: '\\.(?:jpe?g|png|gif|bmp|webp)', example: '苗栗县农会庆祝农民节 副县长颁奖表扬绩优人员.jpg苗栗县农会庆祝农民节 副县长颁奖表扬绩优人员', seen: 'www.miaoli-news.com.tw eval:unseen32/d32-miaoli-news-county-farmers-association-farmers-day-jpg-filename-big5-report' },
  { id: 'image-file-head', term: '\\.(?:jpe?g|png|gif|bmp|webp)', example: '0101004台南元旦升旗.jpg', seen: 'ty30152002.pixnet.net fixture:titles-s37/vocab/pixnet-shengqi.txt' },
];

/**
 * A listing's numbered label before the title and a colon (第一篇：…的讲话,
 * 第一访谈：…答记者问): the item's place in a compilation or a programme's
 * running order, not the document's title. Only listing nouns: 第一书记 is a post.
 */
export const LISTING_LABELS: Term[] = [
  { term: '第[一二三四五六七八九十百\\d]{1,3}(?:篇|则|讲|期|课|集|部分|访谈)', example: '第一篇:陈坚校长在2017级本科新生开学典礼上的讲话', seen: 'www.tmdps.cn eval:holdout/h3-tmdps-jiangnan-opening-ceremony-speech' },
  { term: '第[一二三四五六七八九十百\\d]{1,3}(?:篇|则|讲|期|课|集|部分|访谈)', example: '第一访谈:交通运输部部长杨传堂答记者问', seen: 'www.cneb.gov.cn eval:fresh/h5-cneb-taxi-reform-radio-interview' },
  // A collection's item number before one of its texts (篇一：…, and with the page's own count before it, 1篇1：…); not 第N篇, which the entry above reads.
  { term: '\\d{0,2}篇[一二三四五六七八九十\\d]{1,3}', example: '1篇1:足球赛开幕式领导讲话', seen: 'fw.bzuowen.com eval:unseen16/a16-bzuowen-mengzi-football-opening-speech' },
  { term: '\\d{0,2}篇[一二三四五六七八九十\\d]{1,3}', example: '篇一:国庆73周年国旗下讲话稿', seen: 'm.zuowen.com.cn fixture:titles/zuowen-guoqing.txt' },
];

/**
 * What a site writes after a document's title to say the page carries all of
 * it (《…》全文, …的讲话全文): not part of the title. Read after a closing 》
 * or a genre word only, so that a title about a 全文 stays.
 */
export const FULL_TEXT_MARKS: Term[] = [
  { term: '全文|全文如下|原文', example: '《中国式现代化发展之路》全文', seen: 'www.theorychina.org.cn eval:holdout/h3-theorychina-chinese-modernisation-report' },
  { term: '全文|全文如下|原文', example: '2019年湖北大学(本部)新生开学典礼上校党委书记的讲话全文', seen: 'www.upkao.com eval:holdout/h2-upkao-hubu-party-secretary-opening-speech' },
];

/**
 * Particles a site's heading or a file name leaves out of the document's own title, which the text then prints
 * whole (校长在本科生毕业典礼上讲话 over 校长在本科生毕业典礼上的讲话): the copy with them is the document's own line.
 * The example is the own line; a heading that differs from it only by these is the site's edited copy. 之 is left
 * out until a page shows it.
 */
export const DROPPED_PARTICLES: Term[] = [
  { term: '的', example: '校长在本科生毕业典礼上的讲话', seen: 'www.swxbz.com eval:unseen19/a19-swxbz-cupl-president-graduation-speech' },
  { term: '的', example: '县长在全县乡镇党委书记座谈会上的讲话', seen: 'm.wenke99.com eval:unseen19/a19-wenke99-county-chief-township-secretaries-speech' },
];

/** An accessibility link to the page's main text, printed first on government sites: never a title, though it may end in 。. */
export const SKIP_LINKS: Term[] = [
  { term: '(?:按此[，,]?\\s*)?跳(?:至|到|转到|转至)主要?内容(?:区域?)?', example: '按此,跳至主要内容。', seen: 'www.news.gov.hk eval:ho-newsgovhk-lam-zhejiang-speech' },
  { term: '(?:按此[，,]?\\s*)?跳(?:至|到|转到|转至)主要?内容(?:区域?)?', example: '跳转到主要内容区域', seen: 'www.sc.gov.cn eval:web-mirror-sc-health-reply' },
];

/** A site's welcome banner at the top of the page (遂昌县教育网欢迎您!): never a title, though it ends in !. */
export const WELCOME_BANNERS: Term[] = [
  { term: '[\\p{Script=Han}A-Za-z\\d]{2,16}欢迎(?:您|你)', example: '遂昌县教育网欢迎您!', seen: '61.175.241.68 eval:c3c-suichang-edu-placename-notice' },
  { term: '欢迎(?:光临|访问|来到)[\\p{Script=Han}A-Za-z\\d]{2,20}', example: '欢迎来到冰点文库! | 帮助中心 分享价值,成长自我!', seen: 'bingdoc.com fixture:chrome/pages/bingdoc-doc.txt' },
  { term: '欢迎(?:光临|访问|来到)[\\p{Script=Han}A-Za-z\\d]{2,20}', example: '欢迎来到三一办公! | 帮助中心 三一办公31ppt.com(应用文档模板下载平台)', seen: '31ppt.com fixture:structure/pages/31ppt-tishi.txt' },
  { term: '欢迎(?:光临|访问|来到)[\\p{Script=Han}A-Za-z\\d]{2,20}', example: '欢迎光临含义网,提供专业问答知识', seen: 'www.hanyi.net fixture:titles/hanyi-yanxiu.txt' },
  // 欢迎进入 as well, and a name of two parts a space apart (a school's two names, its 官方网站): the same greeting.
  { term: '欢迎(?:光临|访问|来到|进入)[\\p{Script=Han}A-Za-z\\d]{2,20}(?:[ \\u3000][\\p{Script=Han}A-Za-z\\d]{2,20}){0,2}', example: '欢迎进入安徽蚌埠技师学院 蚌埠科技工程学校 官方网站!', seen: 'ahbbjsxy.com eval:unseen32/e32-ahbbjsxy-bengbu-technician-college-teachers-day-commendation-banner-ext-char-cut-report' },
  { term: '欢迎(?:光临|访问|来到|进入)[\\p{Script=Han}A-Za-z\\d]{2,20}(?:[ \\u3000][\\p{Script=Han}A-Za-z\\d]{2,20}){0,2}', example: '欢迎访问衡阳市中心医院官方网站', seen: 'heheying.net fixture:titles-s38/heheying-hengyang.txt' },  // A hospital's greeting in place of 欢迎: its name, maybe after a motto or a second name a bar or a space apart
  // A hospital's greeting in place of 欢迎: its name, maybe after a motto or a second name a bar or a space apart
  // (the university's clinical college it also is), then 祝您健康, the hospitals' stock line. The name closes on the
  // institution's word, so that a letter's 在此祝您健康 is no banner.
  { term: '(?:[\\p{Script=Han}A-Za-z\\d]{2,24}\\s*[│|｜\\u3000 ]\\s*){0,2}[\\p{Script=Han}A-Za-z\\d]{0,20}(?:医院|卫生院|保健院|学院|中心)\\s*祝(?:您|你)(?:身体)?健康', example: '恩施土家族苗族自治州中心医院│武汉大学恩施临床学院 祝您健康!', seen: 'es9e.com eval:unseen30/e30-es9e-enshi-central-hospital-provincial-hospital-group-summit-report' },
  { term: '(?:[\\p{Script=Han}A-Za-z\\d]{2,24}\\s*[│|｜\\u3000 ]\\s*){0,2}[\\p{Script=Han}A-Za-z\\d]{0,20}(?:医院|卫生院|保健院|学院|中心)\\s*祝(?:您|你)(?:身体)?健康', example: '厚德精医 南溪山医院祝您健康', seen: 'guilinlife.com fixture:titles-s39/guilinlife-hospital-links.txt' },
  { term: '(?:[\\p{Script=Han}A-Za-z\\d]{2,24}\\s*[│|｜\\u3000 ]\\s*){0,2}[\\p{Script=Han}A-Za-z\\d]{0,20}(?:医院|卫生院|保健院|学院|中心)\\s*祝(?:您|你)(?:身体)?健康', example: '泗洪县人民医院祝您身体健康!', seen: 'shxrmyy.com eval:unseen5/y2-shxrmyy-sihong-hospital-newyear-gathering-report' },
];

/**
 * The links a site's toolbar prints after its welcome banner on the same line (…欢迎您!N/A 返回青海省人民代表大会常务委员会
 * 门户网站; …官方网站! 设为首页 | 收藏网站): a content system's stock strings, so that the line stays the banner and is
 * never a title, nor the text's first sentence. Read only after a banner's 欢迎 and its !, each link set off by a space or
 * a bar; a token of ASCII alone between them (N/A) is an empty template field. The id reaches the cleaning log.
 */
export const BANNER_LINKS: (Term & { id: string })[] = [
  { id: 'welcome-banner-links', term: '返回[\\p{Script=Han}]{0,24}(?:门户网站|网站|首页|主页)|设为首页|加入收藏|收藏本站|收藏网站', example: '大柴旦人民代表大会常务委员会欢迎您!N/A 返回青海省人民代表大会常务委员会门户网站', seen: 'dcdrd.gov.cn eval:unseen16/b16-dcdrd-dachaidan-two-towns-congress-report' },
  { id: 'welcome-banner-links', term: '返回[\\p{Script=Han}]{0,24}(?:门户网站|网站|首页|主页)|设为首页|加入收藏|收藏本站|收藏网站', example: '欢迎来到米易县人民医院官方网站! 设为首页  |  收藏网站', seen: 'myxrmyy.com eval:unseen8/a8-myxrmyy-miyi-hospital-president-speech' },
];

/**
 * The heading of a download site's notice to its users (温馨提示: 1. 部分包含
 * 数学公式…): it and the numbered points under it stand above the document's
 * title and are never its text.
 */
export const SITE_NOTICE_HEADS: Term[] = [
  { term: '温馨提示|友情提示', example: '温馨提示:', seen: 'wnwk.com eval:c3c-wnwk-dangke-big-party-speech' },
  { term: '温馨提示|友情提示', example: '友情提示', seen: '31ppt.com fixture:structure/pages/31ppt-tishi.txt' },
];

/**
 * What a model-text (范文) site adds to the ends of a document's title when it
 * lists it: a bracketed count or a 精选 mark ((精选文档), (精选20篇)).
 */
export const TITLE_DECORATIONS: Term[] = [
  { term: '[（(](?:精选|优秀|通用|最新|热门)(?:文档|范文|[0-9一二三四五六七八九十]{1,3}篇)[）)]', example: '2022年度专题党课:从党史中汲取智慧和力量全力推进乡村振兴(精选文档)', seen: 'hanjia777.com eval:c3c-hanjia777-rural-revival-dangke' },
  { term: '[（(](?:精选|优秀|通用|最新|热门)(?:文档|范文|[0-9一二三四五六七八九十]{1,3}篇)[）)]', example: '党员文章(精选20篇)', seen: 'elanp.com fixture:structure/pages/elanp-dangyuan.txt' },
  // A collection's count in brackets, with or without a word before it (（22篇）, （专业13篇）).
  { term: '[（(][\\p{Script=Han}]{0,4}[0-9一二三四五六七八九十]{1,3}篇[）)]', example: '2021年高校开学典礼致辞讲话(22篇)', seen: 'kuaichafanwen.com fixture:titles/kuaichafanwen-kaixue.txt' },
  { term: '[（(][\\p{Script=Han}]{0,4}[0-9一二三四五六七八九十]{1,3}篇[）)]', example: '心得体会的文体和方法(专业13篇)', seen: 'm.xuefen.com.cn fixture:titles/xuefen-xinde.txt' },
  // The count bare, or an item's number in the collection (…致辞4篇, …心得体会 篇1): not 第N篇, a part of a work.
  { term: '(?<!第)(?:篇\\s*[0-9一二三四五六七八九十]{1,3}|[0-9]{1,3}篇)', example: '大学校长开学典礼致辞4篇', seen: 'luoyanghlwj.com fixture:titles/luoyanghlwj-zhici.txt' },
  { term: '(?<!第)(?:篇\\s*[0-9一二三四五六七八九十]{1,3}|[0-9]{1,3}篇)', example: '2024年《百年大党面对面》心得体会 篇1', seen: 'zuowenba.net fixture:titles/zuowenba-xinde.txt' },
  // The site's recommendation mark in brackets after the title, 范文 before or after it (【范文精选】, (范文推荐)).
  { term: '[【（(](?:范文)?(?:精选|推荐)(?:范文)?[】）)]', example: '【教育讲话】县长庆祝第24个教师节电视讲话【范文精选】', seen: 'yq-online.cn eval:unseen32/a32-yqonline-shangcheng-county-head-teachers-day-tv-address-essay-site-summary-cut' },
  { term: '[【（(](?:范文)?(?:精选|推荐)(?:范文)?[】）)]', example: '最新在党支部书记培训班开班仪式上讲话(范文推荐)', seen: 'pyh678.com fixture:titles-s40/pyh678-peixunban.txt' },
  // A piece's number in brackets right after a speech's genre word (…发言稿(一), …讲话(一)): the genre word closes the
  // document's title, so the number is the listing's. Not after other words: a series keeps its part (社评摘要（二）).
  { term: '(?<=稿|讲话|致辞|发言|演讲|寄语|贺词|主持词)\\s*[（(]\\s*[一二三四五六七八九十]{1,3}\\s*[）)]', example: '开学典礼校长发言稿(一)', seen: 'www.p719.cn eval:unseen35/a35-p719-mirror-liuxue86-opening-address-collection-pinyin-glosses-trad-font-size-label-cut' },
  { term: '(?<=稿|讲话|致辞|发言|演讲|寄语|贺词|主持词)\\s*[（(]\\s*[一二三四五六七八九十]{1,3}\\s*[）)]', example: '老师节国旗下的讲话(一)', seen: 'm.wenke99.com fixture:titles-s40/sources/wenke99-jiaoshijie.txt' },
];

/**
 * Whom a school's speech addresses in its salutation, beside the words
 * lines.ts reads (同志们, 各位来宾, 各位领导 …): the line ending in a colon
 * that opens the speech's text, under its own title.
 */
export const SALUTATION_WORDS: Term[] = [
  { term: '同学们|家长', example: '亲爱的同学们:', seen: 'www.upkao.com eval:holdout/h2-upkao-hubu-party-secretary-opening-speech' },
  { term: '同学们|家长', example: '尊敬的各位老师、各位家长,2017级的全体新同学们:', seen: 'www.tmdps.cn eval:holdout/h3-tmdps-jiangnan-opening-ceremony-speech' },
  // Teachers alone, a teachers' day speech's salutation; only as the whole opening (指导老师：张三 is a credit).
  { term: '^(?:尊敬的|敬爱的|亲爱的)?(?:各位|全体)?老师们?[：:]', example: '各位老师:', seen: 'xylao.com fixture:titles/xylao-collection.txt' },
  { term: '^(?:尊敬的|敬爱的|亲爱的)?(?:各位|全体)?老师们?[：:]', example: '各位老师:大家好!度过了轻松、愉快的暑假生活,我们又满怀喜悦地重返校园', seen: 'toutiao.com fixture:titles/toutiao-teachers-day.txt' },
];

/**
 * Whom a speech's salutation line (称呼语) addresses: the word that closes each of its parts (尊敬的各位领导、各位来宾，
 * 女士们、先生们：). The closed list of the genre's forms of address, with the posts of people/vocabulary.ts POSTS
 * (各位校长主任, 尊敬的梁伟发副主席); title-salutation.ts reads a line made of such parts and nothing else, closed by one of
 * SALUTATION_ENDS, as the speech's first line and never its title. Unlike SALUTATION_WORDS, a word here is read
 * only at the end of a part of a whole salutation line.
 */
export const ADDRESSEES: Term[] = [
  { term: '领导|嘉宾|贵宾|来宾|宾客', example: '各位校长主任,各位来宾,各位老师,各位家长,各位同学,大家好', seen: 'hatcher-lin.blogspot.com eval:unseen30/d30-hatcher-lin-hengchun-vocational-teacher-graduation-blog-speech' },
  { term: '领导|嘉宾|贵宾|来宾|宾客', example: '尊敬的各位领导、亲爱的同事们,大家好!', seen: 'm.yd166.com fixture:titles-s35/yd166-hushi.txt' },
  { term: '领导|嘉宾|贵宾|来宾|宾客', example: '尊敬的各位领导、来宾,老师们、同学们:', seen: 'm.pixue.com fixture:titles-s35/pixue-jiaoshijie.txt' },
  { term: '同志们|同事们|同仁们?|[朋诗校战学病]友们?', example: '尊敬的各位领导、亲爱的同事们,大家好!', seen: 'm.yd166.com fixture:titles-s35/yd166-hushi.txt' },
  { term: '同志们|同事们|同仁们?|[朋诗校战学病]友们?', example: '尊敬的老年朋友们、各位诗友：大家好！', seen: 'aihuau.com eval:unseen9/b9-aihuau-chengdu-poetry-society-chongyang-speech' },
  { term: '老师们?|教师们?|同学们?|家长们?|孩子们|小朋友们?', example: '老师们、同学们,大家好!', seen: 'ttzyw.com fixture:titles-s35/ttzyw-biye.txt' },
  { term: '老师们?|教师们?|同学们?|家长们?|孩子们|小朋友们?', example: '各位老师、同学们，大家好！', seen: 'm.beiweimall.com eval:unseen9/a9-beiweimall-new-term-principal-speech' },
  { term: '女士们|先生们|代表们?|委员们?|职工|员工|乡亲们|得奖人', example: '尊敬的各位领导，各位来宾，女士们、先生们，朋友们：', seen: 'www.xuekejiayuan.com eval:unseen25/a25-xuekejiayuan-yilong-new-area-guxianlin-tourism-congress-address' },
  { term: '女士们|先生们|代表们?|委员们?|职工|员工|乡亲们|得奖人', example: '各位贵宾、各位得奖人及农民朋友们：大家好！', seen: 'www.coa.gov.tw eval:unseen4/x1-coa-farmers-day-speech' },
];

/**
 * How a salutation line closes (title-salutation.ts): its colon (…同学们：), a comma where the next line names more
 * of the room (尊敬的梁伟发副主席，), or the greeting after the names (…各位同学，大家好). A line of addressees closed so
 * opens the speech's text. The id reaches the cleaning log.
 */
export const SALUTATION_ENDS: (Term & { id: string })[] = [
  { id: 'salutation-colon', term: '[：:]', example: '尊敬的各位领导、来宾,老师们、同学们:', seen: 'm.pixue.com fixture:titles-s35/pixue-jiaoshijie.txt' },
  { id: 'salutation-colon', term: '[：:]', example: '尊敬的各位领导，各位来宾，女士们、先生们，朋友们：', seen: 'www.xuekejiayuan.com eval:unseen25/a25-xuekejiayuan-yilong-new-area-guxianlin-tourism-congress-address' },
  { id: 'salutation-comma', term: '[，,]', example: '尊敬的梁伟发副主席，', seen: 'www.apgei.org eval:unseen17/c17-apgei-zhigong-usa-roundtable-speech' },
  { id: 'salutation-comma', term: '[，,]', example: '尊敬的各位老师，各位家长，各位来宾，', seen: 'www.yanjianggu.com eval:unseen25/a25-yanjianggu-sufe-president-fanliming-2019-graduation-speech' },
  { id: 'salutation-greeting', term: '[，,：:]?\\s*大家(?:上午|下午|晚上|早上|中午|新年|新学年)?好[！!。.]?', example: '各位校长主任,各位来宾,各位老师,各位家长,各位同学,大家好', seen: 'hatcher-lin.blogspot.com eval:unseen30/d30-hatcher-lin-hengchun-vocational-teacher-graduation-blog-speech' },
  { id: 'salutation-greeting', term: '[，,：:]?\\s*大家(?:上午|下午|晚上|早上|中午|新年|新学年)?好[！!。.]?', example: '老师们、同学们,大家好!', seen: 'ttzyw.com fixture:titles-s35/ttzyw-biye.txt' },
];

/**
 * The label of an editor's or a site's note that opens the page's text (编者按：本文主要从…, 导语 为全力做好…): on a
 * page dumped as one line it follows the title directly (title-glued.ts), and it is never part of the title.
 */
export const NOTE_LABELS: Term[] = [
  { term: '编者按|编者的话|导语|导读', example: '县长在经济工作动员会议上的讲话编者按:本文主要从全面盘点,客观总结20*年的经济工作', seen: 'xiaomilidoc.com eval:unseen21/a21-xiaomilidoc-county-chief-economic-work-mobilization-speech' },
  { term: '编者按|编者的话|导语|导读', example: '导语 为全力做好我镇新型冠状病毒感染的肺炎疫情防控、确保广大人民群众健康安全', seen: 'm.bd.bendibao.com eval:unseen21/b21-bendibao-yaoshan-town-temple-fair-cancellation-notice' },
];

/**
 * An essay site's lead-in naming the piece it serves: the words before the piece's name, up to ，供大家参考
 * (title-lead-in.ts reads a title out of it on a page that shows none).
 */
export const LEAD_INS: Term[] = [
  { term: '下面是小编为大家(?:整理|收集|搜集|精选)的', example: '下面是小编为大家整理的2022年欢乐度中秋、拼搏四季度——会长在中秋联谊上讲话,供大家参考。', seen: 'agnbn.com eval:unseen4/x2-agnbn-chamber-midautumn-president-speech' },
  { term: '下面是小编为大家(?:整理|收集|搜集|精选)的', example: '下面是小编为大家整理的2022年度专题党课:从党史中汲取智慧和力量全力推进乡村振兴(精选文档),供大家参考。', seen: 'hanjia777.com eval:c3c-hanjia777-rural-revival-dangke' },
  { term: '下面是小编为大家(?:整理|收集|搜集|精选)的', example: '下面是小编为大家整理的【法院讲话】县人民法院院长在全院贯彻落实省法院院长会议精神大会上讲话(全文),供大家参考。', seen: 'www.shanhaijingshui.cn eval:pg-shanhaijingshui-court-speech' },
  // The site's blurb over the piece (本站小编为你精心准备了…参考范文，愿这些范文…; 前言：本站为你精心整理了…范文，希望…).
  { term: '本站(?:小编)?为你精心(?:准备|整理)了', example: '本站小编为你精心准备了县医院住院大楼竣工庆典讲话参考范文', seen: 'xxmh431.com eval:unseen31/e31-xxmh431-county-hospital-inpatient-emergency-building-completion-trad-blurb-gb18030-speech' },
  { term: '本站(?:小编)?为你精心(?:准备|整理)了', example: '本站为你精心整理了民政局民生教育发展讲话范文', seen: 'm.bjhyfc.net eval:unseen32/a32-bjhyfc-civil-affairs-bureau-livelihood-speech-trad-pinyin-mirror-blurb-title-cut' },
];

/**
 * What closes the piece's name in a lead-in (LEAD_INS): ，供大家参考, or the 范文 the blurb calls it, 参考 before it, and the
 * clause that goes on (…讲话参考范文，愿这些范文…). The name is what stands between the lead-in and the first of these.
 */
export const LEAD_IN_ENDS: Term[] = [
  { term: '[，,]\\s*供大家参考', example: '下面是小编为大家整理的2022年欢乐度中秋、拼搏四季度——会长在中秋联谊上讲话,供大家参考。', seen: 'agnbn.com eval:unseen4/x2-agnbn-chamber-midautumn-president-speech' },
  { term: '[，,]\\s*供大家参考', example: '下面是小编为大家整理的2022年度专题党课:从党史中汲取智慧和力量全力推进乡村振兴(精选文档),供大家参考。', seen: 'hanjia777.com eval:c3c-hanjia777-rural-revival-dangke' },
  { term: '(?:参考)?范文[，,]', example: '本站小编为你精心准备了县医院住院大楼竣工庆典讲话参考范文,愿这些范文能点燃您思维的火花', seen: 'xxmh431.com eval:unseen31/e31-xxmh431-county-hospital-inpatient-emergency-building-completion-trad-blurb-gb18030-speech' },
  { term: '(?:参考)?范文[，,]', example: '本站为你精心整理了民政局民生教育发展讲话范文,希望能为你的创作提供参考价值', seen: 'm.bjhyfc.net eval:unseen32/a32-bjhyfc-civil-affairs-bureau-livelihood-speech-trad-pinyin-mirror-blurb-title-cut' },
];

/**
 * Genre words a document may print as its whole title, alone on the line above
 * its addressees (慰 问 信 / 全县教师和教育工作者：), or under its issuer's name
 * (…疫情防控指挥部 / 通 告): the kinds of official document 《党政机关公文处理工作条例》
 * (2012) art. 8 lists, of two characters or more, and letters addressed to a
 * public, and a notice's kind with the matter or urgency before it (紧急通知). structure/title.ts reads one only in
 * that position; the row's id reaches the cleaning log.
 */
export const BARE_GENRES: (Term & { id: string })[] = [
  { id: 'bare-genre-official', term: '决议|决定|命令|公报|公告|通告|意见|通知|通报|报告|请示|批复|议案|纪要', example: '通 告', seen: 'www.smrmnews.cn eval:unseen9/b9-smrmnews-shimen-epidemic-command-notice' },
  { id: 'bare-genre-letter', term: '慰问信|倡议书', example: '慰 问 信', seen: 'www.zy234.com eval:unseen12/a12-zy234-zongyang-teachers-day-letter-article' },
  { id: 'bare-genre-letter', term: '慰问信|倡议书', example: '倡 议 书', seen: 'xqg.cn fixture:titles/xqg-changyishu.txt' },
  // A notice or announcement titled by its kind with the urgency or the matter a school, a village or a county
  // prints before it (紧 急 通 知 over 全县各中小学校、幼儿园：; 防 火 通 知 over a village committee's first sentence).
  { id: 'bare-genre-matter', term: '(?:紧急|补充|重要|防火|停课|放假)(?:通知|通告)', example: '紧 急 通 知', seen: 'm.zuomama.com eval:unseen23/b23-zuomama-hengshan-school-closure-urgent-notice' },
  { id: 'bare-genre-matter', term: '(?:紧急|补充|重要|防火|停课|放假)(?:通知|通告)', example: '防 火 通 知', seen: '170030.nync.com fixture:titles-s36/vocab/nync-fanghuo.txt' },
];

/**
 * A news story's first words: its day, or 近日/日前/今天…, and the comma after them. Read by the title stage's
 * headline-under-lede: the paragraph under a headline printed below its story's lede opens the story so, where the lede
 * above it did not (www.1336357.com); a report that already opened on its day above has no headline under it, only a
 * line of its text (mdjzy.hljcourt.gov.cn, unseen3 w2-mdjzy). A line opening with one, up to its comma.
 */
export const STORY_OPENINGS: Term[] = [
  { term: '(?:近日|日前|近期|昨天|昨日|今天|今日)(?:上午|下午|晚上|晚间|晚)?[，,]', example: '近日，记者从重庆市环保局获悉，', seen: 'www.1336357.com eval:unseen15/b15-1336357-chongqing-env-penalty-report' },
  { term: '(?:(?:19|20)\\d{2}年)?[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日(?:上午|下午|晚上|晚间|晚)?[，,]', example: '1月9日，牡丹江市第十六届人民代表大会第五次会议第二次全体会议在党政会议中心召开', seen: 'mdjzy.hljcourt.gov.cn eval:unseen3/w2-mdjzy-court-work-report-approved-report' },
];

/**
 * Labels of a 信息公开 catalogue's field that prints the document's name (名 称：关于…的通知, 标题: …): a line opening
 * with one is the catalogue's entry, never the document's own heading block under it (title-heading-block.ts).
 */
export const CATALOGUE_TITLE_LABELS: Term[] = [
  { term: '名称|标题|文件名称|题名', example: '名  称: 关于印发琼中黎族苗族自治县农村集体经济组织“三资”管理暂行规定的通知', seen: 'qiongzhong.hainan.gov.cn eval:unseen24/b24-qiongzhong-rural-collective-three-assets-rules-notice' },
  { term: '名称|标题|文件名称|题名', example: '名称 市人民政府办公室关于印发健康六盘水行动推进方案的通知', seen: 'www.gzlps.gov.cn eval:cases/c3a-liupanshui-health-action-notice' },
  { term: '名称|标题|文件名称|题名', example: '标题: 重庆市永川区来苏镇人民政府关于印发《来苏镇第十一届村民委员会换届选举工作方案》的通知', seen: 'www.cqyc.gov.cn eval:unseen19/b19-cqyc-laisu-village-election-plan-notice' },
];

/**
 * The word a newsroom's bracketed dateline or credit closes with before the lede, beyond the
 * newswire's 电, 讯, 报道 and 消息 (lines.ts): Taiwan's papers write 报道 as 报导 (報導) and close their
 * credit with the place filed from and it (【记者X/台南报导】, 【X特派员Y/嘉义县报导】). Such a bracket
 * opens the first sentence as printed and is never a headline glued to it (inline.ts splitGluedHeadline).
 */
export const DATELINE_ENDS: Term[] = [
  { term: '报导', example: '【大成报记者杜忠聪/台南报导】为提升为民服务品质', seen: 'twgreatnews.com eval:unseen33/d33-twgreatnews-tainan-anping-district-volunteers-meeting-commendation-info-lines-big5-report' },
  { term: '报导', example: '【嘉云特派员陈信利/嘉义县报导】五合一选举落幕', seen: 'kingtop.com.tw eval:unseen28/d28-kingtop-chiayi-magistrate-weng-reelected-back-to-office-report' },
  { term: '报导', example: '【漾新闻记者陈雯萍/高雄报导】高雄市议会第3次定期大会', seen: 'insightnews.network fixture:chrome/datelinelead-s38/A/insightnews-s38-report/raw.txt' },
  { term: '报导', example: '【记者张德钦、吴三伯、温玉沛/彰化报导】九一记者节即将到来', seen: 'macrocosm.tw fixture:chrome/datelinelead-s38/A/macrocosm-s38-report/raw.txt' },
];
