// Common surnames the hand list in scripts/ingest/structure/lines.ts lacked:
// 傅 (among the fifty most common), 赖 and 阎. Names and lines as the pages
// print them.
import { describe, expect, it } from 'vitest';
import { nameLine } from '../../scripts/ingest/people/name-line.ts';
import { isPersonName } from '../../scripts/ingest/structure/lines.ts';

describe('surnames the list lacked', () => {
  it('reads a speaker line under a title with 傅 (360elib.com, 余姚日报 新春献词)', () => {
    expect(nameLine('市委书记 傅贵荣')).toMatchObject({ name: '傅贵荣' });
  });

  it('takes 傅华 as a name (theorychina.org.cn, holdout h3-theorychina)', () => {
    expect(isPersonName('傅华')).toBe(true);
  });

  it('takes 赖 and 阎 names as names, and words that only start with them as none', () => {
    expect(isPersonName('赖明')).toBe(true);
    expect(isPersonName('阎晓宏')).toBe(true);
    expect(isPersonName('谢谢大家')).toBe(false);
  });
});
