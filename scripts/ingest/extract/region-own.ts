// The text's own place told from a place it only mentions, by a logistic model over
// the role each candidate plays in the text (scripts/eval/fit-region-own.ts fits it
// on the development sets, leaving one site out; region-own-model.json holds the
// weights and the margin). The region stage asks it only to fill a level its rules
// leave empty: the rules hold back on a place the text names once or twice in
// passing (建设具有王益特色的…, 以乐清的稳和进为温州…), and the model tells such a
// place from a seat of a higher organ (安庆市委…全会精神), a visit's destination
// (总书记在广西考察) or one example among several.
import { readFileSync } from 'node:fs';
import { parentOf, type Division } from './divisions.ts';
import { ancestorsOf, type Evidence, type Tier } from './region-evidence.ts';
import { fitsOwn, type Segment } from './region-segments.ts';

const TIERS: Tier[] = ['issuer', 'title', 'publisher', 'lede', 'reference', 'own-area', 'local', 'body'];
const FLAGS = ['organ', 'leading', 'nested', 'located', 'township', 'institution', 'site', 'ownOrgan', 'forPlace', 'ownInstitution', 'town', 'areaOrgan'] as const;

/** The place qualifies an organ or a post (乐清市委, 王益区人民政府, 黑山县长): the issuer's or the speaker's own place, or an organ above it. */
const POST_AFTER = /^(?:[市县区州旗盟省]?(?:委|政府|人大|政协|纪委|人民政府|党委|党工委)|[市县区州旗]?(?:长|委书记)|(?:市|县|区)?(?:委员会|人民法院|人民检察院|公安局))/u;
/** The place is what the text's own work is for or about (王益特色, 环翠品牌, 乐清担当, 在襄州落实, 富美秀屿新图景). */
const ATTRIBUTE_AFTER = /^(?:的)?(?:特色|品牌|担当|实际|发展|建设|人民|经济|大地|新图景|高质量|落实|落地|的稳|各项)/u;
/** A destination: the place follows a verb of going (赴, 前往, 来到) within a few characters. */
const DESTINATION_BEFORE = /(?:赴|前往|来到|走进|去往|抵达|到访|访问|出访|远赴)[^，。；、]{0,3}$/u;
/** Someone's visit to the place (总书记在广西考察时的讲话): its topic, not the text's place. */
const VISITED_AFTER = /^[^，。；]{0,4}(?:考察|视察|调研|访问|参观)/u;
/** A venue: 在 + the place + … 召开/举行 within the clause. */
const VENUE = /^[^，。；]{0,20}(?:召开|举行|举办|开幕|闭幕)/u;
/** An example: 如, 例如, 比如, 像 before it, or 等 after it. */
const EXAMPLE_BEFORE = /(?:如|例如|比如|像|诸如|包括)$/u;
const EXAMPLE_AFTER = /^[^，。；]{0,6}等/u;
/** A visitor's home: the place names the party that comes (武汉市政协副主席李富生一行, 台湾参访团, 睢阳区四大家考察团). */
const GUEST_AFTER = /^[^，。；、]{0,12}?(?:一行|考察团|代表团|参访团|访问团|观摩团|客商)/u;
const GUEST_BEFORE = /来自$/u;
/** A national text: a central organ acts or is cited (国务院, 中共中央, 全国人大, 国家…部/局/委). */
const NATIONAL = /国务院|中共中央|党中央|全国人大|全国政协|国家[^，。；、]{0,6}(?:部|局|委员会)/u;
/** An authority the text follows (安庆市委十一届十次全体会议精神, 温州市十四届人大一次会议精神, 根据…部署). */
const AUTHORITY_AFTER = /^[^，。；]{0,16}(?:精神|部署|要求|决策|指示|安排)/u;

export interface OwnCandidate {
  division: Division;
  features: Record<string, number>;
}

