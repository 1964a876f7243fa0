// Stage: whose own words the document carries (speakers), the other people it
// names with their posts (people), and the occasion of a speech.
//
// Speakers are found only for a speech and an interview; a report or a notice
// tells what people said or did, and they go to `people`. A speech's speaker
// comes from, in order of trust: the name line under the title (朱烜, 市委书记
// 张伟 — set aside by the structure stage, or left at the top of the body when
// the page's own title was not found, or right above the salutation), a name in
// the title (张伟同志在…上的讲话, 冯少勇院长在…上的讲话),
// the cover notice that transmits it (…李强同志在…上的讲话印发给你们), the
// signature. An interview's interviewees are the people its answering turns
// are labelled with (唐荣：, …国务院研究室主任 黄守宏：, 沈主任： matched to the
// guest the opening introduces); when the opening names whom it invited to
// answer, only they count. Without named turns (问/答), the headline or lede
// names the interviewee: …张晓亚答记者问, 专访…孙晓梅, 周先旺在接受…专访时.
// A label that is a post (发言人：, 李局长：) is the guest the opening or the
// host introduced with that post, and nobody without one. Turns the structure
// stage left as paragraphs (记者 李红：…, 发言人：…) are read here when a role
// word asks in them. A speaker never named (XX同志, 县委书记) gives none.
// Reporters, hosts and spokesmen who give the floor, and a named host who
// opens the exchange by introducing the guest, are never speakers.
//
// Both readings run for a speech or an interview, the classifier's type first.
// A candidate the text reports in the third person past its opening
// (张伟指出，…) is one the document tells about: a report, so no speaker.
//
// The role is the post the text gives next to the name. Where each speaker
// came from goes to the cleaning log; two sources naming different speakers
// leave the field empty with a warning.
import { CUE_RULES } from '../classify/cues.ts';
import { documentView, type Doc } from '../classify/view.ts';
import { termMatches } from './classify.ts';
import { findPeople, type PersonMention } from '../people/find.ts';
import { introducedGuests, labelledGuests, listedAnswerers } from '../people/guests.ts';
import { isOfficialName } from '../people/names.ts';
import { ANSWERING, ANSWERS_LEAD_IN, FULL_TEXT_FOLLOWS, HOST_SHAPES, HOST_WELCOME, INVITED, INVITED_SPOKESMAN, REPRESENTATIVE_TITLE, SELF_INTRODUCTION, SPEAKER_TITLE_SHAPES, SPEECH_LEAD_IN, SPEECH_SOLE_LABEL, LABEL_AFTER_POST, VISITING } from '../people/speaker-cues.ts';
import { findDates } from '../../../core/dates/parse.ts';
import { requiredLiteral } from '../lib/required-literal.ts';
import { namePostLine, nameLine, signatureLine } from '../people/name-line.ts';
import { addressedMessageSpeaker, coversAll, fullTextLineSpeaker, speakerGenreTitle } from '../people/title-speaker.ts';
import { answersTold, reportedIn } from '../people/reported.ts';
import { selfNamedSpeaker } from '../classify/self-named.ts';
import { POSTS } from '../people/vocabulary.ts';
import { isPersonName, isSalutation, parseNameLine } from '../structure/lines.ts';
import { carriedQuestion, nameAfterPost, parseLabel } from '../structure/turns.ts';
import type { Block, IngestFile, Person, Speaker } from '../types.ts';

const STAGE = 'speakers';
/** The salutation terms of the speech cues (同志们：, 尊敬的…、各位朋友：). */
const SALUTATION = [...new Set(CUE_RULES.filter((r) => r.id === 'speech-salutation').flatMap((r) => r.cues.map((c) => c.term)))];

interface Found extends Speaker {
  /** Where the speaker was read, for the cleaning log. */
  from: string;
}

/** The person whose mention ends right before `tail` matches, in `text`. */
function personBefore(text: string, tail: RegExp): PersonMention | undefined {
  return findPeople(text).find((p) => tail.test(text.slice(p.end)));
}

const asSpeaker = (p: PersonMention, from: string): Found => ({ name: p.name, ...(p.post ? { role: p.post } : {}), from });

/**
 * 王建国同志在全市经济工作会议上的讲话, 市委书记张伟在…会议上的讲话, and the
 * occasion closed by 的 alone, without 上 or 时: 王珣章主委在中美经贸圆桌会议的致辞稿
 * (apgei.org, unseen17), 王辰院校长在北京协和医学院…纪念大会的讲话 (kanhuxi.com,
 * unseen21).
 */
const shapeTerms = (id: string) => [...new Set(SPEAKER_TITLE_SHAPES.filter((t) => t.id === id).map((t) => t.term))];
/** The genre words of a speech's title: 主持词 from the table (speech-title-host). */
const SPEECH_GENRE = ['讲话', '致辞', '发言', '报告', '演讲', ...shapeTerms('speech-title-host')].join('|');
const SPEECH_TITLE = new RegExp(`^(.{2,30}?)(?:同志)?在.{2,60}(?:(?:上|时)的?|的)[^，。]{0,8}(?:${SPEECH_GENRE})`, 'u');
const HOST_GENRE = new RegExp(`(?:${shapeTerms('speech-title-host').join('|')})$`, 'u');
/** A column's tag in brackets before the title (title-column-tag): （现场实录）, 【法院讲话】. */
const COLUMN_TAG = new RegExp(shapeTerms('title-column-tag').join('|'), 'u');

function fromTitle(headline: string): Found | undefined {
  const tag = COLUMN_TAG.exec(headline);
  const title = tag ? headline.slice(tag[0].length) : headline;
  // A main title and its ——subtitle: the speaker is named in either.
  for (const part of title.split(/[—―－]{1,2}/u).filter(Boolean)) {
    const found = fromTitlePart(part, headline);
    if (found) return tag ? { ...found, from: `${found.from} (rule title-column-tag: ${tag[0]})` } : found;
  }
  return undefined;
}

/** 新生代表张译文发言, 教师代表徐文守老师开学典礼发言: each term's group 1 is what follows 代表. */
const REPRESENTATIVE_RES = [...new Set(REPRESENTATIVE_TITLE.map((t) => t.term))].map((t) => new RegExp(t, 'u'));
/** What may follow the representative's name in such a title. */
const AFTER_REPRESENTATIVE = /^(?:老师|同学|同志|在|$)/u;

function fromRepresentative(part: string, headline: string): Found | undefined {
  const rest = REPRESENTATIVE_RES.map((re) => re.exec(part.trim())?.[1]).find((r) => r !== undefined);
  if (!rest) return undefined;
  const name = [3, 2].map((n) => rest.slice(0, n)).find((n) => isOfficialName(n) && AFTER_REPRESENTATIVE.test(rest.slice(n.length)));
  return name ? { name, from: `the title "${headline}"` } : undefined;
}

