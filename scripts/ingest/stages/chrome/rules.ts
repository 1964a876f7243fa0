// Chrome rules as data: each row names a kind of site furniture, says where
// it may be removed, tests one line, and carries real lines it was seen in
// (tests/unit/chrome-rules.test.ts runs every row on its examples). Rows are
// tried in order; the first that matches names the line. Hand-written because
// no library classifies page furniture in already-extracted Chinese text; the
// vocabulary (vocabulary.ts) is that of forum, CMS, WeChat, e-paper, essay-site
// and government templates in general, not of any one page.
import { SUPPLIED_BY, SUPPLIED_IN_BRACKETS, bylineNames, isBracketedUnitNames, isPageNote, isBracketedUnit, isRelayNote, creditPartNames, filedFromNames, isBareNames, isCreditLine, isCreditName, isQualifiedCreditLine, isLabelledCredit, isMarkedCaption, isMarkedGallery, isPhotoCaption, isReviewCredit, isSpacedSignatureDate, isUnitCredit, JUMP_NOTE } from './credits.ts';
import { hanCount, isProse, sentenceEnds, visibleLength } from './features.ts';
import { isPicturePlaceholder } from './captions.ts';
import { CAPTION_MARKS } from './caption-marks.ts';
import { DATE_TIME, closeUp, isLabelLine } from './labels.ts';
import { stripHiddenText } from './inline.ts';
import { isSalutation, parseNameLine } from '../../structure/lines.ts';
import { isPlantedProfile } from './planted.ts';
import { isSoftwareLabel, isSoftwareNotice } from './software.ts';
import { isPlaceholderLine } from '../../lib/printed-code.ts';
import { segmenter } from '../../lib/jieba.ts';
import { ADVERT_WORDS, CITED_GENRES, CONSULT_WORDS, CONTROL_TOKENS, FOLLOW_WORDS, LIST_WIDGETS, NAVIGATION_WORDS, type Term } from './vocabulary.ts';
import { DOCSITE_RULES } from './docsite-notices.ts';
import { isLoneTurnLabel } from '../../structure/turn-labels.ts';

/**
 * strong: removed anywhere, even between body paragraphs; edge: only before or
 * after the body span; head: only before it.
 */
export type Strength = 'strong' | 'edge' | 'head';

export interface Example {
  text: string;
  /** "<site> <eval|raw|fixture>:<ref>", as in vocabulary.ts. */
  seen: string;
}

/** What the rules read of a line. */
export interface Line {
  /** Trimmed. */
  text: string;
  /** Without whitespace: menus are often letter-spaced (首 页 政 务 公 开). */
  compact: string;
  prose: boolean;
  /** At most 20 Han characters and no sentence end: a label, menu item or counter. */
  short: boolean;
  /** Wording of a document title (关于…的通知, …上的讲话), so not a menu item. */
  titleLike: boolean;
}

export interface ChromeRule {
  id: string;
  reason: string;
  strength: Strength;
  /** Also tested on lines that read as prose; by default only lines that do not are. */
  prose?: boolean;
  test: RegExp | ((line: Line) => boolean);
  examples: Example[];
  counterexamples?: Example[];
}

export interface ChromeVerdict {
  rule: string;
  reason: string;
  strength: Strength;
  /** Unmistakable anywhere: removed even between body paragraphs. */
  strong: boolean;
}

const words = (terms: Term[]) => new RegExp(terms.map((t) => `(?:${t.term})`).join('|'), 'u');
const CONTROL_TOKEN = new RegExp(`^(?:${CONTROL_TOKENS.map((t) => t.term).join('|')})$`, 'u');
const NAVIGATION = words(NAVIGATION_WORDS);
const FOLLOW = words(FOLLOW_WORDS);
const ADVERT = words(ADVERT_WORDS);
const CONSULT = words(CONSULT_WORDS);
const TOKEN_SEPARATORS = /[\s|｜【】\[\]()（）:：·•/丨,，]+/u;

const FORUM_TOOLBAR = /进入(?:手机|行动|移动|触屏)版\s*[|｜]\s*继续(?:访问|浏览)电脑版|^(?:个性)?签名\s*[:：]|发表于|本帖最后由.+编辑|显示全部楼层|只看该作者|阅读模式|电梯直达|倒序浏览|跳转到指定楼层|楼主\s*[|｜]|上一主题|下一主题/u;
const PAGE_STATS = /(?:阅读|浏览|点击|访问|查看)(?:次数|量|数)?\s*[:：]?\s*\d+|您是第\s*\d+\s*位|\d+\s*人(?:阅读|浏览|看过)/u;
const USER_STATS = /^\s*\d+\s*(?:关注|粉丝|听众|收听|帖子|主题|回帖|积分|精华|好友|文章|作品|获赞|阅读|浏览|评论|点赞|收藏|转发)\s*$/u;
// A member box's heading alone on its line (用户登录, 会员登录: the login box of forum and CMS templates) as well.
const LOGIN = /(?:登录|登陆)后(?:才(?:可以|能)|方可)|立即注册|注册账号|我要注册|忘记密码|找回密码|快速登录|没有账号|账号登录|(?:请|需|须)先登[录入陆]|^(?:用户|会员)登录$/u;
// 联系人, 咨询电话, 监督电话: a notice's own contact lines, not the site's.
const CONTACT_LABEL =
  /^[\p{Script=Han}A-Za-z]{0,6}(?<!咨询|监督|联系|报名|办公室)(?:热线|熱線|客服|电话|電話|传真|手机|地址|邮编|邮政编码|邮箱|E-?mail|QQ|微信|运营中心|主办(?:单位)?|承办(?:单位)?|协办(?:单位)?|网站标识码|网站识别码|技术支持)\s*[:：]/iu;
const NOTICE_CONTACT = /联系人|(?:咨询|监督|联系|报名)电话/u;
const HOTLINE = /热线|熱線|客服|投诉|举报电话/u;
const PHONE = /(?:\(?0\d{2,3}\)?\s*[-－—–\s]*\s*\d{7,8}|\(\d{3}\)\s*\d{4}\s*\d{4}|(?<!\d)1[3-9]\d{9}(?!\d)|400[-\s]?\d{3}[-\s]?\d{4})/u;
const EMAIL = /[\w.+-]+\s*[@#]\s*[\w-]+(?:\.[\w-]+)+/u;
const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/iu;
/** A site's address stamped with its column in brackets: 【www.cnmengfu.com--党政报告】. */
const STAMPED_DOMAIN = /^[【\[]\s*(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org|cc)\b[^】\]]{0,20}[】\]]$/iu;
/** A line that is only a site's name: 某某网, 某市人民政府门户网站. */
// A title may end in 网 (织密民生保障网), so a bare xx网 must be short.
const SITE_BANNER = /^(?:[\p{Script=Han}A-Za-z0-9]{2,16}(?:网站|網站|频道|頻道|文库)|[\p{Script=Han}A-Za-z0-9]{2,4}[网網])$/u;
/**
 * A printed issue's furniture: 人民日报 2023年08月30日 星期三, 第04版：要闻; the
 * issue's date with its weekday lost (2018年1月25日 星期, xnnews.com.cn) as well; a page
 * numbered with its section's letter (第A05版:崇川在线, zgnt.net; 第A14版:服务彩票, lsnews.com.cn wide sample).
 */
const EPAPER = /星期[一二三四五六日天]|\d日星期$|第\s*[A-Za-zＡ-Ｚ]?\s*[0-9０-９]+\s*版|[版标][面题]导航|本版(?:新闻|文章|标题)|返回目录/u;
/** Decorative separators, WeChat endings (▼, ↓↓↓, - END -) and a table's bars left alone on a line (|); `*` is left for redaction marks. */
const DECORATION = /^(?:[\s\-–—_=~·•.▼▲↓↑→←►◆◇■●○☆★…|｜]+|[-—\s]*END[-—\s]*)$/iu;
/** Words that make a short line a title rather than a menu item or an advert. */
const TITLE_WORDS = /讲话|发言|致辞|报告|讲稿|会议|座谈|仪式|典礼|论坛|关于|通知|意见|方案|决定|办法|规定|要点|工作|建设|管理|在.+上/u;
const BOOK = /《[^》]+》/gu;
/** A cited title's genre at its end, before an edition in brackets (（试行）, (2017年修订)). */
const CITED_GENRE = new RegExp(`(?:${CITED_GENRES.map((t) => t.term).join('|')})(?:[（(][^）)]*[）)])?》$`, 'u');

/**
 * A line whose titles in 《》 are mostly laws, regulations, official documents and
 * plans (CITED_GENRES) cites the text's legal basis: a notice's 编制依据, often the
 * last line a stored page keeps. Books and courses advertised beside a text are
 * named otherwise (《笔杆子碎语》《机关文稿写作入门》).
 */
export function isCitationList(text: string): boolean {
  const titles = text.match(BOOK) ?? [];
  return titles.length > 0 && titles.filter((t) => CITED_GENRE.test(t)).length * 2 > titles.length;
}
/**
 * A site greeting its visitor (您好,欢迎访问…官方网站!, 欢迎来到冰点文库! | 帮助中心):
 * the object is the site itself — a name ending in 网, 网站, 文库, 论坛, 平台 —
 * and nothing but the site's slogan or menu follows; a speech welcomes its
 * audience to a place (欢迎来到北京大学), not to a website.
 */
const SITE_GREETING = /^(?:您好[，,！!]?\s*)?欢迎(?:您)?(?:访问|光临|来到|登录)\s*[\p{Script=Han}A-Za-z0-9（）()·]{1,30}?(?:官方网站|网站|官网|网|门户|文库|论坛|平台|办公)(?:[!！。，,]|\s*[|｜]|\s*$)/u;
/**
 * The same greeting naming the institution whose site it is (欢迎您访问临沂市中心医院!,
 * 欢迎访问开鲁县人民政府!): 访问 or 光临 a hospital, school, government or office, and
 * nothing after the name but the closing mark or the day's date. A speech welcomes
 * its audience to a place (欢迎来到…, 欢迎各位…), in a sentence that goes on.
 */
const INSTITUTION_GREETING = /^(?:您好[，,！!]?\s*)?欢迎(?:您)?(?:访问|光临)\s*[\p{Script=Han}（）()·]{2,24}?(?:医院|卫生院|保健院|大学|学院|学校|中学|小学|幼儿园|人民政府|政府|法院|检察院|委员会|[局厅委办]|中心|协会|商会)\s*[!！。]?\s*(?:[，,]\s*今天是.{0,24})?$/u;
const UPLOADER = /本文档由用户提供并上传|收益归属内容提供方|一文来源于网友上传|小编(?:为|给)(?:你|您|大家)|(?:下面|以下)是小编|(?:小编|本站)(?:为(?:你|您|大家)(?:精心)?(?:带来|整理|收集|搜集|精选)|(?:精心)?(?:整理|收集|搜集|精选)了)/u;
/**
 * An essay site's editor telling the reader what was gathered for them
 * (以下是我们为您搜集的…相关资料, 下面是我为大家整理的…演讲稿模板): the site speaks
 * of the text as material to use, which no document says of itself. Both
 * halves are needed: a speech may well say 我们为大家准备了….
 */
const COLLECTED_FOR_READER = /(?:小编|本站|我们|我|笔者|编者)(?:为|给)(?:你|您|大家)(?:精心)?(?:带来|整理|收集|搜集|精选|准备|汇编)(?:的|了)/u;
/**
 * An essay site introducing the piece it serves and bidding the reader read it
 * (…本文是秋季开学典礼中学校长致辞，欢迎大家阅读学习。, 下面是小编精心整理的2022开学典礼演讲稿，仅供参考，欢迎大家阅读。):
 * the line names the text as "this article" or "the following" and closes on the
 * invitation — a speech or report never ends a sentence inviting its reader to read it.
 */
export const READ_INVITATION = /(?:本文(?:是|为)|(?:下面|以下)(?:是|为))[^。！？!?]{2,80}[，,]\s*(?:仅供参考[，,]\s*)?欢迎(?:大家|各位)?(?:阅读|参考|借鉴)(?:学习|参考|与收藏|和收藏)?[。！!]?$/u;
const AS_MATERIAL = /资料|范文|模板|(?:讲话|发言|演讲|讲)稿|仅供参考|供(?:你|您|大家)参考|希望(?:能够?|可以)?(?:帮助|帮到|对(?:你|您|大家)(?:的.{1,6})?有所帮助)/u;
/** An essay or document site speaking of the text it serves: an uploader's notice, the editor's "gathered for you", an invitation to read. */
export const isSiteLeadIn = (text: string): boolean => UPLOADER.test(text) || (COLLECTED_FOR_READER.test(text) && AS_MATERIAL.test(text)) || READ_INVITATION.test(text);
/**
 * An essay site's slogan naming itself and what it serves (德育素材网提供各类范文写作素材!,
 * 携笔同道www.xiebitongdao.com,每天更新精彩范文): the site's name or address, then 提供 or
 * 每天更新 and its wares — 范文, 素材, 文档. A text does not advertise model texts.
 */
const ESSAY_SITE_SLOGAN = /^[\p{Script=Han}A-Za-z0-9]{2,16}?(?:网|(?:https?:\/\/)?www\.[\w.-]+)[，,\s]*(?:免费)?(?:提供|每天更新|每日更新)[^。！？!?，,]{0,12}(?:范文|素材|文档|资料)[!！。]?$/u;
/** A portal's mark after a story's headline that it carries pictures or video: …欢迎酒会(组图), …公众关心的问题（图）. No menu item carries it. */
const HEADLINE_MEDIA = /[（(](?:组图|多图|图文|图|视频|附视频)[）)]$/u;
/** An advert's slot label alone on its line: ADVERTISEMENT (sinchew.com.my), 广告 (thestandnews.com). */
const ADVERT_SLOT = /^(?:广告|ADVERTISEMENT|Advertisement)$/u;
/** Breadcrumb separators: 首页 > 新闻中心 > 正文, 首页 >> 情感. */
const CRUMB = /\s*(?:>>|>|»|›|＞|→)\s*/u;
const LOCATION_LABEL = /^(?:您|你)?(?:当前|现在|现在的|当前的|所在)?(?:所在)?位置\s*[:：]/u;
/**
 * A list of related articles: 相关新闻, 推荐阅读：, 延伸阅读>, 相关专题 (the site's topic pages:
 * opinion.voc.com.cn; politics.people.com.cn heads its topic list so, a list the html stage drops).
 * An essay (范文) site heads its list of other model texts 相关范文推荐, or names the text the list
 * relates to: 与共度中秋节讲话相关范文： (与 … 相关 reads "related to …"; the line is the heading and nothing else).
 * A portal heads the list with what it recommends or what is new (新闻推荐, m.yybnet.net; 最新文章,
 * n.kinliu.hk).
 */
const RELATED_HEADING = /^(?:(?:相关|推荐|延伸|扩展|更多)(?:阅读|新闻|文章|链接|解读|报道|推荐|专题|范文)(?:推荐)?|与[^\s，。；！？]{2,40}相关(?:阅读|新闻|文章|报道|范文)|新闻推荐|最新文章)(?:\s*[:：>》]|$)/u;
/**
 * A box of the page's links headed by its name and its "more" link: 视频更 多 over other videos'
 * titles, 热点推荐更多>> and 互动精选更多>> over other stories' headlines. Nothing but the name and
 * 更多 is on the line, so a sentence that ends in 更多 (美方应当采取更多行动) is not one.
 */
const MORE_BOX_HEADING = /^\p{Script=Han}{2,6}更多(?:>>|>|»|＞＞|＞)?$/u;
/** A box of other pages headed by its template name alone (猜你喜欢, - 相关推荐): vocabulary.ts LIST_WIDGETS. */
const LIST_WIDGET = new RegExp(`^(?:[-–•·]\\s*)?(?:${LIST_WIDGETS.map((t) => t.term).join('|')})\\s*[:：>》]?$`, 'u');
/**
 * A line of a table of contents as Word's and WPS's TOC field prints it and every
 * document site's text extraction keeps it: an entry, leader dots and its page
 * number (河北省新闻通报会推介词....................2), or the whole table run onto one line
 * after 目录. Leader dots are no punctuation a sentence uses before a bare number
 * (an ellipsis in a sentence is …… or ......, and a total at a line's end has no leader).
 */
const TOC_LINE = /^[^。！？!?]{0,60}?(?:[.．·]{4,}|…{3,})\s*\d{1,3}$|^目\s*录\s*[^。！？!?]{1,60}?(?:[.．·]{4,}|…{3,})\s*\d/u;
/**
 * The star-rating widget of the 范文 templates (yjbys and its mirrors print the piece's name
 * and 推荐度：★★★★★ above it, the stars an image): the label alone or after the name.
 */
const RATING_WIDGET = /^(?:[-–•·]\s*)?(?:[^\s。！？，,]{2,40}\s+)?推荐度\s*[:：]?\s*[★☆]*$/u;
/** One related article after the heading on the same line: 相关解读：《…》解读. */
const RELATED_LINK = /^(?:相关|推荐|延伸|扩展|更多)(?:阅读|新闻|文章|链接|解读|报道|推荐|专题)\s*[:：]\s*\S/u;
/**
 * A table's or figure's caption standing alone: 表1 2022年年末常住人口数及其构成, 图1 …; a table's unit line.
 * A figure numbered in characters is set off by a space or a colon (图一 肖前胜校长致辞, 028px.com), so that
 * a line opening with 表十分… is no figure.
 */
const FIGURE_CAPTION = /^(?:[图表]\s*\d{1,2}(?:[-－.．]\d{1,2})?(?=[\s:：.．、\p{Script=Han}])|[图表][一二三四五六七八九十]{1,3}(?=[\s:：])|(?:计量)?单位\s*[:：]\s*[^\s，。；]{1,10}$)/u;
/** A journal article's catalogue data: 关键词, 中图分类号, 文献标识码, 文章编号, DOI, 引用格式, its English abstract. */
/**
 * A list of keywords or tags without its label (社会治理;社区动员;创建全国文明城区): three or
 * more short terms separated by semicolons and nothing else — no sentence is built that way.
 */
const KEYWORD_LIST = /^[^\s;；，,。、：:！？!?“”"]{2,12}(?:\s*[;；]\s*[^\s;；，,。、：:！？!?“”"]{2,12}){2,}\s*[;；]?$/u;
/**
 * A page's tag line under the text: 标签: 奠基仪式致辞, 标签: #动员大会 (本文标签： on www.tqxz.com, which the html stage drops) — the site's
 * keywords for the page, label first; a text's own line does not open on 标签 and a colon.
 */
