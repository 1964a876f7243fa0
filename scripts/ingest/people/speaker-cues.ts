// Where a page names the people who answer in an interview, as data: every
// entry is a pattern (a RegExp source), one real text it was seen in, and
// where: "<site> <eval|raw|fixture>:<ref>" ("synthetic" names a hand-written
// fixture, not a site). tests/unit/people.test.ts checks that each example
// holds its pattern and is in its source, and that each list rests on two sites.
import type { Term } from './vocabulary.ts';

/**
 * Phrases of an interview's opening that name the people it put the
 * questions to: the people inside the match are the interviewees, and a host
 * or a reporter labelled in the turns is not.
 */
export const INVITED: Term[] = [
  { term: '[请邀][^。！？]{2,80}(?:答记者问|回答[^。！？]{0,8}(?:提问|问题))', example: '请《政府工作报告》起草组负责人、国务院研究室主任黄守宏解读《政府工作报告》有关情况，并答记者问', seen: 'www.syjyzs888.com eval:pg-syjyzs-chuifenghui-interview' },
  { term: '[请邀][^。！？]{2,80}(?:答记者问|回答[^。！？]{0,8}(?:提问|问题))', example: '邀请农业部部长韩长赋，农业部新闻发言人、办公厅主任潘显政就“实施乡村振兴战略 推动农业转型升级”的相关问题回答中外记者的提问', seen: 'zhuti.net.cn eval:txt-zhuti-agriculture-minister-press-interview' },
  // A press office's host inviting its guest to brief and then answer (…并回答大家感兴趣的问题).
  { term: '[请邀][^。！？]{2,80}(?:答记者问|回答[^。！？]{0,8}(?:提问|问题))', example: '邀请到国家卫生健康委员会党组成员、副主任于学军先生，请他为大家介绍“十三五”卫生健康改革发展有关情况，并回答大家感兴趣的问题', seen: 'tcme.hmed365.com eval:x2-hmed365-scio-health-reform-presser-interview' },
  { term: '[请邀][^。！？]{2,80}(?:答记者问|回答[^。！？]{0,8}(?:提问|问题))', example: '请来了国务院研究室副主任向东先生，请他为大家解读《报告》，并回答大家关心的问题', seen: 'kaosee.cn fixture:classify/pages/kaosee-scio-briefing-interview.txt' },
  { term: '(?:采访|专访)了[^。！？，]{2,40}', example: '我们特地采访了红旗村的村支书严龙宝', seen: 'ijzq.com fixture:classify/pages/ijzq-village-interview.txt' },
  { term: '(?:采访|专访)了[^。！？，]{2,40}', example: '带着一系列问题采访了县委书记苏晓梅', seen: 'ori.hangzhou.com.cn fixture:classify/pages/hangzhou-county-secretary-feature.txt' },
];

/**
 * What follows the interviewee's name (right after it) in a headline or a lede whose answers
 * are labelled only 答: …张晓亚答记者问, 陈吉宁就…答问, 徐永光做客新华网, 周先旺在接受…专访时, 耿爽主持例行记者会
 * (a ministry's spokesman answers at its regular press conference).
 */
export const ANSWERING: Term[] = [
  { term: '(?:等)?(?:就[^。！？]{0,40})?答(?:记者|网友)?问', example: '省纪委副书记张晓亚答记者问', seen: 'news.sina.com.cn eval:pg-sina-shanxi-jiwei-interview' },
  { term: '(?:等)?(?:就[^。！？]{0,40})?答(?:记者|网友)?问', example: '环保部长陈吉宁就“加强生态环境保护”答问', seen: 'xpj33277.com eval:ho-xpj-chenjining-environment-interview' },
  // A guest on a site's or station's programme: 全国政协委员徐永光做客新华网.
  { term: '做客[^。！？，]{0,12}(?:网|台|演播室|直播间|访谈)', example: '全国政协委员徐永光做客新华网', seen: 'hhyfoundation.org eval:ho-hhyfoundation-xuyongguang-interview' },
  { term: '做客[^。！？，]{0,12}(?:网|台|演播室|直播间|访谈)', example: '本网邀请市政务服务管理局局长李明做客在线访谈', seen: 'synthetic fixture:structure/interview-host.txt' },
  { term: '(?:在[^。！？，]{0,8}?|时)?接受[^。！？]{0,12}(?:专访|采访)', example: '武汉市市长周先旺在接受总台央视记者专访时', seen: 'm.deyi.com fixture:classify/pages/deyi-forum-interview.txt' },
  { term: '(?:在[^。！？，]{0,8}?|时)?接受[^。！？]{0,12}(?:专访|采访)', example: '区卫生健康委党委书记、主任唐荣在接受本报记者专访时表示', seen: '开州日报 raw:003' },
  // …and where it was given: 张春贤在飞机上接受本报记者专访.
  { term: '(?:在[^。！？，]{0,8}?|时)?接受[^。！？]{0,12}(?:专访|采访)', example: '省委书记、省人大常委会主任张春贤在飞机上接受本报记者专访', seen: 'knoxvariety.com eval:v2-knoxvariety-zhangchunxian-plane-interview' },
  { term: '主持例行记者会', example: '2017年12月6日外交部发言人耿爽主持例行记者会', seen: 'china.zjol.com.cn fixture:classify/pages/zjol-mfa-presser.txt' },
  { term: '主持例行记者会', example: '2012年11月16日，外交部发言人洪磊主持例行记者会', seen: 'www.com3y.cn fixture:classify/pages/com3y-mfa-presser.txt' },
];

