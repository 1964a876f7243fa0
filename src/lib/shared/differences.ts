// What differs between a paragraph and the same passage in another document,
// character by character, for the page to highlight.
import { diffChars } from 'diff';

export interface Part {
  /** same: in both; here: only in this page's paragraph; there: only in the other. */
  kind: 'same' | 'here' | 'there';
  text: string;
}

export function differences(here: string, there: string): Part[] {
  // A verbatim copy is the common case on a page: the text is all the diff would give, without splitting it into characters.
  if (here === there) return here ? [{ kind: 'same', text: here }] : [];
  return diffChars(here, there).map((c) => ({ kind: c.added ? 'there' : c.removed ? 'here' : 'same', text: c.value }));
}
