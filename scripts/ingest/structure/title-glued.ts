// Where the text starts on a line that carries the title too: a page dumped
// as one line (a document site's preview, a flattened text) prints the title,
// then the speech's salutation or the notice's addressees (GB/T 9704: 主送机关
// under the title), with at most a space or an uploader's tag between.
// So does an editor's note under its label (…的讲话编者按：…), and a speech's
// first clause right after a speech title of the occasion shape (在…会议上的讲话春节刚过，…).
// The first sentence's own markers (近日，5月23日上午，) are lines.ts's
// ledeStart; these are the standard openings after a title.
// Hand-written: conventions of Chinese official publishing no library models.
import { endsInGenreWord, titleGenre } from '../extract/genre.ts';
import { alternatives } from './genre-words.ts';
import { isSalutation } from './lines.ts';
import { salutationOpening } from './title-salutation.ts';
import { GENRE_TAGS, NOTE_LABELS, SALUTATION_WORDS } from './title-vocabulary.ts';

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

/** An editor's or a site's note label opening the text: 编者按：, 导语 . */
const NOTE_LABEL = new RegExp(`^(?:${alternatives(NOTE_LABELS)})\\s*[：:\\s]`, 'u');
/**
 * A speech's title of the occasion shape (…在…会议上的讲话, 在…仪式上的致辞): a speech title names where it was given,
 * so the words after its genre word start the speech (在市政府一届五次全体（扩大）会议上的讲话春节刚过，…, esk365.com
 * class sample titledeco-s26; 市长在全市招商引资督查观摩总结交流会上的讲话这次招商引资督查观摩活动，…, unseen7 b7-6dgww).
 */
const OCCASION_SPEECH = /在[^，。；：:！？]{2,40}?(?:上|中)的?(?:讲话|致辞|发言|讲话稿|发言稿)$/u;
/**
 * The speech's first clause: Han words up to its comma, at least four, not a word that continues the title's noun
 * (…的讲话精神，…的讲话中指出，…的讲话稿，) or a verb of which the speech is the subject (…的讲话强调，).
 */
const FIRST_CLAUSE = /^(?!精神|要点|摘要|全文|原文|稿|中|时|里|后|上|内容|的|和|与|及|强调|指出|提出|要求|称|说)\p{Script=Han}{4,16}[，,]/u;

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
    if (genre && titleHead(head.trim()) && (NOTE_LABEL.test(rest) || (OCCASION_SPEECH.test(head.trim()) && FIRST_CLAUSE.test(rest)))) return at;
    // A salutation closed by its greeting rather than a colon (…毕业典礼致辞老师们、同学们,大家好!今天，…): title-salutation.ts.
    if (genre && titleHead(head.trim()) && salutationOpening(rest) !== undefined) return at;
    const opening = OPENING.exec(rest)?.[0];
    if (!opening || !titleHead(head.trim())) continue;
    const notice = genre && titleGenre(head.trim().replace(CLOSING, '').replace(TAG, '')) === 'notice';
    if (salutes(opening) || (notice && /^各/u.test(opening) && !/^各位/u.test(opening))) return at;
  }
  return undefined;
}
