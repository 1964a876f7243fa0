// What differs between a paragraph and the same passage in another document,
// character by character, for the page to highlight.
import { ADDED, alignmentRuns, REMOVED } from './align.ts';

export interface Part {
  /** same: in both; here: only in this page's paragraph; there: only in the other. */
  kind: 'same' | 'here' | 'there';
  text: string;
}

export function differences(here: string, there: string): Part[] {
  // A verbatim copy is the common case on a page: the text is all the diff would give, without splitting it into characters.
  if (here === there) return here ? [{ kind: 'same', text: here }] : [];
  // diffChars(here, there)'s parts (align.ts gives its runs without its objects, on the document pages' thread): a part
  // only here is read from this text, any other from the other one, as diffChars reads them.
  const runs = alignmentRuns(here, there, Infinity)!;
  const hereChars = Array.from(here);
  const thereChars = Array.from(there);
  const parts: Part[] = [];
  let at = 0;
  let atThere = 0;
  for (let i = 0; i < runs.length; i += 2) {
    const [kind, count] = [runs[i]!, runs[i + 1]!];
    if (kind === REMOVED) {
      parts.push({ kind: 'here', text: hereChars.slice(at, at + count).join('') });
      at += count;
      continue;
    }
    parts.push({ kind: kind === ADDED ? 'there' : 'same', text: thereChars.slice(atThere, atThere + count).join('') });
    atThere += count;
    if (kind !== ADDED) at += count;
  }
  return parts;
}
