// Promotional blocks planted in mirrored pages: a 关于… heading that is not
// the document's (关于专家组：, 关于专家组成员简介) and a person's résumé after it
// (创始人、董事长, 别名, 出生地, 冠军, 专家委员), often with a numbered or
// year-by-year list. What gives them away is that they are about someone the
// document never mentions, in a résumé's words no official text uses.
// Hand-written: an injection pattern of hijacked mirrors, which no library knows.
import { isPersonName } from '../../structure/lines.ts';
import { hanCount, isProse, visibleLength } from './features.ts';

/** 关于 + a group of people (专家组, 团队, 讲师, 我们, 作者) + 简介: a profile's heading, not a document title (关于…的通知). */
const PROFILE_HEAD = /^关于(?:我们|作者|本站|[\p{Script=Han}]{0,4}(?:专家|团队|讲师|导师|顾问|嘉宾|老师|成员)[\p{Script=Han}]{0,3}?)(?:成员)?(?:简介|介绍)?\s*(?:[:：]|\s|$)/u;
/** Words of a résumé. */
const RESUME = /创始人|董事长|总经理|别名|出生地|毕业于|汉族|专家委员|常务理事|副主任委员|冠军|形象大使|评委|评判长|获聘|从业|技能培训/gu;
const RESUME_WORD = new RegExp(RESUME.source, 'u');
/** Items of the list that follows: 1.…, 2015年:…, and lines of Latin text (a committee's English name). */
const LIST_ITEM = /^(?:\d{1,2}[.、．]|\d{4}年[:：]|[（(]\d{1,2}[）)])/u;

/**
 * A planted profile's heading line: with at least two résumé words in it, or
 * opening on a person's name (关于专家组： 王佳，华熠智库专家…) — the block is
 * then taken only if the document never names that person (plantedBlock).
 */
export function isPlantedProfile(line: string): boolean {
  const text = line.trim();
  if (!PROFILE_HEAD.test(text)) return false;
  const subject = subjectOf(text);
  return new Set(text.match(RESUME) ?? []).size >= 2 || (subject !== undefined && isPersonName(subject));
}

/** The person a profile is about: the first name-sized word after its heading (闵浩, 段杰). */
function subjectOf(line: string): string | undefined {
  const rest = line.trim().replace(PROFILE_HEAD, '');
  return /^[\p{Script=Han}]{2,4}(?=[\s，,、：:])/u.exec(rest.trim())?.[0];
}

/**
 * The lines of the planted block that starts at `start`: its heading line and
 * what follows it of the résumé (list items, Latin lines, short lines in its
 * words). Empty when the subject is named elsewhere in the text: then the
 * profile is the document's own.
 */
export function plantedBlock(lines: string[], start: number): number[] {
  if (!isPlantedProfile(lines[start]!)) return [];
  const subject = subjectOf(lines[start]!);
  const block = [start];
  for (let i = start + 1; i < lines.length; i++) {
    const text = lines[i]!.trim();
    if (text === '') continue;
    const latin = hanCount(text) / Math.max(1, visibleLength(text)) < 0.3;
    const resume = RESUME_WORD.test(text) && !isProse(text);
    if (!LIST_ITEM.test(text) && !latin && !resume) break;
    block.push(i);
  }
  const inBlock = new Set(block);
  if (subject && lines.some((line, i) => !inBlock.has(i) && line.includes(subject))) return [];
  return block;
}
