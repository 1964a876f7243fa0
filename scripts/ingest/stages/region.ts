// Stage: region — where the document comes from or is about, at the most
// specific level the text establishes, as GB/T 2260 names with the code of the
// most specific level; the levels above it are filled in from the standard.
//
// Evidence, strongest first (each is a tier; the log names the one that
// decided each level, rule id `region-<tier>`):
//   issuer     an organ named after its place opening the title, a front line,
//              a cover notice or a signature line (太湖县人民政府关于…,
//              河南省人民政府副省长 徐济超, 汉阴县人民政府办公室); a notice's
//              addressees, whose sender is the place above them; a school or
//              hospital named after its prefecture or county that the speaker
//              represents (我代表黄冈中学). An issuer
//              also fixes the level: nothing below it is looked for.
//   title      any other place in the title or the front lines, and the lede's event
//              named after its place with its edition (古县第十二届…文化旅游节)
//   publisher  the source or site name, unless it is a company, an essay or
//              forum site, or a national organ
//   lede       the first paragraph of the body, a newswire's dateline apart
//              (it says where the story was filed, not what it is about)
//   reference  a document number opening with a province's abbreviation
//              (鲁政办发〔〕32号): the text follows or is that province's document;
//              a directive the text follows (根据赤峰市政府春节放假安排): its authority's place
//   own-area   in a document that speaks of its own area more than once (全县,
//              我市, 区委), the places it names at that level (县 for 全县; 市 fits
//              a prefecture and a county-level city alike), a county's short
//              name that jieba knows as a rare proper name among them (竹溪教育
//              with 县一中, 全县: 竹溪县) …
//   local      … and then any place it names, but for a county's short name of
//              another kind than its own county-level area (张店, a 区, in a 县's
//              report), which is a passing name
//   body       repeated mentions in the body of one place only, only to go
//              below a place established by a tier above: alone they
//              establish nothing, and several places are examples of the one above;
//              except in a text that names no other place at all, whose
//              prefecture or county is named three times (an interview, a feature
//              opening with a quotation), or whose places, three mentions or
//              more on separate lines, all lie in one province: that province;
//              or whose only place opens the name of an institution of the kind
//              it speaks as (代表全校 … 山东大学): that place, even a province.
// A lede's only place named once is its subject when the text's relative
// references, even one, are of its kind (市人民法院 … 泰兴邮政局: 泰兴市). Below a
// place, a lede's county named no more often than each of two other counties of
// that place is one of a round-up's examples, not the subject (惠安县 beside 丰泽区
// and 晋江市 under 泉州市; 乡宁 beside 浮山 and 吉县 under 临汾市).
// Each level is taken from the strongest tier that names places under the
// level above, when one of them has two thirds of that tier's mentions;
// otherwise it and the levels below stay empty. A document that speaks of its
// own area is not taken below that area by the weaker tiers (全市 stops at the
// city, whatever counties it lists). Not evidence: the places the document's
// people travel to (赴广德市学习考察 — those places are discounted in the whole
// text), the venue of a national event, a name inside a person's name, the
// recipients in an addressee list. A title announcing a round-up of several places
// (江苏多地…, 各地区各部门…) keeps the region at the places it names itself. Of the removed page chrome only the info
// lines naming the organ behind the page, the site's header and a field that is an organ or medium named after its
// place (in the chrome or among the banner lines the structure stage set aside above the title) are read.
// A county or city printed by a name GB/T 2260 no longer lists (户县, 彬县, 襄樊市) is the
// division that holds its area now (divisions.ts formerNames; rule id `region-former-name`).
// An unsure region is left empty with a warning (rule id `region-unsure`).
// Below a place the rules took, a level they leave empty is filled by the model of
// the text's own place (extract/region-own.ts, rule id `region-own-model`) where it
// is sure by the margin chosen leaving sites out.
import type { IngestFile } from '../types.ts';
import { formerName, parentOf, type Division, type Level } from '../extract/divisions.ts';
import { ancestorsOf, disambiguate, gather, readAsHongKong, readAsTaiwan, type Evidence, type Tier } from '../extract/region-evidence.ts';
import { fitsOwn, furnitureAbove, neighbourLinks, ownArea, ownAreaWords, segmentsOf, type Segment } from '../extract/region-segments.ts';
import { hasNationalIssuer } from '../extract/region-roles.ts';
import { namesInsideTowns, organReadTowns, personNames, placeMentions } from '../extract/place-mentions.ts';
import { NEIGHBOUR_LINK, RANKING_SCOPE, ROUNDUP_TITLE } from '../extract/region-cues.ts';
import { ownCandidates, ownFill, ownModel, type OwnCandidate } from '../extract/region-own.ts';

