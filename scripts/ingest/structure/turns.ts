// Interview turns: `记者：…`, `主持人：…`, `问：…`, `唐荣：…`, `沈主任：…`,
// `山西日报记者：…`, `…国务院研究室主任 黄守宏：…` — the label before a colon,
// and the text after it or, in transcripts, on the next line.
import type { Block } from '../types.ts';
import { findPeople } from '../people/find.ts';
import { isOfficialName } from '../people/names.ts';
import { POSTS } from '../people/vocabulary.ts';
import { isPersonName, isSalutation } from './lines.ts';
import { ANSWERING, ASKING, GUEST, HOSTING, SITE_ASKING, SOUND_BITE } from './turn-labels.ts';
import { LABELS } from '../stages/chrome/vocabulary.ts';

const whole = (terms: { term: string }[]) => new RegExp(`^(?:${[...new Set(terms.map((t) => t.term))].join('|')})$`, 'u');
/** Labels that always ask (interviewer) or always answer, whoever holds them (turn-labels.ts). */
const ASKING_LABEL = whole(ASKING);
const ANSWERING_LABEL = whole(ANSWERING);
/** The news site asks only under a label before a colon. */
const SITE_LABEL = whole(SITE_ASKING);
/** A label before a full-width or ASCII colon, followed by what was said. */
const LABEL = /^([^\s：:，。！？、“”《》（）()]{1,8})[：:](.*)$/;
/** A long label: a media list ending in 记者, or posts and a name (…国务院研究室主任 黄守宏). */
const LONG_LABEL = /^([^：:，。！？\n]{2,40}?)[：:](.*)$/;
/**
 * A label printed in brackets: [主持人]下午好 (the brackets stand for the
 * colon), or [主持人]：…, 【王少南】：…, （主持人）：… (brackets and colon both
 * printed, and kept with the label, as the page gives it). Round brackets
 * only before a colon: （一）… opens a numbered paragraph.
 */
const ENCLOSED_LABEL = /^(?:\[([^\]【】：:，。！？]{1,40})\]|【([^【】：:，。！？]{1,40})】|[（(]([^（）()：:，。！？]{1,12})[）)](?=\s*[：:]))\s*([：:])?\s*(.*)$/u;
/** A label and a name or post in brackets after it: 主持人（王跃军）, 方力（北京市环保局副局长）. */
const QUALIFIED_LABEL = /^([^\s：:，。！？、“”《》（）()]{1,8})[（(]([^（）()：:，。！？]{1,30})[）)]\s*[：:](.*)$/u;
/** A sound-bite marker opening a line: 【同期】香港立法会议员 何君尧 (turn-labels.ts). */
const SOUND_BITE_MARK = new RegExp(`^【(?:${[...new Set(SOUND_BITE.map((t) => t.term))].join('|')})】\\s*(.*)$`, 'u');
/** A list bullet a live-text page prints before each label: - 中国网:, • 中国网:. */
const BULLET = /^(?:[-–]\s+|[•·▪●◆]\s*)/u;
/** A damaged run the cleaning marked (□) right before a label: □刘友宾：… (dunya.com.cn). */
export const DAMAGE_BEFORE = /^□+/u;
/** 沈主任, 李局长: a surname and a post, as transcripts label the guest after introducing him. */
const SURNAME_POST = new RegExp(`^[\\p{Script=Han}](?:常务副|副)?(?:${[...new Set(POSTS.map((p) => p.term))].join('|')})$`, 'u');
/** A post word ending a label: 政务司司长, 原卫生部殷大奎副部长. */
const ENDS_IN_POST = new RegExp(`(?:常务副|副)?(?:${[...new Set(POSTS.map((p) => p.term))].join('|')})$`, 'u');
/** An organ's name ends in the character of its kind: 新闻局, 办公室, 委员会. */
const ORGAN_OR_POST_END = /[部委局厅办室处科组队站所校馆署司府院会社团]$/u;
/** A name of two or three characters right after a post word ending the label. */
const NAME_AFTER_POST = new RegExp(`(?:${[...new Set(POSTS.map((p) => p.term))].join('|')})([\\p{Script=Han}]{2,3})$`, 'u');
/** …党委书记、主任周长强 → 周长强 with his posts: a surname-first name right after a post word ending a label. */
export function nameAfterPost(label: string): { name: string; post: string } | undefined {
  const match = NAME_AFTER_POST.exec(label);
  if (!match || match.index === 0 || !isPersonName(match[1]!)) return undefined;
  return { name: match[1]!, post: label.slice(0, label.length - match[1]!.length) };
}

