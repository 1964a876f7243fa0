// OpenCC converters to mainland simplified Chinese, each built once per process
// on first use (building loads the dictionaries into tries: costly, read-only after).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as OpenCC from 'opencc-js';
import type { DictGroup, DictLike } from 'opencc-js/core';
import { codePointTest } from './code-point-test.ts';
import { isGb2312 } from './common-han.ts';
import { isMainlandStandard, isSimplifiable, standardVariants } from './mainland-standard.ts';
import { keepProperNames } from './proper-names.ts';
import { JIE, JIE_KEPT, ZHU_SPELLING_WORDS } from './variant-forms.ts';
import { zheInContext } from './zhe.ts';

type Convert = (text: string) => string;

let fromTraditional: Convert | undefined;

/**
 * The dictionaries of OpenCC's generic conversion, as `Converter({ from: 't', to: 'cn' })`
 * chains them (opencc-js's types leave out the normalization chain it applies first).
 */
const GENERIC = OpenCC.Locale.configs.t2s as unknown as { normalizationChain?: readonly DictGroup[]; conversionChain: readonly DictGroup[] };

/** The entries of one dictionary, whichever of opencc-js's two forms it has. */
function entries(dict: DictLike): readonly (readonly [string, string])[] {
  return typeof dict === 'string' ? dict.split('|').map((line) => line.split(' ') as [string, string]) : dict;
}

/**
 * What any text the generic conversion changes must contain: a character it
 * maps to another, or one of the few phrases made only of other characters
 * that still map to something else (一坏 → 一坯). Without any, every dictionary
 * match maps to itself and the text comes back as it was. Hand-written because
 * opencc-js walks its trie in JavaScript at every position, about six times the
 * cost of one scan by a regular expression, and most documents are simplified
 * with nothing to convert.
 */
function changeableText(): (text: string) => boolean {
  const { characters, phrases } = prebuiltTables()?.changeable ?? changeableFromSource();
  // As `new RegExp('[characters]|phrases', 'u').test` answers, by a table (lib/code-point-test.ts).
  return codePointTest(characters, phrases);
}

function changeableFromSource(): PrebuiltTables['changeable'] {
  const groups = [...(GENERIC.normalizationChain ?? []), ...GENERIC.conversionChain];
  const all = groups.flat().flatMap(entries);
  const characters = new Set(all.filter(([from, to]) => from !== to && [...from].length === 1).map(([from]) => from));
  const phrases = all.filter(([from, to]) => from !== to && [...from].length > 1 && ![...from].some((c) => characters.has(c))).map(([from]) => from);
  return { characters: [...characters], phrases };
}

let changeable: ((text: string) => boolean) | undefined;

/**
 * Generic traditional → simplified: only characters that are unambiguously
 * traditional change, so it is safe on simplified text with stray traditional
 * characters, and it is the yardstick for "is anything left to convert".
 */
export function traditionalToSimplified(text: string): string {
  // The script stage converts the whole text, then toMainland converts it again
  // (the same text unless a regional form changed): the last answer is kept.
  if (text === lastText) return lastSimplified;
  changeable ??= changeableText();
  const simplified = changeable(text) ? (fromTraditional ??= OpenCC.Converter({ from: 't', to: 'cn' }))(text) : text;
  lastText = text;
  lastSimplified = simplified;
  return simplified;
}
let lastText: string | undefined;
let lastSimplified = '';

/**
 * Regional and other variant forms → mainland simplified, for a document in
 * either script: the Hong Kong and Taiwan standards' own forms that the
 * generic conversion leaves (衞, 衹, 粧, 痺, 簷), then the generic conversion,
 * then the characters outside mainland China's standards that Unihan pairs
 * with exactly one standard character (lib/mainland-standard.ts: 峩 → 峨).
 *
 * OpenCC's Hong Kong and Taiwan tables (`from: 'hk' | 'tw'`) map regional forms
 * to OpenCC's traditional forms. Only the entries that change the end result
 * are taken, and none whose source is itself a mainland character (GB 2312):
 * the Taiwan table maps 么 → 幺, which would rewrite every simplified 么.
 *
 * 著 is the one character both standards use but split differently: Taiwan
 * writes 著 for the mainland's 着 too (著力, 接著) and 著 only for zhù (著名,
 * 顯著). A text that never writes 着 follows Taiwan usage: its 著 becomes 着
 * except in the zhù words of OpenCC's phrase tables, in traditional and
 * simplified spelling alike (显著 must not become 显着, which the Taiwan
 * converter does to simplified text). A text that writes both is read 著 by 著
 * (lib/zhe.ts): 发挥著 next to 面对着 becomes 发挥着.
 *
 * A simplified document keeps the mainland standard characters that the
 * generic conversion only swaps for a more common variant (难捱 is not made
 * 难挨): it changes a standard character only where Unihan calls it the
 * traditional form of another (後, 於, 麽).
 *
 * Last, the characters of proper names that the page wrote and the mainland
 * standard lists are put back (lib/proper-names.ts: 藉口镇, 於潜镇, 李乾龙).
 */
