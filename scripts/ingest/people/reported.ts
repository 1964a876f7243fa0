// Whether a document tells of a person's words in the third person: his name
// as the subject of a reporting verb (张伟指出，, 刘英杰在讲话中说) in a
// paragraph after the opening one. A speech carries its speaker's words as
// "I" and names him only above the text or in a lead-in; an interview
// labels his turns; a news report about a meeting writes 张伟强调. The
// verbs are data (speaker-cues.ts); the rule reads the position.
import { REPORTING } from './speaker-cues.ts';

const VERBS = [...new Set(REPORTING.map((t) => t.term))].join('|');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** The paragraphs, past the first, in which `name` reports or is reported as saying something. */
export function reportedIn(name: string, paragraphs: string[]): string[] {
  const re = new RegExp(`${escape(name)}(?:同志)?(?:还|也|又)?(?:在[^，。；！？]{0,16}?(?:讲话|发言|致辞|报告|采访)中)?(?:${VERBS})`, 'u');
  return paragraphs.slice(1).filter((p) => re.test(p));
}
