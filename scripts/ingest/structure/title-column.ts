// A column's or a topic's label in 【】 over or before a headline: a news
// portal files a story under 【聚焦…】 or 【关注两会】, on a line of its own
// above the headline or glued after the portal's channel name (天津【关注两会】…).
// The label names the column, never the document. A headline wholly in 【】
// with its text glued after it on the same line (a microblog's 【…】正文) is
// not such a label: there is no headline below it.
// Hand-written: a convention of Chinese news pages no library models.

/** A line that is a bracketed label and nothing else. */
const LABEL_LINE = /^【[^【】]{2,20}】$/u;
/** A channel's short name (a place), then the column's label, glued before the headline. */
const CHANNEL_LABEL = /^[\p{Script=Han}]{1,4}【[^【】]{2,8}】\s*/u;
/** The shortest headline left once the label is off. */
const HEADLINE_MIN = 8;

/**
 * Whether `line` is a column's label standing over the headline: wholly in 【】,
 * with a headline line (by `headline`) right below it.
 */
export function labelOverHeadline(line: string, next: string | undefined, headline: (line: string) => boolean): boolean {
  return LABEL_LINE.test(line.trim()) && next !== undefined && headline(next.trim());
}

/** The channel name and column label glued before a headline (天津【关注两会】), or undefined. */
export function channelLabel(title: string): string | undefined {
  const m = CHANNEL_LABEL.exec(title);
  return m && [...title.slice(m[0].length)].length >= HEADLINE_MIN ? m[0] : undefined;
}
