// A site's heading, or a document site's file name, over the document's own title line that differs from it only by
// a particle the site left out (校长在本科生毕业典礼上讲话 / 校长在本科生毕业典礼上的讲话 on swxbz.com; the file name run
// into the text's own title on wenke99.com). The README's title convention takes the document's own line over the
// site's heading; a heading that says the same with a particle missing is an edit of it, not another title.
// Hand-written: a comparison of two strings, the particles as data (title-vocabulary.ts DROPPED_PARTICLES).
import { endsInGenreWord } from '../extract/genre.ts';
import { alternatives } from './genre-words.ts';
import { bare } from './title-agreement.ts';
import { DROPPED_PARTICLES } from './title-vocabulary.ts';

const PARTICLE = new RegExp(`^(?:${alternatives(DROPPED_PARTICLES)})$`, 'u');
/** At most this many particles left out: more is another wording, not an edit. */
const DROPPED_MAX = 2;
/** Shortest heading compared: shorter lines are menu words. */
const TITLE_MIN = 6;

/** Whether `edited` is `own` with one or two particles left out and nothing else changed (spaces and punctuation aside). */
export function particlesDropped(edited: string, own: string): boolean {
  const short = [...bare(edited)];
  const long = [...bare(own)];
  const missing = long.length - short.length;
  if (short.length < TITLE_MIN || missing < 1 || missing > DROPPED_MAX) return false;
  let k = 0;
  let dropped = 0;
  for (const ch of long) {
    if (k < short.length && short[k] === ch) k++;
    else if (PARTICLE.test(ch)) dropped++;
    else return false;
  }
  return k === short.length && dropped === missing;
}

/**
 * The document's own title at the head of `rest`, the text glued after a title copy `edited` that left a particle
 * out of it (县长在…座谈会上讲话 + 县长在…座谈会上的讲话同志们：…): the own copy, ending in its genre word; undefined
 * when `rest` does not open with one.
 */
export function ownCopyAfter(edited: string, rest: string): string | undefined {
  const length = [...edited].length;
  for (let n = length + 1; n <= length + DROPPED_MAX; n++) {
    const head = [...rest].slice(0, n).join('');
    if (endsInGenreWord(head) && particlesDropped(edited, head)) return head;
  }
  return undefined;
}