export interface OwnModel {
  features: string[];
  weights: number[];
  bias: number;
  /** The probability a fill needs, the lowest at which, leaving sites out, fills turn right four times as many fields as they turn wrong. */
  margin: number;
  /** The fill of a page the rules leave empty (fitted on every candidate, `norules` set on such pages), with its own margin. */
  top?: Omit<OwnModel, 'top'>;
}

const under = (d: Division, a: Division) => ancestorsOf(d).includes(a);
const inside = (text: string, at: number) => {
  const open = text.lastIndexOf('《', at);
  return open !== -1 && text.indexOf('》', open) > at;
};

/** Where each of the mention's occurrences stands in its segment. */
function occurrences(e: Evidence): number[] {
  const at: number[] = [];
  for (let i = e.segment.indexOf(e.text); i !== -1; i = e.segment.indexOf(e.text, i + 1)) at.push(i);
  return at.length ? at : [0];
}

/** The context roles of a mention's occurrences. */
function roles(e: Evidence): Set<string> {
  const found = new Set<string>();
  for (const at of occurrences(e)) {
    const before = e.segment.slice(Math.max(0, at - 8), at);
    const after = e.segment.slice(at + e.text.length, at + e.text.length + 24);
    if (POST_AFTER.test(after)) found.add('post');
    if (ATTRIBUTE_AFTER.test(after)) found.add('attribute');
    if (DESTINATION_BEFORE.test(before)) found.add('destination');
    if (/在$/.test(before) && VISITED_AFTER.test(after)) found.add('visited');
    if (/在$/.test(before) && VENUE.test(after)) found.add('venue');
    if (EXAMPLE_BEFORE.test(before) || EXAMPLE_AFTER.test(after)) found.add('example');
    if (AUTHORITY_AFTER.test(after) && !/我$/.test(before)) found.add('authority');
    if (inside(e.segment, at)) found.add('document');
    if (GUEST_AFTER.test(after) || GUEST_BEFORE.test(before)) found.add('guest');
    // One item of a list of places (赴山东、江苏、河南等地): 、 on either side.
    if (/、$/.test(before) || /^、/.test(after)) found.add('listed');
  }
  return found;
}

const log1p = (n: number) => Math.log(1 + n);

/**
 * Every place the evidence names, and every place above one, with the features of
 * its role in the text: its own mentions (tiers, the gather stage's readings, the
 * context around each), the mentions of places below it, its share among the
 * places of its level under the same parent, the document's own-area words at
 * its level, its spread over the body.
 */
export function ownCandidates(evidence: Evidence[], segments: Segment[], own: Set<string>, type: string | undefined): OwnCandidate[] {
  const usable = evidence.filter((e) => e.divisions.length === 1);
  const places = new Set<Division>();
  for (const e of usable) for (const d of [e.divisions[0]!, ...ancestorsOf(e.divisions[0]!)]) places.add(d);
  const body = segments.filter((s) => s.kind === 'lede' || s.kind === 'body');
  const supportOf = (d: Division) => usable.filter((e) => e.divisions[0] === d || under(e.divisions[0]!, d));
  const total = usable.length || 1;
  const national = segments.some((s) => s.kind !== 'publisher' && NATIONAL.test(s.text));
  const out: OwnCandidate[] = [];
  for (const d of places) {
    const self = usable.filter((e) => e.divisions[0] === d);
    const support = supportOf(d);
    const below = support.length - self.length;
    const parent = parentOf(d);
    const siblings = [...places].filter((p) => p !== d && p.level === d.level && parentOf(p) === parent);
    const siblingSupport = siblings.reduce((sum, p) => sum + supportOf(p).length, 0);
    const f: Record<string, number> = {};
    f[`level:${d.level}`] = 1;
    f.self = log1p(self.length);
    f.below = log1p(below);
    f.share = support.length / total;
    f.levelShare = support.length / (support.length + siblingSupport);
    f.rivals = log1p(siblings.length);
    f.parentNamed = parent && usable.some((e) => e.divisions[0] === parent) ? 1 : 0;
    for (const t of TIERS) {
      if (self.some((e) => e.tier === t || e.also === t)) f[`tier:${t}`] = 1;
      if (support.some((e) => e.divisions[0] !== d && (e.tier === t || e.also === t))) f[`below:${t}`] = 1;
    }
    for (const flag of FLAGS) if (self.some((e) => e[flag])) f[`flag:${flag}`] = 1;
    const seen = new Map<string, number>();
    for (const e of self) for (const r of roles(e)) seen.set(r, (seen.get(r) ?? 0) + 1);
    for (const [r, n] of seen) f[`role:${r}`] = n / self.length;
    if (self.some((e) => e.text.length < d.name.length)) f.short = 1;
    if (d.level !== 'province' && own.size > 0 && fitsOwn(d, own)) f.ownLevel = 1;
    if (own.size > 0) f.ownWords = 1;
    const inBody = body.filter((s) => support.some((e) => e.segment === s.text)).length;
    f.spread = body.length ? inBody / body.length : 0;
    if (body.length > 1 && support.some((e) => e.segment === body.at(-1)!.text)) f.last = 1;
    if (type) f[`type:${type}`] = 1;
    // How many positions agree on the place (title, lede, publisher, body…), and the province the text's 我省/全省 speaks of.
    f.tiers = new Set(support.flatMap((e) => (e.also ? [e.tier, e.also] : [e.tier]))).size;
    if (d.level === 'province' && own.size > 0 && fitsOwn(d, own)) f.ownProvince = 1;
    // The capital seats the national organs a national text names (国务院, 全国人大): 北京 there is no own place.
    if (d.code === '110000') f.capital = 1;
    if (national) f.national = 1;
    out.push({ division: d, features: f });
  }
  return out;
}

