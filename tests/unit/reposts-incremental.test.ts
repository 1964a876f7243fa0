// Repost clustering from the last run's state gives the groups of a full
// clustering while comparing only pairs with a new item: over items removed,
// changed and added, and over values that become too common to make
// candidates, and stop being so.
import { describe, expect, it } from 'vitest';
import { clusterReposts, clusterRepostsSince, sketch, type RepostCandidate, type RepostState } from '../../scripts/ingest/reposts.ts';

// Speeches of their own, and reposts of some of them with a sentence added or dropped (as sites copy them).
const SPEECHES = [
  '同志们，今天我们召开全县经济工作会议，主要任务是总结今年经济工作，分析当前经济形势，部署明年经济工作。今年以来，全县上下坚持稳中求进工作总基调，经济运行总体平稳、稳中有进。',
  '这次全市安全生产工作会议的主要任务是，深入贯彻落实上级关于安全生产的决策部署，通报今年以来全市安全生产形势，安排部署冬春季安全生产重点工作。',
  '今天召开全区教育工作会议，就是要总结过去一年的教育工作，表彰先进，分析形势，明确任务，动员全区教育系统进一步增强责任感和使命感。',
  '这次会议是经县委研究决定召开的一次重要会议，主要任务是动员全县上下进一步统一思想、坚定信心，全力以赴打好脱贫攻坚收官之战。',
  '当前，全省防汛工作已进入关键时期，各地要坚决克服麻痹思想和侥幸心理，立足于防大汛、抗大洪、抢大险，切实做好各项防汛准备工作。',
  '在全市卫生健康工作会议上的讲话：过去一年，全市卫生健康系统坚持以人民健康为中心，深化医药卫生体制改革，公共卫生服务能力持续提升。',
];
const repost = (text: string, n: number) => (n % 2 ? `${text}会议要求各单位认真抓好落实。` : text.slice(0, -12));
const item = (key: string, text: string): RepostCandidate => ({ key, sketch: Array.from(sketch(text)) });
function speeches(count: number, offset = 0): RepostCandidate[] {
  return Array.from({ length: count }, (_, i) => {
    const n = i + offset;
    const base = SPEECHES[n % SPEECHES.length]!;
    // Every third item a repost of its speech; the others the speech with a paragraph of their own.
    return item(`site${n % 4}/${String(n).padStart(3, '0')}.txt`, n % 3 === 0 ? repost(base, n) : `${base}第${n}号文件另行部署第${n * 7}项具体任务，由各乡镇结合实际抓好落实，编号${n * 131}。`);
  });
}

/**
 * Items that share the smallest 100 values of their sketches and hold 28 of
 * their own: near duplicates (J ≈ 0.78), but with more than MAX_POSTING of
 * them every shared value is too common, so no pair is a candidate.
 */
function stock(count: number): RepostCandidate[] {
  return Array.from({ length: count }, (_, i) => ({
    key: `stock/${String(i).padStart(3, '0')}.txt`,
    sketch: [...Array.from({ length: 100 }, (_, k) => k + 1), ...Array.from({ length: 28 }, (_, k) => 1_000_000 + i * 1000 + k)],
  }));
}

const sorted = (groups: string[][]) => groups.map((g) => [...g].sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));

function step(items: RepostCandidate[], previous: RepostState | undefined) {
  const result = clusterRepostsSince(items, previous);
  expect(result.groups).toEqual(clusterReposts(items));
  return result;
}

describe('repost clustering from the last run', () => {
  it('finds the reposts, and the same groups as a full clustering, with nothing compared when nothing changed', () => {
    const items = speeches(48);
    const first = step(items, undefined);
    expect(first.groups.some((g) => g.length > 1)).toBe(true);
    const again = step(items, first.state);
    expect(again.compared).toBe(0);
    expect(again.groups).toEqual(first.groups);
  });

  it('one item changed: compares only its pairs', () => {
    const items = speeches(48);
    const first = step(items, undefined);
    const changed = items.map((it, i) => (i === 9 ? item(it.key, repost(SPEECHES[0]!, 1)) : it));
    const after = step(changed, first.state);
    expect(after.compared).toBeGreaterThan(0);
    expect(after.compared).toBeLessThan(first.compared / 4);
    expect(sorted(after.groups).find((g) => g.includes(changed[9]!.key))!.length).toBeGreaterThan(1);
  });

  it('values that stop and start being too common: the groups follow', () => {
    const crowded = [...speeches(20), ...stock(70)];
    const first = step(crowded, undefined);
    expect(first.groups.filter((g) => g[0]!.startsWith('stock/')).every((g) => g.length === 1)).toBe(true);
    const fewer = [...speeches(20), ...stock(60)];
    const opened = step(fewer, first.state);
    expect(opened.groups.find((g) => g[0]!.startsWith('stock/'))).toHaveLength(60);
    const more = [...speeches(20), ...stock(80)];
    const closed = step(more, opened.state);
    expect(closed.groups.filter((g) => g[0]!.startsWith('stock/')).every((g) => g.length === 1)).toBe(true);
  });

  it('items removed and added', () => {
    const first = step(speeches(40), undefined);
    step([...speeches(30), ...speeches(20, 100)], first.state);
  });
});
