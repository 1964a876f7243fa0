// The structural features of a cleaned document that the type model reads:
// the shape of its lines and where they stand (turns of a conversation, an
// addressee line, a 文号, a signature block, a salutation, a speaker line, a
// dateline, a byline, a dated first sentence), how much the text speaks in
// the first person, the genre word of its title, and the cue rules' scores
// as one input among them. Every feature is a number in [0, 1], so that the
// fitted weights can be read side by side.
import { answersTold } from '../people/reported.ts';
import { titleGenre } from '../extract/genre.ts';
import { isOfficialName } from '../people/names.ts';
import { isSignatureLine } from '../structure/tail.ts';
import { carriedQuestion, parseLabel } from '../structure/turns.ts';
import { isBylineLine, isDateLine, isSalutation, parseNameLine } from '../structure/lines.ts';
import type { DocumentType } from '../types.ts';
import type { Doc } from './view.ts';

export const FEATURES = [
  // A conversation.
  'turns',
  'exchange',
  'labelled',
  'questions',
  // A notice: GB/T 9704's addressee line, document number and signature block.
  'addressee',
  'docNumber',
  'closingDate',
  'closingOrg',
  // A speech.
  'salutation',
  'speakerLine',
  'coverNotice',
  'firstPerson',
  'onBehalf',
  // A report.
  'dateline',
  'byline',
  'eventLead',
  'datedLead',
  'toldSpeech',
  'thirdPerson',
  'reporter',
  'eventTold',
  'daysNamed',
  'meetingTold',
  // An argument: its reasoning words, its exhortations, its section headings.
  'argument',
  'exhortation',
  'headings',
  // An essay or commentary: its author's line, and its length (news is told short).
  'authorLine',
  'length',
  // A profile or feature: time told in spans (a life, a history), not in days.
  'spanTold',
  // The title's genre word.
  'titleSpeech',
  'titleNotice',
  'titleInterview',
  // The cue rules' scores, one per type.
  'cueSpeech',
  'cueInterview',
  'cueReport',
  'cueNotice',
  'cueArticle',
] as const;

export type Feature = (typeof FEATURES)[number];
export type Features = Record<Feature, number>;

/** Turns that make a conversation. */
const MIN_TURNS = 2;
/** A cue score at which the cue feature is full: one strong cue and one more. */
const CUE_FULL = 6;
/** First-person pronouns per thousand characters at which the feature is full: a speech addressing its hearers. */
const FIRST_PERSON_FULL = 10;

/**
 * A short label and a colon opening a paragraph (问：, 记者：, 张三：) or
 * standing on its own line before it (主持人（王跃军）:); a sentence's clause
 * has a verb and punctuation before its colon.
 */
