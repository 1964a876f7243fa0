// Gambling-site keyword runs (and a private hospital's planted search query, AD_RUNS
// below) that hijacked pages splice into a title and into
// sentences (…在榕召开。沙巴体育网址_2024欧洲杯投注官网-网投|盘口：生态环境局…;
// …院长周强，777娱乐官方网址要实现…). The run replaces a word the page had (the
// city's name) or is glued before a clause; today it leaves the keyword in the
// body and, where it stands alone, makes the line read as chrome. Only the run
// is cut, so the sentence stays.
//
// A run is anchored on a brand: a gambling word joined to a site word (体育网址,
// 投注官网, 娱乐官方网址 — data in SPAM_BRANDS, with examples), never the
// gambling word alone: a report about a casino (百家乐、21点), a lottery centre's
// own news (体育彩票) or a crackdown on 棋牌娱乐场所 uses those words as text.
// A casino's own name may stand for the brand where it comes with its mirror
// route (必赢76net线路, spliced where a college's name was: 我院成功举行了“青春畅想”
// 必赢76net线路2006级新生文艺汇演; 必赢76net线路在J6-463第一会议室召开…); such
// a term is `named`: it opens with the name, so nothing before it is taken.
// From any other brand the run takes up to two Han characters and any digits or Latin
// letters before it (沙巴, 777), the keywords chained after it by _ | - (each
// with a gambling word in it: _2024欧洲杯投注官网, -网投, |盘口) and a colon
// closing it.
import type { IngestFile } from '../types.ts';

const STAGE = 'spam-runs';

export interface SpamTerm {
  /** Names the row in the cleaning log (gambling-run/<id>); rows sharing a term share it. */
  id?: string;
  term: string;
  example: string;
  seen: string;
  /** The term opens with the casino's own name: the run starts where it does. */
  named?: boolean;
}

/** Betting brands by name with a betting word or 中国 in brackets, then any site words; not before a company's 有限/公司. */
const CASINO_BRAND = '(?:开云|星空|九游|华体会|乐鱼|米乐|亚博|日博|万博|皇冠|必赢|爱游戏|凯发)(?:[(（]中国[)）]|体育|电子|娱乐|注册|棋牌|真人)(?:官方网站|官网|手机版|客户端|app|APP|入口|平台|网址|注册)*(?!有限|公司|股份|集团|科技)';
/** Macao casinos with a mirror number (not a year or a date) or a site word. */
const MACAU_CASINO = '(?:澳门)?(?:(?:新葡萄新京|新[葡莆]京|新葡|葡京)(?:威尼斯人?)?|威尼斯人?)(?:[A-Za-z]{0,6}\\d{3,6}(?![\\d年届月日号])|(?:游戏大厅|平台网址|官方网站|官网|网址|平台)\\d{0,6})';

/** A gambling word and a site word, maybe with 在线/线上 between them (体育网址, 投注官网, 体育在线官网). */
const GAMBLING_SITE = '(?:体育|投注|博彩|彩票|棋牌|真人|百家乐)(?:在线|线上)?(?:官方网址|官方网站|官网|网址)';