/**
 * A host's introduction of the programme's guests (今天…的嘉宾是…段永传先生；另外一位是…宋永祥先生):
 * every person it names is an interviewee, whether or not the stored part reaches his answers.
 */
export const GUESTS_INTRODUCED: Term[] = [
  { term: '嘉宾(?:就|分别)?(?:是|为)[^。！？]{2,200}', example: '今天来到在线访谈演播室的嘉宾是《聚焦三农》今年举办2006年度三农人物两位侯选人物的代表，一位是中铁建工集团副总经理拉萨火车站指挥长兼总工程师段永传先生；另外一位是新农民的代表，农民企业家上海味之王食品有限公司致富不忘农民兄弟的宋永祥先生', seen: 'www.cctv.com eval:u2-cctv-sannong-figures-online-interview' },
  { term: '嘉宾(?:就|分别)?(?:是|为)[^。！？]{2,200}', example: '今天我们的嘉宾就是河北省委书记白克明', seen: 'big5.cctv.com eval:c3b-cctv-baikeming-hebei-interview' },
  { term: '嘉宾(?:就|分别)?(?:是|为)[^。！？]{2,200}', example: '嘉宾是全国政协委员、北京黄河缘公益基金会筹建负责人徐永光', seen: 'hhyfoundation.org eval:ho-hhyfoundation-xuyongguang-interview' },
  // The host's own welcome of the guests (我们…邀请到了…); a press conference the host only relays (记者会是邀请到了…部长) is none.
  { term: '我们[^。！？，]{0,8}邀请到了?[^。！？]{2,200}', example: '今天在现场我们非常荣幸邀请到了中欧国际工商学院卫生管理与政策中心主任蔡江南先生和香港《医院观察》杂志社总编辑', seen: 'ailibi.com eval:u2-ailibi-hospital-ranking-interview' },
  { term: '我们[^。！？，]{0,8}邀请到了?[^。！？]{2,200}', example: '我们非常荣幸地邀请到了环保部部长陈吉宁先生', seen: 'xpj33277.com eval:ho-xpj-chenjining-environment-interview' },
];

/**
 * Where a press conference's page lists the officials who answer, one after another with
 * their posts (group `list`): the lede says they attended and answered
 * (…副局长王汶，…副调研员董建国，…科长黄雅明出席发布会通报相关情况，并回答记者提问), or the
 * host introduces them (出席今天发布会的有：…方芳女士、…; 他们是：…; 我们…请来了…王锡锌教授).
 * Every person the list names with a post before him or a courtesy title after him is an
 * interviewee, whether or not the stored part reaches his answers.
 */
