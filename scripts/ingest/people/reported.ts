// Whether a document tells of a person's words in the third person: his name
// as the subject of a reporting verb (张伟指出，, 刘英杰在讲话中说) in a
// paragraph after the opening one. A speech carries its speaker's words as
// "I" and names him only above the text or in a lead-in; an interview
// labels his turns; a news report about a meeting writes 张伟强调. The
// verbs are data (speaker-cues.ts); the rule reads the position.
//
// One shape of the third person is an interview all the same: a reporter's
// question told (有记者问，…？) and the next paragraph opening with the
// answerer's name and a verb of saying (朱凤莲说，…): the Xinhua write-up of a
// spokesperson's answers, which carries his words as answers to questions.
import { ANSWER_TOLD, QUESTION_TOLD, REPORTING } from './speaker-cues.ts';
import { findPeople } from './find.ts';
import { isOfficialName } from './names.ts';

const VERBS = [...new Set(REPORTING.map((t) => t.term))].join('|');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** The paragraphs, past the first, in which `name` reports or is reported as saying something. */
export function reportedIn(name: string, paragraphs: string[]): string[] {
  const re = new RegExp(`${escape(name)}(?:同志)?(?:还|也|又)?(?:在[^，。；！？]{0,16}?(?:讲话|发言|致辞|报告|采访)中)?(?:${VERBS})`, 'u');
  // The pattern opens with the name: a paragraph without it is not tried (the verbs' alternation is long).
  return paragraphs.slice(1).filter((p) => p.includes(name) && re.test(p));
}

const alternatives = (terms: { term: string }[]) => [...new Set(terms.map((t) => t.term))].join('|');
const ASKED = new RegExp(`(?:${alternatives(QUESTION_TOLD)})`, 'u');
/** The answerer's posts and name, no clause break in them, then how the answer opens. */
const ANSWER_OPENS = new RegExp(`^([^，,。！？：:“”「」\\s]{2,40}?)(?:${alternatives(ANSWER_TOLD)})`, 'u');

export interface Answerer {
  name: string;
  /** The posts written before the name, if any. */
  role?: string;
}

/** The person whose name (after his posts) opens the paragraph and says the answer. */
function answererOf(paragraph: string): Answerer | undefined {
  const head = ANSWER_OPENS.exec(paragraph)?.[1];
  if (head === undefined || /记者/u.test(head)) return undefined;
  if (isOfficialName(head)) return { name: head };
  const person = findPeople(head).at(-1);
  if (!person || person.end !== head.length) return undefined;
  return person.post ? { name: person.name, role: person.post } : { name: person.name };
}

/**
 * The people who answer reporters' questions told in the text: a paragraph in
 * which a reporter asks (有记者问，, …记者提问：) with a question mark after it,
 * and the next paragraph opening with the answerer (洪磊说，, 新闻发言人马晓光表示，,
 * 商务部新闻发言人何亚东：). Each answerer once, in order.
 */
export function answersTold(paragraphs: readonly string[]): Answerer[] {
  const found: Answerer[] = [];
  for (let k = 0; k + 1 < paragraphs.length; k++) {
    const asked = ASKED.exec(paragraphs[k]!);
    if (!asked || !/[？?]/u.test(paragraphs[k]!.slice(asked.index))) continue;
    const answerer = answererOf(paragraphs[k + 1]!);
    if (answerer && !found.some((f) => f.name === answerer.name)) found.push(answerer);
  }
  return found;
}