/** Brands: a gambling word and a site word together. */
export const SPAM_BRANDS: SpamTerm[] = [
  { id: 'entertainment-site', term: '娱乐(?:官方网址|官方网站|官网|网址)', example: '撒贝宁专访最高人民法院院长周强,777娱乐官方网址要实现信息化建设与司法改革的相互促进、共同发展', seen: 'www.dlkelp.com eval:z1-dlkelp-wangguiguo-enforcement-interview' },
  // 在线/线上 may stand between the gambling word and the site word (体育在线官网): a site's name, never prose.
  { id: 'gambling-site', term: GAMBLING_SITE, example: '沙巴体育网址_2024欧洲杯投注官网-网投|盘口', seen: 'qswyx.com eval:z1-qswyx-fuzhou-eco-coop-meeting-report' },
  { id: 'gambling-site', term: GAMBLING_SITE, example: '2013年1月13日,亚洲bet356体育在线官网首届智力运动会在南湖校区体育馆举行,副董事长、校体育运动委员会主任胡明亲临现场观看了比赛,并对未来校运会的改革和发展提出了具体的要求。相关部门负责人、员工代表也参加了活动。', seen: 'drf008.com fixture:chrome/adspam-s34/A/drf008-s34-spam/raw.txt' },
  { id: 'bwin-route', term: '必赢[A-Za-z0-9]{0,8}线路', named: true, example: '11月8日晚,我院成功举行了“青春畅想”必赢76net线路2006级新生文艺汇演。汇演结束后,记者采访了我院副院长王斌。以下为采访内容(王:王院长 记:记者)。', seen: 'sprcoffee.com fixture:chrome/pages/sprcoffee-spam.txt' },
  { id: 'bwin-route', term: '必赢[A-Za-z0-9]{0,8}线路', named: true, example: '4月15日,必赢76net线路在J6-463第一会议室召开70周年校庆工作部署会。教辅单位党委书记曲有刚、海洋学院党委书记朱建国应邀出席,学院领导班子成员、各系主任、教师代表、退休同志代表参加了会议。会议由学院党委书记秦昌盛主持。', seen: 'hsluye.com fixture:chrome/pages/hsluye-spam.txt' },
  // A casino's name with its number or 澳门 (澳门太阳集团 and its mirror numbers), spliced where a
  // college's name stood. Bare 太阳集团 is left: it is also an ordinary company name.
  { id: 'sun-city', term: '(?:\\d{3,5}|澳门)太阳集团\\d{0,4}(?:官方网站|官网|网站|网址)?', named: true, example: '9月20日上午,9728太阳集团于我校东校区清源楼A-227会议室召开党政联席会议。该院全体党政领导班子成员及办公室主任参加,会议由该院党委书记管金标主持。', seen: 'mydigitalpets.com fixture:chrome/pages/mydigitalpets-spam.txt' },
  { id: 'sun-city', term: '(?:\\d{3,5}|澳门)太阳集团\\d{0,4}(?:官方网站|官网|网站|网址)?', named: true, example: '“健康是幸福生活最重要的指标”。为了进一步提升全院教工的健康素养,共同探索全民健康的新思路、新体系和新思维,3月20日,澳门太阳集团2020网站与体育教学研究部联合开展了“健康生活,羽你有约”羽毛球场捐赠启用仪式暨支部共建活动。学院党委书记张晖、体育教学研究部主任卢三妹、学院党委副书记肖蕙、副院长赵艳萍、奥冠体育总经理杨功锋、体育教学研究部小球党支部书记张晓萍、法学系教工党支部书记陈维君、学院工会主席王琳、副主席杨柳等师生代表出席本次活动。', seen: 'szxsdbz.com fixture:chrome/pages/szxsdbz-spam.txt' },
  { id: 'sun-city', term: '(?:\\d{3,5}|澳门)太阳集团\\d{0,4}(?:官方网站|官网|网站|网址)?', named: true, example: '7月11日,澳门太阳集团9728网站赴融水“文化传播赋能乡村振兴”暑期社会实践队到融水苗族自治县融媒体中心调研,深入了解融媒体中心的发展状况。', seen: 'www.circlevilleutah.com fixture:chrome/pages/circlevilleutah-media-visit-credits.txt' },
  // An SEO ranking phrase (澳门十大…网站 / …正版) spliced into a clause; 澳门 with a ranking word and a
  // site word is never a Macao place in prose.
  { id: 'macau-top-ten', term: '澳门十大\\p{Script=Han}{0,8}?(?:官方网站|官网|网站|网址|正版|平台)', named: true, example: '在此次“双代会”筹备工作专题会议上,全体与会人员就我司“双代会”筹备工作进行了充分讨论。学院经理蒋永穆教授发言,他说:学院要充分利用“双代会”这一平台解决学院发展过程中面临的各种疑难、复杂问题,大家要勠力同心,为学院发展出谋划策,为学院建设添砖加瓦。会上,全体参会人员就学院三届六次“双代会”主题进行了讨论,并一致同意此次“双代会”主题为:“推进一流学科和一流思政课程建设、努力创建重点澳门十大电子正规游戏网站”。公司党委副书记何艺新教授结合大家讨论的结果对“双代会”的筹备工作进行了安排和布置,要求大家认真对待学院“双代会”,做好准备工作,确保学院三届六次“双代会”顺利召开。', seen: 'beautynaileugene.com fixture:chrome/pages/beautynaileugene-spam.txt' },
  { id: 'macau-top-ten', term: '澳门十大\\p{Script=Han}{0,8}?(?:官方网站|官网|网站|网址|正版|平台)', named: true, example: '2008年11月1日,第四届中外校长体育论坛在乐鱼体育隆重举行。作为乐鱼体育55周年校庆系列活动之一,此届论坛以奥林匹克运动与文化为主题,共有来自德国科隆体育大学、美国伊萨卡大学、俄罗斯国立体育大学、白俄罗斯国立体育大学、日本中京女子大学、韩国国立体育大学、越南河内第一体育大学、越南岘港第三体育大学、澳门理工学院、首都体育学院及上海体育学院的学校领导和专家参加。上午九点,论坛在乐鱼体育澳门十大博彩集团正版干部培训中心召开。会议由乐鱼体育副校长池建主持。', seen: 'le-yusports.com fixture:chrome/pages/leyusports-spam.txt' },
  // Betting brands by name, each with what the mirrors glue to it (a site word, an app, a mirror
  // number), put where a school's or hospital's name stood or spliced into a clause. The brand
  // alone is not taken where its name is a word (皇冠, 星空, 威尼斯): only with a brand's suffix.
  // The 365 brands (bet365, best365, 365bet) with a betting word and a site word.
  { id: 'brand-365', term: '(?:best|bet)?365(?:bet)?(?:体育|滚球)\\p{Script=Han}{0,6}?(?:入口|官方网站|官网|直播|盘|平台|中文版|app|APP|下载)(?:入口|中文版|app|APP|下载)*', named: true, example: '1月8日,吉州区冬训动员大会暨第七届市运会备战会在吉安市文星学校召开。会议由吉州区教体局副局长杨子霖同志主持,吉州区教体局党委书记、局长孙军同志出席会议并讲话。会议主要任务是深入学习习近平新时代中国特色社会主义思想和习近平总书记365滚球盘_365滚球直播—激情赢盈中√:体育工作的重要论述、重要指示批示精神,瞄准第七届市运会,明确目标、下达任务、动员部署,推动我区体育高质量发展。', seen: 'voocaro-zus.com fixture:chrome/spamplant-s33/A/voocaro-zus-s33-spam/raw.txt' },
  { id: 'brand-365', term: '(?:best|bet)?365(?:bet)?(?:体育|滚球)\\p{Script=Han}{0,6}?(?:入口|官方网站|官网|直播|盘|平台|中文版|app|APP|下载)(?:入口|中文版|app|APP|下载)*', named: true, example: '青春的脚步,快如金秋之风;绽放的笑容,灿若春晓之花。预祝365体育官方唯一入口运动健儿在接下的比赛中取得良好成绩,预祝365体育官方唯一入口2017年秋季运动会取得圆满成功。', seen: 'longtengkeliji.com fixture:chrome/spamplant-s33/A/longtengkeliji-s33-spam/raw.txt' },
  // William Hill, a bookmaker, in Han or Latin letters, with 公司 and a site word or an app.
  { id: 'william-hill', term: '(?:英国)?(?:威廉希尔|williamhill)(?:公司)?(?:[_|｜]?(?:官方网站|官网))?(?:app|APP)?', named: true, example: '2020年8月28日,英国威廉希尔公司官网召开2020年暑期党建务虚会,领导班子全体成员及学院骨干教师共计30余人参加会议。与会人员结合学院“十四五”规划、下一轮学科评估、及学院“四个一流”建设目标,从党建引领创新人才培养、引领科技创新与转化服务、引领管理创新、制度建设等方面,研讨了支部和党员在学院工作和师生工作中如何发挥作用,发挥什么样的作用。党委书记季波指出,要紧扣学院高水平的课程、高水平的教学、高水平的研究生培养质量、高水平基础研究、转化研究的创新、及高层次师资队伍突破等“急、难、重”的重大工作和关键任务抓党建工作。', seen: 'dingxiaodong.com fixture:chrome/spamplant-s33/A/dingxiaodong-s33-spam/raw.txt' },
  { id: 'william-hill', term: '(?:英国)?(?:威廉希尔|williamhill)(?:公司)?(?:[_|｜]?(?:官方网站|官网))?(?:app|APP)?', named: true, example: '2012年9月11日,威廉希尔在9#101召开“第九届挑战杯课外学术科技作品竞赛”动员大会。由孟媛媛老师主持,闵斌老师及10级、11级同学参加。会上孟老师宣读了“第九届挑战杯课外学术科技作品竞赛”的比赛注意事项及相应的指导性建议,并动员全体员工投身其中。接着闵老师又宣读了关于学校近期的进行的科技作品竞赛项目的通知。大会中同学都保持着积极的态度,表示会积极参赛,认真备战,挑战自我,争创新高。大会进行了将近一个小时后顺利闭幕。', seen: 'goluu.com fixture:chrome/spamplant-s33/A/goluu-s33-spam/raw.txt' },
  // Betting brands of the mirrors' keyword lists with a betting or site word: 开云(中国), 星空(中国),
  // 日博体育,日博注册, 万博体育手机版客户端. A company's own name (星空电子有限公司) is left.
  { id: 'casino-brand', term: CASINO_BRAND, named: true, example: '7月2日上午,开云(中国)党委召开会议,集体传达学习中国共产党山东大学第十四次代表大会精神。新当选中共山东大学第十四届委员会委员的开云(中国)党委书记、院长王俊菊主持会议。', seen: 'devilssniperteam.com fixture:chrome/pages/devilssniperteam-spam.txt' },
  { id: 'casino-brand', term: CASINO_BRAND, named: true, example: '新闻网讯  云天收夏色,木叶动秋声。由国家民委教育司指导,中国足球发展基金会资助,星空(中国)主办的2024年“石榴籽杯”高校男子足球赛于8月15日下午在星空(中国)丰台校区开幕。国家民委教育司一级巡视员周晓梅,中国足球发展基金会青少年足球发展部副部长常冬梅,北京公益服务发展促进会副会长康勇,喀什大学党委书记丁邦文,星空(中国)党委常委、副校长杨慕云,及10所参赛兄弟院校领导与体育部门负责人出席开幕式。开幕式由星空(中国)体育学院院长侯会生主持。', seen: 'yikangsx.com fixture:chrome/pages/yikangsx-spam.txt' },
  { id: 'casino-brand', term: CASINO_BRAND, named: true, example: '会上,杨林国传达了省属高校组织部长会议精神,并部署下一阶段党建工作任务;宣传部负责人黄学文解读了学院日博体育,日博注册庆祝中华人民共和国成立70周年的活动安排;纪检监察处处长胡辉平传达省属高校执纪审查实务培训会议精神。', seen: 'hdtntx.com fixture:chrome/spamplant-s33/A/hdtntx-s33-spam/raw.txt' },
  { id: 'casino-brand', term: CASINO_BRAND, named: true, example: '从2003年第二届论坛开始,万博体育手机版客户端已参加了六届中日大学校长论坛。', seen: 'dentsir.net fixture:chrome/pages/dentsir-spam.txt' },
  // Macao casinos (新葡京, 威尼斯人) with a mirror number or a site word: 澳门新葡萄新京威尼斯987,
  // 澳门新葡平台网址7906, 澳门新莆京游戏大厅, 威尼斯官网. A number that is a year or a date is not a mirror's.
  { id: 'macau-casino', term: MACAU_CASINO, named: true, example: '7月15日上午,澳门新葡萄新京威尼斯987茂名医院第三次理事会会议在茂名召开,旨在进一步加强校政合作,提高共建医院的现代治理水平,助推医院高质量发展。学校党委副书记、校长、理事长王伟主持会议。茂名市政府副市长、副理事长王小慧出席。学校党委常委、副校长潘华峰参加调研。', seen: 'dongpeipcb.com fixture:chrome/pages/dongpeipcb-spam.txt' },
  { id: 'macau-casino', term: MACAU_CASINO, named: true, example: '12月31日下午,中共澳门新葡平台网址7906第一次党员大会隆重召开。副校长、校党委委员赵小明出席并致辞,校党委组织部夏文杰全程参与指导,澳门新葡平台网址7906全体师生党员参加。', seen: 'ibapedu.com fixture:chrome/pages/ibapedu-spam.txt' },
  { id: 'macau-casino', term: MACAU_CASINO, named: true, example: '会上,李庆章校长重申要坚持“隆重、俭朴、热烈、有序”这一办会原则,要求各院广泛动员广大师生以饱满的热情迎接这次盛会,努力营造奋发图强的氛围,并以此为契机展示出威尼斯官网的学术水平和办会能力。他强调:接待工作应避免出现真空地带,让每位归来的校友真正感到学校如家;要重视挖掘和表达农耕文化,体现威尼斯官网文化特色,提升文化品位;要发动各院师生关注校庆活动,积极参与,统一步调;各院抓紧筹备下一步工作,在主要问题上加强与学校的沟通;在学术活动活跃的基础上要增加丰富多彩的文化生活,力图将“学术东农”、“人文东农”、“和谐东农”建设与求真、求善、求美的价值取向统一起来,推动威尼斯官网各项事业的发展。', seen: 'zjgdccz.com fixture:chrome/pages/zjgdccz-spam.txt' },
  { id: 'macau-casino', term: MACAU_CASINO, named: true, example: '首先,朱南勤书记宣布澳门新莆京游戏大厅澳门新莆京游戏大厅正式成立,并宣读了学校的任免决定。', seen: 'www.lhdafu.com fixture:chrome/pages/lhdafu-spam.txt' },
];