export const ANSWERERS_LISTED: Term[] = [
  { term: '(?<list>[^。！？：:]{4,200}?)出席(?:今天的?)?(?:新闻)?发布会[^。！？]{0,40}?并(?:回答[^。！？]{0,6}提问|答记者问)', example: '宁德市环保局副局长王汶，市环保局副调研员董建国，市环保局污染防治科科长黄雅明出席发布会通报相关情况，并回答记者提问', seen: 'www.fjyigong.com eval:a12-fjyigong-ningde-environment-pressconf-interview' },
  { term: '(?<list>[^。！？：:]{4,200}?)出席(?:今天的?)?(?:新闻)?发布会[^。！？]{0,40}?并(?:回答[^。！？]{0,6}提问|答记者问)', example: '国家卫生健康委员会副主任于学军、国家卫生健康委员会规划司司长毛群安出席发布会介绍了“十三五”卫生健康改革发展有关情况，并答记者问', seen: 'tcme.hmed365.com eval:x2-hmed365-scio-health-reform-presser-interview' },
  { term: '(?:出席今天的?(?:新闻)?发布会的(?:嘉宾|有关负责人)?(?:有|还有)|他们是|请来了)[：:]?(?<list>[^。！？]{4,240})', example: '出席今天发布会的有：海南省卫生健康委员会党委书记、主任周长强先生', seen: 'yspar.com eval:y2-yspar-hainan-life-expectancy-presser-interview' },
  { term: '(?:出席今天的?(?:新闻)?发布会的(?:嘉宾|有关负责人)?(?:有|还有)|他们是|请来了)[：:]?(?<list>[^。！？]{4,240})', example: '他们是：宁德市环保局副局长王汶，市环保局副调研员董建国，市环保局污染防治科科长黄雅明', seen: 'www.fjyigong.com eval:a12-fjyigong-ningde-environment-pressconf-interview' },
  { term: '(?:出席今天的?(?:新闻)?发布会的(?:嘉宾|有关负责人)?(?:有|还有)|他们是|请来了)[：:]?(?<list>[^。！？]{4,240})', example: '今天在演播室我们还是请来了北京大学的王锡锌教授', seen: 'msdfz.org.cn eval:c3c-msdfz-mirror-news1plus1-interview' },
  { term: '(?:出席今天的?(?:新闻)?发布会的(?:嘉宾|有关负责人)?(?:有|还有)|他们是|请来了)[：:]?(?<list>[^。！？]{4,240})', example: '我们非常高兴请来了《政府工作报告》起草组负责人、国务院研究室主任黄守宏先生', seen: 'www.syjyzs888.com eval:pg-syjyzs-chuifenghui-interview' },
];

/** What stands right before the interviewee's posts and name in a headline: 专访…孙晓梅, ——访…陈志刚, 对话…. */
export const VISITING: Term[] = [
  { term: '(?:专访|——访|—访|对话)', example: '专访市文旅局局长孙晓梅', seen: 'synthetic fixture:classify/profile-zhuanfang.txt' },
  { term: '(?:专访|——访|—访|对话)', example: '——访市卫生健康委主任陈志刚', seen: 'synthetic fixture:speakers/interview-subtitle.txt' },
  { term: '(?:专访|——访|—访|对话)', example: '《环球时报》总编胡锡进对话香港文化名人陶杰', seen: 'ppfocus.com fixture:classify/pages/ppfocus-dialogue.txt' },
];

/**
 * The lead-in a press office puts above a speech it releases (以下为行政长官…今日…出席…的致辞全文：):
 * the first person named with a post inside the match is the speaker.
 */
export const SPEECH_LEAD_IN: Term[] = [
  { term: '以下[为是][^。！？]{2,80}?(?:讲话|致辞|发言|演讲)(?:全文)?(?:（只有中文）)?：', example: '以下为行政长官曾荫权今日（六月三十日）出席中华人民共和国外交部驻香港特别行政区特派员公署成立十周年酒会的致辞全文：', seen: 'www.info.gov.hk eval:c3b-infogovhk-tsang-ocmfa-speech' },
  { term: '以下[为是][^。！？]{2,80}?(?:讲话|致辞|发言|演讲)(?:全文)?(?:（只有中文）)?：', example: '以下为行政长官曾荫权今日（六月二十八日）傍晚在国家政协主席贾庆林的欢迎晚宴上致辞全文：', seen: '08nm.com fixture:classify/pages/08nm-hk-chief-executive-speech.txt' },
  { term: '以下[为是][^。！？]{2,80}?(?:讲话|致辞|发言|演讲)(?:全文)?(?:（只有中文）)?：', example: '以下是行政长官李家超今日（十月一日）出席中华人民共和国成立七十三周年国庆酒会致辞：', seen: 'sc.isd.gov.hk fixture:classify/pages/isd-hk-national-day-speech.txt' },
  // Whatever the genre (贺辞, 谈话), the office's 全文： with the part it gives in brackets (（中文部分）).
  { term: '以下[为是][^。！？]{2,80}?全文(?:（[^（）]{2,6}）)?[：:]', example: '以下是行政长官李家超今日（二月十六日）发表的农历新年贺辞全文：', seen: 'idatahk.com eval:a7-idatahk-chief-executive-lunar-new-year-message' },
  { term: '以下[为是][^。！？]{2,80}?全文(?:（[^（）]{2,6}）)?[：:]', example: '以下为署理行政长官唐英年于六月二日就国务院批准曾荫权辞去香港特别行政区政务司司长职务，在中区政府总部西座大堂会见新闻界的谈话全文（中文部分）:', seen: 'lizawang.com eval:b7-lizawang-hk-acting-ce-tsang-resignation-remarks' },
  // The office's other genres for one official's own words (thirty-fourth session, areaspeaker): the
  // statement he makes (…发表的声明：) and the opening remarks of his press conference (…开场发言内容：).
  { term: '以下[为是][^。！？]{2,120}?(?:声明|发言内容)[：:]', example: '以下是行政长官李家超11月28日就《香港国安法》向中央人民政府提交报告并建议提请全国人民代表大会常务委员会根据《香港国安法》作出解释发表的声明：', seen: 'www.tradenet.hk eval:d28-tradenet-hk-chief-executive-lee-npcsc-interpretation-statement' },
  { term: '以下[为是][^。！？]{2,120}?(?:声明|发言内容)[：:]', example: '以下是立法会主席梁君彦今日（十二月十九日）在立法会年结记者会上的开场发言内容：', seen: 'www.sina.com.hk eval:d27-sinahk-legco-president-andrewleung-year-end-press-remarks-speech' },
];

