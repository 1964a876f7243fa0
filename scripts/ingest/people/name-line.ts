// The speaker line under a speech's title: 朱烜, 市委书记 张伟, （张伟）,
// 政务司司长林郑月娥 — and the same line with the day or the salutation glued
// to it by a page that lost the line break: (2004年8月22日)胡锦涛,
// 国务院副总理 李先念同志们:. The line's shape is the signal: one person's
// name, with nothing else on the line but posts, a date and a salutation.
import { findDates } from '../../../core/dates/parse.ts';
import { parseNameLine } from '../structure/lines.ts';
import { findPeople } from './find.ts';
import { isOfficialName } from './names.ts';
import { NAME_HONOURS, SIGNATURE_AFFIXES } from './speaker-cues.ts';
import { POSTS } from './vocabulary.ts';
import type { Speaker } from '../types.ts';

/** A salutation closing the line: 同志们：, 同志们，朋友们：, 各位代表： (a speaker line run into the speech's first line). */
const GLUED_SALUTATION = /(?:同志们|各位[\p{Script=Han}]{2,4}|女士们|先生们|朋友们|老师们|同学们)(?:[、，,][\p{Script=Han}]{2,6}们?){0,4}[：:]$/u;

/** The line without a date at its start or end, with the brackets and comma around it. */
function withoutDate(line: string): string {
  const dates = findDates(line).filter((d) => d.year !== undefined && d.day !== undefined);
  for (const d of dates) {
    const before = line.slice(0, d.index);
    const after = line.slice(d.end);
    if (/^[\s（(［[]*$/u.test(before)) return after.replace(/^[\s）)］\]，,、]+/u, '');
    if (/^[\s）)］\]]*$/u.test(after)) return before.replace(/[\s（(［[，,、]+$/u, '');
  }
  return line;
}

/** The speaker a line names when it is nothing but one person's name, posts, and a glued date or salutation. */
export function nameLine(raw: string): Speaker | undefined {
  const unsaluted = raw.replace(GLUED_SALUTATION, '');
  // A salutation alone (同志们：) names nobody.
  const line = withoutDate(unsaluted).trim();
  if (line === '') return undefined;
  const parsed = parseNameLine(line.replace(/^[（(](.+)[）)]$/u, '$1').replace(/[，,]$/u, ''));
  if (parsed) return isOfficialName(parsed.name) ? parsed : undefined;
  // Posts and a name the line parser does not split (政务司司长林郑月娥): a line that is one person's mention and nothing else.
  const people = findPeople(line);
  const [person] = people;
  if (people.length !== 1 || !person || person.end !== line.length || line.slice(0, person.index).replace(/\s+/gu, '') !== person.post) return undefined;
  return { name: person.name, role: person.post };
}


/** The post words of the vocabulary (院长, 校长, 董事长, 特首|行政长官), with 副/常务副 before them. */
const POST_WORD = `(?:常务副|副)?(?:${[...new Set(POSTS.map((p) => p.term))].filter((t) => /^[\p{Script=Han}|]+$/u.test(t)).join('|')})`;
/** A name, then its post, and nothing else: 林泽安 院长, 姚玉云校长, 钟饮文 院长. */
const NAME_THEN_POST = new RegExp(`^([\\p{Script=Han}]{2,3}?)[\\s\u3000]*(${POST_WORD})$`, 'u');
/** A month the line is dated with in brackets after the post: 钟饮文 院长 (106年7月). */
const BRACKETED_MONTH = /[\s\u3000]*[（(][^（）()]{0,12}年[^（）()]{0,8}[）)]$/u;

/**
 * A leader's own line naming him by his name first and his post after it, as a
 * message is headed or signed: 林泽安 院长 (westgarden.com.tw, a hospital
 * director's message, its last line), 姚玉云校长 (stlkg.edu.hk, a principal's
 * speech, under its title), 鍾飲文 院長 (106年7月) (kmuh.org.tw, under the
 * title). The name-first shape is what sets it apart from a byline's post and
 * name (记者 张三, 市委书记 张伟), which nameLine reads.
 */
export function namePostLine(raw: string): Speaker | undefined {
  const line = withoutDate(raw.trim()).replace(BRACKETED_MONTH, '').trim().replace(/^[（(](.+)[）)]$/u, '$1');
  const match = NAME_THEN_POST.exec(line);
  if (match && isOfficialName(match[1]!)) return { name: match[1]!, role: match[2]! };
  // 任志刚，香港金融管理局总裁 (hkma.gov.hk): the name first, a comma, the post.
  const parsed = parseNameLine(line);
  return parsed?.role !== undefined && line.startsWith(parsed.name) && isOfficialName(parsed.name) ? { name: parsed.name, role: parsed.role } : undefined;
}

/** A run of honours right after a name (rule hk-honours): 郑若骅资深大律师，GBS, JP, 黄周娟娟 MH. */
const HONOURS_RUN = new RegExp(`(?<=\\p{Script=Han})(?:[\\s\\u3000]*[,，、]?[\\s\\u3000]*(?:${[...new Set(NAME_HONOURS.map((t) => t.term))].join('|')})(?![A-Za-z]))+`, 'gu');

/** The text without the honours printed after its names: 律政司司长郑若骅资深大律师，GBS, JP致辞全文 → 律政司司长郑若骅致辞全文. */
export const withoutHonours = (text: string): string => text.replace(HONOURS_RUN, '');

const AFFIX_RES = [...new Set(SIGNATURE_AFFIXES.map((t) => t.term))].map((t) => new RegExp(t, 'u'));

/** A signer's line without what names nobody: the honours after the name and the affixes around it (主仆, 敬上; rules hk-honours, signature-affix). */
export const signerText = (raw: string): string => AFFIX_RES.reduce((text, re) => text.replace(re, ''), withoutHonours(raw)).trim();

/** A signature or speaker line in either order: nameLine's post and name, namePostLine's name and post, or organNameLine's body and name. */
export function signatureLine(raw: string): Speaker | undefined {
  const line = signerText(raw);
  if (line === '') return undefined;
  return nameLine(line) ?? namePostLine(line) ?? organNameLine(line);
}

/** The last character of a body's name: 国家海洋局, 昌都市人民政府, 中共昌都市委员会, 岫岩法院. */
const ORGAN_THEN_NAME = /^([\p{Script=Han}]{2,20}[局委府院会厅部办署处])[\s\u3000]+(\p{Script=Han}(?:[\s\u3000]*\p{Script=Han}){1,3})$/u;

/**
 * A signature that is the body's name and the signer's name, with no post
 * between them: 国家海洋局 王 宏 (nmemc.org.cn, closing a bureau head's
 * greeting), 昌都市人民政府 陈      军 and 中共昌都市委员会 普布顿珠
 * (changdu.gov.cn, under a new-year message's title). The spaces inside the
 * name are typesetting that evens a two-character name with a longer one
 * above or below it. The role is the body, as the page gives no post.
 */
export function organNameLine(raw: string): Speaker | undefined {
  const match = ORGAN_THEN_NAME.exec(raw.trim());
  if (!match) return undefined;
  const name = match[2]!.replace(/[\s\u3000]+/gu, '');
  return isOfficialName(name) ? { name, role: match[1]! } : undefined;
}