const STAGE = 'region';

/** For scripts/eval/fit-region-own.ts: the candidates and the rules' places, before the model fills anything. */
export const regionTrace: { sink?: (candidates: OwnCandidate[], rules: Division[]) => void } = {};

const TIERS: Tier[] = ['issuer', 'title', 'publisher', 'lede', 'reference', 'own-area', 'local', 'body'];
/** Tiers read only for a document that speaks of its own area, or only below an established place. */
const WEAK = new Set<Tier>(['own-area', 'local', 'body']);
/** Tiers in which a place the document's people travelled to no longer counts (广德市委书记陈红英 after 赴广德市学习考察). */
const TRAVELLED = new Set<Tier>(['lede', ...WEAK]);
const TIER_NAME: Record<Tier, string> = {
  issuer: 'the issuer',
  title: 'the title',
  publisher: 'the publisher',
  lede: 'the lede',
  reference: 'a province’s document number or a directive the text follows',
  'own-area': 'its own area',
  local: 'a local document’s places',
  body: 'repeated mentions in the body',
};

/** The share of a tier's mentions a candidate needs to be taken. */
const DOMINANCE = 2 / 3;
/** The share of the text's mentions a lede's place needs when it names the institution the text speaks as (more than half). */
const OWN_LEDE_SHARE = 0.5 + Number.EPSILON;
/** Mentions a place needs in the body to take a document below the place established above. */
const REPEATED = 2;
/** Other counties of the same place, each named as often as the lede's, that make the lede's county one example among them. */
const ROUNDUP_PEERS = 2;

export function extractRegion(file: IngestFile): void {
  const { meta, front, blocks, candidates, chromeLines, removed } = file.data;
  const segments = segmentsOf(meta, front, blocks, candidates, chromeLines, furnitureAbove(removed));
  const ownWords = ownAreaWords(segments);
  const own = ownArea(segments, undefined, ownWords);
  // ownArea leaves out the scope of a ranking (位居全市第一): logged here, where the stage's messages are.
  const ranked = unique(segments.filter((s) => s.kind !== 'publisher' && s.kind !== 'addressee').flatMap((s) => [...s.text.matchAll(RANKING_SCOPE)].map((m) => m[0])));
  if (ranked.length > 0) file.info(`region: the scope of a ranking is the area above the document's place, not its own area: ${ranked.join('、')}`, { ruleId: 'region-ranking-scope', source: STAGE });
  // The document's relative references, even once (市人民法院 in a two-paragraph report): the kind of its own area.
  const ownOnce = ownArea(segments, 1, ownWords);
  const gathered = gather(segments, own, file.data.raw.script === 'traditional', ownOnce);
  const { elsewhere } = gathered;
  if (gathered.arrived.length > 0) file.info(`region: ${gathered.arrived.map((d) => d.name).join('、')} named before a party's coming to the place (…一行来…开展, 带领考察组来…) is the visitors' home, not the document's`, { ruleId: 'region-arrival', source: STAGE });
  if (gathered.affiliated.length > 0) file.info(`region: ${gathered.affiliated.join('、')} written after a deputy's or member's body (…人大代表的, …政协委员的) is the member's home, not the document's`, { ruleId: 'region-member-affiliation', source: STAGE });
  logTownNames(file, segments);
  const people = unique(segments.filter((s) => s.kind !== 'publisher').flatMap((s) => personNames(s.text)));
  if (people.length > 0) file.info(`region: ${people.join('、')} ${people.length > 1 ? 'are people’s names' : 'is a person’s name'} (a post, a leaders’ word or a list of names before it), not the place inside it`, { ruleId: 'region-person-name', source: STAGE });
  const links = [...neighbourLinks(chromeLines)].filter((line) => !NEIGHBOUR_LINK.test(line) && placeMentions(line).length > 0);
  if (links.length > 0) file.info(`region: the page's links to its neighbours name other documents' places and are not read: ${links.join('、')}`, { ruleId: 'region-neighbour-link', source: STAGE });
  // A national organ's document is not placed by the medium that reposts it.
  const national = hasNationalIssuer(segments);
  const published = national ? gathered.evidence.filter((e) => e.tier !== 'publisher') : gathered.evidence;
  // A speech opens with its speaker's remarks, not a news lede: a place opening one of
  // its clauses (杭州有一个著名的电台) is said in passing unless it is named again.
  const evidence = meta.type === 'speech' ? published.map(({ leading: _, ...e }) => e) : published;
  if (national && published.length < gathered.evidence.length) file.info('region: the issuer is a national organ: the publisher does not place the document', { ruleId: 'region-national', source: STAGE });
  disambiguate(evidence);
  const held = evidence.filter((e) => e.heldAt);
  if (held.length > 0) file.info(`region: ${unique(held.map((e) => e.text)).join('、')} is the venue of an event its owner held there, read as the owner's ${unique(held.map((e) => e.divisions[0]!.name)).join('、')}`, { ruleId: 'region-held-at', source: STAGE });
  offSenderRecipients(file, segments, evidence);
  if (file.data.raw.script === 'traditional') {
    readAsTaiwan(evidence);
    readAsHongKong(evidence);
  }
  const chain = roundupCut(file, segments, resolve(file, evidence, own, ownOnce, elsewhere, blocks.filter((b) => b.kind === 'heading').length));
  logFormerNames(file, evidence, chain.map((s) => s.division));
  const deepest = chain.at(-1)?.division;
  // The candidates' roles are read only where the model may fill (or the fitter records them).
  const places = regionTrace.sink || (deepest && deepest.level !== 'county') ? ownCandidates(evidence.filter((e) => !(e.divisions.length === 1 && isElsewhere(e.divisions[0]!, elsewhere))), segments, own, meta.type) : [];
  regionTrace.sink?.(places, chain.map((s) => s.division));
  const filled = fillByModel(file, places, deepest);
  const last = filled ?? chain.at(-1)?.division;
  if (!last) {
    const warned = file.messages.some((m) => m.ruleId === 'region-unsure');
    const shared = unique(evidence.filter((e) => e.divisions.length === 0).map((e) => e.text));
    if (!warned && shared.length > 0) file.message(`region left empty: ${shared.join('、')} names divisions in several places and the text does not say which`, { ruleId: 'region-unsure', source: STAGE });
    else if (!warned && own.size > 0) file.message(`region left empty: the text speaks of its own ${[...own].join('/')} but does not name it`, { ruleId: 'region-unsure', source: STAGE });
    return;
  }
  // The levels above the most specific one come from the standard.
  const levels = [...ancestorsOf(last), last];
  const at = (level: Level) => levels.find((d) => d.level === level)?.name;
  meta.region = {
    province: at('province')!,
    ...(at('city') ? { city: at('city') } : {}),
    ...(at('county') ? { county: at('county') } : {}),
    code: last.code,
  };
}

