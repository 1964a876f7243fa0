// The shape of a paragraph anchor id: `p-` and the first eight hex digits of
// the SHA-256 of the paragraph's text, numbered `-2`, `-3` … when the same
// text comes again in the document. Derived from the text alone, so an anchor
// survives re-ingests and edits elsewhere in the document. No Node import:
// the browser's citation box reads ids too.

/** The id as a regular expression source, without anchors (for larger patterns). */
export const ANCHOR_ID_SOURCE = 'p-[0-9a-f]{8}(?:-[0-9]+)?';

const ANCHOR_ID = new RegExp(`^${ANCHOR_ID_SOURCE}$`);

export const isAnchorId = (id: string): boolean => ANCHOR_ID.test(id);

/** The id of the `occurrence`th paragraph (from 1) whose text has the SHA-256 hex digest `digest`. */
export function anchorIdOf(digest: string, occurrence = 1): string {
  const base = `p-${digest.slice(0, 8)}`;
  return occurrence === 1 ? base : `${base}-${occurrence}`;
}
