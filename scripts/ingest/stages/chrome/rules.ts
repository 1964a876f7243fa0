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
      '返回(?:顶部|首页|列表)?', '顶部', '上一(?:篇|页|主题)', '下一(?:篇|页|主题)', '(?:开启|关闭|显示|隐藏)(?:左侧|右侧|侧栏|侧边栏)',
      '展开(?:全文)?', '收起', '(?:阅读|查看)?全文', '更多', '手机版', '扫一扫', '在手机上(?:阅读|打开)', '微信', '微博', 'QQ空间',
    ].join('|') +
    ')$',
  'u',
);
const TOKEN_SEPARATORS = /[\s|｜【】\[\]()（）:：·•/丨]+/u;

const FORUM_TOOLBAR = /发表于|显示全部楼层|只看该作者|阅读模式|电梯直达|倒序浏览|跳转到指定楼层|楼主\s*[|｜]|上一主题|下一主题/u;
const USER_STATS = /^\s*\d+\s*(?:关注|粉丝|听众|收听|帖子|主题|回帖|积分|精华|好友|文章|作品|获赞|阅读|浏览|评论|点赞|收藏|转发)\s*$/u;
const LOGIN = /(?:登录|登陆)后(?:才(?:可以|能)|方可)|立即注册|注册账号|忘记密码|找回密码|快速登录|没有账号/u;
const FOLLOW = /微信|公众号|订阅号|服务号|视频号|微博|抖音|二维码|扫码|扫一扫|长按识别|关注我们|阅读原文|分享到|点个?在看|客户端|APP|App/u;
const NAVIGATION =
  /排行榜|专栏|积分|版块|首页|网站地图|联系我们|关于我们|免责声明|隐私政策|版权声明|投稿|广告服务|友情链接|设为首页|返回顶部|上一篇|下一篇|相关阅读|推荐阅读|相关文章|相关新闻|热门文章|热点推荐|猜你喜欢|当前位置|您的位置|现在的位置/u;
const DISCLAIMER = /免责声明|如有侵权|侵权请?联系|转载请注明|不代表本(?:站|网)|本(?:站|网)(?:部分)?(?:内容|文章)|未经(?:授权|许可).{0,8}(?:转载|复制|使用)/u;
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
/** Promotional wording: courses, live rooms, sign-ups. */
const ADVERT = /培训班|培训课程|课程|直播间?|报名|招生|咨询|优惠|特价|广告|推广|赞助|免费领取|限时/u;
/** Words that make a short line a title rather than an advert. */
const TITLE_WORDS = /讲话|发言|致辞|报告|讲稿|会议|座谈|仪式|典礼|论坛|在.+上/u;
const BOOK = /《[^》]+》/gu;

function isControlLine(line: string): boolean {
  const tokens = line.split(TOKEN_SEPARATORS).filter(Boolean);
  return tokens.length > 0 && tokens.every((token) => CONTROL_TOKEN.test(token));
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
    if (USER_STATS.test(text)) return edge('user statistics');
    if (CONTACT_LABEL.test(text) && !/联系人/u.test(text)) return edge(HOTLINE.test(text) ? 'hotline' : 'contact details');
    if (PHONE.test(text) && hanCount(text) <= 12) return edge(HOTLINE.test(text) ? 'hotline' : 'phone number');
    if (EMAIL.test(text) && hanCount(text) <= 12) return edge('e-mail address');
    if (isLabelLine(text)) return edge('metadata line');
    if ((text.match(BOOK)?.length ?? 0) >= 3) return edge('advertisement');
    if (isShortFragment(text)) {
      if (FOLLOW.test(text)) return edge('follow prompt');
      if (NAVIGATION.test(text)) return edge('navigation');
      if (ADVERT.test(text) && !TITLE_WORDS.test(text)) return edge('advertisement');
    }
  }
  if (DISCLAIMER.test(text)) return edge('disclaimer');
  return undefined;
}
