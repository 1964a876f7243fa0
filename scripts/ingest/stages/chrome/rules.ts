// Chrome rules: each looks at one line's features and vocabulary and names
// what kind of site furniture it is. Hand-written because no library
// classifies page furniture in already-extracted Chinese text; the
// vocabulary is that of forum, CMS, WeChat and government-site templates in
// general, not of any one page.
import { hanCount, isProse, sentenceEnds } from './features.ts';
import { isLabelLine } from './labels.ts';

export interface ChromeVerdict {
  reason: string;
  /** Unmistakable anywhere: removed even between body paragraphs. */
  strong: boolean;
}

/** Tokens a line of buttons and toggles is made of (关灯, 打印, 字号：大 中 小, [复制链接]). */
const CONTROL_TOKEN = new RegExp(
  '^(?:' +
    [
      '关灯', '开灯', '打印(?:本页|本文|此文)?', '关闭(?:窗口|本页)?', '(?:加入)?收藏(?:本文)?', '分享(?:到)?', '复制(?:链接|网址|本文)?',
      '举报', '回复', '评论', '点赞', '赞', '纠错', '我要纠错', '字号', '字体', '大', '中', '小', '默认', '放大', '缩小', '朗读',
      '返回(?:顶部|首页|列表|目录)?', '顶部', '上一(?:篇|页|版|主题)', '下一(?:篇|页|版|主题)', '(?:开启|关闭|显示|隐藏)(?:左侧|右侧|侧栏|侧边栏)',
      '展开(?:全文)?', '收起', '(?:阅读|查看)?全文', '更多', '手机版', '扫一扫', '在手机上(?:阅读|打开)', '微信', '微博', 'QQ空间',
      '在看', '(?:选择)?字号', '版面导航', '支持', '反对', '发新帖', '发表回复', '快速回复', '高级模式', '使用道具', '只看该作者',
    ].join('|') +
    ')$',
  'u',
);
const TOKEN_SEPARATORS = /[\s|｜【】\[\]()（）:：·•/丨]+/u;

const FORUM_TOOLBAR = /^(?:个性)?签名\s*[:：]|发表于|本帖最后由.+编辑|显示全部楼层|只看该作者|阅读模式|电梯直达|倒序浏览|跳转到指定楼层|楼主\s*[|｜]|上一主题|下一主题/u;
const PAGE_STATS = /(?:阅读|浏览|点击|访问|查看)(?:次数|量|数)?\s*[:：]?\s*\d+|您是第\s*\d+\s*位/u;
const USER_STATS = /^\s*\d+\s*(?:关注|粉丝|听众|收听|帖子|主题|回帖|积分|精华|好友|文章|作品|获赞|阅读|浏览|评论|点赞|收藏|转发)\s*$/u;
const LOGIN = /(?:登录|登陆)后(?:才(?:可以|能)|方可)|立即注册|注册账号|忘记密码|找回密码|快速登录|没有账号/u;
const FOLLOW = /收录于|合集|微信|公众号|订阅号|服务号|视频号|微博|抖音|二维码|扫码|扫一扫|长按识别|关注我们|阅读原文|分享到|点个?在看|客户端|APP|App/u;
const NAVIGATION =
  /排行榜|专栏|积分|版块|首页|网站地图|联系我们|关于我们|免责声明|隐私政策|版权声明|投稿|广告服务|友情链接|设为首页|返回顶部|上一篇|下一篇|相关阅读|推荐阅读|相关文章|相关新闻|热门文章|热点推荐|猜你喜欢|往期(?:推荐|回顾)|当前位置|您的位置|现在的位置|政务公开|信息公开|网上办事|办事服务|互动交流|政民互动|新闻中心|分辨率|浏览器/u;
const DISCLAIMER = /免责声明|如有侵权|本文(?:由|来自|转自|来源于)|版权归.{0,6}所有|(?:会员|网友|用户)上传|侵权请?联系|转载请注明|不代表本(?:站|网)|本(?:站|网)(?:部分)?(?:内容|文章)|未经(?:授权|许可).{0,8}(?:转载|复制|使用)/u;
const CONTACT_LABEL =
  /^[\p{Script=Han}A-Za-z]{0,6}(?:热线|熱線|客服|电话|電話|传真|手机|地址|邮编|邮箱|E-?mail|QQ|微信|运营中心|主办(?:单位)?|承办(?:单位)?|协办(?:单位)?|网站标识码|网站识别码|技术支持)\s*[:：]/iu;