// Casino and betting brands from public lists (brandlist): the planted string is mostly a brand a
// mirror puts where a school or hospital named itself (suncitygroup太阳集团召开…, yl23455永利举办了…,
// 永利官网第四届教代会, 金沙威尼斯欢乐娱人城管理層拜訪教青局), each site a different one, so the
// words come from public lists rather than from pages seen:
// - konsheng/Sensitive-lexicon (GitHub, Vocabulary/*.txt at 5a8da94c, 2026-06-16): 太阳城, 菲律宾太阳城,
//   皇冠国际, 皇冠娱乐城, 金沙娱乐, 百家乐官方网址;
// - gambling keyword filters in public repositories (find_string ids 68516997894: 澳门(威尼斯人|金沙|永利|新葡|银河);
//   17112576368: 葡京|威尼斯|太阳城|新葡京|美高梅|金沙|银河|皇冠|开元|利记|沙巴|亚星; 29921673083: 万博|银河|
//   皇冠|葡京|金沙|太阳城|申博|凯时; 68666302801: 九游会|太阳城|威尼斯人; 70069370451: 新濠|威尼斯人;
//   61036700193: 亚博体育|皇冠|威尼斯|太阳城|金沙), read 2026-12-07; the six Macao casino concessionaires
//   (葡京, 银河, 金沙/威尼斯人, 永利, 美高梅, 新濠) are the same list.
// A brand word alone is a word of prose (金沙县, 银河系, 李永利, 世界太阳城大会, 威尼斯双年展, 新濠博亞娛樂 in a
// Macao report), so a run needs a brand's shape around the word: a mirror's Latin or numeric id glued
// before it (suncitygroup, tyc33455cc, 44118, yl23455) or after it (永利集团304am), a 娱乐城 or a site
// word after it (永利官网, 皇冠娱乐城), or 集团 after the misspelt junket name (太阳成城集团).
const LISTED_BRANDS = '太阳(?:新城|成城?|城)|太阳集[团團]|永利|金沙|威尼斯人?|新?葡京|银河|皇冠|美高梅|新濠|沙巴|利记|亚星|万博|九游会?|亚博|凯时|申博';
/** What stands after a brand word where it is a place, a hotel, a bank or a show, never a casino's name. */
const NOT_BRAND = '(?![江县縣镇鎮乡鄉村路街区區河湖山滩灘港湾灣系]|假日|证券|證券|双年展|雙年展)';
/** A mirror's id before a brand: Latin letters with any digits, or four to six digits with any letters (a year is followed by 年, not a brand). */
const MIRROR_ID = '(?<![A-Za-z0-9])(?:[A-Za-z]{2,}[0-9]*[A-Za-z]*|[0-9]{4,6}[A-Za-z]{0,4})';
/** An id after a brand: letters and digits in one token (304am, tyc122ccvip), never a count or a year (2022级). */
const TRAIL_ID = '(?=[A-Za-z]*[0-9])(?=[0-9]*[A-Za-z])[A-Za-z0-9]{3,14}(?![A-Za-z0-9])';
const BRAND_SHAPE = '(?:集[团團]|国际|國際|娱乐城|娛樂城|娱乐|娛樂|官网|官網|官方网站|网址|網址|平台)';
/** A listed brand with a mirror's id glued before it (suncitygroup太阳集团, yl23455永利) or after it (太阳成集团tyc122ccvip). */
/** What a mirror glues after an id'd brand in place of the page's own name: (中国)有限公司 for 学院, 登录/入口 after 官网. */
const BRAND_TAIL = '(?:[(（]中国[)）])?(?:有限公司|登录|登陆|入口)?';
const BRAND_ID = `${MIRROR_ID}(?:${LISTED_BRANDS})${NOT_BRAND}${BRAND_SHAPE}?(?:${TRAIL_ID})?${BRAND_TAIL}`;
const BRAND_TRAIL = `(?:${LISTED_BRANDS})${NOT_BRAND}(?:集[团團])?${TRAIL_ID}${BRAND_TAIL}`;
/** A listed brand (or two chained) with its site's word or 娱乐城, or the junket's name with 集团 (太阳成城集团). */
const BRAND_SITE = `(?:(?:${LISTED_BRANDS})${NOT_BRAND}){1,2}(?:欢乐|歡樂)?(?:娱[乐人]城|娛[樂人]城|娱乐场|娛樂場|官网|官網|官方网站|娱乐官网|娱乐平台)|太阳成城?集[团團]|太阳城集[团團](?!有限|股份|公司)`;