export function toMainland(text: string, script: 'traditional' | 'simplified' = 'traditional'): string {
  const regional = (regionalTables ??= buildRegional());
  const taiwanUsage = !text.includes('着') && text.includes('著');
  const table = taiwanUsage ? regional.taiwanZhe : regional.plain;
  let result = text;
  if (table.holds(result)) result = (table.convert ??= OpenCC.CustomConverter(table.dict))(result);
  const regionalText = result;
  result = ganInWords(regionalText, traditionalToSimplified(result));
  const { map, pattern, holds } = (variantTable ??= buildVariants());
  if (holds(result)) result = result.replace(new RegExp(pattern.source, 'gu'), (c) => map.get(c) ?? c);
  if (script === 'traditional' && result.includes(JIE.from)) result = jieAsJie(result);
  if (!taiwanUsage && result.includes('著') && result.includes('着')) result = zheInContext(result, regional.zhuWords);
  return keepPrintable(text, keepProperNames(text, script === 'simplified' ? keepZhuSpelling(text, keepStandard(text, result)) : result));
}

/** The basic CJK block (U+4E00–U+9FFF): every font with Chinese has it, and GBK covers it but for its latest additions. */
const inBasicBlock = (c: string) => c.codePointAt(0)! >= 0x4e00 && c.codePointAt(0)! < 0xa000;

/**
 * The converted text with each basic-block character put back that the
 * conversion turned into one outside both mainland standards (neither
 * 通用规范汉字表 nor GB 2312) and outside the basic block: OpenCC's tables turn
 * 劏 (劏房, printed so by mainland media too) into 㓥, an Extension A
 * character that many fonts lack and no searcher types. A target inside the
 * basic block stays converted (搵 → 揾 as Guangdong print writes it, 鎶 → 鿔).
 */
function keepPrintable(original: string, converted: string): string {
  return putBack(original, converted, (c, target) => inBasicBlock(c) && !inBasicBlock(target) && !isMainlandStandard(target));
}

/**
 * The converted text with the original's character put back wherever `keep`
 * says so. Conversion maps character for character but for rare phrases; when
 * a phrase changed the length nothing can be lined up, and the conversion stands.
 */
function putBack(original: string, converted: string, keep: (c: string, target: string) => boolean): string {
  if (original === converted) return converted;
  const before = [...original];
  const after = [...converted];
  if (before.length !== after.length) return converted;
  let changed = false;
  for (let i = 0; i < before.length; i++) {
    const c = before[i]!;
    if (c === after[i] || !keep(c, after[i]!)) continue;
    after[i] = c;
    changed = true;
  }
  return changed ? after.join('') : converted;
}

/**
 * 乾 is 干 (gān: 乾淨, 餅乾) and 乾 (qián: 乾坤, and names: 利乾, 王乾發);
 * OpenCC writes 干 unless its phrase table lists the qián word, so a name it
 * does not know loses its 乾. Here 干 stays only inside a word that OpenCC's
 * simplified → traditional tables spell with 乾 (干净, 饼干, 晒干, 干杯 …);
 * elsewhere the text keeps the 乾 it wrote.
 */
function ganInWords(before: string, after: string): string {
  if (!before.includes('乾') || before.length !== after.length) return after;
  const words = (ganWords ??= buildGanWords());
  let result = after;
  for (let at = before.indexOf('乾'); at !== -1; at = before.indexOf('乾', at + 1)) {
    if (after[at] !== '干' || coveredBy(after, at, words)) continue;
    result = `${result.slice(0, at)}乾${result.slice(at + 1)}`;
  }
  return result;
}

let ganWords: Map<string, number[]> | undefined;

