// Stage: an article repeated whole inside one file kept once.
//
// Scrapers that concatenate a page with its print view or a second page
// request produce a file whose body appears twice. A run of consecutive
// lines that appears again later is dropped the second time when it carries
// real text: at least two long lines, or one very long line. Single short
// lines (a refrain, 同志们：, a repeated heading) are left alone. A line cut
// short with an ellipsis that another line of the file continues (a post's
// headline as a list or card shows it: 【安徽阜阳一动物园2...) is a copy too.
// Above the text, a page prints its column label more than once (card,
// breadcrumb, article head) and a summary made of the text's own sentences
// (摘要, 概要) or of its beginning run together: the later copies of the
// label and the summary go.
import type { IngestFile } from '../types.ts';
import { isBlank, isProse, visibleLength } from './chrome/features.ts';

const STAGE = 'repeats';
const LONG = 40;
const VERY_LONG = 200;

/**
 * Comparison keys remembered by line: the stage's four readings (the repeated
 * runs, the head copies, the headline copies, the cut-short copies) each key
 * every line of the page again. Emptied when full.
 */
const keyMemo = new Map<string, string>();
const KEY_MEMO_LIMIT = 4096;

/** Comparison key: the same text with other spacing or punctuation width is the same line. */
function keyOf(line: string): string {
  let key = keyMemo.get(line);
  if (key === undefined) {
    key = line.normalize('NFKC').replace(/\s/gu, '');
    if (keyMemo.size >= KEY_MEMO_LIMIT) keyMemo.clear();
    keyMemo.set(line, key);
  }
  return key;
}

function carriesText(run: string[]): boolean {
  const lengths = run.map(visibleLength);
  return lengths.filter((n) => n >= LONG).length >= 2 || lengths.some((n) => n >= VERY_LONG);
}

/** An ellipsis a list or card puts where it cut a headline short. */
const CUT_SHORT = /(?:\.{3,}|…+)$/u;
/** Shorter stems say too little to be matched to a line. */
const MIN_STEM = 6;

/** Indexes of lines that are cut-short copies of another line of the file. */
function cutShortCopies(lines: string[]): number[] {
  // Brackets around a headline come and go between its copies (【…】 in a card, bare on its own line).
  const keys = lines.map((line) => keyOf(line).replace(/[【】]/gu, ''));
  const found: number[] = [];
  keys.forEach((key, i) => {
    if (!CUT_SHORT.test(key)) return;
    const stem = key.replace(CUT_SHORT, '');
    if ([...stem].length < MIN_STEM) return;
    if (keys.some((other, j) => j !== i && !CUT_SHORT.test(other) && other.length > stem.length && other.startsWith(stem))) found.push(i);
  });
  return found;
}

/**
 * The end of a short text printed twice in a row (dezhoudaily.com: a notice
 * from its title to its date; wj598.com: the last paragraph, 特此公示, the
 * signature and the date): the copy follows its original directly and runs
 * to the last line. Too short for carriesText, it is no refrain either: a
 * text repeats a line for effect, not its own ending with its signature.
 */
function isTailPrintedTwice(run: string[], source: number, length: number, copy: number, rows: number): boolean {
  return length >= 3 && source + length === copy && copy + length === rows && run.some((line) => visibleLength(line) >= LONG);
}

/** A column label (澳门事) printed again above the text: short, unlike a headline. */
const MAX_LABEL = 8;
/** Clause pieces of a line: what a summary stitches together from the text. */
const CLAUSE_BREAK = /[，。！？；：,.!?;:\s、]+/u;
/** Shorter pieces (dates, 会议指出) say too little to show a copy. */
const MIN_CLAUSE = 5;
/** A summary's label before its text: 概要：, 摘要：, 导读：, [摘要]. */
const SUMMARY_LABEL = /^(?:[\p{Script=Han}]{2,4}\s*[:：]|[【\[]\s*[\p{Script=Han}]{2,4}\s*[】\]])\s*/u;

