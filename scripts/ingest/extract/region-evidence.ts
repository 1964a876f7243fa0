// Place names as evidence of a document's region: each mention of a division
// in a segment becomes evidence of a tier (how strongly it says where the
// document is from), unless it names a trip elsewhere (赴广德市学习考察), the
// venue of a national body's event, a distance mark, a national medium or the
// head of a list of places (杭州等40个地区). The organ a speaker speaks for
// (我代表曹县县委) is the document's issuer wherever the text names it.
// Shared names (鼓楼, 西安) are then read in the light of the unambiguous ones.
import { divisionByCode, documentNumberProvinces, townshipCounties, findMentions, isTaiwanAdministered, parentOf, shortForms, taiwanProvince, taiwanSharedTownships, type Division, type Level } from './divisions.ts';
import { personNames, clauseTokens, dictionaryEntry, placeMentions, sharedTownMentions, townMentions, type PlaceMention } from './place-mentions.ts';
import { DATELINE, DISTANCE, LIST_END, LOCATED, TOWNSHIP_AFTER, NATIONAL_BODY, NATIONAL_LEADER, NATIONAL_MEDIUM, ORGAN, OWN_AREA, REPRESENTING, TRIP, TRIP_PURPOSE, VISIT, VISITING_PARTY, ARRIVAL, MEMBER_AFFILIATION, HELD_AT, HOST, DELEGATION, RECEPTION, DIRECTIVE, ZONE, INSTITUTION_NAME, HONG_KONG_ORGANS, MACAO_ORGANS, TAIWAN_ORGANS, SAR_ORGANS, TAIWAN_AS_TOPIC, AREA_NAME, AREA_PASSING_AFTER, AREA_PASSING_BEFORE, HONG_KONG_OWN_WORDS, HONG_KONG_SHARED_PLACES, MACAO_OWN_WORDS, SHORT_CITY_NAMES, SHORT_NAME_FRAME, INSTITUTION_SHORT_NAMES, INSTITUTION_SHORT_NAME, REPRESENTED_INSTITUTION, OWN_INSTITUTION_WORD, OWN_INSTITUTION_KINDS, OTHER_INSTITUTION_BEFORE, OTHER_INSTITUTION_AFTER, ASSOCIATION_HEAD, ASSOCIATION_SHORT_FORM, CONTRIBUTION_FRAME, BRANCH, OWN_POST, TOWNSHIP_LIST, OWN_EVENT_EDITION_AFTER, OWN_EVENT_EDITION_BEFORE, OWN_EVENT_WORD, EVENT_ATTENDED, INSTITUTION_HEAD_POST, INSTITUTION_COHORT, TOWN_INSTITUTION_KIND, type Cue } from './region-cues.ts';
import { addressGoesOn, fitsOwn, opensWithOrgan, ownArea, signsWithPlace, type Segment } from './region-segments.ts';
import { isFooterLine, isMentionedInstitution, isPlaceList } from './region-roles.ts';
import { listedInstitutions } from './institutions.ts';

export type Tier = 'issuer' | 'title' | 'publisher' | 'lede' | 'reference' | 'own-area' | 'local' | 'body';

export interface Evidence {
  /** Every division the mention can name (more than one for a shared short name until context decides). */
  divisions: Division[];
  tier: Tier;
  /** An organ named after the place: the document is at the place's level. */
  organ: boolean;
  /** The mention as written, and the segment it stands in, for the log. */
  text: string;
  segment: string;
  /** The level suffixes of a wider meeting held at the place (全省…会议在西安召开): the evidence is for the area of that level around it. */
  lift?: Set<string>;
  /** The venue of an event its owner, named before it, held there (…现场会在富县召开): lifted to the owner (region-held-at). */
  heldAt?: boolean;
  /** The mention opens a clause of the lede (7月29日上午，…，绥德县在…举行): the lede's subject, not a passing name. */
  leading?: boolean;
  /** Written right after a division above it (新疆克孜勒苏州阿图什市, 辽宁黑山县, 湖北省沙洋县): an address, not a passing name. */
  nested?: boolean;
  /** Right after 地处, 位于 (地处武汉中心城区): where the text's subject stands, not a passing name. */
  located?: boolean;
  /** A county written before one of its townships (忠县石子乡, 临泉县宋集镇): an address down to the township, not a passing name. */
  township?: boolean;
  /** A second tier the mention counts in: a local document's lede is part of its text too. */
  also?: Tier;
  /** The section of the body the mention stands in (Segment.section). */
  section?: number;
  /** The place opens an institution's name (北京大学第一医院, 北大医院): where the institution stands. */
  institution?: boolean;
  /** Read off a field of the removed chrome (siteOrgans), not a source, info line or header. */
  site?: boolean;
  /** The place opens the name of the body the text speaks as or of, which it also names without the place (成都市诗词楹联学会 … 学会的发展). */
  ownOrgan?: boolean;
  /** The place is what the text works for (为黄岩经济社会发展, 为成都的精神文明建设). */
  forPlace?: boolean;
  /** The place opens the name of an institution of the kind the text speaks as (山东大学 under 代表全校): possibly its own body. */
  ownInstitution?: boolean;
  /** A township standing for its county (胡乐镇 for 宁国市): read only where the text names the county or a place above it too. */
  town?: boolean;
  /** A school or health centre named after a township of one county (宜陵小学: 宜陵镇 of 江都区), standing for that county as the township would (townInstitutionsIn). */
  townInstitution?: boolean;
  /** A township of one county in the lede's or body's list or text of a county's own voice (bodyTownsIn): its own area. */
  bodyTown?: boolean;
  /** An organ only Hong Kong, Macao or Taiwan has (政务司, 行政院, 乡公所), not the area's name. */
  areaOrgan?: boolean;
  /** The vocabulary row that read it (region-cues.ts `id`: hk-departments, tw-prosecutors…), where the row has one. */
  areaRule?: string;
  /** A Hong Kong place read in a traditional text whose name a town of this mainland city shares (沙田: 东莞市). */
  homonym?: string;
  /** A Taiwan township read in a traditional text whose full name a mainland township shares (新城乡). */
  taiwanTown?: boolean;
  /** The lede names the place's own event with its edition (古县第十二届…文化旅游节): read as the title's place (ownEventOf). */
  ownEvent?: boolean;
  /** A township name several townships bear, read by the one of their counties the text names (sharedTownsIn). */
  sharedTown?: boolean;
  /** Read off the interviewee's post in the turn labels (region-segments.ts speakerPosts). */
  speakerPost?: boolean;
  /** A university or college of the Ministry of Education's list, the text's own, whose name prints its seat (ownListedIn). */
  listedInstitution?: boolean;
}


const RANK: Record<Level, number> = { province: 0, city: 1, county: 2 };
/** 台湾省's code. */
const TAIWAN = '710000';

interface Trip {
  /** Where the document's people went: from the cue to the trip's purpose (赴[广德市]学习考察). */
  places: [number, number];
  /** Who went: 率[渌口区乡村振兴能力提升班全体学员]赴 — the document's own people. */
  party: [number, number];
}

const TRIP_END = new Set(['赴', '到', '往']);

/** 赴广德市学习考察, 组织…到成都市锦江区三圣花乡参观: the trips in the text, each ending in its purpose within its sentence. */
function tripsIn(text: string): Trip[] {
  const trips: Trip[] = [];
  for (let i = 0; i < text.length; i++) {
    // Every trip cue ends in 赴, 到 or 往 (前往).
    if (!TRIP_END.has(text[i]!)) continue;
    const from = Math.max(0, i - 24);
    const cue = TRIP.exec(text.slice(from, i + 1));
    if (!cue) continue;
    // 习近平总书记先后5次赴河南考察: a national leader's visit is to the place the text is about.
    const sentenceStart = Math.max(text.lastIndexOf('。', i), text.lastIndexOf('；', i)) + 1;
    if (NATIONAL_LEADER.test(text.slice(sentenceStart, i))) continue;
    const sentenceEnd = text.slice(i + 1).search(/[。；！？]/);
    const sentence = text.slice(i + 1, sentenceEnd === -1 ? text.length : i + 1 + sentenceEnd);
    const purpose = TRIP_PURPOSE.exec(sentence);
    if (!purpose || purpose.index > 80) continue;
    trips.push({ places: [i + 1, i + 1 + purpose.index], party: [from + cue.index, i + 1] });
  }
  return trips;
}

/** 江城区政协考察团到我市考察交流: from the start of each sentence to a visit's cue, the visitors' own places. */
function visitorsIn(text: string): [number, number][] {
  return [...text.matchAll(VISIT)].map((m) => [Math.max(...['。', '！', '？', '；', '\n'].map((c) => text.lastIndexOf(c, m.index))) + 1, m.index]);
}

const within = (m: PlaceMention, [from, to]: [number, number]) => m.index >= from && m.end <= to;