/**
 * A press office's lead-in to a media session's questions and answers, in
 * the interview the classifier reads from it (cues interview-transcript):
 * 以下是行政长官李家超今日…会见传媒的开场发言及答问内容：. The first person the
 * lead-in names with a post is the one who answers, under his post
 * (行政长官：) or under no label where the stored part stops in his opening
 * remarks; a lead-in naming nobody (以下是记者会答问内容：) gives none, and the
 * turns name the answerers there. Logged as its id, answers-lead-in
 * (thirty-first session, speakerless).
 */
export const ANSWERS_LEAD_IN: ShapeTerm[] = [
  { id: 'answers-lead-in', term: '以下[为是][^。！？]{2,80}?答问(?:内容|全文)(?:（[^（）]{2,6}）)?[：:]', example: '以下是行政长官李家超今日（一月二十一日）上午出席行政会议前会见传媒的开场发言及答问内容：', seen: 'chinatimes.com.hk eval:d24-chinatimeshk-chief-executive-leekachiu-lunar-new-year-media-session' },
  { id: 'answers-lead-in', term: '以下[为是][^。！？]{2,80}?答问(?:内容|全文)(?:（[^（）]{2,6}）)?[：:]', example: '以下是行政长官林郑月娥今日（十月十二日）上午会见传媒的开场发言及答问内容：', seen: 'sc.isd.gov.hk fixture:classify/pages/isd-hk-media-session-qa-interview.txt' },
  { id: 'answers-lead-in', term: '以下[为是][^。！？]{2,80}?答问(?:内容|全文)(?:（[^（）]{2,6}）)?[：:]', example: '以下是记者会答问内容：', seen: 'www.ogcio.gov.hk eval:w2-ogcio-cross-department-press-interview' },
];

/**
 * A news lede that ends by announcing the full text that follows (…发表了即席讲话，全文如下：,
 * …致以新春问候。全文如下：): the sentence before 全文如下 names the speaker with his post. Read
 * only when it names one person, since a lede may name a host or a meeting's chair beside him.
 */
export const FULL_TEXT_FOLLOWS: Term[] = [
  { term: '[^。！？]{2,160}[，,。]全文如下[：:]', example: '国家海洋局党组书记、局长王宏通过“观沧海”微信公众号向海洋系统广大干部职工，以及向关心和支持海洋事业发展的社会各界人士，致以新春问候。全文如下：', seen: 'www.nmemc.org.cn eval:b8-nmemc-ocean-bureau-spring-greeting-speech' },
  { term: '[^。！？]{2,160}[，,。]全文如下[：:]', example: '中共中央台办主任王毅在欢送宴会上发表了即席讲话，全文如下：', seen: 'www.chinataiwan.org fixture:dates/pages/chinataiwan-wangyi-forum-toast.txt' },
];

/**
 * A programme host's welcome opening the conversation (欢迎收看…): a turn
 * labelled with a bare name that says it is the host's, who asks, not the guest.
 */
export const HOST_WELCOME: Term[] = [
  { term: '欢迎(?:各位|大家)?收看', example: '白岩松：观众朋友欢迎收看新闻会客厅。', seen: 'big5.cctv.com eval:c3b-cctv-baikeming-hebei-interview' },
  { term: '欢迎(?:各位|大家)?收看', example: '主持人沙松亮：腾讯网友，大家好！欢迎收看腾讯访谈', seen: 'm.huatuo0.com fixture:classify/pages/huatuo0-tencent-host-interview.txt' },
];

/**
 * Who gives the floor in an interview whose labels are names (thirty-eighth
 * session, turnspeak): such a label is the host's, not an interviewee's.
 * - host-welcomes: the label's turn welcomes the audience to the briefing
 *   (欢迎出席…集体采访; sportsnt's copy has a planted brand inside it), as
 *   欢迎收看 does a programme (HOST_WELCOME);
 * - host-introduced: the opening calls the label's person the host right
 *   before the name (台湾著名主持人陈文茜的专访); the name must follow the term;
 * - host-addresses-guest: the label's turn opens by calling another label's
 *   person by surname and post (朱书记，…); group `surname` is that surname,
 *   group `post` must be a post word of the people vocabulary.
 */