function fromTitlePart(part: string, headline: string): Found | undefined {
  const representative = fromRepresentative(part, headline);
  if (representative) return representative;
  const match = SPEECH_TITLE.exec(part) ?? speakerGenreTitle(part);
  if (!match) {
    // 校长袁寿其寄语建院80华诞: a message addressed to someone, its speaker named with his post.
    const addressed = addressedMessageSpeaker(part);
    return addressed ? asSpeaker(addressed, `the title "${headline}"`) : undefined;
  }
  const who = match[1]!;
  // 主持词: the host's script (speech-title-host).
  const from = HOST_GENRE.test(match[0]) ? `the title "${headline}" (rule speech-title-host)` : `the title "${headline}"`;
  if (isOfficialName(who)) return { name: who, from };
  const person = findPeople(`${who}在`).at(-1);
  // 市委书记张伟, the name before its post (冯少勇院长), or the body, the name and the post (岫岩法院马国财院长).
  if (person) return coversAll(person, who) ? asSpeaker(person, from) : undefined;
  const held = organNamePost(who);
  return held ? { ...held, from: `${from}, a body, a name and a post` } : undefined;
}

/** A post word ending the words before a speech title's 在 (校长, 院长, 书记, 副县长). */
const POST_AT_END = new RegExp(`(?:常务副|副|代)?(?:${[...new Set(POSTS.flatMap((p) => p.term.split('|')))].join('|')})$`, 'u');
/** The last character of a body's name: 大学, 学院, 中学, 法院, 医院, 县委, 公安局, 集团公司. */
const ORGAN_LAST = /[学校院委府局厅部办所司处会社馆站室团]$|(?:中心|公司)$/u;

/**
 * The speaker part of a speech title that is a body's name, a person's name and
 * his post, the body being one findPeople does not take before a name
 * (中国科学技术大学侯建国校长在2013级本科新生开学典礼上的讲话, 004km.cn, unseen21;
 * the court's 岫岩法院马国财院长, asxy.lncourt.gov.cn, unseen13, is the same shape
 * findPeople reads): the post word ends it, the name before the post is a name
 * (the surname list, jieba's dictionary and the division table), and what stands
 * before the name ends as a body's name does.
 */
function organNamePost(who: string): Speaker | undefined {
  const post = POST_AT_END.exec(who);
  if (!post) return undefined;
  const before = who.slice(0, post.index);
  for (const n of [3, 2]) {
    const name = before.slice(-n);
    const organ = before.slice(0, -n);
    if (name.length === n && organ.length >= 2 && ORGAN_LAST.test(organ) && isOfficialName(name)) return { name, role: organ + post[0] };
  }
  return undefined;
}

/** The speech's genre word, its byline and the day run together (speech-byline-glued): group `who` is the byline. */
const GLUED_BYLINE = new RegExp(shapeTerms('speech-byline-glued').join('|'), 'gu');

/**
 * The speaker a document site's one-line copy of a speech's head names between
 * the title's genre word and the day (…上的讲话提纲王建〔2022年8月16日〕区委…,
 * biganzidoc.com; …上的讲话西安交通大学党委书记张迈曾(2020年11月13日)各位领导…,
 * wukong.top): a name alone, or posts and a name, as a byline line would give
 * them; the headlines and the first paragraphs are read.
 */
function fromGluedByline(doc: Doc): Found | undefined {
  for (const text of [...doc.headlines, ...doc.opening.slice(0, 2)]) {
    for (const match of text.matchAll(GLUED_BYLINE)) {
      const who = match.groups?.who ?? '';
      const from = `the byline glued to the title "${match[0].slice(0, 40)}" (rule speech-byline-glued)`;
      if (isOfficialName(who)) return { name: who, from };
      const person = findPeople(`${who}在`).at(-1);
      if (person) {
        if (coversAll(person, who)) return asSpeaker(person, from);
        continue;
      }
      const held = organNamePost(who);
      if (held) return { ...held, from };
    }
  }
  return undefined;
}

/** …李强同志在全市组织工作会议上的讲话印发给你们. */
const TRANSMITTED = /^(?:同志)?(?:在[^。；]{2,60}(?:上|时)的?)?[^。；]{0,6}(?:讲话|致辞|发言|报告|演讲)/u;

function fromNotice(blocks: Block[]): Found | undefined {
  for (const block of blocks.filter((b) => b.part === 'notice')) {
    const person = personBefore(block.text, TRANSMITTED);
    if (person) return asSpeaker(person, 'the cover notice');
    for (const match of block.text.matchAll(/([\p{Script=Han}]{2,3})同志在/gu)) {
      if (isOfficialName(match[1]!)) return { name: match[1]!, from: 'the cover notice' };
    }
  }
  return undefined;
}

const compact = (line: string) => line.replace(/\s+/gu, '');

/**
 * A name line the page printed between two copies of its title (新学期的校长致辞 /
 * 秦风学 / 新学期的校长致辞 on beiweimall.com, an essay site's uploader; 纪委副书记:… /
 * 苗元礼 / 纪委副书记:… on news.sina.com.cn, a photo's subject): the credit of the
 * page's header block, which the page then repeats its title under, not the
 * speech's speaker line, which stands under the one title it heads.
 */
export function creditBetweenTitles(line: string, pageLines: string[]): boolean {
  const lines = pageLines.slice(0, 12).map(compact);
  const at = lines.indexOf(compact(line));
  if (at < 1) return false;
  const title = lines[at - 1]!;
  return title.length > 4 && lines.slice(at + 1, at + 3).includes(title);
}

/** Name lines: set aside under the title, or the short lines at the top of the body before the first sentence. */
function fromNameLine(front: string[], doc: Doc, pageLines: string[] = []): Found | undefined {
  const credit = (line: string) => creditBetweenTitles(line, pageLines);
  for (const line of front) {
    const name = signatureLine(line);
    if (name && !credit(line)) return { ...name, from: 'the name line under the title' };
  }
  // The page's own title lost, a speaker line with its day glued to it ((2004年8月22日)胡锦涛) stands first.
  const [first, ...rest] = doc.headlines;
  const dated = first !== undefined && findDates(first).length > 0 ? [first] : [];
  for (const line of [...dated, ...rest]) {
    const name = signatureLine(line);
    if (name && !credit(line)) return { ...name, from: 'a name line at the top of the body' };
  }
  // 政务司司长林郑月娥 right above 尊敬的…各位朋友：, below a photo caption that ends the head lines early;
  // or below a page's own furniture longer than the opening (a 范文 site's table of contents, its
  // heading repeated): the first salutation of the body's first paragraphs.
  const paragraphs = doc.blocks.filter((b) => b.part === 'body' && b.kind === 'paragraph').slice(0, SALUTATION_WITHIN).map((b) => b.text);
  const salutation = paragraphs.findIndex((line) => isSalutation(line) || SALUTATION.some((term) => termMatches(term, line)));
  const above = salutation > 0 ? nameLine(paragraphs[salutation - 1]!) : undefined;
  return above ? { ...above, from: 'the name line above the salutation' } : undefined;
}