/** The sentence around a position: from after the previous 。！？；or line break to the next one. */
function sentenceAround(text: string, at: number): [number, number] {
  const start = Math.max(...['。', '！', '？', '；', '\n'].map((c) => text.lastIndexOf(c, at - 1))) + 1;
  const next = text.slice(at).search(/[。！？；\n]/);
  return [start, next === -1 ? text.length : at + next];
}

const onLine = (a: Division, b: Division) => a === b || ancestorsOf(a).includes(b) || ancestorsOf(b).includes(a);

/**
 * The places a visiting party came from: the lede names a party led from one
 * place (天津市公安局津南分局副局长左凤军率领考察团…) and the text names its hosts,
 * accompanying it, at a place off that place's line (在通渭县…的陪同下; 遂宁市公安局
 * …陪同). The party's own side writes the visit as a trip (率…赴广德市学习考察:
 * tripsIn), and a leader touring places under their own (市长…率队…县长陪同) names
 * hosts on the party's line; neither is read here.
 */
function visitingOrigins(segments: Segment[], mentionsIn: (segment: Segment) => PlaceMention[]): Set<string> {
  const origins = new Set<string>();
  const lede = segments.find((s) => s.kind === 'lede');
  if (!lede || tripsIn(lede.text).length > 0) return origins;
  const party: PlaceMention[] = [];
  for (const cue of lede.text.matchAll(VISITING_PARTY)) {
    const [start] = sentenceAround(lede.text, cue.index);
    party.push(...mentionsIn(lede).filter((m) => m.index >= start && m.end <= cue.index));
  }
  if (party.length === 0) return origins;
  const from = party.flatMap((m) => m.divisions);
  const hosted = segments.filter((s) => s.kind === 'lede' || s.kind === 'body').some((segment) =>
    [...segment.text.matchAll(HOST)].some((cue) => {
      const [start] = sentenceAround(segment.text, cue.index);
      return mentionsIn(segment).some((m) => m.index >= start && m.end <= cue.index && m.divisions.every((d) => !from.some((f) => onLine(d, f))));
    }),
  );
  if (hosted) for (const d of from) origins.add(d.code);
  return origins;
}

/**
 * The places a party coming to a place came from (…王永洲一行7人来文县开展对口帮扶工作,
 * 闫引娟带领考察组来凤考察调研: ARRIVAL): a visit written as coming is written at its
 * destination, so where the text names a place off the party's line outside the
 * party's sentence (the hosts' 文县, 凤翔区), the places before the cue are the
 * visitors' home. Read in the title and the lede only. Not read: a party of the
 * text's own (我县…一行来到…), one the sentence sends on a trip (赴: tripsIn), and a
 * leader touring places under their own (市委书记…带领…来到XX县调研: on one line).
 */
function arrivalOrigins(segments: Segment[], mentionsIn: (segment: Segment) => PlaceMention[]): Set<string> {
  const origins = new Set<string>();
  const party: PlaceMention[] = [];
  const spans = new Map<Segment, [number, number][]>();
  for (const segment of segments.filter((s) => s.kind === 'title' || s.kind === 'lede')) {
    for (const cue of segment.text.matchAll(ARRIVAL)) {
      const [start, end] = sentenceAround(segment.text, cue.index);
      const before = segment.text.slice(start, cue.index + cue[0].length);
      if (/[我本]/u.test(before) || tripsIn(segment.text.slice(start, end)).length > 0) continue;
      const range: [number, number] = [start, cue.index + cue[0].length];
      spans.set(segment, [...(spans.get(segment) ?? []), range]);
      party.push(...mentionsIn(segment).filter((m) => within(m, range)));
    }
  }
  const from = party.flatMap((m) => m.divisions);
  if (from.length === 0) return origins;
  const hosts = segments.filter((s) => s.kind === 'title' || s.kind === 'lede' || s.kind === 'body').some((segment) =>
    mentionsIn(segment).some((m) => !(spans.get(segment) ?? []).some((range) => within(m, range) || isComing(m, range)) && m.divisions.length > 0 && m.divisions.every((d) => !from.some((f) => onLine(d, f)))),
  );
  if (hosts) for (const d of from) origins.add(d.code);
  return origins;
}

/** 考察组来凤考察: a name opening with the coming's 来 (来凤县) is the verb, not a place. */
const isComing = (m: PlaceMention, [, to]: [number, number]) => m.index === to - 1 && m.text.startsWith('来');

/** How far back from a party's noun its name may reach (上海市徐汇区经贸考察团). */
const PARTY_NAME = 24;

/**
 * The places a visiting party is named after (上海市徐汇区经贸考察团赴我市进行考察,
 * 基隆市区里长参访团一行参观了济北开发区): where the text is written on the hosts'
 * side — it welcomes or meets the party (RECEPTION) and names the hosts' place off
 * the party's line outside the party's name, or the party comes to 我市 — the
 * party's places are where the visitors came from. Not read: a party of the
 * document's own (我县党政考察团), and a party the text sends on a trip to a named
 * place (大方县党政考察团赴山东…学习考察: the party's own side, tripsIn).
 */
function delegationOrigins(segments: Segment[], mentionsIn: (segment: Segment) => PlaceMention[]): Set<string> {
  const origins = new Set<string>();
  const texts = segments.filter((s) => s.kind === 'title' || s.kind === 'front' || s.kind === 'lede' || s.kind === 'body');
  if (!texts.some((s) => RECEPTION.test(s.text))) return origins;
  const party: PlaceMention[] = [];
  const outside: PlaceMention[] = [];
  let comesToUs = false;
  for (const segment of texts) {
    const { text } = segment;
    const names: [number, number][] = [];
    for (const cue of text.matchAll(DELEGATION)) {
      const [start, end] = sentenceAround(text, cue.index);
      const clause = Math.max(start, cue.index - PARTY_NAME, ...['，', '：'].map((c) => text.lastIndexOf(c, cue.index - 1) + 1));
      if (/[我本]/u.test(text.slice(clause, cue.index))) continue;
      const after = text.slice(cue.index, end);
      // Sent on a trip to a named place: the party's own side writes it.
      if (tripsIn(after).some((trip) => !/^[我本]/u.test(after.slice(trip.places[0])))) continue;
      if (VISIT.test(after) || /^[团]?[^，。]{0,6}?(?:赴|到|来到?)[我本]/u.test(after)) comesToUs = true;
      VISIT.lastIndex = 0;
      names.push([clause, cue.index]);
    }
    for (const m of mentionsIn(segment)) (names.some((range) => within(m, range)) ? party : outside).push(m);
  }
  const from = party.flatMap((m) => m.divisions);
  if (from.length === 0) return origins;
  const hosts = outside.some((m) => m.divisions.every((d) => !from.some((f) => onLine(d, f))));
  if (hosts || comesToUs) for (const d of from) origins.add(d.code);
  return origins;
}

/** A body of people from one place living in another: 东莞市安徽安庆商会, 安徽省温州商会, 汉中商会, 湖南老乡会. */
const HOMETOWN_BODY = /^(?:籍)?(?:异地)?(?:商会|同乡会|老乡会|联谊会)/u;
/** A division's level written in its name (乐清市, 安徽省): a short name (安庆, 温州) is the members' home in a chamber's name. */
const LEVEL_SUFFIX = /[省市县区州盟旗]$/u;

/**
 * The places in the name of a chamber of people from elsewhere, that are where
 * its members come from, not where it or the document is: 东莞市安徽安庆商会
 * is in 东莞市 and gathers people of 安徽 and 安庆; 广东省湖南临湘商会 is in
 * 广东省; a chamber named by a short name alone (安庆商会, 汉中商会) is named
 * after its members' home. The place that opens the name, and the places
 * under it (苏州市吴江区安徽商会), stand where the chamber is.
 */
function hometownsIn(text: string, mentions: PlaceMention[]): Set<PlaceMention> {
  const home = new Set<PlaceMention>();
  for (const last of mentions) {
    if (!HOMETOWN_BODY.test(text.slice(last.end))) continue;
    // The run of places written together before the chamber's word.
    const run = [last];
    for (let head = last; ; ) {
      const before = mentions.find((m) => m.end === head.index);
      if (!before) break;
      run.unshift(before);
      head = before;
    }
    const under = (a: PlaceMention, b: PlaceMention) => b.divisions.some((d) => ancestorsOf(d).some((p) => a.divisions.includes(p)));
    // Where the chamber stands: the first place and each one under the one before it.
    let at = 1;
    while (at < run.length && under(run[at - 1]!, run[at]!)) at++;
    if (run.length === 1 && LEVEL_SUFFIX.test(last.text)) continue;
    for (const m of run.length === 1 ? run : run.slice(at)) home.add(m);
  }
  return home;
}

/** The run of places written right after a deputy's or member's body (全国政协委员的贵州省盘县…): the member's home (MEMBER_AFFILIATION). */
function affiliationsIn(text: string, mentions: PlaceMention[]): Set<PlaceMention> {
  const home = new Set<PlaceMention>();
  for (const cue of text.matchAll(MEMBER_AFFILIATION)) {
    for (let at = cue.index + cue[0].length, next = mentions.find((m) => m.index === at); next; at = next.end, next = mentions.find((m) => m.index === at)) home.add(next);
  }
  return home;
}

