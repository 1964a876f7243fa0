// Division names in running text that are really place names. A short form
// found by string matching is often a piece of other words (党和政府 holds
// 和政, 复杂多变 holds 杂多), an ordinary word (资源, 惠民, 和平, 鼓楼) or part
// of a person's name (副县长王华容 holds 华容). The word segmenter jieba tells
// the first apart: a mention must begin and end on word boundaries. Its
// dictionary tells the second for counties: a county's short name it knows as
// a common word counts only with its parent written right before it (广东中山,
// 南京鼓楼) or an organ after it. Its tags alone are guesses for rare names
// (郎溪/nr, 茂名/a), so the word's frequency decides; prefecture and province
// names are places unless listed as everyday words (region-cues.ts). jieba
// splits a name like 王华容 into 王/华容, so a person's name is told by the
// post before it or the words after it.
import { jiebaDictionaryLine, tagged } from '../lib/jieba.ts';
import { findMentions, findSharedTowns, findTowns, parentOf, shortForms, type Division, type Mention } from './divisions.ts';
import { ACTION_AFTER_NAME, EVENT_NAME, NAME_HEAD, INSTITUTION_NAME, ORGAN, MEDIUM_NAME, NAMED_AFTER_PERSON, NAME_FOLLOWER, NEIGHBOURHOOD, ORDINARY_COUNTY_NAME, ORDINARY_NAME, PLACE_CAMPAIGN_END, PLACE_FRAME_AFTER, PLACE_FRAME_BEFORE, TAIWAN_SCHOOL, TOWN_NAME_END, TOWN_ORGAN, VENUE } from './region-cues.ts';
import { POST_WORDS, isPersonName } from '../structure/lines.ts';
import { POSTS } from '../people/vocabulary.ts';

interface Token {
  word: string;
  tag: string;
  index: number;
  end: number;
}


interface Entry {
  freq: number;
  tag: string;
}
const entries = new Map<string, Entry | null>();

/**
 * jieba's dictionary entry (frequency and tag) for a word: its first line
 * (`郎溪 2 nr`), once per word.
 */
export function dictionaryEntry(word: string): Entry | undefined {
  let entry = entries.get(word);
  if (entry === undefined) {
    const line = word === '' ? undefined : jiebaDictionaryLine(word);
    entry = null;
    if (line !== undefined) {
      const [, freq, tag] = line.split(' ');
      if (freq && tag) entry = { freq: Number(freq), tag: tag.trim() };
    }
    entries.set(word, entry);
  }
  return entry ?? undefined;
}

/**
 * Where jieba always ends a block: it splits its input at whitespace and
 * punctuation first (no word holds them) and segments each block on its own,
 * so a clause between two of these segments exactly as it does inside its
 * paragraph, at a fraction of the cost.
 */
const BLOCK_END = /[\s，。、；：？！（）“”‘’《》【】]/;

/**
 * The clauses of the last text segmented, by their offsets: a text's mentions
 * often share a clause, and the region stage reads each text twice (with and
 * without `ordinary`), so the same clause was segmented several times
 * (docs/performance.md, eleventh session). Emptied when another text comes.
 */
let clausesOf: string | undefined;
const clauses = new Map<number, Token[]>();

/** The words of the clause around [start, end), at their offsets in `text`. */
export function clauseTokens(text: string, start: number, end: number): Token[] {
  while (start > 0 && !BLOCK_END.test(text[start - 1]!)) start--;
  while (end < text.length && !BLOCK_END.test(text[end]!)) end++;
  if (clausesOf !== text) {
    clausesOf = text;
    clauses.clear();
  }
  // A clause is bounded by BLOCK_END on both sides, so its start alone names it.
  const known = clauses.get(start);
  if (known && (known.at(-1)?.end ?? start) === end) return known;
  let index = start;
  // Without HMM, a word the dictionary lacks (开州) stays in single characters
  // instead of being glued to its neighbours (新高地开州 → 地开州).
  const tokens = tagged(text.slice(start, end), false)
    .map(({ word, tag }) => {
      const token = { word, tag, index, end: index + word.length };
      index = token.end;
      return token;
    });
  clauses.set(start, tokens);
  return tokens;
}