const LABEL = /^([\p{Script=Han}A-Za-z]{1,6})[：:]|^([\p{Script=Han}A-Za-z]{1,6}(?:[（(][\p{Script=Han}·]{2,8}[）)])?)[：:]$/u;
/** 湘政办发〔2009〕24号 standing alone: the document's own number. */
const DOC_NUMBER = /^[\p{Script=Han}]{1,12}[〔［[（(][0-9]{4}[〕］\]）)]第?[0-9]{1,4}号$/u;
/** The addressees a notice opens with: 各乡、镇人民政府，县政府各部门：. */
const ADDRESSEES = /^各(?!位)[^。！？；]{1,80}[：:]$/u;
/** ——在全市组织工作会议上的讲话: the occasion of a speech under its title. */
const OCCASION = /^(?:——|—|--)?\s*在[^。！？]{2,60}(?:上|时|中)的?(?:讲话|致辞|发言|报告|演讲|主持词|党课)/u;
/** （2023年1月5日）under a speech's title; a newspaper attribution in parentheses is none. */
const PARENTHESISED_DATE = /^[（(](?!.*[《》])(?!来源).*[0-9〇○零一二三四五六七八九]{4}年.*[）)]$/u;
/** An agency's or paper's dateline opening the first paragraph: 新华社北京5月9日电, 本报讯, （中央社记者温贵香台北21日电）, 东方网记者曹磊5月13日报道, 记者王刚报道，. */
const DATELINE = /^(?:[（(【]?本报[^，。】]{0,8}(?:讯|】)|[（(【]?据?[\p{Script=Han}·]{1,16}?(?:[0-9]{1,2}月)?[0-9]{1,2}日(?:电|讯|消息)|[（(【]?[\p{Script=Han}·]{1,10}(?:社|网|台|报)(?:讯|消息)|[\p{Script=Han}]{1,10}(?:网|报|台)(?:讯|消息)?[（(]记者|(?:本报|本台|本网)?记者\s?[\p{Script=Han}·]{2,4}\s?(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?报道[，,])/u;
/** A reporter's credit: （记者 胡晓蓉）, 记者程文昭、通讯员靳颖, □ 本报记者 葛灵丹. */
const CREDIT = /[（(][^（）()]{0,10}(?:记者|通讯员)[^（）()]{1,24}[）)]|(?:^|\s)(?:本报|特约|全媒体)?记者\s?[\p{Script=Han}]{2,3}(?:[、\s]|$)/u;
/**
 * The month and day run together by a typesetting slip, opening the lede:
 * 1128日上午，台长刘定明…率领… (unseen27 gybctv), 929日下午，…主持召开…
 * (unseen24 yushu), 321日，…来到… (kinds3 hbfy); the date stage reads them so
 * (tests/eval/README.md). Only at the sentence's start, where no year or
 * count stands before it.
 */
const SLIPPED_DAY = '(?:1[0-2]|0?[1-9])(?:[0-2][0-9]|3[01])日';
/** When an event took place, in the first clause of the first sentence: 5月9日，… / 近日，… / 据中国地震台网正式测定，5月20日13时10分…. */
const DAY_FIRST = new RegExp(`^(?:据[^，。]{2,20}，)?(?:(?:[0-9]{4}年)?[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日|${SLIPPED_DAY})|^(?:据[^，。]{2,20}，)?(?:近日|日前|昨天|昨日|今天|今日|连日来|近期)`, 'u');
/**
 * A day named in the lede's first sentence, wherever it stands (9月10日上午，…,
 * 行政长官贺一诚今（22）日表示, 9日，海关总署发布…): news
 * tells when. A speaker's 今天我们… is his own voice, not a report's.
 */
const DAY_NAMED = new RegExp(`^${SLIPPED_DAY}|` + /(?:[0-9一二三四五六七八九十]{1,2}月)?(?<![0-9])[0-9一二三四五六七八九十]{1,3}日(?:上午|下午|晚上?|早上|凌晨|中午|[0-9]{1,2}时)?[，,]|(?:今天|今日)(?:上午|下午|晚上?)?[，,]|[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日|今[（(][0-9]{1,2}[）)]日|近日|日前|昨天|昨日|前天|连日来/u.source, 'u');
/** A quotation opening the lede (“五星红旗迎风飘扬…”9月10日上午，…): the news sentence follows it. */
const OPENING_QUOTE = /^“[^”]*”/u;
/** 我院, 我校, 我市, 我国: an institution or a country speaking of itself in a report, not a speaker's own voice. */
const FIRST_PERSON = /我(?![院校局县市区省镇乡村委厅司部所站台团厂国])/gu;
/** The same, one match: a lede that speaks of 我院 or 我县 is still told from outside. */
const SPEAKS = new RegExp(FIRST_PERSON.source, 'u');
/** An event told in the third person: what was held, visited or opened, or what happened. */
const EVENT_VERB = /发生|召开|举行|举办|开幕|闭幕|调研|考察|视察|检查|慰问|来到|走进|启动|发布|签署|签约|会见|出席|参加|开展|组织|揭牌|颁发|表彰|宣布|公布|通报/u;
/** A speech told of by others: the speaker 出席并讲话, 作重要讲话, 主持会议. */
const TOLD_SPEECH = /(?:出席|参加)[^。！？]{0,12}并(?:讲话|致辞|发言)|(?:作|发表)了?(?:重要|动员|总结)?讲话|主持(?:会议|召开)/u;
/**
 * Someone else's words told: 岑浩辉表示，, 他说：, 李博灏认为, 肖冰称. Not the
 * text's own voice (我们认为, an essayist's 笔者认为), nor the leader's
 * instruction an essay or a speech rests on (习近平总书记强调，).
 */
const TOLD = /(?<!我|我们|大家|你|您|笔者|总书记)(?:表示|指出|强调|介绍|认为|称|说道?|坦言|透露|告诉记者)[，：:]/u;
/** The reporter as a third party of the text: 告诉记者, 据记者了解, 记者从…获悉 (a turn's label 记者： is a question). */
const REPORTER = /(?:告诉|向|对|据|接受)记者|记者(?:近日|日前|昨天|昨日|今天)?(?:从|在|了解|获悉|看到|注意到|走访|来到|采访|发现|调查)/u;
/** An essay's or commentary's author line: （作者：南帆，系…研究员）, 作者：张三. */
const AUTHOR = /^[（(]?(?:作者|文)[：:｜|丨]/u;
/** An event told as done, in the past: what was held, visited, attended or announced. */
const DONE = /召开|举行|举办|调研|出席|考察|视察|慰问|参加|主持|会见|签署|发布|宣布|启动|开幕|闭幕|揭牌|走访|来到|看望|致辞/u;
/** A day named as when something happened: 9日下午, 5月13日, 近日, 昨天, 当天. */
const DAY_TOLD = /(?:[0-9一二三四五六七八九十]{1,2}月)?(?<![0-9])[0-9一二三四五六七八九十]{1,3}日(?:上午|下午|晚上?|早上|凌晨|中午|[0-9]{1,2}时)|[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日|今[（(][0-9]{1,2}[）)]日|近日|日前|昨天|昨日|前天|当天|当日|连日来/u;
/** Paragraphs of the opening read for events told. */
const EVENT_PARAGRAPHS = 8;
/** The words an argument reasons with: 因此, 然而, 可见, 毫无疑问, 笔者. */
const REASONING = /因此|所以|然而|可见|总之|换言之|事实上|毋庸置疑|毫无疑问|显然|无疑|笔者|值得注意的是|一方面|另一方面|归根到底|说到底|由此|究其原因|我认为|我们认为/gu;
/** Reasoning words per thousand characters at which the feature is full. */
const REASONING_FULL = 3;
/** What a speaker or a commentary calls for: 我们要, 必须, 要坚持, 要进一步. */
const EXHORT = /我们|必须|应当|应该|要(?:坚持|加强|把|以|在|做到|进一步|切实|牢固|始终|不断|认真|深入|大力|着力|积极|全面|持续|推动|推进|提高|增强|落实|强化|树立|确保|善于|勇于|敢于)/gu;
/** Exhortations per thousand characters at which the feature is full. */
const EXHORT_FULL = 6;

/**
 * Time told as a span, as a profile or a feature narrates a person or a place
 * over the years and a news report of one day does not: 迄今唯一的女书记 and
 * 建国后的永寿 (hangzhou, a fixture), 任教30年后 and 年过五十 (news-dahe),
 * 30年如一日 (c16-school), 至今还活着 (ho-bjmu), 1968年6月生 (acechina, class
 * sample typefit3).
 */
const SPAN = /迄今|至今|建国后|解放后|多年来|几十年|半个世纪|[0-9一二三四五六七八九十两]+年如一日|[0-9一二三四五六七八九十两]+个春秋|年过[半四五六七八九]|现年[0-9一二三四五六七八九十]+岁|任教[0-9一二三四五六七八九十]+年|[0-9]{4}年[0-9]{1,2}月(?:生|出生)|出生于|生于/u;
/** Paragraphs telling a span at which the feature is full. */
const SPAN_FULL = 2;

/** Body lengths in characters (log scale) between which the length feature rises from 0 to 1: a short news item, a long essay. */
const SHORT = 300;
const LONG = 10_000;
/** Quoted words: the speaker of a report's quotation is not the text's voice. */
const QUOTED = /“[^”]*”|「[^」]*」/gu;

/** The first sentence of the body, after a dateline or a reporter's credit. */
const CREDIT_LEAD = /^[^，。]{0,40}?(?:电|讯|消息|报道)\s*(?:[（(][^）)]{0,30}[）)])?\s*/u;

/**
 * A meeting told from outside, as news tells it: what the meeting did (会上，…,
 * 会议指出, 大会表彰了…) and who attended or chaired it (…出席会议, 会议由…主持).
 * A speaker at the meeting says 这次会议 and 今天参加会议的各位, in his own voice.
 */
const MEETING_TOLD = /^(?:[^，。]{0,6}，)?(?:在?会(?:议)?上|会议(?:指出|强调|要求|认为|传达|听取|审议|通过|宣读|号召|研究|部署|总结|决定)|大会(?:表彰|宣读|通过|号召|审议|听取))|(?<!今天|今日|这次|本次)(?:出席|参加)了?(?:会议|大会|活动|仪式|开幕式|典礼)|会议由[^。！？]{1,40}主持|主持会议/u;
/** Paragraphs telling a meeting at which the feature is full. */
const MEETING_FULL = 2;
/**
 * The speaker acting for the body he speaks for, in the opening: 我代表学校，向全体师生…,
 * 我代表最高人民法院报告…工作情况，请审议, 请允许我代表全校师生…. A report quotes it
 * in quotation marks.
 */
const ON_BEHALF = /我们?(?:谨|也)?代表[^。！？，]{2,30}?(?:[，,]|向|对|报告|作|表示|致以|欢迎|感谢|祝贺)/u;
/** Opening paragraphs read for the speaker's first person. */
const BEHALF_PARAGRAPHS = 4;
/**
 * A question put by the reporter in quotation marks, written up as a scene:
 * “那您觉得潇湘晨报办得怎么样呢？”记者问, “…吗？”…本报记者当即提问, 记者追问.
 */
const QUOTED_QUESTION = /“[^”]*[？?][^”]*”/u;
const REPORTER_ASKS = /(?:记者|我)[^。！？“”]{0,10}(?:问道|追问|提问|发问|问|提出[^。！？“”]{0,12}问题)/u;
/** Paragraphs of the reporter's questions that make an interview written up. */
const MIN_ASKED = 2;

/** Whether the reporter puts his questions in quotation marks, paragraph after paragraph: an interview written up as a scene. */
export function reporterAsks(paragraphs: readonly string[]): boolean {
  return paragraphs.filter((p) => QUOTED_QUESTION.test(p) && REPORTER_ASKS.test(p.replace(QUOTED, ''))).length >= MIN_ASKED;
}

/**
 * A conversation outside the turns the structure stage found: a labelled question answered, the
 * reporter's questions written up, or a question told and answered by name (有记者问，…？ / 洪磊说，…).
 */
export const conversation = (paragraphs: readonly string[]) => answeredQuestion(paragraphs) || reporterAsks(paragraphs) || answersTold(paragraphs).length > 0;
/** A label and its text (中通社：特首您好…？, 交通运输部副部长 王志清：); a sentence has punctuation before its colon. */
const ANY_LABEL = /^([^\s：:，。！？、“”《》]{1,12}(?:\s[\p{Script=Han}·]{2,4})?)[：:]\s*(.*)$/u;

/**
 * Whether a labelled paragraph puts a question that the next label answers:
 * 中通社：…能否请您谈谈…？ / 李家超：一年过后…. A quotation in a report is one
 * label; a field list (来源：, 编辑：) asks nothing.
 */
export function answeredQuestion(paragraphs: readonly string[]): boolean {
  const labelAt = (k: number) => {
    const m = ANY_LABEL.exec(paragraphs[k] ?? '');
    // A label alone on its line takes the paragraph after it.
    return m ? { label: m[1]!, text: m[2] || (paragraphs[k + 1] ?? '') } : undefined;
  };
  for (let k = 0; k + 1 < paragraphs.length; k++) {
    const ask = labelAt(k);
    if (!ask) continue;
    const after = ask.text === paragraphs[k + 1] ? k + 2 : k + 1;
    const next = labelAt(after);
    if (/[？?]/u.test(ask.text)) {
      if (next && next.label !== ask.label && next.text.length >= 20 && /[。！？]/u.test(next.text)) return true;
      continue;
    }
    // The question in the paragraphs that carry the labelled turn on (王雪：…我上次回家… / 我想说，…考虑过？ / 苏波：…).
    const carried = carriedQuestion(paragraphs, after, (p) => ANY_LABEL.test(p));
    if (carried === undefined) continue;
    const answer = labelAt(carried);
    // The asker a person or a role, the answerer a person: 问, 记者 answer nobody.
    const answerer = answer && answer.label !== ask.label ? labelKind(answer.label) : undefined;
    if (labelKind(ask.label) && answerer && answerer !== 'asker' && answer!.text.length >= 20 && /[。！？]/u.test(answer!.text)) return true;
  }
  return false;
}

/** What a label holds, if a person or a role: a name, posts and a name, 主持人 (structure/turns.ts); 习近平强调 holds none. */
const labelKind = (label: string) => parseLabel(`${label}：`)?.kind;

const share = (n: number, of: number) => (of === 0 ? 0 : Math.min(1, n / of));
const clip = (x: number) => Math.max(0, Math.min(1, x));

/**
 * A speaker's label standing alone on its line, bracketed or not, the turn's
 * text on the next (主持人（王跃军）:, [主持人]:, 【王少南】:).
 */
const LABEL_LINE = /^[\[【［]?([\p{Script=Han}A-Za-z]{1,6})(?:[（(][\p{Script=Han}·]{2,8}[）)])?[\]】］]?[：:]$/u;
/** Label lines that make a transcript: several, of two speakers at least, one of them speaking again. */
const MIN_LABEL_LINES = 3;

/**
 * Whether the paragraphs are a transcript laid out with each speaker's label
 * on a line of its own: a page's notes (注释：, 资料来源：) are labels that
 * never come back.
 */
export function labelLineTranscript(paragraphs: readonly string[]): boolean {
  const labels = paragraphs.map((p) => LABEL_LINE.exec(p.trim())?.[1]).filter((l): l is string => l !== undefined);
  const distinct = new Set(labels);
  return labels.length >= MIN_LABEL_LINES && distinct.size >= 2 && distinct.size < labels.length;
}

/** The share of paragraphs in turns of labels used twice or more, and whether two such labels take turns. */
function labelledTurns(paragraphs: string[]): { share: number; alternate: boolean } {
  const found = paragraphs.map((p) => LABEL.exec(p));
  const labels = found.map((m) => m?.[1] ?? m?.[2]);
  const counts = new Map<string, number>();
  for (const l of labels) if (l) counts.set(l, (counts.get(l) ?? 0) + 1);
  const recurring = labels.filter((l): l is string => l !== undefined && (counts.get(l) ?? 0) >= 2);
  // A label on a line of its own takes the paragraph after it into its turn.
  const inTurns = found.reduce((n, m, i) => (m && (counts.get(labels[i]!) ?? 0) >= 2 ? n + (m[2] !== undefined ? 2 : 1) : n), 0);
  let changes = 0;
  for (let i = 1; i < recurring.length; i++) if (recurring[i] !== recurring[i - 1]) changes++;
  return { share: share(inTurns, paragraphs.length), alternate: changes >= 2 };
}

/**
 * A turn's speaker without the dash that signs words as someone's (——薛城区双语实验小学校长孙烨：):
 * the same person as the label without it, not a second speaker.
 */
export const speakerKey = (speaker: string | undefined) => (speaker ?? '').replace(/^[—–-]+\s*/u, '');

/** The lede: the first paragraph that is prose, past a caption or a label line above it; its credit and an opening quotation set aside. */
export function ledeOf(paragraphs: readonly string[]): { ledeAt: number; lede: string; sentence: string } {
  const ledeAt = paragraphs.findIndex((p) => p.length >= 20 && /[，。]/u.test(p));
  const lede = (paragraphs[ledeAt] ?? '').replace(CREDIT_LEAD, '').replace(OPENING_QUOTE, '');
  return { ledeAt, lede, sentence: lede.split(/[。！？]/u)[0] ?? '' };
}

export function documentFeatures(doc: Doc, title: string | undefined, cueScores: Record<DocumentType, number>): Features {
  const body = doc.blocks.filter((b) => b.part === 'body');
  const paragraphs = body.filter((b) => b.kind === 'paragraph').map((b) => b.text);
  const turns = body.filter((b) => b.kind === 'turn');
  const closing = doc.blocks.filter((b) => b.part === 'closing').map((b) => b.text);
  const firstLines = body.slice(0, 3).map((b) => b.text);
  const text = body.map((b) => b.text).join('');
  const asked = turns.some((t) => t.role === 'interviewer');
  const speakers = new Set(turns.map((t) => speakerKey(t.speaker)));
  const labelled = labelledTurns(paragraphs);
  const head = [...doc.headlines, ...doc.front];
  const lead = (paragraphs[0] ?? '').replace(CREDIT_LEAD, '');
  const firstSentence = lead.split(/[。！？]/u)[0] ?? '';
  const { ledeAt, sentence: ledeSentence } = ledeOf(paragraphs);
  // The lede's day is datedLead's: the paragraphs after it tell whether the text keeps time as news does.
  const told = paragraphs.slice(ledeAt + 1);
  const unquoted = text.replace(QUOTED, '');
  const firstPerson = (unquoted.match(FIRST_PERSON) ?? []).length;
  // The genre word ends the title, or labels it before a colon (党课讲稿：…).
  const label = title ? /^([^：:]{2,8})[：:]/u.exec(title)?.[1] : undefined;
  const genre = title ? [titleGenre(title), label ? titleGenre(label) : 'other'].find((g) => g !== 'other') ?? 'other' : 'other';
  const cue = (t: DocumentType) => clip(cueScores[t] / CUE_FULL);
  const lastLines = [...paragraphs.slice(-2), ...closing];
  return {
    turns: share(turns.length, turns.length + paragraphs.length),
    exchange: (turns.length >= MIN_TURNS && (asked || speakers.size >= 2)) || conversation(paragraphs) ? 1 : 0,
    labelled: labelled.alternate ? labelled.share : 0,
    questions: share(paragraphs.filter((p) => p.length <= 150 && /[？?]$/u.test(p)).length * 4, paragraphs.length),
    addressee: firstLines.some((l) => ADDRESSEES.test(l)) ? 1 : 0,
    docNumber: [...head, ...firstLines].some((l) => DOC_NUMBER.test(l.replace(/\s+/gu, ''))) ? 1 : 0,
    closingDate: lastLines.some((l) => isDateLine(l)) ? 1 : 0,
    closingOrg: lastLines.some((l) => !isDateLine(l) && isSignatureLine(l) && parseNameLine(l) === undefined) ? 1 : 0,
    salutation: firstLines.some((l) => isSalutation(l) || /^(?:尊敬的|各位)[^。！？]{1,120}[：:]$/u.test(l)) ? 1 : 0,
    speakerLine: head.some((l) => OCCASION.test(l) || PARENTHESISED_DATE.test(l) || isOfficialName(parseNameLine(l)?.name ?? '')) ? 1 : 0,
    coverNotice: doc.blocks.some((b) => b.part === 'notice') ? 1 : 0,
    firstPerson: clip((firstPerson * 1000) / Math.max(unquoted.length, 1) / FIRST_PERSON_FULL),
    onBehalf: paragraphs.slice(0, BEHALF_PARAGRAPHS).some((p) => ON_BEHALF.test(p.replace(QUOTED, ''))) ? 1 : 0,
    dateline: DATELINE.test(paragraphs[0] ?? '') ? 1 : 0,
    byline: [...doc.front, ...firstLines.slice(0, 2)].some((l) => CREDIT.test(l) && (isBylineLine(l) || l.length <= 60 || CREDIT.test(l.slice(0, 40)))) ? 1 : 0,
    eventLead: DAY_FIRST.test(firstSentence) && EVENT_VERB.test(firstSentence) ? 1 : 0,
    datedLead: DAY_NAMED.test(ledeSentence) && !SPEAKS.test(ledeSentence) ? 1 : 0,
    toldSpeech: paragraphs.slice(0, 4).some((p) => TOLD_SPEECH.test(p)) ? 1 : 0,
    thirdPerson: share(paragraphs.filter((p) => TOLD.test(p.replace(QUOTED, ''))).length * 2, paragraphs.length),
    reporter: paragraphs.some((p) => REPORTER.test(p)) ? 1 : 0,
    eventTold: share(paragraphs.slice(0, EVENT_PARAGRAPHS).filter((p) => DONE.test(p.replace(QUOTED, ''))).length, Math.min(paragraphs.length, EVENT_PARAGRAPHS)),
    daysNamed: share(told.filter((p) => DAY_TOLD.test(p)).length, told.length),
    meetingTold: clip(paragraphs.filter((p) => MEETING_TOLD.test(p.replace(QUOTED, ''))).length / MEETING_FULL),
    argument: clip(((unquoted.match(REASONING) ?? []).length * 1000) / Math.max(unquoted.length, 1) / REASONING_FULL),
    exhortation: clip(((unquoted.match(EXHORT) ?? []).length * 1000) / Math.max(unquoted.length, 1) / EXHORT_FULL),
    headings: share(body.filter((b) => b.kind === 'heading').length, body.length),
    authorLine: [...doc.front, ...closing, ...firstLines.slice(0, 2)].some((l) => AUTHOR.test(l) && l.length <= 80) ? 1 : 0,
    spanTold: clip(paragraphs.filter((p) => SPAN.test(p.replace(QUOTED, ''))).length / SPAN_FULL),
    length: clip(Math.log(Math.max(text.length, 1) / SHORT) / Math.log(LONG / SHORT)),
    titleSpeech: genre === 'speech' ? 1 : 0,
    titleNotice: genre === 'notice' ? 1 : 0,
    titleInterview: genre === 'interview' ? 1 : 0,
    cueSpeech: cue('speech'),
    cueInterview: cue('interview'),
    cueReport: cue('report'),
    cueNotice: cue('notice'),
    cueArticle: cue('article'),
  };
}