/** How many body paragraphs are searched for the speech's first salutation, the page's furniture before it. */
const SALUTATION_WITHIN = 20;

/** 习近平：欢迎知识分子提出批评: a headline that gives a name, or posts and a name, before the words it quotes. */
const QUOTE_HEADLINE = /^([^：:，。！？“”《》]{2,24})[：:]/u;

/** The speaker a speech's own title names before a colon; the page's title only, not a caption or a heading. */
function fromQuoteHeadline(title: string | undefined): Found | undefined {
  const who = title === undefined ? undefined : QUOTE_HEADLINE.exec(title)?.[1];
  if (!who) return undefined;
  if (isOfficialName(who)) return { name: who, from: `the title "${title}"` };
  const person = findPeople(`${who}：`).at(-1);
  return person && person.end === who.length ? asSpeaker(person, `the title "${title}"`) : undefined;
}

const alternatives = (terms: { term: string }[]) => [...new Set(terms.map((t) => t.term))].join('|');
/** 以下为行政长官曾荫权今日…出席…的致辞全文：, a press office's line above the speech. */
const LEAD_IN_RE = new RegExp(alternatives(SPEECH_LEAD_IN), 'u');
/** 以下是行政长官李家超今日…会见传媒的开场发言及答问内容：, its line above a media session's answers (answers-lead-in). */
const ANSWERS_LEAD_IN_RE = new RegExp(alternatives(ANSWERS_LEAD_IN), 'u');
/** …发表了即席讲话，全文如下：, a news lede that hands over to the speech. */
const FULL_TEXT_RE = new RegExp(`(?:${alternatives(FULL_TEXT_FOLLOWS)})$`, 'u');
/**
 * The run each FULL_TEXT_FOLLOWS term must hold (全文如下): the pattern is tried
 * at each position of the lede, up to 160 characters on from each, so a lede
 * holding none of them is not handed to it (docs/performance.md, ingestcpu).
 * A term without such a run ('') lets every lede through.
 */
const FULL_TEXT_WORDS = [...new Set(FULL_TEXT_FOLLOWS.map((t) => requiredLiteral(new RegExp(t.term, 'u'))))];
const mayHandOver = (text: string) => FULL_TEXT_WORDS.some((word) => text.includes(word));

/** The speaker a press release's lead-in names, under the title (a front line) or in the opening lines before the speech's salutation. */
function fromLeadIn(doc: Doc): Found | undefined {
  for (const text of [...doc.front, ...doc.opening.slice(0, 3)]) {
    const match = LEAD_IN_RE.exec(text);
    const person = match ? findPeople(match[0])[0] : undefined;
    if (person) return asSpeaker(person, `the lead-in "${match![0].slice(0, 40)}"`);
    const answers = ANSWERS_LEAD_IN_RE.exec(text);
    const answerer = answers ? findPeople(answers[0])[0] : undefined;
    if (answerer) return asSpeaker(answerer, `the lead-in "${answers![0].slice(0, 40)}" (rule answers-lead-in)`);
  }
  // …局长王宏…致以新春问候。全文如下：: the one person the lede's last sentence names.
  for (const text of doc.opening.slice(0, 3)) {
    const match = mayHandOver(text) ? FULL_TEXT_RE.exec(text) : null;
    const people = match ? [...new Map(findPeople(match[0]).map((p) => [p.name, p])).values()] : [];
    if (people.length === 1) return asSpeaker(people[0]!, `the lede "${match![0].slice(-40)}"`);
  }
  // 梁振英新年贺辞全文： on its own line under a news lede about the speech, anywhere in the opening.
  for (const text of doc.opening) {
    const person = fullTextLineSpeaker(text);
    if (person) return asSpeaker(person, `the full-text line "${text}"`);
  }
  return undefined;
}

function fromSignature(blocks: Block[]): Found | undefined {
  const closing = blocks.filter((b) => b.part === 'closing');
  for (const block of closing) {
    const name = signatureLine(block.text);
    if (name) return { ...name, from: 'the signature' };
  }
  // A name and a post, or a body and a name, on the body's last line, which the structure stage did not set apart as a closing (林泽安 院长, 国家海洋局 王 宏).
  const last = blocks.filter((b) => b.part === 'body' && b.kind === 'paragraph').at(-1);
  const signed = last ? signatureLine(last.text) : undefined;
  return signed?.role !== undefined ? { ...signed, from: 'the signature on the last line' } : undefined;
}

/** A title that is nothing but a name and a post (姚玉云校长, stlkg.edu.hk): the speaker line taken as the page's title. */
function fromTitleLine(title: string | undefined): Found | undefined {
  const name = title === undefined ? undefined : namePostLine(title);
  return name ? { ...name, from: `the title line "${title}", a name and a post` } : undefined;
}

/** 我是来自五一中队的杨博玮。: the clause a speaker introduces himself with. */
const SELF_INTRODUCTION_RE = new RegExp(alternatives(SELF_INTRODUCTION), 'u');
/** How far into a paragraph the introduction may stand: after a salutation and a greeting (尊敬的…：大家早上好。), not further. */
const SELF_INTRODUCTION_AT = 60;

/**
 * The speaker who introduces himself in the first sentences of his speech
 * (大家好！我是来自教育学院教育学专业的熊润泽，…): a student's or a teacher's
 * speech on a school's page often has no name line, only this. The name is
 * the clause's last two or three characters, where they are a name.
 */
function fromSelfIntroduction(doc: Doc): Found | undefined {
  for (const text of doc.opening.slice(0, 3)) {
    const match = SELF_INTRODUCTION_RE.exec(text);
    if (!match || match.index > SELF_INTRODUCTION_AT || (text.slice(0, match.index).match(/[。！？!?]/gu)?.length ?? 0) > 2) continue;
    const clause = match[0];
    const name = [3, 2].map((n) => clause.slice(-n)).find((n) => n.length < clause.length - 1 && isOfficialName(n));
    if (name) return { name, from: `the self-introduction "${clause}"` };
  }
  return undefined;
}

const QUOTED = /“[^”]*”|「[^」]*」/gu;

/**
 * The speaker who names himself by his given name as the subject of his
 * clauses, outside quotations (维顺承蒙…；维顺将在…, lyee.gov.tw; 志宏心中既感动又温暖…,
 * lugangnews.com): the reading that types the text a speech (classify/self-named.ts)
 * names its speaker too. Read last, when no line names him.
 */
