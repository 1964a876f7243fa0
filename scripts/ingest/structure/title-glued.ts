// Where the text starts on a line that carries the title too: a page dumped
// as one line (a document site's preview, a flattened text) prints the title,
// then the speech's salutation or the notice's addressees (GB/T 9704: 主送机关
// under the title), with at most a space or an uploader's tag between.
// The first sentence's own markers (近日，5月23日上午，) are lines.ts's
// ledeStart; these are the standard openings after a title.
// Hand-written: conventions of Chinese official publishing no library models.
import { endsInGenreWord, titleGenre } from '../extract/genre.ts';
import { alternatives } from './genre-words.ts';
import { isSalutation } from './lines.ts';
import { GENRE_TAGS, SALUTATION_WORDS } from './title-vocabulary.ts';

/** A title glued before its text is a line long; past this the line is a paragraph. */
const TITLE_MAX = 60;
/** An uploader's genre tag between the title and the text (…的讲话范文同志们：). */
const TAG = new RegExp(`(?:${alternatives(GENRE_TAGS)})$`, 'u');
/** A salutation or a notice's addressees, up to their colon: 各位领导、同志们： / 各乡镇人民政府，县直各单位：. */
const OPENING = /^(?:[^，。；：:！？\s]{2,30}|各[^。；：:！？]{1,80})[：:]/u;
const TAG_FIRST = new RegExp(`^(?:${alternatives(GENRE_TAGS)})`, 'u');
/** A school's salutation (尊敬的各位老师、亲爱的同学们：), which lines.ts's isSalutation does not list. */
const SALUTATION_WORD = new RegExp(`(?:${alternatives(SALUTATION_WORDS)})`, 'u');
const salutes = (opening: string) => isSalutation(opening) || (opening.length <= 40 && SALUTATION_WORD.test(opening));

/** A closing bracket or quote after a title's last word. */
const CLOSING = /[】》）」”]+$/u;
/** Whether an opening bracket in `head` is still open. */
function unclosed(head: string): boolean {
  const pairs: [string, string][] = [['【', '】'], ['《', '》'], ['（', '）'], ['「', '」'], ['“', '”']];
  return pairs.some(([open, close]) => head.split(open).length > head.split(close).length);
}

/** Whether `head` reads as the whole title before the text: a line long, no sentence in it. */
const titleHead = (head: string) => head.length >= 6 && head.length <= TITLE_MAX && !/[。！？；]/u.test(head);

/**
 * Index where the text starts after a title glued before a salutation or an
 * addressee line: after a genre word (…的讲话同志们：, …的通知各县…：), an
 * uploader's tag after it (…讲话范文同志们：), or a space (…力量 同志们：).
 * An addressee line opens a notice only after the notice's genre word.
 */
export function openingAfterTitle(line: string): number | undefined {
  const limit = Math.min(line.length, TITLE_MAX + 1);
  for (let at = 6; at < limit; at++) {
    const head = line.slice(0, at);
    // Not inside brackets: 【2021重阳节致辞】 is cut after its 】.
    if (unclosed(head)) continue;
    const spaced = /\s$/u.test(head);
    const genre = endsInGenreWord(head.trim().replace(CLOSING, '').replace(TAG, ''));
    if (!spaced && !genre) continue;
    const rest = line.slice(at);
    // The tag belongs with the title it was glued to: the text starts after it.
    if (TAG_FIRST.test(rest)) continue;
    const opening = OPENING.exec(rest)?.[0];
    if (!opening || !titleHead(head.trim())) continue;
    const notice = genre && titleGenre(head.trim().replace(CLOSING, '').replace(TAG, '')) === 'notice';
    if (salutes(opening) || (notice && /^各/u.test(opening) && !/^各位/u.test(opening))) return at;
  }
  return undefined;
}