/** Rows whose term is a listed brand in a brand's shape; their runs' own copies without the id go too. */
export const LISTED_BRAND_ROWS: SpamTerm[] = [
  { id: 'brandlist-id', term: BRAND_ID, named: true, example: '2024年3月28日,suncitygroup太阳集团在2号教学楼A207教室举行了政治学习。参加活动的有suncitygroup太阳集团2022级、2023级全体员工。', seen: 'salemreads.com fixture:chrome/brandlist-s34/A/salemreads-s34-spam/raw.txt' },
  { id: 'brandlist-id', term: BRAND_ID, named: true, example: '2008年12月20日,yl23455永利举办了离退休教职工茶话会,yl23455永利近百位离退休教职工参加了茶话会。yl23455永利党委书记梅雪松教授、常务副院长高建民教授到会,向大家送上了新年的祝福和问候。在茶话会上,高建民副院长向离退休教职工汇报了一年来yl23455永利的发展情况;yl23455永利党委书记梅雪松教授就离退休教职工关心的问题与大家进行了交流与沟通,离退休人员积极为yl23455永利献计献策,并祝学院越办越好。', seen: 'gjggd.com fixture:chrome/brandlist-s34/A/gjggd-s34-spam/raw.txt' },
  { id: 'brandlist-id', term: BRAND_ID, named: true, example: '5月27日,suncitygroup太阳集团网址在南校区第二教学楼304教室(教工)和一教学楼213教室(学生)举行suncitygroup太阳集团网址党总支委员会换届选举大会,会议应到教工党员40人,实到34人,应到学生党员176人实到176人(其中应到正式党员99人,实到99人),符合法定人数。', seen: 'hzhmw.com fixture:chrome/pages/hzhmw-spam.txt' },
  { id: 'brandlist-id', term: BRAND_TRAIL, named: true, example: '9月22日上午,太阳成集团tyc122ccvip在教四东楼301会议室召开了文明校园创建工作推进会。公司领导班子、系所主任、实验室负责人及各行政科室负责人参加了此次会议。会议由经理朱记伟主持。', seen: 'expolistings.com fixture:chrome/pages/expolistings-spam.txt' },
  { id: 'brandlist-id', term: BRAND_TRAIL, named: true, example: '卢海清首先代表学院致辞。他对全体新生表示热烈欢迎和美好祝愿,详细介绍了威尼斯wns8885556(中国)有限公司的特色和优势。同时,他对全体新生提出了四点要求:一是在不忘初心坚守本真中实现艺术梦想;二是在不断磨练技能中实现艺术梦想;三在传承中实现艺术梦想;四是在全球化与国际合作中实现艺术梦想。最后,卢海清希望同学们崇德尚艺、诚信守本、自信处世,包容各家所长,成就卓越自我,未来四年收获满满。', seen: 'rutwi.com fixture:chrome/chromecap-s30/A/rutwi-s30-report/raw.txt' },
  { id: 'brandlist-id', term: BRAND_ID, named: true, example: 'yl23411永利官网登录通讯员:王赞 8月7日,学院学生党支部湘潭县村级党组织建设社会调研团来到了湖南省湘潭市湘潭县乌石镇众兴村当地党员和群众进行沟通和交流后,对当地村级党组织的建设有了更进一步的了解。', seen: 'yiding168.com fixture:edges-s33a/yiding168-edgefeat-s33-report/raw.txt' },
  { id: 'brandlist-site', term: BRAND_SITE, named: true, example: '3月6日下午,永利官网第四届教职工暨工会会员代表大会第六次会议在匠成楼报告厅胜利召开,153名代表参加了会议。校党委副书记李军林主持会议。', seen: 'epicbiscayne.com fixture:chrome/brandlist-s34/A/epicbiscayne-s34-spam/raw.txt' },
  { id: 'brandlist-site', term: BRAND_SITE, named: true, example: '3月2日下午,太阳成城集团在3313会议室召开了新学期教职工大会开学工作会议,联系公司校领导钟华出席会议并发表讲话。会议由经理万长林主持,太阳成城集团全体教职工参加了会议。', seen: 'zhifuxt.com fixture:chrome/brandlist-s34/A/zhifuxt-s34-spam/raw.txt' },
];
SPAM_BRANDS.push(...LISTED_BRAND_ROWS);
const LISTED_IDS = new Set(LISTED_BRAND_ROWS.map((r) => r.id));

