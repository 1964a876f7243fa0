// The parts of a document the region stage reads, each of a kind that says
// how much its place names count: the title, the front lines, the publisher
// (the source, a labelled info line or the site's header from the chrome), a
// notice's cover and addressees, the lede, the body and the closing; and the
// document's own area (全县, 我市, 区委) as the level suffixes it speaks of.
import type { Block, Candidates, DocumentMeta } from '../types.ts';
import { parentOf, type Division } from './divisions.ts';
import { placeMentions, townMentions, type PlaceMention } from './place-mentions.ts';
import { CONTACT_LABEL, INSTITUTION_NAME, LABEL_FRAME, MEDIUM_NAME, NATIONAL_MEDIUM, NEIGHBOUR_LINK, NEWS_COLUMN, NOT_PUBLISHER, RANKING_SCOPE, ORGAN, ORGAN_LABEL, OWN_AREA, SITE_GREETING, SPEAKER_POST_LABEL } from './region-cues.ts';
import { isDateLine } from '../structure/lines.ts';
import { isSignatureLine } from '../structure/tail.ts';

export type SegmentKind = 'title' | 'front' | 'publisher' | 'notice' | 'addressee' | 'lede' | 'body' | 'closing';

export interface Segment {
  text: string;
  kind: SegmentKind;
  /** The headings of the body before the segment: the section it stands in (0 before the first). */
  section?: number;
  /** A publisher read off a field of the removed chrome (siteOrgans): it places the text only where the text agrees. */
  site?: boolean;
  /** A front line read off the interviewee's turn labels (speakerPosts), logged as `region-speaker-post`. */
  speakerPost?: boolean;
}

/** A byline or author line names where its people work (作者：…系福建师范大学…), not where the text is from. */
const BYLINE = /作者|记者|通讯员|编辑|撰稿|摄影?[：:\s]/;
/** How often a document must speak of its own area to count as local. */
const OWN_AREA_MIN = 2;

/** A notice's addressee line (伊犁哈萨克自治州，各地、州、市卫生局，…：) names the recipients, not the sender. */
function isAddressee(text: string): boolean {
  return text.length <= 200 && /[：:]$/.test(text) && /[，、,]|^各/.test(text) && !/[。！？]/.test(text);
}

/**
 * The lede: the first paragraph that is prose, not a salutation, byline or
 * caption. One ending in a colon is a salutation or a heading unless a
 * sentence ends before the colon (…召开会议，认真学习…精神。院长李俊甲在会议上提出要求：;
 * …收悉，我委会同相关部门积极承办，现答复如下：): then it is the text's opening,
 * introducing the list below it.
 */
function isLede(block: Block): boolean {
  return block.kind === 'paragraph' && block.text.length >= 20 && /[，。,]/.test(block.text) && (!/[：:]$/.test(block.text) || /[。！？]/.test(block.text.slice(0, -1)));
}

/**
 * The first publisher that names a place: the source (the organ that wrote the
 * text), then the organ an info line of the chrome names, the site names, the
 * site's header, and last any field of the removed chrome that is an organ,
 * medium or institution named after its place (siteOrgans). A city portal
 * reposting a provincial bulletin (source 江西统计, site 中国宜春) is the province's.
 */
function publisherOf(meta: Partial<DocumentMeta>, candidates: Candidates, chromeLines: readonly string[], above: readonly string[]): { name: string; site: boolean } | undefined {
  const { labelled, header } = chromeOrgans(chromeLines);
  const placed = (name: string | undefined): name is string => !!name && !NOT_PUBLISHER.test(name) && placeMentions(name).some((m) => !NATIONAL_MEDIUM.test(name.slice(m.index)));
  // A labelled info line naming a township's organ (发布机构: 胡乐镇人民政府, 来源: 老爷庙乡党政办): the township's county.
  const township = (name: string | undefined): name is string => !!name && !NOT_PUBLISHER.test(name) && townMentions(name)[0]?.index === 0;
  const name = [meta.source?.name, ...labelled, ...(candidates.siteNames ?? []), ...header].find(placed) ?? labelled.find(township);
  if (name) return { name, site: false };
  const site = siteOrgans([...chromeLines, ...above]).find(placed);
  return site ? { name: site, site: true } : undefined;
}

