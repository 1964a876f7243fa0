// The grammar of slogans and policy formulas in Chinese official prose.
//
// Hand-written: no package knows this genre. The rules, in order of trust:
//
// 1. A numbered formula inside quotation marks is always a slogan: it starts
//    with a count of two or more (“四个意识”, “7个能力”, “五早”, “双减”,
//    “十二五”), or pairs counted items (“三严三实”, “三会一课”, “一老一小”,
//    “两手抓、两手硬”). A count of one alone is a word, not a formula
//    (“一把手”, “一卡通”); a count of zero is emphasis (“零容忍”).
// 2. A count before a quoted phrase is part of the formula: 五个“进一步提升”
//    is the slogan 五个进一步提升.
// 3. Unquoted, only the paired shape is trusted, and only where idioms and
//    dates do not take it: the same small count repeated (三严三实, 四讲四有)
//    or a few closed by 一 (三会一课, 两学一做). 千方百计, 一心一意, 九死一生,
//    十全十美 and 六月六日 fail these tests on purpose. Other unquoted formulas
//    (两个维护 written bare) are found by the glossary, which searches every
//    document for each slogan quoted anywhere in the corpus.
// 4. Any other quoted phrase (“零容忍”, “健康乡村”, “花架子”) is only a
//    candidate: the glossary promotes it when it is quoted in more than one
//    document (see src/lib/slogans.ts), because one writer's emphasis is not
//    a slogan until others repeat it.

/** Characters that write a count. 两 and 双 count two; 〇/零 appear inside numbers. */
const NUMERAL_CHARS = '〇零一二两三四五六七八九十百千万双0-9';
const N = `[${NUMERAL_CHARS}]`;
const NOT_N = `[^${NUMERAL_CHARS}\\s\\p{P}\\p{S}a-zA-Z]`;
const HAN = /\p{Script=Han}/u;

/** A quoted span may hold a formula only when it reads as a phrase, not a sentence. */
const SENTENCE_PUNCTUATION = /[，。；：？！,.;:?!…—《》()（）*]/;
const MAX_SLOGAN_CHARS = 12;
const MIN_PHRASE_CHARS = 3;

