// Promotional blocks planted in mirrored pages: a 关于… heading that is not
// the document's (关于专家组：, 关于专家组成员简介) and a person's résumé after it
// (创始人、董事长, 别名, 出生地, 冠军, 专家委员), often with a numbered or
// year-by-year list. What gives them away is that they are about someone the
// document never mentions, in a résumé's words no official text uses.
// Hand-written: an injection pattern of hijacked mirrors, which no library knows.
import { isPersonName } from '../../structure/lines.ts';
import { hanCount, isProse, visibleLength } from './features.ts';

/**
 * 关于 + a group of people (专家组, 团队, 讲师, 我们, 作者) + 简介: a profile's heading, not a document title (关于…的通知).
 * The mirrors also plant it as the next item of the document's own list: （五）关于专家组： (www.wlmq.gov.cn),
 * 四、关于专家组 (wsjkw.sh.gov.cn).
 */
const PROFILE_HEAD = /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)?\s*关于(?:我们|作者|本站|[\p{Script=Han}]{0,4}(?:专家|团队|讲师|导师|顾问|嘉宾|老师|成员)[\p{Script=Han}]{0,3}?)(?:成员)?(?:简介|介绍)?\s*(?:[:：]|\s|$)/u;
/** Words of a résumé. */
const RESUME = /创始人|董事长|执行董事|监事|总经理|别名|出生地|出生于|毕业于|毕业院校|汉族|专家委员|常务理事|副主任委员|客座教授|特邀讲师|协会会员|发起人|出版图书|出版著作|代表作|冠军|形象大使|评委|评判长|获聘|从业|技能培训/gu;
const RESUME_WORD = new RegExp(RESUME.source, 'u');
/** Items of the list that follows: 1.…, 2015年:…, and lines of Latin text (a committee's English name). */
const LIST_ITEM = /^(?:\d{1,2}[.、．]|\d{4}年[:：]|[（(]\d{1,2}[）)])/u;

/**
 * Words of an encyclopedia card's fields, printed glued to their values when a
 * scraper flattens the card's table (中文名杜春玉，国 籍中国，民 族汉族，出生地…，
 * 毕业院校…): labels a résumé written as prose does not use.
 */
const CARD_FIELD = /(?:中文名|外文名|国籍|民族|出生地|出生日期|毕业院校|身高|体重|运动项目|所属运动队|代表作品|主要成就|出版图书)(?=[\p{Script=Han}\d])/gu;

/**
 * A planted profile's heading line: with at least two résumé words in it, or
 * naming a person after it (关于专家组： 王佳，华熠智库专家…; 关于专家组 …执行董事文云祥),
 * or standing bare (关于专家组：) over the profile on the next line — the block
 * is then taken only if the document never names that person (plantedBlock).
 */
export function isPlantedProfile(line: string): boolean {
  const text = line.trim();
  if (!PROFILE_HEAD.test(text)) return isPersonCard(text);
  const subject = subjectOf(text);
  return new Set(text.match(RESUME) ?? []).size >= 2 || subject !== undefined || isBareHead(text);
}

/** The heading alone on its line (关于专家组： / 四、关于专家组): the profile follows on the next line. */
function isBareHead(text: string): boolean {
  return text.replace(PROFILE_HEAD, '').replace(/[\s:：]/gu, '') === '';
}

/**
 * A person's card with no heading: it opens on a name (杜春玉出生于…, 闵浩，…) and
 * carries either two résumé words or three fields of a flattened encyclopedia
 * card. Such a line is taken only when the document never names the person
 * (plantedBlock): a profile or obituary names its subject again, and a 公示 or
 * an appointment report uses its own words (1962年1月出生, 现任), not these.
 */
export function isPersonCard(text: string): boolean {
  // NAME： opens a turn or an entry of a guest list, not a card.
  if (leadingName(text) === undefined || /^[\p{Script=Han}]{2,4}[：:]/u.test(text.trim())) return false;
  const compact = text.replace(/\s+/gu, '');
  return new Set(compact.match(RESUME) ?? []).size >= 2 || new Set(compact.match(CARD_FIELD) ?? []).size >= 3;
}

