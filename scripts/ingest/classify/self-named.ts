// A speaker who names himself: Taiwan's township and town heads write their
// messages in their own voice under their given name instead of 我 (维顺承蒙
// 乡亲之厚爱…；维顺将在…, lyee.gov.tw's township head; 志宏心中既感动又温暖…
// 志宏要感谢的人太多, lugangnews.com's 镇长园地). A report names a person with
// his surname (赖志铭乡长指出, 赖乡长表示); only the person himself, speaking,
// uses his bare given name as the subject of his clauses again and again.
import { tagged } from '../lib/jieba.ts';
import { findMentions } from '../extract/divisions.ts';
import { POSTS } from '../people/vocabulary.ts';
import { isPersonName } from '../structure/lines.ts';

/** Two Han characters opening a clause: the candidate given name as its subject. */
const CLAUSE_SUBJECT = /(?:^|[，。；！？：])([\p{Script=Han}]{2})(?=[\p{Script=Han}])/gu;
/**
 * First characters of clause openings that are no given name: pronouns and
 * determiners (各村, 本院, 该校, 全县, 每年), verbs of saying and comparing
 * (说到东北, 比上月), numerals, and time words.
 */
const NOT_A_NAME_START = /^[各本我该此全每这那其某诸贵敝他她它你您咱说比两数多几一二三四五六七八九十百千万上下前后今明昨去近年月日时并而但又也还再将已就才都更及与和或如若因由从在对为把被让使向经据以于至等]/u;
/** Given names confirmed by the speaker's clauses in this many paragraphs. */
const MIN_PARAGRAPHS = 2;
/** …and this many clauses in all. */
const MIN_CLAUSES = 3;

const POST_AFTER = new RegExp(`^(?:${[...new Set(POSTS.flatMap((p) => p.term.split('|')))].join('|')})`, 'u');

/** Characters of grammar that no given name holds (既是 opening 既是一次…). */
const GRAMMAR = /[是的了着过有在]/u;

/**
 * The two characters stand as two words of one character each where the
 * clause opens, the clause's next word after them: 维顺 深知, 志宏 要 感谢
 * (jieba knows no such name), not a word (同时, 本院), nor the head of a
 * longer word or name (进一步, 要充分, 白岩松, 翁章梁 ending in 梁/nr).
 */
function standsAlone(name: string, after: string): boolean {
  const tokens = tagged(name + after.slice(0, 4), false);
  if (tokens.length < 3 || tokens[0]!.word !== name[0] || tokens[1]!.word !== name[1]) return false;
  const next = tokens[2]!;
  return !(next.word.length === 1 && /^(?:nr|ns|nrfg|nrt)$/.test(next.tag));
}
const isPlace = (text: string) => findMentions(text).some((m) => m.index === 0 && m.end === text.length);

/**
 * The given name the text's author uses for himself, if any: two Han
 * characters that stand alone at the clause's opening (standsAlone), do not
 * start with a surname, are no place, are not followed by a post
 * (国强乡长 is someone else named), and never written after a surname (a
 * full name 许志宏); opening
 * clauses in two paragraphs or more, three clauses or more in all.
 */
export function selfNamedSpeaker(paragraphs: readonly string[]): string | undefined {
  // jieba is asked (standsAlone) only of the openings of a name that could meet
  // every count even if all its openings stood alone and that passes the tests
  // of the name itself: tagging every clause opening was 4–8% of the ingest's
  // CPU (docs/performance.md, twenty-second session). A name left out here
  // could never be returned, and the rest keep their order of first opening.
  const openings: { name: string; after: string; k: number }[] = [];
  const bound = new Map<string, Counts>();
  paragraphs.forEach((p, k) => {
    for (const m of p.matchAll(CLAUSE_SUBJECT)) {
      const name = m[1]!;
      const after = p.slice(m.index + m[0].length);
      if (POST_AFTER.test(after)) continue;
      openings.push({ name, after, k });
      count(bound, name, k, after);
    }
  });
  const possible = new Map<string, boolean>();
  const clauses = new Map<string, Counts>();
  for (const { name, after, k } of openings) {
    let ok = possible.get(name);
    if (ok === undefined) possible.set(name, (ok = enough(bound.get(name)!) && couldBeGivenName(name)));
    if (ok && standsAlone(name, after)) count(clauses, name, k, after);
  }
  const text = paragraphs.join('\n');
  for (const [name, counts] of clauses) {
    if (!enough(counts)) continue;
    // Never written after a surname: the full name (许志宏) is someone else's report of him.
    if ([...text.matchAll(new RegExp(`([\\p{Script=Han}])${name}`, 'gu'))].some((m) => isPersonName(m[1] + name))) continue;
    return name;
  }
  return undefined;
}

interface Counts {
  n: number;
  paragraphs: Set<number>;
  next: Set<string>;
}

function count(into: Map<string, Counts>, name: string, k: number, after: string): void {
  const entry = into.get(name) ?? { n: 0, paragraphs: new Set<number>(), next: new Set<string>() };
  entry.n++;
  entry.paragraphs.add(k);
  entry.next.add(after[0]!);
  into.set(name, entry);
}

/** A subject says different things (维顺承蒙, 维顺将, 维顺深知); the same character after it every time is the rest of a longer name (言茂松认为, 言茂松说). */
function enough({ n, paragraphs, next }: Counts): boolean {
  return n >= MIN_CLAUSES && paragraphs.size >= MIN_PARAGRAPHS && next.size >= 2;
}

/** A surname first is someone's full name cut short (白岩松, 卢市长), not a given name. */
function couldBeGivenName(name: string): boolean {
  return !(NOT_A_NAME_START.test(name) || GRAMMAR.test(name) || isPersonName(name) || isPlace(name));
}
