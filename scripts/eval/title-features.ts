// Features of a title candidate, of the kind an archivist weighs when
// choosing a page's title among its head lines: where the line stands among
// them and from the first sentence, its length and ending, a genre word at
// its end, a date, the site's name or a domain inside it, separators,
// agreement with the page head's headline and with a line printed again, a
// person's name and post, a document site's word (范文, 下载), and whether the
// rules chose it. scripts/eval/fit-title-model.ts weighs them leaving sites
// out; the `null` option (no title stated: one is derived) has features of
// its own, read from the page and from what the rules chose. Measurement
// only: no learned mode beat the rules (docs/eval.md, titlemodel), so the
// ingest does not read these.
import { endsInGenreWord, titleGenre } from '../ingest/extract/genre.ts';
import type { SparseRow } from '../ingest/stages/chrome/line-model.ts';
import { metaKind } from '../ingest/structure/head.ts';
import { isNoticeTitle, isTitleLike, parseNameLine } from '../ingest/structure/lines.ts';
import { catalogueField, ownHeading } from '../ingest/structure/title-heading-block.ts';
import { agree, bare, pairs as bigrams } from '../ingest/structure/title-agreement.ts';
import { refusal } from '../ingest/structure/title-clean.ts';

export const TITLE_FEATURES = [
  // The null option, and what of the page speaks for it.
  'null',
  'null:noHeadLines',
  'null:oneHeadLine',
  'null:headline',
  'null:rulesNull',
  'null:noTitleLike',
  // The null option against what the rules chose: a name and post, a document site's phrase, a sentence, a short label.
  'null:rulesNameLine',
  'null:rulesPost',
  'null:rulesDocSite',
  'null:rulesSentence',
  'null:rulesShort',
  'null:rulesNoGenre',
  'null:rulesInFirstSentence',
  // The rules' title a post and a name (泰州市人民政府市长), or words the rest of the page never uses (a planted headline).
  'null:rulesPostEnd',
  'null:rulesUnused',
  // Where the candidate came from.
  'from:line',
  'from:clean',
  'from:joined',
  'from:glued',
  'from:part',
  'from:page',
  'from:headline',
  'rules',
  'onlyPage',
  // Where it stands.
  'at:first',
  'at:aboveText',
  'at:twoAbove',
  'at:far',
  'at:relative',
  // Its shape.
  'len:short',
  'len:6-11',
  'len:12-24',
  'len:25-40',
  'len:long',
  'sentenceEnd',
  'comma',
  'titleLike',
  'refused',
  'metaLine',
  'genreEnd',
  'genre:speech',
  'genre:notice',
  'genre:interview',
  'date',
  'yearLead',
  'siteName',
  'domain',
  'separator',
  'dash',
  'bracketEnd',
  'nameLine',
  'post',
  'docSite',
  'latin',
  'digitLead',
  // A notice's heading by GB/T 9704's shape (关于 outside any quoted title, a 文种 word at the end), and a catalogue's field naming it.
  'noticeHeading',
  'catalogueField',
  // Agreement.
  'headlineSame',
  'headlineAgree',
  'headlineInside',
  'repeated',
  'inFirstSentence',
  'firstSentenceOverlap',
  // Against the rest of the page: how many of its character pairs the page uses elsewhere (a planted headline of
  // another document shares none), a line ending in a post (and a name), a section heading's shape (一、, a short
  // line with no genre word).
  'pageOverlap',
  'pageUnused',
  'postEnd',
  'sectionShape',
  // Against the rules' title: a part of it, or it and more.
  'insideRules',
  'aroundRules',
  'rulesNull',
] as const;
export type TitleFeature = (typeof TITLE_FEATURES)[number];
const INDEX = new Map<string, number>(TITLE_FEATURES.map((f, k) => [f, k]));

export type Origin = 'line' | 'clean' | 'joined' | 'glued' | 'part' | 'page' | 'headline' | 'rules';

export interface Candidate {
  text: string;
  /** Index of the cleaned line it came from (-1: not a line of the cleaned text). */
  at: number;
  origins: Origin[];
}

