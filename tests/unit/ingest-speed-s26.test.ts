// The twenty-sixth session's ingest speed-ups (docs/performance.md, ingestspeed):
// answers remembered and shared between the rules that ask the same question,
// frozen so that no caller can change what the next one is given.
import { describe, expect, it } from 'vitest';
import { dateLine } from '../../core/dates/parse.ts';
import { findMentions } from '../../scripts/ingest/extract/divisions.ts';

describe('dateLine remembers its answers', () => {
  it('the same line twice: the same frozen answer, as read', () => {
    const first = dateLine('（2012年5月29日）');
    expect(first).toEqual({ date: { text: '2012年5月29日', index: 0, end: 10, year: 2012, month: 5, day: 29 }, bracketed: true });
    expect(dateLine('（2012年5月29日）')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first!.date)).toBe(true);
  });

  it('a line that is no date stays no date when asked again', () => {
    expect(dateLine('会议于2012年5月29日召开。')).toBeUndefined();
    expect(dateLine('会议于2012年5月29日召开。')).toBeUndefined();
  });
});

describe('findMentions remembers its answers', () => {
  it('the same text twice: the same frozen mentions', () => {
    const first = findMentions('徐州市鼓楼区召开会议');
    expect(first.map((m) => [m.text, m.index, m.end, m.full])).toEqual([
      ['徐州市', 0, 3, true],
      ['鼓楼区', 3, 6, true],
    ]);
    expect(findMentions('徐州市鼓楼区召开会议')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first[0])).toBe(true);
  });
});