function fromSelfNamed(blocks: Block[]): Found | undefined {
  const paragraphs = blocks.filter((b) => b.part === 'body' && b.kind === 'paragraph').map((b) => b.text.replace(QUOTED, ''));
  const name = selfNamedSpeaker(paragraphs);
  return name ? { name, from: `the given name ${name} the text's own voice uses for itself` } : undefined;
}

/** The post given next to `name` anywhere in `texts`, for a speaker whose own line gives none. */
function postOf(name: string, texts: string[]): string | undefined {
  for (const text of texts) {
    const post = findPeople(text).find((p) => p.name === name)?.post;
    if (post) return post;
  }
  return undefined;
}

type Warn = (reason: string) => void;
/** A decision logged with the id of the rule that made it. */
type Note = (reason: string, ruleId: string) => void;

/**
 * A message signed jointly under its title, one signer a line (中共忻州市委书记 朱晓东 /
 * 忻州市人民政府代市长 李建国, xzrbw.com; 中共昌都市委员会 普布顿珠 / 昌都市人民政府
 * 陈 军, changdu.gov.cn): the signature lines that stand next to each other among
 * the lines set aside under the title or the short lines at the top of the body,
 * when they name more than one person.
 */
function jointSigners(lines: string[], pageLines: string[]): Found[] {
  const signers: Found[] = [];
  let last = -2;
  lines.forEach((line, i) => {
    const name = signatureLine(line);
    if (!name || creditBetweenTitles(line, pageLines)) return;
    if (signers.length > 0 && i !== last + 1) signers.length = 0;
    if (!signers.some((s) => s.name === name.name)) signers.push({ ...name, from: 'the signature lines under the title' });
    last = i;
  });
  return signers.length > 1 ? signers : [];
}

function speechSpeakers(doc: Doc, front: string[], blocks: Block[], warn: Warn, title?: string, isSpeech = true, pageLines: string[] = []): Found[] {
  const joint = jointSigners([...front, ...doc.headlines], pageLines);
  // A self-introduction is read in what the classifier calls a speech only: in an interview the one who says 我是… first is its host.
  const candidates = [joint.length > 0 ? undefined : fromNameLine(front, doc, pageLines), ...doc.headlines.map(fromTitle), fromGluedByline(doc), fromLeadIn(doc), fromNotice(blocks), fromSignature(blocks), fromQuoteHeadline(title), fromTitleLine(title), isSpeech ? fromSelfIntroduction(doc) : undefined].filter((f): f is Found => f !== undefined);
  // Read only when no line names the speaker: it segments every body paragraph.
  if (candidates.length === 0 && isSpeech) candidates.push(...[fromSelfNamed(blocks) ?? fromSoleLabel(blocks)].filter((f): f is Found => f !== undefined));
  const names = new Set(candidates.map((c) => c.name));
  // Signers under the title: every other source must name one of them.
  if (joint.length > 0) {
    if ([...names].every((n) => joint.some((j) => j.name === n))) return joint;
    warn(`speakers: the speech is signed by ${joint.map((j) => j.name).join(', ')} and names ${[...names].join(', ')} elsewhere; left empty`);
    return [];
  }
  if (names.size > 1) {
    warn(`speakers: the speech names more than one speaker (${[...names].join(', ')}); left empty`);
    return [];
  }
  const first = candidates[0];
  if (!first) return [];
  // The role any source gives, else the post the notice or the opening gives next to the name.
  const notice = blocks.filter((b) => b.part === 'notice').map((b) => b.text);
  const role = candidates.map((c) => c.role).find((r) => r !== undefined) ?? postOf(first.name, [...notice, ...doc.headlines, ...doc.opening]);
  return [{ name: first.name, ...(role ? { role } : {}), from: candidates.map((c) => c.from).join('; ') }];
}

/** Words of a post that end a turn label: 发言人, 局长, 副局长. */
const POST_LABEL = new RegExp(`(?:常务副|副)?(?:${[...new Set(POSTS.map((p) => p.term))].join('|')})$`, 'u');

/**
 * A label that is a post alone (发言人, 局长) or a surname and a post (沈主任,
 * 李局长): the one person the opening introduced with that post and surname,
 * and nobody when it introduced none or several.
 */
function byPost(label: string, introduced: PersonMention[]): Found | undefined {
  const post = POST_LABEL.exec(label);
  if (!post || post.index > 1) return undefined;
  const surname = label.slice(0, post.index);
  const guests = [...new Map(introduced.filter((p) => p.name.startsWith(surname) && p.post.endsWith(post[0])).map((p) => [p.name, p])).values()];
  return guests.length === 1 ? asSpeaker(guests[0]!, `the turn label "${label}" and the introduction of ${guests[0]!.name}`) : undefined;
}

/** A label that is a body's post and nothing else: 政务司司长, 创新及科技局局长, 行政长官. */
const POST_ONLY = /^[\p{Script=Han}]{2,16}$/u;
/** What may follow a name in a list of officials: 杨伟雄和民政事务局局长…, 陈帆、…. */
const NAME_END = /^(?:和|与|及|、|，|今日|今天|[（(]|$)/u;

/**
 * The one person the opening names right after the post the label gives
 * (…创新及科技局局长杨伟雄和…): a press office labels its officials' answers
 * with their posts and names them once, in the lead-in. The post must stand
 * whole before the name, so 局长 does not pick one of several bureau heads.
 */
function holderOf(label: string, texts: string[]): Found | undefined {
  const names = new Map<string, string>();
  for (const text of texts) {
    for (let at = text.indexOf(label); at !== -1; at = text.indexOf(label, at + 1)) {
      const start = at + label.length;
      // A post inside a longer one (局长 in 副局长) is another post.
      if (at > 0 && /[副代]/u.test(text[at - 1]!)) continue;
      const person = findPeople(text).find((p) => p.index === start);
      const name = person?.name ?? [3, 2, 4].map((n) => text.slice(start, start + n)).find((n) => isOfficialName(n) && NAME_END.test(text.slice(start + n.length)));
      if (name) names.set(name, text);
    }
  }
  if (names.size !== 1) return undefined;
  const [[name, text]] = [...names];
  return { name, role: label, from: `the turn label "${label}" and the opening "${text.slice(0, 40)}"` };
}

/** A surname and a form of address (徐老师, 王先生): how an interview labels someone it named in full elsewhere. */
const ADDRESSED = /^(\p{Script=Han})(老师|先生|女士|教授|博士)$/u;

/**
 * The one person the headline or the opening names in full with the surname and
 * the form of address the label gives (徐老师： under 与徐远谋老师有约), and nobody
 * when they name none or several: the label itself is no name.
 */
function byAddress(label: string, texts: string[]): Found | undefined {
  const [, surname, address] = ADDRESSED.exec(label)!;
  const names = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(new RegExp(`${surname}(\\p{Script=Han}{1,2}?)${address}`, 'gu'))) {
      const name = `${surname}${m[1]}`;
      if (isOfficialName(name)) names.add(name);
    }
  }
  if (names.size !== 1) return undefined;
  const [name] = [...names];
  return { name: name!, from: `the turn label "${label}" and the name written in full with ${address}` };
}

