// The end of a document: a newspaper attribution or 来源 line (→ front, for the
// source and date stages) and signature lines — a name, an issuing body, a
// date — after the last paragraph (→ the closing part).
import { TRAILING_ATTRIBUTION, isAttributionLine, isBareLine, isBylineLine, isDateLine, parseNameLine } from './lines.ts';

const ORGANISATION = /(?:委员会|办公室|办公厅|人民政府|政府|党委|党组|党支部|总支|支部|委|局|厅|部|处|科|院|所|中心|协会|学会|联合会|公司|集团|医院|学校|大学|小组|工会|团委|妇联|机关)$/;

export function isSignatureLine(line: string): boolean {
  if (isDateLine(line)) return true;
  if (!isBareLine(line, 30)) return false;
  return ORGANISATION.test(line.replace(/\s+/g, '')) || parseNameLine(line) !== undefined;
}

/**
 * An author's note goes on past the name with a clause saying who the author
 * is — （作者：南帆，系福建师范大学…研究员） — and is printed with the essay; a
 * bare credit (（作者：周道来 李庆红）, （来源：新华网）) is the page's.
 */
const AUTHOR_NOTE = /^[（(]作者[：:][^，,（）()]+[，,][^（）()]+[）)]$/u;

export interface Tail {
  /** Lines kept as the closing part, in reading order. */
  closing: string[];
  /** Attribution and byline texts set aside for the metadata stages, in reading order. */
  front: string[];
  /** Index where the tail starts; lines before it are body. */
  start: number;
  /** The last body line with a glued attribution cut off, when there was one. */
  lastLine?: string;
}

/** Reads the tail of `lines` backwards, never consuming `min` or anything before it. */
export function readTail(lines: string[], min: number): Tail {
  const closing: string[] = [];
  const front: string[] = [];
  let start = lines.length;
  while (start - 1 > min) {
    const line = lines[start - 1];
    // A bare date is a signature date before it is a page timestamp.
    if (isSignatureLine(line)) closing.unshift(line);
    else if (isAttributionLine(line) || isBylineLine(line)) front.unshift(line);
    else break;
    start--;
  }
  const tail: Tail = { closing, front, start };
  const last = lines[start - 1];
  const glued = last === undefined ? null : TRAILING_ATTRIBUTION.exec(last);
  if (glued && !AUTHOR_NOTE.test(glued[1]!)) {
    front.unshift(glued[1]);
    tail.lastLine = last.slice(0, glued.index).trimEnd();
  }
  return tail;
}
