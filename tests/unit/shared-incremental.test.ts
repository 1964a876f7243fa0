// The shared passages' pair matching from the last build's state gives the
// same matches and links as testing every pair, while testing only the pairs
// of new paragraphs: over documents removed, changed and added, and over a
// stock sentence's bucket that stops and starts being crowded.
import { describe, expect, it } from 'vitest';
import { emptyStats, linksOf, matchAll, MAX_BUCKET, pairTest, variantTable, type Match, type PassageDoc, type VariantTable } from '../../src/lib/shared/find.ts';
import { matchSince, stateOf, type PairState } from '../../src/lib/shared/incremental.ts';
import { BANDS, comparable, sketchOf } from '../../src/lib/shared/minhash.ts';

// A model paragraph taken over by counties with their own name, date and figures.
const MODEL = (place: string, month: number, n: number) =>
  `今年${month}月以来，${place}卫生健康系统坚持以党建引领公立医院高质量发展，全面推行党委领导下的院长负责制，建立健全医院党委会和院长办公会议事规则，全年新建村卫生室${n}个。`;
// A stock opening many notices share, each with its own short ending: its band keys fall in one bucket on many bands.
const STOCK = '为深入贯彻落实党中央国务院关于做好新时代安全生产工作的决策部署，切实加强安全生产源头治理和隐患排查整治，经研究决定，现就有关事项通知如下：';
const PLACES = ['德清县', '长兴县', '安吉县', '吴兴区', '南浔区', '桐乡市', '海宁市', '平湖市', '嘉善县', '海盐县', '诸暨市', '嵊州市'];
const ITEMS = ['一是开展道路交通专项检查', '二是整治城镇燃气隐患', '三是排查危化品仓储', '四是检查建筑工地', '五是督查消防通道', '六是整治小作坊', '七是检查校车', '八是排查水库堤坝'];
// Paragraphs unlike any other, so that documents also have text of their own.
const OWN = (i: number) => `第${i}号文件的正文另有所指，涉及${PLACES[i % PLACES.length]}第${i * 7}项民生实事的具体安排，与其他文件各不相同，编号${i * 131}。`;

function doc(id: string, texts: string[]): PassageDoc {
  return { id, date: `20${10 + (Number(id.slice(1)) % 12)}`, paragraphs: texts.map((text, i) => ({ id: `p${i + 1}`, text, sketch: sketchOf(comparable(text)) })) };
}

/** Document i: its own paragraph, one county's version of the model, and one or two stock notices. */
function corpus(ids: number[], edit = new Map<number, string[]>()): PassageDoc[] {
  return ids.map((i) => doc(`d${String(i).padStart(3, '0')}`, edit.get(i) ?? [OWN(i), MODEL(PLACES[i % PLACES.length]!, 1 + (i % 12), i % 40), `${STOCK}${ITEMS[i % ITEMS.length]}，第${i}批。`, ...(i % 3 === 0 ? [`${STOCK}${ITEMS[(i + 3) % ITEMS.length]}，第${i + 500}批。`] : [])]));
}

/** Matches as texts, so that two tables' indices compare. */
const named = (table: VariantTable, matches: readonly Match[]) => matches.map(({ u, v, share }) => [table.text(u), table.text(v), share]).sort();

function full(docs: PassageDoc[]) {
  const table = variantTable(docs);
  const stats = emptyStats(table);
  const matches = matchAll(table, pairTest(table, stats));
  return { table, matches, stats, state: stateOf(table, matches) };
}

function since(docs: PassageDoc[], previous: PairState) {
  const table = variantTable(docs);
  const stats = emptyStats(table);
  const result = matchSince(table, previous, pairTest(table, stats))!;
  return { table, ...result, stats };
}

/** The largest bucket of any band. */
function largestBucket(table: VariantTable): number {
  let largest = 0;
  for (let b = 0; b < BANDS; b++) {
    const sizes = new Map<number, number>();
    for (let v = 0; v < table.digests.length; v++) {
      const key = table.bands[v * BANDS + b]!;
      sizes.set(key, (sizes.get(key) ?? 0) + 1);
    }
    largest = Math.max(largest, ...sizes.values());
  }
  return largest;
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

// Each case compares every pair of a few hundred paragraphs: seconds of CPU,
// which a loaded machine stretched past the 5 s default. The timeout guards hangs only.
describe('shared passages matched from the last build', { timeout: 60_000 }, () => {
  const before = full(corpus(range(0, 60)));

  it('the corpus has matches, and one stock bucket on each side of crowded', () => {
    expect(before.matches.length).toBeGreaterThan(50);
    expect(largestBucket(before.table)).toBeGreaterThan(MAX_BUCKET);
    expect(largestBucket(full(corpus(range(0, 20))).table)).toBeLessThanOrEqual(MAX_BUCKET);
  });

  it('with nothing changed, tests no pair and keeps every match', () => {
    const again = since(corpus(range(0, 60)), before.state);
    expect(again.since).toEqual({ added: 0, removed: 0, tested: 0 });
    expect(named(again.table, again.matches)).toEqual(named(before.table, before.matches));
  });

  it('one document changed: tests only its new paragraphs, and finds what a full comparison finds', () => {
    const edited = corpus(range(0, 60), new Map([[7, [OWN(7), MODEL('仙居县', 3, 12), `${STOCK}${ITEMS[1]}，第7批（补充）。`]]]));
    const after = since(edited, before.state);
    const reference = full(edited);
    expect(named(after.table, after.matches)).toEqual(named(reference.table, reference.matches));
    expect(linksOf(edited, after.table, after.matches)).toEqual(linksOf(edited, reference.table, reference.matches));
    expect(after.since.added).toBe(2);
    expect(after.since.tested).toBeGreaterThan(0);
    expect(after.since.tested).toBeLessThan(reference.stats.candidates / 5);
  });

  it('documents removed until the stock bucket is no longer crowded, then added until it is again', () => {
    const fewer = corpus(range(0, 20));
    const shrunk = since(fewer, before.state);
    const fewerFull = full(fewer);
    expect(named(shrunk.table, shrunk.matches)).toEqual(named(fewerFull.table, fewerFull.matches));
    expect(linksOf(fewer, shrunk.table, shrunk.matches)).toEqual(linksOf(fewer, fewerFull.table, fewerFull.matches));

    const more = corpus([...range(0, 20), ...range(60, 100)]);
    const grown = since(more, stateOf(shrunk.table, shrunk.matches));
    const moreFull = full(more);
    expect(largestBucket(moreFull.table)).toBeGreaterThan(MAX_BUCKET);
    expect(named(grown.table, grown.matches)).toEqual(named(moreFull.table, moreFull.matches));
    expect(linksOf(more, grown.table, grown.matches)).toEqual(linksOf(more, moreFull.table, moreFull.matches));
  });
});