/** The name and post a turn label gives, if it names a person. */
function labelPerson(label: string, introduced: PersonMention[], texts: string[] = []): Found | undefined {
  // 发言人, 李局长: a post, with or without a surname, is no name of its own.
  if (POST_LABEL.test(label) && POST_LABEL.exec(label)!.index <= 1) return byPost(label, introduced);
  if (ADDRESSED.test(label)) return byAddress(label, texts);
  // A word the dictionary holds that opens with a surname's character (纪录：, a write-up's recorder line) is no name.
  if (isPersonName(label) && isOfficialName(label)) {
    const post = introduced.find((p) => p.name === label)?.post;
    return { name: label, ...(post ? { role: post } : {}), from: `the turn label "${label}"` };
  }
  // …unless the opening names him right after a post (…县长程文。): rule label-introduced-with-post.
  const postBefore = isPersonName(label) ? introducedAfterPost(label, texts) : undefined;
  if (postBefore) return { name: label, role: postBefore, from: `the turn label "${label}" and the opening naming him after the post ${postBefore} (rule label-introduced-with-post)` };
  // 政务司司长, 行政长官: a body's post alone is whoever the opening names with it (政务司司长张建宗今日…).
  const holder = POST_ONLY.test(label) && POST_LABEL.test(label) ? holderOf(label, texts) : undefined;
  if (holder) return holder;
  const [first, ...rest] = label.split(/\s+/);
  // 任永蔚 中央电视台记者: the name first.
  if (rest.length > 0 && first && isPersonName(first)) return { name: first, role: rest.join(''), from: `the turn label "${label}"` };
  const person = findPeople(label).at(-1);
  if (person && person.end === label.length) return asSpeaker(person, `the turn label "${label}"`);
  // 原卫生部殷大奎副部长: the name inside, its post after it.
  if (person && POST_LABEL.exec(label)?.index === person.end) return asSpeaker(person, `the turn label "${label}"`);
  // …党委书记、主任周长强: a name the name check refuses (周长/n), right after the post.
  const afterPost = nameAfterPost(label);
  return afterPost ? { name: afterPost.name, role: afterPost.post, from: `the turn label "${label}"` } : undefined;
}

/** A host's welcome (欢迎收看…) in a turn labelled with a bare name. */
const HOST_WELCOME_RE = new RegExp(alternatives(HOST_WELCOME), 'u');

/** What may follow a name the opening gives right after a post (label-introduced-with-post). */
const AFTER_POSTED_NAME = LABEL_AFTER_POST.map((t) => new RegExp(`^(?:${t.term})`, 'u'));
/** A post word of the people vocabulary ending the words before a name: 县长, 常务副会长. */
const POST_BEFORE = new RegExp(`(?:常务副|副)?(?:${[...new Set(POSTS.flatMap((p) => p.term.split('|')))].join('|')})$`, 'u');

/**
 * The post right before `name` where the opening gives it (…县长程文。, …常务副会长吴江先生，),
 * for a label the name check refuses as a dictionary word or a place.
 */
function introducedAfterPost(name: string, texts: string[]): string | undefined {
  for (const text of texts) {
    for (let at = text.indexOf(name); at > 0; at = text.indexOf(name, at + 1)) {
      const post = POST_BEFORE.exec(text.slice(0, at))?.[0];
      if (post && AFTER_POSTED_NAME.some((re) => re.test(text.slice(at + name.length)))) return post;
    }
  }
  return undefined;
}

const hostShape = (id: string) => HOST_SHAPES.filter((t) => t.id === id).map((t) => new RegExp(t.term, 'u'));
/** 欢迎出席…: the briefing's host welcoming (host-welcomes). */
const HOST_WELCOMES = hostShape('host-welcomes');
/** 主持人陈文茜: the opening calls the label's person the host (host-introduced). */
const HOST_INTRODUCED = HOST_SHAPES.filter((t) => t.id === 'host-introduced').map((t) => t.term);
/** 朱书记，…: a turn opening on another person's surname and post (host-addresses-guest). */
const ADDRESSES = hostShape('host-addresses-guest');
const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * The labels among the answering ones that give the floor (HOST_SHAPES), each
 * with the rule that says so: one that welcomes to the briefing, one the
 * opening calls the host by name, one whose turn opens by calling another
 * label's person by surname and post. Only names a label holds are read.
 */
function hostLabels(answering: { speaker: string; text: string }[], opening: string[]): Map<string, string> {
  const hosts = new Map<string, string>();
  const names = [...new Set(answering.map((b) => b.speaker))];
  for (const b of answering) {
    if (hosts.has(b.speaker)) continue;
    if (HOST_WELCOMES.some((re) => re.test(b.text))) hosts.set(b.speaker, 'host-welcomes');
    else if (isPersonName(b.speaker) && HOST_INTRODUCED.some((term) => opening.some((t) => new RegExp(`(?:${term})${escapeRe(b.speaker)}`, 'u').test(t)))) hosts.set(b.speaker, 'host-introduced');
    else {
      const address = ADDRESSES.map((re) => re.exec(b.text.trim())?.groups).find((g) => g !== undefined);
      const other = address && POST_BEFORE.test(address.post!) ? names.find((n) => n !== b.speaker && isPersonName(n) && n.startsWith(address.surname!)) : undefined;
      if (other !== undefined && !b.speaker.startsWith(address!.surname!)) hosts.set(b.speaker, 'host-addresses-guest');
    }
  }
  return hosts;
}
/** 请…黄守宏解读…并答记者问, 采访了红旗村的村支书严龙宝: the people the opening invited to answer. */
const INVITED_RE = new RegExp(alternatives(INVITED), 'gu');
/** …张晓亚答记者问, 周先旺在接受…专访时, 耿爽主持例行记者会: what follows the interviewee's name. */
const ANSWERING_RE = new RegExp(`^(?:${alternatives(ANSWERING)})`, 'u');
/** 专访…孙晓梅, ——访…陈志刚: what precedes the interviewee's posts and name. */
const VISITING_RE = new RegExp(`(?:${alternatives(VISITING)})([^，。！？：]{2,40})`, 'u');

function invited(opening: string[]): Set<string> {
  const names = new Set<string>();
  for (const text of opening) for (const match of text.matchAll(INVITED_RE)) for (const p of findPeople(match[0])) names.add(p.name);
  return names;
}

/**
 * 于建嵘对话田成有, 胡锡进对话香港文化名人陶杰: a person named right before 对话 is
 * one party of a conversation, and the one after it the other; the headline
 * names no single interviewee (5er.net's dialogue, ppfocus.com's debate), so
 * the turns, or nobody, name the speakers.
 */