/**
 * Fields of the removed chrome that are, whole, an organ, medium or
 * institution named after its place, once a label (发布人:), a greeting and
 * the site's own word (欢迎来到…官方网站!) are taken off: the body that runs
 * the page, wherever its line stands — an info line's stamp (©原创 2023-04-03
 * 13:10 阳新县融媒体中心, yangxintv.cn unseen8/a8), a banner (欢迎来到米易县人民医院官方网站!,
 * myxrmyy.com unseen8/a8), a breadcrumb (» 泗洪县人民医院 医院新闻, shxrmyy
 * unseen5/y2) — or a column of local news named after the place (新闻中心 >
 * 泾县要闻, ahjx.gov.cn; 政务动态 > 瓯海要讯, ouhai.gov.cn: NEWS_COLUMNS). A footer's technical-support company is no such field (NOT_PUBLISHER),
 * and the stage takes one only where the text agrees with it (region.ts).
 */
export function siteOrgans(chromeLines: readonly string[]): string[] {
  const fields = chromeLines.flatMap((text) => text.split(/[\s|｜_»>＞›]+/u)).flatMap((field) => field.split(CONTACT_LABEL));
  const out: string[] = [];
  for (const raw of fields) {
    const field = raw.replace(/^[^：:]{1,8}[：:]/u, '').replace(/[!！。.,，]+$/u, '').replace(SITE_GREETING, '');
    const mentions = placeMentions(field);
    if (mentions[0]?.index !== 0) continue;
    // The places of its address (浙江省常山县), then the organ's own word, ending the field.
    let end = 0;
    for (const m of mentions) if (m.index === end) end = m.end;
    const rest = field.slice(end);
    const kind = ORGAN.exec(rest) ?? MEDIUM_NAME.exec(rest) ?? INSTITUTION_NAME.exec(rest) ?? NEWS_COLUMN.exec(rest);
    if (kind && kind[0].length === rest.length) out.push(field);
  }
  return out;
}

/**
 * The organ behind the page as its chrome gives it: labelled info lines
 * (发文机关：山西省人民政府, 公开责任部门 | 汉阴县人民政府办公室, 主办：…) and the
 * site's header (徐州市鼓楼区人大常委会_新闻中心) — the first removed line that
 * opens with an organ named after its place.
 */
function chromeOrgans(chromeLines: readonly string[]): { labelled: string[]; header: string[] } {
  const lines = chromeLines.flatMap((text) => text.split('\n'));
  const labelled = lines.flatMap((line) => [...line.matchAll(ORGAN_LABEL)].map((m) => m[1]!));
  const header: string[] = [];
  for (const line of lines.slice(0, 3)) {
    const part = line.split(/[_|｜—\s]+|-{1,2}/)[0] ?? '';
    const mentions = placeMentions(part);
    if (mentions[0]?.index === 0 && mentions.some((m) => opensWithOrgan(part, m, mentions))) header.push(part);
  }
  return { labelled, header };
}

/**
 * The lines the structure stage set aside above the title as page furniture (a
 * banner, a menu, the site's name: `宾川县人民政府` over 我县安全生产工作会议…召开,
 * bc.gov.cn unseen12/b12; `鹤庆县人民政府` over a notice, heqing.gov.cn cases/c3a, placed by
 * its title already): the chrome stage did not take them, so they are not among the
 * chrome lines, but a banner there names the page's publisher as one in the chrome
 * does, and is read the same way: as a chrome field the text must agree with.
 */
export function furnitureAbove(removed: readonly { stage: string; reason: string; text: string }[]): string[] {
  return removed.filter((r) => (r.stage === 'structure' || r.stage === 'html') && FURNITURE_REASON.test(r.reason)).map((r) => r.text);
}
/** The reasons the structure and html stages give for page furniture at the head of the page. */
const FURNITURE_REASON = /^page furniture (?:above|before|beside) the title/u;

