// Stage: the document type. The cue rules score each type: the weights of
// the cue rules it shows (classify/cues.ts: words of the title, the opening,
// the body and the lines set aside) and of the structure the structure stage
// found (below); the highest score wins, and below MIN_SCORE the document is
// an article. A model over the document's structural features, the rules'
// scores among them (classify/features.ts, classify/model.ts), may overrule
// that answer when it is surer by a clear margin; a doubt below the margin
// keeps the rules' type with a warning. The scores and the model's
// probabilities go to the cleaning log so a wrong type can be traced.
//
// Structure that counts:
//   interview  two turns or more of a conversation (记者：… / 张三：…),
//              paragraphs labelled with the name of a guest the page
//              announces as answering (people/guests.ts), speakers'
//              labels standing on lines of their own ([主持人]:), a
//              labelled question that another label answers (中通社：…？ /
//              李家超：…), the reporter's questions written up in
//              quotation marks (“…吗？”记者问), one official's labelled
//              remarks where a press conference frames them (turns.ts),
//              or a programme host's turn speaking to a guest whose
//              answer is under no label read (hostSpeaksToGuest)         4
//   speech     a cover notice that transmits it                          2
//              a title that is the speaker and the genre word
//              (…会长谢成波二〇二三年新年贺词, people/title-speaker.ts)        2
//              a speaker name line or a date line in parentheses under
//              the title                                                 1
//              the speaker naming himself by his given name as the
//              subject of his clauses (classify/self-named.ts)           2
//   notice     an issuing organ's name above the closing date line, for a
//              notice a cue of its own shows (organSigned)                2
// A speech transmitted by a cover notice is scored on its own body only, so
// the notice's addressees and formulas do not make it a notice.
import { CUE_RULES, type CueRule, type Scope } from '../classify/cues.ts';
import { findMentions } from '../extract/divisions.ts';
import { findPeople } from '../people/find.ts';
import { labelledGuests, listedAnswerers } from '../people/guests.ts';
import { isOfficialName } from '../people/names.ts';
import { POSTS } from '../people/vocabulary.ts';
import { isDateLine, parseNameLine } from '../structure/lines.ts';
import { isSignatureLine } from '../structure/tail.ts';
import { fullTextLineSpeaker, genreTitleSpeaker } from '../people/title-speaker.ts';
import { SPEECH_LEAD_IN } from '../people/speaker-cues.ts';
import { namePostLine, signatureLine } from '../people/name-line.ts';
import { documentView, type Doc } from '../classify/view.ts';
import { selfNamedSpeaker } from '../classify/self-named.ts';
import { segmenter } from '../lib/jieba.ts';
import { conversation, documentFeatures, labelLineTranscript, ledeOf, speakerKey } from '../classify/features.ts';
import { HOST, PRESS_CONFERENCE } from '../structure/turns.ts';
import { decideType, marginFor, noticeFormed, typeProbabilities, type Probabilities } from '../classify/model.ts';
import { isLatinParagraph } from './chrome/rules.ts';
import { requiredAnyOf } from '../lib/required-literal.ts';
import type { Block, DocumentType, IngestFile } from '../types.ts';

const MIN_SCORE = 2;
/** Turns that make a conversation. */
const MIN_TURNS = 2;

export type Scores = Record<DocumentType, number>;


/** Placeholders of the terms: a person's name and a place name are checked after the match. */
const PLACEHOLDERS: Record<string, string> = {
  '{NAME}': '(?<name>[\\p{Script=Han}]{2,3})',
  '{PLACE}': '(?<place>[\\p{Script=Han}]{2,8})',
  '{WHO}': '(?<who>[^：:，。！？\\s]{2,16}?)',
  '{POST}': `(?:${[...new Set(POSTS.map((p) => p.term))].join('|')})`,
};

const isPlace = (text: string) => findMentions(text).some((m) => m.index === 0 && m.end === text.length);

/** Groups whose words a headline reports: 外国专家, 官方, 业内人士. */
const SPEAKING_GROUP = /(?:专家|学者|代表|委员|官方|人士|网友|市民|负责人)$/u;

/** Someone whose words a headline gives: a person's name, posts and a name, or a group of speakers. */
function isSpeakingWho(text: string): boolean {
  if (isOfficialName(text)) return true;
  const person = findPeople(text).at(-1);
  if (person && person.end === text.length) return true;
  return SPEAKING_GROUP.test(text) && !isPlace(text);
}

interface CompiledRule {
  rule: CueRule;
  patterns: RegExp[];
  /** Per pattern, literals one of which every match of it holds (lib/required-literal.ts): a text with none of them is not tried. */
  literals: string[][];
  /** The terms hold placeholders to check after a match. */
  checked: boolean;
}

const expand = (term: string) => term.replace(/\{[A-Z]+\}/g, (p) => PLACEHOLDERS[p] ?? p);