/**
 * What frames the lines as a press conference's transcript: the lede or the
 * host's opening before the first label says so (生态环境部召开5月例行新闻发布会,
 * 欢迎出席海南省新闻办公室新闻发布会). Its one labelled speaker is a turn: the
 * store's copy often stops in the first official's remarks, before any question.
 */
// 吹风会, the State Council Information Office's briefing: 国务院新闻办…举行吹风会
// (fresh h5-sina's transcript, 黄守宏： on its own line), 国新办举行解读《政府工作报告》吹风会 (kaosee.cn fixture).
export const PRESS_CONFERENCE = /新闻发布会|发布会|记者会|记者招待会|新闻通气会|吹风会/u;
/** A body's post alone, as a press office labels its officials' answers: 政务司司长, 创新及科技局局长, 行政长官. */
const POST_ONLY = /^[\p{Script=Han}]{2,16}$/u;

export interface Turn {
  /** The label as printed: 记者, [主持人], 主持人（王跃军）. */
  speaker: string;
  /** Whom the label stands for: 主持人, 王少南, 王跃军. */
  name: string;
  role: 'interviewer' | 'interviewee';
  text: string;
  /** The damage mark (□) printed right before the label. */
  damaged?: string;
}

/**
 * Kinds of label, before the document tells whether they hold a conversation.
 * A `post` (政务司司长：) stands for whoever holds it: it answers only where
 * someone asks or the label recurs.
 */
type Kind = 'asker' | 'answerer' | 'name' | 'person' | 'post';

/**
 * An info line's field labels (时间, 来源, 责编, 点击…; chrome vocabulary) are
 * never a speaker: 时间 and 来源 pass the surname test as names (时, 来), and
 * an event's `◆时间:…` line then read as an answer (pkl.gov.taipei).
 * Authors' labels stay out of this: 记者 asks.
 */
const FIELD_LABEL = new Set(LABELS.filter((l) => l.field !== 'authors').flatMap((l) => l.term.split('|')));

/** What a label is, if it can be one. */
function kindOf(label: string, colon = true): Kind | undefined {
  if (FIELD_LABEL.has(label)) return undefined;
  // 任永蔚 中央电视台记者 is a name before a post, who may answer.
  if (ASKING_LABEL.test(label) && !/^\S{2,4}\s/u.test(label)) return 'asker';
  if (colon && SITE_LABEL.test(label)) return 'asker';
  if (ANSWERING_LABEL.test(label)) return 'answerer';
  if (isPersonName(label)) return 'name';
  // A surname read as a name of two characters (沈某) tells 沈主任 from 总主任.
  if (SURNAME_POST.test(label) && isPersonName(`${label[0]}某`)) return 'person';
  // 任永蔚 中央电视台记者: a name, a space and a post.
  if (/^\S{2,4}\s+\S{2,20}$/.test(label) && isPersonName(label.split(/\s+/)[0]!)) return 'person';
  // 国务院新闻办新闻局 寿小丽, 中国民用航空局局长 冯正霖: an organ or a post, a space and a name.
  const spaced = /^(\S{2,30})\s+(\S{2,4})$/u.exec(label);
  if (spaced && (ORGAN_OR_POST_END.test(spaced[1]!) || ENDS_IN_POST.test(spaced[1]!)) && isOfficialName(spaced[2]!)) return 'person';
  // …新闻中心副主任、主持人钟雪泉: the host's post run into the name, or set off by a space (主持人 黄其山, fjyigong.com).
  const host = /主持人\s?(\p{Script=Han}{2,4})$/u.exec(label);
  if (host && isPersonName(host[1]!)) return 'person';
  const person = findPeople(label).at(-1);
  if (person && person.end === label.length && person.index > 0) return 'person';
  // 原卫生部殷大奎副部长, …北京大学第一医院刘玉村院长: the name inside, its post after it.
  const post = ENDS_IN_POST.exec(label);
  if (person && post && person.end === post.index) return 'person';
  // …党委书记、主任周长强: a surname-first name right after a post word, which the
  // name check alone refuses where a dictionary word opens it (周长/n 强).
  if (nameAfterPost(label)) return 'person';
  // 政务司司长, 创新及科技局局长: a post and the body it is held in, no name.
  if (post && POST_ONLY.test(label) && !person) return 'post';
  return undefined;
}