function twoParties(text: string, visit: RegExpExecArray): boolean {
  if (!visit[0].startsWith('对话')) return false;
  const before = text.slice(0, visit.index);
  if (findPeople(before).some((p) => p.end === before.length)) return true;
  // A name alone before 对话, set off by a dash, a space or punctuation (——于建嵘对话…).
  return [3, 2].some((n) => before.length >= n && isOfficialName(before.slice(-n)) && !/\p{Script=Han}/u.test(before.slice(-n - 1, -n) || '—'));
}

/** …张晓亚答记者问, 韩长赋等就…答记者问, 周先旺在接受…专访时, 专访…孙晓梅, ——访…陈志刚. */
function fromHeadOrLede(doc: Doc): Found | undefined {
  for (const text of [...doc.headlines, ...doc.opening.slice(0, 2)]) {
    const answering = personBefore(text, ANSWERING_RE);
    if (answering) return asSpeaker(answering, `"${text.slice(0, 40)}"`);
    const visit = VISITING_RE.exec(text);
    if (visit && !twoParties(text, visit)) {
      const person = findPeople(visit[1]!).at(-1) ?? (isOfficialName(visit[1]!) ? { name: visit[1]!, post: '', index: 0, end: visit[1]!.length } : undefined);
      if (person) return asSpeaker(person, `"${text.slice(0, 40)}"`);
    }
  }
  return undefined;
}

interface LabelledTurn {
  speaker: string;
  text: string;
  asks: boolean;
}

/**
 * Turns the structure stage left as paragraphs, in a document the classifier
 * calls an interview: `label：text` where the label is a role word with the
 * asker's name (记者 李红：, 主持人 王芳：) or a post (发言人：) that the turn
 * parser does not take. A role word asks; any other label may answer.
 */
/** The name in an asker's label after his role word: 主持人（修奇）, 记者 李红. */
const ASKER_NAME = /^[\p{Script=Han}]{1,8}?(?:[（(]([\p{Script=Han}]{2,4})[）)]|\s+([\p{Script=Han}]{2,4}))$/u;

/** A paragraph opening on a label: 记者 李红：…, 苏波：…. */
const PARAGRAPH_LABEL = /^([^：:，。！？“”]{1,20})[：:](.+)$/u;

function paragraphTurns(blocks: Block[]): LabelledTurn[] {
  const turns: (LabelledTurn & { at: number })[] = [];
  // The body's paragraphs in order, to read what carries a labelled turn on before the next label.
  const paragraphs: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'turn' && block.role === 'interviewer') turns.push({ speaker: block.speaker ?? '', text: block.text, asks: true, at: -1 });
    if (block.part !== 'body' || block.kind !== 'paragraph') continue;
    paragraphs.push(block.text);
    const match = PARAGRAPH_LABEL.exec(block.text);
    if (!match) continue;
    const label = match[1]!.trim();
    // The role word before the asker's name or post: 记者 李红, 主持人（王跃军）.
    const role = label.split(/[\s（(]/u)[0]!;
    const parsed = parseLabel(`${role}：${match[2]}`);
    turns.push({ speaker: label, text: match[2]!, asks: parsed?.kind === 'asker' || /主持/u.test(role), at: paragraphs.length - 1 });
  }
  // The asker named in his role label (主持人（修奇）：, 记者 李红：) asks under his bare name too (修奇：).
  const askers = new Set(turns.filter((t) => t.asks).map((t) => { const m = ASKER_NAME.exec(t.speaker); return m?.[1] ?? m?.[2]; }).filter((n): n is string => n !== undefined && isPersonName(n)));
  for (const t of turns) if (askers.has(t.speaker)) t.asks = true;
  // The label that opens the exchange with a question another label answers asks (中通社：…？ / 李家超：…), whatever it is called.
  const [first, second] = turns;
  // …or asks in the paragraphs that carry its turn on, the next label answering (王雪：… / …是否在这方面考虑过？ / 苏波：…).
  const asksCarried = (t: { at: number }, next: { at: number }) => t.at >= 0 && carriedQuestion(paragraphs, t.at + 1, (p) => PARAGRAPH_LABEL.test(p)) === next.at;
  if (first && second && !turns.some((t) => t.asks) && (/[？?]/u.test(first.text) || asksCarried(first, second)) && second.speaker !== first.speaker) {
    for (const t of turns) if (t.speaker === first.speaker) t.asks = true;
  }
  // Only an exchange: someone asks, and someone else's label recurs or answers him.
  return turns.some((t) => t.asks) && turns.some((t) => !t.asks) ? turns : [];
}

