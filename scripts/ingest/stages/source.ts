// Stage: where the text was published — source name, url, authors and the
// publication date as the source gives it. From page chrome
// (file.data.candidates) and the front lines set aside by the structure stage:
//   （《徐州日报》2022年9月27日 文/王任飞 谈建荣） → 徐州日报, 2022-09-27, [王任飞, 谈建荣]
//   本报记者 颜小镇 文/图                          → authors [颜小镇]
//   来源：XX日报                                   → XX日报
//   本报讯（记者 张晓东 通讯员 赵雨）… opening the lede → authors [张晓东, 赵雨]
//   顶端新闻·河南商报记者马俊峰/文 (a byline above the text) → 河南商报
// A front line beats chrome: the newspaper is the source, the site a repost.
// The region stage reads the source as evidence of the place, so a name is
// cleaned of what chrome glues to it (太原晚报 2021-11-25 16:26:07, 据新华社)
// and a label read as a name (作者:, 关键词:) is dropped.
import type { Block, IngestFile, Source } from '../types.ts';
import { isPersonName } from '../structure/lines.ts';

const NEWSPAPER = /《([^》]{2,20})》/;
const SOURCE_LABEL = /^[（(]?(?:来源|稿源|转自|转载自)[：:]\s*([^）)\s]+)/;
/** Labels before author names in bylines and attributions. */
const AUTHOR_LABEL = /(?:本报|特约)?(?:记者|通讯员|实习生)|作者[：:]?|(?:文|图|文\s*[/／]\s*图|摄影|摄)\s*[/／：:]|撰稿[：:]?/g;
const ARABIC_DATE = /(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})/;

