// The chrome line model: a logistic regression over the wording-free line
// features of line-features.ts, trained on the evaluation corpus's own lines
// (`npm run train:lines`, scripts/eval/train-line-model.ts) and stored as
// data in line-model.json, with its threshold chosen by cross-validation by
// site. The chrome stage asks it only about lines above the body that no rule
// took, and removes a line only above the threshold.
import { createRequire } from 'node:module';
import { isAttributionLine, isDateLine, isNumberedHeading, isSalutation, parseNameLine } from '../../structure/lines.ts';
import { hanCount, isBlank, sparseRow } from './features.ts';
import { BIGRAM_BUCKETS, FEATURE_NAMES, bigramBuckets, lineContext, lineFeatures, type LineContext } from './line-features.ts';
import { classifyChrome } from './rules.ts';
import { PLAN_SECTIONS } from './vocabulary.ts';
import { LETTER_WORDS, SPEECH_WORDS, alternatives } from '../../structure/genre-words.ts';
import { isLoneTurnLabel } from '../../structure/turn-labels.ts';

export interface LineModel {
  /** Weight of each dense feature, by name. */
  weights: Record<string, number>;
  bias: number;
  /** Weights of the hashed bigram buckets, or null when cross-validation kept them out. */
  bigrams: number[] | null;
  /** Probability of chrome above which a margin line is removed. */
  threshold: number;
  /** How the model was made and how it did in leave-one-site-out cross-validation. */
  trained: Record<string, unknown>;
}

/** One line as the model reads it: dense features, then bigram buckets as indices past them. */
export interface SparseRow {
  index: number[];
  value: number[];
}

/** The line's features as a sparse row; bigrams only when asked for. */
export function lineRow(context: LineContext, i: number, withBigrams: boolean): SparseRow {
  const { index, value } = sparseRow(FEATURE_NAMES, lineFeatures(context, i));
  if (withBigrams) {
    const buckets = bigramBuckets(context.lines[i]!);
    // Scaled so that a long line's many bigrams do not outweigh its shape.
    const scale = buckets.length === 0 ? 0 : 1 / Math.sqrt(buckets.length);
    for (const b of buckets) {
      index.push(FEATURE_NAMES.length + b);
      value.push(scale);
    }
  }
  return { index, value };
}

/** The model's weights as one vector in the order of lineRow. */
export function weightVector(model: LineModel): number[] {
  return [...FEATURE_NAMES.map((name) => model.weights[name] ?? 0), ...(model.bigrams ?? [])];
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function score(weights: number[], bias: number, row: SparseRow): number {
  let z = bias;
  for (let k = 0; k < row.index.length; k++) z += weights[row.index[k]!]! * row.value[k]!;
  return sigmoid(z);
}

/** A subtitle under the title: ——在…上的讲话. */
const SUBTITLE = /^[—-]{1,2}\s*\p{Script=Han}{4}/u;
/** A salutation's close: 同志们：, 大家好！ */
const SALUTATION = /[:：!！]$/u;
const MAX_SALUTATION = 20;
/** A heading's number on a line of its own, its words on the next: (一), 二、. */
const NUMBER_ONLY = /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)$/u;
/** A notice's attachment note after its text (GB/T 9704 附件说明): 附件4：减免报名费申请.doc. */
const ATTACHMENT = /^附件\s*\d*\s*[:：]/u;
/** A document number under the title (GB/T 9704 发文字号), the date's evidence: 湘政办发〔2009〕24号, 川卫函〔2025〕46号. */
export const DOCUMENT_NUMBER = /^[\p{Script=Han}]{2,12}\s*[〔［\[（(]\s*\d{4}\s*[〕］\]）)]\s*\d{1,4}\s*号$/u;
/**
 * A short heading that is nothing but a speech's or a letter's genre with a
 * word or two before it (新春贺信, 2017年新春致辞, 新 春 贺 辞): shorter than a
 * headline, and shaped like a column label, but the document's own title.
 */