function interviewees(doc: Doc, front: string[], blocks: Block[], note: Note = () => {}): Found[] {
  // The guests are introduced in the headline, the opening, or the host's first turns (今天的新闻发布会邀请…新闻发言人郑彧).
  const hostTurns = blocks.filter((b) => b.kind === 'turn' && b.role === 'interviewer').slice(0, 3).map((b) => b.text);
  const opening = [...doc.headlines, ...doc.opening, ...front, ...hostTurns];
  const introduced = opening.flatMap((t) => findPeople(t));
  // The label as printed ([王少南], 方力（北京市环保局副局长）) stands for a name; a post printed with it is the role.
  // A spokesman's label reads as a host's; the one the opening invited to answer answers (rule invited-spokesman).
  const invitations = doc.opening.flatMap((t) => [...t.matchAll(INVITED_RE)].map((m) => m[0]));
  const invitedSpokesman = (label: string) => {
    const name = SPOKESMAN.test(label) ? labelPerson(label, [], doc.opening)?.name : undefined;
    return name !== undefined && invitations.some((t) => t.includes(name));
  };
  const answers = (b: Block) => b.role === 'interviewee' || (b.role === 'interviewer' && invitedSpokesman(b.speaker!));
  const labelled = blocks.filter((b) => b.kind === 'turn' && b.speaker && answers(b)).map((b) => ({ speaker: b.name ?? b.speaker!, text: b.text, post: parseLabel(`${b.speaker}：`)?.post }));
  const answering: { speaker: string; text: string; post?: string | undefined }[] = labelled.length > 0 ? labelled : paragraphTurns(blocks).filter((t) => !t.asks);
  // A programme's host labelled by name (白岩松：…欢迎收看新闻会客厅) gives the floor; the other names answer.
  const hosts = new Set(answering.filter((b) => HOST_WELCOME_RE.test(b.text)).map((b) => b.speaker));
  // …and so does one HOST_SHAPES finds (欢迎出席…, 主持人陈文茜, 朱书记，…), while someone else answers.
  const shaped = hostLabels(answering, opening);
  if (answering.some((b) => !hosts.has(b.speaker) && !shaped.has(b.speaker))) for (const [label, rule] of shaped) {
    hosts.add(label);
    note(`speakers: the label ${label} gives the floor, no interviewee (rule ${rule})`, rule);
  }
  // …and so does the one who opens the exchange by introducing another label's person (今天我们的嘉宾就是河北省委书记白克明).
  const [opener] = answering;
  if (opener && answering.some((b) => b.speaker !== opener.speaker && isPersonName(b.speaker) && opener.text.includes(b.speaker))) hosts.add(opener.speaker);
  const guests = answering.some((b) => !hosts.has(b.speaker)) ? answering.filter((b) => !hosts.has(b.speaker)) : answering;
  const found: Found[] = [];
  for (const block of guests) {
    const named = labelPerson(block.speaker, introduced, opening);
    const person = named && block.post ? { ...named, role: block.post } : named;
    if (person && !found.some((f) => f.name === person.name)) found.push(person);
  }
  const asked = invited([...doc.opening, ...hostTurns]);
  const invitedOnes = found.filter((f) => asked.has(f.name));
  if (invitedOnes.length > 0) return invitedOnes;
  // The guests the host introduced, when one of them answers under his name: all of them, answering in the stored part or not.
  const guestsIntroduced = introducedGuests([...doc.opening, ...hostTurns]);
  if (found.some((f) => guestsIntroduced.some((g) => g.name === f.name))) {
    const rest = guestsIntroduced.filter((g) => !found.some((f) => f.name === g.name));
    return [...found, ...rest.map((g) => ({ name: g.name, ...(g.role ? { role: g.role } : {}), from: `the host's introduction "${g.announced.slice(0, 40)}"` }))];
  }
  if (found.length > 0) return found;
  // 王国庆：… under …王国庆答记者问, 黄守宏： after 请…黄守宏…并答记者问: the labels the announcement names.
  const announced = labelledGuests(doc.headlines, doc.opening, blocks);
  if (announced.length > 0) return announced.map((g) => ({ name: g.name, ...(g.role ? { role: g.role } : {}), from: `the turn label "${g.name}" and the announcement "${g.announced.slice(0, 40)}"` }));
  // 本期嘉宾：市政务服务管理局局长 李明.
  const guest = front.filter((l) => /嘉宾/.test(l)).map(parseNameLine).find((n) => n !== undefined);
  if (guest) return [{ ...guest, from: 'the guest line' }];
  const named = fromHeadOrLede(doc);
  if (named) return [named];
  const titled = titledAnswerer(doc, blocks);
  if (titled) return [titled];
  const unnamed = fromUnnamedAnswers(doc, answering.map((b) => b.speaker));
  return unnamed ? [unnamed] : [];
}

/** How often a name must label the body's paragraphs to be read as the one answering. */
const ANSWER_TURNS_MIN = 2;

/**
 * The one person the page's title names with his post (…副县长郑秋实：…,
 * 浙江工商大学校长郁建兴：…), when his bare name labels the body's paragraphs
 * (郑秋实：… at least twice) and no other name does: an interview whose asking
 * label is a medium or a host the turn parser does not take as asking
 * (澎湃新闻：…, jiangsulong.com, unseen20), the page starting in an answer. The
 * title's post is what makes the label the interviewee and not a quoted
 * speaker. The same shape, read there by the turn parser, on cctv.com (cases
 * c3b-cctv: 河北省委书记白克明… / 白克明：), china.com.cn (unseen20 d20-chinagate)
 * and rmzxw.com.cn (unseen22 d22-rmzxw).
 */