export const HOST_SHAPES: ShapeTerm[] = [
  { id: 'host-welcomes', term: '欢迎(?:各位|大家)?出席', example: '女士们、先生们，大家下午好！欢迎出席二十大汽车材料新闻中心集体采访。', seen: 'sportsnt.com.tw eval:a30-sportsnt-twentieth-congress-first-group-interview-injected-car-materials-trad-interview' },
  { id: 'host-welcomes', term: '欢迎(?:各位|大家)?出席', example: '女士们、先生们，大家下午好。欢迎出席国务院新闻办公室新闻发布会。', seen: 'tcme.hmed365.com eval:x2-hmed365-scio-health-reform-presser-interview' },
  { id: 'host-introduced', term: '(?:主持人|主播)', example: '中共上海市委副书记、市长韩正日前就抓住世博机遇推进科学发展等问题，接受了台湾著名主持人陈文茜的专访', seen: 'wap.sinoca.com eval:c29-sinoca-shanghai-mayor-hanzheng-chenwenqian-expo-untitled-interview' },
  { id: 'host-introduced', term: '(?:主持人|主播)', example: '各位听众，这里是中央广播电视总台中国之声年两会特别节目《央广会客厅》，我是主持人张蕾。', seen: 'bbs.520learn.net fixture:turnspeak-s38/b-520learn-weishanzhong-radio-interview.txt' },
  { id: 'host-addresses-guest', term: '^(?<surname>\\p{Script=Han})(?<post>\\p{Script=Han}{1,3})[，,！!]', example: '朱书记，我最近在闵行各个地标性的地方溜溜达达兜兜转转，今天有很多故事要讲给你听', seen: 'www.xinwenren.com eval:d19-xinwenren-minhang-secretary-zhuzhisong-dialogue-interview' },
  { id: 'host-addresses-guest', term: '^(?<surname>\\p{Script=Han})(?<post>\\p{Script=Han}{1,3})[，,！!]', example: '魏部长，您好！', seen: 'bbs.520learn.net fixture:turnspeak-s38/b-520learn-weishanzhong-radio-interview.txt' },
];

/**
 * An interviewee's name label that the name check refuses because the
 * dictionary holds it as a word or a place (程文/n, 吴江 the district), taken
 * where the opening names him right after a post word of the people
 * vocabulary (…县长程文。, …常务副会长吴江先生，): the term is what may follow
 * the name there, read right after it (thirty-eighth session, turnspeak).
 */
export const LABEL_AFTER_POST: ShapeTerm[] = [
  { id: 'label-introduced-with-post', term: '(?:先生|女士|同志)?[，。、；！,;!]', example: '对此，本刊记者专程走访了万年县人民政府县长程文。', seen: '100md.com eval:k3-100md-wannian-county-head-chengwen-magazine-interview' },
  { id: 'label-introduced-with-post', term: '(?:先生|女士|同志)?[，。、；！,;!]', example: '今天邀请到作客演播室的嘉宾是中国人才研究会常务副会长吴江先生，和网友们聊聊关于推进人才体制机制改革相关的话题。', seen: 'jfxwcn.com fixture:turnspeak-s38/a-jfxwcn-wujiang-bracket-interview.txt' },
];

/**
 * A reporter's question told in the text rather than put under a label (有记者问，…？,
 * 有记者问到，…？, …记者提问：…？): the Xinhua-style write-up of a spokesperson's answer. The
 * question mark follows in the same paragraph; the answer opens the next (ANSWER_TOLD).
 */
export const QUESTION_TOLD: Term[] = [
  { term: '记者(?:提问|问到|问道|问)(?:称|说)?[，,：:]', example: '有记者问，日前岛内有学者列出“八个证据”', seen: 'www.gdanimal.org eval:d17-gdanimal-zhufenglian-taiwan-interview' },
  { term: '记者(?:提问|问到|问道|问)(?:称|说)?[，,：:]', example: '有记者问，据报道，日本官房长官菅义伟10日称', seen: '5.39.217.77 eval:d17-tvbnowip-honglei-diaoyudao-interview' },
  { term: '记者(?:提问|问到|问道|问)(?:称|说)?[，,：:]', example: '人民政协报两岸经合周刊记者提问：蔡英文日前投书马来西亚媒体', seen: 'matricorp.com eval:d16-matricorp-ma-xiaoguang-dialogue-interview' },
  { term: '记者(?:提问|问到|问道|问)(?:称|说)?[，,：:]', example: '有记者问到，特朗普表示提名卢特尼克担任美国商务部长', seen: 'gljygh.cn eval:a14-gljygh-mofcom-spokesman-interview' },
  { term: '记者(?:提问|问到|问道|问)(?:称|说)?[，,：:]', example: '有日本记者提问称，每年两会', seen: 'news.calyptus.net eval:d17-calyptus-maoning-japan-media-interview' },
];

