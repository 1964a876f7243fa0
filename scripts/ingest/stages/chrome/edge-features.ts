// What the edge model reads of a line at the top or the bottom of the cleaned
// text (stages/edges.ts): its shape, its place from the edge, and hits of the
// chrome vocabulary (vocabulary.ts) — never a site's own strings. Hand-written
// measurements of one line, as line-features.ts does for the chrome stage.
import { isDateLine, isNumberedHeading, isSalutation, parseNameLine } from '../../structure/lines.ts';
import { LINE_SHAPES, hanCount, sparseRow, visibleLength } from './features.ts';
import { ADVERT_WORDS, CONTROL_TOKENS, FOLLOW_WORDS, LABELS, NAVIGATION_WORDS, type Term } from './vocabulary.ts';
import { CONTEXT_FEATURES, contextFeatures, type EdgeContext } from './edge-context.ts';
import { endsInGenreWord } from '../../extract/genre.ts';

/** Names of the features, in the order of the vector. */
export const EDGE_FEATURES = [
  'head',
  'tail',
  'depth',
  'length',
  'tiny',
  'long',
  'ends-sentence',
  'has-sentence-punctuation',
  'has-comma',
  'han-share',
  'digit-share',
  'latin-share',
  'separator-share',
  'separator-run',
  'tokens',
  'label-colon',
  'ends-colon',
  'date',
  'date-only',
  'date-line',
  'time',
  'url-or-domain',
  'email',
  'phone',
  'bracketed',
  'bracket-links',
  'round-bracketed',
  'name-line',
  'salutation',
  'numbered',
  'closing-word',
  'article-number',
  'document-note',
  'ellipsis-end',
  'control-word',
  'navigation-word',
  'follow-word',
  'advert-word',
  'info-label',
  'vocabulary-cover',
  'inner-ends-sentence',
  'inner-length',
  // A document's own heading and opening, which the title stage reads after the peel (genre.ts).
  'genre-word',
  'addressee',
  'inner-opens-text',
  // The page around the line (edge-context.ts).
  ...CONTEXT_FEATURES,
] as const;
export type EdgeFeature = (typeof EDGE_FEATURES)[number];

