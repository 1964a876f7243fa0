// A title that is the speaker and the speech's genre word, without the
// occasion: 吕建中主席关于答谢SRIIF与会代表的致辞 (srcic), 陕西省湖南商会会长谢成波
// 二〇二三年新年贺词 (sxshnsh), 教育局局长孙明扬先生致辞全文 (edb.gov.hk). The
// genre word ends the title; what stands between it and the speaker is a
// subject (关于…的), a year or a season, never a sentence. The speakers stage
// reads the speaker from it and the classifier counts it as a speech's
// structure, so that the type and the speaker agree.

import { findPeople, type PersonMention } from './find.ts';
import { isOfficialName } from './names.ts';

const SPEAKER_GENRE_TITLE = /^([^，。！？：:“”《》\s]{2,30}?)(?:同志|先生|女士)?(?:关于[^，。！？]{1,40}的|[0-9〇○零一二三四五六七八九]{4}年度?)?(?:新年|新春|春节|元旦|开学|毕业)?(?:讲话|致辞|贺词|欢迎辞|答谢辞|发言)(?:全文|稿)?$/u;

/** The match of such a title (group 1: the speaker with his posts), to be checked as a person by the caller. */
export const speakerGenreTitle = (part: string): RegExpExecArray | null => SPEAKER_GENRE_TITLE.exec(part.trim());

/** The speaker such a title names, with a post or alone, if the words before the genre word are a person. */
export function genreTitleSpeaker(part: string): PersonMention | undefined {
  const who = speakerGenreTitle(part)?.[1];
  if (!who) return undefined;
  if (isOfficialName(who)) return { name: who, post: '', index: 0, end: who.length };
  const person = findPeople(`${who}在`).at(-1);
  if (!person) return undefined;
  // 市委书记张伟, or the name before its post: 冯少勇院长.
  return person.end === who.length || (person.index === 0 && person.post.endsWith(who.slice(person.end))) ? person : undefined;
}