/** Simplified words with 干 where the traditional spelling writes 乾, with those positions. */
function buildGanWords(): Map<string, number[]> {
  const words = new Map<string, number[]>();
  const add = (simplified: string, traditional: string) => {
    if (simplified.length !== traditional.length || simplified.length < 2) return;
    const at: number[] = [];
    for (let i = 0; i < simplified.length; i++) if (simplified[i] === '干' && traditional[i] === '乾') at.push(i);
    if (at.length > 0) words.set(simplified, at);
  };
  const chain = (name: 's2t' | 't2s') => (OpenCC.Locale.configs[name] as unknown as { conversionChain: readonly DictGroup[] }).conversionChain.flat().flatMap(entries);
  for (const [from, to] of chain('s2t')) if (to.includes('乾')) add(from, to.split(' ')[0]!);
  for (const [from, to] of chain('t2s')) if (from.includes('乾')) add(to.split(' ')[0]!, from);
  return words;
}

/** Whether a word of the map has one of its marked positions at `at` of the text. */
function coveredBy(text: string, at: number, words: Map<string, number[]>): boolean {
  for (let start = Math.max(0, at - MAX_WORD); start <= at; start++) {
    for (let end = at + 1; end <= Math.min(text.length, start + MAX_WORD); end++) {
      if (words.get(text.slice(start, end))?.includes(at - start)) return true;
    }
  }
  return false;
}
const MAX_WORD = 8;

/** 藉 → 借 in a traditional text, but in the words the mainland standard keeps it for (lib/variant-forms.ts). */
function jieAsJie(text: string): string {
  const kept = new Map(JIE_KEPT.map((word) => [word, [...word].flatMap((c, i) => (c === JIE.from ? [i] : []))]));
  let result = text;
  for (let at = text.indexOf(JIE.from); at !== -1; at = text.indexOf(JIE.from, at + 1)) {
    if (coveredBy(text, at, kept)) continue;
    result = `${result.slice(0, at)}${JIE.to}${result.slice(at + 1)}`;
  }
  return result;
}

/** A simplified text's 著 put back where it writes a word mainland print spells with 著 too (执著). */
function keepZhuSpelling(original: string, converted: string): string {
  if (!original.includes('著') || original.length !== converted.length) return converted;
  const words = new Map(ZHU_SPELLING_WORDS.map((word) => [word, [...word].flatMap((c, i) => (c === '著' ? [i] : []))]));
  let result = converted;
  for (let at = original.indexOf('著'); at !== -1; at = original.indexOf('著', at + 1)) {
    if (converted[at] === '著' || !coveredBy(original, at, words)) continue;
    result = `${result.slice(0, at)}著${result.slice(at + 1)}`;
  }
  return result;
}

let variantTable: { map: Map<string, string>; pattern: RegExp; holds: (text: string) => boolean } | undefined;

function buildVariants(): { map: Map<string, string>; pattern: RegExp; holds: (text: string) => boolean } {
  const map = new Map(prebuiltTables()?.variants ?? variantsFromSource());
  return { map, pattern: new RegExp(`[${[...map.keys()].join('')}]`, 'u'), holds: codePointTest(map.keys()) };
}

/** The converted text with the original's standard, non-traditional characters put back. */
function keepStandard(original: string, converted: string): string {
  return putBack(original, converted, (c) => c !== '著' && isMainlandStandard(c) && !isSimplifiable(c));
}

/**
 * zhù words that OpenCC's tables leave out (its Taiwan table lists 著名 and
 * 顯著 but not these), so its default 著 → 着 would give 卓着, 论着, 土着.
 */
const MORE_ZHU_WORDS = ['卓著', '论著', '土著', '专著', '编著', '译著', '遗著', '原著'];

type Entry = readonly [string, string];

interface Table {
  dict: Entry[];
  /** Whether the text holds any character the table maps: text without one comes back unchanged. */
  holds: (text: string) => boolean;
  convert?: Convert;
}

interface Regional {
  plain: Table;
  taiwanZhe: Table;
  /** zhù words in simplified spelling. */
  zhuWords: string[];
}

let regionalTables: Regional | undefined;

function buildRegional(): Regional {
  const { plain, taiwanZhe, characters, zhuWords } = prebuiltTables()?.regional ?? regionalFromSource();
  return {
    plain: { dict: plain, holds: codePointTest(characters) },
    taiwanZhe: { dict: taiwanZhe, holds: codePointTest([...characters, '著']) },
    zhuWords,
  };
}