/**
 * jieba's dictionary knows the name as a common word: one it does not tag as a
 * place and has seen often (资源/n 17453, 惠民/nr 105, 鼓楼/n 141), or one seen
 * so often that the place is the rarer sense (平原/ns 7457, 中原/ns 2825). A
 * county's name it has seen rarely is the county, whatever the tag (郎溪/nr 2,
 * 绥德/nrt 27, 平舆/n 4): jieba tags rare names by guess.
 */
function isOrdinaryWord(text: string): boolean {
  const entry = dictionaryEntry(text);
  if (!entry) return false;
  return entry.freq >= COMMON_PLACE || (entry.tag !== 'ns' && entry.freq >= COMMON_WORD);
}
const COMMON_WORD = 100;

/**
 * A word jieba knows as a proper name other than a person's or a place's (nz),
 * seen fewer than COMMON_PLACE times: 竹溪 525, 太和 714 — a name, so in a text
 * about a county of that name it is the county. Not a common noun (大方/n,
 * 石门/n), a person's name (惠民/nr) or a function word (无为/c in 昼无为、夜难寐).
 */
function isRareProperName(text: string): boolean {
  const entry = dictionaryEntry(text);
  return entry !== undefined && entry.tag === 'nz' && entry.freq < COMMON_PLACE;
}
const COMMON_PLACE = 1000;
/** 台湾省's code. */
const TAIWAN = '710000';

/** Names of an institution or organisation that begin with a place name (新疆医科大学, 徐州日报社). */
const NAMED_AFTER_PLACE = new Set(['nt', 'nz', 'ns']);
/** An organ named after its place (嘉兴日报, 惠民县委): the name before it is the place, whatever the dictionary says of it alone. */
const ORGAN_AFTER = /^(?:日报|晚报|广播电视台|电视台|融媒体中心|[市县区州旗]委|[市县区州旗](?:人民)?政府)/;
/** What makes a name something other than a place: 延安精神, 延安作风, 中山路, 南京路, and 北京时间, the time zone. */
const NOT_A_PLACE_AFTER = /^(精神|作风|路|街|大街|大道|巷|时间)/;

export interface PlaceMention extends Mention {
  /** Divisions left after context: a parent written right before an ambiguous name keeps only its children. */
  divisions: Division[];
  /** The name opens an organisation's name that jieba reads as one word (北京大学/nt, 北京大学第一医院/nt), or a medium's (汕尾日报社). */
  institution?: boolean;
  /** A county's short name that jieba knows as a rare proper name (竹溪/nz 525): kept only when asked for (placeMentions' `ordinary`). */
  ordinary?: boolean;
}

/**
 * The division names in the text that name a place. With `ordinary`, a
 * county's short name that jieba knows as a rare proper name (isRareProperName:
 * 竹溪/nz 525; not 资源/n 17453, 无为/c) or one standing in a place's frame
 * (推进健康阳新建设: inPlaceFrame) is kept too, marked `ordinary`:
 * the region stage counts it only where the document's own references agree
 * with its level (县一中, 全县 and 竹溪 → 竹溪县).
 */