function compileRule(rule: CueRule): CompiledRule {
  const terms = [...new Set(rule.cues.map((c) => c.term))];
  const checked = terms.some((t) => /\{(?:NAME|PLACE|WHO)\}/.test(t));
  const patterns = terms.map((t) => new RegExp(expand(t), checked ? 'gu' : 'u'));
  return { rule, checked, patterns, literals: patterns.map(requiredAnyOf) };
}

const COMPILED: CompiledRule[] = CUE_RULES.map(compileRule);

function scopes(doc: Doc): Record<Scope, string[]> {
  return {
    headline: doc.headlines,
    opening: doc.opening,
    line: doc.lines,
    front: doc.front,
    head: [...doc.headlines, ...doc.opening, ...doc.front],
    all: [...doc.headlines, ...doc.lines, ...doc.front],
  };
}

/** Whether a match of the placeholders' groups passes their checks. */
function passes(match: RegExpExecArray): boolean {
  const { name, place, who } = match.groups ?? {};
  if (name !== undefined && !isOfficialName(name)) return false;
  if (place !== undefined && !isPlace(place)) return false;
  return who === undefined || isSpeakingWho(who);
}

const holdsOne = (text: string, literals: string[]) => {
  for (let i = 0; i < literals.length; i++) if (text.includes(literals[i]!)) return true;
  return false;
};

/** Whether any of the rule's terms matches in `text`, placeholders checked. */
function matchesIn({ patterns, checked, literals }: Pick<CompiledRule, 'patterns' | 'checked' | 'literals'>, text: string): boolean {
  for (let k = 0; k < patterns.length; k++) {
    if (!holdsOne(text, literals[k]!)) continue;
    const pattern = patterns[k]!;
    if (!checked) {
      if (pattern.test(text)) return true;
      continue;
    }
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (passes(match)) return true;
      if (match[0].length === 0) pattern.lastIndex++;
    }
  }
  return false;
}

/** Whether one term matches in `text`, placeholders checked: the cue vocabulary's own test reads its examples with it. */
export function termMatches(term: string, text: string): boolean {
  return matchesIn(compileRule({ id: '', type: 'article', weight: 0, scope: 'line', cues: [{ term, example: '', seen: '' }] }), text);
}

/** The literals one of which every match of the term holds, as the cue rules filter texts by them. */
export function termLiterals(term: string): string[] {
  return compileRule({ id: '', type: 'article', weight: 0, scope: 'line', cues: [{ term, example: '', seen: '' }] }).literals[0]!;
}

/** Quoted words, which a rule marked `unquoted` does not read. */
const QUOTED = /“[^”]*”|「[^」]*」/gu;

/** Cue rules whose terms match in enough texts of their scope (one by default). */
export function firedRules(doc: Doc): CueRule[] {
  const texts = scopes(doc);
  const fired: CueRule[] = [];
  // Each text without its quotations once, not once per rule that reads it so.
  const unquotedTexts = new Map<string, string>();
  const unquoted = (text: string) => unquotedTexts.get(text) ?? unquotedTexts.set(text, text.replace(QUOTED, '')).get(text)!;
  for (const compiled of COMPILED) {
    const min = compiled.rule.min ?? 1;
    const scoped = texts[compiled.rule.scope];
    const hit = (text: string) => matchesIn(compiled, compiled.rule.unquoted ? unquoted(text) : text);
    let n = 0;
    for (let k = 0; k < scoped.length; k++) {
      if (!hit(scoped[k]!)) continue;
      if (compiled.rule.answered && k + 1 < scoped.length && hit(scoped[k + 1]!)) continue;
      if (++n >= min) break;
    }
    if (n >= min) fired.push(compiled.rule);
  }
  return fired.filter((rule) => rule.yieldsTo === undefined || !fired.some((other) => other.id === rule.yieldsTo));
}

/** A name line the word segmenter does not read as a word (公开 is no name). */
const isNameLine = (line: string) => {
  const name = parseNameLine(line)?.name;
  return name !== undefined && isOfficialName(name);
};

/** （2023年1月5日） under a speech's title; a newspaper attribution in parentheses is none. */
const PARENTHESISED_DATE = /^[（(](?!.*[《》])(?!来源).*[0-9〇○零一二三四五六七八九]{4}年.*[）)]$/;

/**
 * One speaker's labelled remarks make an interview only where a press
 * conference frames them (its title or lede says 发布会, 记者会) and they are
 * sentences: a page whose own headline is a quotation under the speaker's
 * name (薛城区双语实验小学校长孙烨：希望你们…, signed again ——…孙烨：) has no
 * press conference, and a labelled headline in a list of further news
 * (高盛：兑美元有望朝100回升) says nothing in sentences.
 */
function pressConferenceRemarks(doc: Doc, turns: Block[]): boolean {
  if (![...doc.headlines, ...doc.opening.slice(0, 3)].some((l) => PRESS_CONFERENCE.test(l))) return false;
  return turns.some((t) => SAID_IN_SENTENCES.test(t.text));
}

/** Remarks, not a headline: a sentence's or a clause's punctuation. */
const SAID_IN_SENTENCES = /[。！？，；]/u;

