// Stage: who speaks or is interviewed, with a role, and the occasion (issue 5).
//
// Speakers come from, in order of trust: the name line under a speech title
// (朱烜, 市委书记 张伟) or a name in it (张伟同志在…上的讲话); the interviewee labels of interview turns; `…同志在…`
// in a cover notice or lede; a post-and-name before 讲话/致辞/表示 or a colon
// (专访市文旅局局长孙晓梅：…) in the title or lede of a report. The role is the post chain written right before the name in the
// notice or lede. Of a long chain we keep the first comma-separated group
// (自治区卫生厅党组成员、驻厅纪检组组长、直属机关党委书记): the posts held in
// the body that convened the meeting, without the committee posts after it.
// Reporters and authors are never speakers: bylines go to source.authors.
import type { Block, IngestFile, Speaker } from '../types.ts';
import { POST_WORDS, isPersonName, parseNameLine } from '../structure/lines.ts';

const POST_END = new RegExp(`(?:${POST_WORDS})$`);
/** What follows a speaker's name in a notice or lede. */
const AFTER_NAME = /^(?:同志)?(?:在|出席|表示|指出|强调|说|作|讲话|致辞|发表|接受|代表|主持|：)/;
const NAME_CANDIDATE = /[\p{Script=Han}]{2,4}(?=同志|在|出席|表示|指出|强调|接受|作|讲话|致辞|发表|：)/gu;
/** 王建国同志在全市经济工作会议上的讲话: the speaker named in a speech title. */
const TITLE_NAME = /^([\p{Script=Han}]{2,4}?)(?:同志)?在.+上的.{0,8}(?:讲话|致辞|发言|报告|演讲)/u;
/** Words that introduce the chain in a sentence rather than belong to it. */
const LEAD_IN = /^(?:现将|近日|日前|由|请|经|并|会上|会议由|专访|访谈|对话|采访)/;

/**
 * The role written right before `name` in `text`: the comma-separated groups
 * of posts that end right before the name, of which the first is kept.
 */
export function roleBefore(text: string, name: string): string | undefined {
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    if (!AFTER_NAME.test(text.slice(at + name.length))) continue;
    const sentence = text.slice(0, at).split(/[。；：！？\n]/).pop() ?? '';
    const groups = sentence.split(/[，,]/).map((g) => g.trim().replace(LEAD_IN, ''));
    let first: string | undefined;
    for (let i = groups.length - 1; i >= 0; i--) {
      const group = groups[i];
      if (group.length === 0 || group.length > 40 || /\s/.test(group) || !POST_END.test(group)) break;
      first = group;
    }
    if (first) return first;
  }
  return undefined;
}

/**
 * `…书记张伟同志在…` / `…主任唐荣在接受…专访` in running text: a post word, then
 * a 2–3 character name, then 同志 or a speaking verb.
 */
export function speakerInText(text: string): Speaker | undefined {
  for (const match of text.matchAll(NAME_CANDIDATE)) {
    const span = match[0];
    // The name is the tail of the run after the last post word.
    for (const len of [3, 2]) {
      const name = span.slice(-len);
      const before = text.slice(0, match.index + span.length - len);
      if (isPersonName(name) && POST_END.test(before)) {
        const role = roleBefore(text, name);
        return role ? { name, role } : { name };
      }
    }
  }
  return undefined;
}

/** ——访市卫生健康委主任陈志刚: an interview's subtitle ends with the interviewee's posts and name. */
const SUBTITLE_VISIT = /(?:——|—|－－)\s*(?:访|专访|对话)(.+)$/u;

export function roleInTitle(title: string, name: string): string | undefined {
  const chain = SUBTITLE_VISIT.exec(title)?.[1];
  if (!chain?.endsWith(name)) return undefined;
  const role = chain.slice(0, -name.length).trim();
  return role.length > 0 && role.length <= 40 && POST_END.test(role) ? role : undefined;
}

function intervieweesOf(blocks: Block[]): string[] {
  const names = blocks.filter((b) => b.kind === 'turn' && b.role === 'interviewee').map((b) => b.speaker ?? '');
  return [...new Set(names)].filter((n) => isPersonName(n));
}

/**
 * The occasion of a speech from its title or notice: 在…会议上的讲话 → the
 * meeting. A leading date (在5月29日召开的…) is not part of the name.
 */
const OCCASION = /在([^，。；：—]{2,60}?)上(?:的[^，。；]{0,8}?(?:讲话|致辞|发言|报告|演讲|主持词|总结)|$)/;

export function occasionOf(text: string): string | undefined {
  const match = OCCASION.exec(text);
  if (!match) return undefined;
  return match[1].replace(/^[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日(?:召开|举行)的/, '');
}

export function extractSpeakers(file: IngestFile): void {
  const { blocks, front, meta } = file.data;
  const head = blocks.filter((b) => b.part === 'notice' || b.kind === 'paragraph').slice(0, 4).map((b) => b.text).join('\n');
  const speakers: Speaker[] = [];
  const add = (speaker: Speaker) => {
    if (speakers.some((s) => s.name === speaker.name)) return;
    const role = speaker.role ?? roleBefore(head, speaker.name) ?? roleInTitle(meta.title ?? '', speaker.name);
    speakers.push(role ? { name: speaker.name, role } : { name: speaker.name });
  };

  const nameLine = front.map(parseNameLine).find((n) => n !== undefined);
  if (nameLine) add(nameLine);
  const titleName = TITLE_NAME.exec(meta.title ?? '')?.[1];
  if (titleName && isPersonName(titleName)) add({ name: titleName });
  for (const name of intervieweesOf(blocks)) add({ name });
  if (speakers.length === 0) {
    const inText = speakerInText(`${meta.title ?? ''}\n${head}`);
    if (inText) add(inText);
  }
  meta.speakers = speakers;

  const notice = blocks.filter((b) => b.part === 'notice').map((b) => b.text).join('\n');
  const occasion = occasionOf(meta.title ?? '') ?? occasionOf(notice);
  if (occasion) meta.occasion = occasion;
}