/**
 * How the answer to a told question opens, right after the answerer's name (with his posts
 * before it): a verb of saying and a comma (朱凤莲说，, 新闻发言人马晓光表示，) or a colon alone
 * (商务部新闻发言人何亚东：).
 */
export const ANSWER_TOLD: Term[] = [
  { term: '(?:说|表示|称|指出|回答说?|答道?|回应(?:说|称)?)?[，,：:]', example: '朱凤莲说，', seen: 'www.gdanimal.org eval:d17-gdanimal-zhufenglian-taiwan-interview' },
  { term: '(?:说|表示|称|指出|回答说?|答道?|回应(?:说|称)?)?[，,：:]', example: '洪磊说，', seen: '5.39.217.77 eval:d17-tvbnowip-honglei-diaoyudao-interview' },
  { term: '(?:说|表示|称|指出|回答说?|答道?|回应(?:说|称)?)?[，,：:]', example: '新闻发言人马晓光表示，', seen: 'matricorp.com eval:d16-matricorp-ma-xiaoguang-dialogue-interview' },
  { term: '(?:说|表示|称|指出|回答说?|答道?|回应(?:说|称)?)?[，,：:]', example: '商务部新闻发言人何亚东：', seen: 'gljygh.cn eval:a14-gljygh-mofcom-spokesman-interview' },
];

/**
 * What follows a person's name where a text reports what he said (…倪阳平指出，,
 * 刘英杰在讲话中说): a document that tells of its candidate speaker so, past
 * its opening paragraph, carries his words in the third person — a report, not
 * his speech or interview. An optional 同志, 还/也 and 在讲话中 stand between.
 */
export const REPORTING: Term[] = [
  { term: '指出', example: '倪阳平指出，', seen: 'travel.china.com.cn eval:c3b-chinacomtravel-gubei-ctsholding-report' },
  { term: '指出', example: '崔世安指出，', seen: 'hk.crntt.com eval:ho-crntt-macau-newyear-report' },
  { term: '表示', example: '岑浩辉表示，', seen: 'www.bastillepost.com eval:c3b-bastillepost-sam-macau-press-report' },
  { term: '表示', example: '孙守刚表示', seen: 'finance.people.com.cn eval:news-people-henan-presser' },
  { term: '说', example: '孙建新说，', seen: 'politics.people.com.cn eval:c5h-peoplepolitics-anhui-justice-warning-report' },
  { term: '说', example: '刘英杰在讲话中说', seen: 'www.fy58.com fixture:classify/pages/fy58-forum-report.txt' },
  { term: '强调', example: '张学忠强调', seen: 'www.gcdr.gov.cn fixture:classify/pages/gcdr-gov-report.txt' },
  { term: '强调', example: '吴有福强调', seen: 'djy.chizhouhospital.com eval:pg-chizhou-hospital-report' },
];

/**
 * A speaker introducing himself at the start of his speech (大家好！我是外语学院2025级新生冯若茜，…):
 * the clause after 我是 ends with his name. A host or reporter introducing himself
 * (我是主持人修奇) is no speaker of a speech; the stage reads the clause only in a
 * speech's first sentences.
 */
export const SELF_INTRODUCTION: Term[] = [
  { term: '我是(?![^，。！？,!?]*(?:主持人|记者|播音员))[^，。！？；,!?;：:“”]{2,30}?(?=[，。！？,!?、]|很荣幸|十分荣幸)', example: '我是来自五一中队的杨博玮。', seen: 'fuxiao.whu.edu.cn fixture:classify/pages/whu-fuxiao-flag-speech.txt' },
  { term: '我是(?![^，。！？,!?]*(?:主持人|记者|播音员))[^，。！？；,!?;：:“”]{2,30}?(?=[，。！？,!?、]|很荣幸|十分荣幸)', example: '我是外语学院2025级新生冯若茜，', seen: 'news.wit.edu.cn fixture:classify/pages/wit-freshman-speech.txt' },
  { term: '我是(?![^，。！？,!?]*(?:主持人|记者|播音员))[^，。！？；,!?;：:“”]{2,30}?(?=[，。！？,!?、]|很荣幸|十分荣幸)', example: '我是来自教育学院教育学专业的熊润泽，', seen: 'www.jhun.edu.cn fixture:classify/pages/jhun-freshman-speech.txt' },
];

