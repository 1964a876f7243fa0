// The document title: a title line (possibly split over two or three lines, or
// followed by a ——subtitle), a headline glued to the news lede, or — when the
// document states none — a short title derived from its first sentence.
import { CONNECTIVE_END, CONNECTIVE_START, SENTENCE_END, damagedJunction, isTitleLike, ledeStart, parseNameLine } from './lines.ts';

export interface FoundTitle {
  title: string;
  /** Lines the title used up. */
  lines: number;
  /** The rest of the last line when the title was glued to the first sentence. */
  rest?: string;
  /** The boundary between the glued title and the lede was lost to damage and guessed. */
  damaged?: boolean;
}

const SUBTITLE = /^(?:——|—|－－|--)\s*/;
const SPEECH_WORDS = /讲话|致辞|发言|报告|演讲|主持词|讲稿|党课/;

/** Whether `next` continues the title built so far rather than starting something new. */
function continues(title: string, next: string): boolean {
  if (parseNameLine(next)) return false;
  if (CONNECTIVE_END.test(title) || CONNECTIVE_START.test(next)) return true;
  // 在全区…座谈会暨 / 基层组织建设工作会议上的总结讲话: neither half is a title alone.
  return /^在/.test(title) && !SPEECH_WORDS.test(title) && SPEECH_WORDS.test(next);
}

export function findTitle(lines: string[], at: number): FoundTitle | undefined {
  const first = lines[at];
  if (first === undefined) return undefined;
  if (isTitleLike(first) && at + 1 < lines.length) {
    let title = first;
    let used = 1;
    while (used < 3 && at + used < lines.length - 1) {
      const next = lines[at + used];
      if (SUBTITLE.test(next) && isTitleLike(next.replace(SUBTITLE, ''))) title += '——' + next.replace(SUBTITLE, '');
      else if (isTitleLike(next) && continues(title, next)) title += next;
      else break;
      used++;
    }
    return { title, lines: used };
  }
  const lede = ledeStart(first);
  const damaged = lede === undefined ? damagedJunction(first) : undefined;
  const cut = lede ?? damaged;
  if (cut !== undefined) {
    const title = first.slice(0, cut).replace(/[。！？，\s]+$/, '');
    const rest = first.slice(cut).replace(/^[，。\s]+/, '');
    if (damaged === undefined) return { title, lines: 1, rest };
    // The damaged run swallowed the end of the title and the start of the lede:
    // the mark stays on both sides, so the body shows its loss too.
    return { title, lines: 1, rest: `□${rest}`, damaged: true };
  }
  return undefined;
}

const DERIVED_MAX = 28;

/**
 * A title made from the first sentence: whole clauses up to DERIVED_MAX
 * characters, so that it never stops mid-word; a first clause longer than
 * that is cut at DERIVED_MAX.
 */
export function deriveTitle(text: string): string {
  const sentence = text.split(SENTENCE_END)[0].replace(/^[“”"‘’「」\s]+/, '');
  const clauses = sentence.match(/[^，、：,]+[，、：,]?/g) ?? [sentence];
  let title = '';
  for (const clause of clauses) {
    const next = title + clause;
    if (next.replace(/[，、：,]$/, '').length > DERIVED_MAX) break;
    title = next;
  }
  title = title.replace(/[，、：,]$/, '');
  return title || sentence.slice(0, DERIVED_MAX);
}