/**
 * A level the rules leave empty, filled by the model of the text's own place
 * (extract/region-own.ts) where its candidate under the rules' place scores at
 * least the margin chosen leaving sites out; logged with the mentions it read.
 */
function fillByModel(file: IngestFile, candidates: OwnCandidate[], node: Division | undefined): Division | undefined {
  // Only below a place the rules took. The top model (region-own-model.json `top`) turns three
  // development fields right leaving sites out at 0.65 and none wrong, but fills the short texts whose
  // single place region.test.ts holds establishes nothing (湖北大学 alone, a place twice on one line):
  // measured, not wired (docs/eval.md, thirty-third session: regionfill).
  if (!node || node.level === 'county') return undefined;
  const steps = ownFill(candidates, node, ownModel());
  for (const { division, p } of steps) {
    const features = candidates.find((c) => c.division === division)!.features;
    const roles = Object.keys(features).filter((k) => /^(role|tier|flag):/.test(k)).join(', ');
    file.info(`region: ${division.name} filled by the own-place model (p ${p.toFixed(2)}; ${roles || 'no role'})`, { ruleId: 'region-own-model', source: STAGE });
  }
  return steps.at(-1)?.division;
}

/**
 * A notice's addressees are below its sender. Where the title names the sender
 * as an organ of one place (许昌市人民政府办公室关于…的通知), an addressee that the
 * standard puts off that place's line is a name the standard gives another
 * place, not a subordinate (东城区管委会, a zone of 许昌, is Beijing's 东城区 in
 * GB/T 2260): it is dropped, and the sender stands. Addressees on the sender's
 * line are kept (岳阳 under 岳阳市委办公室 at pingjiang.gov.cn, 兰州 under
 * 甘肃省发展和改革委员会 at fzgg.gansu.gov.cn).
 */