export interface Label {
  /** The label as the page prints it, bullet and colon left out: 记者, [主持人], 方力（北京市环保局副局长）. */
  label: string;
  /** Whom it stands for: the label without its brackets, or the name in 主持人（王跃军）, 方力（北京市环保局副局长）. */
  name: string;
  /** Printed after a broadcast script's sound-bite marker (【同期】), which the label leaves out. */
  soundBite?: boolean;
  /** The post a label gives in brackets after the name: 北京市环保局副局长 in 方力（北京市环保局副局长）. */
  post?: string;
  text: string;
  kind: Kind;
}

/**
 * 主持人（王跃军）: a role word and the name of whoever holds it, who asks;
 * 方力（北京市环保局副局长）: a name and a post, who may answer.
 */
function qualified(line: string): Label | undefined {
  const match = QUALIFIED_LABEL.exec(line);
  if (!match) return undefined;
  const [, head, inner, text] = match as unknown as [string, string, string, string];
  const label = line.slice(0, line.length - text.length).replace(/\s*[：:]$/u, '');
  if (kindOf(head) === 'asker') {
    // 主持人（王跃军）, or with his posts: 主持人（省生态环境厅宣教处处长杨正国）.
    const host = isPersonName(inner) ? inner : findPeople(inner).find((p) => p.end === inner.length)?.name;
    return host ? { label, name: host, text: text.trim(), kind: 'asker' } : undefined;
  }
  if (isPersonName(head) && findPeople(`${inner}${head}`).some((p) => p.name === head)) return { label, name: head, post: inner, text: text.trim(), kind: 'person' };
  return undefined;
}

/**
 * [主持人]：…, 【王少南】：…, [主持人]下午好, 【主持人】 alone on its line: the
 * label keeps the brackets the page prints, with or without a colon after
 * them (tests/eval/README.md, settled in the thirty-eighth session); the name
 * is the word inside.
 */
function enclosed(line: string): Label | undefined {
  const match = ENCLOSED_LABEL.exec(line);
  if (!match) return undefined;
  const name = (match[1] ?? match[2] ?? match[3]!).trim();
  const colon = match[4] !== undefined;
  const kind = kindOf(name, colon);
  if (!kind) return undefined;
  const label = line.slice(0, line.length - match[5]!.length).replace(/\s*[：:]?\s*$/u, '');
  return { label, name, text: match[5]!.trim(), kind };
}

/**
 * 【同期】香港立法会议员 何君尧, then the words on the next line, or
 * 【同期】香港特区政府房屋局局长 何永贤 多谢主席，…: the marker says a person
 * speaks; a space ends the posts and the name. Only posts and a name, or a
 * name, make the label: a speaker run into the words (【同期声】大地幼儿园老师一组…)
 * cannot be told from them.
 */
function soundBite(line: string): Label | undefined {
  const rest = SOUND_BITE_MARK.exec(line)?.[1]?.trim();
  if (!rest) return undefined;
  const parts = /^(\S{2,30}\s+\S{2,4}|\S{2,4})(?:\s+(.*))?$/u.exec(rest);
  if (!parts) return undefined;
  // The marker already says a person speaks: posts of any wording (香港立法会议员) before a name do.
  const name = parts[1]!.split(/\s+/u).at(-1)!;
  const kind = kindOf(parts[1]!, false) ?? (name !== parts[1] && (isPersonName(name) || isOfficialName(name)) ? 'person' : undefined);
  if (kind !== 'person' && kind !== 'name') return undefined;
  return { label: parts[1]!, name: parts[1]!, text: (parts[2] ?? '').trim(), kind, soundBite: true };
}

