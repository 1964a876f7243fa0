// A cover notice that transmits a speech: 关于印发…讲话的通知 / addressees： /
// 现将…印发给你们… / issuing body / date — then the speech with its own title.
import type { Block } from '../types.ts';
import { SENTENCE_END, isDateLine } from './lines.ts';
import { findTitle } from './title.ts';

const NOTICE_TITLE = /(?:通知|通报)$/;
const TRANSMITS = /^现将|印发|转发|下发/;
const SPEECH_WORDS = /讲话|致辞|发言|报告|演讲|讲稿|党课/;
/** How far from its title a notice may reach before the speech starts. */
const NOTICE_SPAN = 12;

export interface CoverNotice {
  blocks: Block[];
  /** Index of the first line after the notice. */
  end: number;
}

/**
 * Finds a cover notice at the top of the document, but only when it
 * transmits a speech whose own title follows: the document is then the speech
 * with the notice as its notice part. A notice that is the document itself is
 * left to be read as body.
 */
export function findCoverNotice(lines: string[]): CoverNotice | undefined {
  const head = findTitle(lines, 0);
  if (!head || head.rest !== undefined || !NOTICE_TITLE.test(head.title)) return undefined;
  const limit = Math.min(lines.length, head.lines + NOTICE_SPAN);
  const transmit = lines.findIndex((line, i) => i >= head.lines && i < limit && TRANSMITS.test(line));
  if (transmit === -1) return undefined;
  if (!SPEECH_WORDS.test(head.title) && !SPEECH_WORDS.test(lines[transmit])) return undefined;
  const date = lines.findIndex((line, i) => i > transmit && i < limit && isDateLine(line));
  const end = date === -1 ? transmit + 1 : date + 1;
  const speechTitle = findTitle(lines, end);
  if (!speechTitle || speechTitle.rest !== undefined || SENTENCE_END.test(speechTitle.title)) return undefined;
  const blocks: Block[] = [
    { kind: 'heading', part: 'notice', depth: 2, text: head.title },
    ...lines.slice(head.lines, end).map((text): Block => ({ kind: 'paragraph', part: 'notice', text })),
  ];
  return { blocks, end };
}