function offSenderRecipients(file: IngestFile, segments: Segment[], evidence: Evidence[]): void {
  const titles = new Set(segments.filter((s) => s.kind === 'title' || s.kind === 'front').map((s) => s.text));
  const addressees = new Set(segments.filter((s) => s.kind === 'addressee').map((s) => s.text));
  const senders = unique(evidence.filter((e) => e.tier === 'issuer' && e.organ && titles.has(e.segment) && e.divisions.length === 1).map((e) => e.divisions[0]!));
  if (senders.length === 0 || !senders.every((a) => senders.every((b) => onOneLine(a, b)))) return;
  const off = evidence.filter((e) => addressees.has(e.segment) && e.divisions.length > 0 && !e.divisions.some((d) => senders.some((s) => onOneLine(d, s))));
  if (off.length === 0) return;
  for (const e of off) evidence.splice(evidence.indexOf(e), 1);
  file.info(`region: addressees off the line of the sender ${senders.map((d) => d.name).join('/')} named in the title are not read: ${unique(off.map((e) => e.text)).join('、')}`, { ruleId: 'region-addressee-off-sender', source: STAGE });
}

// ---------------------------------------------------------------- resolution

interface Step {
  division: Division;
  tier: Tier;
  /** The mentions that decided it. */
  from: Evidence[];
  final: boolean;
}

/** The ancestor-or-self of `division` that is a child of `node` (a province when there is no node yet). */
function childUnder(node: Division | undefined, division: Division): Division | undefined {
  for (let d: Division | undefined = division; d; d = parentOf(d)) {
    if (node ? parentOf(d) === node : d.level === 'province') return d;
  }
  return undefined;
}

function isElsewhere(division: Division, elsewhere: Set<string>): boolean {
  return [division, ...ancestorsOf(division)].some((d) => elsewhere.has(d.code));
}

function resolve(file: IngestFile, evidence: Evidence[], own: Set<string>, ownOnce: Set<string>, elsewhere: Set<string>, sections: number): Step[] {
  const usable = evidence.filter((e) => e.divisions.length === 1 && !(TRAVELLED.has(e.tier) && isElsewhere(e.divisions[0]!, elsewhere)));
  const chain: Step[] = [];
  let node: Division | undefined;
  for (;;) {
    const step = nextStep(file, node, usable, own, ownOnce, sections);
    if (!step) break;
    chain.push(step);
    node = step.division;
    if (step.final) break;
  }
  // A document that speaks of its own area is not taken below it by its text (反映我市颍东区…: the city's statement).
  const ownAt = chain.findLastIndex((s) => fitsOwn(s.division, own));
  const cut = ownAt === -1 ? chain.length : chain.findIndex((s, i) => i > ownAt && TRAVELLED.has(s.tier));
  const kept = cut === -1 ? chain : chain.slice(0, cut);
  if (kept.length < chain.length) {
    file.info(`region: stops at ${kept.at(-1)!.division.name}, the document's own area (${[...own].map((s) => `全${s}`).join('/')}); ${chain.slice(kept.length).map((s) => s.division.name).join(', ')} not taken`, { ruleId: 'region-own-area', source: STAGE });
  }
  for (const step of kept) {
    const quoted = unique(step.from.map((e) => `${e.text}${e.areaRule ? ` (${e.areaRule})` : ''} in “${excerpt(e.segment, e.text)}”`)).slice(0, 3).join('; ');
    // The county's own townships named in its body (bodyTownsIn) have a rule id of their own, to be counted apart.
    // …and so has an institution the text speaks as (我院 under the banner 临沂市中心医院): region-own-institution.
    // …and so has the lede's event named after its place (古县第十二届…文化旅游节): region-own-event.
    // …and so has the interviewee's post read off the turn labels (薛城区双语实验小学校长孙烨：): region-speaker-post.
    const rule = step.from.every((e) => e.speakerPost) ? 'region-speaker-post' : step.from.every((e) => e.bodyTown) ? 'region-body-town' : step.tier === 'title' && step.from.every((e) => e.ownEvent) ? 'region-own-event' : step.from.every((e) => e.sharedTown) ? 'region-shared-town' : step.from.every((e) => e.townInstitution) ? 'region-town-institution' : step.from.every((e) => e.listedInstitution) ? 'region-listed-institution' : (step.tier === 'publisher' || step.tier === 'body') && step.from.every((e) => e.ownInstitution) ? 'region-own-institution' : `region-${step.tier}`;
    file.info(`region: ${step.division.name} from ${rule === 'region-speaker-post' ? 'the interviewee’s post in the turn labels' : step.from.every((e) => e.bodyTown) ? 'the townships of a text in its county’s own voice' : rule === 'region-own-event' ? 'the lede’s event named after its place' : rule === 'region-shared-town' ? 'a township several counties hold, of the county the text names' : rule === 'region-town-institution' ? 'the text’s own school or health centre, named after a township of one county' : rule === 'region-listed-institution' ? 'the text’s own institution, whose name prints its seat (the Ministry of Education’s list)' : TIER_NAME[step.tier]}: ${quoted}`, { ruleId: rule, source: STAGE });
  }
  return kept;
}