/** What may stand between the places of a list: 浙江省杭州市、杭州市萧山区，湖州市. */
const LIST_GAP = /^[、，,\s]*$/u;

/** The mentions in a run of places closed by a count (浙江省杭州市等40个地区): the head of a list, not the text's place. */
function listedIn(text: string, mentions: PlaceMention[]): Set<PlaceMention> {
  const listed = new Set<PlaceMention>();
  for (const closing of mentions) {
    const end = LIST_END.exec(text.slice(closing.end));
    if (end?.index !== 0) continue;
    let cursor = closing;
    listed.add(cursor);
    for (;;) {
      const before = mentions.find((m) => m.end <= cursor.index && LIST_GAP.test(text.slice(m.end, cursor.index)));
      if (!before || listed.has(before)) break;
      listed.add(before);
      cursor = before;
    }
  }
  return listed;
}

/**
 * The organs only Hong Kong, Macao or Taiwan has (政务司, 经济财政司, 行政院), as
 * mentions of the area they stand for: read like the area's name wherever they stand.
 * Each group with its area's GB/T 2260 code (香港特别行政区, 澳门特别行政区, 台湾省).
 */
const AREA_ORGANS = ([[['810000'], HONG_KONG_ORGANS], [['820000'], MACAO_ORGANS], [['710000'], TAIWAN_ORGANS], [['810000', '820000'], SAR_ORGANS]] as [string[], Cue[]][]).flatMap(([areas, cues]) =>
  // One pattern per named row, so that the evidence says which row read it; the rows without a name together.
  [...new Set(cues.map((c) => c.id))].map((id) => ({
    areas,
    id,
    // Not after a quotation mark: the mainland writes the other side's organs in quotes (台湾“立法院”).
    organ: new RegExp(`(?<![部委厅“"])(?:${[...new Set(cues.filter((c) => c.id === id).map((c) => c.pattern))].join('|')})`, 'gu'),
  })),
);

function areaOrgansIn(text: string): AreaMention[] {
  return AREA_ORGANS.flatMap(({ areas, id, organ }) => [...text.matchAll(organ)].map((m) => ({ text: m[0], index: m.index, end: m.index + m[0].length, divisions: areas.map((a) => divisionByCode(a)!), full: false, areaOrgan: true, ...(id ? { areaRule: id } : {}) })));
}

/**
 * 本港, 全澳: a Hong Kong or Macao text speaking of its own area, as mentions
 * of the SAR marked `ownWord` (their tier is own-area where they stand in the body).
 */
const AREA_OWN_WORDS = ([['810000', HONG_KONG_OWN_WORDS], ['820000', MACAO_OWN_WORDS]] as [string, Cue[]][]).map(([area, cues]) => ({
  area,
  word: new RegExp([...new Set(cues.map((c) => c.pattern))].join('|'), 'gu'),
}));

type AreaMention = PlaceMention & { ownWord?: boolean; areaOrgan?: boolean; areaRule?: string; town?: boolean; townInstitution?: boolean; bodyTown?: boolean; homonym?: string; taiwanTown?: boolean; listedInstitution?: boolean };

const HONG_KONG_SHARED = new RegExp(`(?:${[...new Set(HONG_KONG_SHARED_PLACES.map((c) => c.pattern))].join('|')})(?![镇乡村柚]|街道)`, 'gu');
const HOMONYM = new Map(HONG_KONG_SHARED_PLACES.map((c) => [c.pattern, c.homonym]));
const SHARED_RULE = new Map(HONG_KONG_SHARED_PLACES.map((c) => [c.pattern, c.id]));

/**
 * 沙田, 湾仔, 将军澳 in a text printed in traditional characters: Hong Kong's
 * places (HONG_KONG_SHARED_PLACES), marked with the mainland city whose town
 * shares the name, which readAsHongKong checks once the text's places are known.
 */
function hongKongSharedIn(text: string): AreaMention[] {
  const hongKong = divisionByCode('810000')!;
  return [...text.matchAll(HONG_KONG_SHARED)].map((m) => {
    const homonym = HOMONYM.get(m[0]);
    const rule = SHARED_RULE.get(m[0]);
    return { text: m[0], index: m.index, end: m.index + m[0].length, divisions: [hongKong], full: false, ...(homonym ? { homonym } : {}), ...(rule ? { areaRule: rule } : {}) };
  });
}

let taiwanShared: RegExp | undefined;

/**
 * A Taiwan township whose full name a mainland township shares (新城乡, 金城镇:
 * taiwanSharedTownships) in a text printed in traditional characters, where the
 * township's own text stands (title, lede, publisher, signature: townsIn's
 * segments): Taiwan's, as 沙田 is Hong Kong's, unless the text names a place
 * of another province (readAsTaiwan): then it is the mainland town. Seen: 新城乡长何礼台今天偕同公所课室主管 (038.news,
 * unseen15), 罗东镇公所新春团拜 (cenews.com.tw, fixture region/pages/cenews-luodong-township-trad.txt).
 */
function taiwanSharedIn(segment: Segment): AreaMention[] {
  if (!TOWN_SEGMENTS.has(segment.kind)) return [];
  taiwanShared ??= new RegExp(taiwanSharedTownships().join('|'), 'gu');
  const taiwan = taiwanProvince();
  return [...segment.text.matchAll(taiwanShared)].map((m) => ({ text: m[0], index: m.index, end: m.index + m[0].length, divisions: [taiwan], full: true, taiwanTown: true }));
}

function areaOwnWordsIn(text: string): AreaMention[] {
  return AREA_OWN_WORDS.flatMap(({ area, word }) => [...text.matchAll(word)].map((m) => ({ text: m[0], index: m.index, end: m.index + m[0].length, divisions: [divisionByCode(area)!], full: false, ownWord: true })));
}

/** Each short name's division (京 → 北京市), looked up once. */
let shortNamePlaces: Map<string, Division> | undefined;

/**
 * 在京召开, 在渝举行: a city's short name in the frame of an event held there, as a
 * mention of the city; 北大医院, 武大: an institution's short form standing as one
 * word, as a mention of its place that opens an institution's name (institution).
 */
export function shortNamesIn(text: string): PlaceMention[] {
  shortNamePlaces ??= new Map([...SHORT_CITY_NAMES, ...INSTITUTION_SHORT_NAMES].map((c) => [c.pattern, findMentions(c.place).find((m) => m.full && m.text === c.place)!.divisions[0]!]));
  const at = (m: RegExpMatchArray) => ({ text: m[0], index: m.index!, end: m.index! + m[0].length, divisions: [shortNamePlaces!.get(m[0])!], full: false });
  const cities = [...text.matchAll(SHORT_NAME_FRAME)].map(at);
  const institutions = [...text.matchAll(INSTITUTION_SHORT_NAME)]
    .filter((m) => clauseTokens(text, m.index, m.index + m[0].length).some((w) => w.index === m.index && w.end === m.index + m[0].length))
    // One of a list of institutions (上交、浙大、复旦…中科大武大北大 in a title; 北有北大、南有武大) is none's own.
    .filter((m) => !inList(text, m.index, m.index + m[0].length))
    .map((m) => ({ ...at(m), institution: true }));
  return [...cities, ...institutions];
}

/** The clause around [start, end) lists several items (a 、 in it). */
function inList(text: string, start: number, end: number): boolean {
  const clauseStart = Math.max(...['，', '。', '；', '：', '！', '？', '\n'].map((c) => text.lastIndexOf(c, start - 1))) + 1;
  const after = text.slice(end).search(/[，。；：！？\n]/);
  return text.slice(clauseStart, after === -1 ? text.length : end + after).includes('、');
}

/**
 * Counties whose short name the text uses as an institution's name and never as
 * the county's: 瑞金医院 (named after 瑞金二路 in Shanghai, not 瑞金市), 南开大学 —
 * written without the county's level (瑞金市) or any division above it (赣州, 江西).
 * Every bare use of such a name (瑞金人, 南开校长) is the institution's. A
 * prefecture's or province's name in an institution's (武汉大学, 淮南联合大学) is
 * its place and stays.
 */
function institutionNames(segments: Segment[], mentionsIn: (segment: Segment) => PlaceMention[]): Set<Division> {
  const inName = new Set<Division>();
  const written = new Set<Division>();
  for (const segment of segments) {
    if (segment.kind === 'publisher') continue;
    const { text } = segment;
    for (const m of mentionsIn(segment)) {
      const counties = m.divisions.filter((d) => d.level === 'county');
      if (!m.full && counties.length === m.divisions.length && INSTITUTION_NAME.test(text.slice(m.end))) for (const d of counties) inName.add(d);
      // Written with its level (寻甸县 for 寻甸回族彝族自治县 in 寻甸县中医医院): the county, as its full name is.
      for (const d of m.divisions) if (m.full || d.level !== 'county' || WITH_LEVEL.test(m.text)) written.add(d);
    }
  }
  return new Set([...inName].filter((d) => !written.has(d) && !ancestorsOf(d).some((a) => written.has(a))));
}