/**
 * The removed chrome's links to the page's neighbours (NEIGHBOUR_LINK): the line
 * after a bare label (上一篇: / 四川省眉山市政协来凤考察交流东坡…) and the rest of a
 * labelled line, with the labels themselves.
 */
export function neighbourLinks(chromeLines: readonly string[]): Set<string> {
  const lines = chromeLines.flatMap((text) => text.split('\n')).map((line) => line.trim());
  const links = new Set<string>();
  lines.forEach((line, i) => {
    const label = NEIGHBOUR_LINK.exec(line);
    if (!label) return;
    links.add(line);
    const rest = line.slice(label[0].length).trim();
    if (rest) links.add(rest);
    else if (lines[i + 1] && !NEIGHBOUR_LINK.test(lines[i + 1]!)) links.add(lines[i + 1]!);
  });
  return links;
}

export function segmentsOf(meta: Partial<DocumentMeta>, front: string[], blocks: Block[], candidates: Candidates, chromeLines: readonly string[], above: readonly string[] = []): Segment[] {
  const segments: Segment[] = [];
  // A title derived from the first sentence is that sentence, read as the lede.
  if (meta.title && meta.titleSource !== 'derived') segments.push({ text: meta.title, kind: 'title' });
  // Another document's title linked from the page is neither a front line nor the page's organ.
  const links = neighbourLinks(chromeLines);
  const own = links.size === 0 ? chromeLines : chromeLines.map((text) => text.split('\n').filter((line) => !links.has(line.trim())).join('\n')).filter(Boolean);
  for (const line of front) if (!links.has(line.trim())) segments.push({ text: line, kind: BYLINE.test(line) ? 'body' : 'front' });
  for (const line of speakerPosts(blocks)) segments.push({ text: line, kind: 'front', speakerPost: true });
  const publisher = publisherOf(meta, candidates, own, above);
  if (publisher) segments.push({ text: publisher.name, kind: 'publisher', ...(publisher.site ? { site: true } : {}) });
  // The lede is the first prose paragraph, and the next one too when the first is a
  // single short sentence: a photo caption or a summary line stands above many ledes.
  let ledes = 0;
  let ledeShort = false;
  let section = 0;
  blocks.forEach((block, i) => {
    if (block.kind === 'heading') section++;
    let kind: SegmentKind = 'body';
    if (block.part === 'notice') kind = isAddressee(block.text) ? 'addressee' : 'notice';
    else if (block.part === 'closing') kind = 'closing';
    // A signing body ending the text when the structure stage kept no closing part (its date line unreadable).
    else if (i >= blocks.length - 2 && block.kind === 'paragraph' && isSignatureLine(block.text) && !isDateLine(block.text)) kind = 'closing';
    else if (i < 3 && /^各/.test(block.text) && isAddressee(block.text)) kind = 'addressee';
    else if ((ledes === 0 || (ledes === 1 && ledeShort)) && isLede(block)) {
      kind = 'lede';
      ledeShort = ledes === 0 && block.text.length <= 40 && !/[。！？].+/.test(block.text);
      ledes++;
    }
    segments.push({ text: block.text, kind, section });
  });
  return segments;
}

/**
 * The speaker's post as the turn labels print it (薛城区双语实验小学校长孙烨：…, a
 * signature ——薛城区双语实验小学校长孙烨, [福建省南平市蒲城县县长陈国发]): a speaker
 * line the page printed on the turns instead of under the title, read as one
 * (SPEAKER_POST_LABELS). Only where the text carries one interviewee's words: a
 * panel's guests (原卫生部殷大奎副部长 beside 北京大学第一医院刘玉村院长 at a
 * national salon) each speak for their own body, none for the text's place.
 */
