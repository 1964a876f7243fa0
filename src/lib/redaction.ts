// Redactions — characters the source itself withheld, written `*` in the
// text — look the same wherever text is shown: a hatched box in the page, in
// list excerpts and in search snippets, and the hatched-square character ▨
// where no markup is possible (the feed).
// The text itself keeps `*`: search, exports and copying read it.

import { REDACTION } from '../../core/mdx/elements.ts';

/** What a screen reader says and a pointer shows for a redaction. */
export const REDACTION_TITLE = '原文此处隐去（原始文本中为 * 号）';
/** One withheld character in plain text. */
export const REDACTION_GLYPH = '▨';

export interface TextRun {
  text: string;
  redacted: boolean;
}

/** The text as runs of plain text and redactions. */
export function redactionRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const m of text.matchAll(REDACTION)) {
    if (m.index > at) runs.push({ text: text.slice(at, m.index), redacted: false });
    runs.push({ text: m[0], redacted: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), redacted: false });
  return runs;
}

/** Plain text with each withheld character as ▨. */
export const plainRedactions = (text: string): string => text.replace(REDACTION, (run) => REDACTION_GLYPH.repeat([...run].length));

/** DOM nodes for a text, redactions as the page's hatched box (browser side). */
export function redactionNodes(text: string): (Node | string)[] {
  return redactionRuns(text).map((run) => {
    if (!run.redacted) return run.text;
    const span = document.createElement('span');
    span.className = 'redacted';
    span.title = REDACTION_TITLE;
    span.textContent = run.text;
    return span;
  });
}
