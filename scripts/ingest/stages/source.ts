// Stage: where the text was published — source name, url, authors and the
// publication date as the source gives it (issue 5). From page chrome
// (file.data.candidates) and the front lines set aside by the structure stage:
//   （《徐州日报》2022年9月27日 文/王任飞 谈建荣） → 徐州日报, 2022-09-27, [王任飞, 谈建荣]
//   本报记者 颜小镇 文/图                          → authors [颜小镇]
//   来源：XX日报                                   → XX日报
//   本报讯（记者 张晓东 通讯员 赵雨）… opening the lede → authors [张晓东, 赵雨]
// A front line beats chrome: the newspaper is the source, the site a repost.
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
    .replace(/[文图摄]$/, ' ');
  return text.split(/[\s、，,；;\u3000]+/).filter(isAuthorName);
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

export function extractSource(file: IngestFile): void {
  const { blocks, candidates, front, meta } = file.data;
  const lede = ledeBylineOf(blocks);
  const found = sourceFromFront(lede ? [...front, lede.byline] : front);
  const source: Source = {
    name: found.name ?? lede?.agency ?? candidates.source ?? candidates.siteNames?.[0],
    url: candidates.url,
    authors: found.authors ?? candidates.authors,
    published: found.published ?? (candidates.published ? isoDate(candidates.published) : undefined),
  };
  meta.source = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined)) as Source;
}