/** A county's name written with its level (寻甸县, 石柱县): three characters or more ending in one. */
const WITH_LEVEL = /^[\p{Script=Han}]{2,}[县区市旗]$/u;

/** The mention is the division's own name or short form, not a place it stands for (新北 for 台湾省). */
const namesItself = (mention: PlaceMention, division: Division) => division.name === mention.text || shortForms(division.name).includes(mention.text);

/** 我代表香港特别行政区政府, 我代表曹县县委: the organ the speaker speaks for is the document's issuer. */
const speaksFor = (text: string, mention: PlaceMention) => REPRESENTING.test(text.slice(Math.max(0, mention.index - 16), mention.index)) && (ORGAN.test(text.slice(mention.end)) || representsInstitution(text, mention));

/**
 * 我代表黄冈中学, 我们谨代表莲都区人民医院领导班子: a school or hospital named after its
 * prefecture or county, which the speaker represents. One named after a province may
 * stand elsewhere (代表福建中学校董会 in a Hong Kong school, unseen5/y1-easypublish).
 */
const representsInstitution = (text: string, mention: PlaceMention) => REPRESENTED_INSTITUTION.test(text.slice(mention.end)) && mention.divisions.every((d) => d.level !== 'province');

/**
 * An institution named after a place, of the kind the text speaks as (代表全校 … 山东大学2016届的每一位同学),
 * not named as where students went or who a partner is (被北京大学录取, 与浙江大学合作).
 */
function ownInstitution(text: string, mention: PlaceMention, kinds: Set<string>): boolean {
  if (kinds.size === 0) return false;
  const name = REPRESENTED_INSTITUTION.exec(text.slice(mention.end))?.[0];
  if (!name || ![...kinds].some((k) => OWN_INSTITUTION_KINDS[k]!.test(name))) return false;
  return !OTHER_INSTITUTION_BEFORE.test(text.slice(Math.max(0, mention.index - 2), mention.index)) && !OTHER_INSTITUTION_AFTER.test(text.slice(mention.end));
}

/**
 * The venue of a national body's event: 在北京召开的全国…会议, 习近平…在上海主持召开…座谈会,
 * 中国科学院专家19日在北京介绍…. An inspection (在新疆调研) is about the place it names.
 */
function isNationalVenue(text: string, start: number, end: number, mentions: AreaMention[] = []): boolean {
  // The place after 在 may be written after the places above it (在辽宁省沈阳市举办, 在江苏省吴江市盛泽镇召开):
  // each of them is the venue, read back over the places that directly precede it to the 在.
  let from = start;
  for (let before = mentions.find((m) => m.end === from && m.index < from); before; before = mentions.find((m) => m.end === from && m.index < from)) from = before.index;
  if (text[from - 1] !== '在' || /^(?:调研|考察|视察|检查|走访)/.test(text.slice(end))) return false;
  const sentence = text.slice(text.lastIndexOf('。', start) + 1, (text.indexOf('。', end) + 1 || text.length + 1) - 1);
  return NATIONAL_BODY.test(sentence);
}

/** 全省…会议在西安召开: a meeting held in a place, inside a segment that names the meeting's own area; the suffixes of that area. */
function meetingScope(text: string, mention: PlaceMention, own: Set<string>): Set<string> | undefined {
  if (text[mention.index - 1] !== '在' || !/^(?:隆重)?(?:召开|举行|举办|开幕)/.test(text.slice(mention.end))) return undefined;
  const inSegment = new Set([...text.matchAll(OWN_AREA)].map((m) => m.slice(1).find(Boolean)!));
  const scope = inSegment.size > 0 ? inSegment : own;
  return scope.size > 0 ? scope : undefined;
}

/**
 * An event held at a venue under its owner's place (延安市县级融媒体建设现场会在富县召开,
 * 楚雄彝族自治州人民政府在武定县麻栗园举行…: HELD_AT): the venue is where the owner's
 * event was held, so it counts as the owner's place: the suffix of the owner, named
 * earlier in the same clause on the venue's line. A venue of the owner's own level
 * (a county-level city under a prefecture-level one) is left as it is.
 */
function ownerScope(text: string, mention: PlaceMention, mentions: AreaMention[]): Set<string> | undefined {
  let from = mention.index;
  for (let before = mentions.find((m) => m.end === from && m.index < from); before; before = mentions.find((m) => m.end === from && m.index < from)) from = before.index;
  if (!HELD_AT.test(text.slice(from - 1))) return undefined;
  const clause = Math.max(...['，', '。', '；', '！', '？', '\n'].map((c) => text.lastIndexOf(c, from - 1))) + 1;
  const owner = mentions.find((m) => m.index >= clause && m.end < from && m.divisions.length === 1 && mention.divisions.length === 1 && ancestorsOf(mention.divisions[0]!).includes(m.divisions[0]!));
  const suffix = owner?.divisions[0]!.name.at(-1);
  return suffix && !mention.divisions[0]!.name.endsWith(suffix) ? new Set([suffix]) : undefined;
}

/** What opens a lede before its first clause: a dateline or 本报讯 with its byline, a date, 近日. */
const LEDE_OPENER = /^(?:【[^】]{0,60}】)?\s*(?:#[^#]{1,40}#\s*)*(?:[^，。（(]{0,16}?[讯电](?:\s*[（(][^）)]*[）)])?\s*)?(?:(?:[0-9０-９]{4}年)?[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:[至—-][0-9０-９]{1,2}日)?(?:上午|下午|晚上?)?[，,]?|(?:近日|日前|近期|连日来)[，,])?/;

/**
 * The mention is the lede's subject: in its first clause after the opener
 * (4月19日，…第十届平舆县委员会…会议…举行), or opening a later clause
 * (…之际，绥德县在县消防救援大队…举行).
 */
function isLedeSubject(text: string, mention: PlaceMention): boolean {
  const start = LEDE_OPENER.exec(text)?.[0].length ?? 0;
  const end = text.slice(start).search(/[，。；！？]/);
  if (mention.index >= start && (end === -1 || mention.end <= start + end)) return true;
  return /[，：。！]$/.test(text.slice(0, mention.index).trimEnd());
}

/** The mention opens the lede after its opener, alone or after the places of its address (四川省|屏山县). */
function opensLede(text: string, mention: PlaceMention, mentions: PlaceMention[]): boolean {
  const start = LEDE_OPENER.exec(text)?.[0].length ?? 0;
  for (let at = mention.index; ; ) {
    if (at === start) return true;
    const before = mentions.find((m) => m.end === at);
    if (!before) return false;
    at = before.index;
  }
}

function tierOf(segment: Segment, mention: PlaceMention, mentions: PlaceMention[], datelineEnd: number): Tier | undefined {
  const organ = () => opensWithOrgan(segment.text, mention, mentions);
  // A newswire's dateline, in the lede or standing alone where a title would be.
  if (mention.index < datelineEnd) return 'body';
  switch (segment.kind) {
    case 'title':
    case 'front':
      return organ() ? 'issuer' : 'title';
    case 'notice':
      return organ() ? 'issuer' : 'lede';
    case 'addressee':
      return 'issuer';
    case 'closing':
      return segment.text.length <= 40 && (organ() || signsWithPlace(segment.text, mention, mentions)) ? 'issuer' : 'body';
    case 'publisher':
      return NATIONAL_MEDIUM.test(segment.text.slice(mention.index)) ? undefined : 'publisher';
    case 'lede':
      // 阜阳市人民政府新闻办公室通报，…: a statement that opens with the organ making it
      // (四川省屏山县人民法院召开…: the organ of the last place of the address that opens it).
      return opensLede(segment.text, mention, mentions) && ORGAN.test(segment.text.slice(mention.end)) && !addressGoesOn(mention, mentions) ? 'issuer' : 'lede';
    case 'body':
      return 'body';
  }
}

/** What may stand before a body's head word used alone (我们学会, 为协会, 在协会活动中心, 。学会…): not part of another name. */
const BARE_BEFORE = /(?:^|[^\p{Script=Han}]|[我们本该的在为向对与和了使把被给从])$/u;

/** How often `word` stands alone in `text`, not inside another body's name. */
function bareUses(text: string, word: string): number {
  let n = 0;
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) if (BARE_BEFORE.test(text.slice(Math.max(0, at - 1), at))) n++;
  return n;
}

/**
 * The mention opens the name of a body that the text names again without its
 * place, as its own subject: 成都市诗词楹联学会 with 学会 alone twice or more
 * (我们学会, 为学会的发展), 黄岩青企协 with 青企协 again (打造青企协平台).
 */