function clausesOf(line: string): string[] {
  return keyOf(line)
    .replace(/(?:\.{3,}|…+)$/u, '')
    .split(CLAUSE_BREAK)
    .filter((c) => [...c].length >= MIN_CLAUSE);
}

/**
 * A line stitched from clauses the text prints further down (a summary or
 * teaser above the text): at least two of them, each a clause of a later
 * line (the last may be cut short); of four or more, one in three may be a seam where
 * the summary glued two lines together (陈竞超摄国务院总理与…). The clauses
 * come from more than one line: a paragraph whose clauses one later paragraph
 * shares (关于安全生产工作，要坚持… / 关于环境保护工作，要坚持…) is parallel text.
 */
function isStitchedCopy(i: number, lines: string[], pieceLists: string[][], outside: Set<string>): boolean {
  const pieces = clausesOf(lines[i]!.replace(SUMMARY_LABEL, ''));
  if (pieces.length < 2) return false;
  const OUTSIDE = -1;
  const sources = pieces.map((piece, k) => {
    const found: number[] = outside.has(piece) ? [OUTSIDE] : [];
    const cutShort = k === pieces.length - 1;
    for (let j = i + 1; j < lines.length; j++) {
      if (pieceLists[j]!.includes(piece) || (cutShort && keyOf(lines[j]!).includes(piece))) found.push(j);
    }
    return found;
  });
  const matched = sources.filter((found) => found.length > 0);
  const missing = pieces.length - matched.length;
  if (!(missing === 0 || (pieces.length >= 4 && missing <= Math.floor(pieces.length / 3)))) return false;
  return !matched[0]!.some((j) => j !== OUTSIDE && matched.every((found) => found.includes(j)));
}

/** Text only: a copy may drop or change spaces, punctuation and quote marks (" for “). */
const lettersOf = (line: string) => keyOf(line).replace(/[\p{P}\p{S}]/gu, '');
/** Where a site cuts its description short, it may read a character the text redacts or changes (贯彻习 / 贯彻XXX). */
const CUT_SLACK = 0.9;

/**
 * A line that is the text's own beginning run together — title, date line,
 * salutation and first sentences, cut short (a page description glued above
 * the text): its letters are, but for the last few at the cut, the letters
 * of the lines after it, and they run past the first of them.
 */
function isLeadCopy(i: number, lines: string[]): boolean {
  const own = lettersOf(lines[i]!);
  if ([...own].length < LONG) return false;
  const rest = lines.slice(i + 1).filter((line) => !isBlank(line));
  const letters = rest.map(lettersOf);
  if (rest.length < 2 || own.length <= letters[0]!.length) return false;
  const after = letters.join('').slice(0, own.length);
  let common = 0;
  while (common < own.length && own[common] === after[common]) common++;
  if (common < own.length * CUT_SLACK) return false;
  // It reaches past the head lines into the text's first sentence: a title printed twice is the structure stage's.
  let reach = 0;
  for (let k = 0; k < rest.length && reach < common; reach += letters[k]!.length, k++) if (k > 0 && isProse(rest[k]!)) return true;
  return false;
}

/**
 * A paragraph of the text printed whole above it (a site's lead over the
 * headline, 519876.com; the story printed twice, fzahw.com, where the second
 * copy is too short for a repeated run): a prose line of LONG or more
 * characters that a later line repeats exactly, followed by a line that is no
 * prose (the headline, a byline, a credit) or by its copy. Only lines before the text's first
 * other prose line are read, so a refrain inside a speech is not one.
 */
function isWholeCopy(i: number, lines: string[], keys: string[]): boolean {
  const key = keys[i]!;
  if ([...key].length < LONG || keys.indexOf(key, i + 1) === -1) return false;
  // It stands apart from the text: a headline, byline or credit follows it, not the next paragraph — or
  // its copy does (the credit between them went with the chrome), which no text prints twice in a row.
  const next = lines.slice(i + 1).find((line) => !isBlank(line));
  return next !== undefined && (!isProse(next) || keyOf(next) === key);
}