export function placeMentions(text: string, ordinary = false, people: ReadonlySet<string> = NO_PEOPLE): PlaceMention[] {
  const mentions = findMentions(text);
  if (mentions.length === 0) return [];
  // Segmented only when a mention needs its word boundaries checked: most paragraphs
  // with a mention name places only in full (徐州市), and segmenting is costly (docs/performance.md).
  const out: PlaceMention[] = [];
  let towns: Mention[] | undefined;
  for (const mention of mentions) {
    if (NOT_A_PLACE_AFTER.test(text.slice(mention.end)) || NAMED_AFTER_PERSON.test(text.slice(mention.index))) continue;
    // A short name inside a township's name of the town list (阳江 in 阳江镇, 北镇 in 韩北镇) is the town's.
    if (!mention.full && townHolding(text, mention, (towns ??= townNames(text)))) continue;
    // A county's short name before an event's word names the event (汶川地震), remembered anywhere;
    // a province's is as often where a quake just struck (突发！新疆地震).
    if (!mention.full && EVENT_NAME.test(text.slice(mention.end)) && mention.divisions.every((d) => d.level === 'county')) continue;
    // A short name before a venue's word names the venue (临江苑); a full name (临江市体育馆) is the place it stands in.
    if (!mention.full && VENUE.test(text.slice(mention.end))) continue;
    // A mainland division's short name before 国小 or 国中 names a school of Taiwan (康乐国小), not the division.
    if (!mention.full && TAIWAN_SCHOOL.test(text.slice(mention.end)) && mention.divisions.every((d) => d.province !== TAIWAN)) continue;
    // A county's short name before 社区, 村 or 镇 names a neighbourhood or town (德兴社区, 磐石镇), which stands anywhere.
    if (!mention.full && NEIGHBOURHOOD.test(text.slice(mention.end)) && mention.divisions.every((d) => d.level === 'county')) continue;
    // …and so does any short name right after a county written in full: the county's own township (微山县南阳镇, the
    // 发布机构 of a weishan.gov.cn catalogue), not the city 南阳 whose name it shares.
    if (!mention.full && NEIGHBOURHOOD.test(text.slice(mention.end)) && afterFullCounty(mention, mentions)) continue;
    // A name written with its level (徐州市, 鼓楼区, 恩施州, Taiwan's 卑南乡 before its 乡公所) is a place name whatever the dictionary says.
    const longFull = mention.text.length >= 3 && /[省市县区州旗盟乡镇]$/.test(mention.text);
    const words = longFull ? [] : clauseTokens(text, mention.index, mention.end);
    if (!longFull && !onWordBoundaries(words, mention) && !(gluedToOrgan(words, mention) && ORGAN.test(text.slice(mention.end)))) continue;
    if (!longFull && namesOtherPlace(words, mention)) continue;
    const institution = headsInstitution(words, mention) || MEDIUM_NAME.test(text.slice(mention.end)) || (!mention.full && INSTITUTION_NAME.test(text.slice(mention.end))) ? { institution: true } : {};
    if (longFull && startsInsideWord(clauseTokens(text, mention.index, mention.end), mention)) continue;
    const before = text.slice(Math.max(0, mention.index - 12), mention.index);
    const afterParent = mention.divisions.filter((d) => parentWrittenBefore(d, before));
    if (inPersonName(text, mention) || conjunctionName(text, mention) || namedPerson(text, mention, people)) continue;
    if (afterParent.length > 0) {
      out.push({ ...mention, divisions: afterParent, ...institution });
      continue;
    }
    // Without its parent before it, an everyday word or a landscape word names no place, unless an organ follows.
    if (!longFull && !ORGAN_AFTER.test(text.slice(mention.end)) && !isHeadlinePlace(text, mention)) {
      if (isOrdinary(mention) && !listedWithKin(text, mention, mentions)) {
        if (ordinary && mention.divisions.every((d) => d.level === 'county') && (isRareProperName(mention.text) || inPlaceFrame(text, mention))) out.push({ ...mention, ordinary: true, ...institution });
        continue;
      }
      const divisions = mention.full ? mention.divisions : mention.divisions.filter((d) => d.level !== 'county' || !LANDSCAPE_NAME.test(mention.text));
      if (divisions.length > 0) out.push({ ...mention, divisions, ...institution });
      continue;
    }
    out.push({ ...mention, ...institution });
  }
  return out;
}

/** The mention follows a county-level division written in full with nothing between (微山县|南阳镇). */
function afterFullCounty(mention: Mention, mentions: readonly Mention[]): boolean {
  return mentions.some((m) => m.full && m.end === mention.index && m.divisions.some((d) => d.level === 'county'));
}

/**
 * The name stands in a frame only a place fills (推进健康阳新建设, 立足老城实际,
 * 为无为经济社会发展; region-cues.ts PLACE_FRAMES_*, PLACE_CAMPAIGN_ENDS): a common word there is
 * the county, where the text's own area agrees with it.
 */
function inPlaceFrame(text: string, mention: Mention): boolean {
  const after = text.slice(mention.end);
  return (PLACE_FRAME_BEFORE.test(text.slice(Math.max(0, mention.index - 2), mention.index)) && PLACE_CAMPAIGN_END.test(after)) || PLACE_FRAME_AFTER.test(after);
}