const QUOTES: [string, string][] = [
  ['“', '”'],
  ['‘', '’'],
  ['「', '」'],
  ['『', '』'],
  ['"', '"'],
];
const QUOTE_CHARS = /[“”‘’「」『』"]/g;
/** One pattern per kind of quotes, compiled once: matchAll copies a pattern, so sharing it is safe. */
const QUOTED = QUOTES.map(([open, close]) => new RegExp(`${open}([^${open}${close}\\n]{1,40})${close}`, 'gu'));

function halfWidth(text: string): string {
  return text.replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Full-width digits and Latin letters as ASCII, quotes and spaces removed; 7个能力 stays 7个能力. */
export function normalizeSlogan(text: string): string {
  return halfWidth(text)
    .replace(QUOTE_CHARS, '')
    .replace(/\s+/g, '');
}

/** A count of zero or one does not number a formula. */
function countsSeveral(numerals: string): boolean {
  return !/^[〇零一0-1]$/.test(numerals) && !/^0+$/.test(numerals);
}

/** A count, a measure word maybe, and items that may hold numerals but not only numerals (双一流, 两个一百年). */
const COUNTED = new RegExp(`^(${N}+)(?:个|项|条|大|种)?(?=.*${NOT_N})([^\\s\\p{P}\\p{S}]{1,8})$`, 'u');
const PAIRED_UNIT = new RegExp(`(${N})(${NOT_N}{1,2})`, 'gu');
const PAIRED = new RegExp(`^(?:${N}${NOT_N}{1,2}、?){2,4}$`, 'u');
/** Counts a trusted unquoted pair may use: small ones, as formulas use (十全十美 and 百发百中 are idioms). */
const SMALL = /^[二两三四五六七八九双]$/;
/** A pair closed by 一 counts a few items into one (三会一课, 五位一体); 九死一生 is an idiom. */
const FEW = /^[二两三四五双]$/;
/** Calendar units and measure words make dates and quantities (六月六日, 三次两次), not formulas. */
const UNIT_WORDS = /^[年月日号天时点分秒周个次些件条项名岁元]$/;
const UNQUOTED_PAIRED = new RegExp(`(?<!${N})(?:${N}${NOT_N}){2,3}(?!${NOT_N}?${N})`, 'gu');

function units(text: string): { count: string; item: string }[] {
  return [...text.matchAll(PAIRED_UNIT)].map((m) => ({ count: m[1], item: m[2] }));
}

const COUNTS_ONLY = new RegExp(`^${N}{3,}$`, 'u');

/** Is a quoted phrase (already normalised) a numbered formula? */
export function isFormula(phrase: string): boolean {
  if (phrase.length > MAX_SLOGAN_CHARS || SENTENCE_PUNCTUATION.test(phrase) || !HAN.test(phrase)) return false;
  if (PAIRED.test(phrase) && units(phrase).length >= 2) return true;
  const counted = COUNTED.exec(phrase);
  if (counted) return countsSeveral(counted[1]);
  // Counts alone (“十二五”) name plans; digits alone (“885”) name nothing without context.
  return COUNTS_ONLY.test(phrase) && HAN.test(phrase);
}

/** The paired shape written without quotes, kept only where idioms do not take it (rule 3). */
export function isTrustedPair(phrase: string): boolean {
  const us = units(phrase);
  if (us.length < 2 || us.map((u) => u.count + u.item).join('') !== phrase) return false;
  if (us.some((u) => UNIT_WORDS.test(u.item))) return false;
  const counts = us.map((u) => u.count);
  const same = counts.every((c) => c === counts[0]) && SMALL.test(counts[0]);
  const closedByOne = FEW.test(counts[0]) && counts.at(-1) === '一' && counts.slice(0, -1).every((c) => c !== '一');
  return same || closedByOne;
}

export interface QuotedSpan {
  /** The text between the marks, as written. */
  inner: string;
  /** Offset of the opening mark in the text. */
  start: number;
  /** A count written just before the opening mark (五个“进一步提升”), or ''. */
  count: string;
}

const COUNT_BEFORE = new RegExp(`(${N}{1,3}(?:个|项|大))$`, 'u');

export function quotedSpans(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  for (const re of QUOTED) {
    for (const m of text.matchAll(re)) {
      const before = COUNT_BEFORE.exec(text.slice(Math.max(0, m.index - 4), m.index));
      spans.push({ inner: m[1], start: m.index, count: before?.[1] ?? '' });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Numbered formulas in one paragraph (rules 1–3), normalised, each once, in order of appearance. */
export function formulasIn(text: string): string[] {
  const found: { at: number; slogan: string }[] = [];
  for (const span of quotedSpans(text)) {
    const inner = normalizeSlogan(span.inner);
    if (span.count && inner.length <= MAX_SLOGAN_CHARS - span.count.length && !SENTENCE_PUNCTUATION.test(inner) && HAN.test(inner)) {
      found.push({ at: span.start, slogan: normalizeSlogan(span.count) + inner });
    } else if (isFormula(inner)) {
      found.push({ at: span.start, slogan: inner });
    }
  }
  for (const m of halfWidth(text).matchAll(UNQUOTED_PAIRED)) {
    if (isTrustedPair(m[0])) found.push({ at: m.index, slogan: m[0] });
  }
  // A quoted pair is also read by the unquoted rule: keep each slogan once.
  return [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.slogan))];
}

/** Quoted phrases that are not formulas but could be slogans if others repeat them (rule 4). */
export function candidatePhrasesIn(text: string): string[] {
  const out: string[] = [];
  for (const span of quotedSpans(text)) {
    const inner = normalizeSlogan(span.inner);
    if (span.count || isFormula(inner)) continue;
    if (inner.length < MIN_PHRASE_CHARS || inner.length > MAX_SLOGAN_CHARS || SENTENCE_PUNCTUATION.test(inner)) continue;
    if (/[^\p{Script=Han}、]/u.test(inner)) continue;
    out.push(inner);
  }
  return out;
}

/** Does a paragraph mention a slogan, quoted or not? Compares normalised text. */
export function mentions(text: string, slogan: string): boolean {
  return normalizeSlogan(text).includes(slogan);
}