const TAG_LINE = /^(?:[-–—•]\s*)?[【\[]?\s*(?:本文|文章|热门)?标签\s*[:：]\s*[^。！？!?]{0,60}$/u;
const JOURNAL_DATA = /^[【\[〔(（]?\s*(?:关键词|关键字|中图分类号|中图法分类号|文献标识码|文章编号|DOI|基金项目|收稿日期|(?:论文)?引用格式|Abstract|Key ?words)\s*[】\]〕)）]?\s*[:：]?/iu;
/** A library catalogue's class code alone on a line, with the class's name: S731.2(绿化建设) (journal.wf.pub, under a speech's abstract); the bare label 分类号: G127.57 (meta.librarydata.cn). */
const CLASS_CODE = /^[A-Z]{1,2}\d{1,4}(?:\.\d+)*\s*[（(][\p{Script=Han}]{2,12}[）)]$|^分类号\s*[:：]\s*[A-Z]{1,2}\d/u;
/** An author's affiliation under a journal article's byline: (江苏省社会主义学院,江苏 南京 210007). */
const AFFILIATION = /^[（(][\p{Script=Han}\s·]{4,40}[,，]\s*[\p{Script=Han}\s]{2,16}\d{6}[）)]$/u;
/** A video player's controls and embeds: Play Video, 0:00 / 2:54, a toutiao {!-- PGC_VIDEO:… --} placeholder. */
const VIDEO_PLAYER = /^(?:Play Video|Play|Pause|Mute|Unmute|Fullscreen|Non-Fullscreen|Current Time|Duration|Remaining Time|Loaded|Playback Rate|播放|暂停|重播|全屏|退出全屏|静音|倍速|清晰度|标清|高清|超清)(?:\s+(?:\d{1,2}:\d{2}|\S+))*$|^(?:Play Video)?\s*\d{1,2}:\d{2}(?::\d{2})?\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?$|^\{!--\s*PGC_VIDEO:.*--\}$|^(?:您的)?浏览器(?:暂)?不支持.{0,16}(?:视频|video|播放|HTML5).{0,12}$|^Your browser does not support (?:the )?(?:video|audio|HTML5)/iu;
/** A prompt to a link the page has lost: 详情请点击链接：, 点击查看原文. */
const LINK_TEASER = /^(?:(?:展开(?:阅读)?|阅读剩余|继续阅读)全文\s*(?:[（(][^（）()]{0,8}[）)])?|[（(]?\s*(?:详情|更多|全文|原文)?请?(?:点击|点此)(?:链接|查看|阅读|进入)?(?:原文|全文|详情)?\s*[:：>》]*\s*[）)]?|(?:点击)?(?:查看|阅读)(?:原文|全文|详情|更多)\s*[>》]*|(?:点击)?(?:查看|下载)附件\s*[:：]\s*[^。！？]{0,30})$/u;
/**
 * A comment section's heading: 网友评论, 精选留言, 留言与评论(共有 条评论); Blogger's count over a post's
 * comments in its zh-TW and zh-CN templates (沒有留言： / 1 則留言：, 没有评论： / 1 条评论：).
 */
const COMMENT_HEADING = /^(?:评论|网友评论|全部评论|最新评论|热门评论|精彩评论|评论列表|读者评论|用户评论|发表评论|我要评论|我要跟帖|我来说两句|参加讨论|精选留言|写留言|留言板|留言与评论|没有留言|没有评论|\d+\s*(?:则留言|条评论))\s*(?:[（(][^（）()]{0,12}[）)])?\s*[:：|｜]?$/u;
/** A comment widget's count: 已有0人发表了评论, 共有 0 条评论, 共有条评论 (the count left empty). */
const COMMENT_COUNT = /(?:已有|共有)\s*\d*\s*(?:人|条)\s*(?:参与|发表了?)?(?:评论|跟帖|留言)/u;

/**
 * Where an endless page runs on into the next article (往下看更多文章) or a
 * WeChat page into its account's next post (继续滑动看下一个): all after it is another text.
 */
export const NEXT_ARTICLE = /^(?:往下看更多文章|(?:继续|向上|向下)滑动看下一[个篇])$/u;

/** A site's pointer to more of the same (更多…相关资讯请关注…, 更多相关讨论请前往：…). */
const MORE_ELSEWHERE = /^(?:注\s*[:：]\s*)?更多[^。！？]{0,40}?(?:资讯|内容|讨论|信息|精彩|文章)请(?:关注|前往|访问|登录|点击)/u;
/**
 * The page asking its reader to act on it — tip the uploader, find the site's
 * WeChat account, share the page, watch the station's bulletin, subscribe —
 * not a request the text makes of its own audience (请同志们…, 赢得…的赞赏).
 */
const READER_APPEAL = /请(?:赞赏|打赏)|(?:赞赏|打赏)(?:鼓励|支持)|微信搜索(?:公众号)?|使用\s*[“"]?\s*扫一扫|分享(?:至|到)朋友圈|详情请(?:关注|收看)本台|免费订阅/u;
/** A login form's options and prompts printed as text: 账号+密码登录, 手机免密登录, 请输入验证码. */
const LOGIN_FORM = /^(?:(?:账号|帐号|手机|手机号|邮箱|用户名)\s*[+＋]?\s*(?:密码|验证码|免密)|扫码|短信)登录$|^请输入(?:验证码|密码|手机号|账号|帐号|用户名)$/u;

/** An essay's author under its title: the unit, then the name (科研第二党支部 王荻, …乡人民政府 储川川). */
const AFFILIATION_BYLINE = /^[\p{Script=Han}]{2,30}(?:政府|党支部|支部|总支|党委|委员会|办公室|局|院|学校|学院|大学|中学|小学|中心|公司|街道|乡|镇|村)\s+([\p{Script=Han}·]{2,4})$/u;

/** 原标题：… — the title the story had where it was first printed. */
const ORIGINAL_TITLE = /^[（(【\[]?\s*原(?:标题|题)\s*[:：]/u;
/**
 * Skip links, font-size and eye-care toggles: 按此,跳至主要内容。, 字型大小, 视力保护色:; a
 * portal's elder-mode switch with its way back (关怀版 退出关怀版, fao.wenzhou.gov.cn); the
 * skip link a page prints first or under its ads (跳过导航, gov.mo; Skip This Ads, hkej.com);
 * a keyboard hint for screen readers (正文已结束，您可以按alt+4进行评论, creator-school.com);
 * the accesskey anchor Taiwan's accessibility rules put at each zone of a government page,
 * alone or with its zone's name (:::, taitungcity.gov.tw; :::主要内容区, coa.gov.tw), the skip link and the
 * back-to-top link the same template prints (按Enter到主內容區, 回頁首: kmdn.gov.tw, ctd.judicial.gov.tw).
 */
const ACCESSIBILITY = /^:::\s*\p{Script=Han}{0,8}$|^按\s*Enter\s*到主内容区$|^回页首$|^(?:按此[，,]?\s*)?跳(?:至|到|转(?:到|至)?)(?:主要|页面)?(?:内容|正文)[。.]?$|^(?:(?:退出)?(?:无障碍(?:浏览|阅读|模式)?|长者模式|关怀版|读屏专用|视力保护色|护眼模式|字型大小|字体大小|预设字体大小)\s*[:：]?\s*)+$|^(?:跳过导航|Skip (?:This Ads?|to (?:main )?content|navigation))$|^(?:正文已结束[，,]?\s*)?您可以按\s*alt\s*\+\s*\d{1,2}\s*\S{0,8}$/iu;
/**
 * A page's widget speaking to the reader about the page itself, on a label line with no
 * sentence of the text: a feedback form's question (此页面有问题吗？, gov.mo) or a portal's
 * confirm box before an outside link (该链接属站外链接,将无法使用辅助浏览工具! 是否继续访问?,
 * fao.wenzhou.gov.cn); a helper saving the page's address, the address before it or not
 * (http://www.dxsbao.com/… 点此复制本页地址, dxsbao.com; 『加入书签,方便阅读』, ukbtl.com).
 * A text's sentence may mention 提交 or 反馈; it does not ask whether this page has a problem.
 */
const PAGE_WIDGET = /^此(?:页面|网页|页)(?:有问题吗|对您有(?:帮助|用)吗)[?？]?$|^该链接属站外链接.{0,30}是否继续访问[?？]?$|^(?:(?:https?:\/\/|www\.)\S+\s*)?[『【\[(（]?\s*(?:(?:点此|点击|一键)?复制(?:本页|本文|此页|网页|文章)(?:地址|链接|网址)|加入书签[,，]?\s*方便阅读)\s*[』】\])）]?$/u;
/**
 * The site talking to the reader about the page itself: its browser (抱歉，我们并不支援你正使用的浏览器),
 * the best way to view it (为达至最佳浏览效果), its privacy terms and the consent they ask for
 * (请同意我们的隐私权规范，才能启用听新闻的功能). The page's words, not the text's: a notice
 * that names a browser for an online form says so inside its body, hence edge only.
 */
const SITE_NOTICE_TOPIC = /浏览器|(?:浏览|阅读)(?:效果|体验)|隐私(?:权)?(?:声明|政策|规范|条款)|cookies?/iu;
const SITE_NOTICE_ADDRESS = /抱歉|请|您|你|同意|点(?:这里|此|击)/u;
const isSiteNotice = (text: string): boolean => visibleLength(text) <= 90 && SITE_NOTICE_TOPIC.test(text) && SITE_NOTICE_ADDRESS.test(text);

/** A live-text page's post time standing alone between the posts: 2016-03-11 09:33:18. */
const POST_STAMP = /^\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$/u;
/** A live-text page's frame labels: 活动标题, 活动描述, 文字内容:. */
const LIVE_FRAME = /^(?:活动标题|活动描述|活动简介|文字内容|文字直播|图文直播)\s*[:：]?$/u;
/**
 * A site's liability and reprint clauses, printed under every text it hosts:
 * 本站仅提供信息存储空间服务 (yyfangchan.com, javaforall.cn), 如若转载，请注明出处
 * (docs.pingcode.com, cdnb.net), 一经查实，本站将立刻删除 (javaforall.cn, yyfangchan.com).
 * The site speaking of itself and its users: never a text's sentence.
 */
export const SITE_DECLARATION = /本站仅提供信息存储空间服务|(?:如若|如需|如要)?转载[，,]\s*请注明(?:出处|来源)|一经查实[，,]?\s*(?:本站将?)?立(?:刻|即)(?:删除|处理)|不代表本(?:站|网)(?:立场|观点)/u;
const DISCLAIMER = /免责声明|如有侵权|本文(?:由|来自|转自|来源于)|版权(?:均|皆|全)?(?:归|属)[^。；;]{0,16}所有|(?:必须|须|请)注明[“"]?来源|(?:会员|网友|用户)上传|侵权请?联系|转载请注明|转载[^。；;]{0,20}附上原文(?:出处)?链接|不代表本(?:站|网)|本(?:站|网)(?:部分)?(?:内容|文章)|本(?:站|网)部分(?:信息|文稿|转载)|(?:未经|非经)[^，。,]{0,6}(?:授权|许可|同意|允许).{0,8}(?:转载|复制|使用)/u;
/** A label naming the page's original or its own address, then the address: 原文链接：https://…, 原文地址：[标题](https://…). */
const PROVENANCE_LINK = /^(?:原文|本文)(?:链接|地址|网址)\s*[:：]\s*(?:\[[^\]]*\]\()?(?:https?:\/\/|www\.)/iu;
/** A forum archive's pager (页: [1] [2]) and its link to the full page (查看完整版本: 标题). */
const FORUM_ARCHIVE_FOOTER = /^页\s*[:：]\s*(?:\[\d+\]\s*)+$|^查看完整版本\s*[:：]/u;
/** The heading of a site's rights notice, whose clauses follow it to the end of the page. */
export const RIGHTS_HEADING = /^(?:反侵权公告|版权声明|版权公告|郑重声明|法律声明)\s*[:：]?$/u;

/** A picture's or page's file name standing alone: 91f9ca0dcab8ef50ff5ae33ab14bbfa.jpg, content_15530.html. */
const FILE_NAME = /^[\w.-]+\.(?:jpe?g|png|gif|webp|bmp|s?html?|php|aspx?|jsp)$/iu;
/** A database id or hash: a millisecond timestamp (1489624643449), a hex digest. */
const RECORD_ID = /^(?:\d{12,}|[0-9a-f]{24,})$/iu;

/**
 * What a publishing system's template prints when it fails to fill itself:
 * a file name or record id on a line of its own, or a row of template fields
 * with a file name or an HTML comment's edge among them and no sentence
 * (2020-04-24 1 1 南通日报 content_15530.html … /enpproperty-->).
 */
function isCmsLeftover(text: string): boolean {
  const tokens = text.split(/\s+/u).filter(Boolean);
  if (tokens.length === 1) return FILE_NAME.test(text) || RECORD_ID.test(text);
  return !/[。！？；]/u.test(text) && tokens.some((t) => FILE_NAME.test(t) || /^<!--|-->$/u.test(t));
}

/**
 * Credits in brackets on a line of their own: an editor's name (（袁源）), a
 * newsroom's editor and name (（松花江网编辑 孙桂芳）), a newsroom's reporters and
 * the editor after them ((总台央视记者 王琰 梁丽娟 王凯博 钟敏 陈博) 【编辑:刘欢】), a
 * photographer by label ((摄影:何景辉)).
 */
/** An editor's credit: the page's production note, not the story's byline. */
const EDITOR = /编辑|责编/u;
const BRACKET_GROUP = /[（(【\[]\s*([^（）()【】\[\]]{2,40}?)\s*[）)】\]]/gu;

function isBracketedCredit(text: string): boolean {
  const groups = [...text.matchAll(BRACKET_GROUP)];
  if (groups.length === 0 || groups.map((g) => g[0]).join('').replace(/\s/gu, '') !== text.replace(/\s/gu, '')) return false;
  return groups.every((g) => isCreditInBrackets(g[1]!));
}

/**
 * A writer's or photographer's credit in brackets standing alone — not an editor's or a reviewer's,
 * which is the page's note, nor a printed page's jump: the glued-page stage keeps it on the sentence it follows.
 */
export function isWriterCreditPiece(text: string): boolean {
  const inner = /^[（(]([^（）()]+)[）)]$/u.exec(text.trim())?.[1];
  // What trailingCredit takes as the page's note after a sentence is not the writer's credit either.
  return inner !== undefined && isBracketedCredit(text) && !isPageNote(inner);
}

function isCreditInBrackets(inner: string): boolean {
  const name = inner.replace(/^[\p{Script=Han}]{0,10}?(?:责任编辑|编辑|责编|编审|整理|供稿|通讯员|记者)\s*[:：]?\s*/u, '');
  // A printed page's jump ((下转第二版)) is the page's note on a line of its own as after a sentence (credits.ts, JUMP_NOTE).
  return isCreditName(name) || bylineNames(inner) !== undefined || isCreditLine(inner) || isLabelledCredit(inner) || isBareNames(inner) || isUnitCredit(inner) || isBracketedUnit(inner) || isBracketedUnitNames(inner) || JUMP_NOTE.test(inner.replace(/\s/gu, ''));
}

/**
 * Discuz's anti-copy "jammer": runs of one- or two-character ASCII tokens
 * (8 H) l- y* X6 s b' n+ F) …) printed between the lines of a thread.
 */
const JAMMER_RUN = /(?:[\x21-\x7e]{1,2} ){4,}[\x21-\x7e]{1,2}/u;

/** A button, possibly with its counter (收藏0, 点赞 12). */
export function isControlToken(token: string): boolean {
  return CONTROL_TOKEN.test(token.replace(/\d+$/u, ''));
}

function isControlLine(text: string): boolean {
  const tokens = text.split(TOKEN_SEPARATORS).filter(Boolean);
  return tokens.length > 0 && tokens.every(isControlToken);
}

/** A bar of short slogans set apart by spaces, no punctuation: an advert's (不用抽 不用抢 现在用APP看新闻 …); a site's menu is read by its own rule. */
function isPhraseBar(text: string): boolean {
  const tokens = text.split(/\s+/u).filter(Boolean);
  return tokens.length >= 3 && tokens.every((t) => visibleLength(t) <= 10) && !/[，,。、；：:！？“”"《》]/u.test(text);
}

/**
 * Several short unpunctuated tokens in a row: a menu or a bar of links. Not a
 * word letter-spaced for print (学 校 办 公 室, a notice's issuer), whose every token is one character.
 */
function isLinkBar(text: string): boolean {
  const tokens = text.split(/\s+|[|｜]/u).filter(Boolean);
  return tokens.length >= 5 && tokens.every((t) => [...t].length <= 8) && tokens.some((t) => [...t].length > 1) && !/[，,。、；：:！？《》（）()“”"]/u.test(text);
}

/** Cells of a printed table row or footer bar: three or more short cells between bars, no sentence. */
function isCellBar(text: string): boolean {
  const cells = text.split(/[|｜]/u).map((c) => c.trim());
  return cells.length >= 4 && cells.filter(Boolean).every((c) => visibleLength(c) <= 20) && !/[。！？；]/u.test(text);
}

/**
 * A site's menu: a few short unpunctuated items, most of them menu, advert or
 * follow vocabulary (讲话稿论坛 最新课程直播间 范文下载). Its first item that is
 * not such a word is the site's name.
 */
export function menuSiteName(line: string): string | undefined | false {
  const items = line.trim().split(/\s+|[|｜]/u).filter(Boolean);
  if (items.length < 2 || items.some((t) => [...t].length > 10) || /[，,。、；：:！？“”"]/u.test(line)) return false;
  const isMenuWord = (t: string) => ADVERT.test(t) || NAVIGATION.test(t) || FOLLOW.test(t) || isControlToken(t);
  const menuWords = items.filter(isMenuWord).length;
  if (menuWords * 2 < items.length) return false;
  return items.find((t) => !isMenuWord(t));
}

function isBreadcrumb({ text }: Line): boolean {
  if (LOCATION_LABEL.test(text)) return true;
  const segments = text.split(CRUMB);
  if (segments.length < 2 || /[。！？，；]/u.test(text)) return false;
  const named = segments.filter((s) => s.trim() !== '');
  return named.every((s) => visibleLength(s) <= 24) && (named.some((s) => /首页|正文|^\.\.\.$|…/u.test(s)) || segments.length >= 3);
}

/** 2019年11月20日 09:53:00来源:人民网, or a URL, a stamp and a source name: the article's info line. */
function isInfoLine({ text }: Line): boolean {
  if (isLabelLine(text) || (ORIGINAL_TITLE.test(text) && visibleLength(text) <= 80)) return true;
  const stamp = text.match(DATE_TIME);
  if (!stamp || !(/\d:\d\d/u.test(stamp[0]) || /https?:\/\/|www\./iu.test(text))) return false;
  // The stamp in brackets after the source (央视国际 (2005年03月08日 14:12)) leaves them empty.
  const rest = text.replace(stamp[0], ' ').replace(/(?:https?:\/\/|www\.)\S+/giu, ' ').replace(/[（(]\s*[）)]/gu, ' ').trim();
  const tokens = rest.split(/\s+/u).filter(Boolean);
  return tokens.length <= 2 && tokens.every((t) => visibleLength(t) <= 14) && sentenceEnds(rest) === 0;
}

/** A line of text with a notice of hidden text inside it: the text stays, inline.ts cuts the notice. */
function isTextAroundHiddenNotice(text: string): boolean {
  const rest = stripHiddenText(text);
  return rest.cut.length > 0 && hanCount(rest.line) >= 20 && isProse(rest.line);
}

function isContact({ text }: Line): boolean {
  if (NOTICE_CONTACT.test(text)) return false;
  const closed = closeUp(text);
  return CONTACT_LABEL.test(closed) || (PHONE.test(text) && hanCount(text) <= 12) || (EMAIL.test(text) && hanCount(text) <= 12);
}

/**
 * A pointer to another page: a 见 prompt before the page's address (【采访视频见
 * http://…】), or before the title of a page the post links to (详情请见：2007年卫生工作要点,
 * its address on the next line). A document pointing at its own attachment or
 * table (详见附件) says so in a sentence or names them.
 */
const LINK_POINTER = /^[【\[（(]?\s*[\p{Script=Han}]{0,8}?(详情|全文|原文|视频|更多[\p{Script=Han}]{0,4})?(?:请见|详见|请参见|参见|请看|见)\s*[:：]?\s*(\S.*?)\s*[】\]）)]?$/u;
const OWN_PART = /^(?:附件|附表|附录|下表|上表|下图|上图|图|表)/u;
const MAX_POINTER = 80;

export function isLinkPointer(text: string): boolean {
  if ([...text].length > MAX_POINTER || sentenceEnds(text) > 0) return false;
  const m = LINK_POINTER.exec(text);
  if (!m) return false;
  if (/^(?:https?:\/\/|www\.)\S+$/iu.test(m[2]!)) return true;
  return m[1] !== undefined && !OWN_PART.test(m[2]!);
}

/** An English sentence's end: a word, its mark, and the next sentence's capital. */
const LATIN_SENTENCE_END = /[a-z][.?!]["”’)]?\s+["“(]?[A-Z]/gu;
/**
 * A run of English prose with no Han at all: at least 30 words in at least
 * three sentences, and no address (a reference list's entry has one).
 */
export function isForeignProse(text: string): boolean {
  if (hanCount(text) > 0 || /https?:|www\./iu.test(text)) return false;
  return (text.match(/[A-Za-z]+/gu)?.length ?? 0) >= 30 && (text.match(LATIN_SENTENCE_END)?.length ?? 0) >= 2;
}

/** A paragraph in English: no Han, a dozen words or more, closed like a sentence or opening a list (…as follows:). */
export function isLatinParagraph(text: string): boolean {
  const t = text.trim();
  return hanCount(t) === 0 && (t.match(/[A-Za-z]+/gu)?.length ?? 0) >= 12 && /[a-z0-9)][.!?:]["”’)]?$/u.test(t);
}

/**
 * The page's own English version after its text: a run of two or more English
 * paragraphs after the text's last line (a Macao school's report, www.cdsj5.edu.mo:
 * three paragraphs matching its three Chinese ones; wp.kaoyip.edu.mo: a paragraph and
 * its list of items). A periodical site's machine translation of its one-paragraph
 * excerpt (ppdoc.com, soolun.net) is a single block, and stays the translation rule's.
 */
export function englishVersionLines(lines: readonly string[], last: number): Set<number> {
  const found = new Set<number>();
  if (last === -1) return found;
  let run: number[] = [];
  const close = () => {
    if (run.length >= 2) for (const i of run) found.add(i);
    run = [];
  };
  for (let i = last + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    if (isLatinParagraph(line)) run.push(i);
    else close();
  }
  close();
  return found;
}

/**
 * The label of a list column (医院新闻, 医院动态, 导读): the column holds many
 * items, so its name is never one item's title. Exported for the title
 * stage, which must not put it back as a removed headline.
 */
export const LIST_COLUMN = /^(?:[\p{Script=Han}]{0,4}(?:新闻|动态|资讯|要闻|快讯)|详细内容|正文|导读|news|资讯专栏.*)$/iu;

export const CHROME_RULES: ChromeRule[] = [
  {
    // First: a line of a template's unfilled placeholders is code whatever value
    // follows it (lib/printed-code.ts); the value is read as the field's (chrome.ts).
    id: 'template-placeholder',
    reason: "a template's placeholders printed unfilled",
    strength: 'strong',
    test: (l) => isPlaceholderLine(l.text),
    examples: [
      { text: "{{ $t('FEZ012') }}", seen: 'www.ktps.hc.edu.tw eval:b13-ktps-hsinchu-seedling-letter-notice' },
      { text: "{{ $t('FEZ003') }} 2022-09-15", seen: 'www.ktps.hc.edu.tw eval:b13-ktps-hsinchu-seedling-letter-notice' },
      { text: '{guid},{xxid}', seen: 'www.d3xz.com fixture:chrome/pages/d3xz-template.txt' },
      { text: '[{jjbt}]', seen: 'www.d3xz.com fixture:chrome/pages/d3xz-template.txt' },
    ],
    counterexamples: [
      { text: "{{ $t('FEZ002') }} 学务处|", seen: 'www.ktps.hc.edu.tw eval:b13-ktps-hsinchu-seedling-letter-notice' },
    ],
  },
  {
    // An advert's slot left as its label alone on a line, between paragraphs as well: no text has a paragraph of one word that.
    id: 'advert-slot',
    reason: "an advert's slot: its label alone on a line",
    strength: 'strong',
    test: ADVERT_SLOT,
    examples: [
      { text: 'ADVERTISEMENT', seen: 'sarawak.sinchew.com.my fixture:chrome/chrometail-s31/A/sinchew-s31-report/raw.txt' },
      { text: '广告', seen: 'thestandnews.com eval:c15-thestandnews-cy-newyear-greeting-report' },
    ],
  },
  {
    id: 'end-credit',
    reason: "an editor's or author's credit in brackets",
    strength: 'edge',
    // An editor's credit in brackets (【编辑:徐嘉仪】) is left to production-credit, which takes it between paragraphs too.
    test: (l) => isBracketedCredit(l.text) && !(isCreditLine(l.text) && EDITOR.test(l.text)),
    examples: [
      { text: '（袁源）', seen: 'news.bjmu.edu.cn eval:ho-bjmu-lijian-surgeon-article' },
      { text: '（松花江网编辑 孙桂芳）', seen: 'www.shjnet.cn eval:ho-shjnet-xiji-potato-report' },
      { text: '(总台央视记者 王琰 梁丽娟 王凯博 钟敏 陈博) 【编辑:刘欢】', seen: '119.23.250.19 eval:v1-ipmirror-agri-minister-harvest-interview' },
      { text: '(摄影:何景辉)', seen: 'www.cnread.news fixture:chrome/pages/cnread-credit.txt' },
      { text: '(集团办公室 文/邓杰 图/朱伟)', seen: 'www.sinayp.net eval:z2-sinayp-group-work-report' },
      { text: '(省公安厅办公室)', seen: 'www.hzdd17.cn eval:b17-hzdd17-northwest-police-cooperation-report' },
      { text: '(宣传部)', seen: 'www.zhplaw.com eval:b8-zhplaw-university-newyear-message-speech' },
      { text: '(下转第二版)', seen: 'm.yybnet.net eval:d24-yybnet-xingwen-county-secretary-zhangjian-plenum-interview' },
    ],
    counterexamples: [{ text: '(二)工作目标。以社会需求为导向,以群众满意为目标,着力推行“互联网+政务”,信息公开、政策解读、回应关切、公众参与等统筹推进。到 2020 年,全市政务公开工作总体水平迈上新台阶,公开内容覆盖权力运行全流程、政务服务全过程,公开', seen: 'www.pingjiang.gov.cn eval:ho-pingjiang-yueyang-opengov-notice' }],
  },
  {
    id: 'accessibility',
    reason: 'accessibility controls',
    strength: 'edge',
    test: ACCESSIBILITY,
    examples: [
      { text: '按此,跳至主要内容。', seen: 'www.news.gov.hk eval:ho-newsgovhk-lam-zhejiang-speech' },
      { text: '字型大小', seen: 'www.news.gov.hk eval:ho-newsgovhk-lam-zhejiang-speech' },
      { text: '视力保护色:', seen: 'www.pingjiang.gov.cn eval:ho-pingjiang-yueyang-opengov-notice' },
      { text: '关怀版 退出关怀版', seen: 'fao.wenzhou.gov.cn fixture:chrome/pages/wenzhou-fao-widgets.txt' },
      { text: '跳过导航', seen: 'gov.mo eval:b7-govmo-macao-ce-bingxu-new-year-message' },
      { text: 'Skip This Ads', seen: 'www2.hkej.com fixture:chrome/pages/hkej-skip-ads.txt' },
      { text: '正文已结束,您可以按alt+4进行评论', seen: 'creator-school.com eval:a7-creatorschool-hubei-discipline-banquet-exposure' },
      { text: ':::', seen: 'www.taitungcity.gov.tw eval:b10-taitungcity-mayor-pupils-interview-class-report' },
      { text: ':::主要内容区', seen: 'www.coa.gov.tw eval:x1-coa-farmers-day-speech' },
      { text: '按Enter到主内容区', seen: 'www.kmdn.gov.tw eval:c21-kmdn-county-magistrate-market-visit-report' },
      { text: '按 Enter 到主内容区', seen: 'ctd.judicial.gov.tw eval:c16-judicial-qiaotou-court-waseda-visit-report' },
      { text: '回页首', seen: 'www.kmdn.gov.tw eval:c21-kmdn-county-magistrate-market-visit-report' },
      { text: '回页首', seen: 'ctd.judicial.gov.tw eval:c16-judicial-qiaotou-court-waseda-visit-report' },
    ],
  },
  {
    id: 'page-widget',
    reason: "the page's widget talking to the reader (feedback form, link confirm, copy-address helper)",
    strength: 'edge',
    prose: true,
    test: (l) => visibleLength(l.text) <= 120 && PAGE_WIDGET.test(l.text),
    examples: [
      { text: '此页面有问题吗?', seen: 'gov.mo eval:b7-govmo-macao-ce-bingxu-new-year-message' },
      { text: '该链接属站外链接,将无法使用辅助浏览工具! 是否继续访问?', seen: 'fao.wenzhou.gov.cn fixture:chrome/pages/wenzhou-fao-widgets.txt' },
      { text: 'http://www.dxsbao.com/shijian/642259.html 点此复制本页地址', seen: 'www.dxsbao.com eval:b8-dxsbao-biyang-youth-league-interview-article' },
      { text: '『加入书签,方便阅读』', seen: 'www.ukbtl.com fixture:chrome/pages/ukbtl-bookmark.txt' },
    ],
  },
  {
    // The default strings of a blog or forum system (software.ts): a notice only it prints goes wherever it stands.
    id: 'software-notice',
    reason: "a notice the site's blog or forum software prints on every page",
    strength: 'strong',
    prose: true,
    test: (l) => isSoftwareNotice(l.text),
    examples: [
      { text: 'Your email address will not be published.', seen: 'internet.com.hk eval:c12-internethk-cuhk-graduation-rthk-report' },
      { text: '[attach]4291[/attach]', seen: 'www.jiadinglife.com eval:y1-jiadinglife-jiading-secretary-qa-interview' },
    ],
  },
  {
    // Its labels and links (评分, TOP, Leave a Reply, Read More) a text could hold alone: only before or after the text.
    id: 'software-label',
    reason: "a label or link the site's blog or forum software prints",
    strength: 'edge',
    test: (l) => isSoftwareLabel(l.text),
    examples: [
      { text: 'Leave A Reply', seen: 'internet.com.hk eval:c12-internethk-cuhk-graduation-rthk-report' },
      { text: '评分', seen: 'www.zy234.com eval:a12-zy234-zongyang-teachers-day-letter-article' },
      { text: 'TOP', seen: 'csuchen.de fixture:chrome/pages/csuchen-discuz.txt' },
      { text: '阅读更多(Read More)', seen: 'gocpmall.com fixture:chrome/pages/gocpmall-wordpress.txt' },
    ],
  },
  {
    id: 'site-notice',
    reason: "the site's notice to the reader about the page (browser, viewing, privacy consent)",
    strength: 'edge',
    prose: true,
    test: (l) => isSiteNotice(l.text),
    examples: [
      { text: '抱歉,我们并不支援你正使用的浏览器。', seen: 'news.now.com fixture:chrome/pages/now-browser-notice.txt' },
      { text: '为达至最佳浏览效果,请更新至最新的浏览器版本。', seen: 'news.now.com fixture:chrome/pages/now-browser-notice.txt' },
      { text: '本网站使用相关技术提供更好的阅读体验,同时尊重使用者隐私,点这里了解中央社隐私声明当您关闭此视窗,代表您同意上述规范。', seen: 'cna.com.tw fixture:chrome/pages/cna-consent.txt' },
      { text: '请同意我们的隐私权规范,才能启用听新闻的功能。', seen: 'cna.com.tw fixture:chrome/pages/cna-consent.txt' },
    ],
    counterexamples: [
      { text: '2、通过国家政务服务平台进行举报。在浏览器找到【国家政务服务平台】，在此平台【首页】找到【我要投诉】，输入用户ID和密码登录后，根据界面提示填写投诉内容就完成了。', seen: 'www.tqxz.com eval:c4h-tqxz-epidemic-complaint-channels' },
    ],
  },
  {
    id: 'live-page',
    reason: "a live page's frame and post times",
    strength: 'strong',
    test: (l) => POST_STAMP.test(l.text) || LIVE_FRAME.test(l.text),
    examples: [
      { text: '2016-03-11 09:33:18', seen: 'xpj33277.com eval:ho-xpj-chenjining-environment-interview' },
      { text: '文字内容:', seen: 'xpj33277.com eval:ho-xpj-chenjining-environment-interview' },
      { text: '活动描述', seen: 'xpj33277.com eval:ho-xpj-chenjining-environment-interview' },
      { text: '2026-03-01 04:11:32', seen: 'us.usy7.cc fixture:chrome/pages/usy7-stamp.txt' },
    ],
  },
  {
    id: 'paywall',
    reason: 'paywall or download notice',
    strength: 'strong',
    prose: true,
    test: (l) =>
      l.text.length <= 240 &&
      !isTextAroundHiddenNotice(l.text) &&
      /此处隐藏\d+个?字|省略\d+字|VIP会员可见|会员可(?:完整)?(?:阅读|查看)|当前仅显示|为防止资源被随意传播|本站部分文稿需要会员|全文预览已结束|(?:已阅读\d+页[,，])?还(?:剩|有)\s*\d+\s*页未读|因篇幅问题不能全部显示|由会员分享[,，]可在线阅读|请在.{1,24}上搜索。?$|加入vip[,，]?\s*免费下载|^下载本文档$|^预览结束|免费获取全文|定制代笔|请?扫码联系老师/iu.test(l.text),
    examples: [
      { text: '此处隐藏5120个字。VIP会员可见', seen: 'www.laowenmi.com eval:pg-laowenmi-sanji-speech' },
      { text: '……(新文秘网https://www.wm114.cn省略932字', seen: 'www.wm114.cn eval:txt-wm114-county-village-election-speech' },
      { text: '已阅读5页,还剩13页未读 继续免费阅读', seen: 'renrendoc.com fixture:chrome/pages/renrendoc-doc.txt' },
      // The same notice without the pages read (还有 0 页未读), and a document site's teaser over a cut text.
      { text: '还有 0 页未读 ,您可以 继续阅读 或 下载文档', seen: 'gwxzb.com fixture:chrome/pages/gwxzb-doc.txt' },
      { text: '因篇幅问题不能全部显示,请点此查看更多更全内容', seen: 'm.lovfp.com fixture:chrome/pages/lovfp-tail.txt' },
      { text: '因篇幅问题不能全部显示,请点此查看更多更全内容', seen: 'm.sarr.cn fixture:chrome/pages/sarr-wenku.txt' },
      { text: '《商务文书写作ppt课件.ppt》由会员分享,可在线阅读,更多相关《商务文书写作ppt课件.ppt(43页珍藏版)》请在三一办公上搜索。', seen: 'm.31ppt.com fixture:chrome/pages/31ppt-doc.txt' },
      { text: '加入Vip免费下载 立即下载', seen: 'www.gongwk.com eval:txt-gongwk-township-revitalisation-pledge' },
      { text: '---此处隐藏8766字,下载后查看---', seen: 'laobiganer.com fixture:chrome/pages/laobiganer-hidden.txt' },
      { text: '预览结束,免费获取全文或定制代笔此类文章,请扫码联系老师!', seen: 'www.huaboedu.com eval:ho-huaboedu-county-education-speech' },
    ],
  },
  // The document-site templates' own notices and labels (docsite-notices.ts).
  ...DOCSITE_RULES,
  {
    id: 'uploader-disclaimer',
    reason: 'uploader disclaimer',
    strength: 'strong',
    prose: true,
    test: (l) => isSiteLeadIn(l.text),
    examples: [
      { text: '版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领', seen: 'renrendoc.com fixture:chrome/pages/renrendoc-doc.txt' },
      { text: '导语:全市组织工作会议讲话一文来源于网友上传,不代表本站观点,若需要原创文章可咨询客服老师,欢迎参考。', seen: 'gwyoo.com eval:txt-gwyoo-maoming-organisation-speech' },
      { text: '简介:写写帮文库小编为你整理了多篇相关的《湖南省人民政府办公厅文件》,但愿对你工作学习有帮助,当然你在写写帮文库还可以找到更多《湖南省人民政府办公厅文件》。', seen: 'xiexiebang.com eval:txt-xiexiebang-hunan-graduate-employment-notice' },
      { text: '修养文风是公文撰写者的政治观念、思想作风、道德品质、写作动机、写作态度等在写作活动中的综合体现。本站为大家带来的党政机关公文写作文风,希望能帮助到大家!', seen: 'cnmengfu.com fixture:chrome/pages/cnmengfu-essay.txt' },
      { text: '每年大学开学都是让人激动的时刻,不仅仅是学生和家长,学校的老师和高年级学生也都很开心,原因嘛自然是有新人进来了,学校又能充满活力了。近段时间,各大高校的开学基本完成,小编整理了湖北大学(本部)新生开学典礼上校党委书记的讲话,一起来看看吧。', seen: 'www.upkao.com eval:h2-upkao-hubu-party-secretary-opening-speech' },
      { text: '以下是我们为您搜集的与“医院院长年会致辞”有关的相关资料, 语言的表达方式是人们通过语言传达信息的方式,发言会议是让多个人有机会发表意见的重要场合。大家可以通过你在台上的发言而认识你,那您知道好的发言稿应该怎么写吗?供你参考,希望能够帮助到大家!', seen: 'www.gsi8.com eval:w2-gsi8-hospital-president-annual-speech' },
      { text: '〔演讲稿〕是为了说明确定的观点和看法的。这个观点和看法确定要与现实生活紧密相关。它商量的应当是现实生活中存在的并为人们所关怀的问题。下面是我为大家整理的2022年〔元旦〕佳节演讲稿模板,更多〔节日演讲稿〕点击“节日演讲稿”查看!', seen: 'm.pinggu.org fixture:chrome/pages/pinggu-essay.txt' },
      { text: '愉快的暑假已经结束了,迎来了开学典礼,本文是秋季开学典礼中学校长致辞,欢迎大家阅读学习。', seen: 'www.rzpgrj.com eval:z2-rzpgrj-school-opening-speech' },
      { text: '演讲稿的内容要根据具体情境、具体场合来确定,要求情感真实,尊重观众。在不断进步的社会中,演讲稿对我们的作用越来越大,相信很多朋友都对写演讲稿感到非常苦恼吧,下面是小编精心整理的2022开学典礼演讲稿,仅供参考,欢迎大家阅读。', seen: 'cnited.com fixture:chrome/pages/cnited-lead-in.txt' },
      // 以下是小编 as well as 下面是小编: the editor's lead-in in either word order.
      { text: '在日复一日的学习、工作或生活中,大家或多或少都用到过致辞吧,在各种重大的庆典、外交、纪念活动中常见的致辞种类有贺辞、祝辞、欢迎辞、新年献词、悼词、开幕辞、闭幕辞等。那么问题来了,到底什么样的致辞才合乎规范呢?以下是小编整理的开学典礼校长致辞通用,希望对大家有所帮助。', seen: 'oh100.com fixture:chrome/pages/oh100-lead-in.txt' },
      { text: '心得体会不仅有助于个人成长,也可以与他人分享自己的思考和体验。写心得体会时,要注重准确的语言表达和思路的连贯性,以确保文章的逻辑性和可读性。以下是小编为大家收集的心得体会范文,供大家参考。', seen: 'm.xuefen.com.cn fixture:titles/xuefen-xinde.txt' },
    ],
  },
  {
    id: 'photo-credit',
    reason: 'photo caption or credit',
    strength: 'strong',
    prose: true,
    test: (l) => isPhotoCaption(l.text),
    examples: [
      { text: '10月15日,全省义务教育均衡发展推进会议在郑州召开。本报记者 刘红雨 摄', seen: 'jysb.shuren100.com eval:txt-shuren100-henan-education-speech' },
      { text: '图为吹风会现场。中国网 郑亮 摄', seen: 'www.syjyzs888.com eval:pg-syjyzs-chuifenghui-interview' },
      { text: '11月30日上午，中共中央总书记、国家主席、中央军委主席习近平在上海主持召开深入推进长三角一体化发展座谈会并发表重要讲话。新华社记者 谢环驰 摄', seen: 'www.kepu.gov.cn eval:news-kepu-yangtze-symposium' },
      { text: '5月9日，山东女子学院养老服务管理专业毕业生就业双选会现场。山东女子学院供图', seen: 'news.youth.cn eval:cx-youth-elderly-care-graduates' },
      { text: '中新社记者 蒋启明 摄', seen: 'chinanews.com.cn fixture:dates/pages/chinanews-npc-presser.txt' },
      { text: '大会会场 朱书灵 摄', seen: '开州区融媒体中心 fixture:region/pages/kaizhou-npc.txt' },
      { text: '新华社记者 丁 林摄', seen: 'paper.people.com.cn fixture:chrome/pages/people-paper-captions.txt' },
      { text: '▲市民搀扶走过积水的街道', seen: 'huxijiongpo.com fixture:chrome/pages/huxijiongpo-caption.txt' },
      { text: '澳门议事亭前地(巴士的记者摄)', seen: 'www.bastillepost.com eval:c3b-bastillepost-sam-macau-press-report' },
      { text: '(图片说明:记者在第二会场交流各自关心的问题)', seen: 'www.nbd.com.cn eval:c3b-nbd-npc-presser-report' },
      { text: '郁建兴接受专访', seen: 'zj.people.com.cn eval:u2-zjpeople-zjgsu-president-interview' },
      { text: '张津梁在接受记者采访。', seen: 'www.tianshui.com.cn eval:d20-tianshui-lanzhou-mayor-zhangjinliang-interview' },
      { text: '张剑飞市长正在接受记者专访。', seen: 'news.big5.enorth.com.cn eval:d21-enorth-changsha-mayor-zhangjianfei-election-day-report' },
      { text: '各位代表进行表决', seen: 'mdjzy.hljcourt.gov.cn eval:w2-mdjzy-court-work-report-approved-report' },
      { text: '最高人民法院办公厅主任、新闻发言人王少南做客强国论坛照片', seen: 'pfcx.cn eval:u1-pfcx-court-report-interview' },
      { text: '（图片说明：苹果头盔的视野较窄，无法同时平铺两个完整的窗口。）', seen: 'www.ruanyifeng.com fixture:chrome/pages/ruanyifeng-caption.txt' },
      { text: '岑浩辉。 (澳门特别行政区政府入口网站图片)', seen: 'www.bastillepost.com eval:c3b-bastillepost-sam-macau-press-report' },
      { text: '中新社杜洋摄', seen: 'ny.stgloballink.com eval:h5-stgloballink-premier-presser-report' },
      { text: '泉州市德化县组织青年党员干部参观县纪法教育基地,以身边事教育身边人,督促干部自觉筑牢思想防线。张九强/摄', seen: 'dhcdi.gov.cn eval:z1-dhcdi-quanzhou-warning-education-report' },
      { text: '2006年年底,廖静文在徐悲鸿纪念馆。   郭红松/摄', seen: 'ck.xwpx.com fixture:titles/xwpx-caifang.txt' },
      { text: '李克强步入会场,与记者打招呼。摄影/新京报记者 薛珺', seen: 'xinjiapo.news fixture:chrome/pages/xinjiapo-caption.txt' },
      { text: '副总统萧美琴1日出席中央社百周年社庆,肯定中央社「见证东亚局势百年变迁」。(江昭伦 摄)', seen: 'cn4.rti.tw fixture:chrome/pages/rti-caption.txt' },
      { text: '(图片来自网易)', seen: 'chinadigitaltimes.net fixture:chrome/pages/chinadigitaltimes-notes.txt' },
      { text: '(徽县县城鸟瞰)', seen: 'yangfenzi.com eval:x1-yangfenzi-huixian-secretary-interview' },
      { text: '(朱泽欣一行参观新安镇善文化广场)', seen: 'wap.linlixinwen.com fixture:chrome/pages/linlixinwen-captions.txt' },
      { text: '(以上图片均为采访现场)', seen: 'ppfocus.com fixture:chrome/pages/ppfocus-transcript.txt' },
      { text: '十九大秘书处新闻组和大会新闻中心负责人在招待会上祝酒 摄影:黎萌', seen: 'news.cri.cn fixture:chrome/pages/cri-captions.txt' },
      { text: '十九大新闻中心举行酒会欢迎中外记者(图片来源:人民网)', seen: 'news.cri.cn fixture:chrome/pages/cri-captions.txt' },
      { text: '省委常委、市委书记王辉忠听取中国宁波网总编辑田勇介绍《对话》栏目', seen: 'dialog.cnnb.com.cn fixture:chrome/pages/cnnb-caption.txt' },
      { text: '作者在2018 全国两会期间采访杨利伟', seen: 'gdsxwxh.ycwb.com fixture:chrome/pages/ycwb-caption.txt' },
      { text: '前任总理温家宝转身离去', seen: 'chinadigitaltimes.net fixture:chrome/pages/chinadigitaltimes-notes.txt' },
      { text: '《拂晓报》报史馆一角资料照片', seen: 'nuan.wqp8.com fixture:chrome/pages/wqp8-mirror.txt' },
      { text: '【资料图】', seen: 'm.xin.cwan.com fixture:chrome/pages/cwan-gallery.txt' },
      { text: '新华社发（刘满仓摄）', seen: 'www.he.news.cn eval:h2-henews-zunhua-digital-farm-machinery' },
      { text: '开学典礼现场', seen: 'news.xhu.edu.cn eval:h2-xhu-opening-ceremony-report' },
      { text: '校党委书记边慧敏讲话', seen: 'news.xhu.edu.cn eval:h2-xhu-opening-ceremony-report' },
      { text: '发布会现场', seen: 'msn.finance.sina.com.cn eval:h2-msnsina-zhaoqizheng-cppcc-presser-report' },
      { text: '对话潍坊市公安局局长闫希军(摄影/刘自勇)', seen: 'bilezu.com eval:v1-bilezu-weifang-police-chief-tv-interview' },
      { text: '台北市长蒋万安(右)16日晚在圆山饭店宴请上海副市长华源(左)等上海团,两人在交换礼物后握手致意。(记者余承翰/摄影)', seen: 'worldjournal.com fixture:chrome/pages/worldjournal-caption.txt' },
      { text: '林奕华出席「台北市政府与上海台商座谈会」。（图／中天新闻）', seen: 'tw.news.yahoo.com fixture:chrome/pages/yahoo-tw-captions.txt' },
      // The picture's source in brackets as Taiwan pages word it (chrometail sample, thirty-first session).
      { text: '花莲县长徐榛蔚(前)引领各局处首长及各贵宾,为全民运上香祈福。(图∕县政府提供)', seen: 'thehubnews.net fixture:chrome/chrometail-s31/A/thehubnews-s31-report/raw.txt' },
      { text: '许县长仁爱乡会勘 签核1,800多万元地方陈情改善工程(图:南投县政府 提供)', seen: 'www.ewnews.net eval:c26-ewnews-nantou-magistrate-hsu-renai-township-works-report' },
      // The social-media page the picture was taken from, after the caption or in brackets.
      { text: '李家超上载亲手制作的月饼相到社交平台,祝大家中秋节快乐。李家超FB图片', seen: 'singtao.ca fixture:chrome/chrometail-s31/A/singtao-s31-report/raw.txt' },
      { text: '财政司司长陈茂波与小学生一起午膳,分享月饼及玩游戏。陈茂波fb', seen: 'singtao.ca fixture:chrome/chrometail-s31/A/singtao-s31-report/raw.txt' },
      { text: '傅小慧今日亲身参与在将军澳新都城的亲子工作坊。(政制及内地事务局Fb)', seen: 'm.dotdotnews.com eval:c24-dotdotnews-cmab-permanent-secretary-district-election-workshop-report' },
    ],
    counterexamples: [
      { text: '本报记者 颜小镇 文/图', seen: '开州日报 raw:003' },
      { text: '▲新华社记者:在十三五规划纲要中,政协是如何献言献策的?', seen: 'huaren.haiwainet.cn eval:h2-haiwainet-wangguoqing-cppcc-presser-interview' },
      { text: '▲DVB电视台记者:我是DVB台记者,我想问的问题是:佤邦对NCA(全国停火协议)有什么看法?对缅北七家组织有什么态度?', seen: 'ppfocus.com fixture:chrome/pages/ppfocus-transcript.txt' },
      { text: '全市组织工作会议讲话', seen: 'gwyoo.com eval:txt-gwyoo-maoming-organisation-speech' },
      { text: '近日,记者新春返乡基层行中,带着一系列问题采访了县委书记苏晓梅。', seen: 'ori.hangzhou.com.cn fixture:chrome/pages/hangzhou-interview.txt' },
      { text: '宛如世外桃源的乡村期待着城里人的喧闹', seen: 'ori.hangzhou.com.cn fixture:chrome/pages/hangzhou-interview.txt' },
      { text: '同志们，乡村振兴的蓝图已经绘就，关键在于抓落实。希望大家以这次培训为新的起点，履职尽责、担当作为，为全县高质量发展作出新的更大贡献！', seen: 'synthetic fixture:chrome/wechat-tail.txt' },
    ],
  },
  {
    id: 'marked-caption',
    reason: 'a photo caption marked with ■, or a gallery of them on one line',
    strength: 'strong',
    prose: true,
    test: (l) => isMarkedCaption(l.text) || isMarkedGallery(l.text),
    examples: [
      { text: '行政长官检阅结业会操 ■行政长官李家超在结业会操致辞。 香港海关仪仗队人员作花式枪操表演。 ■香港海关仪仗队人员作花式枪操表演。', seen: 'customs.gov.hk eval:c15-customs-ce-passing-out-parade-report' },
      { text: '■黄定光颁奖给品学兼优二等奖得主吴少君同学。 校方供图', seen: 'paper.wenweipo.com fixture:chrome/pages/wenweipo-marked-caption.txt' },
    ],
  },
  {
    id: 'byline',
    reason: 'byline',
    strength: 'strong',
    test: (l) => bylineNames(l.text) !== undefined || filedFromNames(l.text) !== undefined,
    examples: [
      { text: '新华社记者邹多为、唐诗凝、丁乐', seen: 'www.toutiao.com eval:html-toutiao-xinhua-foreign-trade' },
      { text: '新华网黑龙江频道 记者 伊琳 李清芬', seen: 'chinaneast.xinhuanet.com eval:news-chinaneast-farm-machinery-interview' },
      { text: '中青报·中青网记者 魏其蒙 来源：中国青年报', seen: 'news.youth.cn eval:cx-youth-elderly-care-graduates' },
      { text: '文丨政能亮特约评论员 韩涵', seen: 'pl.ifeng.com eval:cx-ifeng-zhengnengliang-commentary' },
      { text: '顶端新闻·河南商报记者马俊峰/文受访者供图', seen: 'newpaper.dahe.cn eval:news-dahe-conductor-teacher' },
      { text: '整合 新华日报·交汇点记者 徐睿翔', seen: 'www.yangtse.com eval:news-yangtse-new-year-meetings' },
      { text: '【记者梁金源/台中报导】', seen: 'www.2241626.com eval:v2-2241626-taichung-new-year-gathering-forum-report' },
      { text: '记者郑佩玟/台北报导', seen: 'www.ettoday.net fixture:chrome/pages/ettoday-caption.txt' },
      { text: '新唐人亚太电视 宋升桦 黄佩仪 台北采访报导', seen: 'www.ntdtv.com.tw fixture:chrome/pages/ntdtv-report.txt' },
      { text: '[台湾新闻云]记者 陈子荣/连江报导', seen: '886.news fixture:chrome/pages/886news-byline.txt' },
    ],
    counterexamples: [
      { text: '县委常委、组织部部长 周文斌', seen: 'synthetic fixture:chrome/wechat-tail.txt' },
      { text: '着素色西装 开场先向记者鞠躬', seen: 'news.qingdaonews.com fixture:region/pages/qingdaonews-shandong-spokeswoman.txt' },
      { text: '记者：首先欢迎你来到新华网接受我们的采访，既然你是农机行业的专家，想必对农业也非常熟悉了，请问你怎样看待农业税补贴问题？', seen: 'chinaneast.xinhuanet.com eval:news-chinaneast-farm-machinery-interview' },
    ],
  },
  {
    id: 'author-affiliation',
    reason: "the author's unit and name under the title",
    strength: 'head',
    test: (l) => {
      const m = AFFILIATION_BYLINE.exec(l.text);
      return m !== null && isCreditName(m[1]!);
    },
    examples: [
      { text: '科研第二党支部 王荻', seen: 'www.kwongyang.com eval:c3c-kwongyang-mirror-liangxueyizuo-article' },
      { text: '安徽省安庆市岳西县石关乡人民政府 储川川', seen: 'tougao.12371.cn eval:c3c-12371-tougao-theme-education-article' },
    ],
    counterexamples: [{ text: '县委常委、组织部部长 周文斌', seen: 'synthetic fixture:chrome/wechat-tail.txt' }],
  },
  {
    // production-credit's labels with the desk they are signed for in front (网络编辑, 信息审核):
    // the label vocabulary lists the newsrooms' common ones, a county portal prints its own desk.
    id: 'qualified-credit',
    reason: 'editor and reviewer credits with their desk',
    strength: 'strong',
    test: (l) => isQualifiedCreditLine(l.text),
    examples: [
      { text: '网络编辑:石振海 信息审核:石振海', seen: 'www.yijun.gov.cn eval:b30-yijun-yunmeng-township-heavy-rain-emergency-notice' },
      { text: '文稿编辑:曹勇', seen: 'snzs.gov.cn eval:b28-snzs-zhashui-vice-county-head-winter-safety-inspection-untitled-report' },
    ],
    counterexamples: [
      // production-credit's own labels stay its.
      { text: '【纠错】 责任编辑: 徐宙超', seen: 'm.hotsrq.com eval:dirt-hotsrq-politburo-epidemic-meeting' },
    ],
  },
  {
    id: 'production-credit',
    reason: 'editor and production credits',
    strength: 'strong',
    test: (l) => isCreditLine(l.text),
    examples: [
      { text: '总监制：邹 明', seen: 'pl.ifeng.com eval:cx-ifeng-zhengnengliang-commentary' },
      { text: '审 读：崔向升', seen: 'pl.ifeng.com eval:cx-ifeng-zhengnengliang-commentary' },
      { text: '执笔人：闵乐夫 赵兰波 刘韬 刘晋芳 胡玉顺', seen: 'beijing.qianlong.com eval:html-qianlong-beijing-children-survey' },
      { text: '【纠错】 责任编辑: 徐宙超', seen: 'm.hotsrq.com eval:dirt-hotsrq-politburo-epidemic-meeting' },
      { text: '【纠错】 【责任编辑:马俊卿 】', seen: 'catapt.com eval:a17-catapt-hk-newyear-greetings-report' },
      { text: '【编辑:徐嘉仪】', seen: 'loriforfreedom.com eval:c14-loriforfreedom-legco-district-council-report' },
      { text: '(视频编辑:龙威 文字编辑:张淑兰)', seen: 'haikou.baogaosu.com fixture:chrome/pages/baogaosu-news.txt' },
      { text: '(图文:张素伟 审核:张帅)', seen: '221.176.229.56 eval:h5-wuyang-weekly-task-meeting-report' },
    ],
    counterexamples: [{ text: '咨询电话：0855-8225253、0855-8223107', seen: 'www.kaili.gov.cn eval:gov-kaili-recruit-notice' }],
  },
  {
    id: 'review-credit',
    reason: "the reviewers' sign-off (一审/二审/三审) under the text",
    // Edge only: read by its labels with any name, so never between paragraphs.
    strength: 'edge',
    test: (l) => isReviewCredit(l.text),
    examples: [
      { text: '一审:稂银', seen: 'www.hengdong.gov.cn eval:a10-hengdong-agriculture-spring-farming-report' },
      { text: '(来源:办公室 编辑:周敏 一审:周涛 二审:曹稳 三审:李勇 顾问:许庆丰)', seen: 'm.nbpengxuan.com eval:a9-nbpengxuan-school-principal-term-address-report' },
    ],
  },
  {
    id: 'unit-credit',
    reason: 'a credit signed for a unit',
    strength: 'edge',
    // In brackets or not: (集团办公室 文/邓杰 图/朱伟) on a line of its own is the same credit.
    test: (l) => isUnitCredit(l.text.replace(/^[（(](.*)[）)]$/u, '$1')),
    examples: [
      { text: '怀宁县融媒体中心 编辑:邓修祥', seen: 'www.xiaojiejieav.com fixture:chrome/pages/xiaojiejieav-credit.txt' },
      { text: '(集团办公室 文/邓杰 图/朱伟)', seen: 'www.sinayp.net eval:z2-sinayp-group-work-report' },
    ],
    counterexamples: [
      { text: '六安市爱卫办', seen: 'wjw.luan.gov.cn eval:c3a-luan-health-town-publicity' },
      { text: '天津创业股份有限公司董事会', seen: 'finance.sina.cn eval:ho-sinacn-capital-env-notice' },
      { text: '大涌镇党政办公室', seen: 'www.151d.net eval:z2-dayong-rural-environment-notice' },
    ],
  },
  {
    id: 'figure-caption',
    reason: 'table or figure caption',
    strength: 'strong',
    test: (l) => FIGURE_CAPTION.test(l.text) && visibleLength(l.text) <= 60 && !/[。！？；]/u.test(l.text),
    examples: [
      { text: '表1 2022年年末常住人口数及其构成', seen: 'www.yichun.gov.cn eval:gov-jiangxi-stats-bulletin' },
      { text: '单位：万人', seen: 'www.yichun.gov.cn eval:gov-jiangxi-stats-bulletin' },
      { text: '图1 2012-2015年揭阳全市法院民事案件效果指标', seen: 'xyzy.jxfy.gov.cn eval:pg-jxfy-jieyang-court-article' },
      { text: '图一 肖前胜校长致辞', seen: '028px.com fixture:chrome/chromecap-s30/A/028px-s30-report/raw.txt' },
    ],
    counterexamples: [{ text: '2、营造尊重权利、尊重个性、尊重差异的心理环境。', seen: 'beijing.qianlong.com eval:html-qianlong-beijing-children-survey' }],
  },
  {
    id: 'journal-data',
    reason: 'journal catalogue data',
    strength: 'strong',
    prose: true,
    test: (l) => l.text.length <= 200 && (JOURNAL_DATA.test(l.text) || AFFILIATION.test(l.text) || KEYWORD_LIST.test(l.text) || CLASS_CODE.test(l.text)),
    examples: [
      { text: '【关键词】基层治理 政策稳定性 领导干部', seen: 'm.ztdxk120.com eval:dirt-ztdxk120-new-officials-article' },
      { text: '【中图分类号】D63 【文献标识码】A', seen: 'm.ztdxk120.com eval:dirt-ztdxk120-new-officials-article' },
      { text: '[中图分类号] F49 [文献标识码] A [文章编号] 0257-0246(2019)06-0101-10', seen: 'ft.newdu.com fixture:chrome/pages/newdu-journal.txt' },
      { text: 'DOI:10.12186/2023.04.004', seen: 'm.fx361.cc fixture:chrome/pages/fx361-journal.txt' },
      { text: '中图分类号:TP393.08;F49       文献标识码:A', seen: 'freewechat.com fixture:chrome/pages/freewechat-author.txt' },
      { text: 'Key words: spiritual slack; danger; source; path', seen: 'm.jizihe.com fixture:chrome/pages/jizihe-journal.txt' },
      { text: '(江苏省社会主义学院,江苏 南京 210007)', seen: 'fx361.cc fixture:chrome/pages/fx361-affiliation.txt' },
      { text: '(河北医科大学 社科部,河北 石家庄 050011)', seen: 'm.zgkjsz.com fixture:chrome/pages/zgkjsz-journal.txt' },
      { text: '社会治理;社区动员;创建全国文明城区', seen: 'm.fx361.cc fixture:chrome/pages/fx361-keywords.txt' },
      { text: '人才;程宝怀;书记;习近平同志;正定工作;采访;老干部;县长;邱斌昌;武宝信', seen: 'dalichecha.com fixture:chrome/pages/dalichecha-keywords.txt' },
      { text: 'S731.2(绿化建设)', seen: 'journal.wf.pub fixture:edges/wfpub-chromeleft-s32-speech/raw.txt' },
      { text: '分类号: G127.57', seen: 'meta.librarydata.cn eval:a26-librarydata-nanjing-county-orchid-festival-reception-speech' },
    ],
    counterexamples: [
      { text: '【摘要】基层换届后,有极少数新上任干部胡作为乱作为,好高骛远,标新立异,热衷于改弦更张、另起炉灶,烧起新官上任的“三把火”,导致新旧政策之间充满冲突和张力且缺乏衔接,与国家治理体系和治理能力现代化背道而驰。要高度警惕此种思维和行为,在常态化和制度化而非运动式的治理模式中追求治理绩效,在长期而非短期化的治理行为中实现发展目标。', seen: 'm.ztdxk120.com eval:dirt-ztdxk120-new-officials-article' },
    ],
  },
  {
    id: 'relay-note',
    reason: 'the outlet the story was relayed from',
    strength: 'edge',
    test: (l) => isRelayNote(l.text),
    examples: [
      { text: 'CCTV.com消息(新闻会客厅):', seen: 'big5.cctv.com eval:c3b-cctv-baikeming-hebei-interview' },
      { text: 'CCTV.com消息(今日关注):', seen: 'news.cctv.cn eval:h3-cctv-npc-reporter-interview' },
      { text: '凤凰新闻社讯 来源:香港大中华通讯社】', seen: 'fhvip.vip eval:c18-fhvip-hk-officials-lunar-new-year-visits-report' },
    ],
    counterexamples: [
      { text: '新闻快讯', seen: 'idatahk.com eval:a7-idatahk-chief-executive-lunar-new-year-message' },
    ],
  },
  {
    id: 'tag-line',
    reason: "the page's tags",
    strength: 'edge',
    test: (l) => TAG_LINE.test(l.text),
    examples: [
      { text: '标签: 奠基仪式致辞', seen: 'm.qebk.com eval:a7-qebk-county-office-center-groundbreaking-address' },
      { text: '标签: #动员大会', seen: 'gongwen.com.cn eval:v1-gongwen-qilin-civilized-city-pledge-speech' },
      { text: '- 标签:', seen: 'hkstv.hk fixture:chrome/pages/hkstv-tags.txt' },
      // The hot-tags box of CMS templates (an ASP CMS prints <b>热门标签：</b> over its tag cloud).
      { text: '热门标签: 护士节晚会主持词 512护士节晚会主持词', seen: 'www.qzzw.net eval:a8-qzzw-county-hospital-nurses-day-speech' },
    ],
  },
  {
    id: 'toc-entry',
    reason: 'a line of a table of contents (entry, leader dots, page number)',
    strength: 'strong',
    test: (l) => TOC_LINE.test(l.text),
    examples: [
      { text: '河北省新闻通报会推介词....................2', seen: 'xiebitongdao.com eval:a22-xiebitongdao-hebei-secretary-wangdongfeng-press-briefing-speech' },
      { text: '徐州市城市推介词........................57', seen: 'xiebitongdao.com eval:a22-xiebitongdao-hebei-secretary-wangdongfeng-press-briefing-speech' },
      { text: '目录1总论....................................................................11.1任务由来............................................', seen: 'www.xiaomilidoc.com fixture:chrome/pages/xiaomilidoc-toc.txt' },
    ],
    counterexamples: [
      { text: '记者:梁司长提及有关京港沟通渠道部门...驻京办扮演什么角色?', seen: 'hanweb.kanhan.com eval:d18-kanhan-hk-beijing-office-liaison-interview' },
    ],
  },
  {
    id: 'rating-widget',
    reason: "the template's star-rating widget",
    strength: 'edge',
    test: (l) => RATING_WIDGET.test(l.text),
    examples: [
      { text: '推荐度:', seen: 'www.qzzw.net eval:a8-qzzw-county-hospital-nurses-day-speech' },
      { text: '- 礼仪知识教程 推荐度:', seen: 'm.xcreativ.com fixture:chrome/toclists-s37/A/xcreativ-s37-recommend/raw.txt' },
    ],
  },
  {
    id: 'link-pointer',
    reason: 'a pointer to another page',
    strength: 'strong',
    test: (l) => isLinkPointer(l.text),
    examples: [
      { text: '【采访视频见 http://tv.people.com.cn/n/2014/0423/c14644-24934066.html 】', seen: 'ailibi.com eval:u2-ailibi-hospital-ranking-interview' },
      { text: '详情请见:2007年卫生工作要点', seen: 'bbs.radida.com fixture:chrome/pages/radida-forum.txt' },
    ],
  },
  {
    // A site's machine translation of the page's text, printed under it
    // (论文部分内容阅读 pages): a run of English sentences without one Han
    // character. Only at the text's edges, and only on a page with Han prose
    // (chrome.ts), so that an English quotation inside the text and an
    // English page stay.
    id: 'translation',
    reason: "the site's translation of the text",
    strength: 'edge',
    test: (l) => isForeignProse(l.text),
    examples: [
      {
        text: 'When you enter the Ezhou City Central Hospital, you can see green grass, green grass and green trees. The modern medical building that was built on the street was leaned on a railing overlooking the distance, such as the little Yangtze River sails. Wandering in this pleasing landscape, the cheerful and hearty lover’s question is floating everywhere. Zhang Zhangxiaolian, who is everywhere, writes the most beautiful and beautiful chapter of “human love”. This hospital, which has experienced more than 50 years of hardships and storms, has always been able to lead Ezhou in the wave of reform and opening up, and has become a shining pearl in the Wudu land. With questions, the reporter interviewed Ezhou, Hubei Province. Zhang Qisheng, director of the Central Hospital. Reporter: Dean Zhang, hello. The development of a hospital must',
        seen: 'www.ppdoc.com eval:x2-ppdoc-ezhou-hospital-president-interview',
      },
      {
        text: 'On the fourth edition of the People’s Daily on May 7 this year, I published a report on a visit to Japan that I wrote, “Advice from a Japanese friend.” After the publication of the report, several leaders of the Central Government made a comment on the article, believing that the issues raised in the report deserved attention. Later, the State Council General Office transmitted the article to leaders of various ministries and provinces for reference. This article, which is less than one thousand words, has drawn so much attention from the leading comrades that I did not think of in advance. The comrades of the editorial department of “News and Writing” wish me some talk about writing and writing this story. I thought for a moment, in fact, no more new experience and experience to talk about. If you insist, then it is often said that one: usually think more, when interviewed',
        seen: 'soolun.net fixture:chrome/pages/soolun-periodical.txt',
      },
    ],
    counterexamples: [
      // A reference list's entry: one title, no run of sentences.
      { text: '[34] “Understanding CCP Resilience: Surveying Chinese Public Opinion Through Time”, July, 2020, https://ash.harvard.edu/publications/understanding-ccp-resilience-surveying-chinese-public-opinion-through-time.', seen: 'www.theorychina.org.cn eval:h3-theorychina-chinese-modernisation-report' },
    ],
  },
  {
    id: 'planted-profile',
    reason: 'promotional profile planted in a mirrored page',
    strength: 'strong',
    prose: true,
    test: (l) => isPlantedProfile(l.text),
    examples: [
      { text: '关于专家组： 闵浩 高安全专家、东屋世安物联科技（江苏）股份有限公司创始人、董事长 1.国际标准化组织 ISO/TC 332 专家委员： Security equipment for financial institutions and commercial organizations ISO/TC 332中国专家组委员，ISO/TC 332于2021年成立，有18个发起成员国，中国共六名委员，闵浩先生是唯一的企业委员。 2.欧洲标准委员会 CEN/TC 263/WG 3 专家委员： Secure Storage of Cash, Valuables and Data Media Member of Sub-Committee CEN/TC 263/WG 3-Safe locks专家委员，闵浩先生是唯一的亚洲籍专家委员。 3.美国UL标准委员会-防盗锁及锁定机构 TC 0437 专家委员 4.中国国家标准化委员会 SAC/TC 100/SC1 专家委员： 全国安全防范报警系统标准化技术委员会—实体防护分技术委员会,SAC/TC100/SC1专家委员，是GB 10409-2019 《防盗保险柜(箱)》、GB 17565-2022 《防盗安全门通用技术条件》两项国家强制标准的主要起草人之一。 5.CCG全球化智库常务理事 6.中国五金交电化工商业协会标准化技术委员会副主任委员', seen: 'www.miit.gov.cn eval:web-mirror-miit-beijing-telecom' },
      { text: '关于专家组成员简介 段杰，别名:千洢老师，汉族，出生地:四川省，全时定妆师、医美咨询师，毕业于北京对外经济贸易大学(本科)。2014年之前从事教育培训工作。2014年赴韩国参加JEONG GRUP韩式半永久技能培训，取得从业资格，正式进入美业。2015年国际纹绣大赛全能冠军；2016年国际纹绣大会眉眼唇全能冠军；2017年国际评委、2019年评判长；2017年国际半永久奥林匹克大赛评委；2020年亚洲超级联赛形象大使。从事美业10年。2014年转型进入美业，曾获国际纹绣大赛冠军，并多次担任国际赛事评委及评判长。2024年拓展至医美咨询领域，兼具技术培训与行业评审经验。 2015年:通过术妍全时定妆高级定妆师考核，技术认证升级。 2016年:参加国际纹绣大会暨首届中华纹绣艺术国际精英赛，获眉眼唇全能冠军。 2017年:受邀赴马来西亚担任首届国际半永久奥林匹克大赛评委。 2019年:晋升为国际纹绣大会暨第四届中华纹绣艺术国际精英赛评判长。 2020年:获聘亚洲超级联赛形象大使，推动行业跨界合作。 2024年:完成医美咨询师考核，拓展职业领域。', seen: 'www.sc.gov.cn eval:web-mirror-sc-health-reply' },
      { text: '关于专家组： 王佳，华熠智库专家、中国东方文化研究会美育工作委员会客座教授。', seen: 'www.moe.gov.cn eval:h2-mirror-moe-heritage-campaign-notice' },
      // The heading as the next item of the document's own list.
      { text: '（五）关于专家组： 高金波，公共网络的发起人。 创作了三本个人著作，分别是《社会科学的数学原理》、《智能社会》 和《公共网络--债务制度的终结者》。有着20多年实体和互联网理论研究及实战经验。从2007年开始，高金波贯通了市场、历史、经济学、金融、股票、人类学、物理学、哲学、宗教等多个领域，发现旧知识体系和认知体系的第一参数是信息不对称，未来在信息对称参数中，并率先在互联网上提出“文明总在文明的边缘、城市化拐点是现代经济的分水岭、所有成本都是人力成本、商品是智能化控制的能量、智能化需要匹配群体开放式创新和社会主义公有制等观点”。 2015年：为化解人类在资本主义工业文明末期的系统性社会危机，高金波结合中国在社会主义制度、生产能力、网络用户和庞大的人才智力库等方面所具有的独特优势，正式发起创建匹配数字经济（智能社会）可持续良性发展的公共网络智能生态系统。 通过论坛发文、个人著书、书院讲课、创立网站、自媒体和公共平台，不断向互联网世界输送匹配智能化的新知识理论体系。 2007年：高金波发现互联网企业发展主要依靠的是用户的电脑、休闲时间和消费，要盘活用户应该采取公有制，于是由互联网行业改行，联合创立了东方慧润能源信息咨询有限公司。 2009年：全球次债危机冲击中国就业和经济，党中央号召国企抱团取暖，高金波给服务企业建议：创建新全民所有制股权共享的电商平台，盘活中国制造，发行储值（提货权），开启创新。 2010年：高金波与朋友陈实合作，创建短途电商平台9Mshop进行实验，理解了快消行业和与之配套的仓储、物流、地租和人员等成本变化关系，即这些数据与工业数据配套使市场可以变为一个有机的结构。研究发现，从全市场的角度看，所有成本均为人力成本。中国创新的困局和全球经济的困局实质上是结构性的困局。要摆脱这一困局，需要群体在互联网上达成创新契约，而非个体力量所能逆转。这样可以使劳动者逐步退出全职，为智能化腾出空间，摆脱人机竞争的局面。但此次试验，于2013年宣告失败。 2013年：高金波发起开放的登记网络众筹游戏（Idea To Money），试图通过颠倒流程，盘活消费者的流量，使之变成资本，再次进行群体开放式创新实践。 2013年：高金波写的第一本公共网络科学理论著作《一人一生工作200天，智能化送给人类的礼物》完成，并在网上公开分享。此书在2024年正式更名为《社会科学的数学原理》，于新加坡维泽科技出版社正式出版发行； 2015年：由高金波和陈实发起的面向生产侧的公共网络创新项目云钱包APP上线（之后更名为云账本和账本极速版，改向消费侧实践）； 2016年：高金波写的第二本公共网络实践指导著作《智能社会》在中信出版社发行； 2018年：面向消费侧的公共网络创新项目云账本APP上线，截止2024年4月底，注册用户已超过826万； 2020年：高金波的个人著作《公共网络---债务制度终结者》完成，并于2024年在英国科技出版社正式出版发行。 2021年：受高金波的新知识理论体系的影响，由消费者阶层楚佳富老师发起共建公共网络的线上自组织社群“心心相印”诞生； 2023年：受高金波的新知识理论体系的影响，由一批善良的中国家长和年轻大学生自发组织，旨在共建公共网络的自媒体社群“无冕之王”诞生； 2023年：受高金波的新知识理论体系的影响，由吕沛袀老师发起建立，旨在共建公共网络，传播未来新知，重塑民族信仰，终结内卷内斗，开启美好未来的母亲频道直播间诞生。 2023年：高金波的新知系列课程“消费生杀予夺100天”合集创作完成，并公开发布在哔哩哔哩、今日头条、视频号和YouTube等国内外知名自媒体平台； 2024年1月：国内媒体栏目《中国品牌故事》为高金波发起创建的公共网络做全面报道。 出版图书 《智能社会》 人类社会的历史长河，从农业社会，到工业社会，未来的发展方向无疑将是——智能社会。 《公共网络---债务制度的终结者》 人民创造历史和精英创造历史的本质都是人类创造历史。人类创造历史的世界观意味着过去和未来都是不一定。不一定的世界观使人类陷入熵增定律，不能自拔，在面对环境浩劫、世界大战、科技反噬和债务危机等公共危机会束手无策。', seen: 'www.wlmq.gov.cn eval:c18-wlmq-xinjiang-culture-cpd-training-notice' },
      { text: '四、关于专家组', seen: 'wsjkw.sh.gov.cn fixture:chrome/pages/mirror-shwsjkw-planted-card.txt' },
      // The heading bare over the profile's line, or the profile a chain of posts closing on the name.
      { text: '关于专家组：', seen: 'www.sjz.gov.cn fixture:chrome/pages/mirror-sjz-planted-card.txt' },
      { text: '关于专家组：', seen: 'www.cznd.gov.cn fixture:chrome/pages/mirror-cznd-planted-card.txt' },
      { text: '关于专家组 智城网络科技（广州）有限公司执行董事、广州祥龙智城网络有限公司执行董事文云祥', seen: 'www.by.gov.cn eval:c18-by-baiyun-internet-healthcare-forum-report' },
      // A card with no heading: a name, then résumé words or an encyclopedia card's fields.
      { text: '杜春玉出生于辽宁省辽阳市，4岁开始学习乒乓球。 2008年，6岁被选入辽阳市乒乓球队，从此开始乒乓球生涯。 ，中文名杜春玉，国 籍中国，民 族汉族，出生地辽宁省辽阳市，出生日期2002年01月05日，身 高175cm，体 重70 kg，毕业院校吉林体育学院，运动项目乒乓球，所属运动队辽宁省乒乓球队，打法：正手反胶，反手长胶（特殊打法），08年进入辽阳市体校，10年进入鞍山市军事体育学校，2010年辽宁省锦标赛 团体冠军，单打第六名入选辽宁队集训，2011年“红双喜.四环杯”’全国少儿乒乓球比赛 团体（丙组）第九名，单打（丙组）第十二名，2012年辽阳市首届青少年乒乓球锦标赛 团体（甲组）冠军，单打（甲组）第一名，2014年辽阳市第三届青少年乒乓球锦标赛 团体（甲组）冠军，单打（甲组）冠军，2018年“大国体育杯”辽宁乒乓球队公开选拔赛 入选辽宁乒乓球队集训（特殊打法）', seen: 'www.liaoyang.gov.cn eval:a15-liaoyang-gongchangling-pentathlon-opening-report' },
      { text: '刘高冲，毕业于河南省针灸推拿学院。海盛禾健康咨询有限公司监事。', seen: 'wsjkw.sh.gov.cn fixture:chrome/pages/mirror-shwsjkw-planted-card.txt' },
    ],
  },
  {
    // The word a picture or a video leaves where it stood (captions.ts, PICTURE_PLACEHOLDER):
    // strong, since it stands between the paragraphs it illustrates.
    id: 'picture-placeholder',
    reason: "a picture's or a video's placeholder",
    strength: 'strong',
    test: (l) => isPicturePlaceholder(l.text),
    examples: [
      { text: '图片', seen: 'www.mytaizhou.net eval:a20-mytaizhou-taizhou-mayor-wanwenhua-spring-festival-address' },
      { text: '图片', seen: 'wap.lxxww.com.cn eval:b24-lxxww-lixian-straw-fireworks-ban-meeting-report' },
      { text: '图片', seen: 'zazhizhixing.com eval:k5-zazhizhixing-fengxiang-tcm-hospital-annual-commendation' },
      { text: '影片', seen: 'stlkg.edu.hk eval:a9-stlkg-kindergarten-golden-jubilee-speech' },
      { text: '视频', seen: 'loriforfreedom.com eval:c14-loriforfreedom-legco-district-council-report' },
      { text: '图集', seen: 'www.xinhuanet.com eval:c5h-xinhuanet-wuhan-heroic-city-commentary' },
      { text: '点击查看原图', seen: 'jxsdfx.jxnu.edu.cn fixture:chrome/chromecap-s30/A/jxsdfx-s30-report/raw.txt' },
    ],
    counterexamples: [
      { text: '共分集中开会、观看“九万里风鹏正举”——建院60周年专题片、观看“与祖国同庆”——建院60周年联欢会(见首页视频窗口)、观看“与祖国同进”——建院60周年图片展等四项议程。会上,我院院长高春香向应邀出席的领导和来宾致欢迎词,', seen: 'qxxrmyy.cn fixture:chrome/chromecap-s30/A/qxxrmyy-s30-report/raw.txt' },
    ],
  },
  {
    id: 'video-player',
    reason: 'video player',
    strength: 'strong',
    test: VIDEO_PLAYER,
    examples: [
      { text: 'Play Video', seen: 'www.news.cn eval:news-xinhua-liqiang-xinjiang' },
      { text: '{!-- PGC_VIDEO:{"thumb_height": 360, "thumb_url": "2c269000a0051c2526ae0", "vname": "", "vid": "v02016370000bkvfufrivfcv6sa5aegg", "thumb_width": 640, "src_thumb_uri": "2c269000a0051c2526ae0", "sp": "toutiao", "update_thumb_type": 1, "vposter": "https://p3-sign.toutiaoimg.com/mosaic-legacy/2c269000a0051c2526ae0~noop.image?x-expires=1977916521&x-signature=JpHaMV%2F8ivXeehPYQmHAuErmJQU%3D", "video_size": {"high": {"duration": 89.49, "h": 480, "subjective_score": 0, "w": 854, "file_size": 6051955}, "ultra": {"duration": 89.49, "h": 720, "subjective_score": 0, "w": 1280, "file_size": 20690469}, "normal": {"duration": 89.49, "h": 360, "subjective_score": 0, "w": 640, "file_size": 3434886}}, "md5": "257c4c8f7510251ff2ed70c590300de8", "duration": 89.49, "file_sign": "257c4c8f7510251ff2ed70c590300de8", "thumb_uri": "2c269000a0051c2526ae0", "vu": "v02016370000bkvfufrivfcv6sa5aegg"} --}', seen: 'www.1bjqnw.com fixture:chrome/pages/1bjqnw-video.txt' },
    ],
  },
  {
    id: 'link-teaser',
    reason: 'prompt to a link the page lost',
    strength: 'strong',
    test: (l) => LINK_TEASER.test(l.text),
    examples: [
      { text: '查看原文', seen: 'freewechat.com fixture:chrome/pages/freewechat-zhixinwen.txt' },
      { text: '点击查看更多>>', seen: 'm.31ppt.com fixture:chrome/pages/31ppt-doc.txt' },
      { text: '点击查看更多>>', seen: 'm.bdocx.com fixture:chrome/pages/bdocx-doc.txt' },
      { text: '点击查看附件:公示名单', seen: 'elearning-innovators.com eval:ho-elearning-mep-ecocity-notice' },
      { text: '阅读剩余全文（）', seen: 'news.gmw.cn eval:c3b-gmw-space-zebrafish-report' },
      { text: '展开阅读全文', seen: 'blog.csdn.net fixture:chrome/pages/csdn-blog-tail.txt' },
    ],
  },
  {
    id: 'comment-section',
    reason: 'comment section',
    strength: 'edge',
    test: COMMENT_HEADING,
    examples: [
      { text: '留言与评论(共有 条评论) |', seen: 'www.laowenmi.com eval:pg-laowenmi-sanji-speech' },
      { text: '评论', seen: 'nurftech.com fixture:chrome/pages/nurftech.txt' },
      { text: '1 则留言:', seen: 'hatcher-lin.blogspot.com eval:d30-hatcher-lin-hengchun-vocational-teacher-graduation-blog-speech' },
      { text: '没有留言:', seen: 'hugo-lin-hugo-lin-hugo-lin.blogspot.com fixture:chrome/pages/hugolin-blogger.txt' },
      { text: '没有留言:', seen: 'twtreehugger.blogspot.com fixture:chrome/pages/twtreehugger-blogger.txt' },
    ],
  },
  {
    // The count a comment widget prints under the text, with its buttons: no sentence holds it bare.
    id: 'comment-count',
    reason: "the comment widget's count",
    strength: 'strong',
    test: (l) => l.text.length <= 40 && !/[。！？，,]/u.test(l.text) && COMMENT_COUNT.test(l.text),
    examples: [
      { text: '已有0人发表了评论', seen: 'creator-school.com eval:a7-creatorschool-hubei-discipline-banquet-exposure' },
      { text: '点击支持一下 共有条评论', seen: '00-net.com eval:b7-00net-cppcc-channel-qa-commentary' },
      { text: '共有 0 条评论 查看更多评论>>', seen: 'msn.finance.sina.com.cn eval:h2-msnsina-zhaoqizheng-cppcc-presser-report' },
    ],
  },
  {
    id: 'next-article',
    reason: 'the next article of an endless page',
    strength: 'edge',
    test: NEXT_ARTICLE,
    examples: [
      { text: '往下看更多文章', seen: 'www.bastillepost.com eval:c3b-bastillepost-sam-macau-press-report' },
      { text: '继续滑动看下一个', seen: 'mp.weixin.qq.com fixture:chrome/pages/wechat-scroll-tail.txt' },
      { text: '向上滑动看下一个', seen: 'mp.weixin.qq.com fixture:chrome/pages/wechat-scroll-tail.txt' },
    ],
  },
  {
    id: 'more-elsewhere',
    reason: 'a pointer to more on the site',
    strength: 'edge',
    prose: true,
    test: (l) => visibleLength(l.text) <= 80 && MORE_ELSEWHERE.test(l.text),
    examples: [
      { text: '更多“疫情一刀切政策怎么投诉举报”的相关经验资讯请关注www.qushijing.com', seen: 'www.tqxz.com eval:c4h-tqxz-epidemic-complaint-channels' },
      { text: '更多相关资讯请关注：绝地求生大逃杀专题', seen: 'www.ali213.net fixture:chrome/pages/ali213-tail.txt' },
      { text: '更多相关讨论请前往：绝地求生大逃杀论坛', seen: 'www.ali213.net fixture:chrome/pages/ali213-tail.txt' },
      { text: '注:更多精彩文章请关注爱华重阳节知识专题,', seen: 'aihuau.com eval:b9-aihuau-chengdu-poetry-society-chongyang-speech' },
    ],
  },
  {
    // A call to action is prose in form (如果喜欢本篇内容,请赞赏鼓励哦!), so the row reads prose lines; it takes them only outside the text.
    id: 'reader-appeal',
    reason: 'the page asking its reader to tip, follow, share or subscribe',
    strength: 'edge',
    prose: true,
    test: (l) => visibleLength(l.text) <= 80 && READER_APPEAL.test(l.text),
    examples: [
      { text: '如果喜欢本篇内容,请赞赏鼓励哦!', seen: 'www.xjzclk.com.cn eval:k2-xjzclk-mayor-development-zone-onsite-meeting-speech' },
      { text: '打开微信,点击 “ 发现 ” ,使用 “ 扫一扫 ” 即可将网页分享至朋友圈。', seen: 'www.qingyangwang.com.cn eval:c26-qingyangwang-xifeng-cppcc-civilized-city-infrastructure-report' },
      { text: '温馨提示:微信搜索公众号保定本地宝,关注后在对话框回复【疫情】可获河北/保定疫情最新消息、隔离核酸检测政策、管控措施、疫情病例轨迹等疫情消息。', seen: 'm.bd.bendibao.com eval:b21-bendibao-yaoshan-town-temple-fair-cancellation-notice' },
      { text: '详情请关注本台播出的《黄梅新闻》', seen: 'www.hypds.cn eval:k3-hypds-huangmei-county-head-maliang-testing-inspection-report' },
      { text: '免费订阅即时发给你', seen: 'hongkongnewsfeed.com eval:c20-hongkongnewsfeed-district-governance-briefing-report' },
    ],
    counterexamples: [
      { text: '学术及体艺公开比赛中取得优异成绩,赢得家长及社会各界人士的肯定及赞赏。', seen: 'www.easy-publish.org eval:y1-easypublish-hk-fukien-graduation-speech' },
    ],
  },
  {
    // Unmistakable wherever it stands: no text prints a login form's buttons as a line.
    id: 'login-form',
    reason: "a login form's options and prompts",
    strength: 'strong',
    test: (l) => LOGIN_FORM.test(l.compact),
    examples: [
      { text: '账号+密码登录', seen: 'ningxian.gov.cn eval:b27-ningxian-zhangmaolong-safety-emergency-inspection-report' },
      { text: '手机+密码登录', seen: 'ningxian.gov.cn eval:b27-ningxian-zhangmaolong-safety-emergency-inspection-report' },
      { text: '手机免密登录', seen: 'ningxian.gov.cn eval:b27-ningxian-zhangmaolong-safety-emergency-inspection-report' },
      { text: '请输入验证码', seen: 'pc.yun.jxntv.cn eval:b26-jxntv-anyi-traffic-police-odd-even-plate-camera-announcement' },
    ],
    counterexamples: [
      { text: '2、通过国家政务服务平台进行举报。在浏览器找到【国家政务服务平台】，在此平台【首页】找到【我要投诉】，输入用户ID和密码登录后，根据界面提示填写投诉内容就完成了。', seen: 'www.tqxz.com eval:c4h-tqxz-epidemic-complaint-channels' },
    ],
  },
  {
    id: 'jammer',
    reason: 'forum anti-copy jammer text',
    strength: 'strong',
    test: (l) => hanCount(l.text) === 0 && JAMMER_RUN.test(l.text) && /[%$#&*@!^`~\\'"(){}[\];?+=|]/u.test(l.text),
    examples: [
      { text: '8 H) l- y* X6 s b\' n+ F) T) D! N2 g; X/ |- Q', seen: 'laomiw.com fixture:chrome/pages/laomiw-forum.txt' },
      { text: ', [* {$ k9 Q+ i\' k5 r" z! U', seen: 'caiyes.cn fixture:chrome/pages/caiyes-forum.txt' },
    ],
  },
  {
    id: 'printed-markup',
    reason: 'markup or server output printed as text',
    strength: 'strong',
    test: /^(?:<\/?[a-z][^<>]*>\s*)+$|^!\[[^\]]*\]\([^)]*\)[\s|]*$|^\/\/.*统计|^\d{3} (?:Not Found|Forbidden|Bad Gateway|Internal Server Error)$|^nginx(?:\/[\d.]+)?$|^[\p{Script=Han}]{0,6}(?:loading|加载中|正在加载)(?:\.{3}|…)?(?:[，,]\s*请稍[候等][。.]?)?$|^(?:若|如)[^。]{0,10}请刷新(?:本)?页面[。.]?$|^(?:none|null|undefined|NaN)$/iu,
    examples: [
      { text: '404 Not Found', seen: 'jysb.shuren100.com eval:txt-shuren100-henan-education-speech' },
      { text: 'nginx', seen: 'jysb.shuren100.com eval:txt-shuren100-henan-education-speech' },
      { text: '![]() |', seen: 'bsphtq.cn fixture:chrome/pages/bsphtq-hospital.txt' },
      { text: '//站内统计//百度统计//谷歌统计//站长统计', seen: 'nurftech.com fixture:chrome/pages/nurftech.txt' },
      { text: 'none', seen: 'www.news.gov.hk eval:ho-newsgovhk-lam-zhejiang-speech' },
      { text: '加载中...', seen: 'finance.sina.cn eval:ho-sinacn-capital-env-notice' },
      { text: '调查问题加载中，请稍候。', seen: 'news.gmw.cn eval:c3b-gmw-space-zebrafish-report' },
      { text: '若长时间无响应，请刷新本页面', seen: 'news.gmw.cn eval:c3b-gmw-space-zebrafish-report' },
    ],
  },
  {
    id: 'cms-leftover',
    reason: "a template's file name, id or comment printed as text",
    strength: 'strong',
    test: (l) => isCmsLeftover(l.text),
    examples: [
      { text: '91f9ca0dcab8ef50ff5ae33ab14bbfa.jpg', seen: 'www.sjqbgw.com eval:h4-sjqbgw-cppcc-first-presser-report' },
      { text: '1489624643449', seen: 'ny.stgloballink.com eval:h5-stgloballink-premier-presser-report' },
      { text: '2020-04-24 1 1 南通日报 content_15530.html 1 3 关于征集崇川区公共卫生体系建设方面意见建议的通告 /enpproperty-->', seen: 'www.zgnt.net eval:h3-zgnt-chongchuan-public-health-notice' },
    ],
    counterexamples: [{ text: '3.拨打崇川区卫生健康委热线电话:85590062;', seen: 'www.zgnt.net eval:h3-zgnt-chongchuan-public-health-notice' }],
  },
  {
    id: 'icp-number',
    reason: 'ICP number',
    strength: 'strong',
    test: /ICP\s*(?:备|证|\d)/iu,
    examples: [
      { text: 'ICP备案号： 冀ICP备15003849号  技术支持： 秦皇岛昊锐科技有限公司', seen: '秦皇岛市应急管理局 fixture:chrome/pages/qhd-yjgl-footer.txt' },
      { text: 'Copyright \u00a0\u00a0©2015-2025\u00a0\u00a0老秘网 责任编辑:释然Powered by©Discuz!技术支持:秘途文化\u00a0\u00a0备案号 \u00a0\u00a0( 闽ICP备19022590号-1 闽公网安备35050302000919号 )', seen: 'laomiw.com raw:002' },
    ],
  },
  {
    id: 'police-filing',
    reason: 'public security filing number',
    strength: 'strong',
    test: /公网安备|公安机关备案号|公安备案号/u,
    examples: [
      { text: '电话： 0335-3650560  冀公网安备： 13030202002230', seen: '秦皇岛市应急管理局 fixture:chrome/pages/qhd-yjgl-footer.txt' },
      { text: '公安机关备案号：43010302000524', seen: '湖南省市场监督管理局 fixture:chrome/pages/hunan-amr-footer.txt' },
    ],
  },
  {
    id: 'copyright',
    reason: 'copyright',
    strength: 'strong',
    test: /copyright|©|\(c\)\s*\d{4}|版权所有|all rights reserved/iu,
    examples: [
      { text: '版权所有：湖南省市场监督管理局', seen: '湖南省市场监督管理局 fixture:chrome/pages/hunan-amr-footer.txt' },
      { text: 'Copyright \u00a0\u00a0©2015-2025\u00a0\u00a0老秘网 责任编辑:释然Powered by©Discuz!技术支持:秘途文化\u00a0\u00a0备案号 \u00a0\u00a0( 闽ICP备19022590号-1 闽公网安备35050302000919号 )', seen: 'laomiw.com raw:002' },
    ],
  },
  {
    id: 'login-prompt',
    reason: 'login prompt',
    strength: 'strong',
    test: LOGIN,
    examples: [
      { text: '您需要登录后才可以回帖 登录 | 立即注册', seen: 'laomiw.com raw:002' },
      { text: '首页>>登录,我要注册', seen: 'nurftech.com fixture:chrome/pages/nurftech.txt' },
      { text: '这是明报教育网-订户专区,进入本区前,请先登入系统...', seen: 'mingpao.com fixture:chrome/pages/mingpao-news.txt' },
      { text: '查看隐藏内容(*)需先登录', seen: 'bid.caigoupt.com fixture:chrome/pages/caigoupt-login.txt' },
      { text: '用户登录', seen: 'xinghai.gov.cn eval:b28-xinghai-county-flood-control-level-four-response-notice' },
      { text: '用户登录', seen: 'm.nbpengxuan.com eval:a9-nbpengxuan-school-principal-term-address-report' },
    ],
  },
  {
    id: 'doc-site-meta',
    reason: 'document-site upload details',
    strength: 'strong',
    test: /上传人(?:[（(]卖家[）)])?[:：]|文档编号[:：]|文档ID[:：]\s*\d+$|资源ID[:：]|^(?:[•·]\s*)?【下载声明】$|^(?:配套讲稿|特殊限制|关\s*键\s*词)[:：]$|^上传文档赚钱$|^书签\s+分享\s+收藏\s+举报\s+版权申诉|资源格式[:：]|_第\d+页$|^第\s*\d+\s*页\s*[/，,]?\s*共\s*\d+\s*页$|^编号[:：]\s*\d+$|^\d+页$|^\d+(?:\.\d+)?\s*[KMG]B$|^下载文档$|^论文部分内容阅读$|^文档评论\s*[（(]\d+[）)]$|^阅读\s*\d+\s*下载\s*\d+(?:\s|$)/u,
    examples: [
      { text: '上传人:b****5 文档编号:7612824 上传时间:2023-01-25 格式:DOCX 页数:28 大小:37.25KB', seen: 'm.bdocx.com fixture:chrome/pages/bdocx-doc.txt' },
      { text: '第1页 / 共43页', seen: 'm.31ppt.com fixture:chrome/pages/31ppt-doc.txt' },
      { text: '会议策划执行流程指导书_第1页', seen: 'renrendoc.com fixture:chrome/pages/renrendoc-doc.txt' },
      { text: '• 资源ID:1456059       资源大小:7.21MB        全文页数:90页', seen: 'bingdoc.com fixture:chrome/pages/bingdoc-doc.txt' },
      { text: '上传人:Le****97', seen: 'szcn-led.com eval:dirt-szcnled-zhucheng-emergency-plan' },
      { text: '33.20KB', seen: 'szcn-led.com eval:dirt-szcnled-zhucheng-emergency-plan' },
      // A periodical-sharing site's label over the excerpt it shows, on a page with no title of its own.
      { text: '论文部分内容阅读', seen: 'www.ppdoc.com eval:x2-ppdoc-ezhou-hospital-president-interview' },
      { text: '论文部分内容阅读', seen: 'soolun.net fixture:chrome/pages/soolun-periodical.txt' },
      // The document's own counters under its preview: its comments, its reads and downloads (with its size and pages).
      { text: '文档评论(0)', seen: 'max.book118.com fixture:chrome/pages/book118-doc.txt' },
      // The 淘文阁 template's card (163文库) and the 金锄头 template's document id (m.sobing.com).
      { text: '• 上传人(卖家):淡然人生', seen: '163wenku.com fixture:chrome/docsite-s36/A/163wenku-s36-taowenge/raw.txt' },
      { text: '• 【下载声明】', seen: '163wenku.com fixture:chrome/docsite-s36/A/163wenku-s36-taowenge/raw.txt' },
      { text: '配套讲稿:', seen: '163wenku.com fixture:chrome/docsite-s36/A/163wenku-s36-taowenge/raw.txt' },
      { text: '特殊限制:', seen: '163wenku.com fixture:chrome/docsite-s36/A/163wenku-s36-taowenge/raw.txt' },
      { text: '文档ID:147696779', seen: 'm.sobing.com fixture:chrome/docsite-s36/A/sobing-s36-jinchutou/raw.txt' },
      { text: '阅读 360 下载 34 大小 13.29K 总页数 0 页 2023-07-18 分享', seen: 'gwxzb.com fixture:chrome/pages/gwxzb-doc.txt' },
    ],
  },
  {
    id: 'share-widget',
    reason: 'share widget',
    strength: 'strong',
    test: (l) => l.short && /^分享(?:到|本文)?\s*[:：]|^分享(?:到)?$|分享到(?:微信|微博|QQ|朋友圈)|微信扫一扫|扫一扫分享/u.test(l.text),
    examples: [
      { text: '分享到 :', seen: 'dswxyjy.org.cn fixture:chrome/pages/dswxyjy-party.txt' },
      { text: '分享:', seen: 'szzj.gov.cn fixture:chrome/pages/szzj-gov.txt' },
      { text: '分享到微信 分享到微博 分享到QQ空间', seen: 'bingdoc.com fixture:chrome/pages/bingdoc-doc.txt' },
    ],
  },
  {
    id: 'breadcrumb',
    reason: 'breadcrumb',
    strength: 'strong',
    test: isBreadcrumb,
    examples: [
      { text: '新闻中心 > 社会新闻 > 正文', seen: 'news.sina.com.cn fixture:chrome/pages/sina-news.txt' },
      { text: '您现在的位置:首页 > 银行从业 > 银行业专业实务 > 个人贷款 >', seen: 'sz.jscj.com fixture:chrome/pages/jscj-finance.txt' },
      { text: '>> ... >> 其他政策文件', seen: 'szzj.gov.cn fixture:chrome/pages/szzj-gov.txt' },
      { text: '当前位置:   article > 正文', seen: 'wpsshop.cn fixture:chrome/pages/wpsshop-blog.txt' },
      { text: '首页 >> 情感', seen: 'zhuti.net.cn eval:txt-zhuti-agriculture-minister-press-interview' },
    ],
  },
  {
    id: 'related-link',
    reason: 'related link',
    strength: 'strong',
    prose: true,
    test: (l) => RELATED_LINK.test(l.text) && l.text.length <= 80 && !/[。！？；]$/u.test(l.text),
    examples: [
      { text: '相关解读：《江西省2022年国民经济和社会发展统计公报》解读', seen: 'www.yichun.gov.cn eval:gov-jiangxi-stats-bulletin' },
      { text: '推荐阅读：绥德交警：8月1日起，专项整治电动车、二轮车、三轮车违法行为', seen: 'mp.weixin.qq.com eval:web-wechat-suide-veterans' },
      { text: '相关专题:启航 现代化新征程——2021年全国两会系列评论', seen: 'opinion.voc.com.cn eval:a7-voc-two-sessions-proposal-word-limit-commentary' },
    ],
  },
  {
    id: 'related-links',
    reason: 'related links',
    strength: 'edge',
    test: (l) => RELATED_HEADING.test(l.text) || MORE_BOX_HEADING.test(l.compact) || LIST_WIDGET.test(l.text),
    examples: [
      { text: '相关新闻', seen: 'www.dingzhoudaily.com eval:txt-dingzhou-liuzao-straw-burning-report' },
      { text: '视频更 多', seen: '203.198.47.105 eval:b11-crntthk-legco-housing-qa-interview' },
      { text: '热点推荐更多>>', seen: 'kejuu.com fixture:chrome/pages/kejuu-fjsen-mirror.txt' },
      { text: '互动精选更多>>', seen: 'kejuu.com fixture:chrome/pages/kejuu-fjsen-mirror.txt' },
      { text: '推荐阅读：绥德交警：8月1日起，专项整治电动车、二轮车、三轮车违法行为', seen: 'mp.weixin.qq.com eval:web-wechat-suide-veterans' },
      { text: '相关解读：《江西省2022年国民经济和社会发展统计公报》解读', seen: 'www.yichun.gov.cn eval:gov-jiangxi-stats-bulletin' },
      { text: '相关专题:启航 现代化新征程——2021年全国两会系列评论', seen: 'opinion.voc.com.cn eval:a7-voc-two-sessions-proposal-word-limit-commentary' },
      { text: '相关范文推荐', seen: 'fwdq.com eval:a10-fwdq-winter-solstice-civilized-tomb-sweeping-article' },
      { text: '与共度中秋节讲话相关范文:', seen: 'qdfww.com eval:c15-qdfww-taishang-mid-autumn-speech' },
      { text: '新闻推荐', seen: 'm.yybnet.net eval:d24-yybnet-xingwen-county-secretary-zhangjian-plenum-interview' },
      { text: '最新文章', seen: 'n.kinliu.hk eval:c19-kinliu-kowloon-city-district-officer-article' },
      { text: '85%的人还看了', seen: 'www.tuliu.com eval:b23-tuliu-guidong-straw-burning-ban-notice' },
      { text: '猜你喜欢', seen: 'm.ddtbk.com eval:b22-ddtbk-changyuan-flood-traffic-control-notice' },
      { text: '- 相关推荐', seen: 'm.xcreativ.com fixture:chrome/toclists-s37/A/xcreativ-s37-recommend/raw.txt' },
    ],
    counterexamples: [{ text: '美方应当采取更多行动', seen: 'www.chinadaily.com.cn eval:html-chinadaily-experts-summit' }],
  },
  {
    id: 'prev-next',
    reason: 'previous and next links',
    strength: 'edge',
    // An e-paper's page navigation alone on its line: the page's number and name, 上一版/下一版, the
    // issue's page count (本期共4版(1-2-4)); never a headline.
    test: /^(?:上一(?:篇|条|页)|下一(?:篇|条|页))\s*[:：]|上一版\s*\d*\s+\d*\s*下一版|^(?:第[0-9A-Za-z]{1,6}版\s*[:：]\s*[\p{Script=Han}]{1,6}\s+)?下一版\s*[»>]?\s*(?:本期共\d{1,3}版(?:[（(][\d\-－]+[）)])?)?$/u,
    examples: [
      { text: '上一篇:在节后收心会上的讲话 下一篇:在2025年春节后收心大会上的讲话', seen: 'www.laowenmi.com eval:pg-laowenmi-sanji-speech' },
      { text: '第08版:综合 上一版3  4下一版', seen: 'paper.ce.cn eval:pg-ce-paper-xianweishuji-report' },
      { text: '第rb01版:头版 下一版', seen: 'static.0471tv.org.cn eval:c3b-0471tv-kaiju-xinbufa-report' },
      { text: '下一版»本期共4版(1-2-4)', seen: 'e.sxxycmw.com fixture:chrome/pages/sxxycmw-epaper-nav.txt' },
    ],
  },
  {
    id: 'info-line',
    reason: 'metadata line',
    strength: 'edge',
    test: isInfoLine,
    examples: [
      { text: '作者:揭阳中院课题组 发布时间:2016-08-16 08:16:34', seen: 'xyzy.jxfy.gov.cn eval:pg-jxfy-jieyang-court-article' },
      { text: '2019年11月20日 09:53:00来源:人民网-人民日报', seen: 'big5.taiwan.cn eval:pg-taiwan-cn-pinglun-article' },
      { text: 'http://www.sina.com.cn 2008年01月25日10:33 山西新闻网-山西晚报', seen: 'news.sina.com.cn eval:pg-sina-shanxi-jiwei-interview' },
      { text: '索引号 | xzfgzbmzfb/2021-3740 | 公开目录: | 县政府办文件,惠农惠民政策和资金 |', seen: 'www.hanyin.gov.cn eval:txt-hanyin-county-agri-funds-notice' },
      { text: '发 布 机 构 市人民政府办公室 发 文 日 期 2019-11-29', seen: 'qqhr.gov.cn fixture:chrome/pages/qqhr-gov.txt' },
      { text: '时效性 :现行有效', seen: 'laodongfa.com eval:pg-laodongfa-shanxi-notice' },
      { text: '原标题：春季学期开学，织密返校疫情防控网', seen: 'js.people.com.cn eval:ho-jspeople-school-return-report' },
      { text: '央视国际 (2005年03月08日 14:12)', seen: 'big5.cctv.com eval:c3b-cctv-baikeming-hebei-interview' },
    ],
    counterexamples: [{ text: '2019年11月29日', seen: 'qqhr.gov.cn fixture:chrome/pages/qqhr-gov.txt' }],
  },
  {
    id: 'page-controls',
    reason: 'page controls',
    strength: 'edge',
    test: (l) => isControlLine(l.text) || FORUM_TOOLBAR.test(l.text) || DECORATION.test(l.text),
    examples: [
      { text: '……', seen: 'www.wm114.cn eval:txt-wm114-county-village-election-speech' },
      { text: '放大 缩小 默认', seen: 'jysb.shuren100.com eval:txt-shuren100-henan-education-speech' },
      { text: '返回原图', seen: 'xxgk.jcivt.com eval:pg-jcivt-holiday-notice' },
      { text: '下载 相关 举报', seen: 'm.bdocx.com fixture:chrome/pages/bdocx-doc.txt' },
      { text: '秘途杂谈 发表于 2023-8-30 10:47:03 | 显示全部楼层 |阅读模式 打印 上一主题 下一主题', seen: 'laomiw.com raw:002' },
      { text: '|', seen: 'mtqyy.com fixture:chrome/pages/mtqyy-hospital.txt' },
      { text: '请选择... 进入行动版 | 继续浏览电脑版', seen: 'www.2241626.com eval:v2-2241626-taichung-new-year-gathering-forum-report' },
      { text: '请选择 进入手机版 | 继续访问电脑版', seen: 'gmjaja.com fixture:chrome/pages/gmjaja-forum.txt' },
      { text: '|', seen: 'ahjw.anhua.gov.cn fixture:chrome/pages/anhua-gov-cellbar.txt' },
    ],
  },
  {
    id: 'counters',
    reason: 'page statistics',
    strength: 'edge',
    test: (l) => USER_STATS.test(l.text) || PAGE_STATS.test(l.text),
    examples: [
      { text: '26粉丝', seen: 'laomiw.com raw:002' },
      { text: 'wmui / 3264人阅读', seen: 'ucloud.cn fixture:chrome/pages/ucloud-blog.txt' },
    ],
  },
  {
    id: 'hotline',
    reason: 'hotline',
    strength: 'edge',
    test: (l) => isContact(l) && HOTLINE.test(l.text),
    examples: [
      { text: '全国服务热线:', seen: 'laomiw.com raw:002' },
      { text: '徐州健康热线:0516——85707122', seen: '全程导医网 raw:004' },
    ],
  },
  {
    // The page pointing at where its text came from or lives: a label and an
    // address, under the text (原文链接：https://blog.csdn.net/…). A text's own
    // sentences do not open on 原文链接 and a colon.
    id: 'provenance-link',
    reason: "the page's link to its original",
    strength: 'edge',
    test: (l) => PROVENANCE_LINK.test(l.text),
    examples: [
      { text: '原文链接：https://blog.csdn.net/qq_42760638/article/details/116919205', seen: 'cdnb.net fixture:chrome/pages/cdnb-declaration.txt' },
      { text: '原文链接:http://ep.ycwb.com/epaper/ycwb/html/2017-06/28/content_117059.htm#article', seen: 'www.sysu.edu.cn fixture:region/pages/sysu-graduation.txt' },
    ],
  },
  {
    // A Discuz archive page's footer under the thread: its pager and the link
    // back to the full page, whose text is the thread's title.
    id: 'forum-archive-footer',
    reason: "a forum archive page's pager and full-version link",
    strength: 'edge',
    // The link's text is the thread's title, prose when it ends on 通告 or an exclamation.
    prose: true,
    test: (l) => FORUM_ARCHIVE_FOOTER.test(l.text),
    examples: [
      { text: '页: [1]', seen: 'ytbm.com eval:a8-ytbm-yongtai-emergency-response-notice' },
      { text: '查看完整版本: 重磅!永泰县启动重大突发公共卫生事件一级响应', seen: 'ytbm.com eval:a8-ytbm-yongtai-emergency-response-notice' },
      { text: '页: [1]', seen: 'www.jiexixian.net eval:w1-jiexixian-jieyang-police-fireworks-ban-notice' },
      { text: '查看完整版本: 揭阳市公安局关于禁止在市区燃放烟花爆竹的通告', seen: 'www.jiexixian.net eval:w1-jiexixian-jieyang-police-fireworks-ban-notice' },
    ],
  },
  {
    id: 'contact',
    reason: 'contact details',
    strength: 'edge',
    test: isContact,
    examples: [
      { text: '全国服务热线:', seen: 'laomiw.com raw:002' },
      { text: '0595-22880819', seen: 'laomiw.com raw:002' },
      { text: '地 址：湖南省长沙市芙蓉南路二段118号', seen: '湖南省市场监督管理局 fixture:chrome/pages/hunan-amr-footer.txt' },
      { text: '网站标识码： 1303000020  邮政编码： 066001', seen: '秦皇岛市应急管理局 fixture:chrome/pages/qhd-yjgl-footer.txt' },
    ],
    counterexamples: [
      { text: '咨询电话：0855-8225253、0855-8223107', seen: 'www.kaili.gov.cn eval:gov-kaili-recruit-notice' },
      { text: '监督电话：0855-8222559', seen: 'www.kaili.gov.cn eval:gov-kaili-recruit-notice' },
    ],
  },
  {
    id: 'cell-bar',
    reason: 'link bar',
    strength: 'edge',
    // A letter-spaced signature date splits into cells too (2024年 9 月 9 日): the text's.
    test: (l) => !isSpacedSignatureDate(l.text) && (isCellBar(l.text) || isLinkBar(l.text)),
    examples: [
      { text: '人人做记者 爆料方法 : | 爆料热线: | (852) 3600 3600 | 电 邮: | news@opg.com.hk | 网上爆料 |', seen: 'orientaldaily.on.cc eval:pg-oriental-xunshi-report' },
      { text: '支付宝生活号 | 微信服务号 | 微信订阅号 | 在线留言 |', seen: 'bsphtq.cn fixture:chrome/pages/bsphtq-hospital.txt' },
      { text: '网站首页  |  欢迎访问衡阳市中心医院官方网站 图书馆  |   设为首页  |  加入收藏', seen: 'heheying.net fixture:chrome/pages/heheying-hospital.txt' },
    ],
    counterexamples: [
      { text: '学 校 办 公 室', seen: 'cuiniaoyizhan.com eval:v2-cuiniaoyizhan-national-day-holiday-notice' },
      { text: '2024年 9 月 9 日', seen: 'wap.axnews.cn eval:b20-axnews-anxiang-traffic-police-school-road-notice' },
    ],
  },
  {
    id: 'site-greeting',
    reason: "the site's greeting",
    strength: 'edge',
    prose: true,
    test: (l) => SITE_GREETING.test(l.text) || INSTITUTION_GREETING.test(l.text),
    examples: [
      { text: '欢迎您访问临沂市中心医院!', seen: 'lyszxyy.com.cn eval:k5-lyszxyy-linyi-central-hospital-tcm-discussion-launch' },
      { text: '欢迎访问开鲁县人民政府!', seen: 'www.kailu.gov.cn eval:c21-kailu-ecology-deforestation-meeting-report' },
      { text: '您好,欢迎访问广东省湖南临湘商会官方网站!', seen: 'www.linxiangshanghui.org.cn eval:w2-linxiangshanghui-anqing-chamber-visit-report' },
      { text: '欢迎来到冰点文库! | 帮助中心 分享价值,成长自我!', seen: 'bingdoc.com fixture:chrome/pages/bingdoc-doc.txt' },
      { text: '欢迎来到三一办公! | 帮助中心 三一办公31ppt.com(应用文档模板下载平台)', seen: '31ppt.com fixture:structure/pages/31ppt-tishi.txt' },
      { text: '欢迎光临含义网,提供专业问答知识', seen: 'www.hanyi.net fixture:titles/hanyi-yanxiu.txt' },
    ],
    counterexamples: [{ text: '欢迎你们来广州。我们十分高兴地迎接你们的到来,广州市人民期待着你们的到来。在此,请允许我以广州市市长的身份,代表广州市政府和全体市民,向远道而来的评估团贵宾,表示热烈的欢迎和崇高的敬意!', seen: 'www.zhishi5.com eval:h5-zhishi5-guangzhou-mayor-welcome-speech' }],
  },
  {
    id: 'essay-site-slogan',
    reason: "an essay site's slogan",
    strength: 'edge',
    prose: true,
    test: ESSAY_SITE_SLOGAN,
    examples: [
      { text: '德育素材网提供各类范文写作素材!', seen: 'www.7rdy.cn eval:a23-7rdy-district-secretary-spring-festival-return-meeting-speech' },
      { text: '携笔同道www.xiebitongdao.com,每天更新精彩范文', seen: 'xiebitongdao.com eval:a22-xiebitongdao-hebei-secretary-wangdongfeng-press-briefing-speech' },
    ],
  },
  {
    id: 'site-banner',
    reason: 'site banner',
    strength: 'edge',
    test: (l) => SITE_BANNER.test(l.text) || URL_ONLY.test(l.text) || STAMPED_DOMAIN.test(l.text),
    examples: [
      { text: '三八奇趣网', seen: 'www.syjyzs888.com eval:pg-syjyzs-chuifenghui-interview' },
      { text: '冰点文库', seen: 'bingdoc.com fixture:chrome/pages/bingdoc-doc.txt' },
      { text: '【www.cnmengfu.com--党政报告】', seen: 'cnmengfu.com fixture:chrome/pages/cnmengfu-essay.txt' },
    ],
  },
  {
    id: 'advertisement',
    reason: 'advertisement',
    strength: 'edge',
    test: (l) => ((l.text.match(BOOK)?.length ?? 0) >= 3 && !isCitationList(l.text)) || (((l.short && !l.titleLike) || (isPhraseBar(l.text) && menuSiteName(l.text) === false)) && ADVERT.test(l.compact)),
    examples: [
      { text: '《文稿,还能这样写》作者雄文《笔杆子碎语》作者王一端《机关文稿写作入门》作者杨新宇《机关文字工作五十讲》作者何新国', seen: 'laomiw.com raw:002' },
      { text: '加入VIP,免费下载', seen: 'bingdoc.com fixture:chrome/pages/bingdoc-doc.txt' },
      { text: '不用抽 不用抢 现在用APP看新闻 保证天天中奖 点我下载APP 按我看活动办法', seen: 'news.ltn.com.tw eval:c5h-ltn-invoice-lottery-winners-report' },
    ],
    counterexamples: [
      { text: '赓续文化血脉 筑牢信仰根基 谱写青春华章', seen: 'www.moe.gov.cn eval:h2-mirror-moe-heritage-campaign-notice' },
      { text: '各位嘉宾、会员朋友:', seen: 'agnbn.com eval:x2-agnbn-chamber-midautumn-president-speech' },
      { text: '各位领导、各位嘉宾、各位会员:', seen: 'www.sdxzsh.com eval:x2-sdxzsh-xuzhou-chamber-founding-speech' },
      // A notice's legal basis, cut where the stored page ends: laws and plans cited, no books for sale (isCitationList).
      { text: '《中华人民共和国突发事件应对法》《中华人民共和国环境保护法》《中华人民共和国水污染防治法》《中华人民共和国固体废物污染环境防治法》《中华人民共和国大气污染防治法》《中华人民共和国安全生产法》《国家突发环境事件应急', seen: 'www.mdx.gov.cn eval:b20-mdx-mouding-environment-emergency-plan-notice' },
      { text: '依据《突发公共卫生事件应急条例》、《浙江省突发公共事件应急预案》、《浙江省突发公共卫生事件应急预案》、《浙江省防台风应急预案》、《舟山市突发公共事件应急预案》、《舟山市突发公共卫生事件应急预案》、《舟山市卫生计生系统防汛防', seen: 'www.daishan.gov.cn fixture:chrome/lostline-s35/A/daishan-s35-plan/raw.txt' },
    ],
  },
  {
    // A private hospital's consultation widget beside the text, between paragraphs as well: its words (CONSULT_WORDS) are no report's.
    id: 'consult-widget',
    reason: "a private hospital's consultation widget",
    strength: 'strong',
    test: (l) => !l.titleLike && CONSULT.test(l.compact),
    examples: [
      { text: '长春博润皮肤病医院推荐专家在线坐诊', seen: 'mzxwzx.com fixture:chrome/adspam-s34/A/mzxwzx-s34-spam/raw.txt' },
      { text: '(已有1255人咨询) 043181089997 2321939514', seen: 'mzxwzx.com fixture:chrome/adspam-s34/A/mzxwzx-s34-spam/raw.txt' },
      { text: '免费问医生', seen: 'www.sixiw.com fixture:chrome/adspam-s34/A/sixiw-s34-spam/raw.txt' },
    ],
    counterexamples: [
      { text: '今年的世界癫痫日主题是“全球范围内的癫痫”,2月15日,我院举办癫痫主题公益活动。神经内科主任医师于明、陈慧娟,主治医师徐建慧、蔡志荣现场为癫痫患者和家属答疑解惑。', seen: 'www.jdfy.cn fixture:chrome/adspam-s34/A/jdfy-s34-control/raw.txt' },
    ],
  },
  {
    id: 'site-menu',
    reason: 'site menu',
    strength: 'edge',
    test: (l) => menuSiteName(l.text) !== false,
    examples: [
      { text: '加入Vip免费下载 立即下载', seen: 'www.gongwk.com eval:txt-gongwk-township-revitalisation-pledge' },
      { text: '设为主页 加入收藏', seen: 'www.sxfj.gov.cn eval:txt-sxfj-loudi-two-responsibilities-article' },
    ],
  },
  {
    id: 'follow-prompt',
    reason: 'follow prompt',
    strength: 'edge',
    test: (l) => l.short && !l.titleLike && FOLLOW.test(l.compact),
    examples: [
      { text: '点击上方蓝字关注“微观三农”', seen: 'zhuti.net.cn eval:txt-zhuti-agriculture-minister-press-interview' },
      { text: '官方微信公众号', seen: 'laomiw.com raw:002' },
      { text: '微信扫一扫登录', seen: 'bingdoc.com fixture:chrome/pages/bingdoc-doc.txt' },
    ],
  },
  {
    id: 'navigation',
    reason: 'navigation',
    strength: 'edge',
    test: (l) => l.short && !l.titleLike && NAVIGATION.test(l.compact),
    examples: [
      { text: '购物车', seen: 'www.gongwk.com eval:txt-gongwk-township-revitalisation-pledge' },
      { text: '繁体版', seen: 'www.sm.gov.cn eval:txt-smgov-sanming-police-chiefs-report' },
      { text: 'English', seen: 'big5.taiwan.cn eval:pg-taiwan-cn-pinglun-article' },
      { text: '首     页 政 务 公 开 网 上 办 事 互 动 交 流 走 进 鹤 城', seen: 'qqhr.gov.cn fixture:chrome/pages/qqhr-gov.txt' },
    ],
    counterexamples: [{ text: '十九大新闻中心举行中外记者欢迎酒会(组图)', seen: 'news.cri.cn fixture:chrome/pages/cri-captions.txt' }],
  },
  {
    id: 'column-label',
    reason: 'column label',
    strength: 'edge',
    test: LIST_COLUMN,
    examples: [
      { text: '医院新闻', seen: 'kshongxin.cn fixture:chrome/pages/kshongxin-hospital.txt' },
      { text: '医院动态', seen: 'bsphtq.cn fixture:chrome/pages/bsphtq-hospital.txt' },
      { text: '导读', seen: 'nurftech.com fixture:chrome/pages/nurftech.txt' },
      { text: '资讯专栏INFORMATION COLUMN', seen: 'ucloud.cn fixture:chrome/pages/ucloud-blog.txt' },
    ],
  },
  {
    id: 'e-paper',
    reason: 'e-paper navigation',
    strength: 'edge',
    test: (l) => l.short && !l.titleLike && EPAPER.test(l.compact),
    examples: [
      { text: '第2版:新闻', seen: 'jysb.shuren100.com eval:txt-shuren100-henan-education-speech' },
      { text: '第A05版:崇川在线', seen: 'www.zgnt.net eval:h3-zgnt-chongchuan-public-health-notice' },
      { text: '标题导航', seen: 'paper.ce.cn eval:pg-ce-paper-xianweishuji-report' },
      { text: '人民日报海外版 2016年11月25日 星期五', seen: 'paper.people.com.cn fixture:chrome/pages/people-paper-captions.txt' },
      { text: '2018年1月25日 星期', seen: 'szb.xnnews.com.cn eval:x1-xnnews-jiayu-inspection-report' },
    ],
  },
  {
    id: 'disclaimer',
    reason: 'disclaimer',
    strength: 'edge',
    prose: true,
    test: (l) => RIGHTS_HEADING.test(l.text) || DISCLAIMER.test(l.text) || SITE_DECLARATION.test(l.text),
    examples: [
      { text: '版权声明:本文内容由互联网用户自发贡献,该文观点仅代表作者本人。本站仅提供信息存储空间服务,不拥有所有权,不承担相关法律责任。如发现本站有涉嫌抄袭侵权/违法违规的内容, 请发送邮件至 yyfangchan@163.com (举报时请带上具体的', seen: 'yyfangchan.com eval:a8-yyfangchan-nurses-day-president-speech' },
      { text: '版权声明：本文内容由互联网用户自发贡献，该文观点仅代表作者本人。本站仅提供信息存储空间服务，不拥有所有权，不承担相关法律责任。如发现本站有涉嫌侵权/违法违规的内容， 请发送邮件至 举报，一经查实，本站将立刻删除。', seen: 'javaforall.cn fixture:chrome/pages/javaforall-declaration.txt' },
      { text: '原创文章，作者：Edit1，如若转载，请注明出处：https://docs.pingcode.com/baike/3402542', seen: 'docs.pingcode.com fixture:chrome/pages/pingcode-declaration.txt' },
      { text: '原创文章，作者：优速盾-小U，如若转载，请注明出处：https://www.cdnb.net/bbs/archives/168', seen: 'cdnb.net fixture:chrome/pages/cdnb-declaration.txt' },
      { text: '时间:2019-05-14 10:45:55下载本文作者:会员上传', seen: 'xiexiebang.com eval:txt-xiexiebang-hunan-graduate-employment-notice' },
      { text: '导语:全市组织工作会议讲话一文来源于网友上传,不代表本站观点,若需要原创文章可咨询客服老师,欢迎参考。', seen: 'gwyoo.com eval:txt-gwyoo-maoming-organisation-speech' },
      { text: '本网站之文字、图片及影音，非经授权，不得转载、公开播送或公开传输及利用。', seen: 'www.cna.com.tw eval:html-cna-egg-shortage' },
      { text: '反侵权公告：', seen: 'www.shjnet.cn eval:ho-shjnet-xiji-potato-report' },
      { text: '凡呼和浩特融媒体中心记者署名文字、图片,版权均属呼和浩特融媒体中心所有。任何媒体、网站或个人,未经本报授权不得转载、链接、转帖或以其他方式复制发表;', seen: 'static.0471tv.org.cn eval:c3b-0471tv-kaiju-xinbufa-report' },
      { text: '已经由本报授权的媒体、网站,在下载使用时必须注明“来源:呼和浩特融媒体中心”,违者本报将依法追究法律责任。', seen: 'static.0471tv.org.cn eval:c3b-0471tv-kaiju-xinbufa-report' },
      { text: '本站原创文章,转载请附上原文链接。', seen: 'wap.wlynews.cn eval:b10-wlynews-wulingyuan-deputies-register-report' },
      // The reprint clause of one county news-site system, with 出处 before 链接 (江华新闻网, 新田新闻网).
      { text: '本文为江华新闻网原创文章,转载请附上原文出处链接和本声明。', seen: 'www.czjxsdjg.com eval:b31-czjxsdjg-jianghua-police-chief-lixinjian-spring-festival-inspection-untitled-trad-gb18030-report' },
      { text: '本文为新田新闻网原创文章,转载请附上原文出处链接和本声明。', seen: 'nyxt.cn fixture:dates/pages/nyxt-jiantou-town-congress.txt' },
      { text: '运城日报、运城晚报所有自采新闻(含图片)独家授权运城新闻网发布,未经允许不得转载或镜像;授权转载务必注明来源,例:“运城新闻网-运城日报 ”。', seen: 'www.sxycrb.com eval:a9-sxycrb-pinglu-procuratorate-openday-report' },
      { text: '本站部分信息由相应民事主体自行提供,该信息内容的真实性、准确性和合法性应由该民事主体负责。乡镇时评网 对此不承担任何保证责任。', seen: 'xzspw.org.cn eval:a10-xzspw-huainan-discipline-coordination-zone-report' },
      { text: '本网部分转载文章、图片等无法联系到权利人,请相关权利人与本网站联系。', seen: 'xzspw.org.cn eval:a10-xzspw-huainan-discipline-coordination-zone-report' },
      { text: '2. 为防止用户资源被随意传播,本站部分文稿需要会员才可阅读或下载,请予谅解与支持!', seen: 'xinmengxiang.cn eval:h4-xinmengxiang-county-health-work-speech' },
      { text: '北晚新视觉网版权与免责声明: 一、凡本站中注明“来源:北晚新视觉网或北京晚报”的所有文字、图片和音视频,版权均属北晚新视觉网所有,转载时必须注明“来源:北晚新视觉网”,并附上原文链接。 二、凡来源非北晚新视觉网或北京晚报的新闻(作品)只代表本网传播该消息,并不代表赞同其观点。 如因作品内容、版权和其它问题需要同本网联系的,请在见网后30日内进行,联系邮箱:takefoto@vip.sina.com。', seen: 'www.takefoto.cn fixture:chrome/pages/takefoto-news.txt' },
    ],
  },
  {
    // A vocabulary of button words (vocabulary.ts) misses each site's own wording
    // (打印文章, 添加收藏, 查看评论, 用户登录); the shape does not: a line made only of
    // bracketed labels is the page's buttons. No body line of a development case has
    // it. Round brackets are left out (（袁源） is a credit, （完） an ending), and so is
    // a bracketed name (【张三】 signs). Edge: the text's own bracketed heading stays.
    id: 'bracketed-links',
    reason: "a line of bracketed link names: the page's buttons",
    strength: 'edge',
    test: (l) => isBracketedLinks(l.text),
    examples: [
      { text: '【打印文章】 【添加收藏】', seen: '58.18.225.91 fixture:chrome/pages/hedong-print-links.txt' },
      { text: '【查看完整讨论话题】 | 【用户登录】 | 【用户注册】', seen: 'pltyw.com eval:c15-pltyw-labour-struggle-article' },
      { text: '『查看评论』', seen: 'www.028news.net fixture:chrome/pages/028news-comment-link.txt' },
    ],
    counterexamples: [
      { text: '(梅本炎)', seen: 'www.xuanzhou.gov.cn fixture:chrome/pages/xuanzhou-credit-tail.txt' },
      // A turn's label on a line of its own, its words on the next: an online interview's transcript.
      { text: '【主持人】', seen: 'zxft.jian.gov.cn eval:a29-jian-anfu-county-head-maojianghu-online-interview' },
    ],
  },  {
    // Last: only lines no row above names. A byline the rows above read is left to
    // the structure stage's head and tail; these are removed where they stand.
    id: 'credit-parts',
    reason: 'a credit line of labels and names',
    strength: 'strong',
    test: (l) => creditPartNames(l.text) !== undefined || SUPPLIED_BY.test(l.text) || SUPPLIED_IN_BRACKETS.test(l.text),
    examples: [
      { text: '图文:胡泽(县融媒体中心)', seen: 'lvzhi.paituo.cc eval:a11-paituo-county-election-discipline-training-report' },
      { text: '特约评论员/苗瑞祥', seen: 'www.taicangdaily.com eval:b11-taicangdaily-good-reviews-commentary-article' },
      { text: '文字/黄家池 古悦璇 陆雪雯 赵云梓', seen: 'www.circlevilleutah.com fixture:chrome/pages/circlevilleutah-media-visit-credits.txt' },
      { text: '图/何钰博', seen: 'bjhuanyue.com fixture:chrome/pages/bjhuanyue-volunteer-credits.txt' },
      { text: '丛树有我--赴社区支援服务团供稿', seen: 'bjhuanyue.com fixture:chrome/pages/bjhuanyue-volunteer-credits.txt' },
      { text: '(欧阳贽 供稿)', seen: 'qzjgxx.cn eval:a12-qzjgxx-quanzhou-school-police-flag-report' },
    ],
    counterexamples: [
      { text: '县委常委、组织部部长 周文斌', seen: 'synthetic fixture:chrome/wechat-tail.txt' },
      { text: '着素色西装 开场先向记者鞠躬', seen: 'news.qingdaonews.com fixture:region/pages/qingdaonews-shandong-spokeswoman.txt' },
      { text: '记者：首先欢迎你来到新华网接受我们的采访，既然你是农机行业的专家，想必对农业也非常熟悉了，请问你怎样看待农业税补贴问题？', seen: 'chinaneast.xinhuanet.com eval:news-chinaneast-farm-machinery-interview' },
    ],
  },
];

// Photo captions and picture leftovers by marks every site prints alike (caption-marks.ts):
// one rule per row, each row's id its own in the cleaning log. Tried first: their marks are
// narrow, and a row above would take some of their lines as edge-only chrome (the contact
// row reads WeChat_20241019121700 as a WeChat account), left where they stand between paragraphs.
CHROME_RULES.unshift(
  ...CAPTION_MARKS.map(
    (mark): ChromeRule => ({ id: mark.id, reason: mark.reason, strength: 'strong', prose: true, test: mark.pattern, examples: mark.examples, counterexamples: mark.counterexamples }),
  ),
);

/** One bracketed link name: 2–8 Han in 【】, [], 『』 or 〖〗, nothing else inside. */
const BRACKETED_LINK = /[【\[『〖]\s*(\p{Script=Han}{2,8})\s*[】\]』〗]/gu;

/** A line made only of bracketed link names, with spaces or bars between them, none a person's name. */
export function isBracketedLinks(text: string): boolean {
  const rest = text.replace(BRACKETED_LINK, '').replace(/[\s|｜]+/gu, '');
  if (rest !== '') return false;
  const names = [...text.matchAll(BRACKETED_LINK)].map((m) => m[1]!);
  return names.length > 0 && !names.some(isBracketedName) && !isLoneTurnLabel(text);
}

/**
 * A person's name in brackets signs the text (【梅本炎】). parseNameLine alone also reads
 * words opening with a surname (查看评论, 关闭窗口) as names, so a longer one must be
 * one jieba reads as a name (nr) too.
 */
function isBracketedName(word: string): boolean {
  if (parseNameLine(word) === undefined) return false;
  return word.length <= 3 || segmenter().tag(word, false).some((t) => t.tag.startsWith('nr'));
}

function lineOf(raw: string): Line {
  const text = raw.trim();
  const compact = text.replace(/\s/gu, '');
  return {
    text,
    compact,
    prose: isProse(text),
    short: hanCount(text) <= 20 && sentenceEnds(text) === 0,
    // 关于加强微信公众号管理的通知 is a title; 当前位置：首页 > 政务公开 is not.
    titleLike: (TITLE_WORDS.test(compact) || HEADLINE_MEDIA.test(compact)) && !/[>»|｜]/u.test(text),
  };
}

/** Whether the row flags the line (its prose gate included). */
export function ruleMatches(rule: ChromeRule, raw: string): boolean {
  const line = lineOf(raw);
  return matchLine(rule, line);
}

function matchLine(rule: ChromeRule, line: Line): boolean {
  if (line.prose && !rule.prose) return false;
  // A speech's salutation (各位领导、各位嘉宾、各位会员：) addresses people; words a
  // vocabulary lists inside it (会员) do not make it a page's furniture.
  if (rule.strength !== 'strong' && isSalutation(line.text)) return false;
  return rule.test instanceof RegExp ? rule.test.test(line.text) : rule.test(line);
}

/**
 * The rule each line met (null: none), remembered: the stage, its line model
 * and its features ask about the same lines of a page several times (4,937
 * calls for 2,695 distinct lines over 200 bench documents), and the rules are
 * pure. Emptied when full, so it holds about one page's lines and its site's.
 */
const ruled = new Map<string, ChromeRule | null>();
const RULED_LIMIT = 4096;

/** What chrome the line is, or undefined for document text. */
export function classifyChrome(raw: string): ChromeVerdict | undefined {
  let rule = ruled.get(raw);
  if (rule === undefined) {
    const line = lineOf(raw);
    rule = line.text === '' ? null : (CHROME_RULES.find((r) => matchLine(r, line)) ?? null);
    if (ruled.size >= RULED_LIMIT) ruled.clear();
    ruled.set(raw, rule);
  }
  // A new verdict each time: callers own what they are given.
  return rule ? { rule: rule.id, reason: rule.reason, strength: rule.strength, strong: rule.strength === 'strong' } : undefined;
}

const BRACKETED = /[【\[]([^】\]]{1,8})[】\]]/gu;

/**
 * Bracketed buttons glued to the ends of a kept line ("标题 [复制链接]",
 * "【打印】标题"): the line without them, and what was cut.
 */
export function stripEdgeControls(line: string): { line: string; cut: string[] } {
  const cut: string[] = [];
  const edges = [...line.matchAll(BRACKETED)].filter((m) => isControlToken(m[1]));
  let rest = line;
  for (const m of edges.reverse()) {
    const at = m.index ?? 0;
    const before = rest.slice(0, at);
    const after = rest.slice(at + m[0].length);
    if (before.trim() !== '' && after.trim() !== '') continue;
    cut.unshift(m[0]);
    rest = before.trimEnd() + (before.trim() === '' ? after.trimStart() : after);
  }
  return { line: rest, cut };
}

/**
 * Discuz!'s jammer() (source/function/function_discuzcode.php) prints 5 to 15
 * pairs chr(32–59) + ' ' + chr(63–126): a sign, digit or space, a space, then a
 * letter or one of ?@[\\]^_`{|}~. So a run ends on that one character and the
 * text may follow with no space at all, even when it starts with a digit or a
 * Latin word ("…Z5 _1.作评价。", "…l2 s nTVBNOW 含有…"); a pair whose sign was a
 * space prints two spaces ("2 p  [, ^0 C7 a"). Read by that grammar, the run's
 * end is known wherever the text begins.
 */
const DISCUZ_MORE = String.raw`(?:(?:[\x21-\x3b] |[ \u00a0]{1,2})[\x3f-\x7e]){4,14}`;
const DISCUZ_HEAD = new RegExp(String.raw`^\s*((?:[\x21-\x3b] )?[\x3f-\x7e]${DISCUZ_MORE})(?=\S)`, 'u');
const DISCUZ_TAIL = new RegExp(String.raw`(?<=[\p{Script=Han}。，！？；：”）])\s*([\x21-\x3b]?[ \u00a0]{1,2}[\x3f-\x7e]${DISCUZ_MORE})\s*$`, 'u');

const JAMMER_PAIR = /[\x21-\x7e][ \u00a0]/u;

/**
 * Jammer runs glued to the start or end of a line of text
 * ("高屋建瓴。' C9 b6 E# T. u7 ?"): the line without them, and what was cut.
 */
export function stripJammer(line: string): { line: string; cut: string[] } {
  const cut: string[] = [];
  // Every pattern below holds a sign, digit or letter before a space: a line
  // without one (most lines of Chinese text) is not handed to patterns tried
  // at each of its positions.
  if (!JAMMER_PAIR.test(line)) return { line, cut };
  let rest = line;
  const tail = rest.match(/(?<=[\p{Script=Han}。，！？；：”）])\s*((?:[\x21-\x7e]{1,2} ){3,}[\x21-\x7e]{1,2})\s*$/u) ?? rest.match(DISCUZ_TAIL);
  if (tail && /[%$#&*@!^`~\\'"(){}[\];?+=|]/u.test(tail[1])) {
    cut.push(tail[1]);
    rest = rest.slice(0, tail.index).trimEnd();
  }
  const head = rest.match(/^\s*((?:[\x21-\x7e]{1,2} ){3,}[\x21-\x7e]{1,2})(?=[\p{Script=Han}“（])/u) ?? rest.match(DISCUZ_HEAD);
  if (head && /[%$#&*@!^`~\\'"(){}[\];?+=|]/u.test(head[1]) && hanCount(rest.slice(head[0].length)) > 0) {
    cut.push(head[1]);
    rest = rest.slice(head[0].length);
  }
  return { line: rest, cut };
}
