// Body lines → blocks: numbered section headings, unnumbered subheadings of
// news stories, interview turns, and paragraphs.
import type { Block } from '../types.ts';
import { SENTENCE_END, isBareLine, isNumberedHeading, isSalutation, numberedDepth, parseNameLine } from './lines.ts';
import { asTurn, turnBlock, turnLabels } from './turns.ts';

/**
 * An unnumbered subheading (聚焦服务发展一线 强化“敢为”担当): a short bare line
 * followed by a longer paragraph of prose.
 */
function isSubheading(line: string, next: string | undefined): boolean {
  if (next === undefined || !isBareLine(line, 30) || line.length < 6) return false;
  if (isSalutation(line) || parseNameLine(line)) return false;
  return next.length > line.length * 2 && SENTENCE_END.test(next);
}

export function bodyBlocks(lines: string[]): Block[] {
  const labels = turnLabels(lines);
  return lines.map((text, i): Block => {
    const turn = labels.size > 0 ? asTurn(text, labels) : undefined;
    if (turn) return turnBlock(turn);
    if (isNumberedHeading(text)) return { kind: 'heading', part: 'body', depth: numberedDepth(text), text };
    if (isSubheading(text, lines[i + 1])) return { kind: 'heading', part: 'body', depth: 2, text };
    return { kind: 'paragraph', part: 'body', text };
  });
}
