// Agreement between a page's own title sources — the <title>, og:title and
// ArticleTitle, the headings, the lines above the text — as evidence of the
// document's title. A page prints its title more than once and its chrome
// around some of the copies (标题_XX市人民政府, XX网 标题, 首页 > 栏目 > 标题):
// what two sources share whole is the title, what one adds around it between
// separators is the site's or a column's name. Judged by shape and position,
// never by the wording of one site.
// Hand-written: the string comparisons are a few lines, and no library reads
// Chinese page titles.

import { ISSUER_OPENS } from './title-clean.ts';

/** Separators a page puts between a title and the names around it; a hyphen only when it does not stand inside a number range (2021-2022年). */
const SEPARATOR = /\s*(?:[_|｜丨>»›·•]|—{1,2}|――|－－|-{1,2}(?!\d)|–)\s*|\s+/u;
/** A separator (or space) ending the text on the left of a copy / starting the text on its right. */
const LEFT_BOUND = /(?:^|[\s_|｜丨>»›·•—―－\-–])$/u;
const RIGHT_BOUND = /^(?:$|[\s_|｜丨>»›·•—―－\-–])/u;

/** The text without spaces and punctuation: two copies of a title compare equal in it. */
export const bare = (text: string) => text.replace(/[\s\p{P}\p{S}]/gu, '');

/** The pieces a line splits into at the page's separators (媒体报道-标题-机构名 → three pieces). */
export function pieces(line: string): string[] {
  return line
    .split(SEPARATOR)
    .map((p) => p.trim())
    .filter((p) => bare(p).length > 0);
}

/** Shortest title worth comparing: shorter pieces are menu words and site names. */
const MIN_CORE = 6;
/** How much of the longer copy a shortened copy keeps (a <title> cut short, a heading without its subtitle). */
const SHORTENED = 0.6;

/**
 * Whether `source` carries `title` whole, with nothing or only separated names
 * around it (标题_XX市人民政府, XX网 标题, 首页 > 栏目 > 标题).
 */
export function framed(title: string, source: string): boolean {
  const t = title.trim();
  const s = source.trim();
  if (bare(t).length < MIN_CORE || bare(s) === bare(t)) return bare(s) === bare(t) && bare(t).length >= MIN_CORE;
  for (let at = s.indexOf(t); at >= 0; at = s.indexOf(t, at + 1)) {
    if (LEFT_BOUND.test(s.slice(0, at)) && RIGHT_BOUND.test(s.slice(at + t.length))) return true;
  }
  return false;
}

/**
 * Whether two copies of a title agree: one is the other framed by names, or
 * one is a whole piece of the other that keeps most of it (a <title> cut
 * short, a heading printed without the subtitle the <title> has).
 */
export function agree(a: string, b: string): boolean {
  if (framed(a, b) || framed(b, a)) return true;
  const [x, y] = bare(a).length <= bare(b).length ? [a, b] : [b, a];
  const long = bare(y);
  return pieces(x).some((p) => bare(p).length >= MIN_CORE && bare(p).length >= long.length * SHORTENED && long.startsWith(bare(p)));
}

/**
 * The longest run of characters two copies share, in bare text: how far a
 * line and the page's <title> agree, for telling whether a hard-wrapped
 * title's next line belongs to it.
 */
export function sharedRun(a: string, b: string): number {
  const x = bare(a);
  const y = bare(b);
  let best = 0;
  const row = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= y.length; j++) {
      const above = row[j]!;
      row[j] = x[i - 1] === y[j - 1] ? diagonal + 1 : 0;
      if (row[j]! > best) best = row[j]!;
      diagonal = above;
    }
  }
  return best;
}

/** Length of a name a page glues to a title with a space (共产党员网, 某某日报): a word, not a phrase. */
const NAME_LENGTH = [3, 10] as const;
const HAN_ONLY = /^\p{Script=Han}+$/u;

/** Character pairs of a text, to tell whether two lines share any wording. */
export function pairs(text: string): Set<string> {
  const t = bare(text);
  const out = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) out.add(t.slice(i, i + 2));
  return out;
}

/**
 * Names the page glues before or after a title with a space or a separator
 * (XX网 标题, 标题 _ XX市人民政府), learned from the page itself: the end
 * piece of a line that opens or closes another, longer line of the page (the
 * toolbar's XX网来稿 打印, the footer's 版权所有 XX市人民政府) sharing no
 * wording with the rest of the line — a title's own words come with it, and
 * an issuer's signature line is the name alone.
 */
export function gluedNames(line: string, pageLines: readonly string[]): string[] {
  const parts = pieces(line);
  if (parts.length < 2) return [];
  const names: string[] = [];
  for (const [name, rest] of [
    [parts[0]!, parts.slice(1).join(' ')],
    [parts.at(-1)!, parts.slice(0, -1).join(' ')],
  ] as const) {
    const n = [...name].length;
    if (n < NAME_LENGTH[0] || n > NAME_LENGTH[1] || !HAN_ONLY.test(name) || bare(rest).length < MIN_CORE) continue;
    // 发文机关 + 关于…: the issuer opens a document's own title (GB/T 9704).
    if (name === parts[0] && ISSUER_OPENS.test(rest)) continue;
    const own = pairs(rest);
    const again = pageLines.some((other) => {
      const o = other.trim();
      // A labelled value (信息来源：XX) names who issued the page, not the site.
      const closes = o.endsWith(name) && !/[：:]\s*$/u.test(o.slice(0, -name.length));
      if (o === line.trim() || bare(o).length <= bare(name).length || !(o.startsWith(name) || closes)) return false;
      return ![...pairs(o.replace(name, ''))].some((p) => own.has(p));
    });
    if (again) names.push(name);
  }
  return names;
}
