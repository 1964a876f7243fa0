// Whether a run of two to four Han characters next to a post is a person's
// name. The surname list (structure/lines.ts) admits many ordinary words that
// start with a surname character (强调, 高度, 安排, 党支部) and place names
// (常德, 金华); the word segmenter's dictionary and the division table reject
// those. jieba alone cannot find names: it tags only the names its dictionary
// holds (李强/nrfg) and splits or tags as unknown (x) the rest (王华容 →
// 王/nr 华容/nr, 杜杰 → 杜/nr 杰/nr), and it tags places as names (常德/nr).
import { segmenter } from '../lib/jieba.ts';
import { findMentions } from '../extract/divisions.ts';
import { isPersonName } from '../structure/lines.ts';
import { POSTS, SURNAMES } from './vocabulary.ts';


/** Tags jieba gives person names it knows. */
const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt']);
/** A name does not end with the character of an organ or office (党支部, 区委, 办公室). */
const ORGAN_END = /[部委局厅办室处科组队站所校馆署司府院会社团]$/u;
/** Nor with a post: 陈坚校长, 冯少勇院长 are a name and the post written after it. */
const POST_END = new RegExp(`(?:${[...new Set(POSTS.flatMap((p) => p.term.split('|')))].join('|')})$`, 'u');

const cache = new Map<string, boolean>();

/**
 * The text starts with a word the dictionary holds that is not a person's
 * name (强调/v, 党支部/n, 强调的 → 强调/v 的). A real name starts with its
 * surname alone or is a name word (霍海军 → 霍/nr 海军/n, 张建国/nr).
 */
function startsWithOrdinaryWord(text: string): boolean {
  const [first] = segmenter().tag(text, false);
  return first !== undefined && first.word.length >= 2 && !NAME_TAGS.has(first.tag);
}

/** The whole text is the name of a division (常德, 金华, 华容县). */
function isPlaceName(text: string): boolean {
  return findMentions(text).some((m) => m.index === 0 && m.end === text.length);
}

/** Surnames the shared list (structure/lines.ts) lacks that officials in the news bear. */
const MORE_SURNAMES = new RegExp(`^(?:${SURNAMES.map((t) => t.term).join('|')})`, 'u');

/** A person's name that may stand next to a post: a surname first, and neither an ordinary word nor a place. */
export function isOfficialName(text: string): boolean {
  let ok = cache.get(text);
  if (ok === undefined) {
    const surnamed = isPersonName(text) || (MORE_SURNAMES.test(text) && /^[\p{Script=Han}]{2,3}$/u.test(text));
    ok = surnamed && !ORGAN_END.test(text) && !POST_END.test(text) && !startsWithOrdinaryWord(text) && !isPlaceName(text);
    cache.set(text, ok);
  }
  return ok;
}
