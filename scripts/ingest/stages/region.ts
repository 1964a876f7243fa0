// Stage: region — where the document was given or issued, as standard
// division names with the GB/T 2260 code of the most specific level.
//
// Evidence: place names in the title, the front lines (attributions such as
// 《徐州日报》, bylines), the publisher when it is a government, Party or
// news organ (赣州市人民政府网站, 平遥县委办公室 — a forum or a company is not
// evidence), and the text, and the document's references to its own
// level (全区, 我县, 区委, 全市 …), which say how far down to go. Each mention
// supports its division and every division above it; a name shared by several
// divisions (鼓楼) supports one of them only when the text also names its
// parent, and otherwise only what they have in common. A level is filled only
// when one candidate clearly dominates it: an unsure level is left out, never
// guessed. Removed page chrome is not read.
import type { IngestFile, Region } from '../types.ts';
import { divisionByCode, parentOf, type Division, type Level } from '../extract/divisions.ts';
import { placeMentions } from '../extract/place-mentions.ts';

/** Title and front lines say where a document is from more surely than a passing mention. */
const WEIGHT = { title: 3, front: 3, text: 1 } as const;
/** The share of a level's support a candidate needs to be taken. */
const DOMINANCE = 2 / 3;

const LEVELS: Level[] = ['province', 'city', 'county'];
/** A publisher whose name says where it is: a government, Party or news organ. */
const ORGAN = /人民政府|政府|[省市县区州旗]委|纪委|监委|人大|政协|办公[室厅]|宣传部|组织部|融媒体中心|日报|晚报|广播电视台|电视台|新闻网/;
/** A venue of a national event (在北京召开的全国…会议) says where that event was, not this document. */
const NATIONAL_VENUE = /^(?:召开|举行|举办)/;
const NATIONAL = /全国|中央|国务院/;

/** 全市, 我县, 本区: the document speaking of its own area. */
const OWN_AREA: Record<Level, RegExp> = { province: /[全我本]省/, city: /[全我本][市州盟]/, county: /[全我本][县区旗]/ };
/** 市委, 县政府: the document's own or a superior government; the lowest one named is the document's. */
const GOVERNMENT: Record<Level, RegExp> = {
  province: /省(委|政府|人民政府)/,
  city: /[市州盟](委|政府|人民政府)/,
  county: /(?<!自治)[县区旗](委|政府|人民政府)/,
};

interface Support {
  total: Map<string, number>;
  /** Weight of mentions of the division itself, not of places inside it. */
  direct: Map<string, number>;
}

export function extractRegion(file: IngestFile): void {
  const { meta, front, blocks } = file.data;
  const publisher = meta.source?.name && ORGAN.test(meta.source.name) ? [meta.source.name] : [];
  const segments = [
    { text: meta.title ?? '', weight: WEIGHT.title, addressee: false },
    ...[...front, ...publisher].map((text) => ({ text, weight: WEIGHT.front, addressee: false })),
    ...blocks.map((b) => ({ text: b.text, weight: WEIGHT.text, addressee: b.part === 'notice' && isAddressee(b.text) })),
  ];
  const support = gather(segments);
  const allText = segments.map((s) => s.text).join('\n');
  const region = resolve(support, ownLevel(allText, support));
  if (region) meta.region = region;
}

/** A notice's addressee line (伊犁哈萨克自治州，各地、州、市卫生局，…：) names the recipients, not the sender. */
function isAddressee(text: string): boolean {
  return /[：:]$/.test(text) && /[，、,]/.test(text) && !/[。！？]/.test(text);
}