/**
 * A title announcing a round-up over several places (江苏多地…, 各地区各部门…):
 * the text's places are its examples, so the region goes no lower than the
 * places the title itself names (none: the region stays empty).
 */
function roundupCut(file: IngestFile, segments: Segment[], chain: Step[]): Step[] {
  const title = segments.find((s) => s.kind === 'title')?.text;
  if (!title || !ROUNDUP_TITLE.test(title) || chain.length === 0) return chain;
  const named = new Set(placeMentions(title).flatMap((m) => m.divisions));
  const kept = chain.slice(0, chain.findLastIndex((s) => named.has(s.division)) + 1);
  const dropped = `${chain.slice(kept.length).map((s) => s.division.name).join(', ')} not taken`;
  if (kept.length === 0) file.message(`region left empty: the title announces a round-up of several places; ${dropped}`, { ruleId: 'region-unsure', source: STAGE });
  else if (kept.length < chain.length) file.info(`region: the title announces a round-up of several places; ${dropped}`, { ruleId: 'region-roundup', source: STAGE });
  return kept;
}

/** The evidence of the tiers, grouped by the child of `node` each falls under; evidence off the chain is left out. */
function supportUnder(node: Division | undefined, evidence: Evidence[], tiers: Set<Tier>): Map<Division, Evidence[]> {
  const support = new Map<Division, Evidence[]>();
  for (const e of evidence) {
    if (!tiers.has(e.tier) && !(e.also && tiers.has(e.also))) continue;
    const child = childUnder(node, e.divisions[0]!);
    if (child) support.set(child, [...(support.get(child) ?? []), e]);
  }
  return support;
}

const onOneLine = (a: Division, b: Division) => a === b || ancestorsOf(a).includes(b) || ancestorsOf(b).includes(a);
const TEXT_TIERS = new Set<Tier>(['lede', 'own-area', 'local', 'body']);