function titledAnswerer(doc: Doc, blocks: Block[]): Found | undefined {
  const title = doc.headlines[0];
  if (title === undefined) return undefined;
  const counts = new Map<string, number>();
  for (const b of blocks) {
    if (b.part !== 'body' || b.kind !== 'paragraph') continue;
    const label = PARAGRAPH_LABEL.exec(b.text)?.[1]?.trim();
    if (label !== undefined && isPersonName(label) && isOfficialName(label)) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const names = [...counts].filter(([, n]) => n >= ANSWER_TURNS_MIN).map(([name]) => name);
  if (names.length !== 1) return undefined;
  const person = findPeople(title).find((p) => p.name === names[0] && p.post !== '');
  return person ? asSpeaker(person, `the turn label "${person.name}" and the title "${title.slice(0, 40)}"`) : undefined;
}

/**
 * The officials a press conference's lede or host lists as the ones who answer
 * (…王汶，…董建国，…黄雅明出席发布会…并回答记者提问; 出席今天发布会的有：…): read
 * for an interview whose answers stand under no label the stage names, as where
 * the stored part stops in the host's opening.
 */
function listedInterviewees(doc: Doc, blocks: Block[]): Found[] {
  const hostTurns = blocks.filter((b) => b.kind === 'turn' && b.role === 'interviewer').map((b) => b.text);
  return listedAnswerers([...doc.headlines, ...doc.opening, ...hostTurns]).map((g) => ({ name: g.name, ...(g.role ? { role: g.role } : {}), from: `the list of those answering "${g.announced.slice(0, 40)}"` }));
}

/** A paragraph's label naming one person over a speech's words (speech-sole-label): 张军：, [温家宝]：…, [吴邦国]…. */
const SOLE_LABELS = [...new Set(SPEECH_SOLE_LABEL.map((t) => t.term))].map((t) => new RegExp(t, 'u'));
/** How many body paragraphs are read for the labels: a transcript's label stands under its short lede. */
const SOLE_LABEL_WITHIN = 12;

/**
 * The speaker a meeting transcript labels the speech's words with, when every
 * label of its first paragraphs names the same person (张军： under …以下为文字实录：,
 * m.ericfola.com; [温家宝]： on each paragraph, jianaisc.com; [吴邦国] once,
 * erdangjiade.com). Read last, when no line names the speaker.
 */
function fromSoleLabel(blocks: Block[]): Found | undefined {
  const paragraphs = blocks.filter((b) => b.part === 'body' && b.kind === 'paragraph').slice(0, SOLE_LABEL_WITHIN);
  const names = new Set(paragraphs.map((b) => SOLE_LABELS.map((re) => re.exec(b.text.trim())?.groups?.name).find((n) => n !== undefined)).filter((n): n is string => n !== undefined));
  const [name] = names;
  return names.size === 1 && name !== undefined && isOfficialName(name) ? { name, from: `the label "${name}" over the speech's words (rule speech-sole-label)` } : undefined;
}

/** The post of a spokesman's label (invited-spokesman): 新闻发言人. */
const SPOKESMAN = new RegExp(alternatives(INVITED_SPOKESMAN), 'u');

/** An answer label that names nobody: 答, or a bare surname (王：, glossed 王：王院长 in the lede). */
const UNNAMED_ANSWER = /^(?:答|\p{Script=Han})$/u;

/**
 * Answers labelled 答 or with a bare surname: the one person the lede names
 * (with that surname), since a write-up of a single interview introduces its
 * interviewee once and then labels him anonymously (康师傅控股公司董事长魏应州指出…
 * / 问：… 答：…; 记者采访了我院副院长王斌 / 记：… 王：…). Two people in the lede,
 * or none with the surname, and nobody is named.
 */
function fromUnnamedAnswers(doc: Doc, labels: string[]): Found | undefined {
  const distinct = [...new Set(labels)];
  if (distinct.length !== 1 || !UNNAMED_ANSWER.test(distinct[0]!)) return undefined;
  const label = distinct[0]!;
  const lede = doc.opening.slice(0, 2);
  const people = [...new Map(lede.flatMap((t) => findPeople(t)).map((p) => [p.name, p])).values()];
  const matching = label === '答' ? people : people.filter((p) => p.name.startsWith(label));
  return matching.length === 1 ? asSpeaker(matching[0]!, `the answers labelled "${label}" and the lede naming ${matching[0]!.name}`) : undefined;
}

/**
 * An oral history's or a magazine interview's header naming whom it asked,
 * the name first and his life after it: 采访对象：吕民元，1951年1月生 (sfahvof.cn),
 * 采访对象：郑金沐，1936年1月生 (nctzt.org). Read in what the classifier calls an
 * interview, after its turns and lists: the answers stand under the name or
 * under no label at all.
 */
const INTERVIEWEE_HEADER = /^(?:采访对象|受访者|受访人|访谈对象)[：:]\s*([\p{Script=Han}·]{2,4}?)(?=[，,。；;（(\s]|$)/u;
function headerInterviewee(paragraphs: readonly string[]): Found[] {
  for (const p of paragraphs.slice(0, 8)) {
    const name = INTERVIEWEE_HEADER.exec(p)?.[1];
    if (name && isOfficialName(name)) return [{ name, from: `the interview's header "${p.slice(0, 20)}"` }];
  }
  return [];
}

/**
 * The people whose own words the document carries, for a speech or an
 * interview. The classifier's type says where to look first; a speech's
 * sources and an interview's are both read, since a speech the classifier
 * calls an interview (or the reverse) still has its speaker line or its turns.
 * A candidate the text reports in the third person (张伟指出，… past the
 * opening) is one the document tells about, not one whose words it carries.
 */
function speakersOf(type: string, doc: Doc, front: string[], blocks: Block[], warn: Warn, title?: string, pageLines: string[] = [], note: Note = () => {}): Found[] {
  const readers = [() => speechSpeakers(doc, front, blocks, warn, title, type === 'speech', pageLines), () => interviewees(doc, front, blocks, note)];
  if (type === 'interview') readers.reverse();
  const paragraphs = blocks.filter((b) => b.part === 'body' && b.kind === 'paragraph').map((b) => b.text);
  // The list of those answering is read last, and only in what the classifier calls an interview.
  if (type === 'interview') readers.push(() => listedInterviewees(doc, blocks));
  // …and after it the answerers of questions told (有记者问，…？ / 洪磊说，…), whose words the text tells as his answers.
  // A turn the structure stage read (商务部新闻发言人何亚东：…, a spokesman's label taken for a briefing's host) is read with its label.
  const bodyTexts = blocks.filter((b) => b.part === 'body' && (b.kind === 'paragraph' || b.kind === 'turn')).map((b) => (b.kind === 'turn' && b.speaker ? `${b.speaker}：${b.text}` : b.text));
  const told = type === 'interview' ? answersTold(bodyTexts) : [];
  if (type === 'interview') readers.push(() => told.map((a) => ({ ...a, from: 'an answer to a question told' })));
  if (type === 'interview') readers.push(() => headerInterviewee(paragraphs));
  let found: Found[] = [];
  for (const read of readers) {
    found = read();
    if (found.length > 0) break;
  }
  // An answerer of a question told is reported saying his answers: that is how such a text carries them.
  const reported = found.filter((f) => !told.some((a) => a.name === f.name) && reportedIn(f.name, paragraphs).length > 0);
  if (reported.length > 0) {
    warn(`speakers: the text reports ${reported.map((f) => `${f.name} (“${reportedIn(f.name, paragraphs)[0]!.slice(0, 30)}”)`).join(', ')} in the third person; no speaker`);
    return [];
  }
  return found;
}

/**
 * The occasion of a speech from its title or notice: 在…会议上的讲话 → the
 * meeting. A leading date (在5月29日召开的…) is not part of the name.
 */
const OCCASION = /在([^，。；：—]{2,60}?)上(?:的[^，。；]{0,8}?(?:讲话|致辞|发言|报告|演讲|主持词|总结)|$)/;

export function occasionOf(text: string): string | undefined {
  const match = OCCASION.exec(text);
  if (!match) return undefined;
  return match[1]!.replace(/^[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日(?:召开|举行)的/, '');
}

/** People named with a post anywhere in the title and the text, each once, with the first post given. */
export function peopleOf(title: string, blocks: Block[]): Person[] {
  const people: Person[] = [];
  for (const text of [title, ...blocks.map((b) => b.text)]) {
    for (const p of findPeople(text)) {
      if (!people.some((q) => q.name === p.name)) people.push({ name: p.name, post: p.post });
    }
  }
  return people;
}

export function extractSpeakers(file: IngestFile): void {
  const { blocks, front, meta } = file.data;
  const doc = documentView(meta.titleSource === 'found' ? meta.title : undefined, blocks, front);
  const warn: Warn = (reason) => void file.message(reason, { ruleId: 'speakers-unsure', source: STAGE });
  const note: Note = (reason, ruleId) => void file.info(reason, { ruleId, source: STAGE });
  const found = meta.type === 'speech' || meta.type === 'interview' ? speakersOf(meta.type, doc, front, blocks, warn, meta.titleSource === 'found' ? meta.title : undefined, file.data.pageLines, note) : [];
  meta.speakers = found.map(({ name, role }) => (role ? { name, role } : { name }));
  for (const f of found) file.info(`speaker ${f.name}${f.role ? `（${f.role}）` : ''} from ${f.from}`, { ruleId: 'speakers', source: STAGE });

  const speaking = new Set(found.map((f) => f.name));
  meta.people = peopleOf(meta.title ?? '', blocks).filter((p) => !speaking.has(p.name));
  if (meta.people.length > 0) file.info(`people named with posts: ${meta.people.map((p) => `${p.name}（${p.post}）`).join('、')}`, { ruleId: 'people', source: STAGE });

  const notice = blocks.filter((b) => b.part === 'notice').map((b) => b.text).join('\n');
  const occasion = occasionOf(meta.title ?? '') ?? occasionOf(notice);
  if (occasion) meta.occasion = occasion;
}
