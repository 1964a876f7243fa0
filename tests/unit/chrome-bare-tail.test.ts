import { describe, expect, it } from 'vitest';
import { bareTail, trailingCredit } from '../../scripts/ingest/stages/chrome/credits.ts';

/** The pattern bareTail stands for, tried at every position. */
const BARE = /(?<=[。！？”」])\s*([^。！？”」（）()]{4,50})$/u;

describe('bareTail', () => {
  it('finds the byline after the last sentence close, as the pattern tried everywhere does', () => {
    expect(bareTail('及时清除焚烧隐患。记者程文昭、通讯员靳颖')?.[1]).toBe('记者程文昭、通讯员靳颖');
    expect(bareTail('及时清除焚烧隐患。记者程文昭、通讯员靳颖')?.index).toBe(9);
    expect(bareTail('没有句号的一行字')).toBeNull();
    expect(bareTail('他说：“好。”张三')).toBeNull();
    // Spaces before a short tail are taken into it, as the pattern's backtracking does.
    expect(bareTail('他说：“好。”　 张三')?.[1]).toBe('　 张三');
    expect(trailingCredit('……及时清除焚烧隐患。记者程文昭、通讯员靳颖')?.credit).toBe('记者程文昭、通讯员靳颖');
  });

  it('agrees with the pattern on lines of closes, brackets, spaces and text in any order', () => {
    const pieces = ['。', '！', '？', '”', '」', '（', ')', ' ', '\u3000', '\t', '记者', '张三', '王', '通讯员李四', 'a', '，', '、', '𠀋'];
    let state = 11;
    const next = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (let n = 0; n < 20000; n++) {
      const line = Array.from({ length: Math.floor(next() * 40) }, () => pieces[Math.floor(next() * pieces.length)]!).join('');
      const ours = bareTail(line);
      const theirs = BARE.exec(line);
      expect(ours && { index: ours.index, tail: ours[1] }).toEqual(theirs && { index: theirs.index, tail: theirs[1] });
    }
  });
});