/** A programme host's label (主持人, 主持人（王跃军）, [主持人]); a 新闻发言人 opening a briefing is read as a press conference. */
const HOST_LABEL = /^[\[【［]?主持人(?:[（(][^（）()]{1,12}[）)])?[\]】］]?$/u;
/**
 * The reporter's label: his turn speaks to the interviewee as a host's does
 * (记者：张院长，您好。, ppdoc.com, the stored page stopping before the answer;
 * 记者：在您的印象当中…, ycth.cn; yangfenzi.com and dlkelp.com likewise, their answers labelled).
 * In the development sets no 记者： turn speaking to 您 stands outside an interview.
 */
const REPORTER_LABEL = /^(?:本报)?记者$/u;
/** The polite second person: the host speaks to someone there, a guest or the viewers he welcomes. */
const ADDRESSED = /您/u;

/**
 * A programme host's turn whose guest the stage reads under no label: the
 * guest's label is masked (**：, emerson-ct.cn) or the stored page stops
 * before he answers (msdfz.org.cn). The host speaks to someone (您) in his
 * turn or the paragraphs that carry it on before the next label: 周市长，…
 * 您对舟山最直接的感受…是什么？, 您好，欢迎收看今天的《新闻1+1》。 A host's
 * script at a meeting (主持词) addresses the room (各位领导, 大家) and gives
 * the floor; it is read under no 主持人 label in the development sets.
 */
export function hostSpeaksToGuest(blocks: readonly Block[]): boolean {
  const body = blocks.filter((b) => b.part === 'body');
  return body.some((b, k) => {
    if (b.kind !== 'turn' || b.role !== 'interviewer' || !(HOST_LABEL.test(b.speaker ?? '') || REPORTER_LABEL.test(b.speaker ?? ''))) return false;
    const carried = [b.text];
    for (let j = k + 1; j < body.length && body[j]!.kind === 'paragraph'; j++) carried.push(body[j]!.text);
    return carried.some((t) => ADDRESSED.test(t.replace(/“[^”]*”/gu, '')));
  });
}

/**
 * A press conference's transcript: the host speaks under his label (主持人 黄其山：,
 * 主持人（省生态环境厅宣教处处长杨正国）：, …新闻发言人 胡凯红：) where the headline or the
 * lede frames the page as a press conference. A report of a press conference tells what
 * the host and the officials said; it does not print the host's words under his label.
 */
export function pressConferenceHost(doc: Doc): boolean {
  const hosting = doc.blocks.some((b) => b.part === 'body' && b.kind === 'turn' && b.role === 'interviewer' && (HOST.test(b.speaker ?? '') || HOST_LABEL.test(b.speaker ?? '')));
  return hosting && [...doc.headlines, ...doc.opening.slice(0, 3)].some((l) => PRESS_CONFERENCE.test(l));
}

/** The officials the page lists as answering (people/guests.ts listedAnswerers): in the headlines, the opening, the host's turns. */
const answerersListed = (doc: Doc) => listedAnswerers([...doc.headlines, ...doc.opening, ...doc.blocks.filter((b) => b.kind === 'turn' && b.role === 'interviewer').map((b) => b.text)]);

/** What the list of those who answer adds to a press conference's host turn: the transcript's own framing, beside its lede's report cues. */
const LISTED_WEIGHT = 2;

function structureScores(doc: Doc): Partial<Scores> {
  const turns = doc.blocks.filter((b) => b.kind === 'turn');
  const asked = turns.some((t) => t.role === 'interviewer');
  const labels = new Set(turns.map((t) => speakerKey(t.speaker)));
  const paragraphs = doc.blocks.filter((b) => b.part === 'body' && b.kind === 'paragraph').map((b) => b.text);
  return {
    // An exchange: one labelled line (白学贵告诉记者：“…”) is a quotation in a report.
    interview:
      (turns.length >= MIN_TURNS && (asked || labels.size >= 2)) ||
      // One official's labelled remarks, which the structure stage keeps as turns only where a press conference frames them.
      (turns.length >= 1 && !asked && labels.size === 1 && pressConferenceRemarks(doc, turns)) ||
      // A host's turn with the guest's answer under no label the stage reads.
      (labels.size === 1 && hostSpeaksToGuest(doc.blocks)) ||
      // The host of a press conference speaking under his label.
      pressConferenceHost(doc) ||
      labelledGuests(doc.headlines, doc.opening, doc.blocks).length > 0 ||
      labelLineTranscript(doc.blocks.filter((b) => b.part === 'body' && b.kind !== 'turn').map((b) => b.text)) ||
      conversation(paragraphs)
        ? 4 + (pressConferenceHost(doc) && answerersListed(doc).length > 0 ? LISTED_WEIGHT : 0)
        : 0,
    speech:
      (doc.blocks.some((b) => b.part === 'notice') ? 2 : 0) +
      // The title is the speaker and the speech's genre word (…会长谢成波二〇二三年新年贺词): the speakers stage names him from it.
      (doc.headlines[0] !== undefined && genreTitleSpeaker(doc.headlines[0]) ? 2 : 0) +
      (doc.front.some((l) => PARENTHESISED_DATE.test(l) || isNameLine(l)) ? 1 : 0) +
      // A press office's lead-in naming the speaker (以下是行政长官李家超今日…发表的农历新年贺辞全文：): the speakers stage names him from it.
      // …or a line of its own under a news lede (梁振英新年贺辞全文：), the speech following it.
      ([...doc.front, ...doc.opening.slice(0, 3)].some(namesLeadInSpeaker) || doc.opening.some((l) => fullTextLineSpeaker(l) !== undefined) ? 2 : 0) +
      // A first-person text headed or signed by one person with his post (姚玉云校长 / 本人谨代表本园…): his own message.
      (signedSpeech(doc) ? 2 : 0) +
      // A body's greeting in its own name, the body signing the text (兰州市第二人民医院向…致以… / 兰州市第二人民医院).
      (signedGreeting(doc) ? SIGNED_GREETING_WEIGHT : 0) +
      // The speaker names himself by his given name as the subject of his clauses (维顺承蒙…；维顺将在…): his own message.
      (selfNamedSpeaker(paragraphs.map((p) => p.replace(QUOTED, ''))) !== undefined ? SELF_NAMED_WEIGHT : 0) +
      // A text in the speaker's own voice throughout that closes by thanking its hearers (…真的不能完全限制，谢谢。).
      (thankedInOwnVoice(doc) ? THANKED_WEIGHT : 0),
    // Paragraph after paragraph telling what people or bodies said, in no voice of its own: a press release or news item.
    report: toldOpenings(doc) ? TOLD_OPENINGS_WEIGHT : 0,
  };
}

