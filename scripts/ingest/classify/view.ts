// The views of a document that the type and speaker rules read: the lines
// that may be its headline, its opening paragraphs, its body lines.
import { SENTENCE_END, numberedDepth } from '../structure/lines.ts';
import type { Block } from '../types.ts';

/** Blocks at the top of the body that may still be a repeated title or its subtitle. */
const HEAD_BLOCKS = 8;
/** Paragraphs that make the opening of a document. */
const OPENING_BLOCKS = 6;
/** Shortest sentence read as the start of the text. */
const PROSE_MIN = 20;
/** Longest line read as a headline. */
const HEADLINE_MAX = 80;

export interface Doc {
  /** The title the page states, if any, the lines set aside around it, and the short lines before the first sentence of the body. */
  headlines: string[];
  /** The first paragraphs of the body. */
  opening: string[];
  /** Every paragraph and heading of the body and its closing lines. */
  lines: string[];
  front: string[];
  blocks: Block[];
}

/** A 文号 standing alone: 镇政发〔2024〕7号. */
const DOC_NUMBER = /^[\p{Script=Han}]{2,10}[〔［\[（(][0-9]{4}[〕］\]）)]第?[0-9]{1,4}号$/u;
/** A field's label with its value on the next line (• 发文字号:). */
const FIELD_LABEL = /[：:]\s*$/u;

/**
 * The lines set aside that are the document's own: a 文号 that is the value
 * of the site's field list (• 发文字号: / 镇政发〔2024〕7号) is the catalogue's
 * record of a file, which the page may print without its notice; a 文号
 * standing over the title (GB/T 9704) is the notice's own.
 */
function ownFront(front: string[]): string[] {
  return front.filter((line, k) => !(k > 0 && DOC_NUMBER.test(line.replace(/\s+/gu, '')) && FIELD_LABEL.test(front[k - 1]!)));
}

/** The views of a document that the cue rules read. */
export function documentView(title: string | undefined, blocks: Block[], allFront: string[]): Doc {
  const front = ownFront(allFront);
  const body = blocks.filter((b) => b.part === 'body' && b.kind !== 'turn');
  // A sentence shorter than a lede (a photo caption, a widget's prompt) does not start the text.
  const firstProse = body.findIndex((b) => b.kind === 'paragraph' && ((SENTENCE_END.test(b.text) && b.text.length >= PROSE_MIN) || b.text.length > HEADLINE_MAX));
  const headBlocks = body.slice(0, Math.min(HEAD_BLOCKS, firstProse === -1 ? body.length : firstProse));
  // 【安徽阜阳一动物园20只东北虎死亡？官方：成立调查组进行全面调查】阜阳市人民政府新闻办公室通报，…:
  // a microblog or WeChat post opens with its headline in brackets.
  const bracketed = /^【([^】]{10,60})】/u.exec(body.find((b) => b.kind === 'paragraph')?.text ?? '')?.[1];
  return {
    // A numbered line is a section heading or an outline, not the title.
    headlines: [...(title ? [title] : []), ...(bracketed ? [bracketed] : []), ...front, ...headBlocks.map((b) => b.text)].filter((t) => t.length <= HEADLINE_MAX && !numberedDepth(t)),
    opening: body.filter((b) => b.kind === 'paragraph').slice(0, OPENING_BLOCKS).map((b) => b.text),
    lines: blocks.filter((b) => (b.part === 'body' || b.part === 'closing') && b.kind !== 'turn').map((b) => b.text),
    front,
    blocks,
  };
}