function gather(segments: { text: string; weight: number; addressee: boolean }[]): Support {
  const support: Support = { total: new Map(), direct: new Map() };
  const add = (division: Division, weight: number) => {
    support.direct.set(division.code, (support.direct.get(division.code) ?? 0) + weight);
    for (let d: Division | undefined = division; d; d = parentOf(d)) support.total.set(d.code, (support.total.get(d.code) ?? 0) + weight);
  };
  const ambiguous: { divisions: Division[]; weight: number }[] = [];
  for (const segment of segments) {
    for (const mention of placeMentions(segment.text)) {
      if (isNationalVenue(segment.text, mention.index, mention.end)) continue;
      // Recipients are below the sender: they tell the sender's area, not themselves.
      const divisions = segment.addressee ? unique(mention.divisions.map((d) => parentOf(d) ?? d)) : mention.divisions;
      if (divisions.length === 1) add(divisions[0]!, segment.weight);
      else ambiguous.push({ divisions, weight: segment.weight });
    }
  }
  // A shared name is read in the light of the unambiguous mentions.
  const known = new Map(support.total);
  for (const { divisions, weight } of ambiguous) {
    // The nearest named ancestor decides: 徐州 picks 徐州's 鼓楼区 over 南京's, though both are in 江苏.
    const byParent = divisions.filter((d) => known.has(parentOf(d)?.code ?? ''));
    const byProvince = divisions.filter((d) => d.level !== 'province' && known.has(d.province));
    const inContext = byParent.length > 0 ? byParent : byProvince;
    if (inContext.length === 1) add(inContext[0]!, weight);
    else {
      const common = commonAncestor(inContext.length > 0 ? inContext : divisions);
      if (common) add(common, weight);
    }
  }
  return support;
}

function isNationalVenue(text: string, start: number, end: number): boolean {
  if (text[start - 1] !== '在' || !NATIONAL_VENUE.test(text.slice(end))) return false;
  const sentence = text.slice(text.lastIndexOf('。', start) + 1, (text.indexOf('。', end) + 1 || text.length + 1) - 1);
  return NATIONAL.test(sentence);
}

/** The lowest level at which the document speaks of its own area or government; undefined when it never does. */
function ownLevel(text: string, support: Support): Level | undefined {
  const lowest = (patterns: Record<Level, RegExp>) => [...LEVELS].reverse().find((level) => patterns[level].test(text));
  const level = lowest(OWN_AREA) ?? lowest(GOVERNMENT);
  // In an autonomous region 全区 and 我区 mean the region itself, unless a district government is named.
  if (level === 'county' && /自治区/.test(text) && !GOVERNMENT.county.test(text) && !/[全我本][县旗]/.test(text)) {
    const province = leader(support, (d) => d.level === 'province');
    if (province?.name.endsWith('自治区')) return 'province';
  }
  return level;
}

function resolve(support: Support, own: Level | undefined): Region | undefined {
  const province = leader(support, (d) => d.level === 'province');
  if (!province) return undefined;
  const city = own === 'province' ? undefined : leader(support, (d) => d.level === 'city' && d.province === province.code);
  const county = own === 'province' || (own === 'city' && city) ? undefined : countyOf(support, province, city, own);
  if (county?.city && !city) return { province: province.name, code: province.code }; // its city was unclear: a county would be a guess
  return {
    province: province.name,
    ...(city ? { city: city.name } : {}),
    ...(county ? { county: county.name } : {}),
    code: (county ?? city ?? province).code,
  };
}

function countyOf(support: Support, province: Division, city: Division | undefined, own: Level | undefined): Division | undefined {
  const county = leader(support, (d) => d.level === 'county' && d.province === province.code && (!city || d.city === city.code));
  if (!county) return undefined;
  // 全市 in a county-level city directly under its province (仙桃市) speaks of that city.
  if (own === 'city') return !county.city && county.name.endsWith('市') ? county : undefined;
  // Without the document naming its own county-level area, a county is taken
  // only from the title or the front lines.
  return own === 'county' || (support.direct.get(county.code) ?? 0) >= WEIGHT.title ? county : undefined;
}

/** The division with the dominant share of support among those that pass the filter. */
function leader(support: Support, filter: (d: Division) => boolean): Division | undefined {
  const candidates = [...support.total]
    .map(([code, weight]) => ({ division: divisionByCode(code)!, weight }))
    .filter(({ division }) => filter(division))
    .sort((a, b) => b.weight - a.weight);
  const total = candidates.reduce((sum, c) => sum + c.weight, 0);
  const [first] = candidates;
  return first && first.weight >= total * DOMINANCE ? first.division : undefined;
}

function ancestors(division: Division): Division[] {
  const out: Division[] = [];
  for (let d = parentOf(division); d; d = parentOf(d)) out.push(d);
  return out;
}

function commonAncestor(divisions: Division[]): Division | undefined {
  const [first, ...rest] = divisions;
  if (!first) return undefined;
  return [first, ...ancestors(first)].find((candidate) => rest.every((d) => d === candidate || ancestors(d).includes(candidate)));
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