function namesOwnBody(text: string, mention: PlaceMention, whole: string): boolean {
  const after = text.slice(mention.end);
  const head = ASSOCIATION_HEAD.exec(after);
  if (head) return bareUses(whole, head[1]!) >= 2;
  const short = ASSOCIATION_SHORT_FORM.exec(after)?.[0];
  if (!short) return false;
  // The shortest run ending in 协/联 that the text writes again on its own.
  for (let n = 2; n <= short.length; n++) {
    const form = after.slice(0, n);
    if (/[协联]$/u.test(form) && whole.split(form).length - 1 >= 2) return true;
  }
  return false;
}

/** 为黄岩经济社会发展, 为成都的精神文明建设: the place the text works for. */
const forThePlace = (text: string, mention: PlaceMention) => text[mention.index - 1] === '为' && CONTRIBUTION_FRAME.test(text.slice(mention.end));

/** A bureau's name after the city that opens it, up to the branch's place: 株洲市[生态环境局]渌口分局. */
const BUREAU = /^[^\s，。、；：（）《》“”]{1,12}?局/u;

/**
 * A city organ's branch named after one of the city's counties (株洲市生态环境局渌口分局):
 * the organ is the county's, so the city's mention that opens it stands for the county
 * (its place, with the city above it) and a mention of the county's name inside it is the
 * same organ, not a second place. Only a county of that city by its full name or short
 * form, then the cue (BRANCH): 吉林省监狱管理局镇赉分局 (a province's bureau) and
 * 市市场监管局园区分局 (a zone) name none.
 */
export function branchesIn(text: string, mentions: PlaceMention[]): { county: Map<PlaceMention, Division>; inside: Set<PlaceMention> } {
  const county = new Map<PlaceMention, Division>();
  const inside = new Set<PlaceMention>();
  for (const mention of mentions) {
    const cities = mention.divisions.filter((d) => d.level === 'city');
    if (cities.length !== 1) continue;
    const bureau = BUREAU.exec(text.slice(mention.end));
    if (!bureau) continue;
    const at = mention.end + bureau[0].length;
    const rest = text.slice(at);
    const name = findMentions(rest.slice(0, 16)).find((m) => m.index === 0);
    const under = name?.divisions.filter((d) => parentOf(d) === cities[0]) ?? [];
    if (!name || under.length !== 1 || !BRANCH.test(rest.slice(name.end))) continue;
    county.set(mention, under[0]!);
    for (const m of mentions) if (m.index >= at && m.end <= at + name.end) inside.add(m);
  }
  return { county, inside };
}

/** The segments where a township names the document's county: where its organ or subject stands, not the body or the addressees. */
const TOWN_SEGMENTS = new Set<Segment['kind']>(['title', 'front', 'publisher', 'notice', 'lede', 'closing']);

/**
 * A township that one township in the country bears (寨隆镇, 老爷庙乡, 胡乐镇) in
 * the title, the publisher, the lede or the signature: the text is the
 * township's, so its county is the place (留早镇扎实推进…, cases/txt-dingzhou;
 * 戴庙镇召开…, unseen15/b15-sddp; tests/eval/README.md), unless the text places
 * itself in another province (uncontradicted). In the body a township is one of
 * the places a text goes through (a ban that applies in 磐东街道 among districts), not read.
 */
function townsIn(segment: Segment): AreaMention[] {
  if (!TOWN_SEGMENTS.has(segment.kind)) return [];
  // A township already written after its county (忠县石子乡) adds nothing: the county is named.
  const mentions = findMentions(segment.text);
  return townMentions(segment.text)
    .filter((town) => !mentions.some((m) => m.end === town.index && m.divisions.includes(town.divisions[0]!)))
    .map((town) => ({ ...town, town: true }));
}

/** The segments where a township-named institution is the document's own: its title, heading lines, publisher and signature (the lede only at its opening). */
const TOWN_INSTITUTION_SEGMENTS = new Set<Segment['kind']>(['title', 'front', 'publisher', 'lede', 'closing']);
/** The names a township bears that are this long without the level word (园岭, 宜陵; 马头营). */
const TOWN_BASE_MIN = 2;
const TOWN_BASE_MAX = 4;

/**
 * A school or health centre named after its township without the level word
 * (园岭外国语小学, 宜陵小学: TOWN_INSTITUTION_KINDS) in the title, a heading or
 * info line (also one left in the body), the publisher, a short signature or at the lede's opening: the
 * county of the one township of that name, as townsIn reads 宜陵镇. The name
 * must open its word (start of the line or after a non-Han character), be no
 * division's name and no ordinary word of jieba's dictionary (第一小学, 民族中学,
 * 阳光小学 are not 第一/民族/阳光 townships).
 */
function townInstitutionsIn(segment: Segment): AreaMention[] {
  const { kind, text } = segment;
  // A heading line left in the body (宜陵小学教师节校长致辞范文（通用1篇）, a title the page printed below the
  // salutation) is read as the title would be: short and without a sentence's punctuation.
  const heading = kind === 'body' && text.length <= SIGNATURE_MAX && !/[，。！？；,;!?]/u.test(text);
  if ((!TOWN_INSTITUTION_SEGMENTS.has(kind) && !heading) || (kind === 'closing' && text.length > SIGNATURE_MAX)) return [];
  const ledeStart = kind === 'lede' ? (LEDE_OPENER.exec(text)?.[0].length ?? 0) : undefined;
  const found: AreaMention[] = [];
  for (const m of text.matchAll(/(?:小学|中学|学校|幼儿园|卫生院)/gu)) {
    for (let length = TOWN_BASE_MAX; length >= TOWN_BASE_MIN; length--) {
      // The base, then the qualifier and the kind as TOWN_INSTITUTION_KIND reads them from the base's end.
      for (let start = m.index - length; start >= Math.max(0, m.index - length - 3); start--) {
        const base = text.slice(start, start + length);
        const after = TOWN_INSTITUTION_KIND.exec(text.slice(start + length));
        if (!after || start + length + after[0].length !== m.index + m[0].length || !/^\p{Script=Han}+$/u.test(base)) continue;
        if (start > 0 && /\p{Script=Han}/u.test(text[start - 1]!)) continue;
        if (ledeStart !== undefined && start > ledeStart) continue;
        const counties = townshipCounties(base);
        const county = counties.size === 1 ? divisionByCode([...counties][0]!) : undefined;
        if (county?.level !== 'county' || findMentions(base).length > 0) continue;
        const entry = dictionaryEntry(base);
        if (entry && entry.tag !== 'ns') continue;
        found.push({ text: base + after[0], index: start, end: start + length + after[0].length, divisions: [county], full: true, town: true, townInstitution: true });
      }
    }
  }
  return found.filter((f, i) => !found.some((g, j) => j !== i && g.index <= f.index && g.end >= f.end && g.end - g.index > f.end - f.index));
}

/** The levels of a county-level area whose own voice (全县, 我区, 县委…, once) makes a body's townships its own. */
const COUNTY_VOICE = new Set(['县', '区', '旗', '市']);
/** Listed township names of which one county must hold all, or all but one from this many on. */
const TOWN_LIST_SLACK = 4;

/**
 * Bare township names in a list closed by 乡镇 (国华、高阳、盐河、万家、天星等乡镇:
 * scgw kinds1; 东沙、长涂两个乡镇: zjol kinds2), each as a mention of the one county
 * that holds a township of every name (of all but one from four names on), none
 * other holding as many; the list's span, whose other readings (高阳 as 高阳县 of
 * Hebei) are the townships' names, not places of their own.
 */
export function townListIn(text: string): { towns: AreaMention[]; spans: [number, number][] } {
  const towns: AreaMention[] = [];
  const spans: [number, number][] = [];
  for (const match of text.matchAll(TOWNSHIP_LIST)) {
    const items: { text: string; index: number; counties: Set<string> }[] = [];
    let at = match.index;
    for (const [i, item] of match[1]!.split('、').entries()) {
      // The first item may carry the words before it (深入国华): its longest tail that is a township's name.
      const tails = i === 0 ? [...Array(item.length - 1).keys()].map((k) => item.slice(k)) : [item];
      const name = tails.find((t) => townshipCounties(t).size > 0) ?? tails.at(-1)!;
      items.push({ text: name, index: at + item.length - name.length, counties: townshipCounties(name) });
      at += item.length + 1;
    }
    const counts = new Map<string, number>();
    for (const item of items) for (const code of item.counties) counts.set(code, (counts.get(code) ?? 0) + 1);
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    const [best, second] = ranked;
    const need = items.length >= TOWN_LIST_SLACK ? items.length - 1 : items.length;
    const county = best && best[1] >= Math.max(2, need) && !(second && second[1] === best[1]) ? divisionByCode(best[0]) : undefined;
    if (county?.level !== 'county') continue;
    spans.push([items[0]!.index, match.index + match[0].length]);
    for (const item of items) if (item.counties.has(county.code)) towns.push({ text: item.text, index: item.index, end: item.index + item.text.length, divisions: [county], full: true, town: true, bodyTown: true });
  }
  return { towns, spans };
}

