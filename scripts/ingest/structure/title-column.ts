// A column's or a series' label before the headline: a news portal files a
// story under 【聚焦…】, 政能亮丨 or 访谈实录), on a line of its own above the
// headline or glued before it on the same line (天津【关注两会】…,
// 经济热点部长谈丨…). The label names the column, never the document. A
// headline wholly in 【】 with its text glued after it on the same line (a
// microblog's 【…】正文) is not such a label: there is no headline below it.
// Hand-written: a convention of Chinese news pages no library models.

/** A line that is a bracketed label and nothing else. */
const LABEL_LINE = /^【[^【】]{2,20}】$/u;
/**
 * A column's short name that puts a pun's word in quotation marks, before a separator (两会“检”阅丨,
 * a procuratorate's column on its session reports, hbjc.gov.cn, unseen16 b16-hbjc): the quoted
 * word is the pun; the name is as short as the others and holds no sentence punctuation.
 */
const NAME_CHAR = '[^\\s|｜丨_（()）【】\\[\\]［］，。：:；！？“”‘’《》、]';
const QUOTED_NAME = `${NAME_CHAR}{0,6}“${NAME_CHAR}{1,4}”${NAME_CHAR}{0,6}`;
/**
 * A label glued before the headline, in the shapes a page prints it: in 【】
 * (after a channel's short name: 天津【关注两会】), in [], or a short name ended
 * by a separator (政能亮丨, 图说洛阳|; not a slash: 中国/东盟… is a headline) or by a closing bracket whose opening the
 * page cut off (访谈实录), a columnist's 李华球》 on j-media.tw, a column's 名家論壇》 on nownews.com). A short name holds no sentence punctuation, so
 * that a headline's own clause (习近平：…丨…) is never taken for one.
 */
const HEAD = new RegExp(String.raw`^(?:[\p{Script=Han}]{0,4}【[^【】]{1,20}】|[\[［][^\]［\[］]{1,12}[\]］]|(?![0-9０-９一二三四五六七八九十百]+[)）])[^\s|｜丨_（()）【】\[\]［］，。：:；！？“”‘’《》、]{2,8}(?:\s*[|｜丨]|[)）\]］】》])|${QUOTED_NAME}\s*[|｜丨])\s*`, 'u');
/** The shortest headline left once a label is off, in characters other than punctuation. */
const HEADLINE_MIN = 6;
/**
 * The shortest headline after a label in square brackets: the brackets mark the label off, so
 * no headline's own words are taken for it, and a commentary's headline may be short
 * ([杂七杂八]并非杜撰, wenxue100.com, unseen7 b7-wenxue100; [港澳台] 政府要有作為, tvbnow.com,
 * unseen14 c14-tvbnow).
 */
const BRACKETED_HEADLINE_MIN = 4;

/**
 * Whether `line` is a column's label standing over the headline: wholly in 【】,
 * with a headline line (by `headline`) right below it.
 */
export function labelOverHeadline(line: string, next: string | undefined, headline: (line: string) => boolean): boolean {
  return LABEL_LINE.test(line.trim()) && next !== undefined && headline(next.trim());
}

/**
 * The column's label glued before a headline (天津【关注两会】, 经济热点部长谈丨,
 * 访谈实录)), or undefined: what follows must be a headline of its own
 * (`headline`: not a site's or a column's name), not a site's name after a
 * short headline (采访部长|新华网).
 */
export function columnLabel(title: string, headline: (rest: string) => boolean = () => true): string | undefined {
  const m = HEAD.exec(title);
  if (!m) return undefined;
  const rest = title.slice(m[0].length);
  const least = /^[\[［]/u.test(m[0]) ? BRACKETED_HEADLINE_MIN : HEADLINE_MIN;
  return rest.replace(/[\s\p{P}\p{S}]/gu, '').length >= least && headline(rest) ? m[0] : undefined;
}
