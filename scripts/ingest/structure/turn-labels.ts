// The labels of interview turns that tell who asks and who answers, as data:
// every entry is a pattern (a RegExp source, matched against the whole label),
// one real line it was seen in, and where: "<site> <eval|raw|fixture>:<ref>".
// tests/unit/turns.test.ts checks that each example's label holds its
// pattern, that the example is in its source, and that each list rests on two
// sites. A person's name or posts and name as a label need no entry.
import type { Term } from '../people/vocabulary.ts';

/** Labels that always ask, whoever holds them. */
export const ASKING: Term[] = [
  { term: '记者|本报记者', example: '记者：首先欢迎你来到新华网接受我们的采访', seen: 'chinaneast.xinhuanet.com eval:news-chinaneast-farm-machinery-interview' },
  { term: '记者|本报记者', example: '记者：区委十五届四次全会是在全区上下全面贯彻落实党的二十大精神和市委六届三次全会部署的关键时刻召开的一次十分重要的会议', seen: '开州日报 raw:003' },
  { term: '主持人', example: '主持人：', seen: 'news.cctv.cn fixture:classify/pages/cctv-interview.txt' },
  { term: '主持人', example: '主持人：', seen: 'zhuti.net.cn eval:txt-zhuti-agriculture-minister-press-interview' },
  { term: '问', example: '问：据报道，一名美国政府高官称', seen: 'china.zjol.com.cn fixture:classify/pages/zjol-mfa-presser.txt' },
  { term: '问', example: '问：中方认为联合国安理会是否有必要介入巴勒斯坦和以色列在加沙地带的冲突？', seen: 'www.com3y.cn fixture:classify/pages/com3y-mfa-presser.txt' },
  { term: '网友', example: '网友：为了这次峰会，政府把主城沿街的老房子外观进行了粉刷翻新，这是不是典型的面子工程？', seen: 'news.sina.com.cn fixture:classify/pages/sina-chongqing-qa-interview.txt' },
  // The journalists asking at a press conference, by their newsroom: 山西日报记者, 经济日报、中国经济网、经济日报新闻客户端记者.
  { term: '[^\\s：:，。！？]{1,36}记者', example: '山西日报记者：刚才你谈到今年我省将深入、集中开展煤焦领域反腐败斗争', seen: 'news.sina.com.cn eval:pg-sina-shanxi-jiwei-interview' },
  { term: '[^\\s：:，。！？]{1,36}记者', example: '经济日报、中国经济网、经济日报新闻客户端记者', seen: 'zhuti.net.cn eval:txt-zhuti-agriculture-minister-press-interview' },
];

/** Labels that always answer. */
export const ANSWERING: Term[] = [
  { term: '答', example: '答：近两年来，省纪委、省监委针对人民群众反映强烈的我省煤焦领域党风廉政建设存在的问题', seen: 'news.sina.com.cn eval:pg-sina-shanxi-jiwei-interview' },
  { term: '答', example: '答：我们注意到了有关报道，密切关注事态进展', seen: 'china.zjol.com.cn fixture:classify/pages/zjol-mfa-presser.txt' },
];

/**
 * Posts in a label that give the floor rather than answer: the host, and the
 * spokesman who opens a press briefing and introduces the guests.
 */
export const HOSTING: Term[] = [
  { term: '主持', example: '主持人：', seen: 'www.yixing.gov.cn fixture:classify/pages/yixing-gov-interview.txt' },
  { term: '新闻发言人', example: '国务院新闻办新闻局局长、新闻发言人 胡凯红', seen: 'www.syjyzs888.com eval:pg-syjyzs-chuifenghui-interview' },
  { term: '新闻发言人', example: '国家卫生健康委新闻发言人、宣传司副司长 胡强强：', seen: 'news.zhaobiao.cn fixture:classify/pages/zhaobiao-nhc-presser.txt' },
];

/**
 * The guest's label on an online-interview page (政府网在线访谈 and 人民网/新华网
 * templates): 【嘉宾】 before the name, or alone with the name in the lede.
 * Printed alone in brackets on its own line, like 【主持人】, it opens the
 * turn on the next line; it is no button (chrome's bracketed-links).
 */
export const GUEST: Term[] = [
  { term: '嘉宾|访谈嘉宾', example: '【嘉宾】毛江虎：', seen: 'zxft.jian.gov.cn eval:a29-jian-anfu-county-head-maojianghu-online-interview' },
  { term: '嘉宾|访谈嘉宾', example: '访谈嘉宾:市卫健委主任沈勇、市卫健委副主任黄海平、莫晶和邵平', seen: 'www.yixing.gov.cn fixture:classify/pages/yixing-gov-interview.txt' },
];

/**
 * The news site that hosts an online interview, asking under its own name
 * before a colon (中国网：, [人民网]：); in brackets alone (【人民网】…) a site's
 * name tags where a headline or a story came from.
 */
export const SITE_ASKING: Term[] = [
  { term: '\\p{Script=Han}{1,5}网', example: '中国网：', seen: 'fangtan.china.com.cn eval:u1-fangtan-law-interpretation-interview' },
  { term: '\\p{Script=Han}{1,5}网', example: '中国网：', seen: 'xpj33277.com eval:ho-xpj-chenjining-environment-interview' },
];

/**
 * A broadcast script's sound-bite marker (同期, 同期声: the sound recorded
 * with the picture) before the speaker's posts and name; the words follow,
 * after a space or on the next line. The marker is no part of the label.
 */
export const SOUND_BITE: Term[] = [
  { term: '同期声?', example: '【同期】香港立法会议员 何君尧', seen: '203.198.47.105 eval:b11-crntthk-legco-housing-qa-interview' },
  { term: '同期声?', example: '【同期声】大地幼儿园老师一组一组的小朋友', seen: 'wenku365.com fixture:structure/wenku365-tv-script.txt' },
];

/** The role words of the labels above, the same on every interview page. */
const TURN_ROLE = new RegExp(`^(?:${[...new Set([...ASKING, ...ANSWERING, ...HOSTING, ...GUEST].map((t) => t.term))].join('|')})$`, 'u');

/**
 * 【主持人】, [嘉宾]: a role word alone in brackets on its own line labels the
 * turn on the next line (zxft.jian.gov.cn's transcript); chrome rules and the
 * line model must leave it, as no button or menu is a role word.
 */
export function isLoneTurnLabel(text: string): boolean {
  const inner = /^\s*[【\[〖]\s*(\p{Script=Han}{1,4})\s*[】\]〗]\s*$/u.exec(text)?.[1];
  return inner !== undefined && TURN_ROLE.test(inner);
}