/**
 * The townships of one county a text in a county's own voice names in its lede
 * or body (涟城街道敬老院 in 副县长吉海's inspection: lsxw kinds1; 国华、高阳…等乡镇
 * under 副县长胥勋雷: scgw kinds1; 东沙、长涂两个乡镇 visited in 我县: zjol kinds2):
 * the county's own, where the title and lede's townships (townsIn) are read in any
 * text. A township named once in the country, or a list one county holds.
 */
function bodyTownsIn(segment: Segment, listed: ReturnType<typeof townListIn> | undefined): AreaMention[] {
  if (!listed || (segment.kind !== 'body' && segment.kind !== 'lede')) return [];
  const single = segment.kind === 'body' ? townsIn({ ...segment, kind: 'lede' }).filter((t) => !listed.towns.some((l) => l.index <= t.index && l.end >= t.end)) : [];
  return [...listed.towns, ...single.map((t) => ({ ...t, bodyTown: true }))];
}

/**
 * A township stands where nothing else in the text lies in another province:
 * a township's name is a weak reading of a word (国强乡长 is 乡长 国强 on a Taiwan
 * township's page, a13-lyee, where 乡公所 places the text in 台湾省), so other
 * evidence outweighs it rather than making the text about two places.
 */
function uncontradicted(evidence: Evidence[]): Evidence[] {
  const others = evidence.filter((e) => !e.town && e.divisions.length > 0);
  return evidence.filter((e) => !e.town || others.every((o) => o.divisions.some((d) => d.province === e.divisions[0]!.province)));
}

/** The areas Hong Kong, Macao and Taiwan (GB/T 2260: 香港特别行政区, 澳门特别行政区, 台湾省). */
const AREAS = new Set(['810000', '820000', TAIWAN]);

/**
 * The area's bare name in a mainland text as where people come from or where
 * something goes (会见台湾客人, 书画展亮相澳门, 我来自香港无线电视: AREA_PASSING_CUES):
 * a passing name, as a trip elsewhere is. Not read in traditional texts, which are
 * as often the area's own (a Hong Kong paper's 香港代表团 is its own delegation).
 */
function areaPassing(text: string, mention: PlaceMention): boolean {
  if (!AREA_NAME.test(mention.text) || !mention.divisions.every((d) => AREAS.has(d.code))) return false;
  return AREA_PASSING_BEFORE.test(text.slice(Math.max(0, mention.index - 4), mention.index)) || AREA_PASSING_AFTER.test(text.slice(mention.end));
}

/** A closing line short enough to be a signature (汕头大学校长 XXX). */
const SIGNATURE_MAX = 40;

/** The segments ownListedIn reads the document's own institution in. */
const OWN_LISTED_SEGMENTS = new Set<Segment['kind']>(['title', 'front', 'publisher', 'lede', 'closing']);

/**
 * The document's own institution of the Ministry of Education's list, where its
 * name prints its seat (institutions.ts): in the title or a speaker line, as the
 * publisher, opening the lede or named there with its own class (汕头大学2019届…
 * 毕业生: INSTITUTION_COHORTS), or in a signature with its head's post
 * (INSTITUTION_HEAD_POSTS). An institution the lede or body only mentions (a
 * guest's university, a partner's: 毕业生中有北京协和医学院—清华大学医学部的同学们,
 * unseen22 a22-bookm) is not read, even in a text speaking for its own.
 */
function ownListedIn(segment: Segment): AreaMention[] {
  const { kind, text } = segment;
  // Only these segments can hold the document's own (below), so the others, the body's
  // paragraphs most of all, are not searched for the list's 2,600 names (docs/performance.md).
  if (!OWN_LISTED_SEGMENTS.has(kind) || (kind === 'closing' && text.length > SIGNATURE_MAX)) return [];
  const found = listedInstitutions(text);
  if (found.length === 0) return [];
  const ledeStart = kind === 'lede' ? (LEDE_OPENER.exec(text)?.[0].length ?? 0) : 0;
  const own = (i: (typeof found)[number]) => {
    switch (kind) {
      case 'title':
      case 'front':
      case 'publisher':
        return true;
      case 'lede':
        return i.index <= ledeStart || INSTITUTION_COHORT.test(text.slice(i.end));
      case 'closing':
        return text.length <= SIGNATURE_MAX && INSTITUTION_HEAD_POST.test(text.slice(i.end));
      default:
        return false;
    }
  };
  return found.filter(own).map((i) => ({ text: i.text, index: i.index, end: i.end, divisions: [i.division], full: true, listedInstitution: true }));
}

