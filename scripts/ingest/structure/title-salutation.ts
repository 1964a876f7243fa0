// A speech's salutation line (称呼语): whom the speaker addresses, part after part (尊敬的各位领导、各位来宾，
// 女士们、先生们：), closed by its colon, by a comma, or by the greeting after the names (…各位同学，大家好). The
// forms of address are one closed list on every site that prints a speech, so the line is read by the list
// (title-vocabulary.ts ADDRESSEES, SALUTATION_ENDS, with the posts of people/vocabulary.ts) and not by the site.
// Closed by a comma or by 大家好 it has no colon and no sentence end, and so reads as a title by shape alone; it is
// the text's first line and never the title.
import { alternatives } from './genre-words.ts';
import { POSTS } from '../people/vocabulary.ts';
import { ADDRESSEES, SALUTATION_ENDS } from './title-vocabulary.ts';

/** The longest salutation line read; past this a line is a paragraph. */
const LINE_MAX = 100;
/** What opens a part when the speaker names the room (尊敬的…, 各位…, 全体…). */
const HONORIFIC = /^(?:尊敬的|敬爱的|亲爱的|各位|诸位|全体|在座的)/u;
/**
 * A part: a few words (a place, a name, a body: 梁伟发副, 农民; a foreign name with its spaces: Richard Elam（理查德·伊莱姆）)
 * and the form of address or post closing it. Not 致…, a letter's title; no 的 but in the honorific (尊敬的…): a title's
 * clause (…会议上的讲话县委副书记、县政府县长XX同志们：, wenku365.com's page dumped as one line) is no addressee.
 */
const PART = `(?!致)(?:尊敬的|敬爱的|亲爱的|在座的)?(?:[^、，,：:；;！!？?。\\s的]|(?<=[A-Za-z])\\s(?=[A-Za-z])){0,24}?(?:${alternatives(ADDRESSEES)}|${alternatives(POSTS)})`;
/** Between the parts. */
const SEPARATOR = '\\s*[、，,]\\s*|\\s+';
const PARTS = `(?:${PART})(?:(?:${SEPARATOR})(?:${PART}))*`;
/** Each closing row with the whole line's shape, and the same shape opening a text glued after a title. */
const ENDS = SALUTATION_ENDS.map((row) => ({ id: row.id, line: new RegExp(`^(${PARTS})(?:${row.term})$`, 'u'), opening: new RegExp(`^(${PARTS})(?:${row.term})`, 'u') }));

/** Whether the addressees read as a salutation: one part alone only as the room is named (各位代表, 亲爱的同学们), not a bare post (校长, a turn's label). */
function named(parts: string): boolean {
  const each = parts.split(new RegExp(SEPARATOR, 'u')).filter(Boolean);
  return each.length > 1 || HONORIFIC.test(each[0]!) || /们$/u.test(each[0]!);
}

/** The SALUTATION_ENDS row's id when `line` is a salutation line and nothing else. */
export function salutationLine(line: string): string | undefined {
  const text = line.trim();
  if (text.length > LINE_MAX) return undefined;
  return ENDS.find(({ line: shape }) => {
    const m = shape.exec(text);
    return m !== null && named(m[1]!);
  })?.id;
}

/**
 * How long the salutation is that opens `text`, when it is closed by its colon or its greeting (老师们、同学们,大家好!今天，…):
 * on a page dumped as one line it follows the title directly (title-glued.ts). A comma closes nothing there: the
 * first sentence may open with the room's names.
 */
export function salutationOpening(text: string): number | undefined {
  let longest: number | undefined;
  for (const { id, opening } of ENDS) {
    if (id === 'salutation-comma') continue;
    const m = opening.exec(text);
    if (m !== null && named(m[1]!) && m[0].length > (longest ?? 0)) longest = m[0].length;
  }
  return longest;
}