function nextStep(file: IngestFile, node: Division | undefined, evidence: Evidence[], own: Set<string>, ownOnce: Set<string>, sections: number): Step | undefined {
  // Mentions of the node itself, which a county found by the weaker tiers must outnumber
  // (a county named no more often than its city is an example within the city) or,
  // when the county is of the document's own level (全区 and 鼓楼区), match.
  const direct = evidence.filter((e) => e.divisions[0] === node).length;
  let passedOver: string | undefined;
  for (const tier of TIERS) {
    const support = supportUnder(node, evidence, new Set([tier]));
    if (support.size === 0) continue;
    const ranked = [...support].sort((a, b) => b[1].length - a[1].length);
    const total = ranked.reduce((sum, [, list]) => sum + list.length, 0);
    const [leader, from] = ranked[0]!;
    const counts = ranked.map(([d, list]) => `${d.name} ${list.length}`).join(', ');
    if (tier === 'publisher' && !confirmsPublisher(leader, from, evidence, own)) continue;
    // Passing mentions alone establish nothing, unless the text names no other place at all.
    if (tier === 'body' && !node && !onlyPlace(evidence, sections) && !scriptArea(file, evidence) && !oneProvince(evidence)) return unsure(file, node, from.length >= REPEATED ? `only passing mentions in the body (${counts})` : passedOver);
    // Passing mentions of several places below an established one are examples
    // of it (浦东新区…村 and 闵行区…村 in a report on Shanghai's villages), whatever their counts.
    if (from.length < total * (tier === 'body' ? 1 : DOMINANCE)) return unsure(file, node, `${TIER_NAME[tier]} names several places (${counts})`);
    if (tier === 'lede') {
      // The lede's place is its subject when the text does not go on to be about
      // other places: at the top it must hold two thirds of the text's mentions (a
      // feature on a university in 上海 and one in 山东 is about neither), below a
      // place as many as any other (the earthquake's county against the last one's);
      // and it must be named twice, open a clause, or stand in an address (a county before its township,
      // 忠县石子乡; below a place: 新疆克孜勒苏州阿图什市, 地处武汉中心城区).
      const text = [...supportUnder(node, evidence, TEXT_TIERS)];
      const inText = text.find(([d]) => d === leader)?.[1].length ?? 0;
      const all = text.reduce((sum, [, list]) => sum + list.length, 0);
      const rival = Math.max(0, ...text.filter(([d]) => d !== leader).map(([, list]) => list.length));
      // Below a place, a lede's county named no more often than each of two or more other
      // counties of the same place is one example of a round-up over them (惠安县 beside
      // 丰泽区, 晋江市 and 南安市 in a report on 泉州's warning education), not the subject.
      const peers = text.filter(([d, list]) => d !== leader && d.level === leader.level && list.length >= inText).length;
      const example = node !== undefined && leader.level === 'county' && inText >= rival && peers >= ROUNDUP_PEERS;
      if (example) file.info(`region: the lede's ${leader.name} is one of several places under ${node.name} named as often (${text.map(([d, l]) => `${d.name} ${l.length}`).join(', ')})`, { ruleId: 'region-lede-example', source: STAGE });
      // At the top, a lede's place that opens the name of the body the text speaks as (大连徽商商会
      // … 我商会: ownInstitution) is its subject with more than half of the text's mentions: the
      // others are its members' home and where they went (安徽, 合肥), not a rival subject.
      const held = node ? inText >= rival && !example : inText >= all * (from.some((e) => e.ownInstitution || e.listedInstitution) ? OWN_LEDE_SHARE : DOMINANCE);
      // Named once, the lede's only place is the document's own when the text's relative
      // references are of its kind (市人民法院 … 泰兴邮政局: 泰兴市, a county-level city).
      const ownKind = text.length === 1 && from.some((e) => e.divisions[0]!.level !== 'province' && fitsOwn(e.divisions[0]!, ownOnce));
      // An organ only Hong Kong, Macao or Taiwan has, named once in a lede of the area's script with no other
      // place in the text (这是总统府司法改革国是会议的SayIt), acts there: as scriptArea reads it in the body.
      const areaOrgan = !node && from.some((e) => e.areaOrgan) && scriptArea(file, evidence) !== undefined;
      const named = inText >= REPEATED || ownKind || areaOrgan || from.some((e) => e.leading || e.township || (node && (e.nested || e.located)));
      if (!held || !named) {
        // Not the subject: the weaker tiers may still decide.
        passedOver = `the lede names ${leader.name} ${held ? 'only in passing' : `but the text is about other places too (${text.map(([d, l]) => `${d.name} ${l.length}`).join(', ')})`}`;
        continue;
      }
    }
    // Named once, an area's own organ in its script still places the text (scriptArea).
    if (tier === 'body' && from.length < REPEATED && !(node === undefined && (scriptArea(file, evidence) || from.some((e) => e.ownInstitution)))) return undefined;
    if (WEAK.has(tier) && node?.level === 'city' && leader.level === 'county' && (tier === 'own-area' ? from.length < direct : from.length <= direct)) return undefined;
    return { division: leader, tier, from, final: from.some((e) => e.organ && e.divisions[0] === leader) };
  }
  return unsure(file, node, passedOver);
}

/** Mentions the most specific place needs to place a text that names no other place. */
const ONLY_PLACE = 3;
/** …or when it is the place of the text's own body and what the text works for. */
const OWN_BODY_PLACE = 2;

/**
 * The one place a text without a news lede is about (an interview, a speech, a
 * feature opening with a quotation): every place it names lies on one line
 * (温州 and 瓯海; 湖北省 and 红安县), and the most specific, a prefecture or
 * county (or a municipality through an institution named after it), is named at
 * least three times. A province named that often in a text that names nothing
 * below it is its topic (台湾问题 at a national press conference); places named in one section of a text divided by headings are
 * that section's (the first of three counties in a feature).
 */