export function gather(segments: Segment[], own: Set<string>, traditional = false, ownOnce: Set<string> = ownArea(segments, 1)): { evidence: Evidence[]; elsewhere: Set<string>; arrived: Division[]; affiliated: string[] } {
  const evidence: Evidence[] = [];
  const elsewhere = new Set<string>();
  // Each segment is segmented once (jieba is the costly part: docs/performance.md).
  // Where its own-level names are read too, the one reading with `ordinary` serves
  // both: it is the reading without, plus the mentions it marks `ordinary`.
  const withOrdinary = (segment: Segment) => own.size > 0 && segment.kind !== 'publisher';
  const all = new Map<Segment, PlaceMention[]>();
  // A name the text reads as a person's once (区领导卢金华) is that person wherever it stands (卢金华要求).
  const people = new Set(segments.filter((segment) => segment.kind !== 'publisher').flatMap((segment) => personNames(segment.text)));
  const allIn = (segment: Segment) => all.get(segment) ?? all.set(segment, placeMentions(segment.text, withOrdinary(segment), people)).get(segment)!;
  const cache = new Map<Segment, PlaceMention[]>();
  const mentionsIn = (segment: Segment) => cache.get(segment) ?? cache.set(segment, withOrdinary(segment) ? allIn(segment).filter((m) => !m.ordinary) : allIn(segment)).get(segment)!;
  const named = institutionNames(segments, mentionsIn);
  const read = segments.filter((segment) => segment.kind !== 'publisher');
  // The area's own organs named more than once (立法会 …, 立法院 …): the text speaks as the area's, like 本港.
  // Each segment's organs read once, for this count and for its mentions below.
  const organs = new Map<Segment, AreaMention[]>();
  const organsIn = (segment: Segment) => organs.get(segment) ?? organs.set(segment, areaOrgansIn(segment.text)).get(segment)!;
  const ownOrgans = read.reduce((sum, segment) => sum + organsIn(segment).length, 0) >= 2;
  // Taiwan written of as the mainland writes of it (“台独”, 对台工作) twice: its topic, not its place.
  const taiwanTopic = read.reduce((sum, segment) => sum + (segment.text.match(TAIWAN_AS_TOPIC)?.length ?? 0), 0) >= 2;
  const whole = read.map((segment) => segment.text).join('\n');
  // The text speaks in a county's own voice: its own area's words once (我县, 县委…) or a county post without a place (，副县长吉海).
  const countyVoice = [...ownOnce].some((level) => COUNTY_VOICE.has(level)) || read.some((segment) => OWN_POST.test(segment.text));
  // The kinds of institution the text speaks as (全校, 我院): 校 or 院.
  const ownKinds = new Set([...whole.matchAll(OWN_INSTITUTION_WORD)].map((m) => m[0].at(-1)!));
  // Where a visiting party received at another place came from says nothing of the document.
  // …and so says where a party coming to the text's place came from (ARRIVAL): logged as region-arrival.
  const arrived = arrivalOrigins(read, mentionsIn);
  // A deputy's or member's home (全国政协委员的贵州省盘县…), logged as region-member-affiliation.
  const affiliated = new Set<string>();
  const visiting = new Set([...visitingOrigins(read, mentionsIn), ...delegationOrigins(read, mentionsIn), ...arrived]);
  for (const segment of segments) {
    if (segment.kind !== 'publisher') {
      for (const number of documentNumberProvinces(segment.text)) {
        evidence.push({ divisions: [number.division], tier: 'reference', organ: false, text: number.text, segment: segment.text });
      }
    }
    // A footer's field or a list of places names places without placing the document.
    if (segment.kind !== 'title' && segment.kind !== 'publisher' && (isFooterLine(segment.text) || isPlaceList(segment.text))) continue;
    // The segment's township lists, read once: their townships (bodyTownsIn) and their spans (below).
    const townLists = countyVoice ? townListIn(segment.text) : undefined;
    const mentions: AreaMention[] = [...mentionsIn(segment), ...organsIn(segment), ...areaOwnWordsIn(segment.text), ...shortNamesIn(segment.text), ...ownLevelNames(segment, own, allIn), ...townsIn(segment), ...townInstitutionsIn(segment), ...bodyTownsIn(segment, townLists), ...ownListedIn(segment), ...(traditional ? [...hongKongSharedIn(segment.text), ...taiwanSharedIn(segment)] : [])].sort((a, b) => a.index - b.index);
    if (mentions.length === 0) continue;
    const ledeStart = segment.kind === 'lede' ? (LEDE_OPENER.exec(segment.text)?.[0].length ?? 0) : 0;
    const trips = tripsIn(segment.text);
    const visitors = visitorsIn(segment.text);
    // The coming of an arriving party is no place (考察组来凤考察: 来 is the verb, not 来凤县's first character).
    const comings = new Set([...segment.text.matchAll(ARRIVAL)].map((m) => m.index + m[0].length));
    const hometowns = hometownsIn(segment.text, mentions);
    const affiliations = affiliationsIn(segment.text, mentions);
    for (const m of affiliations) affiliated.add(m.text);
    const listed = listedIn(segment.text, mentions);
    const branches = branchesIn(segment.text, mentions);
    const dateline = ['lede', 'title', 'front'].includes(segment.kind) ? DATELINE.exec(segment.text) : null;
    const directives: [number, number][] = segment.kind === 'publisher' ? [] : [...segment.text.matchAll(DIRECTIVE)].map((m) => [m.index, m.index + m[0].length]);
    const datelineEnd = dateline && dateline.index < 60 ? dateline.index + dateline[0].length : 0;
    const townSpans = townLists?.spans ?? [];
    for (const mention of mentions) {
      // A name inside a list of townships (高阳 in 国华、高阳…等乡镇) is the township's, not the county's of that name.
      if (!mention.bodyTown && townSpans.some(([from, to]) => mention.index >= from && mention.end <= to)) continue;
      if (trips.some((trip) => within(mention, trip.places))) {
        // A place the standard does not list (新北 stands for 台湾省) is no trip out of the division it stands for.
        for (const d of mention.divisions) if (namesItself(mention, d)) elsewhere.add(d.code);
        continue;
      }
      // Where visitors to the document's own body came from says nothing of the document.
      if (visitors.some((range) => within(mention, range))) continue;
      if (comings.has(mention.index + 1) && mention.text.startsWith('来')) continue;
      if (segment.kind !== 'publisher' && mention.divisions.some((d) => visiting.has(d.code))) continue;
      if (hometowns.has(mention) || affiliations.has(mention) || branches.inside.has(mention)) continue;
      if (taiwanTopic && !mention.areaOrgan && mention.divisions.every((d) => d.code === TAIWAN)) continue;
      if (!traditional && areaPassing(segment.text, mention)) continue;
      if (!mention.full && mention.divisions.every((d) => named.has(d))) continue;
      if (isNationalVenue(segment.text, mention.index, mention.end, mentions) || NATIONAL_MEDIUM.test(segment.text.slice(mention.index))) continue;
      if (DISTANCE.test(segment.text.slice(0, mention.index)) || listed.has(mention)) continue;
      const representing = segment.kind !== 'publisher' && speaksFor(segment.text, mention);
      // An institution the text only mentions counts as a passing mention, however early it stands.
      // A directive the text follows (根据赤峰市政府春节放假安排): its authority's place is on the document's line.
      const directed = !representing && directives.some((range) => within(mention, range));
      const tier = mention.listedInstitution && segment.kind === 'closing' ? 'issuer' : representing ? 'issuer' : directed ? 'reference' : isMentionedInstitution(mention, segment, ledeStart) ? 'body' : tierOf(segment, mention, mentions, datelineEnd);
      if (!tier) continue;
      // The lede's event named after its place with its edition is what the text reports: as strong as the title.
      const ownEvent = tier === 'lede' && ownEventOf(segment.text, mention);
      // Recipients are below the sender: they tell the sender's area, not themselves.
      // A zone named after a place (六盘水高新区) is inside it: the sender is that place.
      const recipient = segment.kind === 'addressee' && !ZONE.test(segment.text.slice(mention.end));
      // A province among the recipients (…直辖市及新疆生产建设兵团卫生健康委：) has the nation above it: no place.
      if (recipient && mention.divisions.every((d) => parentOf(d) === undefined)) continue;
      const branch = branches.county.get(mention);
      const divisions = branch ? [branch] : recipient ? unique(mention.divisions.map((d) => parentOf(d) ?? d)) : mention.divisions;
      const organ = segment.kind === 'addressee' || representing || (tier === 'issuer' && (segment.kind === 'lede' || opensWithOrgan(segment.text, mention, mentions) || (segment.kind === 'closing' && signsWithPlace(segment.text, mention, mentions))));
      // A local document names its own place at its own level or just above; a province
      // named on its own in a county's or city's text is as often another one (湖北返程人员).
      // A city the standard does not list (新北市 for 台湾省) fits by its own level, written in its name.
      const fits = divisions.some((d) => (recipient || namesItself(mention, d) ? fitsOwn(d, own) : own.has(mention.text.at(-1)!)));
      // A county's short name of another kind than the document's own county-level
      // area (张店区 in a 县's report: 魏庄至张店段道路) is a passing name, not the document's place.
      const local: Tier | undefined = fits ? 'own-area' : divisions.every((d) => d.level === 'province') || disagreesWithOwn(mention, divisions, own) ? undefined : 'local';
      // 本港, 全澳 in the body: the document's own area, like 全县 with its county.
      // A body's township in a county's own voice is that county's own area (bodyTownsIn).
      const promoted: Tier = ownEvent || (mention.townInstitution && tier === 'body') ? 'title' : mention.bodyTown ? 'own-area' : tier === 'body' && (mention.ownWord || (mention.areaOrgan && ownOrgans)) ? 'own-area' : tier === 'body' && own.size > 0 ? (local ?? 'body') : tier;
      const also = tier === 'lede' && own.size > 0 ? local : undefined;
      const owned = ownerScope(segment.text, mention, mentions);
      const lift = owned ?? meetingScope(segment.text, mention, own);
      const leading = tier === 'lede' && (isLedeSubject(segment.text, mention) || trips.some((trip) => within(mention, trip.party)));
      const nested = mentions.some((m) => m.end === mention.index && m.divisions.some((p) => divisions.some((d) => ancestorsOf(d).includes(p))));
      const located = LOCATED.test(segment.text.slice(Math.max(0, mention.index - 4), mention.index));
      const township = divisions.every((d) => d.level === 'county') && TOWNSHIP_AFTER.test(segment.text.slice(mention.end));
      const ownOrgan = segment.kind !== 'publisher' && namesOwnBody(segment.text, mention, whole);
      const forPlace = segment.kind !== 'publisher' && forThePlace(segment.text, mention);
      // A publisher's field naming an institution of the kind the text speaks as (临沂市中心医院 over 我院召开…): its own.
      const ownKind = ownInstitution(segment.text, mention, ownKinds);
      evidence.push({ divisions, tier: promoted, organ, text: mention.text, segment: segment.text, ...(mention.town ? { town: true } : {}), ...(mention.townInstitution ? { townInstitution: true } : {}), ...(mention.bodyTown ? { bodyTown: true } : {}), ...(mention.areaOrgan ? { areaOrgan: true } : {}), ...(mention.areaRule ? { areaRule: mention.areaRule } : {}), ...(mention.homonym ? { homonym: mention.homonym } : {}), ...(mention.taiwanTown ? { taiwanTown: true } : {}), ...(ownEvent ? { ownEvent } : {}), ...(lift ? { lift } : {}), ...(owned ? { heldAt: true } : {}), ...(leading ? { leading } : {}), ...(nested ? { nested } : {}), ...(located ? { located } : {}), ...(township ? { township } : {}), ...(also ? { also } : {}), ...(mention.institution ? { institution: true } : {}), ...(segment.site ? { site: true } : {}), ...(segment.section !== undefined ? { section: segment.section } : {}), ...(ownOrgan ? { ownOrgan } : {}), ...(forPlace ? { forPlace } : {}), ...(ownKind ? { ownInstitution: true } : {}), ...(segment.speakerPost ? { speakerPost: true } : {}), ...(mention.listedInstitution ? { listedInstitution: true } : {}) });
    }
  }
  evidence.push(...sharedTownsIn(segments, evidence));
  return { evidence: uncontradicted(evidence), elsewhere, arrived: [...arrived].map((code) => divisionByCode(code)!).filter(Boolean), affiliated: [...affiliated] };
}

/**
 * A township name several townships bear (西城镇, 官亭镇) where townsIn reads one
 * township's (the title, front lines, lede or signature: the text's own place)
 * names no county by itself; but where the text names one of the counties that
 * hold such a township, and no other, the township is that county's and the
 * county the text's (县委书记…到西城镇 with 沙厦高速尤溪西互通: 尤溪县, yxxww.cn;
 * 官亭镇调度秸秆禁烧工作 under the banner 巨鹿人民政府网站: 巨鹿县, julu.gov.cn
 * unseen26). Read at the tier of the segment it stands in, as a township
 * (`town`: other provinces' evidence outweighs it), rule id `region-shared-town`.
 */