/**
 * A greeting whose subject is a body, not a person (…之际，兰州市第二人民医院向…，致以新年的问候; 医院党委向大家致以…):
 * the words before 向 in their clause, with no 代 (代表, 带领: someone conveying it) and no 我 (speech-rostrum's).
 */
const BODY_GREETS = /(?:^|[，。！])([^，。！？、“”代我]{2,24}?)[，]?谨?向(?:[^。！？]|！(?=向)){1,200}?(?:致以|送上)[^。！？]{0,16}?(?:问候|祝福|寄语)/u;
/** Opening paragraphs read for the greeting. */
const GREETING_PARAGRAPHS = 3;
/** The shortest subject read as the body that signs: 医院党委. */
const MIN_SUBJECT = 4;
/** What a body's signed greeting adds to a speech. */
const SIGNED_GREETING_WEIGHT = 2;
/** What a speaker naming himself by his given name (classify/self-named.ts) adds to a speech. */
const SELF_NAMED_WEIGHT = 2;

/**
 * The body that sends the greeting signs the text: its name on a line of its
 * own among the last lines ends with the greeting's subject (兰州市第二人民医院
 * / 2021年12月31日 under 兰州市第二人民医院向全院职工…致以新年的问候, instylerugs.com;
 * 铁岭市中心医院党委 / 丁酉年除夕 under 医院党委向大家致以节日的问候, kenatoys.com). The
 * message speaks as the body: the signature repeats the subject, as no report
 * of someone's greeting (县长孙虎…通过他们向…致以问候) or visit is signed. A letter
 * is signed so too; its title's form rule (慰问信, 一封信) outweighs this.
 */
export function signedGreeting(doc: Doc): boolean {
  const body = doc.blocks.filter((b) => b.part === 'body' && b.kind === 'paragraph').map((b) => b.text);
  const subjects = body
    .slice(0, GREETING_PARAGRAPHS)
    .map((p) => BODY_GREETS.exec(p.replace(QUOTED, ''))?.[1]?.trim())
    // A body named (医院党委, 兰州市第二人民医院): not a person (詹星向…, 高武林向…: reports), nor a bare 医院 that any last line ends with.
    .filter((s): s is string => s !== undefined && s.length >= MIN_SUBJECT);
  if (subjects.length === 0) return false;
  const closing = doc.blocks.filter((b) => b.part === 'closing').map((b) => b.text);
  const last = [...body.slice(-2), ...closing].map((l) => l.trim()).filter((l) => l !== '');
  return last.some((signer) => isSignatureLine(signer) && !isDateLine(signer) && parseNameLine(signer) === undefined && subjects.some((s) => signer.endsWith(s)));
}

/** The speaker's closing thanks ending one of the last lines: 谢谢。, 谢谢大家！ */
const CLOSING_THANKS = /谢谢(?:大家|各位|你们)?[！。!]?$/u;
/** The last lines read for the closing thanks: a signature or a date line may follow it. */
const THANKS_LINES = 3;
/** The share of body paragraphs in the text's own voice (我, 我们, 本人) that makes it one speaker's throughout. */
const OWN_VOICE_SHARE = 0.5;
/** What closing thanks in a text in one's own voice add to a speech. */
const THANKED_WEIGHT = 2;