let loaded: OwnModel | undefined;
export function ownModel(): OwnModel {
  return (loaded ??= JSON.parse(readFileSync(new URL('./region-own-model.json', import.meta.url), 'utf8')) as OwnModel);
}

export function ownProbability(model: OwnModel, features: Record<string, number>): number {
  let z = model.bias;
  model.features.forEach((name, i) => (z += (features[name] ?? 0) * model.weights[i]!));
  return 1 / (1 + Math.exp(-z));
}

/**
 * The levels below `node` (the rules' most specific place) the model fills: at
 * each level the candidate whose parent is the node and that scores highest,
 * while it scores at least the margin. Nothing without a node: at the top, body
 * mentions are a national text's examples as often as its own place (docs/eval.md,
 * regionchoose and placefill), and the model is fitted below a place only.
 */
export function ownFill(candidates: OwnCandidate[], node: Division | undefined, model: OwnModel, margin = model.margin): { division: Division; p: number }[] {
  const steps: { division: Division; p: number }[] = [];
  if (!node) return steps;
  for (let at = node; ; ) {
    const next = candidates.filter((c) => parentOf(c.division) === at);
    if (next.length === 0) break;
    const scored = next.map((c) => ({ division: c.division, p: ownProbability(model, c.features) })).sort((a, b) => b.p - a.p);
    if (scored[0]!.p < margin) break;
    steps.push(scored[0]!);
    at = scored[0]!.division;
  }
  return steps;
}

/**
 * A page the rules leave empty: the province that scores highest under the top
 * model, then the levels under it, each while it scores at least the top margin
 * (chosen leaving sites out at 4:1; docs/eval.md, thirty-third session: regionfill).
 */
export function ownFillTop(candidates: OwnCandidate[], model: OwnModel): { division: Division; p: number }[] {
  const steps: { division: Division; p: number }[] = [];
  const top = model.top;
  if (!top) return steps;
  for (let at: Division | undefined; ; ) {
    const next = candidates.filter((c) => parentOf(c.division) === at);
    if (next.length === 0) break;
    const scored = next.map((c) => ({ division: c.division, p: ownProbability(top as OwnModel, { ...c.features, norules: 1 }) })).sort((a, b) => b.p - a.p);
    if (scored[0]!.p < top.margin) break;
    steps.push(scored[0]!);
    if (scored[0]!.division.level === 'county') break;
    at = scored[0]!.division;
  }
  return steps;
}