function onlyPlace(evidence: Evidence[], sections: number): Division | undefined {
  const places = unique(evidence.map((e) => e.divisions[0]!));
  if (places.length === 0) return undefined;
  const deepest = places.reduce((a, b) => (ancestorsOf(b).length > ancestorsOf(a).length ? b : a));
  const named = evidence.filter((e) => e.divisions[0] === deepest);
  // The institution the text speaks as (代表全校 … 山东大学2016届的每一位同学): its place, even a province's.
  const ownInstitution = named.some((e) => e.ownInstitution);
  if ((deepest.level === 'province' && !institutionOfMunicipality(evidence, deepest) && !ownInstitution) || !places.every((d) => onOneLine(d, deepest))) return undefined;
  const inSections = new Set(evidence.map((e) => e.section ?? 0));
  if (sections > 0 && inSections.size === 1 && !inSections.has(0)) return undefined;
  // Named twice is enough when one is the name of the body the text speaks as or of
  // (成都市诗词楹联学会 … 学会) and one what the text works for (为成都的精神文明建设).
  const ownBody = named.length >= OWN_BODY_PLACE && named.some((e) => e.ownOrgan) && named.some((e) => e.forPlace);
  return named.length >= ONLY_PLACE || ownBody || ownInstitution ? deepest : undefined;
}

/** Mentions, and places below the province on separate lines, that place a text in the one province they all fall under. */
const ONE_PROVINCE_MENTIONS = 3;

/**
 * The province of a text whose every place lies in it, named as several places on
 * separate lines below it (黄州区, 沙洋县 and 黄冈市 in a list of banquets:
 * 湖北省, creatorschool unseen7/a7; 成都, 绵阳, 什邡 in an account of the 汶川
 * earthquake's radio relief: 四川省, luliang.org unseen4/x2, placed by its lede
 * too): a text that draws all its examples from one province is that
 * province's, though none of them is its own place, so the region goes no lower
 * than the province. A province named alone stays a topic (onlyPlace), and one
 * place elsewhere leaves it empty (榆树 beside 徐州 and 宿迁, specfic unseen5/y1).
 */
function oneProvince(evidence: Evidence[]): Division | undefined {
  const places = unique(evidence.map((e) => e.divisions[0]!));
  const provinces = unique(places.map((d) => childUnder(undefined, d)));
  if (provinces.length !== 1 || !provinces[0] || evidence.length < ONE_PROVINCE_MENTIONS) return undefined;
  const below = unique(places.filter((d) => d.level !== 'province').map((d) => childUnder(provinces[0], d)));
  return below.length >= 2 ? provinces[0] : undefined;
}

/** The areas whose own texts are written in traditional characters: 台湾省, 香港特别行政区, 澳门特别行政区. */
const TRADITIONAL_AREAS = new Set(['710000', '810000', '820000']);
/** Mentions one of them needs to place a traditional text that names no other place. */
const SCRIPT_AREA_PLACE = 2;

/**
 * Hong Kong, Macao or Taiwan as the only place a text in traditional
 * characters names, twice or more (澳门 and its 立法会 in a Macao paper's school
 * report, 观塘区 and 香港 in a Hong Kong police item): the script is theirs, so
 * the place is the text's own, where a province named alone in a mainland text
 * is a topic. Named once it is as often in passing (中央台湾工作办公室 in a Hong
 * Kong paper's report on national inspections; 台北 as a Hong Kong columnist's
 * trip), but not when the one mention is an organ only that area has (率领乡公所全体工作同仁
 * in a Taiwanese township head's message): an organ that acts in the text is no
 * passing name, and it is not the area's name inside another body's.
 */
function scriptArea(file: IngestFile, evidence: Evidence[]): Division | undefined {
  if (file.data.raw.script !== 'traditional') return undefined;
  const places = unique(evidence.map((e) => e.divisions[0]!));
  const [area] = places;
  if (places.length !== 1 || !TRADITIONAL_AREAS.has(area!.code)) return undefined;
  return evidence.length >= SCRIPT_AREA_PLACE || evidence.some((e) => e.areaOrgan) ? area : undefined;
}

/** The province-level municipalities (北京市, 天津市, 上海市, 重庆市): each is a city as much as a province. */
const MUNICIPALITIES = new Set(['110000', '120000', '310000', '500000']);

/**
 * A municipality is a text's only place, like a prefecture, when an institution
 * named after it is among its mentions: the text is about a body that stands
 * there (北大医院 and 北京大学第一医院 in its president's speech, iiyiyi.com
 * unseen2/v1-iiyiyi; 北京大学第一医院, 北大医院 in a profile of its surgeon,
 * bjmu.edu.cn cases/ho-bjmu, which names 张家口 too and stays empty). An
 * institution named after a province stands somewhere in it (湖北大学 in 武汉),
 * a province named alone stays a topic (台湾问题), and a national body's meeting
 * in Beijing (在京召开) is a venue, never counted.
 */