export interface TitlePage {
  /** The cleaned lines before the first sentence, and that sentence's line. */
  head: string[];
  /** Index in `head` of the first sentence (head.length when none was found in the window). */
  textAt: number;
  headline?: string;
  siteNames: readonly string[];
  /** Lines of the page before the chrome stage, from its top. */
  before: readonly string[];
  candidates: Candidate[];
  /** The rules' title; null when they derived one. */
  rules: string | null;
}

const DATE = /(?:19|20)\d{2}\s*[年.\-/]|\d{1,2}月\d{1,2}日/u;
const DOMAIN = /(?:www\.|\.com|\.cn|\.net|\.org|https?:)/iu;
const SEPARATOR = /[_|｜]|\s[-－]\s|\s-|-\s/u;
const POST = /(?:书记|省长|市长|县长|区长|镇长|主任|部长|厅长|局长|院长|校长|主席|委员|会长|董事长|总经理|秘书长|检察长)/u;
/** A document-sharing site's words about the file, not the document's (范文, Word下载, 精选, 合集). */
const DOC_SITE = /(?:范文|例文|模板|下载|精选|合集|大全|汇编|doc|word|ppt|pdf|篇$|【篇|目录|网友|整理|分享|收藏)/iu;
const SENTENCE_MARK = /[。！？!?…]$/u;
/** A post closing the line, a name after it at most: 湖南日报社党组书记、社长 姜协军, 泰州市人民政府市长. */
const POST_END = new RegExp(`${POST.source}(?:\\s*[\\p{Script=Han}]{2,4})?$`, 'u');
const SECTION = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.．、])/u;

/** The share of the line's character pairs that the page's other lines use. */
function pageShare(page: TitlePage, t: string): number | undefined {
  const grams = bigrams(t);
  if (grams.size === 0) return undefined;
  const b = bare(t);
  const rest = bigrams(page.before.filter((l) => !bare(l).includes(b)).join(''));
  return [...grams].filter((g) => rest.has(g)).length / grams.size;
}

