// Query normalisation shared by the search page and the document highlighter:
// quotes only group (every term is matched as an exact phrase anyway),
// whitespace separates terms that must all occur, and each term is folded
// like the index (fold.ts).
import { fold, type FoldMap } from './fold.ts';

/** Longer queries are cut: no phrase in a paragraph-sized corpus needs more, and each costs fetches. */
export const MAX_QUERY_CHARS = 256;

export interface ParsedQuery {
  /** Folded terms, as code points; empty when the query has nothing to search. */
  terms: string[][];
  truncated: boolean;
}

const QUOTES = /["“”„‟＂「」『』]/gu;

export function parseQuery(raw: string, map: FoldMap): ParsedQuery {
  const chars = [...raw.trim()];
  const truncated = chars.length > MAX_QUERY_CHARS;
  const text = chars.slice(0, MAX_QUERY_CHARS).join('');
  const seen = new Set<string>();
  const terms: string[][] = [];
  for (const part of fold(text, map).replace(QUOTES, ' ').split(/\s+/u)) {
    if (!part || seen.has(part)) continue;
    seen.add(part);
    terms.push([...part]);
  }
  return { terms, truncated };
}
