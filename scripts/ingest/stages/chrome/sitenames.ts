// Site and brand names learned from chrome, for the watermark stage: the name
// after a copyright mark, the xx网 of "xx网站长", the site of a glued prefix.

const HAN_RUN = '[\\p{Script=Han}]';
/** Copyright marks and the years after them: "Copyright ©2015-2025", "版权所有：". */
const COPYRIGHT_LEAD = /(?:copyright|©|\(c\)|版权所有)[\s©:：]*(?:\d{4}(?:\s*[-–—~]\s*\d{4})?)?[\s©,，]*/giu;
const NAME_TOKEN = /^[\p{Script=Han}A-Za-z0-9]{2,12}/u;
/** Words that follow a copyright mark but are not a name. */
const NOT_A_NAME = /^(?:版权所有|保留所有权利|all|rights|by|备案|技术支持|责任编辑|主办|承办)/iu;
const SITE_SUFFIX = /(?:网站|网|網|频道|頻道|在线)$/u;
const WEBMASTER = new RegExp(`(${HAN_RUN}{1,8}[网網])站长`, 'gu');

/** The name printed with a copyright mark, if the line has one. */
export function copyrightName(line: string): string | undefined {
  for (const m of line.matchAll(COPYRIGHT_LEAD)) {
    const token = line.slice((m.index ?? 0) + m[0].length).match(NAME_TOKEN)?.[0];
    if (token && /\p{Script=Han}/u.test(token) && !NOT_A_NAME.test(token)) return token;
  }
  // "xx网 版权所有": the name stands before the mark.
  const before = line.match(new RegExp(`(${HAN_RUN}{2,12})\\s*版权所有`, 'u'))?.[1];
  return before && SITE_SUFFIX.test(before) ? before : undefined;
}

/**
 * Names of webmasters' sites ("…作者房立洲老秘网站长"): which suffix of the
 * Han run is the name is unknown, so take the longest suffix of three or more
 * characters that the file repeats elsewhere — a site name recurs, the
 * surname glued before it does not.
 */
export function webmasterNames(line: string, fullText: string): string[] {
  const names: string[] = [];
  for (const m of line.matchAll(WEBMASTER)) {
    const run = m[1];
    for (let length = run.length; length >= 3; length--) {
      const suffix = run.slice(run.length - length);
      if (fullText.split(suffix).length - 1 >= 2) {
        names.push(suffix);
        break;
      }
    }
  }
  return names;
}

const SITE_PREFIX = /^\s*([^\s:：，。,；;、“”"《》]{2,12}?(?:网站|网|網|频道|頻道))(?:\s+([^\s:：，。,；;、]{2,8}))?\s*[:：]\s*(.+)$/u;

/**
 * A site name set with a dash before a newsroom's dateline, which opens a
 * report as printed (梧州零距离网-梧州日报讯（记者 梁萍）…): the dateline
 * after the dash tells the prefix from a title's own words.
 */
const SITE_BEFORE_DATELINE = /^\s*([^\s:：，。,；;、“”"《》\-－—|｜]{2,12}?(?:网站|网|網|频道|頻道))\s*[-－—|｜]\s*(?=[\p{Script=Han}]{2,16}(?:讯|电)\s*[（(])/u;

/**
 * A site name glued before the first line ("xx网 栏目名:标题…"): a short
 * segment ending in 网/网站/频道, a column name, a colon, then the real text.
 * Without a column name the segment must be a site the chrome already named,
 * since a title may itself open with a word like 互联网：. Or the name and a
 * dash before a dateline.
 */
export function sitePrefix(line: string, knownSites: string[]): { prefix: string; name: string } | undefined {
  const dashed = line.match(SITE_BEFORE_DATELINE);
  if (dashed) return { prefix: dashed[0], name: dashed[1]! };
  const m = line.match(SITE_PREFIX);
  if (!m || (m[3].match(/\p{Script=Han}/gu)?.length ?? 0) < 8) return undefined;
  if (m[2] === undefined && !knownSites.includes(m[1])) return undefined;
  return { prefix: m[0].slice(0, m[0].length - m[3].length), name: m[1] };
}