/** The sparse row of one candidate. */
export function candidateRow(page: TitlePage, c: Candidate): SparseRow {
  const on: [TitleFeature, number][] = [];
  const set = (f: TitleFeature, v = 1) => on.push([f, v]);
  const t = c.text;
  const b = bare(t);
  for (const o of c.origins) set(o === 'rules' ? 'rules' : (`from:${o}` as TitleFeature));
  if (c.origins.every((o) => o === 'page' || o === 'rules')) set('onlyPage');
  if (c.at >= 0) {
    if (c.at === 0) set('at:first');
    const gap = page.textAt - c.at;
    if (gap === 1) set('at:aboveText');
    else if (gap === 2) set('at:twoAbove');
    else if (gap > 2) set('at:far');
    if (page.textAt > 0) set('at:relative', c.at / page.textAt);
  }
  const n = [...b].length;
  set(n < 6 ? 'len:short' : n < 12 ? 'len:6-11' : n < 25 ? 'len:12-24' : n <= 40 ? 'len:25-40' : 'len:long');
  if (SENTENCE_MARK.test(t)) set('sentenceEnd');
  if (/[，,]/u.test(t)) set('comma');
  if (isTitleLike(t)) set('titleLike');
  if (refusal(t) !== undefined) set('refused');
  if (metaKind(t) !== undefined) set('metaLine');
  const main = t.split(/——|--/u)[0]!;
  if (endsInGenreWord(main) || endsInGenreWord(t)) set('genreEnd');
  const genre = titleGenre(t);
  if (genre !== 'other') set(`genre:${genre}`);
  if (DATE.test(t)) set('date');
  if (/^(?:19|20)\d{2}/u.test(t)) set('yearLead');
  if (page.siteNames.some((s) => s.length >= 2 && t.includes(s))) set('siteName');
  if (DOMAIN.test(t)) set('domain');
  if (SEPARATOR.test(t)) set('separator');
  if (/——|--/u.test(t)) set('dash');
  if (/[）)】\]]$/u.test(t)) set('bracketEnd');
  if (parseNameLine(t)) set('nameLine');
  if (POST.test(t)) set('post');
  if (DOC_SITE.test(t)) set('docSite');
  if (/[A-Za-z]{3,}/u.test(t)) set('latin');
  if (/^\d/u.test(t)) set('digitLead');
  if (catalogueField(t)) set('catalogueField');
  else if (isNoticeTitle(t) && ownHeading(t, t)) set('noticeHeading');
  if (page.headline) {
    const h = bare(page.headline);
    if (h === b) set('headlineSame');
    else if (agree(t, page.headline)) set('headlineAgree');
    else if (b.length >= 4 && h.includes(b)) set('headlineInside');
  }
  const copies = [...page.head.filter((_, k) => k !== c.at && k < page.textAt), ...page.before].filter((line) => bare(line) === b).length;
  if (copies > (c.origins.includes('page') ? 1 : 0)) set('repeated');
  const first = page.textAt < page.head.length ? page.head[page.textAt]! : '';
  if (b.length >= 4 && bare(first).includes(b)) set('inFirstSentence');
  const grams = bigrams(t);
  if (grams.size > 0 && first) {
    const text = bigrams(first);
    set('firstSentenceOverlap', [...grams].filter((g) => text.has(g)).length / grams.size);
  }
  const share = pageShare(page, t);
  if (share !== undefined) {
    set('pageOverlap', share);
    if (share < 0.15) set('pageUnused');
  }
  if (POST_END.test(t)) set('postEnd');
  if (SECTION.test(t) || (n <= 8 && !endsInGenreWord(t) && !/[\p{P}]/u.test(t))) set('sectionShape');
  if (page.rules === null) set('rulesNull');
  else if (!c.origins.includes('rules')) {
    const r = bare(page.rules);
    if (b.length >= 4 && r.includes(b) && r !== b) set('insideRules');
    else if (r.length >= 4 && b.includes(r) && r !== b) set('aroundRules');
  }
  return rowOf(on);
}

/** The sparse row of the null option. */
export function nullRow(page: TitlePage): SparseRow {
  const on: [TitleFeature, number][] = [['null', 1]];
  const above = page.textAt;
  if (above === 0) on.push(['null:noHeadLines', 1]);
  if (above === 1) on.push(['null:oneHeadLine', 1]);
  if (page.headline) on.push(['null:headline', 1]);
  if (page.rules === null) on.push(['null:rulesNull', 1]);
  if (!page.head.slice(0, above).some((l) => isTitleLike(l))) on.push(['null:noTitleLike', 1]);
  const r = page.rules;
  if (r !== null) {
    if (parseNameLine(r)) on.push(['null:rulesNameLine', 1]);
    if (POST.test(r)) on.push(['null:rulesPost', 1]);
    if (DOC_SITE.test(r)) on.push(['null:rulesDocSite', 1]);
    if (/[，,。！？!?]/u.test(r)) on.push(['null:rulesSentence', 1]);
    if ([...bare(r)].length < 8) on.push(['null:rulesShort', 1]);
    if (!endsInGenreWord(r)) on.push(['null:rulesNoGenre', 1]);
    const first = page.textAt < page.head.length ? bare(page.head[page.textAt]!) : '';
    if (bare(r).length >= 4 && first.includes(bare(r))) on.push(['null:rulesInFirstSentence', 1]);
    if (POST_END.test(r)) on.push(['null:rulesPostEnd', 1]);
    const share = pageShare(page, r);
    if (share !== undefined && share < 0.15) on.push(['null:rulesUnused', 1]);
  }
  return rowOf(on);
}

function rowOf(on: [TitleFeature, number][]): SparseRow {
  const merged = new Map<number, number>();
  for (const [f, v] of on) merged.set(INDEX.get(f)!, v);
  const index = [...merged.keys()].sort((a, b) => a - b);
  return { index, value: index.map((k) => merged.get(k)!) };
}
