// The guests of a press conference or a programme whose answers the body
// labels with their names. The page says twice who answers: once where it
// announces the guest (a headline or heading …王国庆答记者问, an opening
// 请…黄守宏解读…并答记者问) and once in the transcript, where paragraphs open
// with that name and a colon (王国庆：…, or 黄守宏： on its own line). The two
// agreeing make the labelled text the guest's own words: an interview, and
// the guest its speaker, even where the questions were lost or never printed.
// A name label nobody announced (the host 胡凯红：, a quoted 张三：) is no guest.
import { isPersonName } from '../structure/lines.ts';
import { findPeople } from './find.ts';
import { ANSWERERS_LISTED, ANSWERING, GUESTS_INTRODUCED, INVITED } from './speaker-cues.ts';
import { isOfficialName } from './names.ts';
import type { Block } from '../types.ts';

/** Longest line read as an announcing heading inside the body. */
const HEADING_MAX = 80;
/** A name label opening a paragraph, or standing alone before the text it labels. */
const NAME_LABEL = /^([\p{Script=Han}]{2,4})[：:](.*)$/u;

const alternatives = (terms: { term: string }[]) => [...new Set(terms.map((t) => t.term))].join('|');
const ANSWERING_AFTER = new RegExp(`^(?:${alternatives(ANSWERING)})`, 'u');
const INVITED_RE = new RegExp(alternatives(INVITED), 'gu');

export interface Guest {
  name: string;
  /** The post the announcement gives next to the name, if any. */
  role?: string;
  /** The announcing text, for the cleaning log. */
  announced: string;
}

/** Names that label body paragraphs, in order of first use. */
function labelNames(blocks: Block[]): string[] {
  const names: string[] = [];
  for (const block of blocks) {
    if (block.part !== 'body') continue;
    const name = block.kind === 'turn' ? (block.name ?? block.speaker) : NAME_LABEL.exec(block.text)?.[1];
    // A surname is enough (王国庆 reads as 王国 庆 to the segmenter): the announcement must name the label too.
    if (name && isPersonName(name) && !names.includes(name)) names.push(name);
  }
  return names;
}

/** The texts that may announce a guest: the headlines, the opening paragraphs and the short heading-like lines of the body. */
function announcements(headlines: string[], opening: string[], blocks: Block[]): string[] {
  const headings = blocks.filter((b) => b.part === 'body' && b.kind !== 'turn' && b.text.length <= HEADING_MAX && !/[。！？]/u.test(b.text)).map((b) => b.text);
  return [...headlines, ...opening, ...headings];
}

/** Whether `text` announces `name` as answering: the name right before 答记者问 (等, 就… between), or inside an invitation to answer. */
function announces(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    if (ANSWERING_AFTER.test(text.slice(at + name.length))) return true;
  }
  for (const match of text.matchAll(INVITED_RE)) if (match[0].includes(name)) return true;
  return false;
}

/** The guests whose names both label body paragraphs and are announced as answering. */
export function labelledGuests(headlines: string[], opening: string[], blocks: Block[]): Guest[] {
  const texts = announcements(headlines, opening, blocks);
  const guests: Guest[] = [];
  for (const name of labelNames(blocks)) {
    const announced = texts.find((t) => announces(t, name));
    if (!announced) continue;
    const role = texts.flatMap((t) => findPeople(t)).find((p) => p.name === name)?.post;
    guests.push({ name, ...(role ? { role } : {}), announced });
  }
  return guests;
}

const GUESTS_RE = new RegExp(alternatives(GUESTS_INTRODUCED), 'gu');
/** A name before the courtesy title a host gives a guest: 段永传先生, 王兴琳女士. */
const HONOURED = /([\p{Script=Han}]{2,3})(?=先生|女士)/gu;

/**
 * The guests a host's introduction names (…的嘉宾是…段永传先生；另外一位是…宋永祥先生),
 * with their posts where the introduction gives them: named with a post, or
 * before 先生/女士 (a surname and a name; the shorter name when the longer is none).
 */
export function introducedGuests(texts: string[]): Guest[] {
  const guests: Guest[] = [];
  const add = (guest: Guest) => void (guests.some((g) => g.name === guest.name) || guests.push(guest));
  for (const text of texts) {
    for (const match of text.matchAll(GUESTS_RE)) {
      const named: { name: string; role?: string; at: number }[] = findPeople(match[0]).map((p) => ({ name: p.name, role: p.post, at: p.index }));
      const honoured: { name: string; role?: string; at: number }[] = [...match[0].matchAll(HONOURED)].map((m) => {
        const name = isOfficialName(m[1]!) ? m[1]! : m[1]!.slice(1);
        return { name, at: m.index + m[1]!.length - name.length };
      }).filter((h) => isOfficialName(h.name));
      for (const person of [...named, ...honoured].sort((a, b) => a.at - b.at)) add({ name: person.name, ...(person.role ? { role: person.role } : {}), announced: match[0] });
    }
  }
  return guests;
}

const LISTED_RE = new RegExp(alternatives(ANSWERERS_LISTED), 'gu');
/** A courtesy or academic title after a name: 方芳女士, 黄守宏先生, 王锡锌教授. */
const COURTESY = /(?:先生|女士|教授|博士)$/u;
/** The last character of a post written before a name: 局长, 调研员, 主任, 书记, 医师, 发言人, 所长, 处长. */
const POST_END = /[长员任记师官人监理授席委]$/u;
/** What separates the people of a list: 、，； and a closing conjunction (…和…). */
const LIST_SEPARATOR = /[、，；,;]|(?<=[\p{Script=Han}]{4})(?:和|及|以及)/u;
/** Longest item of a list read as one person with his posts. */
const ITEM_MAX = 60;

/**
 * The person one item of such a list names: posts and a name (市环保局副调研员董建国), the
 * name confirmed by the post that ends right before it, or by a courtesy title after it
 * (北京大学的王锡锌教授). An item that ends in no name (9月13日, 宁德市举行…发布会) names nobody.
 */
export function listedPerson(item: string): { name: string; role?: string } | undefined {
  let text = item.trim();
  if (text.length > ITEM_MAX) return undefined;
  const titled = COURTESY.exec(text);
  if (titled) text = text.slice(0, titled.index);
  const split = (n: number) => ({ name: text.slice(-n), post: text.slice(0, -n) });
  for (const n of [3, 2]) {
    const { name, post } = split(n);
    if (post.length >= 2 && POST_END.test(post) && isOfficialName(name)) return { name, role: post.replace(/^(?:和|及|以及)/u, '') };
  }
  if (!titled) return undefined;
  const name = [3, 2].map((n) => split(n).name).find((n) => n.length < text.length && isOfficialName(n));
  return name ? { name } : undefined;
}

/**
 * The officials a press conference's page lists as the ones who answer (ANSWERERS_LISTED):
 * a lede that says they attended and answered, or the host naming those present. Read
 * from the headlines, the opening and the host's turns.
 */
export function listedAnswerers(texts: string[]): Guest[] {
  const guests: Guest[] = [];
  for (const text of texts) {
    for (const match of text.matchAll(LISTED_RE)) {
      const list = match.groups?.list ?? '';
      for (const item of list.split(LIST_SEPARATOR)) {
        const person = item === undefined ? undefined : listedPerson(item);
        if (person && !guests.some((g) => g.name === person.name)) guests.push({ ...person, announced: match[0] });
      }
    }
  }
  return guests;
}
