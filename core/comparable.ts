// The text that repost clusters (ingest) and shared passages (the build)
// compare: reposts and near-copies differ in punctuation, spacing and line
// breaks, so only letters, digits and the damage mark □ count.
export function comparable(text: string): string {
  return text.replace(/[^\p{L}\p{N}□]/gu, '');
}
