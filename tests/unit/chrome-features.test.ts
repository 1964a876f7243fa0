import { describe, expect, it } from 'vitest';
import { visibleLength } from '../../scripts/ingest/stages/chrome/features.ts';

describe('visibleLength: characters that are not whitespace', () => {
  it.each([
    ['学习 贯彻\u3000精神', 6],
    ['\t共 青 团\u00a0\n', 3],
    // An astral Han character (𠀀, U+20000) is one character.
    ['𠀀 a', 2],
    ['', 0],
    // Zero-width space and NEL are no whitespace to \s, so they count.
    ['a\u200bb\u0085', 4],
    // The count is of the text with whitespace removed: two halves of a pair split by a space join there.
    ['\ud840 \udc00', 1],
  ])('%j → %i', (text, expected) => {
    expect(visibleLength(text)).toBe(expected);
  });
});
