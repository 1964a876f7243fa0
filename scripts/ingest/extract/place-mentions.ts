// Division names in running text that are really place names. A short form
// found by string matching is often a piece of other words (党和政府 holds
// 和政, 复杂多变 holds 杂多) or an ordinary word (资源, 惠民, 和平, 鼓楼). The
// word segmenter jieba, with its part-of-speech dictionary, tells these apart:
// a mention must begin and end on word boundaries, and a name that the
// dictionary knows as an ordinary word counts only when its parent place is
// written right before it (广东中山, 南京鼓楼).
import { createRequire } from 'node:module';
import type { Jieba } from '@node-rs/jieba';
import { findMentions, parentOf, shortForms, type Division, type Mention } from './divisions.ts';

interface Token {
  word: string;
  tag: string;
  index: number;
  end: number;
}

let jieba: Jieba | undefined;

function segmenter(): Jieba {
  if (jieba) return jieba;
  const require = createRequire(import.meta.url);
  const { Jieba: JiebaClass } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
  const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
  jieba = JiebaClass.withDict(dict);
  return jieba;
}

/**
 * Where jieba always ends a block: it splits its input at whitespace and
 * punctuation first (no word holds them) and segments each block on its own,
 * so a clause between two of these segments exactly as it does inside its
 * paragraph, at a fraction of the cost.
 */
const BLOCK_END = /[\s，。、；：？！（）“”‘’《》【】]/;

/** The words of the clause around [start, end), at their offsets in `text`. */
export function clauseTokens(text: string, start: number, end: number): Token[] {
  while (start > 0 && !BLOCK_END.test(text[start - 1]!)) start--;
  while (end < text.length && !BLOCK_END.test(text[end]!)) end++;
  let index = start;
  // Without HMM, a word the dictionary lacks (开州) stays in single characters
  // instead of being glued to its neighbours (新高地开州 → 地开州).
  return segmenter()
    .tag(text.slice(start, end), false)
    .map(({ word, tag }) => {
      const token = { word, tag, index, end: index + word.length };
      index = token.end;
      return token;
    });
}

const ordinaryCache = new Map<string, boolean>();

/** The dictionary knows the text as one word that is not a place name (资源/n, 惠民/nr, 鼓楼/n). */
function isOrdinaryWord(text: string): boolean {
  let ordinary = ordinaryCache.get(text);
  if (ordinary === undefined) {
    const [only, ...rest] = segmenter().tag(text, false);
    ordinary = only !== undefined && rest.length === 0 && only.tag !== 'ns';
    ordinaryCache.set(text, ordinary);
  }
  return ordinary;
}

/** Names of an institution or organisation that begin with a place name (新疆医科大学, 徐州日报社). */
const NAMED_AFTER_PLACE = new Set(['nt', 'nz', 'ns']);
/** An organ named after its place (嘉兴日报, 惠民县委): the name before it is the place, whatever the dictionary says of it alone. */
const ORGAN_AFTER = /^(?:日报|晚报|广播电视台|电视台|融媒体中心|[市县区州旗]委|[市县区州旗](?:人民)?政府)/;
/** What makes a name something other than a place: 延安精神, 延安作风, 中山路, 南京路. */
const NOT_A_PLACE_AFTER = /^(精神|作风|路|街|大街|大道|巷)/;

export interface PlaceMention extends Mention {
  /** Divisions left after context: a parent written right before an ambiguous name keeps only its children. */
  divisions: Division[];
}

/** The division names in the text that name a place. */
export function placeMentions(text: string): PlaceMention[] {
  const mentions = findMentions(text);
  if (mentions.length === 0) return [];
  // Segmented only when a mention needs its word boundaries checked: most paragraphs
  // with a mention name places only in full (徐州市), and segmenting was a tenth of ingest.
  const out: PlaceMention[] = [];
  for (const mention of mentions) {
    if (NOT_A_PLACE_AFTER.test(text.slice(mention.end))) continue;
    // A name written with its level (徐州市, 鼓楼区, 恩施州) is a place name whatever the dictionary says.
    const longFull = mention.text.length >= 3 && /[省市县区州旗盟]$/.test(mention.text);
    if (!longFull && !onWordBoundaries(clauseTokens(text, mention.index, mention.end), mention)) continue;
    const before = text.slice(Math.max(0, mention.index - 12), mention.index);
    const afterParent = mention.divisions.filter((d) => parentWrittenBefore(d, before));
    if (!longFull && isOrdinaryWord(mention.text) && !ORGAN_AFTER.test(text.slice(mention.end))) {
      if (afterParent.length > 0) out.push({ ...mention, divisions: afterParent });
      continue;
    }
    out.push({ ...mention, divisions: afterParent.length > 0 ? afterParent : mention.divisions });
  }
  return out;
}

function onWordBoundaries(words: Token[], mention: Mention): boolean {
  const crossing = words.filter((w) => w.index < mention.end && w.end > mention.index && (w.index < mention.index || w.end > mention.end));
  if (crossing.length === 0) return true;
  // One longer word starting with the name: an institution named after the place.
  const [word] = crossing;
  return crossing.length === 1 && word!.index === mention.index && NAMED_AFTER_PLACE.has(word!.tag);
}

function parentWrittenBefore(division: Division, before: string): boolean {
  for (let parent = parentOf(division); parent; parent = parentOf(parent)) {
    if ([parent.name, ...shortForms(parent.name)].some((name) => before.endsWith(name))) return true;
  }
  return false;
}