/**
 * The text speaks in its own voice (我, 我们, 本人 outside quotation marks) in
 * half its body paragraphs or more and one of its last lines ends by
 * thanking the hearers (谢谢。, 谢谢大家！): a speech or remarks, however they
 * open (sayit.pdis.nat.gov.tw's transcript of one speaker's remarks, which
 * has no salutation; the school and company addresses of the development
 * sets close so too). An essay or a letter in the first person does not
 * thank its readers at its end; an interview's answer that does is outweighed
 * by the interview's turns.
 */
export function thankedInOwnVoice(doc: Doc): boolean {
  const body = doc.blocks.filter((b) => b.part === 'body' && b.kind === 'paragraph').map((b) => b.text.replace(QUOTED, '').trim()).filter((t) => t !== '');
  if (body.length === 0) return false;
  const closing = doc.blocks.filter((b) => b.part === 'closing').map((b) => b.text.replace(QUOTED, '').trim());
  const last = [...body, ...closing].filter((t) => t !== '').slice(-THANKS_LINES);
  if (!last.some((l) => CLOSING_THANKS.test(l))) return false;
  return body.filter((p) => OWN_VOICE.test(p)).length >= OWN_VOICE_SHARE * body.length;
}

/** The writer speaks in the first person: 我, 我们, 本人, 谨代表. */
const FIRST_PERSON = /我|本人|谨代表/u;
/** How many of the last lines of the body may hold the signature (the name line, a date line under it). */
const SIGNATURE_LINES = 2;

/**
 * One person signs or heads the text with his name and his post on a line of
 * its own, and the text speaks in the first person: a leader's message,
 * greeting or address (林泽安 院长 closing westgarden.com.tw's director's
 * message; 姚玉云校长 heading stlkg.edu.hk's principal's speech, taken as its
 * title; 任志刚，香港金融管理局总裁 under hkma.gov.hk's speech title). At the
 * head only the name-first shape counts (a byline's post and name heads a
 * signed article as well); at the end, either order. Letters (致…的一封信,
 * 贺信) keep their title's form rule, which outweighs this.
 */
export function signedSpeech(doc: Doc): boolean {
  const body = doc.blocks.filter((b) => b.part === 'body' && b.kind === 'paragraph').map((b) => b.text);
  if (!body.some((t) => FIRST_PERSON.test(t))) return false;
  const closing = doc.blocks.filter((b) => b.part === 'closing').map((b) => b.text);
  const tail = [...body.slice(-SIGNATURE_LINES), ...closing].filter((l) => !isDateLine(l.trim()));
  // The head: the title, the lines set aside under it, the short lines before the first sentence (钟饮文 院长 under an issue line taken as the title).
  const head = [...doc.headlines, ...doc.front];
  const names = new Set([
    ...head.map(namePostLine),
    ...tail.map(signatureLine).filter((s) => s?.role !== undefined),
  ].filter((s) => s !== undefined).map((s) => s.name));
  return names.size === 1;
}

const LEAD_IN = new RegExp([...new Set(SPEECH_LEAD_IN.map((t) => t.term))].join('|'), 'u');
/** The line holds a press office's lead-in with a person named in it, as the speakers stage reads it. */
const namesLeadInSpeaker = (line: string) => {
  const match = LEAD_IN.exec(line);
  return match !== null && findPeople(match[0]).length > 0;
};

/** The cue rules' weights summed per type, without the structure; `structured`: types the document's structure shows. */
export function cueScores(fired: CueRule[], structured: readonly DocumentType[] = []): Scores {
  const scores: Scores = { speech: 0, interview: 0, report: 0, notice: 0, article: 0 };
  // Supporting cues count only for a type that shows a cue or a structure of its own.
  const shown = new Set([...fired.filter((r) => !r.support).map((r) => r.type), ...structured]);
  for (const rule of fired) if (shown.has(rule.type)) scores[rule.type] += rule.weight;
  return scores;
}

/** The types whose structure the document shows (turns of an interview, a speech's cover notice or speaker line). */
export function structuredTypes(doc: Doc): DocumentType[] {
  return shownIn(structureScores(doc));
}

const shownIn = (structure: Partial<Scores>): DocumentType[] =>
  (Object.entries(structure) as [DocumentType, number][]).filter(([, weight]) => weight > 0).map(([type]) => type);

/** What an issuing organ's signature adds to a notice the cue rules read. */
const SIGNATURE_WEIGHT = 2;

/**
 * The document closes with an issuing organ's signature: a body's name on a
 * line of its own directly above the date line (大涌镇党政办公室 / 2018年12月10日,
 * 天水市精神文明建设指导委员会办公室 / 2022年3月16日). Speeches, letters and
 * essays are signed so too, so it counts only for a notice that a cue of its
 * own shows (a 文号 cited, the 公示 term).
 */
export function organSigned(doc: Doc): boolean {
  const body = doc.blocks.filter((b) => b.part === 'body' && b.kind === 'paragraph').map((b) => b.text);
  const closing = doc.blocks.filter((b) => b.part === 'closing').map((b) => b.text);
  const last = [...body.slice(-2), ...closing].map((l) => l.trim()).filter((l) => l !== '');
  for (let k = 0; k + 1 < last.length; k++) {
    const organ = last[k]!;
    if (!isDateLine(organ) && isSignatureLine(organ) && parseNameLine(organ) === undefined && isDateLine(last[k + 1]!)) return true;
  }
  return false;
}