/**
 * A district's short name made of a direction and a landscape word (中原,
 * 江南, 南海, 西湖, 城中) is far more often the region, sea or lake it is named
 * after (中原更加出彩, 南海) than the district.
 */
const LANDSCAPE_NAME = /^(?:[东西南北中][江河湖山城港海原川岸关]|[江河湖山城港海原川岸关][东西南北中])$/;

/** A prefecture's or province's short name is a place unless it is one of the listed everyday words; a county's unless jieba knows it as a word or it is a listed everyday phrase (上街). */
function isOrdinary(mention: Mention): boolean {
  if (mention.divisions.some((d) => d.level !== 'county')) return ORDINARY_NAME.test(mention.text);
  return isOrdinaryWord(mention.text) || ORDINARY_COUNTY_NAME.test(mention.text);
}

/** What joins the items of a list of places: 全石首、全荆州, 石首和荆州, or nothing (仙桃天门潜江). */
const LIST_JOIN = /^全?[、和与及]?全?$/u;

/**
 * A county's name that is also a common word is the county when it stands in a
 * list beside its own prefecture or a county of it (全石首、全荆州、乃至全省;
 * 长沙、株洲、湘潭; 湖北省委为仙桃天门潜江排序): its kin make it a place, where a
 * word's neighbours would not be.
 */
function listedWithKin(text: string, mention: Mention, mentions: Mention[], seen = new Set<Mention>([mention])): boolean {
  const kin = (other: Mention) => other.divisions.some((o) => mention.divisions.some((d) => parentOf(d) === o || (parentOf(d) !== undefined && parentOf(d) === parentOf(o))));
  const joined = (other: Mention) => LIST_JOIN.test(other.end <= mention.index ? text.slice(other.end, mention.index) : text.slice(mention.end, other.index));
  // A neighbour that is a common word too counts when the list goes on to a name that is not (仙桃 beside 天门 beside 潜江).
  return mentions.some((other) => !seen.has(other) && kin(other) && joined(other) && (!isOrdinary(other) || listedWithKin(text, other, mentions, seen.add(other))));
}

/** 绥德：33名退役军人被表彰, 图说洛阳|…: a headline opening with a place and a colon or bar names that place. */
function isHeadlinePlace(text: string, mention: Mention): boolean {
  return mention.index === 0 && /^[：:|｜丨]/.test(text.slice(mention.end));
}

/**
 * 和县 is a county, but 县武警中队和县消防救援大队 joins two county bodies:
 * a two-character name that starts with a conjunction is read as one only at
 * the start of a clause or after a verb of place (到和县, 在和县).
 */
function conjunctionName(text: string, mention: Mention): boolean {
  if (mention.text.length !== 2 || !/^[和与及]/.test(mention.text) || mention.index === 0) return false;
  return !/[\s，。、；：（《“到在赴于至从去来]$/.test(text.slice(0, mention.index));
}

/** A post title right before a name: 副县长王华容, 县委书记 华容. */
const POST_BEFORE = new RegExp(`(?:${POST_WORDS})\\s?$`);
/** A post right after a name (王永康常委, 王华容副县长, 李海城区长); 副/常务副/代 belong to the post. */
const POST_AFTER = new RegExp(`^(?:常务副|副|代)?(?:${[...new Set([...POST_WORDS.split('|'), ...POSTS.map((p) => p.term)])].join('|')})`, 'u');
/**
 * jieba's tags of a character that stands before a name as a word of its own
 * without being its surname: a preposition, conjunction, numeral, pronoun or
 * verb (向湖北, 和香港, 143万曹县人民, 那河北, 来平原县). A real surname is
 * tagged by guess (王/nr, 张/q, 刘/zg, 罗/j, 平/n), so only these tags rule it out.
 */
const NOT_A_SURNAME_TAG = /^(?:p|c|m|mq|r|v|vn|vd|d|u.*|y|e|f)$/;

/**
 * The character right before the mention is a surname standing on its own:
 * jieba makes it a word by itself (王/永康, not 江苏/常州) and does not tag it
 * as a function word. `surname` is the character.
 */