/** Words of a keyword chained after a brand. */
export const SPAM_WORDS = '投注|盘口|网投|娱乐|体育|彩票|棋牌|真人|百家乐|博彩|官网|网址|欧洲杯|世界杯|滚球';

const TERMS = [...new Set(SPAM_BRANDS.map((b) => b.term))];
const BRAND = new RegExp(TERMS.map((t) => `(?:${t})`).join('|'), 'gu');
const NAMED = SPAM_BRANDS.filter((b) => b.named).map((b) => new RegExp(`^(?:${b.term})$`, 'u'));
/** Each term's id, tried in the order of the union, to name the row that matched. */
const TERM_IDS = TERMS.map((term) => ({ at: new RegExp(`^(?:${term})`, 'u'), id: SPAM_BRANDS.find((b) => b.term === term)!.id ?? 'brand' }));
const BEFORE = /(?:\p{Script=Han}{0,2}[A-Za-z0-9]*)$/u;
// A keyword chained after a brand: with a gambling word in it, or a slogan closed by the tick a
// title bar prints (—激情赢盈中√), which prose never writes.
const CHAINED = new RegExp(`^[_|｜\\-－–—]([A-Za-z0-9\\p{Script=Han}]{1,14})(√?)`, 'u');
const SPAM_WORD = new RegExp(SPAM_WORDS, 'u');
/** What may stand between two runs that are one: a comma or a title bar's separator (日博体育,日博注册). */
const JOIN = /^[\s,，、_|｜\-－–—]*$/u;