/** Where a site cut its summary short: an ellipsis, or an HTML entity cut in two (导读:… &nb). */
const CUT_MARK = /(?:\.{3,}|…+|&[a-z#0-9]{0,6};?)$/iu;
/** A summary's label, read on the key (spaces gone): 导读:, 摘要:, [摘要], 〔内容提要〕. */
const LEAD_LABEL = /^(?:\p{Script=Han}{2,5}[:：]|[【\[〔]\p{Script=Han}{2,5}[】\]〕][:：]?)/u;
/** The text a summary repeats follows it closely: a caption, the headline or an info line may stand between. */
const NEAR = 4;

/**
 * A summary whose words the text's first lines print whole (cqps.gov.cn: the
 * paragraph without its dateline; shxrmyy.com: 导读: and the paragraph cut at
 * an entity): without its label and cut mark, its letters stand inside one of
 * the next lines. Which label it bears does not decide: a 摘要 or 编者按 the
 * text does not repeat stays. Two equal paragraphs with no label or cut are
 * left to isWholeCopy, since a text may say a thing twice.
 */
function isContainedCopy(i: number, lines: string[]): boolean {
  const key = keyOf(lines[i]!);
  const label = LEAD_LABEL.exec(key)?.[0] ?? '';
  const rest = key.slice(label.length);
  const cut = CUT_MARK.exec(rest)?.[0] ?? '';
  const own = lettersOf(rest.slice(0, rest.length - cut.length));
  if ([...own].length < LONG) return false;
  let seen = 0;
  for (let j = i + 1; j < lines.length && seen < NEAR; j++) {
    if (isBlank(lines[j]!)) continue;
    seen++;
    const other = lettersOf(lines[j]!);
    if (other.includes(own) && (other.length > own.length || label !== '' || cut !== '')) return true;
  }
  return false;
}

/** Indexes of copies above the text: labels printed again before it, summaries of it. */
function headCopies(lines: string[], elsewhere: string[]): { found: number[]; contained: Set<number> } {
  // What the chrome stage took out (a caption, a credit) was printed on the page too.
  const outside = new Set<string>(elsewhere.flatMap(clausesOf));
  const keys = lines.map((line) => keyOf(line));
  const pieceLists = lines.map((line) => (isBlank(line) ? [] : clausesOf(line)));
  const stitched = new Set<number>();
  const contained = new Set<number>();
  let start = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const prose = isProse(lines[i]!);
    // A summary cut off mid-sentence reads as no prose; a long line is still checked, but does not start the text.
    if (!prose && visibleLength(lines[i]!) < LONG) continue;
    if (isStitchedCopy(i, lines, pieceLists, outside) || isLeadCopy(i, lines) || isWholeCopy(i, lines, keys)) stitched.add(i);
    else if (isContainedCopy(i, lines)) contained.add(i);
    else if (prose) {
      start = i;
      break;
    }
  }
  const found = [...stitched];
  for (let i = 0; i < start; i++) {
    if (stitched.has(i) || contained.has(i) || keys[i] === '') continue;
    // Headline copies are the structure stage's: it reads what stands between them.
    if ([...keys[i]!].length <= MAX_LABEL && keys.slice(0, i).includes(keys[i]!)) found.push(i);
  }
  return { found, contained };
}

/** A headline's length: shorter lines (同志们：, 谢谢大家！) are refrains a text may repeat; longer ones are its sentences. */
const MIN_HEADLINE = 8;
const MAX_HEADLINE = 60;

/**
 * The headline printed again, twice or more, between the text's paragraphs:
 * where the page had pictures it set their alt text or caption to the
 * headline (news.m.pchome.com.tw, TCnews: the headline under each of three
 * photos; msn.finance.sina.com.cn eval:h2-msnsina-zhaoqizheng-cppcc-presser-report:
 * twice). A heading that repeats the title is printed once inside a text (a
 * decree's name over its body, a how-to's first section), so one copy stays;
 * so does every line that does not also stand above the text. Returns the
 * copies after the text's first prose line.
 */
export function headlineCopies(lines: readonly string[]): number[] {
  const start = lines.findIndex((line) => isProse(line) && visibleLength(line) >= LONG);
  if (start === -1) return [];
  const keys = lines.map((line) => keyOf(line));
  const above = new Set(keys.slice(0, start).filter((key) => key !== ''));
  const inside = new Map<string, number[]>();
  for (let i = start + 1; i < lines.length; i++) {
    const key = keys[i]!;
    const length = [...key].length;
    if (!above.has(key) || length < MIN_HEADLINE || length > MAX_HEADLINE) continue;
    inside.set(key, [...(inside.get(key) ?? []), i]);
  }
  return [...inside.values()].filter((copies) => copies.length >= 2).flat();
}

export function dropRepeats(file: IngestFile): void {
  const lines = String(file.value).split('\n');
  // Compare non-blank lines only: blank lines between paragraphs often differ between copies.
  const rows = lines.flatMap((line, index) => (isBlank(line) ? [] : [{ index, key: keyOf(line) }]));
  const seen = new Map<string, number[]>();
  const dropped = new Set<number>();
  let r = 0;
  while (r < rows.length) {
    let best = 0;
    let source = -1;
    for (const start of seen.get(rows[r].key) ?? []) {
      let length = 0;
      // The original must end before the copy starts.
      while (r + length < rows.length && start + length < r && rows[start + length].key === rows[r + length].key) length++;
      if (length > best) [best, source] = [length, start];
    }
    const run = best > 0 ? lines.slice(rows[r].index, rows[r + best - 1].index + 1) : [];
    if (best > 0 && (carriesText(run) || isTailPrintedTwice(run, source, best, r, rows.length))) {
      // Blank lines inside the copy go with it.
      for (let index = rows[r].index; index <= rows[r + best - 1].index; index++) dropped.add(index);
      const from = rows[source].index + 1;
      const to = rows[source + best - 1].index + 1;
      const note = `repeated text dropped: lines ${rows[r].index + 1}–${rows[r + best - 1].index + 1} repeat lines ${from}–${to}`;
      file.message(note, { ruleId: 'repeat', source: STAGE });
      file.data.removed.push({ stage: STAGE, rule: 'repeated-run', reason: `repeat of lines ${from}–${to}`, text: run.join('\n') });
      r += best;
      continue;
    }
    const earlier = seen.get(rows[r].key);
    if (earlier) earlier.push(r);
    else seen.set(rows[r].key, [r]);
    r++;
  }
  // A second copy of the whole text, dropped above, is no evidence against the first.
  const kept = lines.map((line, index) => (dropped.has(index) ? '' : line));
  const head = headCopies(kept, file.data.chromeLines ?? []);
  for (const index of head.found) {
    if (dropped.has(index)) continue;
    dropped.add(index);
    file.data.removed.push({ stage: STAGE, rule: 'head-copy', reason: 'a label or summary printed again above the text', text: lines[index]!.trim() });
  }
  for (const index of head.contained) {
    if (dropped.has(index)) continue;
    dropped.add(index);
    file.data.removed.push({ stage: STAGE, rule: 'summary-copy', reason: 'a summary whose words the text under it prints whole', text: lines[index]!.trim() });
  }
  for (const index of headlineCopies(kept)) {
    if (dropped.has(index)) continue;
    dropped.add(index);
    file.data.removed.push({ stage: STAGE, rule: 'headline-copy', reason: 'the headline printed again between the paragraphs (pictures’ alt text)', text: lines[index]!.trim() });
  }
  for (const index of cutShortCopies(lines)) {
    if (dropped.has(index)) continue;
    dropped.add(index);
    file.data.removed.push({ stage: STAGE, rule: 'cut-short-copy', reason: 'a line cut short that another line continues', text: lines[index]!.trim() });
  }
  if (dropped.size === 0) return;
  file.value = lines.filter((_, index) => !dropped.has(index)).join('\n');
}