/**
 * A speech's title naming its speaker as the representative of a group (新生代表张译文发言,
 * 教师代表徐文守老师开学典礼发言): the name stands right after 代表, before 老师/同学/同志,
 * 在…上的, or the word for the speech. The match's group 1 is the text after 代表.
 */
export const REPRESENTATIVE_TITLE: Term[] = [
  { term: '^[^，。！？：:]{0,12}?代表([\\p{Script=Han}]{2,40}?)(?:发言|讲话|致辞|演讲)(?:稿)?$', example: '新生代表张译文发言', seen: 'xinguip.com fixture:classify/pages/xinguip-freshman-representative-speech.txt' },
  { term: '^[^，。！？：:]{0,12}?代表([\\p{Script=Han}]{2,40}?)(?:发言|讲话|致辞|演讲)(?:稿)?$', example: '教师代表徐文守老师开学典礼发言', seen: 'pd.jxfls.com fixture:classify/pages/jxfls-teacher-representative-speech.txt' },
];

/** A shape of a speech's title that the speakers stage reads its speaker from, with the id it logs. */
export interface ShapeTerm extends Term {
  id: string;
}

/** The genre word, the byline (group `who`: no genre word, comma or bracket inside) and the bracket opening the day's year. */
const GLUED_BYLINE = '(?:讲话|致辞|发言|报告|演讲)(?:提纲|稿)?(?<who>(?:(?!讲话|致辞|发言|报告|演讲)[^，。；：:、\\s（(〔【［\\[]){2,30}?)[（(〔【［\\[]\\s*[0-9〇零一二三四五六七八九十]{4,6}\\s*年';

/**
 * Shapes of a speech's title around the speaker it names (thirtieth session,
 * speakermiss), each row's id going to the cleaning log with the speaker read:
 * - speech-title-host: 主持词, a host's script, is his own words, a speech's
 *   genre as 讲话 or 致辞 is (…县长周峰在…动员大会上的主持词); a title naming no
 *   one (市政府第四次全体会议主持词) still gives none.
 * - title-column-tag: a column's or a series' tag in brackets before the title
 *   ((现场实录)习近平总书记在…的讲话, 【法院讲话】…): the site's label, not the
 *   words before 在 that name the speaker.
 * - speech-byline-glued: a document site's one-line copy of a speech's head,
 *   the title's genre word (讲话, 讲话提纲), the byline's posts and name and the
 *   day in brackets run together (…上的讲话提纲王建〔2022年8月16日〕…); group
 *   `who` is the byline (thirty-second session, speakermiss).
 */
export const SPEAKER_TITLE_SHAPES: ShapeTerm[] = [
  { id: 'speech-title-host', term: '主持词', example: '政府县长周峰在涞源县“脱贫攻坚先进典型”表彰暨“脱贫攻坚决战年”动员大会上的主持词', seen: 'www.laiyuan.gov.cn eval:a24-laiyuan-county-chief-zhoufeng-poverty-rally-host-speech' },
  { id: 'speech-title-host', term: '主持词', example: '市政府第四次全体会议主持词', seen: '16fw.com eval:w2-16fw-city-government-plenary-host-speech' },
  { id: 'title-column-tag', term: '^(?:【[^】]{2,8}】|（[^）]{2,8}）)', example: '（现场实录）习近平总书记在二十届中共中央政治局常委同中外记者见面时的讲话', seen: 'news.dahe.cn fixture:speakermiss-s30/news-dahe.txt' },
  { id: 'title-column-tag', term: '^(?:【[^】]{2,8}】|（[^）]{2,8}）)', example: '【法院讲话】县人民法院院长在全院贯彻落实省法院院长会议精神大会上讲话', seen: 'www.shanhaijingshui.cn eval:pg-shanhaijingshui-court-speech' },
  { id: 'speech-byline-glued', term: GLUED_BYLINE, example: '在全区工程建设推进会上的讲话提纲王建〔202022年8月16日〕', seen: 'biganzidoc.com eval:a24-biganzidoc-gaogang-district-wangjian-project-drive-speech' },
  { id: 'speech-byline-glued', term: GLUED_BYLINE, example: '在西安交通大学教师干部大会上的讲话西安交通大学党委书记张迈曾（2020年11月13日）', seen: 'wukong.top fixture:speakermiss-s32/wukong-xjtu-secretary.txt' },
];