function institutionOfMunicipality(evidence: Evidence[], place: Division): boolean {
  return MUNICIPALITIES.has(place.code) && evidence.some((e) => e.divisions[0] === place && e.institution);
}

/** No place below `node` is sure: at the top that is a warning, lower down the region just stops. */
function unsure(file: IngestFile, node: Division | undefined, why: string | undefined): undefined {
  if (!why) return undefined;
  if (node) file.info(`region: stops at ${node.name}: ${why}`, { ruleId: 'region-split', source: STAGE });
  else file.message(`region left empty: ${why}`, { ruleId: 'region-unsure', source: STAGE });
  return undefined;
}

/** Tiers whose place stands against the publisher's on its own: the text's issuer, its title, a province's document number. */
const STANDING = new Set<Tier>(['issuer', 'title', 'reference']);

/**
 * A publisher's place stands unless the text establishes another and names
 * none on its line (a district account reposting news of Xinjiang). A place
 * named once in passing (沙河复航 in a list of a county's projects) establishes
 * nothing: the lede's subject, a title or issuer, or a place named twice does.
 * A publisher read off a chrome field (siteOrgans: a stamp, a banner, a
 * breadcrumb) stands only where the text agrees with it: the text names a
 * place on its line (米易人民 under 欢迎来到米易县人民医院官方网站, myxrmyy.com
 * unseen8/a8) or speaks of its own area at its level (全县, 我县 under
 * 阳新县融媒体中心, yangxintv.cn unseen8/a8), or speaks as the institution the
 * field names (我院 under the banner 临沂市中心医院, lyszxyy.com.cn kinds3/k5:
 * ownInstitution) — a repost site's own body or a list of links to others says
 * nothing of a text that does none of these.
 */
function confirmsPublisher(place: Division, from: Evidence[], evidence: Evidence[], own: Set<string>): boolean {
  const others = evidence.filter((e) => e.tier !== 'publisher');
  if (others.some((e) => onOneLine(e.divisions[0]!, place))) return true;
  // …or names an institution of the kind the text speaks as (临沂市中心医院 over 我院召开…: ownInstitution).
  if (from.every((e) => e.site) && !from.some((e) => (e.divisions[0]!.level !== 'province' && fitsOwn(e.divisions[0]!, own)) || e.ownInstitution)) return false;
  const named = (d: Division) => others.filter((e) => e.divisions[0] === d).length;
  return !others.some((e) => STANDING.has(e.tier) || e.leading || named(e.divisions[0]!) >= REPEATED);
}

function excerpt(segment: string, text: string): string {
  const at = Math.max(0, segment.indexOf(text));
  const start = Math.max(0, at - 12);
  const end = Math.min(segment.length, at + text.length + 12);
  return `${start > 0 ? '…' : ''}${segment.slice(start, end)}${end < segment.length ? '…' : ''}`;
}

/**
 * The township names that decided how a name was read (region-cues.ts TOWN_NAME_CUES and TOWN_ORGAN_CUES):
 * a division's short name inside a town's name is the town's (阳江 in 阳江镇), and a town jieba glues into a
 * word is the town when an organ follows it (冷市镇人民政府).
 */
function logTownNames(file: IngestFile, segments: Segment[]): void {
  const texts = unique(segments.map((s) => s.text)).filter((text) => /(?:镇|乡|街道)/u.test(text));
  const inside = unique(texts.flatMap((text) => namesInsideTowns(text).map(({ name, town }) => `${name} in ${town}`)));
  if (inside.length > 0) file.info(`region: a division's short name inside a township's name is the town's, not the division's: ${inside.join('、')}`, { ruleId: 'region-town-name', source: STAGE });
  const organ = unique(texts.flatMap((text) => organReadTowns(text)));
  if (organ.length > 0) file.info(`region: ${organ.join('、')} is the township, an organ or its document's subject written after it`, { ruleId: 'region-town-organ', source: STAGE });
}

/** A place the rules took by a name GB/T 2260 no longer lists (户县): logged with the division that holds its area now. */
function logFormerNames(file: IngestFile, evidence: Evidence[], taken: Division[]): void {
  const former = unique(evidence.filter((e) => formerName(e.text) && e.divisions.some((d) => taken.includes(d))).map((e) => e.text));
  if (former.length === 0) return;
  const named = former.map((text) => `${text} (out of use since ${formerName(text)!.until}) is ${formerName(text)!.division.name}`);
  file.info(`region: ${named.join('、')} in the current list of divisions`, { ruleId: 'region-former-name', source: STAGE });
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