/** A name-sized word opening the line before 出生于, a comma or a bracket (杜春玉出生于, 高金波，, 段杰，). */
function leadingName(text: string): string | undefined {
  const name = /^([\p{Script=Han}]{2,4}?)(?=出生于|[\s，,、：:（(])/u.exec(text.trim())?.[1];
  return name !== undefined && isPersonName(name) ? name : undefined;
}

/** The name closing a chain of posts (…常务理事田清江, …执行董事文云祥), when the line is a résumé. */
function trailingName(text: string): string | undefined {
  const bare = text.trim().replace(/[。.\s]+$/u, '');
  if (!RESUME_WORD.test(bare)) return undefined;
  for (const size of [3, 2]) {
    const name = bare.slice(-size);
    if (/^[\p{Script=Han}]+$/u.test(name) && isPersonName(name)) return name;
  }
  return undefined;
}

/** The person a profile is about: the name after its heading (闵浩, 段杰), or closing its chain of posts (文云祥). */
function subjectOf(line: string): string | undefined {
  const rest = line.trim().replace(PROFILE_HEAD, '').trim();
  if (rest === '') return undefined;
  const head = /^[\p{Script=Han}]{2,4}(?=[\s，,、：:])/u.exec(rest)?.[0];
  if (head !== undefined && isPersonName(head)) return head;
  return leadingName(rest) ?? trailingName(rest);
}

/** An entry of a list of people: a name, a mark, and what they are (周富裕：周黑鸭创始人董事长; not 相关文章:). */
function isPeopleEntry(line: string): boolean {
  const entry = /^([\p{Script=Han}]{2,4})[：:，,]\s*\S/u.exec(line);
  return entry !== null && isPersonName(entry[1]!);
}

/** The nearest line that is not blank before (-1) or after (1) line `i`. */
function nextLine(lines: string[], i: number, step: -1 | 1): string | undefined {
  for (let j = i + step; j >= 0 && j < lines.length; j += step) if (lines[j]!.trim() !== '') return lines[j]!.trim();
  return undefined;
}

/**
 * The lines of the planted block that starts at `start`: its heading line and
 * what follows it of the résumé (list items, Latin lines, short lines in its
 * words; after a bare heading, the profile line whatever its length). Empty
 * when the subject is named elsewhere in the text: then the profile is the
 * document's own.
 */
export function plantedBlock(lines: string[], start: number): number[] {
  if (!isPlantedProfile(lines[start]!)) return [];
  let subject = subjectOf(lines[start]!);
  const headed = PROFILE_HEAD.test(lines[start]!.trim());
  const block = [start];
  let i = start + 1;
  // A card with no heading amid lines that open on names is an entry of the document's list of people.
  if (!headed && [nextLine(lines, start, -1), nextLine(lines, start, 1)].some((line) => line !== undefined && isPeopleEntry(line))) return [];
  if (isBareHead(lines[start]!.trim())) {
    while (i < lines.length && lines[i]!.trim() === '') i++;
    const profile = lines[i]?.trim() ?? '';
    subject = leadingName(profile) ?? trailingName(profile);
    if (subject === undefined || !RESUME_WORD.test(profile)) return [];
    block.push(i++);
  }
  for (; i < lines.length; i++) {
    const text = lines[i]!.trim();
    if (text === '') continue;
    const latin = hanCount(text) / Math.max(1, visibleLength(text)) < 0.3;
    const resume = RESUME_WORD.test(text) && !isProse(text);
    // A card with no heading has no list of its own: a numbered line after it is the document's.
    if (!(headed && LIST_ITEM.test(text)) && !latin && !resume) break;
    block.push(i);
  }
  const inBlock = new Set(block);
  if (subject && lines.some((line, i) => !inBlock.has(i) && line.includes(subject))) return [];
  return block;
}