/**
 * The text's own voice outside quotation marks: 我, 我们, 本人, 咱们; not 我校, 我院, 我县, with which a body's report speaks of itself,
 * nor 她本人/他本人, a third person's (并不存在政府或她本人不重视使用英语).
 */
const OWN_VOICE = /我(?![院校局县市区省镇乡村委厅司部所站台团厂国])|(?<![他她])本人|咱/u;
/** A speaker's words told with a pronoun as their subject: 他首先代表学校…, 致辞中，他表示, 她强调. */
const TOLD_BY_PRONOUN = /(?:^|[，。；！？])(?:他|她)(?:首先|还|也|最后|同时|又|随后|接着)?(?:表示|指出|强调|说|代表|呼吁|希望|提出|要求|勉励|寄语|提醒|介绍|回顾|谈到)/u;
/** What a speech's evidence counts for a report when the text tells the speech in the third person. */
const TOLD_WEIGHT = 2;

/**
 * The text tells a speaker's words in the third person (他表示, 他首先代表学校向…)
 * and never speaks in its own first person: an account of a speech, whatever
 * its headline names (多家媒体报道我校校长开学致辞). A speech speaks as 我 or
 * 我们; the three 党课 texts of the development sets that do not never say 他表示.
 */
export function toldInThirdPerson(doc: Doc): boolean {
  const body = doc.blocks.filter((b) => b.part === 'body' && b.kind === 'paragraph').map((b) => b.text.replace(QUOTED, ''));
  return !body.some((p) => OWN_VOICE.test(p)) && body.some((p) => TOLD_BY_PRONOUN.test(p));
}

/**
 * A paragraph that opens with someone's words told: who (a person, a post, a
 * body: 林郑表示，, 环保局长李易书表示, 社会文化司司长欧阳瑜表示) then 表示/指出/强调,
 * or 呼吁, a body's call told as a Taiwan county's release tells it (南投县政府环保局呼吁，
 * www.ntepb.gov.tw; 环保局呼吁农民…, chcfa.org.tw; every development paragraph opening so is a report's).
 * Not a leader's words or a document an essay or a speech rests on (习近平总书记
 * 指出, 全会强调, 报告指出), nor 加强调度 (a heading's verb, not a saying).
 */
const OPENS_WITH_TOLD = /^(?![^，。！？；：“”]{0,24}?(?:总书记|全会|报告|讲话|文件|通知|意见|精神|《|我))[^，。！？；：“”]{2,24}?(?<!加)(?:表示|指出|强调|呼吁)/u;
/** Paragraphs opening with someone's words told that make the text a report of them. */
const MIN_TOLD_OPENINGS = 2;
/** What such a text counts for a report. */
const TOLD_OPENINGS_WEIGHT = 2;

/**
 * The text tells, paragraph after paragraph, what people or bodies said
 * (林郑表示，… / 岑浩辉表示，… / 翁章梁指出，…) and never speaks in its own
 * first person: a press release or a news item about their words. Across the
 * development sets every text with two such paragraphs and no 我/我们 of its
 * own is a report; a speech says 我, and an essay that opens paragraphs with
 * 专家表示 or 习近平强调 argues in its own voice (我们认为, 笔者). One such
 * paragraph is not enough: a content-farm essay opens one with 两地政府强调.
 */
export function toldOpenings(doc: Doc): boolean {
  const body = doc.blocks.filter((b) => b.part === 'body' && b.kind === 'paragraph').map((b) => b.text.replace(QUOTED, ''));
  if (body.some((p) => OWN_VOICE.test(p))) return false;
  return body.filter((p) => OPENS_WITH_TOLD.test(p.trim())).length >= MIN_TOLD_OPENINGS;
}

/**
 * The news's day opening the lede, then a comma: 12月22日，…, 4月18日上午10点，…,
 * 2023年3月24日至25日，…, 5月21日，… (the lines before it may be a deck or captions).
 */
const LEDE_DAY = /^(?:(?:19|20)[0-9]{2}年)?[0-9]{1,2}月[0-9]{1,2}日(?:(?:至|到|—|－|-|、)(?:[0-9]{1,2}月)?[0-9]{1,2}日)?(?:上午|下午|晚上|晚间|晚|中午|早上|清晨|凌晨|傍晚)?(?:[0-9]{1,2}(?:点|时)(?:[0-9]{1,2}分|半)?(?:许|左右)?)?[，,]/u;
/**
 * What the clause after the day must not be: the day named as a term (是…的节日), a
 * schedule (将, 拟, 起, 届时: a notice's), a leader's words an essay rests on
 * (总书记, 习近平), or a frame the event comes later in (…会议首场“委员通道”上，: a
 * commentary retelling an exchange, 00net; 在…时，), not an act that ends in 时
 * (绿林镇各村抢抓农时).
 */
