// A date for a page the dates stage's rules leave undated, from the years it names and how it names them
// (extract/date-vocabulary.ts YEAR_MENTIONS: a cohort 2015级, a class 2019届, a school year, a season of a
// year, a 年度, a year since which…, a year characterised as the one ahead), where they stand (title, the
// lines around it, first sentence, opening, further on) and the day the first sentence opens on without its
// year (9月9日上午，我校举行2015级新生…: 2015-09-09). scripts/eval/fit-date-fill.ts fits a logistic model over
// these candidates leaving one site out; it reached no margin where fills turn four pages right for each
// wrong (docs/eval.md, thirty-third session), so the stage fills only by classYearFill, the one kind of
// mention that held on every page it could be checked on.
import { isoDate } from '../../../core/dates/parse.ts';
import { YEAR_MENTIONS } from './date-vocabulary.ts';

export type Zone = 'title' | 'head' | 'lede' | 'opening' | 'body';

export interface YearMention {
  year: number;
  kind: string;
  zone: Zone;
}

export interface FillCandidate {
  /** The date a fill gives: the year, with the first sentence's day when it opens on one. */
  iso: string;
  year: number;
  /** The mentions of its year, for the log: kind@zone. */
  evidence: string[];
  features: Record<string, number>;
}

export interface FillInput {
  title: string;
  /** Lines around the title the structure stage set aside (front, subtitle, info lines). */
  head: string[];
  /** The first sentence's paragraph, then the rest of the opening, then the body after it. */
  lede: string;
  opening: string[];
  body: string[];
  /** The day without a year the first sentence opens on. */
  ledeDay?: { month: number; day: number };
  /** The page's own stamp (info line, 发布时间), which the rules did not take. */
  stamp?: string;
  genre: string;
}

/** A fitted model (scripts/eval/fit-date-fill.ts): not wired in, since leaving sites out no margin reaches four fills right for one wrong. */
export interface FillModel {
  features: string[];
  weights: number[];
  bias: number;
  margin: number;
}

const MENTIONS = YEAR_MENTIONS.map((row) => ({ kind: row.kind, pattern: new RegExp(row.term, 'gu') }));
/** A cohort's two digits (07级) are of this century up to this year's, else of the last. */
const TWO_DIGIT_PIVOT = 40;
/** How much of the body past the opening is read: a year far into a long text is about something else. */
const BODY_CHARS = 1500;

/** The year mentions of one text: each position takes the first row that matches there. */
export function yearMentions(text: string, zone: Zone): YearMention[] {
  const taken = new Map<number, YearMention>();
  for (const { kind, pattern } of MENTIONS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const g = m.groups ?? {};
      const year = g.year ? Number(g.year) + (g.second ? 1 : 0) : g.yy ? Number(g.yy) + (Number(g.yy) <= TWO_DIGIT_PIVOT ? 2000 : 1900) : NaN;
      if (!taken.has(m.index) && Number.isInteger(year)) taken.set(m.index, { year, kind, zone });
    }
  }
  return [...taken.entries()].sort((a, b) => a[0] - b[0]).map(([, mention]) => mention);
}

/**
 * One candidate for each year the page names, with what its mentions say of it; its date is the year with the
 * day the first sentence opens on (9月9日上午，…2015级新生…: 2015-09-09), else the year alone.
 */
export function fillCandidates(input: FillInput): FillCandidate[] {
  const mentions = [
    ...yearMentions(input.title, 'title'),
    ...input.head.flatMap((line) => yearMentions(line, 'head')),
    ...yearMentions(input.lede, 'lede'),
    ...input.opening.flatMap((text) => yearMentions(text, 'opening')),
    ...yearMentions(input.body.join('\n').slice(0, BODY_CHARS), 'body'),
  ];
  const years = [...new Set(mentions.map((m) => m.year))];
  const stampYear = input.stamp ? Number(input.stamp.slice(0, 4)) : undefined;
  const candidates: FillCandidate[] = [];
  for (const year of years) {
    const own = mentions.filter((m) => m.year === year);
    const features: Record<string, number> = {};
    const set = (k: string, v = 1) => (features[k] = Math.max(features[k] ?? 0, v));
    for (const m of own) {
      set(`kind:${m.kind}`);
      set(`zone:${m.zone}`);
      set(`kz:${m.kind}|${m.zone}`);
      set(`kg:${m.kind}|${input.genre}`);
    }
    set('count', Math.min(own.length, 5) / 5);
    set('years', Math.min(years.length, 5) / 5);
    set('only', years.length === 1 ? 1 : 0);
    set('latest', years.every((y) => y <= year) ? 1 : 0);
    set('earliest', years.every((y) => y >= year) ? 1 : 0);
    set(`genre:${input.genre}`);
    set(input.ledeDay ? 'day' : 'noday');
    set(stampYear === undefined ? 'stamp:none' : stampYear === year ? 'stamp:same' : stampYear > year ? 'stamp:later' : 'stamp:earlier');
    const iso = (input.ledeDay && isoDate(year, input.ledeDay.month, input.ledeDay.day)) || isoDate(year);
    if (iso) candidates.push({ iso, year, evidence: [...new Set(own.map((m) => `${m.kind}@${m.zone}`)), ...(iso.length > 4 ? ['day@lede'] : [])], features });
  }
  return candidates;
}

/**
 * The kinds of year mention that name the school year, class or season an event belongs to (2015级新生,
 * 2019届毕业典礼, 2022--2023学年度第二学期, 2018年春季学期): what they name is held in that year (tests/eval/README.md,
 * expected.date), and on the development sets' dated pages such a year in the title, the lines around it or
 * the first sentence is the page's year every time (docs/eval.md, thirty-third session).
 */
export const CLASS_YEAR_KINDS = ['cohort', 'class', 'school-year', 'season'];
const CLASS_YEAR_ZONES: Zone[] = ['title', 'head', 'lede'];

/** The one candidate whose year such a mention near the top gives, when no other year is so given. */
export function classYearFill(candidates: FillCandidate[]): FillCandidate | undefined {
  const named = candidates.filter((c) => c.evidence.some((e) => { const [kind, zone] = e.split('@'); return CLASS_YEAR_KINDS.includes(kind!) && CLASS_YEAR_ZONES.includes(zone as Zone); }));
  return named.length === 1 ? named[0] : undefined;
}