/** The label and text of a line that opens a turn, if it looks like one; `text` is empty for a label on its own line. */
export function parseLabel(line: string): Label | undefined {
  const unbulleted = line.replace(BULLET, '');
  // DAMAGE_BEFORE is anchored at □; most lines have none (docs/performance.md, eighteenth session).
  const text = unbulleted.startsWith('□') ? unbulleted.replace(DAMAGE_BEFORE, '') : unbulleted;
  const bite = soundBite(text);
  if (bite) return bite;
  const bracketed = enclosed(text) ?? qualified(text);
  if (bracketed) return bracketed;
  const guest = guestBefore(text);
  if (guest) return guest;
  for (const re of [LABEL, LONG_LABEL]) {
    const match = re.exec(text);
    if (!match) continue;
    const label = match[1]!.trim();
    // A colon inside an open bracket is a credit's, not a label's: 云上黄梅报道（全媒体记者：王亚伟）10月19日下午，…
    // (hypds.cn), 中视小记者讯（文：詹亚军 …）2023年1月10日，… (fzbdw.org.cn) open a report's lede.
    if (UNCLOSED.test(label)) continue;
    const kind = kindOf(label);
    if (kind) return { label, name: label, text: match[2]!.trim(), kind };
  }
  return undefined;
}

/** 【嘉宾】毛江虎：…: the guest's role word in brackets before the name (turn-labels.ts GUEST). */
const GUEST_MARK = new RegExp(`^[【\\[](?:${[...new Set(GUEST.map((t) => t.term))].join('|')})[】\\]]\\s*`, 'u');
function guestBefore(line: string): Label | undefined {
  const mark = GUEST_MARK.exec(line)?.[0];
  if (!mark) return undefined;
  const inner = parseLabel(line.slice(mark.length));
  if (!inner || (inner.kind !== 'name' && inner.kind !== 'person')) return undefined;
  return { ...inner, label: `${mark.trim()}${inner.label}` };
}

/** A bracket opened and not closed before the colon. */
const UNCLOSED = /[（(][^）)]*$/u;

/**
 * A label standing alone without a colon, before the turn it opens: posts and
 * a name, or a media list ending in 记者. Read only in a transcript whose other
 * labels have colons.
 */
function bareLabel(line: string): Label | undefined {
  if (line.length > 40 || /[：:，。！？]/.test(line)) return undefined;
  const kind = kindOf(line);
  return kind === 'asker' || kind === 'person' ? { label: line, name: line, text: '', kind } : undefined;
}

/**
 * 国务院新闻办新闻局局长、新闻发言人 胡凯红: the spokesman who opens a press
 * briefing and gives the floor, like a host, asks rather than answers.
 */
export const HOST = new RegExp([...new Set(HOSTING.map((t) => t.term))].join('|'), 'u');

/** What was said: a sentence, or a long enough run of text. */
const SAID = /[。！？!?…]/;

/**
 * 主持人：胡强强 国家卫生健康委新闻发言人, 访谈嘉宾：市卫健委主任沈勇、…: the
 * header of a transcript names the host and the guests; nobody speaks in it.
 */
function isHeader(label: Label): boolean {
  return /主持|嘉宾/.test(label.label) && label.text !== '' && label.text.length <= 60 && !SAID.test(label.text);
}

/**
 * The line after a label standing alone is what the labelled person said: a
 * sentence, a long run of text, or the salutation his words open with on a
 * line of its own (主持人 黄其山： / 各位来宾，各位新闻界的朋友们：).
 */
const isSaid = (line: string | undefined) => line !== undefined && !parseLabel(line) && (SAID.test(line) || line.length > 40 || isSalutation(line));

/** The person a label names: the label itself (于学军), or the name after its posts (国务院新闻办新闻局 寿小丽). */
function labelName(label: Label): string | undefined {
  if (isPersonName(label.name)) return label.name;
  const last = label.name.split(/\s+/).at(-1)!;
  if (isPersonName(last)) return last;
  if (isOfficialName(last)) return last;
  return nameAfterPost(label.name)?.name ?? findPeople(label.name).at(-1)?.name;
}

/**
 * A photo's caption printed between a label on its own line and what was said:
 * it names the labelled person (国务院新闻办公室新闻局副局长寿小丽主持发布会 under
 * 国务院新闻办新闻局 寿小丽：, hmed365's SCIO transcript), is no sentence and has
 * no label of its own. The caption is no body (tests/eval/README.md).
 */
function isCaptionOf(line: string | undefined, label: Label): boolean {
  if (line === undefined || line.length > 40 || SAID.test(line) || /[：:，,]/.test(line) || parseLabel(line)) return false;
  const name = labelName(label);
  return name !== undefined && line.includes(name) && line !== name;
}

/** The label of each line that opens a turn, by line index, with its role. */
export interface TurnPlan {
  /** `caption`: the photo caption between a label on its own line and what was said, left out of the body. */
  labels: Map<number, Label & { role: Turn['role']; caption?: string }>;
}