function regionalFromSource(): PrebuiltTables['regional'] {
  const locales = [OpenCC.Locale.from.hk, OpenCC.Locale.from.tw] as unknown as readonly (readonly DictLike[])[][];
  const phrases: Entry[] = [];
  const characters = new Map<string, string>();
  for (const [[phraseDict, characterDict]] of locales) {
    phrases.push(...entries(phraseDict!));
    for (const [from, to] of entries(characterDict!)) {
      const plain = traditionalToSimplified(from);
      if (traditionalToSimplified(to) === plain || isGb2312(plain) || characters.has(from)) continue;
      characters.set(from, to);
    }
  }
  const plain = [...phrases.filter(([from]) => [...from].some((c) => characters.has(c))), ...characters];

  // zhù words in both spellings, each kept as it is, and the Taiwan table's
  // other 著 phrases (待著 → 待着).
  const zhu = new Map<string, string>();
  for (const [from, to] of phrases.filter(([from]) => from.includes('著'))) {
    zhu.set(from, to);
    zhu.set(traditionalToSimplified(from), traditionalToSimplified(to));
  }
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
  const simplified = (OpenCC.Locale.configs.s2t as unknown as { conversionChain: readonly DictGroup[] }).conversionChain.flat().flatMap(entries);
  const words = [...simplified.filter(([from, to]) => from.includes('著') && to.includes('著')).map(([from]) => from), ...MORE_ZHU_WORDS];
  for (const word of words) {
    zhu.set(word, word);
    zhu.set(toTraditional(word), toTraditional(word));
  }
  const taiwanZhe: Entry[] = [...plain, ...zhu, ['著', '着']];
  return { plain, taiwanZhe, characters: [...characters.keys()], zhuWords: words };
}

const variantsFromSource = (): Entry[] => [...standardVariants(traditionalToSimplified)];

/**
 * The three tables above as plain data: the characters and phrases the generic
 * conversion can change, the regional tables and the standard variants. Each
 * worker built them from OpenCC's and Unihan's dictionaries, about half a CPU
 * second a worker and of every one-file run (building a simplified → traditional
 * converter only to spell the zhù words; docs/performance.md, ingestcpu4); they
 * are read from opencc-tables.json instead, written by opencc-tables.build.ts
 * from the functions above. The file holds the digest of everything they are
 * built from (TABLE_INPUTS and the packages' versions): when any of it changed,
 * the tables are built from the sources as before, and
 * tests/unit/opencc-tables.test.ts fails until the file is written again.
 */
export interface PrebuiltTables {
  changeable: { characters: string[]; phrases: string[] };
  regional: { plain: Entry[]; taiwanZhe: Entry[]; characters: string[]; zhuWords: string[] };
  variants: Entry[];
}

/** The files of this folder the tables are built from: this module, the standards' tables and the variant forms. */
export const TABLE_INPUTS = ['opencc.ts', 'mainland-standard.ts', 'unihan-mainland.json', 'common-han.ts', 'variant-forms.ts'];
/** The packages they are built from: OpenCC's dictionaries, and iconv-lite's GB 2312 for isGb2312. */
const TABLE_PACKAGES = ['opencc-js', 'iconv-lite'];
export const TABLES_FILE = new URL('./opencc-tables.json', import.meta.url);

/** SHA-256 over the inputs' bytes and the packages' versions. */
export function tableInputsDigest(): string {
  const hash = createHash('sha256');
  for (const name of TABLE_INPUTS) hash.update(name).update('\0').update(readFileSync(new URL(`./${name}`, import.meta.url))).update('\0');
  for (const name of TABLE_PACKAGES) hash.update(name).update('\0').update(packageVersion(name)).update('\0');
  return hash.digest('hex');
}

/** An installed package's version, from its package.json where Node would resolve the package (neither package exports the file). */
function packageVersion(name: string): string {
  const require = createRequire(import.meta.url);
  for (const dir of require.resolve.paths(name) ?? []) {
    const file = `${dir}/${name}/package.json`;
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  }
  return 'not installed';
}

/** The tables built from the sources, for opencc-tables.build.ts and the test. */
export const tablesFromSource = (): PrebuiltTables => ({ changeable: changeableFromSource(), regional: regionalFromSource(), variants: variantsFromSource() });

let prebuilt: PrebuiltTables | null | undefined;

/** The written tables when their digest is that of the inputs now, else null (built from the sources). */
function prebuiltTables(): PrebuiltTables | null {
  if (prebuilt !== undefined) return prebuilt;
  if (!existsSync(TABLES_FILE)) return (prebuilt = null);
  const { digest, ...tables } = JSON.parse(readFileSync(TABLES_FILE, 'utf8')) as PrebuiltTables & { digest: string };
  return (prebuilt = digest === tableInputsDigest() ? tables : null);
}