/** A plan's or a regulation's section name alone, after its number (1 总 则, 1.2编制依据, 第一章 总则): PLAN_SECTIONS. */
const PLAN_SECTION = new RegExp(`^(?:第[一二三四五六七八九十\\d]+章|[一二三四五六七八九十]+、|\\d+(?:\\.\\d+)*[、.．]?)?\\s*(?:${PLAN_SECTIONS.map((t) => t.term).join('|')})$`, 'u');
const GENRE_HEADING = new RegExp(`^[\\p{Script=Han}\\d]{0,12}(?:${alternatives([...SPEECH_WORDS, ...LETTER_WORDS])})$`, 'u');
/** A headline has a few words at least; 手机版 and 首页 do not stand for one. */
const MIN_HEADLINE = 6;

/**
 * Lines the model is never asked about, because later stages need them and
 * their form says what they are: the page's title line (or, without one, the
 * first line no rule takes, where a page text prints its headline), a
 * subtitle, a date line, a newspaper's attribution (《光明日报》（…02版）), a
 * speaker's name line, a document number, a notice's attachment note,
 * a salutation or a numbered heading, and the salutation-like line right
 * above the first sentence.
 */
export function guardedLines(context: LineContext): Set<number> {
  const { lines, first } = context;
  const guarded = new Set<number>();
  const head = context.titleLine !== -1 ? context.titleLine : lines.findIndex((line) => hanCount(line) >= MIN_HEADLINE && classifyChrome(line) === undefined);
  if (head !== -1) guarded.add(head);
  let above = first - 1;
  while (above >= 0 && isBlank(lines[above]!)) above--;
  if (above >= 0 && SALUTATION.test(lines[above]!.trim()) && [...lines[above]!.trim()].length <= MAX_SALUTATION) guarded.add(above);
  lines.forEach((line, i) => {
    const text = line.trim();
    // A speech's salutation (同志们:) and a numbered heading ((一)) are the text's wherever they stand above its first sentence.
    if (text !== '' && (SUBTITLE.test(text) || GENRE_HEADING.test(text.replace(/\s+/gu, '')) || ATTACHMENT.test(text) || DOCUMENT_NUMBER.test(text) || isDateLine(text) || isAttributionLine(text) || parseNameLine(text) !== undefined || isSalutation(text) || isNumberedHeading(text) || PLAN_SECTION.test(text) || NUMBER_ONLY.test(text) || isLoneTurnLabel(text))) guarded.add(i);
  });
  return guarded;
}

let loaded: { model: LineModel; vector: number[] } | undefined;

/** The committed model. */
export function lineModel(): { model: LineModel; vector: number[] } {
  if (loaded) return loaded;
  const model = createRequire(import.meta.url)('./line-model.json') as LineModel;
  if (model.bigrams && model.bigrams.length !== BIGRAM_BUCKETS) throw new Error('line-model.json: bigram weights do not match the feature hashing');
  loaded = { model, vector: weightVector(model) };
  return loaded;
}

/** The probability that line `i` is chrome, by the committed model. */
export function chromeProbability(context: LineContext, i: number): number {
  const { model, vector } = lineModel();
  return score(vector, model.bias, lineRow(context, i, model.bigrams !== null));
}

/**
 * Lines before the body's first line (`span.first`) that no rule took
 * (`taken`) or named, and that the model calls chrome above its threshold, with their
 * probabilities. Lines inside the body are never asked, nor lines after it:
 * there a notice's closing (特此通告, its issuer, a table's last cells) has the
 * shape of a footer, and cross-validation by site lost such lines.
 */
export function modelChromeLines(lines: string[], span: { first: number }, taken: (i: number) => boolean, page: { title?: string; html?: boolean } = {}): Map<number, number> {
  const context = lineContext(lines, page.title, page.html);
  const guarded = guardedLines(context);
  const { model } = lineModel();
  const found = new Map<number, number>();
  lines.forEach((line, i) => {
    const head = span.first === -1 || i < span.first;
    // A line some rule named and the stage kept (a byline set aside, a profile the text names) was kept on purpose.
    if (!head || isBlank(line) || taken(i) || guarded.has(i) || classifyChrome(line) !== undefined) return;
    const p = chromeProbability(context, i);
    if (p >= model.threshold) found.set(i, p);
  });
  return found;
}