/**
 * Finds the turns of a document. A role word (记者, 主持人, 问) is a label
 * wherever it stands; a name (唐荣) or a person's posts and name only when
 * labels recur or answer a role word — 他强调：… in a speech is no turn, and
 * neither is a lone name line.
 */
export function planTurns(lines: string[]): TurnPlan {
  const found = new Map<number, Label & { caption?: string }>();
  const alone = new Map<number, Label>();
  lines.forEach((line, i) => {
    const label = parseLabel(line);
    if (!label || isHeader(label)) return;
    // A label on its own line opens a turn only when what was said follows it,
    // right after it or after a photo's caption naming the labelled person.
    if (label.text !== '' || isSaid(lines[i + 1])) found.set(i, label);
    else if (isCaptionOf(lines[i + 1], label) && isSaid(lines[i + 2])) found.set(i, { ...label, caption: lines[i + 1]! });
    else alone.set(i, label);
  });
  // …or when the same label opens other turns: a page cut mid-sentence leaves its last turn short.
  const named = new Set([...found.values()].map((l) => l.name));
  for (const [i, label] of alone) {
    const next = lines[i + 1];
    if (named.has(label.name) && next !== undefined && !parseLabel(next)) found.set(i, label);
  }
  // Labels without colons in a transcript that has others with colons; or,
  // where no label has a colon, two or more bare labels with one a role word
  // (主持人, then 中国民用航空局局长 冯正霖: j637's live transcript; the
  // class sample's pages in docs/wide-samples/layout-s12).
  const bare = new Map<number, Label>();
  lines.forEach((line, i) => {
    if (found.has(i) || found.get(i - 1)?.caption === line || !isSaid(lines[i + 1])) return;
    const label = bareLabel(line);
    if (label) bare.set(i, label);
  });
  const bareTranscript = bare.size >= 2 && [...bare.values()].some((l) => l.kind === 'asker');
  if (found.size > 0 || bareTranscript) for (const [i, label] of bare) found.set(i, label);
  const counts = new Map<string, number>();
  for (const { name } of found.values()) counts.set(name, (counts.get(name) ?? 0) + 1);
  const kinds = [...found.values()].map((l) => l.kind);
  // A host's label asks as a role word does; so does the name a role label gave him (主持人（修奇）, then 修奇：).
  const hosts = new Set([...found.values()].filter((l) => l.kind === 'asker' && l.name !== l.label).map((l) => l.name));
  // A caption that says its person hosts (…副局长寿小丽主持发布会) makes the label a host's.
  const asks = (l: Label & { caption?: string }) =>
    l.kind === 'asker' || (l.kind === 'person' && HOST.test(l.label)) || hosts.has(l.name) || (l.caption !== undefined && HOST.test(l.caption));
  const asked = [...found.values()].some(asks);
  const people = kinds.filter((k) => k === 'name' || k === 'person').length;
  const labels: TurnPlan['labels'] = new Map();
  for (const [i, label] of found) {
    if (asks(label)) labels.set(i, { ...label, role: 'interviewer' });
    else if (label.kind === 'answerer') labels.set(i, { ...label, role: 'interviewee' });
    else if (asked || (counts.get(label.name) ?? 0) >= 2 || (label.kind === 'person' && people >= 2)) {
      labels.set(i, { ...label, role: HOST.test(label.label) ? 'interviewer' : 'interviewee' });
    }
  }
  // A broadcast script prints a question as a sound bite and the answer as the
  // next: a sound bite whose words end in a question, another person's sound
  // bite right after it, asks (何君尧 …你会不会接受我这个邀约？ then 何永贤 多谢主席…).
  const order = [...labels.keys()].sort((a, b) => a - b);
  order.forEach((i, k) => {
    const label = labels.get(i)!;
    const next = order[k + 1] === undefined ? undefined : labels.get(order[k + 1]!);
    const said = label.text !== '' ? label.text : lines[i + 1] ?? '';
    if (label.soundBite && next?.soundBite && next.name !== label.name && /[？?]$/u.test(said.trim())) labels.set(i, { ...label, role: 'interviewer' });
  });
  // A lone label with nobody asking is a quotation, not a conversation, unless a press conference frames it.
  const distinct = new Set([...labels.values()].map((l) => l.name));
  if (distinct.size <= 1 && ![...labels.values()].some((l) => l.role === 'interviewer')) return { labels: pressConferenceTurns(lines, found) };
  return { labels };
}

