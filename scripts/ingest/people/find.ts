// People named with their official posts in running text: 县委书记陆晓延,
// 省委副书记、省长张中伟, 塘下镇人民政府陈世尧镇长. Hand-written: the pattern is a
// convention of Chinese official and news writing (the post chain before or
// after the name, a verb or punctuation after it) that no library models; the
// name itself is checked by names.ts.
import { AFTER_NAME, BEFORE_NAME, POSTS } from './vocabulary.ts';
import { isOfficialName } from './names.ts';
import { isPersonName } from '../structure/lines.ts';
import { clauseTokens } from '../extract/place-mentions.ts';

export interface PersonMention {
  name: string;
  /** The post as the text gives it next to the name, with the body it is held in. */
  post: string;
  /** Where the name stands in the text. */
  index: number;
  end: number;
}

const unique = (terms: { term: string }[]) => [...new Set(terms.map((t) => t.term))].sort((a, b) => b.length - a.length);

/** 副县长, 常务副市长, 代市长: the deputy and acting marks belong to the post. */
const POST_WORD = new RegExp(`(?:常务副|副|代)?(?:${unique(POSTS).join('|')})`, 'gu');
/** What ends a name: a following verb, punctuation, a digit (习近平30日上午) or the end of the text. */
const AFTER = new RegExp(`^(?:${unique(AFTER_NAME).join('|')}|[\\s，。、；：！？,.;:!?（）()“”"‘’《0-9０-９]|$)`, 'u');
/** What may stand before a name that its post follows. */
const BEFORE = new RegExp(`(?:${unique(BEFORE_NAME).join('|')}|[\\s，。、；：！？,.;:!?（）()“”"])$`, 'u');
/** Where the clause holding a post chain starts. */
const CLAUSE_END = /[\s，。；：！？,.;:!?（）()“”"\n—―]/u;
/** Words that lead into a post chain rather than belong to it. */
const LEAD_IN = /^(?:会议由|会上|由|请|邀请|并|其中|陪同|以及|和|与|及|、|[—―－-]|专访|访|对话)+/u;
/** The longest post chain kept whole; a longer one keeps its last 、-group. */
const CHAIN_MAX = 40;
/** The name of the body a post is held in, written before the name (塘下镇人民政府陈世尧镇长). */
const ORGAN = /(?:政府|府|委|局|办事处|办|院|厅|部|中心|公司|集团|人大|政协)$/u;
const COMPOUND = /^(?:欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|长孙|宇文|司徒|令狐|夏侯|轩辕|端木|西门|南宫|独孤|百里)/u;

function clauseStart(text: string, at: number, floor: number): number {
  let i = at;
  while (i > floor && !CLAUSE_END.test(text[i - 1]!)) i--;
  return i;
}

/** Words of a sentence, not of a post: the chain starts after the last of them (…同志代表院党组传达了中央政法委书记). */
const NOT_IN_POST = /^.*(?:同志|了|的|在|对(?!外)|向|把|将|是|为|以|与|及|邀请)/u;

/** A date before the post: 2017年12月6日外交部发言人耿爽. */
const LEADING_DATE = /^(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日(?:上午|下午|晚上|晚)?/u;

/**
 * jieba's tags of the words of a sentence that lead into a post without being
 * part of it: adverbs, prepositions, conjunctions, pronouns, particles, time
 * words, and the verbs among them (还没等人力资源和社会保障部部长, 刚刚上任的县委书记,
 * 据省委书记). jieba tags the first character of a short organ's name as a verb
 * (住/v 建部, 驻/v 村), so a run of verbs alone is kept; and only the run before
 * the first other word goes, for a body's name holds verbs too (社会保障部).
 */
const SENTENCE_WORD_TAG = /^(?:d|ad|p|c|r|u.*|t|y|e)$/;
const VERB_TAG = /^(?:v|vd)$/;

function withoutLeadingSentence(post: string): string {
  const words = clauseTokens(post, 0, post.length);
  const first = words.findIndex((w) => !SENTENCE_WORD_TAG.test(w.tag) && !VERB_TAG.test(w.tag));
  if (first <= 0 || !words.slice(0, first).some((w) => SENTENCE_WORD_TAG.test(w.tag))) return post;
  return post.slice(words[first]!.index);
}

function chain(text: string): string {
  let post = withoutLeadingSentence(text.replace(NOT_IN_POST, '').replace(LEAD_IN, '').replace(LEADING_DATE, '').trim());
  if (post.length > CHAIN_MAX) post = post.slice(post.lastIndexOf('、') + 1);
  return post;
}

/**
 * Name lengths to try at a position: a compound surname (欧阳) takes one more
 * character, and so does a married name of Hong Kong and Macao that puts the
 * husband's surname before the woman's own (林郑月娥, 范徐丽泰), tried last.
 */
function lengthsAt(text: string, at: number): number[] {
  if (COMPOUND.test(text.slice(at, at + 2))) return [3, 4];
  return isPersonName(`${text[at + 1] ?? ''}某`) ? [2, 3, 4] : [2, 3];
}

/** The name right after the post that ends at `at` (县委书记陆晓延, 新闻发言人 胡凯红), if there is one. */
function nameAfter(text: string, end: number): { index: number; end: number } | undefined {
  const at = text[end] === ' ' || text[end] === '\u3000' ? end + 1 : end;
  const n = lengthsAt(text, at).find((len) => isOfficialName(text.slice(at, at + len)) && AFTER.test(text.slice(at + len, at + len + 4)));
  return n === undefined ? undefined : { index: at, end: at + n };
}

/** The name right before the post that starts at `start` (请陈世尧镇长, 塘下镇人民政府陈世尧镇长), if there is one. */
function nameBefore(text: string, start: number, floor: number): number | undefined {
  for (const n of [3, 2, 4]) {
    const at = start - n;
    if (at < floor) continue;
    const name = text.slice(at, start);
    if (n === 4 && !COMPOUND.test(name)) continue;
    if (!isOfficialName(name)) continue;
    if (at === 0 || BEFORE.test(text.slice(Math.max(0, at - 4), at))) return at;
  }
  return undefined;
}

/** Every person named next to a post, in reading order. */
export function findPeople(text: string): PersonMention[] {
  const found: PersonMention[] = [];
  let floor = 0;
  for (const match of text.matchAll(POST_WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    if (start < floor) continue;
    const after = nameAfter(text, end);
    if (after) {
      const from = clauseStart(text, start, floor);
      found.push({ name: text.slice(after.index, after.end), post: chain(text.slice(from, end)), ...after });
      floor = after.end;
      continue;
    }
    if (!AFTER.test(text.slice(end, end + 4))) continue;
    const at = nameBefore(text, start, floor);
    if (at === undefined) continue;
    const from = clauseStart(text, at, floor);
    const body = text.slice(from, at).replace(LEAD_IN, '');
    const organ = ORGAN.test(body) ? body : '';
    found.push({ name: text.slice(at, start), post: chain(organ + match[0]), index: at, end: start });
    floor = end;
  }
  return found;
}