const NOT_AN_ACT = /^(?:是|为|系|起|将|正值|恰逢)|将|拟|定于|届时|总书记|习近平|(?:上|中|期间|之际|前夕|以来|之后)$|^在.*(?:时|后|前)$/u;
/** Body paragraphs read for the lede: a deck of one or two lines may stand before it. */
const LEDE_PARAGRAPHS = 3;
/** What a dated lede counts for a report that no report cue of its own reads. */
const DATED_LEDE_WEIGHT = 2;

/**
 * The lede tells an act on a day: the day and a comma, then a clause that is
 * someone's act (协会第二党支部第二党小组组织学习…, 电视连续剧《洪湖英雄传》在洪湖市
 * 瞿家湾镇老街正式开机, 绿林镇各村抢抓农时). report-event reads the same lede where
 * its verb is one of its terms (召开, 举行, 考察); this reads the shape whatever
 * the verb, so it counts only where no report cue of its own fired.
 */
export function datedLede(doc: Doc): boolean {
  const body = doc.blocks.filter((b) => b.part === 'body' && b.kind === 'paragraph').map((b) => b.text.trim());
  return body.slice(0, LEDE_PARAGRAPHS).some((p) => {
    const day = LEDE_DAY.exec(p);
    if (!day) return false;
    const clause = p.slice(day[0].length).replace(QUOTED, '').replace(/《[^》]*》/gu, '书').split(/[，,。；！？]/u)[0]!.trim();
    return clause.length >= 4 && !NOT_AN_ACT.test(clause);
  });
}

/**
 * The clauses a news lede opens with before its subject: when (6月11日,
 * 近日, 上午), why (为进一步规范…), on what occasion (中秋佳节将至,
 * 在…之际, 清明节来临之际), where it is told from (据…). The act follows them.
 */
const LEDE_FRAME = /^(?:为|据|在.*(?:之际|前夕|期间|以来|之时|中|上)$)|(?:之际|前夕|将至|来临|到来|期间|以来)$|^(?:[0-9]{4}年)?(?:[0-9一二三四五六七八九十]{1,2}月)?[0-9一二三四五六七八九十]{1,3}日?(?:[至—-][0-9一二三四五六七八九十]{1,3}日)?(?:上午|下午|晚上?|早上|凌晨|中午)?(?:[0-9]{1,2}(?:时|点)(?:[0-9]{1,2}分)?)?$|^(?:近日|日前|近期|昨天|昨日|今天|今日|当天|上午|下午|晚上|连日来|近年来|今年以来)$/u;
/**
 * The head an organ's or a place's name ends with: an office (局, 委, 院,
 * 办, 所, 站, 队), a body (会, 社, 团, 组, 部, 中心), a school, a company, or a
 * division of GB/T 2260 (县, 市, 区, 镇, 乡, 街道, 村): 婺源县市场监督管理局,
 * 甘州区法院, 区教体文旅局, 郑城镇, 福田团镇委.
 */
const ORGAN_HEAD = /(?:局|委|院|府|办|所|站|队|会|社|团|组|部|厅|处|司|中心|馆|校|学|门|县|市|区|州|旗|镇|乡|街道|村|社区)$/u;
/** A speaker's or a writer's own body (我局, 我县, 我们) is no third party's act. */
const ORGAN_OWN_VOICE = /^(?:我|咱|本)/u;

/**
 * Whether the lede tells an organ's or a place's act: past its frame clauses
 * (a day, a purpose, an occasion), the main clause's subject, the words
 * before its first verb by jieba's tags, is a name that ends in an organ's or
 * a division's head, and the verb has an object after it: 近日，婺源县市场监督
 * 管理局联合县发改委…开展, 29，甘州区法院下发《…》, 区教体文旅局成立6个督导组.
 * An essay's lede argues (权力是一把双刃剑) or tells a person (李东…当选).
 */
export function organLede(sentence: string): boolean {
  const clauses = sentence.replace(QUOTED, '“”').split(/[，,；]/u).map((c) => c.trim());
  let k = 0;
  while (k < clauses.length - 1 && (clauses[k] === '' || LEDE_FRAME.test(clauses[k]!))) k++;
  // A purpose runs over several clauses (为认真贯彻…，进一步引导…，6月11日，…): the act is one of the clauses after it.
  const candidates = PURPOSE.test(clauses[0] ?? '') ? clauses.slice(1, 1 + PURPOSE_CLAUSES).filter((c) => !LEDE_FRAME.test(c)) : [clauses[k] ?? ''];
  return candidates.some(organActs);
}

const PURPOSE = /^为/u;
/** Clauses after a purpose that are read for the act. */
const PURPOSE_CLAUSES = 5;