/** The spam runs of one line: [start, end, row id) offsets, in order. */
export function spamRuns(line: string): [number, number, string][] {
  const runs: [number, number, string][] = [];
  for (const m of line.matchAll(BRAND)) {
    const at = m.index;
    if (runs.length > 0 && at < runs.at(-1)![1]) continue;
    const id = TERM_IDS.find((t) => t.at.exec(line.slice(at))?.[0].length === m[0].length)?.id ?? 'brand';
    const start = NAMED.some((n) => n.test(m[0])) ? at : at - (BEFORE.exec(line.slice(Math.max(0, runs.at(-1)?.[1] ?? 0), at))?.[0].length ?? 0);
    let end = at + m[0].length;
    for (let next = CHAINED.exec(line.slice(end)); next && (SPAM_WORD.test(next[1]!) || next[2] === '√'); next = CHAINED.exec(line.slice(end))) end += next[0].length;
    if (/^[:：]/u.test(line.slice(end))) end += 1;
    const last = runs.at(-1);
    if (last && JOIN.test(line.slice(last[1], start))) last[1] = end;
    else runs.push([start, end, id]);
  }
  return runs;
}

// A mirror's own site title, the shape an HTML <title> has: a name, a separator
// (_ | -) and a site word (英国威廉希尔公司_官方网站:, 凯发地址首页app). The separator
// never stands between two words of Chinese prose, so the shape is evidence
// without any gambling word.
export const SITE_TITLE_TAILS: SpamTerm[] = [
  { term: '[_|｜][\\p{Script=Han}A-Za-z0-9]{0,10}?(?:官方网站|官网)[:：]?', example: '去年,英国威廉希尔公司_官方网站:环境质量总体稳定', seen: 'bc0550.com eval:b13-bc0550-eco-committee-injected-report' },
  { term: '[_|｜][\\p{Script=Han}A-Za-z0-9]{0,10}?(?:官方网站|官网)[:：]?', example: '沙巴体育网址_2024欧洲杯投注官网-网投|盘口:生态环境局党组成员', seen: 'qswyx.com eval:z1-qswyx-fuzhou-eco-coop-meeting-report' },
];
const TAIL = new RegExp([...new Set(SITE_TITLE_TAILS.map((t) => t.term))].join('|'), 'gu');
const NAME_CHAR = /[\p{Script=Han}A-Za-z0-9]/u;

/**
 * Site titles spliced into the text at several places. The name before the
 * tail has no edge of its own (市生态环境局英国威廉希尔公司_官方网站:分局), so it is
 * read from the repetition: the run reaches back as far as every copy agrees.
 * Prose never repeats a name glued to `_官方网站` mid-clause; one copy is left alone.
 */
export function repeatedSiteTitles(text: string): string[] {
  const byTail = new Map<string, number[]>();
  for (const m of text.matchAll(TAIL)) byTail.set(m[0], [...(byTail.get(m[0]) ?? []), m.index]);
  const runs: string[] = [];
  for (const [tail, ats] of byTail) {
    if (ats.length < 2) continue;
    let n = 0;
    for (;;) {
      const chars = ats.map((at) => text[at - n - 1] ?? '');
      if (n >= 16 || !NAME_CHAR.test(chars[0]!) || chars.some((c) => c !== chars[0])) break;
      n += 1;
    }
    if (n >= 2) runs.push(text.slice(ats[0]! - n, ats[0]! + tail.length));
  }
  return runs;
}