/** YYYY-MM-DD from an Arabic-numeral date; Chinese-numeral dates are the dates stage's job. */
export function isoDate(text: string): string | undefined {
  const match = ARABIC_DATE.exec(text);
  if (!match) return undefined;
  const [, y, m, d] = match;
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/**
 * A byline holds only names after its labels, so any 2–4 Han token (or a
 * transliterated name with ·) is taken, not only known surnames.
 */
function isAuthorName(token: string): boolean {
  if (!/^[\p{Script=Han}·]{2,8}$/u.test(token) || /记者|通讯员|日报|晚报|报社|编辑|电视台|新闻/.test(token)) return false;
  return isPersonName(token) || token.length <= 4 || token.includes('·');
}

/** Person names in a byline or attribution, labels and newspaper names removed. */
export function authorsIn(line: string): string[] {
  if (!/记者|通讯员|实习生|作者|文\s*[/／：:]|摄|撰稿/.test(line)) return [];
  const text = line
    .replace(/^[（(]|[）)]$/g, '')
    .replace(NEWSPAPER, ' ')
    .replace(new RegExp(ARABIC_DATE.source + '日?', 'g'), ' ')
    .replace(/第\s*\d+\s*版/g, ' ')
    .replace(AUTHOR_LABEL, ' ')
    .replace(/(?:受访者)?供图/g, ' ')
    .replace(/[文图摄]$/, ' ');
  // 马俊峰/文: a name before its label.
  return text.split(/[\s、，,；;\u3000/／]+/).filter(isAuthorName);
}

/**
 * The news organ of a byline: 顶端新闻·河南商报记者马俊峰/文, 新华网黑龙江频道
 * 记者 伊琳 李清芬, 光明日报记者 王建宏. An organ's name ends in a word of its kind.
 */
const BYLINE_MEDIUM = /^(?:[^\s，。：:·・]{1,12}[·・])?([^\s，。：:·・（(]{2,16}?(?:日报|晚报|晨报|商报|都市报|时报|青年报|法制报|报|新闻网|网(?:[^\s，。记]{2,6}频道)?|电视台|广播电视台|融媒体中心|通讯社|社))\s*(?:全媒体|融媒体)?(?:首席|特约|见习|实习)?记者/;

export function bylineMedium(line: string): string | undefined {
  if (line.length > 60 || /[。！？]/.test(line)) return undefined;
  const name = BYLINE_MEDIUM.exec(line)?.[1];
  return name && !/^本报|^本台|^本网/.test(name) ? name : undefined;
}

/** Labels and stamps that chrome glues to a source name or that stand in for one. */
const SOURCE_PREFIX = /^(?:[（(]?(?:来源|稿源|转自|转载自|信息来源)[：:]\s*|据)/;
const SOURCE_SUFFIX = /\s*(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?|[）)】\]]+)$/;
const NOT_A_SOURCE = /^(?:作者|关键词|编辑|责任编辑|责编|来源|发布时间|点击|浏览)?[：:]?$|评论|导航|首页|当前位置|^\d/;

/** A source name without its label and timestamp; undefined when nothing of a name is left. */
export function cleanSourceName(name: string | undefined): string | undefined {
  if (!name) return undefined;
  let cleaned = name.trim().replace(SOURCE_PREFIX, '');
  for (let previous = ''; previous !== cleaned; ) [previous, cleaned] = [cleaned, cleaned.replace(SOURCE_SUFFIX, '').trim()];
  if (NOT_A_SOURCE.test(cleaned) || /[：:]$/.test(cleaned) || !/\p{Script=Han}|[A-Za-z]{2}/u.test(cleaned)) return undefined;
  return cleaned;
}

export function sourceFromFront(front: string[]): Source {
  const source: Source = {};
  const authors: string[] = [];
  for (const line of front) {
    const paper = NEWSPAPER.exec(line);
    const label = SOURCE_LABEL.exec(line);
    if (!source.name && label) source.name = label[1].replace(NEWSPAPER, '$1');
    else if (!source.name && paper && /^[（(]?《/.test(line)) source.name = paper[1];
    if (!source.published && (paper || label)) source.published = isoDate(line);
    authors.push(...authorsIn(line));
  }
  if (authors.length > 0) source.authors = [...new Set(authors)];
  return source;
}

/**
 * A dateline and byline opening the lede: 本报讯（记者 张晓东 通讯员 赵雨）9月5日，…
 * or 新华社北京1月11日电（记者 张辛欣）… — the agency named is the source.
 */
const LEDE_BYLINE = /^(?:本报讯|([^\s（(，。]{2,8}社)?[^\s（(，。]{0,16}[讯电])?\s*[（(]((?:本报|特约)?(?:记者|通讯员)[^）)]{1,40})[）)]/;

export function ledeBylineOf(blocks: Block[]): { agency?: string; byline: string } | undefined {
  const lede = blocks.find((b) => b.part === 'body' && b.kind === 'paragraph');
  const match = lede ? LEDE_BYLINE.exec(lede.text) : null;
  return match ? { agency: match[1], byline: match[2] } : undefined;
}

/**
 * A byline naming its medium, in the front lines or standing above the text
 * in its first blocks, or an interview's label for its reporter (山西日报记者：…).
 */
function mediumByline(front: string[], blocks: Block[]): { medium: string; line: string } | undefined {
  const labels = blocks.filter((b) => b.kind === 'turn' && b.speaker).slice(0, 3).map((b) => b.speaker!);
  for (const line of [...front, ...blocks.slice(0, 3).map((b) => b.text), ...labels]) {
    const medium = bylineMedium(line);
    if (medium) return { medium, line };
  }
  return undefined;
}

export function extractSource(file: IngestFile): void {
  const { blocks, candidates, front, meta } = file.data;
  const lede = ledeBylineOf(blocks);
  const found = sourceFromFront(lede ? [...front, lede.byline] : front);
  const byline = mediumByline(front, blocks);
  const bylineAuthors = byline ? authorsIn(byline.line) : [];
  const source: Source = {
    name: cleanSourceName(found.name ?? lede?.agency ?? byline?.medium) ?? cleanSourceName(candidates.source) ?? cleanSourceName(candidates.siteNames?.[0]),
    url: candidates.url,
    authors: found.authors ?? (bylineAuthors.length > 0 ? bylineAuthors : undefined) ?? candidates.authors,
    published: found.published ?? (candidates.published ? isoDate(candidates.published) : undefined),
  };
  meta.source = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined)) as Source;
}
