// The lines between the title and the first body line: the speaker's name
// line, the delivery date in parentheses, bylines, attributions and photo
// captions. None of them is body text; they go to `front` for the metadata
// stages.
import { SENTENCE_END, isAttributionLine, isBylineLine, isCaptionMarked, isDateLine, isSalutation, numberedDepth, parseNameLine } from './lines.ts';

export interface HeadLine {
  text: string;
  kind: 'name' | 'date' | 'byline' | 'attribution' | 'caption';
}

/** A caption is one short sentence, e.g. 唐荣在办公。 */
const CAPTION_MAX = 25;

function isShortSentence(line: string): boolean {
  const inner = line.replace(/[。！]$/, '');
  return line.length <= CAPTION_MAX && !SENTENCE_END.test(inner) && !/[，：]/.test(inner) && !isSalutation(line) && !numberedDepth(line);
}

/**
 * Reads head lines from `at` on; returns them and the index of the first body
 * line. A short unmarked sentence counts as a photo caption only next to a
 * byline — the typesetting of a newspaper picture above its story; elsewhere
 * it is the first sentence of the body and stays.
 */
export function readHead(lines: string[], at: number): { head: HeadLine[]; next: number } {
  const head: HeadLine[] = [];
  let i = at;
  const bylineNear = (j: number) => [j - 1, j + 1].some((k) => k >= at && lines[k] !== undefined && isBylineLine(lines[k]));
  for (; i < lines.length - 1; i++) {
    const line = lines[i];
    const kind: HeadLine['kind'] | undefined = isDateLine(line)
      ? 'date'
      : isBylineLine(line)
        ? 'byline'
        : isAttributionLine(line)
          ? 'attribution'
          : i - at < 3 && parseNameLine(line)
            ? 'name'
            : isCaptionMarked(line) || (isShortSentence(line) && bylineNear(i))
              ? 'caption'
              : undefined;
    if (!kind) break;
    head.push({ text: line, kind });
  }
  return { head, next: i };
}
