// A document-sharing site's text layer prints the file's title at the head of its one line of text, twice and
// run together with the file's number, a date template or the text (编号:541193579县委书记在全面推进县城建设工作会议上的讲话
// 201X/X/XX在全面推进县城建设工作会议上的讲话xxx同志讲话今天这次会议，… on 777doc.com; 1、20202020 年年在全县振兴教育动员大会上的
// 讲话文在全县振兴教育动员大会上的讲话文和和… on aqrzj.com). No title line stands apart, but the page states its title:
// the words its head repeats. Hand-written: a layout convention of these sites' viewers.
import { endsInGenreWord } from '../extract/genre.ts';

/** How much of the line's head is read. */
const HEAD = 200;
/** How far into the line the first copy may start, after the file's number or a viewer's page number. */
const FIRST_BY = 40;
/** How far apart two copies of the header may stand: a date template or a word, no sentence. */
const GAP_MAX = 16;
const TITLE_MIN = 8;
const TITLE_MAX = 60;
/**
 * What may stand between two copies: no clause or sentence break, which prose citing a title twice has, nor the
 * book-title marks of prose citing two documents (发布《2021中国生态环境状况公报》和《2021年中国海洋生态环境状况公报》,
 * unseen5 y1-dunya): a viewer's header prints the file's name bare.
 */
const PROSE_BREAK = /[，。；！？,;《》]/u;

/** Start indexes of the non-overlapping copies of `t` in `text`. */
function copies(text: string, t: string): number[] {
  const at: number[] = [];
  for (let k = text.indexOf(t); k >= 0; k = text.indexOf(t, k + t.length)) at.push(k);
  return at;
}

/**
 * The title the head of a flattened document's first line prints at least twice, close together, ending in
 * its genre word (…的讲话, …的通知); the copy printed most often, then the longest. Undefined when the head
 * repeats none.
 */
export function repeatedTitle(line: string): string | undefined {
  const head = line.slice(0, HEAD);
  const stop = head.search(/[。；！？]/u);
  const text = stop >= 0 ? head.slice(0, stop) : head;
  let best: { title: string; count: number } | undefined;
  for (let s = 0; s <= Math.min(FIRST_BY, text.length - TITLE_MIN); s++) {
    if (!/\p{Script=Han}/u.test(text[s]!)) continue;
    for (let e = s + TITLE_MIN; e <= Math.min(text.length, s + TITLE_MAX); e++) {
      const title = text.slice(s, e);
      if (!/^[\p{Script=Han}\d]+$/u.test(title)) break;
      if (!endsInGenreWord(title)) continue;
      const at = copies(text, title);
      if (at[0] !== s || at.length < 2) continue;
      const gap = text.slice(at[0]! + title.length, at[1]!);
      if (gap.length > GAP_MAX || PROSE_BREAK.test(gap)) continue;
      if (!best || at.length > best.count || (at.length === best.count && title.length > best.title.length)) best = { title, count: at.length };
    }
  }
  return best?.title;
}