const HOTLINE = /热线|熱線|客服|投诉|举报电话/u;
const PHONE = /(?:\(?0\d{2,3}\)?\s*[-－—–\s]*\s*\d{7,8}|(?<!\d)1[3-9]\d{9}(?!\d)|400[-\s]?\d{3}[-\s]?\d{4})/u;
const ICP = /ICP\s*(?:备|证|\d)/iu;
const POLICE_FILING = /公网安备/u;
const COPYRIGHT = /copyright|©|\(c\)\s*\d{4}|版权所有|all rights reserved/iu;
const CREDITS = /powered\s+by|技术支持\s*[:：]|网站(?:建设|设计|维护)\s*[:：]/iu;
const URL = /^(?:https?:\/\/|www\.)\S+$/iu;
const EMAIL = /[\w.+-]+\s*[@#]\s*[\w-]+(?:\.[\w-]+)+/u;
/** A line that is only a site's name: 某某网, 某市人民政府门户网站. */
// A title may end in 网 (织密民生保障网), so a bare xx网 must be short.
const SITE_BANNER = /^(?:[\p{Script=Han}A-Za-z0-9]{2,16}(?:网站|網站|频道|頻道)|[\p{Script=Han}A-Za-z0-9]{2,4}[网網])$/u;
/** A printed issue's furniture: 人民日报 2023年08月30日 星期三, 第04版：要闻. */
const EPAPER = /星期[一二三四五六日天]|第\s*[0-9０-９]+\s*版|版面导航|本版(?:新闻|文章|标题)|返回目录/u;
/** Decorative separators and WeChat endings (▼, ↓↓↓, - END -); `*` is left for redaction marks. */
const DECORATION = /^(?:[\s\-–—_=~·•.▼▲↓↑→←►◆◇■●○☆★…]+|[-—\s]*END[-—\s]*)$/iu;
/** Promotional wording: courses, live rooms, sign-ups. */
const ADVERT = /培训班|培训课程|课程|直播间?|报名|招生|咨询|优惠|特价|广告|推广|赞助|免费领取|限时|下载/u;
/** Words that make a short line a title rather than a menu item or an advert. */
const TITLE_WORDS = /讲话|发言|致辞|报告|讲稿|会议|座谈|仪式|典礼|论坛|关于|通知|意见|方案|决定|办法|规定|要点|工作|建设|管理|在.+上/u;
const BOOK = /《[^》]+》/gu;

/** Several short unpunctuated tokens in a row: a menu or a bar of links. */
function isLinkBar(line: string): boolean {
  const tokens = line.split(/\s+|[|｜]/u).filter(Boolean);
  return tokens.length >= 5 && tokens.every((t) => [...t].length <= 8) && !/[，,。、；：:！？《》（）()“”"]/u.test(line);
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

/** A button, possibly with its counter (收藏0, 点赞 12). */
function isControlToken(token: string): boolean {
  return CONTROL_TOKEN.test(token.replace(/\d+$/u, ''));
}

function isControlLine(line: string): boolean {
  const tokens = line.split(TOKEN_SEPARATORS).filter(Boolean);
  return tokens.length > 0 && tokens.every(isControlToken);
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

/** Short, unpunctuated: a menu item, label or counter rather than a sentence. */
function isShortFragment(line: string): boolean {
  return hanCount(line) <= 20 && sentenceEnds(line) === 0;
}

/** What chrome the line is, or undefined for document text. */
export function classifyChrome(line: string): ChromeVerdict | undefined {
  const text = line.trim();
  const prose = isProse(text);
  const strong = (reason: string): ChromeVerdict => ({ reason, strong: true });
  const edge = (reason: string): ChromeVerdict => ({ reason, strong: false });

  if (!prose) {
    if (ICP.test(text)) return strong('ICP number');
    if (POLICE_FILING.test(text)) return strong('public security filing number');
    if (COPYRIGHT.test(text)) return strong('copyright');
    if (LOGIN.test(text)) return strong('login prompt');
    if (URL.test(text)) return strong('URL');
    if (CREDITS.test(text)) return edge('site credits');
    if (FORUM_TOOLBAR.test(text)) return edge('forum toolbar');
    if (isControlLine(text)) return edge('page controls');
    if (isLabelLine(text)) return edge('metadata line');
    if (USER_STATS.test(text)) return edge('user statistics');
    if (PAGE_STATS.test(text)) return edge('page statistics');
    if (DECORATION.test(text)) return edge('decoration');
    // 联系人 lines belong to a notice's text, not to the site.
    const contactPerson = /联系人/u.test(text);
    if (CONTACT_LABEL.test(text) && !contactPerson) return edge(HOTLINE.test(text) ? 'hotline' : 'contact details');
    if (PHONE.test(text) && hanCount(text) <= 12 && !contactPerson) return edge(HOTLINE.test(text) ? 'hotline' : 'phone number');
    if (EMAIL.test(text) && hanCount(text) <= 12) return edge('e-mail address');
    if (SITE_BANNER.test(text)) return edge('site banner');
    if ((text.match(BOOK)?.length ?? 0) >= 3) return edge('advertisement');
    if (menuSiteName(text) !== false) return edge('site menu');
    // Menus are often letter-spaced (首 页 政 务 公 开): match the words without the spaces.
    const compact = text.replace(/\s/gu, '');
    // 关于加强微信公众号管理的通知 is a title; 当前位置：首页 > 政务公开 is not.
    const titleLike = TITLE_WORDS.test(compact) && !/[>»|｜]/u.test(text);
    if (isShortFragment(text) && !titleLike) {
      if (FOLLOW.test(compact)) return edge('follow prompt');
      if (NAVIGATION.test(compact)) return edge('navigation');
      if (EPAPER.test(compact)) return edge('e-paper navigation');
      if (ADVERT.test(compact)) return edge('advertisement');
    }
    if (isLinkBar(text)) return edge('link bar');
  }
  if (DISCLAIMER.test(text)) return edge('disclaimer');
  return undefined;
}
