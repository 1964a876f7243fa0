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
    reference: 'source/function/function_discuzcode.php ([attach]/[img] codes); template/default/forum/viewthread_node.htm (评分, 查看全部评分, TOP)',
    notices: ['\\[attach\\]\\d+\\[/attach\\]', '\\[attachimg\\]\\d+\\[/attachimg\\]'],
    labels: ['评分', '查看全部评分', 'TOP'],
    examples: [
      { text: '[attach]4291[/attach]', seen: 'www.jiadinglife.com eval:y1-jiadinglife-jiading-secretary-qa-interview' },
      { text: '评分', seen: 'www.zy234.com eval:a12-zy234-zongyang-teachers-day-letter-article' },
      { text: 'TOP', seen: 'csuchen.de fixture:chrome/pages/csuchen-discuz.txt' },
    ],
  },
];

const whole = (parts: string[]) => new RegExp(`^(?:${parts.join('|')})$`, 'iu');
const NOTICE = whole(SOFTWARE_STRINGS.flatMap((s) => s.notices));
const LABEL = whole(SOFTWARE_STRINGS.flatMap((s) => s.labels));

/** The line as the templates print it: NFKC (full-width brackets, commas and letters to ASCII), one space between words. */
const normal = (line: string): string => line.normalize('NFKC').trim().replace(/\s+/gu, ' ');

export const isSoftwareNotice = (line: string): boolean => NOTICE.test(normal(line));
export const isSoftwareLabel = (line: string): boolean => LABEL.test(normal(line));