/**
 * The one person's label over a speech's words, printed by a transcript of a
 * meeting (…听取…检察长张军关于…的报告。以下为文字实录： / 张军： / 各位代表，…):
 * a name alone with its colon as a paragraph of its own, or a name in brackets
 * opening the paragraph. Read when every such label of the text names the same
 * person and no other line names the speaker (thirty-second session, speakermiss).
 */
export const SPEECH_SOLE_LABEL: ShapeTerm[] = [
  { id: 'speech-sole-label', term: '^(?<name>\\p{Script=Han}{2,3})[：:]$', example: '张军：', seen: 'm.ericfola.com eval:a17-ericfola-zhangjun-procuratorate-speech' },
  { id: 'speech-sole-label', term: '^[\\[【［](?<name>\\p{Script=Han}{2,3})[\\]】］]', example: '[温家宝]：各位代表：现在，我代表国务院向大会作政府工作报告', seen: 'jianaisc.com fixture:speakermiss-s32/jianaisc-npc-work-report.txt' },
  { id: 'speech-sole-label', term: '^[\\[【［](?<name>\\p{Script=Han}{2,3})[\\]】］]', example: '[吴邦国]各位代表，第十一届全国人民代表大会第一次会议应出席代表2987人', seen: 'demo.erdangjiade.com fixture:speakermiss-s32/erdangjiade-npc-opening.txt' },
];

/**
 * A turn label's post that reads as the host's (turn-labels HOSTING: 新闻发言人)
 * held by the guest the opening invited to answer (INVITED): a department's
 * spokesman at the provincial press office's conference answers, the office's
 * host gives the floor (thirty-second session, speakermiss).
 */
export const INVITED_SPOKESMAN: ShapeTerm[] = [
  { id: 'invited-spokesman', term: '新闻发言人', example: '陕西省生态环境厅副厅长、新闻发言人张育奎', seen: 'www.huayinshizx.com eval:d19-huayinshizx-shaanxi-environment-press-conference-interview' },
  { id: 'invited-spokesman', term: '新闻发言人', example: '邀请省生态环境厅党组成员、总工程师、新闻发言人郑彧，请他就大家关心关注的问题做发布并回答记者的提问', seen: 'm.folksfolks.com fixture:speakers/pages/folksfolks-fujian-presser.txt' },
];

/**
 * Honours Hong Kong prints after an official's name, the same on every page
 * that names him: the SAR's honours and awards (Grand Bauhinia Medal GBM,
 * Gold, Silver and Bronze Bauhinia Star GBS/SBS/BBS, Medal of Honour MH,
 * Justice of the Peace JP) and Senior Counsel (资深大律师), as the government's
 * honours list gives them; rows are added as pages show them. They are dropped
 * after a name before a speaker line, a signature or a title is read, so that
 * 校监 黄周娟娟 MH is a post and a name (thirty-fourth session, areaspeaker).
 */
export const NAME_HONOURS: ShapeTerm[] = [
  { id: 'hk-honours', term: '资深大律师', example: '律政司司长郑若骅资深大律师，GBS, JP致辞全文', seen: 'www.doj.gov.hk fixture:areaspeaker-s34/a-doj-hk-secretary-for-justice-legal-year-speech.txt' },
  { id: 'hk-honours', term: 'GBS', example: '律政司司长郑若骅资深大律师，GBS, JP致辞全文', seen: 'www.doj.gov.hk fixture:areaspeaker-s34/a-doj-hk-secretary-for-justice-legal-year-speech.txt' },
  { id: 'hk-honours', term: 'JP', example: '律政司司长郑若骅资深大律师，GBS, JP致辞全文', seen: 'www.doj.gov.hk fixture:areaspeaker-s34/a-doj-hk-secretary-for-justice-legal-year-speech.txt' },
  { id: 'hk-honours', term: 'MH', example: '校监 黄周娟娟 MH', seen: 'www.easy-publish.org eval:y1-easypublish-hk-fukien-graduation-speech' },
];

/**
 * Words a signer writes around his name and post, which name nobody: 主仆
 * (the Lord's servant) before a church school's principal, 敬上 after a
 * letter's signer. Dropped before a signature line is read (thirty-fourth
 * session, areaspeaker).
 */
export const SIGNATURE_AFFIXES: ShapeTerm[] = [
  { id: 'signature-affix', term: '^主仆[\\s\\u3000]*', example: '主仆 梅志业校长', seen: 'www.lws.edu.hk fixture:areaspeaker-s34/a-lws-hk-principal-pta-message-speech.txt' },
  { id: 'signature-affix', term: '[\\s\\u3000]*(?:敬上|谨上)$', example: '107班导师 邱逸君 敬上', seen: '163.30.86.109 eval:c16-dacheng-school-enterovirus-closure-notice' },
];