// A gambling site's name put in place of the page's own name everywhere it stood (百家乐平台 for
// 新华 in the title bar, masthead, source line and dateline: 百家乐平台社香港1月21日电; a keyword bar
// 欧洲杯买球官网_澳门金沙城中心-投注|平台: for the district's name in the headline, source line and
// first sentence). No brand shape marks it, but a strong gambling word recurs with the same
// characters around it, and those characters are the name: its extent is read from where the
// copies stop agreeing. A site word inside it (平台, 官网) is required, so a casino report naming
// 百家乐 twice is left, and each copy must open where a name can (a crackdown's 网络投注平台 is prose).
export const GAMBLING_NAME_SEEDS: SpamTerm[] = [
  { term: '百家乐|买球|投注|博彩|盘口|网投', example: '百家乐平台社香港1月21日电(记者刘明洋)农历癸卯兔年将至', seen: 'catapt.com eval:a17-catapt-hk-newyear-greetings-report' },
  { term: '百家乐|买球|投注|博彩|盘口|网投', example: '9月22日,欧洲杯买球官网_澳门金沙城中心-投注|平台:公安局新工派出所开展', seen: 'yifeixiaoshan.com eval:a17-yifeixiaoshan-xingong-police-station-report' },
];
const SEED = new RegExp([...new Set(GAMBLING_NAME_SEEDS.map((t) => t.term))].join('|'), 'gu');
const NAME_SITE_WORD = /平台|官方网站|官网|网址|网站/u;
const NAME_PART = /[\p{Script=Han}A-Za-z0-9_|｜\-－:：]/u;
/** How far a name may reach from its gambling word on either side. */
const NAME_REACH = 24;

/** Names around a gambling word that recurs with the same characters on both sides. */
export function repeatedGamblingNames(text: string): string[] {
  const bySeed = new Map<string, number[]>();
  for (const m of text.matchAll(SEED)) bySeed.set(m[0], [...(bySeed.get(m[0]) ?? []), m.index]);
  const names = new Set<string>();
  for (const [seed, ats] of bySeed) {
    if (ats.length < 2) continue;
    const agree = (offset: (at: number) => number) => {
      const chars = ats.map((at) => text[offset(at)] ?? '');
      return NAME_PART.test(chars[0]!) && chars.every((c) => c === chars[0]);
    };
    let left = 0;
    while (left < NAME_REACH && agree((at) => at - left - 1)) left += 1;
    let right = 0;
    while (right < NAME_REACH && agree((at) => at + seed.length + right)) right += 1;
    const name = text.slice(ats[0]! - left, ats[0]! + seed.length + right);
    // A name stands on its own: each copy opens at a line, a label or a clause, never after a
    // word of the sentence (网络投注平台, 涉案投注平台 are the text's own words).
    const standsAlone = ats.every((at) => !/[\p{Script=Han}A-Za-z0-9]/u.test(text[at - left - 1] ?? ''));
    if (name.length > seed.length && NAME_SITE_WORD.test(name) && standsAlone) names.add(name);
  }
  // The longest first, so that a name holding another is cut whole.
  return [...names].sort((a, b) => b.length - a.length);
}

// A private hospital's search query planted into a mirrored page where the text was cut
// (…压力最大、社会治疗白癜风哪家比较好北京白癜风医院): a disease such hospitals advertise, then
// 哪家(比较)好, then maybe the hospital's SEO name (a city, the disease, 医院).
// The diseases are the specialties of the private specialty hospitals that buy such links, as
// a forum's public spam-thread filter lists them (白癜风 aside: 前列腺炎|阳痿|早泄|男科|人流|鼻炎|
// 包皮|试管婴儿 …; find_string id 31568895374); the disease alone, a hospital's own 皮肤科 or a
// health bureau naming a hospital never takes the query's shape.
const AD_DISEASES = '白癜风|牛皮癣|银屑病|癫痫病?|羊癫疯|男科|妇科|不孕不育|前列腺炎?|阳痿|早泄|包皮|尖锐湿疣|性病|湿疹|痤疮|腋臭|狐臭|肛肠|痔疮|脱发|人流|皮肤病|鼻炎';
const HOSPITAL_QUERY = `(?:治疗|看)?(?:${AD_DISEASES})(?:专科)?(?:医院)?(?:哪家|哪个|哪里)(?:医院)?(?:比较|较|最)?好(?:\\p{Script=Han}{2,3}?(?:${AD_DISEASES})(?:专科)?医院)?`;

/** Advertising runs cut out of a line: each row's term is the whole run. */
export const AD_RUNS: SpamTerm[] = [
  { id: 'hospital-query', term: HOSPITAL_QUERY, example: '谢景峰:感谢中国矿业报社对我局的厚爱与舆论支持。众所周知,对于国土资源部门来说,“十二五”期间可以说是面临挑战最多、压力最大、社会治疗白癜风哪家比较好北京白癜风医院', seen: 'shaoyangshizx.com eval:a29-shaoyangshizx-shaoyang-land-bureau-xiejingfeng-planted-ad-interview' },
  { id: 'hospital-query', term: HOSPITAL_QUERY, example: '北京皮肤病医院哪家较好?', seen: 'm.qiuyi.cn fixture:chrome/pages/qiuyi-hospital-ad.txt' },
];
const AD_RUN = new RegExp([...new Set(AD_RUNS.map((t) => t.term))].map((t) => `(?:${t})`).join('|'), 'gu');