function organActs(clause: string): boolean {
  if (clause.length < 6 || ORGAN_OWN_VOICE.test(clause)) return false;
  const tokens = segmenter().tag(clause, true);
  const verb = tokens.findIndex((t) => t.tag === 'v');
  if (verb < 1 || verb > 6) return false;
  // A subject holds no preposition: 按照省纪委安排 is the ground an act rests on, not who acts.
  if (tokens.slice(0, verb).some((t) => t.tag === 'p')) return false;
  const subject = tokens.slice(0, verb).map((t) => t.word).join('');
  const rest = tokens.slice(verb + 1).map((t) => t.word).join('');
  return subject.length >= 2 && subject.length <= 20 && /^[\p{Script=Han}]+$/u.test(subject) && ORGAN_HEAD.test(subject) && rest.length >= 2;
}

/** What an organ's act in the lede counts for a report where the rules found nothing else. */
const ORGAN_LEDE_WEIGHT = 2;

// `structure` is passed in by typeInputs, which needs it too: reading a document's structure
// (self-named speakers, signatures, guests) three times was about 2% of ingestOne (docs/performance.md).
export function scoreTypes(doc: Doc, fired: CueRule[] = firedRules(doc), structure: Partial<Scores> = structureScores(doc)): Scores {
  const scores = cueScores(fired, shownIn(structure));
  // A dated lede whose act no report cue read (its verb is none of report-event's terms).
  if (!fired.some((r) => r.type === 'report' && !r.support) && scores.report === 0 && datedLede(doc)) scores.report += DATED_LEDE_WEIGHT;
  for (const [type, weight] of Object.entries(structure) as [DocumentType, number][]) scores[type] += weight;
  if (scores.notice > 0 && organSigned(doc)) scores.notice += SIGNATURE_WEIGHT;
  // A speech's marks that would decide the type (its genre in the headline) in a text that tells the speech from outside are a report's.
  if (typeOf(scores) === 'speech' && toldInThirdPerson(doc)) {
    scores.speech = 0;
    scores.report += TOLD_WEIGHT;
  }
  // An organ's or a place's act told in the lede, where no cue reached the minimum and no report cue of its own fired.
  if (defaulted(scores) && !fired.some((r) => r.type === 'report' && !r.support) && organLede(ledeOf(doc.blocks.filter((b) => b.part === 'body' && b.kind === 'paragraph').map((b) => b.text)).sentence)) scores.report += ORGAN_LEDE_WEIGHT;
  return scores;
}

/**
 * Ties go to the first type in this order: a speaker's words before a report
 * of them; a notice's forms (addressees, a 文号, its formula) before a report's
 * cues, which a notice's grounds and schedule carry too.
 */
const ORDER: DocumentType[] = ['speech', 'interview', 'notice', 'report', 'article'];

/** Whether no type reached the minimum score, so that the rules' article is a default rather than a finding. */
export const defaulted = (scores: Scores) => Math.max(...Object.values(scores)) < MIN_SCORE;

export function typeOf(scores: Scores): DocumentType {
  const best = ORDER.reduce((a, b) => (scores[b] > scores[a] ? b : a));
  return scores[best] >= MIN_SCORE ? best : 'article';
}

/** What the type is decided from: the document's views, the cue rules fired, the rules' scores and the model's features. */
export function typeInputs(file: IngestFile) {
  const { front, meta } = file.data;
  // A page's English version of its text (chrome/rules.ts englishVersionLines) says the same again: the type is read from the Chinese.
  const blocks = file.data.blocks.filter((b) => !(b.kind === 'paragraph' && isLatinParagraph(b.text)));
  const title = meta.titleSource === 'found' ? meta.title : undefined;
  const doc = documentView(title, blocks, front);
  const fired = firedRules(doc);
  const structure = structureScores(doc);
  const scores = scoreTypes(doc, fired, structure);
  return { doc, fired, scores, features: documentFeatures(doc, title, cueScores(fired, shownIn(structure))) };
}

const rounded = (p: Probabilities) => Object.fromEntries(Object.entries(p).map(([t, x]) => [t, Math.round(x * 100) / 100]));

export function classify(file: IngestFile): void {
  const { fired, scores, features } = typeInputs(file);
  const rules = typeOf(scores);
  const probabilities = typeProbabilities(features);
  const decided = decideType(rules, probabilities, defaulted(scores), undefined, noticeFormed(features));
  // A type the rules read from the document's own genre (a letter's title) is not the model's to overrule.
  const held = decided.type !== rules && fired.some((r) => r.form && r.type === rules);
  const decision = held ? { ...decided, type: rules, unsure: true } : decided;
  file.data.meta.type = decision.type;
  file.info(`type ${decision.type} (scores ${JSON.stringify(scores)}; cues ${fired.map((r) => r.id).join(', ') || 'none'}; model ${JSON.stringify(rounded(probabilities))})`, { ruleId: 'type', source: 'classify' });
  if (decision.unsure) {
    file.message(`type unsure: the cue rules say ${rules}, the structure model ${decision.model} (log odds ${decision.margin.toFixed(2)}; overruling needs ${marginFor(decision.model, defaulted(scores)).toFixed(2)} and a rules' article or report${held ? ' not read from the genre its title names' : ''}${decision.model === 'notice' && !noticeFormed(features) ? ', and a notice its addressees or 文号' : ''}); kept ${rules}`, { ruleId: 'type-unsure', source: 'classify' });
  }
}