function loneSurname(text: string, mention: Mention): boolean {
  const surname = text[mention.index - 1];
  // 于, 和, 向, 由 are surnames, but before a place far more often prepositions (向浙江学习).
  if (surname === undefined || /[于和向由]/.test(surname) || !isPersonName(surname + mention.text.slice(0, 3))) return false;
  const word = clauseTokens(text, mention.index - 1, mention.end).find((w) => w.end === mention.index);
  return word !== undefined && word.index === mention.index - 1 && !NOT_A_SURNAME_TAG.test(word.tag);
}

/**
 * The mention is (part of) a person's name: a surname standing alone right
 * before it (loneSurname) with a post before that (副县长王华容), a post after
 * it (王永康常委), a name's follower or action after it (王华容同志, 廖永平参加,
 * 曹新平一行) or a turn label's colon after it at the start of a line
 * (王秀英：我在…); or 同志 or a post right after the bare short name (金华同志,
 * 金华院长). A full name is followed by its level (沛县县长).
 */
function inPersonName(text: string, mention: Mention): boolean {
  const before = text.slice(Math.max(0, mention.index - 12), mention.index);
  const after = text.slice(mention.end);
  const withSurname = loneSurname(text, mention);
  if (mention.full) return withSurname && mention.text.length >= 3 && /[县市区]$/.test(mention.text) && after.startsWith('长');
  if (!withSurname) return NAME_FOLLOWER.test(after) || inListOfNames(text, mention, true);
  if (POST_BEFORE.test(before.slice(0, -1)) || NAME_HEAD.test(before.slice(0, -1)) || POST_AFTER.test(after) || NAME_FOLLOWER.test(after) || ACTION_AFTER_NAME.test(after)) return true;
  if (/^[：:]/.test(after) && (mention.index === 1 || text[mention.index - 2] === '\n')) return true;
  return inListOfNames(text, mention);
}

/**
 * 秦文敏、张献强、王永胜、朱朝阳: the surname and name make one item of a list of people's names;
 * `opening`: the short name opens the item, its first character the surname (李向平、罗平华、赵金锋).
 */
function inListOfNames(text: string, mention: Mention, opening = false): boolean {
  const start = Math.max(...['，', '。', '；', '：', ' ', '\n'].map((c) => text.lastIndexOf(c, mention.index - 1))) + 1;
  const end = text.slice(mention.end).search(/[，。；：\s]/);
  const items = text.slice(start, end === -1 ? text.length : mention.end + end).split('、');
  let at = start;
  for (const item of items) {
    if (mention.index >= at && mention.end <= at + item.length) {
      // …or the name opens with the short name, its first character the surname (罗平华 holds 罗平).
      const named = item.length === mention.text.length + 1 && (opening ? item.startsWith(mention.text) && isPersonName(item) && !LEVEL_END.test(item) : item.endsWith(mention.text));
      return named && items.some((other) => other !== item && other.length <= 3 && isPersonName(other));
    }
    at += item.length + 1;
  }
  return false;
}

/** A level word or a village's ending a list's item (罗平县, 罗平镇, 大同村): a place, never a person's name. */
const LEVEL_END = /[省市县区州旗盟乡镇村]$/u;
const NO_PEOPLE: ReadonlySet<string> = new Set();

/**
 * The people's names that hold a division's short name, as the text reads them where
 * their post, a leaders' word or a list of names shows them (区领导卢金华, 李向平、罗平华、赵金锋):
 * the surname with the name after it (卢金华) or the name with the character after it (罗平华).
 */
export function personNames(text: string): string[] {
  const names: string[] = [];
  for (const mention of findMentions(text)) {
    if (mention.full || !inPersonName(text, mention)) continue;
    names.push(loneSurname(text, mention) ? text.slice(mention.index - 1, mention.end) : text.slice(mention.index, mention.end + 1));
  }
  return names.filter((name) => name.length === 3 && isPersonName(name));
}

/**
 * The mention lies inside a person's name the text reads as one elsewhere (卢金华要求 after
 * 区领导卢金华): the same name is the same person throughout the text.
 */