/** The advertising runs of a line: [start, end, row id) offsets, in order. */
export function advertRuns(line: string): [number, number, string][] {
  return [...line.matchAll(AD_RUN)].map((m) => [m.index, m.index + m[0].length, AD_RUNS.find((r) => new RegExp(`^(?:${r.term})$`, 'u').test(m[0]))?.id ?? 'advert']);
}

function cutAdvertRuns(file: IngestFile): void {
  const text = String(file.value);
  if (!new RegExp(AD_RUN.source, 'u').test(text)) return;
  const lines = text.split('\n').flatMap((original) => {
    let line = original;
    for (const [start, end, id] of advertRuns(original).reverse()) {
      const run = line.slice(start, end);
      file.message(`advert run removed (${id}): "${run}"`, { ruleId: 'spam-run', source: STAGE });
      file.data.removed.push({ stage: STAGE, rule: `advert-run/${id}`, reason: 'advertising planted into the text', text: run });
      line = line.slice(0, start) + line.slice(end);
    }
    return line.trim() === '' && original.trim() !== '' ? [] : [line];
  });
  file.value = lines.join('\n');
}

export function cutSpamRuns(file: IngestFile): void {
  cutAdvertRuns(file);
  cutGamblingRuns(file);
  // After the gambling runs, so that a brand's chained keywords go with it.
  cutSiteTitles(file);
  cutGamblingNames(file);
}

function cutGamblingNames(file: IngestFile): void {
  let text = String(file.value);
  for (const name of repeatedGamblingNames(text)) {
    const copies = text.split(name).length - 1;
    if (copies < 2) continue;
    file.message(`spam run removed: "${name}" (${copies} copies)`, { ruleId: 'spam-run', source: STAGE });
    file.data.removed.push({ stage: STAGE, rule: 'repeated-gambling-name', reason: 'a gambling site name put where the page named itself', text: name });
    text = text.split(name).join('');
  }
  file.value = text;
}

/** A title bar's separator between a page's headline and the brand that replaced its site name. */
const SEPARATOR_BEFORE = /[\s_|｜\-－–—]+$/u;
const SEPARATOR_AFTER = /^[\s_|｜\-－–—]+/u;
/** The brand without its mirror's id: 永利集团 of 永利集团304am, 太阳集团 of suncitygroup太阳集团. */
const brandCore = (run: string) => run.replace(/^[A-Za-z0-9]+|[A-Za-z0-9]+$/gu, '');
const BRAND_SHAPED = new RegExp(`^(?:${LISTED_BRANDS})${BRAND_SHAPE}$`, 'u');

function cutGamblingRuns(file: IngestFile): void {
  const text = String(file.value);
  BRAND.lastIndex = 0;
  if (!new RegExp(BRAND.source, 'u').test(text)) return;
  const cores = new Set<string>();
  const lines = text.split('\n').flatMap((original) => {
    const runs = spamRuns(original);
    if (runs.length === 0) return [original];
    let line = original;
    for (const [runStart, runEnd, id] of runs.reverse()) {
      let [start, end] = [runStart, runEnd];
      if (LISTED_IDS.has(id)) {
        const core = brandCore(line.slice(start, end));
        if (BRAND_SHAPED.test(core)) cores.add(core);
        // A headline's site name replaced by a brand: the separator goes with it.
        if (line.slice(end).trim() === '') start -= SEPARATOR_BEFORE.exec(line.slice(0, start))?.[0].length ?? 0;
        else if (line.slice(0, start).trim() === '') end += SEPARATOR_AFTER.exec(line.slice(end))?.[0].length ?? 0;
      }
      const run = line.slice(start, end);
      file.message(`spam run removed (${id}): "${run}"`, { ruleId: 'spam-run', source: STAGE });
      file.data.removed.push({ stage: STAGE, rule: `gambling-run/${id}`, reason: 'gambling keywords spliced into the text', text: run });
      line = line.slice(0, start) + line.slice(end);
    }
    return line.trim() === '' ? [] : [line];
  });
  file.value = lines.join('\n');
  cutBrandCopies(file, cores);
}

// The page's other copies of a brand cut with its mirror's id (永利集团304am召开… and 2023年是永利集团建校65周年):
// a listed brand with 集团 or a site word is never the page's own name once the page carries it with an id.
function cutBrandCopies(file: IngestFile, cores: Set<string>): void {
  let text = String(file.value);
  for (const core of cores) {
    const copies = text.split(core).length - 1;
    if (copies === 0) continue;
    file.message(`spam run removed: "${core}" (${copies} copies of a brand cut with its id)`, { ruleId: 'spam-run', source: STAGE });
    file.data.removed.push({ stage: STAGE, rule: 'gambling-run/brandlist-copy', reason: 'copies of a betting brand the page carries with a mirror id', text: core });
    text = text.split(core).join('');
  }
  file.value = text.split('\n').filter((l) => l.trim() !== '').join('\n');
}

function cutSiteTitles(file: IngestFile): void {
  let text = String(file.value);
  for (const run of repeatedSiteTitles(text)) {
    file.message(`spam run removed: "${run}" (${text.split(run).length - 1} copies)`, { ruleId: 'spam-run', source: STAGE });
    file.data.removed.push({ stage: STAGE, rule: 'repeated-site-title', reason: 'a site title spliced into the text at several places', text: run });
    text = text.split(run).join('');
  }
  file.value = text;
}