/**
 * A press conference's transcript whose copy holds one official's labelled
 * remarks: the label (a name, or posts and a name) opens a paragraph without
 * quotation marks, and a line before it frames the lines as a press
 * conference. A host's label (新闻发言人, 主持) gives the floor.
 */
function pressConferenceTurns(lines: string[], found: Map<number, Label>): TurnPlan['labels'] {
  const labels: TurnPlan['labels'] = new Map();
  const people = [...found].filter(([, l]) => (l.kind === 'name' || l.kind === 'person') && !/^[“「"]/u.test(l.text));
  if (people.length === 0 || new Set(people.map(([, l]) => l.name)).size !== 1) return labels;
  const first = Math.min(...people.map(([i]) => i));
  if (!lines.slice(0, first + 1).some((line) => PRESS_CONFERENCE.test(line))) return labels;
  for (const [i, label] of people) labels.set(i, { ...label, role: HOST.test(label.label) ? 'interviewer' : 'interviewee' });
  return labels;
}

/** Paragraphs that may carry a labelled turn on before the next label: a question is put in a few at most. */
const MAX_CARRIED = 3;

/**
 * Where a turn carried on past its labelled paragraph ends in a question: the
 * index of the next labelled paragraph, when one to three unlabelled
 * paragraphs follow the label's and the last of them ends in a question mark
 * (the page's own order of question and answer, as for a sound bite in
 * planTurns). ciudsrc.com's 王雪 states her view, then asks 不知道县领导是否
 * 在这方面考虑过？, and 苏波 answers; cctv.com's host puts his question to 段永传 in
 * the paragraph under his 主持人 label.
 */
export function carriedQuestion(paragraphs: readonly string[], from: number, labelled: (p: string) => boolean): number | undefined {
  let j = from;
  while (j < paragraphs.length && j - from < MAX_CARRIED && !labelled(paragraphs[j]!)) j++;
  if (j === from || j >= paragraphs.length || !labelled(paragraphs[j]!)) return undefined;
  return /[？?][”」]?$/u.test(paragraphs[j - 1]!.trim()) ? j : undefined;
}

/**
 * A label glued to the sentence before it, within one line: the lede and the
 * first question (…院长张启生。记者：张院长，您好。, ppdoc.com), or a question and
 * the answer (记者：那我们现在进入到什么阶段了？曾光：进入新的时期…, chinacdc.cn).
 * It opens a turn of its own where it follows a sentence's end, outside
 * quotation marks, and is a role word (记者, 主持人, 问, 答) whose words speak
 * to someone (您) or ask, or a name that opens another line of the page as a
 * label. A list of headlines (…就是停车费太贵！网友：30元1小时…) does neither.
 */
const GLUED = /(?<=[。！？!?])(?=([^\s：:，。！？、“”《》（）()]{1,8})[：:])/gu;
/** Words that put a question or speak to the interviewee. */
const ASKS_OR_ADDRESSES = /[？?]|您/u;

export function splitGluedTurns(lines: string[]): string[] {
  // The names that open lines as labels: a glued name is one of them.
  const opening = new Set(lines.map((l) => parseLabel(l)).filter((l) => l !== undefined && (l.kind === 'name' || l.kind === 'person')).map((l) => l!.name));
  const out: string[] = [];
  for (const line of lines) {
    let start = 0;
    for (const match of line.matchAll(GLUED)) {
      const at = match.index!;
      const before = line.slice(0, at);
      // Inside quotation marks the label is quoted words, not a turn.
      if ((before.match(/“/gu)?.length ?? 0) > (before.match(/”/gu)?.length ?? 0)) continue;
      const label = parseLabel(line.slice(at));
      if (!label || label.text === '') continue;
      const role = label.kind === 'asker' || label.kind === 'answerer';
      if (role ? !ASKS_OR_ADDRESSES.test(label.text.split(/(?<=[。！？!?])/u)[0]!) : !opening.has(label.name)) continue;
      out.push(line.slice(start, at));
      start = at;
    }
    out.push(line.slice(start));
  }
  return out;
}

export function turnBlock(turn: Turn): Block {
  const block: Block = { kind: 'turn', part: 'body', text: turn.text, speaker: turn.speaker, name: turn.name, role: turn.role };
  if (turn.damaged) block.damaged = turn.damaged;
  return block;
}