function namedPerson(text: string, mention: Mention, people: ReadonlySet<string>): boolean {
  if (people.size === 0 || mention.full) return false;
  return people.has(text.slice(Math.max(0, mention.index - 1), mention.end)) || people.has(text.slice(mention.index, mention.end + 1));
}

function onWordBoundaries(words: Token[], mention: Mention): boolean {
  const crossing = words.filter((w) => w.index < mention.end && w.end > mention.index && (w.index < mention.index || w.end > mention.end));
  if (crossing.length === 0) return true;
  // One longer word starting with the name: an institution named after the place.
  const [word] = crossing;
  return crossing.length === 1 && word!.index === mention.index && NAMED_AFTER_PLACE.has(word!.tag);
}

/**
 * A two-character county written in full whose level character jieba reads as
 * the first of the organ's word after it: 冠/县公安局 (山东冠县公安局召开…,
 * sdfzcm.com unseen5/y1-sdfzcm), 曹/县公安局 (曹县公安局楼庄派出所, heze.cn
 * fixture:region/pages/heze-caoxian-police.txt). The name's first character must
 * be a word of its own that joins nothing: 和/县政府 in 领导和县政府 is a conjunction.
 */
function gluedToOrgan(words: Token[], mention: Mention): boolean {
  if (!mention.full || mention.text.length !== 2) return false;
  const first = words.find((w) => w.index === mention.index);
  const level = words.find((w) => w.index === mention.index + 1);
  return first?.end === mention.index + 1 && !FUNCTION_TAGS.has(first.tag) && level !== undefined && level.end > mention.end;
}
/** jieba's tags of words that join or point rather than name: conjunctions, prepositions, particles, pronouns, adverbs, verbs. */
const FUNCTION_TAGS = new Set(['c', 'p', 'u', 'uj', 'r', 'd', 'v']);

/**
 * A county's short name that opens a longer place name jieba knows names that
 * place — a bay, range or lake that may lie anywhere — not the county:
 * 九龙湾/ns in 九龙湾生态价值实现中心 (yingshanwang.net eval:b10-yingshanwang, not
 * 甘孜's 九龙县), 祁连山/ns (dbw.cn wide-samples/wordplace-s14, not 青海's 祁连县),
 * 微山湖/ns in 滕州微山湖湿地 (shidicn.com, same sample). Unless the longer name
 * is itself a division's (九龙坡 of 九龙坡区, read on its own) or the county's own
 * under an older level (京山县/ns, now 京山市).
 */
function namesOtherPlace(words: Token[], mention: Mention): boolean {
  if (mention.full || !mention.divisions.every((d) => d.level === 'county')) return false;
  const word = words.find((w) => w.index === mention.index && w.end > mention.end);
  if (word === undefined || word.tag !== 'ns' || /^[省市县区州旗盟]/.test(word.word.slice(mention.text.length))) return false;
  return !findMentions(word.word).some((m) => m.index === 0 && m.end > mention.text.length);
}

/** The one word the name opens is an organisation's name (北京大学, 新疆医科大学). */
function headsInstitution(words: Token[], mention: Mention): boolean {
  return words.some((w) => w.index === mention.index && w.end > mention.end && w.tag === 'nt');
}

/**
 * A full name whose first characters end a word before it (城市北区 holds
 * 市北区: 城市/北区) is no place; a word that runs past the name holds it
 * whole (中共湖南省委 holds 湖南省).
 */
function startsInsideWord(words: Token[], mention: Mention): boolean {
  return words.some((w) => w.index < mention.index && w.end > mention.index && w.end < mention.end);
}

function parentWrittenBefore(division: Division, before: string): boolean {
  for (let parent = parentOf(division); parent; parent = parentOf(parent)) {
    if ([parent.name, ...shortForms(parent.name)].some((name) => before.endsWith(name))) return true;
  }
  return false;
}

/**
 * The townships the text names that one township in the country bears
 * (findTowns: 寨隆镇, 老爷庙乡, 胡乐镇), each as a mention of its county, when
 * jieba reads the name as a name: it starts a word (not 明村镇 in 文明/村镇), its
 * level word is not glued into a common word with the character before it
 * or a word running past the name (中城镇 in 城中/城镇, 于城镇 in 滞后/于/城镇化),
 * and the whole is no word of the
 * dictionary but a place's (小城镇/nr, 于城镇/nr in 居住于城镇).
 */