const SEPARATOR = /[|｜>＞»›/／·•_＿\-–~～]/gu;
const { sentencePunctuation: SENTENCE_PUNCTUATION, labelColon: LABEL_COLON, date: DATE, dateOnly: DATE_ONLY, time: TIME, url: URL, email: EMAIL, phone: PHONE } = LINE_SHAPES;
const SEPARATOR_RUN = /[|｜>＞»›]{2,}|\s[|｜]\s|[|｜]\s*$|^\s*[|｜]/u;
const ENDS_SENTENCE = /[。！？!?][”’"」）)]*$/u;
const BRACKETED = /^[【\[〔《<].*[】\]〕》>]$/u;
const BRACKET_LINKS = /^(?:\s*[【\[『〖][^】\]』〗]{1,12}[】\]』〗]\s*[|｜]?){2,}$/u;
const ROUND_BRACKETED = /^[（(][^（）()]*[）)]$/u;
/** A regulation's article or chapter number, which opens the text's own lines: 第六条 检 (unseen4 x1-quanzhou, cut there), 第四条 (abrd.gov.cn, class sample half A). */
const ARTICLE_NUMBER = /^第[一二三四五六七八九十百零〇\d]+[条章节款]/u;
/** A notice's disclosure note under its text (GB/T 9704 附注): （此件公开发布） (unseen21 b21-dawa), body by the conventions. */
const DOCUMENT_NOTE = /^[（(]?\s*(?:此件|本件)/u;
/** A teaser headline's trailing dots: 国安问答挑战赛的冠军居然是.... (unseen14 c14-loriforfreedom), 请不要惊慌...... (unseen2 v1-0561fc). */
const ELLIPSIS_END = /(?:\.{3,}|…+|。{3,})$/u;
/** A notice's addressees on a line of their own (各处室（中心）、学院（部）:), as genre.ts reads them under a title. */
const ADDRESSEE = /^各[^，。；]{1,60}[：:]$/u;
/** A document's or a speech's closing words (GB/T 9704's 特此通知, 附件：; a speech's 谢谢大家！), which are body by the conventions. */
const CLOSING = /^(?:特此|此致|敬礼|谢谢|以上|专此|附件)/u;

const group = (terms: Term[]) => new RegExp(terms.map((t) => `(?:${t.term})`).join('|'), 'gu');
const CONTROL = group(CONTROL_TOKENS);
const NAVIGATION = group(NAVIGATION_WORDS);
const FOLLOW = group(FOLLOW_WORDS);
const ADVERT = group(ADVERT_WORDS);
const INFO_LABEL = new RegExp(`(?:^|\\s|[|｜])(?:${LABELS.map((l) => l.term).join('|')})\\s*[:：]`, 'u');

const clip = (x: number) => Math.min(1, Math.max(0, x));
const logScale = (n: number, top: number) => clip(Math.log1p(n) / Math.log1p(top));
const compact = (text: string) => text.replace(/\s/gu, '');

function hits(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let covered = 0;
  for (const m of text.matchAll(pattern)) covered += m[0].length;
  return covered;
}

/**
 * The features of `lines[i]`, a non-blank line `depth` lines from the text's
 * `side` edge (0 = the edge line); `inner` is the next line towards the body;
 * `context` the page's non-blank lines and the line's place among them.
 */
export function edgeFeatures(line: string, side: 'head' | 'tail', depth: number, inner: string | undefined, context?: EdgeContext): Record<EdgeFeature, number> {
  const text = line.trim();
  const flat = compact(text);
  const length = visibleLength(text);
  const n = Math.max(1, [...flat].length);
  const share = (pattern: RegExp) => (flat.match(pattern)?.length ?? 0) / n;
  const control = hits(flat, CONTROL);
  const navigation = hits(flat, NAVIGATION);
  const follow = hits(flat, FOLLOW);
  const advert = hits(flat, ADVERT);
  const innerText = inner?.trim() ?? '';
  return {
    head: side === 'head' ? 1 : 0,
    tail: side === 'tail' ? 1 : 0,
    depth: logScale(depth, 8),
    length: logScale(length, 200),
    tiny: length <= 4 ? 1 : 0,
    long: length > 40 ? 1 : 0,
    'ends-sentence': ENDS_SENTENCE.test(text) ? 1 : 0,
    'has-sentence-punctuation': SENTENCE_PUNCTUATION.test(text) ? 1 : 0,
    'has-comma': /[，,、]/u.test(text) ? 1 : 0,
    'han-share': length === 0 ? 0 : clip(hanCount(text) / length),
    'digit-share': share(/[0-9０-９]/gu),
    'latin-share': share(/[A-Za-zＡ-Ｚａ-ｚ]/gu),
    'separator-share': clip(share(SEPARATOR) * 4),
    'separator-run': SEPARATOR_RUN.test(text) ? 1 : 0,
    tokens: logScale(text.split(/\s+/u).length - 1, 12),
    'label-colon': LABEL_COLON.test(text) ? 1 : 0,
    'ends-colon': /[:：]$/u.test(text) ? 1 : 0,
    date: DATE.test(text) ? 1 : 0,
    'date-only': DATE_ONLY.test(text) ? 1 : 0,
    'date-line': isDateLine(text) ? 1 : 0,
    time: TIME.test(text) ? 1 : 0,
    'url-or-domain': URL.test(text) ? 1 : 0,
    email: EMAIL.test(text) ? 1 : 0,
    phone: PHONE.test(text) ? 1 : 0,
    bracketed: BRACKETED.test(text) ? 1 : 0,
    'bracket-links': BRACKET_LINKS.test(text) ? 1 : 0,
    'round-bracketed': ROUND_BRACKETED.test(text) ? 1 : 0,
    'name-line': parseNameLine(text) !== undefined ? 1 : 0,
    salutation: isSalutation(text) ? 1 : 0,
    numbered: isNumberedHeading(text) ? 1 : 0,
    'closing-word': CLOSING.test(text) ? 1 : 0,
    'article-number': ARTICLE_NUMBER.test(text) ? 1 : 0,
    'document-note': DOCUMENT_NOTE.test(text) ? 1 : 0,
    'ellipsis-end': ELLIPSIS_END.test(text) ? 1 : 0,
    'control-word': control > 0 ? 1 : 0,
    'navigation-word': navigation > 0 ? 1 : 0,
    'follow-word': follow > 0 ? 1 : 0,
    'advert-word': advert > 0 ? 1 : 0,
    'info-label': INFO_LABEL.test(text) ? 1 : 0,
    'vocabulary-cover': clip((control + navigation + follow + advert) / n),
    'inner-ends-sentence': innerText !== '' && ENDS_SENTENCE.test(innerText) ? 1 : 0,
    'inner-length': logScale(visibleLength(innerText), 200),
    'genre-word': endsInGenreWord(text) ? 1 : 0,
    addressee: ADDRESSEE.test(text) ? 1 : 0,
    // Under a title come its addressees or its salutation (各处室：, 同志们：): the line above them is the heading.
    'inner-opens-text': innerText !== '' && (ADDRESSEE.test(innerText) || isSalutation(innerText)) ? 1 : 0,
    ...contextFeatures(side, context),
  };
}

/** Whether a line carries one of the chrome vocabulary's info labels (来源：, 发布时间：). */
export const hasInfoLabel = (line: string): boolean => INFO_LABEL.test(line.trim());

/** The features as a sparse row in the order of EDGE_FEATURES. */
export function edgeRow(line: string, side: 'head' | 'tail', depth: number, inner: string | undefined, context?: EdgeContext): { index: number[]; value: number[] } {
  return sparseRow(EDGE_FEATURES, edgeFeatures(line, side, depth, inner, context));
}
