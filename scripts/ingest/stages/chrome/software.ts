// Strings a blog or forum system prints on every page by default, whatever the
// site: its comment form, its "read more" link, its rating box, the codes of an
// attachment it did not render. The strings are the software's own (its
// English template strings and their zh_CN translations, from its language
// files); each software is listed with real lines from at least two sites that
// run it. Only a whole line counts: the same words inside a sentence are text.
import type { Example } from './rules.ts';

export interface SoftwareStrings {
  software: string;
  /** Where the strings are the software's own: its template or language file. */
  reference: string;
  /**
   * Notices only the software prints (a comment form's privacy sentence, an
   * attachment's code): removed wherever they stand, between paragraphs too.
   */
  notices: string[];
  /** Short labels and links a text could also hold alone: removed only before or after the text. */
  labels: string[];
  examples: Example[];
}

export const SOFTWARE_STRINGS: SoftwareStrings[] = [
  {
    software: 'WordPress',
    reference: 'wp-includes/comment-template.php comment_form() and get_the_content() defaults; translate.wordpress.org zh_CN',
    notices: [
      'Your email address will not be published\\.?(?: Required fields are marked \\*)?',
      'Required fields are marked \\*',
      'Save my name, email, and website in this browser for the next time I comment\\.?',
      '您的电子邮箱地址不会被公开。? ?(?:必填项已用 ?\\* ?标注)?',
      '必填项已用 ?\\* ?标注',
      '在此浏览器中保存我的显示名称、邮箱地址和网站地址,以便下次评论时使用。?',
      '在浏览器中保存我的名字、电子邮件和网站地址,以便下次发表评论时使用。?',
    ],
    labels: ['Leave a Reply', 'Cancel reply', 'Post Comment', 'Comments are closed\\.?', 'Read More', 'Continue reading', '发表回复', '取消回复', '评论已关闭。?', '阅读更多', '阅读更多\\(Read More\\)'],
    examples: [
      { text: 'Leave A Reply', seen: 'internet.com.hk eval:c12-internethk-cuhk-graduation-rthk-report' },
      { text: 'Your email address will not be published.', seen: 'internet.com.hk eval:c12-internethk-cuhk-graduation-rthk-report' },
      { text: '阅读更多(Read More)', seen: 'gocpmall.com fixture:chrome/pages/gocpmall-wordpress.txt' },
    ],
  },
  {
    software: 'Discuz!',
    reference:
      'source/function/function_discuzcode.php ([attach]/[img] codes); template/default/forum/viewthread_node.htm (评分, 查看全部评分, TOP); template/default/forum/viewthread_node_body.htm (the guest tip over a post when the board sets none of its own: 马上注册，结交更多好友，享用更多功能，让你轻松玩转社区。)',
    notices: ['\\[attach\\]\\d+\\[/attach\\]', '\\[attachimg\\]\\d+\\[/attachimg\\]', '马上注册,结交更多好友,享用更多功能,让你轻松玩转社区。?'],
    labels: ['评分', '查看全部评分', 'TOP'],
    examples: [
      { text: '[attach]4291[/attach]', seen: 'www.jiadinglife.com eval:y1-jiadinglife-jiading-secretary-qa-interview' },
      { text: '评分', seen: 'www.zy234.com eval:a12-zy234-zongyang-teachers-day-letter-article' },
      { text: 'TOP', seen: 'csuchen.de fixture:chrome/pages/csuchen-discuz.txt' },
      { text: '马上注册,结交更多好友,享用更多功能,让你轻松玩转社区。', seen: 'bbs.cqtn.net eval:c28-cqtn-tongnan-secretary-yusongbai-farmhouse-stay-forum-report' },
      { text: '马上注册,结交更多好友,享用更多功能,让你轻松玩转社区。', seen: 'dianbo.org fixture:chrome/pages/dianbo-forum.txt' },
    ],
  },
  {
    // The line PIXNET prints under every post of every *.pixnet.net blog: the blog's name, then
    // 發表在 痞客邦 and the post's comment and view counters (empty until the page's script fills them).
    software: 'PIXNET (痞客邦)',
    reference: 'the article footer of the PIXNET blog template (every *.pixnet.net blog): {blog} 發表在 痞客邦 留言(n) 人氣(n)',
    notices: ['\\S.{0,40} 发表在 痞客邦 留言\\(\\d*\\) 人气\\(\\d*\\)'],
    labels: [],
    examples: [
      { text: 'EMBA的小眼睛 发表在 痞客邦 留言(0) 人气()', seen: 'zito1203.pixnet.net eval:d29-pixnet-miaoli-magistrate-xuyaochang-inauguration-untitled-big5-report' },
      { text: 'zinkou 发表在 痞客邦 留言(0) 人气()', seen: 'zinkou.pixnet.net fixture:chrome/pages/zinkou-pixnet.txt' },
    ],
  },
  {
    // Blogger's post footer in its zh-TW and zh-CN translations: the comment form's link under every
    // post (its count line, 沒有留言： / N 則留言：, is a comment heading in rules.ts and takes the comments with it).
    software: 'Blogger',
    reference: "Blogger's default templates (widget Blog1) as translated for zh-TW and zh-CN: 張貼留言 / 发表评论 (Post a Comment), 較新的文章 / 较新的博文 (Newer Post), 較舊的文章 / 较早的博文 (Older Post), 訂閱： 張貼留言 (Atom) / 订阅： 博文评论 (Atom)",
    notices: [],
    labels: ['张贴留言', '较新的文章', '较旧的文章', '较新的博文', '较早的博文', '订阅: (?:张贴留言|博文评论) \\(Atom\\)'],
    examples: [
      { text: '张贴留言', seen: 'hugo-lin-hugo-lin-hugo-lin.blogspot.com fixture:chrome/pages/hugolin-blogger.txt' },
      { text: '张贴留言', seen: 'twtreehugger.blogspot.com fixture:chrome/pages/twtreehugger-blogger.txt' },
    ],
  },
];

const whole = (parts: string[]) => new RegExp(`^(?:${parts.filter(Boolean).join('|')})$`, 'iu');
const NOTICE = whole(SOFTWARE_STRINGS.flatMap((s) => s.notices));
const LABEL = whole(SOFTWARE_STRINGS.flatMap((s) => s.labels));

/** The line as the templates print it: NFKC (full-width brackets, commas and letters to ASCII), one space between words. */
const normal = (line: string): string => line.normalize('NFKC').trim().replace(/\s+/gu, ' ');

export const isSoftwareNotice = (line: string): boolean => NOTICE.test(normal(line));
export const isSoftwareLabel = (line: string): boolean => LABEL.test(normal(line));
