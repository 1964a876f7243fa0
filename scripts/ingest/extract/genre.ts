// What kind of document a title names, from its genre words alone: the dates
// stage runs before the type is decided and needs only this much to know
// which of a document's dates is its own (a speech's delivery day, a notice's
// signature date, a report's event day).
import type { Block } from '../types.ts';
import { INTERVIEW_WORDS, NOTICE_WORDS, REPORT_WORDS, SPEECH_WORDS, alternatives } from '../structure/genre-words.ts';
import { isSalutation } from '../structure/lines.ts';

export type TitleGenre = 'speech' | 'notice' | 'interview' | 'other';

/** A ——subtitle, a bracketed remark or a 范文 tag after the genre word: …的讲话（摘要）. */
const AFTER = '(?:[（(][^（）()]{1,8}[）)])?$';
const SPEECH = new RegExp(`(?<!发表(?:重要)?)(?:${alternatives(SPEECH_WORDS)})${AFTER}`, 'u');
const NOTICE = new RegExp(`(?:${alternatives(NOTICE_WORDS)})${AFTER}`, 'u');
const INTERVIEW = new RegExp(`(?:${alternatives(INTERVIEW_WORDS)})`, 'u');
const INTERVIEW_AT_END = new RegExp(`(?:${alternatives(INTERVIEW_WORDS)})${AFTER}`, 'u');
/** A report, bulletin or minutes: a complete title of no type of its own (REPORT_WORDS). */
const REPORT = new RegExp(`(?:${alternatives(REPORT_WORDS)})${AFTER}`, 'u');

/** The genre a title names; each part of a title with a ——subtitle is read (乘风破浪——在开学典礼上的讲话). */
export function titleGenre(title: string): TitleGenre {
  const parts = title.split(/——|--/u).map((p) => p.trim()).filter(Boolean);
  if (parts.some((p) => INTERVIEW.test(p))) return 'interview';
  if (parts.some((p) => SPEECH.test(p))) return 'speech';
  if (parts.some((p) => NOTICE.test(p))) return 'notice';
  return 'other';
}

/** Whether a line ends in a genre word, as a document's own complete title does. */
export function endsInGenreWord(line: string): boolean {
  return SPEECH.test(line) || NOTICE.test(line) || INTERVIEW_AT_END.test(line) || REPORT.test(line);
}

/** The lines a speech or a notice opens with: 同志们：, 各乡、镇人民政府，县政府各部门：. */
const ADDRESSEES = /^各[^，。；]{1,60}[：:]$/u;

/**
 * The genre of a document whose title names none: a body that opens with a
 * salutation is a speech (推进义务教育均衡发展 加快中原崛起河南振兴 / … / 同志们：),
 * one that opens with its addressees a notice.
 */
export function documentGenre(title: string, blocks: Block[]): TitleGenre {
  const genre = titleGenre(title);
  if (genre !== 'other') return genre;
  const opening = blocks.filter((b) => b.part === 'body').slice(0, 2);
  if (opening.some((b) => isSalutation(b.text))) return 'speech';
  if (opening.some((b) => ADDRESSEES.test(b.text))) return 'notice';
  return 'other';
}