function sharedTownsIn(segments: Segment[], evidence: Evidence[]): Evidence[] {
  const named = new Set(evidence.filter((e) => e.divisions.length === 1 && e.divisions[0]!.level === 'county').map((e) => e.divisions[0]!.code));
  if (named.size === 0) return [];
  const out: Evidence[] = [];
  for (const segment of segments) {
    if (!TOWN_SEGMENTS.has(segment.kind) || segment.kind === 'publisher') continue;
    for (const town of sharedTownMentions(segment.text)) {
      const held = [...town.counties].filter((code) => named.has(code));
      const county = held.length === 1 ? divisionByCode(held[0]!) : undefined;
      if (county?.level !== 'county') continue;
      const tier: Tier = segment.kind === 'title' || segment.kind === 'front' ? 'title' : segment.kind === 'closing' ? 'issuer' : 'lede';
      out.push({ divisions: [county], tier, organ: false, text: town.text, segment: segment.text, town: true, sharedTown: true, ...(tier === 'lede' ? { leading: true } : {}) });
    }
  }
  return out;
}

/**
 * The mention opens the name of an event with its edition, the edition written
 * right after it (古县第十二届…文化旅游节, 中国·绩溪第六届油菜花文化旅游节, 安岳县2015年…运动会)
 * or right before it (第六届黔西南州旅游产业发展大会, 2021年嘉鱼县中小学生田径赛), the
 * event's word closing the name within the clause: the place's own event
 * (region-cues.ts OWN_EVENT_*). Not one the text's people go to (参加2021年市运会);
 * a trip's places (赴…参加) are left out before this is asked.
 */
function ownEventOf(text: string, mention: PlaceMention): boolean {
  const after = text.slice(mention.end);
  const before = text.slice(Math.max(0, mention.index - 16), mention.index).replace(/[“"·]$/u, '');
  const editionAfter = OWN_EVENT_EDITION_AFTER.exec(after);
  const editionBefore = editionAfter ? null : OWN_EVENT_EDITION_BEFORE.exec(before);
  if (!editionAfter && !editionBefore) return false;
  if (!OWN_EVENT_WORD.test(editionAfter ? after.slice(editionAfter[0].length) : after)) return false;
  return !EVENT_ATTENDED.test(editionBefore ? before.slice(0, editionBefore.index) : before);
}

/**
 * A shared name (鼓楼, 西安, 河北) is read in the light of the names the
 * document gives unambiguously: a candidate whose parent is named wins (徐州
 * picks 徐州's 鼓楼区 over 南京's), then one in a named province. Without
 * context a province or prefecture wins over counties of the same name (西安市
 * over 西安区, 河北省 over 天津's 河北区); otherwise only what the candidates
 * have in common is kept.
 */
export function disambiguate(evidence: Evidence[]): void {
  resolveShared(evidence);
  // A wider meeting held at the place is evidence of the area of its level around it.
  for (const e of evidence) {
    const [place] = e.divisions;
    if (e.lift && place && e.divisions.length === 1) e.divisions = [[place, ...ancestorsOf(place)].find((a) => e.lift!.has(a.name.at(-1)!)) ?? place];
  }
}

/**
 * The document's own references fix the kind of its area (县一中, 全县, 县委:
 * a 县). A county's short name that is also a word (竹溪/nz) counts as a place
 * when it names a division of that kind and no other (竹溪教育 in a 县一中
 * report: 竹溪县); the segmenter has already ruled out a piece of a longer word
 * and a person's name.
 */
function ownLevelNames(segment: Segment, own: Set<string>, withOrdinary: (segment: Segment) => PlaceMention[]): PlaceMention[] {
  if (own.size === 0 || segment.kind === 'publisher') return [];
  return withOrdinary(segment).flatMap((m) => {
    if (!m.ordinary) return [];
    const divisions = m.divisions.filter((d) => fitsOwn(d, own));
    return divisions.length === 1 ? [{ ...m, divisions }] : [];
  });
}

/**
 * A short name (not written with its level) whose every reading is a county of
 * another kind than the document's own county-level area (own 县, the name a 区).
 */
function disagreesWithOwn(mention: PlaceMention, divisions: Division[], own: Set<string>): boolean {
  if (mention.full || own.size === 0 || ![...own].every((s) => COUNTY_SUFFIX.has(s))) return false;
  return divisions.every((d) => d.level === 'county' && !fitsOwn(d, own));
}
const COUNTY_SUFFIX = new Set(['县', '区', '旗']);

/**
 * In a text written in traditional characters, 金门县 and 连江县 are the
 * counties Taiwan administers (金门县政府, 连江县第8届县长), so 台湾省 — unless
 * the text names the Fujian city the standard lists them under (福州市连江县).
 * A Taiwan township a mainland township shares (taiwanSharedIn) is dropped
 * where the text names a place in another province: the mainland's town.
 */
export function readAsTaiwan(evidence: Evidence[]): void {
  const named = new Set(evidence.flatMap((e) => (e.divisions.length === 1 && !isTaiwanAdministered(e.divisions[0]!) ? [e.divisions[0]!, ...ancestorsOf(e.divisions[0]!)] : [])));
  for (const e of evidence) {
    const [county] = e.divisions;
    if (e.divisions.length === 1 && county && isTaiwanAdministered(county) && !named.has(parentOf(county)!)) e.divisions = [taiwanProvince()];
  }
  const elsewhere = evidence.some((e) => e.divisions.length === 1 && e.divisions[0]!.province !== taiwanProvince().code);
  if (elsewhere) for (let i = evidence.length - 1; i >= 0; i--) if (evidence[i]!.taiwanTown) evidence.splice(i, 1);
}

/**
 * A Hong Kong place read in a traditional text (沙田, 湾仔) is the mainland town
 * of its name where the text names the city that town lies in (沙田镇在东莞市西南部,
 * 湾仔是珠海市香洲区所辖的一个街道): the mention is dropped, as readAsTaiwan keeps
 * 连江县 in 福州市.
 */
export function readAsHongKong(evidence: Evidence[]): void {
  // A name that is also a mainland division's (长洲, 梧州's 长洲区) is read both ways at once: that reading names nothing of the city.
  const homonyms = new Map(evidence.filter((e) => e.homonym).map((e) => [e.text, e.homonym!]));
  const named = new Set(evidence.flatMap((e) => (e.divisions.length === 1 && e.divisions[0]!.code !== '810000' && !homonyms.has(e.text) ? [e.divisions[0]!, ...ancestorsOf(e.divisions[0]!)].map((d) => d.code) : [])));
  for (let i = evidence.length - 1; i >= 0; i--) if (evidence[i]!.homonym && named.has(evidence[i]!.homonym!)) evidence.splice(i, 1);
  // …and where Hong Kong's reading stays, the mainland division's of the same name goes.
  const kept = new Set(evidence.filter((e) => e.homonym).map((e) => e.text));
  for (let i = evidence.length - 1; i >= 0; i--) {
    const e = evidence[i]!;
    const city = kept.has(e.text) && !e.homonym ? homonyms.get(e.text) : undefined;
    if (city && e.divisions.length === 1 && [e.divisions[0]!, ...ancestorsOf(e.divisions[0]!)].some((d) => d.code === city)) evidence.splice(i, 1);
  }
}

function resolveShared(evidence: Evidence[]): void {
  const known = new Set<string>();
  for (const e of evidence) if (e.divisions.length === 1) for (const d of [e.divisions[0]!, ...ancestorsOf(e.divisions[0]!)]) known.add(d.code);
  for (const e of evidence) {
    if (e.divisions.length < 2) continue;
    // An organ both SARs have (立法会) is the one's the text names.
    const namedAreas = e.divisions.filter((d) => d.level === 'province' && known.has(d.code));
    if (e.divisions.every((d) => d.level === 'province') && namedAreas.length === 1) {
      e.divisions = namedAreas;
      continue;
    }
    const byParent = e.divisions.filter((d) => known.has(parentOf(d)?.code ?? ''));
    const byProvince = e.divisions.filter((d) => d.level !== 'province' && known.has(d.province));
    const inContext = byParent.length > 0 ? byParent : byProvince;
    if (inContext.length === 1) {
      e.divisions = inContext;
      continue;
    }
    const pool = inContext.length > 0 ? inContext : e.divisions;
    const top = Math.min(...pool.map((d) => RANK[d.level]));
    const highest = pool.filter((d) => RANK[d.level] === top);
    if (highest.length === 1 && top < RANK.county) e.divisions = highest;
    else {
      const common = commonAncestor(pool);
      e.divisions = common ? [common] : [];
    }
  }
}

export function ancestorsOf(division: Division): Division[] {
  const out: Division[] = [];
  for (let d = parentOf(division); d; d = parentOf(d)) out.push(d);
  return out;
}

function commonAncestor(divisions: Division[]): Division | undefined {
  const [first, ...rest] = divisions;
  if (!first) return undefined;
  return [first, ...ancestorsOf(first)].find((candidate) => rest.every((d) => d === candidate || ancestorsOf(d).includes(candidate)));
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
