// Body lines → blocks: numbered section headings, unnumbered subheadings of
// news stories, interview turns, and paragraphs.
import type { Block } from '../types.ts';
import { SENTENCE_END, isBareLine, isNumberedHeading, isSalutation, numberedDepth, parseNameLine } from './lines.ts';
import { DAMAGE_BEFORE, planTurns, splitGluedTurns, turnBlock } from './turns.ts';

/**
 * An unnumbered subheading (聚焦服务发展一线 强化“敢为”担当): a short bare line
 * followed by a longer paragraph of prose.
 */
function isSubheading(line: string, next: string | undefined): boolean {
  if (next === undefined || !isBareLine(line, 30) || line.length < 6) return false;
  if (isSalutation(line) || parseNameLine(line)) return false;
  return next.length > line.length * 2 && SENTENCE_END.test(next);
}

export function bodyBlocks(page: string[]): Block[] {
  const lines = splitGluedTurns(page);
  const { labels } = planTurns(lines);
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    const label = labels.get(i);
    if (label) {
      // A label on its own line takes the next line as what was said, past a photo caption between them.
      if (label.text === '' && label.caption !== undefined) i++;
      const said = label.text !== '' ? label.text : lines[++i]!;
      // A damaged run the page printed before the label stays where it stood: the label is read without it.
      const damaged = DAMAGE_BEFORE.exec(text.trim())?.[0];
      blocks.push(turnBlock({ speaker: label.label, name: label.name, role: label.role, text: said, ...(damaged ? { damaged } : {}) }));
    } else if (isNumberedHeading(text)) blocks.push({ kind: 'heading', part: 'body', depth: numberedDepth(text), text });
    else if (isSubheading(text, lines[i + 1])) blocks.push({ kind: 'heading', part: 'body', depth: 2, text });
    else blocks.push({ kind: 'paragraph', part: 'body', text });
  }
  return blocks;
}
