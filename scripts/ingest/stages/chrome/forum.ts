// A forum thread's poster card: between the thread's header ([复制链接]) and
// the first post's stamp (…发表于 2022-11-11 18:54:03 | 显示全部楼层), a
// Discuz-style page prints the poster's profile as a column of short lines —
// counters (1493 / 主题 / 2万 / 帖子), rank (Rank: 8), a custom title
// (沧浪诗人诗趣长青首席版主兼奇文神韵执行首版), medals (勤勉版主勋章敬业首版勋章).
// Their wording is the user's own, so no vocabulary reads them; their place
// does. Hand-written: no library knows forum templates.
import { isBlank, isProse } from './features.ts';

/** The thread header's share control, on a line of its own or after the thread's title. */
const THREAD_HEADER = /复制链接/u;
/** The first post's stamp: who posted it and when. */
const POST_STAMP = /发表于\s*\d{4}\s*[-/年]\s*\d{1,2}/u;
/** A profile card is a column of a few dozen short items at most. */
const MAX_CARD = 40;
const MAX_ITEM = 40;

/** Indexes of the poster-card lines between a thread header and the first post's stamp. */
export function posterCardRows(lines: string[]): number[] {
  const start = lines.findIndex((line) => THREAD_HEADER.test(line));
  if (start === -1) return [];
  const end = lines.findIndex((line, i) => i > start && POST_STAMP.test(line));
  if (end === -1 || end - start > MAX_CARD) return [];
  const between = lines.slice(start + 1, end).map((line, k) => [start + 1 + k, line.trim()] as const).filter(([, line]) => !isBlank(line));
  // A post's text is prose; a card has none.
  if (between.some(([, line]) => isProse(line) || [...line].length > MAX_ITEM)) return [];
  return between.map(([i]) => i);
}