export function speakerPosts(blocks: Block[]): string[] {
  const labels = blocks.filter((b) => b.kind === 'turn' && b.role === 'interviewee' && b.speaker).map((b) => b.speaker!.replace(LABEL_FRAME, ''));
  const people = new Set(labels.map((label) => SPEAKER_POST_LABEL.exec(label)?.groups?.person ?? label));
  if (people.size !== 1) return [];
  return [...new Set(labels.filter((label) => SPEAKER_POST_LABEL.test(label)))];
}

/** How far down a suffix reaches: a 县 is below a 市, a 市 below a 省 (区 is a district's, or an autonomous region's when nothing lower is named). */
const SUFFIX_RANK: Record<string, number> = { 县: 0, 区: 0, 旗: 0, 市: 1, 州: 1, 盟: 1, 省: 2 };

/**
 * The level suffixes of the document's own area (县 for 全县, 我县, 县委), when
 * it speaks of it more than once: the lowest level it names, for a county's
 * text also speaks of the 市委 and 省委 above it.
 */
export function ownArea(segments: Segment[], min = OWN_AREA_MIN, found: readonly string[] = ownAreaWords(segments)): Set<string> {
  if (found.length < min) return new Set();
  const lowest = Math.min(...found.map((s) => SUFFIX_RANK[s]!));
  return new Set(found.filter((s) => SUFFIX_RANK[s] === lowest));
}

/**
 * The level suffix of each of the segments' words for their own area, in
 * order: ownArea's reading, which the region stage asks for at two minimums
 * and its evidence at a third, read once.
 */
export function ownAreaWords(segments: Segment[]): string[] {
  const found: string[] = [];
  for (const { text, kind } of segments) {
    // The addressees (各市、州、县人民政府) are below the document, not its own area.
    if (kind === 'publisher' || kind === 'addressee') continue;
    // The scope of a ranking (位居全市第一) is the area above the document's place, not its own.
    const ranked = [...text.matchAll(RANKING_SCOPE)].map((m) => [m.index, m.index + m[0].length]);
    for (const match of text.matchAll(OWN_AREA)) if (!ranked.some(([from, to]) => match.index >= from! && match.index < to!)) found.push(match.slice(1).find(Boolean)!);
  }
  return found;
}

/** The division's name ends with one of the suffixes (区 fits 自治区 and 地区 too: 全区 in Xinjiang is the region). */
export function fitsOwn(division: Division, own: Set<string>): boolean {
  return own.has(division.name.at(-1)!);
}

/**
 * A signature line that is one body's name opening with the place
 * (中共安徽工业大学管理科学与工程学院委员会, 荆州市中心医院): the signing body is named after it.
 */
export function signsWithPlace(text: string, mention: PlaceMention, mentions: PlaceMention[]): boolean {
  return isSignatureLine(text) && !isDateLine(text) && onlyPlacesBefore(text, mention, mentions);
}

/** The organ phrase opens the segment: nothing but place names and 中共 before the mention. */
export function opensWithOrgan(text: string, mention: PlaceMention, mentions: PlaceMention[]): boolean {
  return ORGAN.test(text.slice(mention.end)) && !addressGoesOn(mention, mentions) && onlyPlacesBefore(text, mention, mentions);
}

/**
 * A place under this one is written right after it: the organ that follows is
 * named after the last place of the address (四川省屏山县人民法院 is 屏山县's court,
 * scfzw.net wide sample region-s11 w03; 山东冠县公安局, sdfzcm.com unseen5/y1-sdfzcm),
 * and the province before it is only where that place lies.
 */
export function addressGoesOn(mention: PlaceMention, mentions: PlaceMention[]): boolean {
  const under = (d: Division, above: Division[]) => { for (let p = parentOf(d); p; p = parentOf(p)) if (above.includes(p)) return true; return false; };
  return mentions.some((m) => m.index === mention.end && m.divisions.some((d) => under(d, mention.divisions)));
}

function onlyPlacesBefore(text: string, mention: PlaceMention, mentions: PlaceMention[]): boolean {
  let head = text.slice(0, mention.index);
  for (const other of mentions) if (other.end <= mention.index) head = head.replace(other.text, '');
  return /^(?:中共|中国共产党)?\s*$/.test(head);
}
