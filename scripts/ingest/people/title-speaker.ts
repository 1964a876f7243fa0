// A title that is the speaker and the speech's genre word, without the
// occasion: 吕建中主席关于答谢SRIIF与会代表的致辞 (srcic), 陕西省湖南商会会长谢成波
// 二〇二三年新年贺词 (sxshnsh), 教育局局长孙明扬先生致辞全文 (edb.gov.hk). The
// genre word ends the title; what stands between it and the speaker is a
// subject (关于…的), a year or a season, never a sentence. The speakers stage
// reads the speaker from it and the classifier counts it as a speech's
// structure, so that the type and the speaker agree.
//
// The year may be written in any of the forms a new-year message uses: 2023年,
// 二〇二三年, a sexagenary year (澳门特别行政区行政长官何厚铧丙戌年新春献辞, gov.mo),
// the zodiac animal after the number (社团法人世界华裔联盟主席郭绍成2023兔年新春贺辞,
// hongkongdaily.net) or after the sexagenary year (辛丑牛年); 献辞 and 贺辞 are the
// same genre as 贺词 (the two pages above). 寄语 is a leader's message of the same
// kind: 岫岩法院马国财院长2021年春节寄语 (asxy.lncourt.gov.cn) names its speaker so,
// and 院长寄语 (myxrmyy.com), 2009年新年寄语 (zhplaw.com), 2018年新学期校长寄语
// (whdslt.com) are messages under the same word; 献词 is 献辞 written with 词
// (——2022年新年献词, changdu.gov.cn; 新年献词 on the new-year pages of papers).

import { findPeople, type PersonMention } from './find.ts';
import { isOfficialName } from './names.ts';

/** 2023年, 二〇二三年度, 丙戌年, 2023兔年, 辛丑牛年: a year in the title of a new-year message. */
const YEAR = '(?:[0-9〇○零一二三四五六七八九]{4}|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥])[鼠牛虎兔龙蛇马羊猴鸡狗猪]?年度?|[0-9〇○零一二三四五六七八九]{4}';
const SPEAKER_GENRE_TITLE = new RegExp(`^([^，。！？：:“”《》\\s]{2,30}?)(?:同志|先生|女士)?(?:关于[^，。！？]{1,40}的|${YEAR})?(?:农历新年|新年|新春|春节|元旦|开学|毕业)?(?:讲话|致辞|贺词|贺辞|献辞|献词|寄语|欢迎辞|答谢辞|发言)(?:全文|稿)?$`, 'u');

/** The match of such a title (group 1: the speaker with his posts), to be checked as a person by the caller. */
export const speakerGenreTitle = (part: string): RegExpExecArray | null => SPEAKER_GENRE_TITLE.exec(part.trim());

/** The speaker such a title names, with a post or alone, if the words before the genre word are a person. */
export function genreTitleSpeaker(part: string): PersonMention | undefined {
  const who = speakerGenreTitle(part)?.[1];
  if (!who) return undefined;
  if (isOfficialName(who)) return { name: who, post: '', index: 0, end: who.length };
  const person = findPeople(`${who}在`).at(-1);
  if (!person) return undefined;
  return coversAll(person, who) ? person : undefined;
}

/**
 * A message title whose 寄语 is followed by whom or what it is addressed to, and
 * perhaps by the words it quotes after a colon: 江苏大学党委书记、校长袁寿其寄语建院80华诞
 * (fengzhen114.com, unseen20), …中心党委书记陈春声寄语毕业生：扎根本职、服务国家
 * (studyingathome.cn, speakername-s25 sample A). The genre word does not end
 * such a title, so the speaker must come with his post (a bare name before 寄语
 * is as often a slogan's subject); it is read by the speakers stage only, in a
 * text already typed a speech or an interview.
 */
const ADDRESSED_MESSAGE_TITLE = /^([^，。！？：:“”《》\s]{2,30}?)(?:同志)?寄语[^，。！？：:“”《》\s]{1,16}(?:[：:].*)?$/u;

export function addressedMessageSpeaker(part: string): PersonMention | undefined {
  const who = ADDRESSED_MESSAGE_TITLE.exec(part.trim())?.[1];
  if (!who) return undefined;
  const person = findPeople(`${who}在`).at(-1);
  return person && person.post !== '' && coversAll(person, who) ? person : undefined;
}

/**
 * Whether a person's mention is all the words before the genre word: 市委书记张伟,
 * the name before its post (冯少勇院长), or the body, the name and the post
 * (岫岩法院马国财院长, asxy.lncourt.gov.cn), the post then being the body's
 * words and the post word around the name.
 */
export function coversAll(person: PersonMention, who: string): boolean {
  if (person.end === who.length) return true;
  const rest = who.slice(person.end);
  if (person.index === 0) return person.post.endsWith(rest);
  return person.post === who.slice(0, person.index) + rest;
}

/**
 * A line of its own that introduces the full text of a speech with its
 * speaker and genre (梁振英新年贺辞全文：, rfa.org; 以下为李家超农历新年贺辞全文：,
 * pzrbljh.com.cn): a news page's lede about the speech, then the speech itself.
 * The words before 全文 are read as such a title; the speaker may stand with
 * no post, since the lede has named him.
 */
const FULL_TEXT_LINE = /^(?:以下[为是])?([^，。！？：:]{4,40}全文)[：:]$/u;

export function fullTextLineSpeaker(line: string): PersonMention | undefined {
  const part = FULL_TEXT_LINE.exec(line.trim())?.[1];
  return part === undefined ? undefined : genreTitleSpeaker(part);
}