export function townMentions(text: string): PlaceMention[] {
  return findTowns(text).filter((town) => readsAsTown(text, town));
}

/** The township names of the town list in the text, one township's or several's, as the suffix scans find them. */
function townNames(text: string): Mention[] {
  return /(?:镇|乡|街道)/u.test(text) ? [...findTowns(text), ...findSharedTowns(text)] : [];
}

/**
 * The township name of the town list that holds or overlaps a division's short
 * name (阳江 in 阳江镇 of 高淳区 or 琼海市; 北镇 in 韩北镇 of 武乡县), where the
 * text reads it as a town: jieba starts a word at it, its level word closes it
 * (region-cues.ts TOWN_NAME_CUES: not 乡村, 镇江) and is not glued into a common
 * word. The short name is then the town's, not the division's.
 */
function townHolding(text: string, mention: Mention, towns: readonly Mention[]): Mention | undefined {
  return towns.find((town) => town.index < mention.end && town.end > mention.index && closesTown(text, town) && readsAsTown(text, town));
}

/** The level word of a township's name closes it (阳江镇党委), not opening a common word (长沙乡村振兴: 乡村). */
function closesTown(text: string, town: Mention): boolean {
  return TOWN_NAME_END.test(text.slice(town.end - (town.text.endsWith('街道') ? 2 : 1)));
}

/**
 * The division names a township's name holds in the text (阳江 in 阳江镇), with
 * the town, for the region stage's log (rule id `region-town-name`).
 */
export function namesInsideTowns(text: string): { name: string; town: string }[] {
  const towns = townNames(text);
  if (towns.length === 0) return [];
  return findMentions(text).flatMap((m) => {
    const town = m.full ? undefined : townHolding(text, m, towns);
    return town ? [{ name: m.text, town: town.text }] : [];
  });
}

/**
 * The townships of one county the text names that jieba glues into a common
 * word but an organ follows (冷市镇人民政府, 卢市镇关于…的通知: region-cues.ts
 * TOWN_ORGAN_CUES), for the region stage's log (rule id `region-town-organ`).
 */
export function organReadTowns(text: string): string[] {
  return findTowns(text).filter((town) => townReading(text, town) === 'organ').map((town) => town.text);
}

/**
 * The township names several townships bear (findSharedTowns: 西城镇, 官亭镇) that
 * jieba reads as names, as townMentions reads one township's — but for a common
 * word glued inside the name (西/城镇, 冷/市镇), which stands: the region stage
 * reads these only by a county the text names, so a word's piece is not read
 * by itself. A word running past the name (于城镇 in 城镇化) still rules it out.
 */
export function sharedTownMentions(text: string): ReturnType<typeof findSharedTowns> {
  return findSharedTowns(text).filter((town) => readsAsTown(text, town, true));
}

function readsAsTown(text: string, town: Mention, gluedInside = false): boolean {
  return townReading(text, town, gluedInside) !== undefined;
}

/**
 * How the text reads a township name: `word` by jieba's words (above), `organ`
 * where only an organ after it makes it the town (冷/市镇人民政府, 卢/市镇关于:
 * region-cues.ts TOWN_ORGAN_CUES; a word running past the name still rules it out).
 */
function townReading(text: string, town: Mention, gluedInside = false): 'word' | 'organ' | undefined {
  const words = clauseTokens(text, town.index, town.end);
  if (!words.some((w) => w.index === town.index)) return undefined;
  const whole = words.find((w) => w.index === town.index && w.end === town.end);
  const level = town.end - (town.text.endsWith('街道') ? 2 : 1);
  const glued = words.find((w) => w.index < level && w.end > level);
  const organ = TOWN_ORGAN.test(text.slice(town.end)) && (!glued || glued.end <= town.end) ? 'organ' : undefined;
  if (whole && dictionaryEntry(whole.word) && whole.tag !== 'ns') return organ;
  return !glued || glued.index < town.index || (glued.end <= town.end && (gluedInside || (dictionaryEntry(glued.word)?.freq ?? 0) < COMMON_WORD)) ? 'word' : organ;
}
