// Shared passages on texts made for the purpose: a provincial model paragraph
// reused in a county speech with the place changed, a date and a number
// changed, a paragraph that shares only a slogan, a paragraph repeated inside
// one document, and a speech scraped twice (a merged repost).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createFile, ingestOne } from '../../scripts/ingest/pipeline.ts';
import { account } from '../../scripts/ingest/merge.ts';
import { anchors } from '../../scripts/ingest/stages/anchors.ts';
import { serialize } from '../../scripts/ingest/serialize.ts';
import type { Block, DocumentMeta } from '../../scripts/ingest/types.ts';
import { readDocument } from '../../src/lib/exports/paragraphs.ts';
import { buildSharedPassages, entryOf, indexOf, PairVerdicts } from '../../src/lib/shared/build.ts';
import { samePassage } from '../../src/lib/shared/compare.ts';
import { parseRef, SHARED_DOCUMENTS_FILE, SHARED_FILE, type SharedIndex } from '../../src/lib/shared/format.ts';
import { SharedStore } from '../../src/lib/shared/store.ts';
import { comparable } from '../../src/lib/shared/minhash.ts';

// A model paragraph of a city's health commission, and the same paragraph as a county took it over.
const MODEL = '今年以来，湖州市卫生健康系统坚持以党建引领公立医院高质量发展，全面推行党委领导下的院长负责制，建立健全医院党委会和院长办公会议事规则，各级医院班子把方向、管大局、作决策、促改革、保落实的作用进一步发挥。';
const COUNTY = MODEL.replace('湖州市', '德清县');
// A paragraph that holds a slogan and a stock phrase, and another that holds the same ones and says something else.
const SLOGAN_A = '我们要坚持以习近平新时代中国特色社会主义思想为指导，把“三会一课”制度落到实处，教育引导广大党员干部在疫情防控一线争当表率、走在前列。';
const SLOGAN_B = '全县教育系统要坚持以习近平新时代中国特色社会主义思想为指导，严格执行“三会一课”制度，深化课堂教学改革，持续提升乡村学校办学质量。';
// A closing paragraph a speech repeats word for word (as scraped pages do).
const REPEATED = '会议要求，各基层党组织要把这次会议精神传达到每一名党员干部，确保各项任务落到实处、见到实效，以优异成绩迎接建党一百周年。';

function meta(id: string, date: string | undefined, county: string): DocumentMeta {
  return {
    id,
    title: `在${county}卫生健康系统党建工作会议上的讲话`,
    titleSource: 'found',
    type: 'speech',
    ...(date ? { date, dateKind: 'delivered' as const } : {}),
    region: { province: '浙江省', city: '湖州市', county },
    speakers: [],
    people: [],
    source: {},
    raw: { path: `${id}.txt`, sha256: id.padEnd(64, '0'), encoding: 'utf-8', script: 'simplified' },
    slogans: [],
    warnings: [],
    removed: [],
  };
}

/** A generated MDX file, anchored and serialized as ingest writes it. */
function mdx(id: string, date: string | undefined, paragraphs: string[]): string {
  const file = createFile({ path: `${id}.txt`, bytes: new Uint8Array() });
  file.data.blocks = paragraphs.map((text): Block => ({ kind: 'paragraph', part: 'body', text }));
  anchors(file);
  return serialize(meta(id, date, '德清县'), file.data.blocks);
}

/** The index of some documents, and a way to name their paragraphs by text. */
function indexFor(files: string[]) {
  const { index } = indexOf(files.map(entryOf));
  const idOf = (file: string, text: string) => readDocument(file).paragraphs.find((p) => p.text === text)!.id;
  return { index, idOf };
}

const linksOf = (index: SharedIndex, doc: string, para: string) => index.documents[doc]?.paragraphs[para]?.links ?? [];

describe('the exact test of a candidate pair', () => {
  it('takes a paragraph with its place name, a date or a number changed as the same passage', () => {
    expect(samePassage(comparable(MODEL), comparable(COUNTY))).toBeGreaterThan(0.95);
    const dated = '2019年3月15日，全市召开党风廉政建设工作会议，总结2018年工作，部署今年任务，市纪委监委班子成员出席会议。';
    expect(samePassage(comparable(dated), comparable(dated.replace('2019年3月15日', '2021年11月2日').replace('2018', '2020')))).toBeDefined();
    const counted = '截至目前，全县共开展专题培训58场次、覆盖党员干部5242人次，发放学习资料3000余册，实现基层党组织全覆盖。';
    expect(samePassage(comparable(counted), comparable(counted.replace('58', '126').replace('5242', '17360')))).toBeDefined();
  });

  it('does not take paragraphs that share only a slogan and a stock phrase', () => {
    expect(samePassage(comparable(SLOGAN_A), comparable(SLOGAN_B))).toBeUndefined();
  });

  it('does not take a paragraph that another one quotes and then goes on from', () => {
    const quoted = `${MODEL}下一步，我们将结合全县实际，重点抓好乡镇卫生院和村卫生室党组织建设，推动党建工作与业务工作深度融合。`;
    expect(samePassage(comparable(MODEL), comparable(quoted))).toBeUndefined();
  });
});

describe('shared passages across documents', () => {
  const city = mdx('a00000000001', '2019-03-01', [MODEL, SLOGAN_A, REPEATED, REPEATED]);
  const county = mdx('b00000000002', '2020-05-10', ['同志们：', COUNTY, SLOGAN_B]);
  const { index, idOf } = indexFor([city, county]);

  it('finds a paragraph copied with its place name changed in both directions', () => {
    expect(linksOf(index, 'a00000000001', idOf(city, MODEL))).toEqual([`b00000000002#${idOf(county, COUNTY)}`]);
    expect(linksOf(index, 'b00000000002', idOf(county, COUNTY))).toEqual([`a00000000001#${idOf(city, MODEL)}`]);
  });

  it('does not report a paragraph that shares only a slogan', () => {
    expect(linksOf(index, 'a00000000001', idOf(city, SLOGAN_A))).toEqual([]);
    expect(linksOf(index, 'b00000000002', idOf(county, SLOGAN_B))).toEqual([]);
  });

  it('does not report a paragraph repeated inside one document', () => {
    const [first, second] = readDocument(city).paragraphs.filter((p) => p.text === REPEATED);
    expect(first!.id).not.toBe(second!.id);
    expect(Object.keys(index.documents.a00000000001!.paragraphs)).toEqual([idOf(city, MODEL)]);
  });

  it('keeps the text and length of each shared paragraph, and the length of its document', () => {
    const doc = index.documents.b00000000002!;
    expect(doc.paragraphs[idOf(county, COUNTY)]).toMatchObject({ text: COUNTY, chars: comparable(COUNTY).length });
    expect(doc.chars).toBe(comparable(`同志们${COUNTY}${SLOGAN_B}`).length);
  });

  it('lists the other documents earliest first, undated ones last', () => {
    const later = mdx('c00000000003', '2021', [MODEL.replace('湖州市', '安吉县')]);
    const undated = mdx('d00000000004', undefined, [MODEL.replace('湖州市', '长兴县')]);
    const earliest = mdx('e00000000005', '2018-12', [MODEL.replace('湖州市', '吴兴区')]);
    const all = indexFor([undated, later, county, city, earliest]);
    expect(linksOf(all.index, 'b00000000002', idOf(county, COUNTY)).map((ref) => parseRef(ref).doc)).toEqual(['e00000000005', 'a00000000001', 'c00000000003', 'd00000000004']);
  });
});

describe('a merged repost', { timeout: 120_000 }, () => {
  const speech = (lines: string[]) => ({ bytes: new TextEncoder().encode(lines.join('\n') + '\n') });
  const body = [
    '在全市卫生健康系统党建工作会议上的讲话',
    '同志们：',
    MODEL,
    '二是要持续深化清廉医院建设。各医院要聚焦药品耗材采购、基建项目、人事招聘等重点领域，健全廉政风险防控机制，坚决纠治医药购销和医疗服务中的不正之风。',
    '三是要着力锻造过硬干部队伍。要坚持好干部标准，注重在疫情防控、重大项目一线考察识别干部，完善年轻干部培养选拔机制，让敢担当、善作为的干部有舞台。',
  ];
  const results = [
    { path: 'city/speech.txt', ...speech(body) },
    // The same speech on another site, in its chrome.
    { path: 'mirror/speech.txt', ...speech(['首页 > 工作动态 > 领导讲话', ...body, '责任编辑：王芳', '【打印本页】【关闭窗口】']) },
    {
      path: 'county/speech.txt',
      ...speech([
        '在全县卫生健康系统党风廉政建设工作会议上的讲话',
        '同志们：',
        '这次会议的主要任务是，总结去年全县卫生健康系统党风廉政建设工作，部署今年任务。',
        COUNTY,
        '今年全县各医疗卫生单位要把廉洁从业教育纳入职工培训，每季度至少开展一次警示教育，推动廉洁文化进科室、进班组。',
      ]),
    },
  ].map((input) => ingestOne(input));
  const { documents, merged } = account(results);

  it('is reported once, as the document it was merged into', () => {
    expect(documents).toHaveLength(2);
    expect(merged).toHaveLength(1);
    const [city] = documents.filter((d) => d.meta.reposts?.length);
    const county = documents.find((d) => d !== city)!;
    const { index, idOf } = indexFor(documents.map((d) => d.mdx));
    const countyLinks = linksOf(index, county.meta.id, idOf(county.mdx, COUNTY));
    expect(countyLinks).toEqual([`${city!.meta.id}#${idOf(city!.mdx, MODEL)}`]);
    expect(linksOf(index, city!.meta.id, idOf(city!.mdx, MODEL))).toEqual([`${county.meta.id}#${idOf(county.mdx, COUNTY)}`]);
  });
});

describe('a rebuild', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'shared-passages-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const repo = path.resolve(import.meta.dirname, '../..');

  it('reuses each unchanged document and finds what a first build finds', async () => {
    const docs = path.join(work, 'docs');
    const cache = path.join(work, 'cache');
    mkdirSync(docs, { recursive: true });
    writeFileSync(path.join(docs, 'a00000000001.mdx'), mdx('a00000000001', '2019-03-01', [MODEL, SLOGAN_A]));
    writeFileSync(path.join(docs, 'b00000000002.mdx'), mdx('b00000000002', '2020-05-10', [COUNTY, SLOGAN_B]));
    const first = await buildSharedPassages(docs, cache, repo);
    expect(first.stats).toMatchObject({ documents: 2, parsed: 2, sharedParagraphs: 2 });
    writeFileSync(path.join(docs, 'c00000000003.mdx'), mdx('c00000000003', '2021', [MODEL.replace('湖州市', '安吉县')]));
    const second = await buildSharedPassages(docs, cache, repo);
    expect(second.stats).toMatchObject({ documents: 3, parsed: 1, sharedParagraphs: 3 });
    // The index on disk, as the pages and exports read it.
    const stored = (await SharedStore.open(cache))!.document('a00000000001')!;
    expect(Object.values(stored.paragraphs)[0]!.links).toHaveLength(2);
  });

  it('after a change, an addition and a deletion writes the index a first build writes, parsing only the new files', async () => {
    const docs = path.join(work, 'docs-ead');
    const cache = path.join(work, 'cache-ead');
    mkdirSync(docs, { recursive: true });
    const write = (id: string, date: string, paragraphs: string[]) => writeFileSync(path.join(docs, `${id}.mdx`), mdx(id, date, paragraphs));
    write('a00000000001', '2019-03-01', [MODEL, SLOGAN_A, REPEATED]);
    write('b00000000002', '2020-05-10', [COUNTY, SLOGAN_B]);
    write('c00000000003', '2021-01-04', [MODEL.replace('湖州市', '安吉县'), REPEATED]);
    write('d00000000004', '2018-07-20', [SLOGAN_B.replace('全县', '全市'), REPEATED]);
    await buildSharedPassages(docs, cache, repo);
    // Changed: b's county paragraph becomes another county's; added: e, one more copy of the model; deleted: c.
    write('b00000000002', '2020-05-10', [MODEL.replace('湖州市', '长兴县'), SLOGAN_B]);
    write('e00000000005', '2022-09-09', [MODEL.replace('湖州市', '南浔区'), REPEATED]);
    rmSync(path.join(docs, 'c00000000003.mdx'));
    const again = await buildSharedPassages(docs, cache, repo);
    // Added: the 长兴县 and 南浔区 models; removed: b's 德清县 model and c's 安吉县 one (REPEATED stands elsewhere still).
    expect(again.stats).toMatchObject({ documents: 4, parsed: 2, since: { added: 2, removed: 2 } });
    const whole = await buildSharedPassages(docs, path.join(work, 'cache-ead-whole'), repo);
    expect(whole.stats.since).toBeUndefined();
    expect(again.stats.sharedParagraphs).toBe(whole.stats.sharedParagraphs);
    for (const file of [SHARED_DOCUMENTS_FILE, SHARED_FILE]) expect(readFileSync(path.join(cache, file), 'utf8')).toBe(readFileSync(path.join(work, 'cache-ead-whole', file), 'utf8'));
    // The links reach the new document and no longer the deleted one.
    const stored = (await SharedStore.open(cache))!.document('a00000000001')!;
    expect(Object.values(stored.paragraphs).flatMap((p) => p.links).map((ref) => parseRef(ref).doc).sort()).toEqual(['b00000000002', 'd00000000004', 'e00000000005', 'e00000000005']);
  });

  it('takes a verdict from the last build instead of aligning the pair again', async () => {
    const cache = path.join(work, 'verdicts');
    const first = await PairVerdicts.open(cache, 'v1');
    expect(first.decide(MODEL, COUNTY, () => 0.9)).toBe(0.9);
    expect(first.decide(SLOGAN_A, SLOGAN_B, () => undefined)).toBeUndefined();
    await first.save();
    const again = await PairVerdicts.open(cache, 'v1');
    const refuse = () => {
      throw new Error('aligned again');
    };
    expect(again.decide(COUNTY, MODEL, refuse)).toBe(0.9);
    expect(again.decide(SLOGAN_B, SLOGAN_A, refuse)).toBeUndefined();
    // Verdicts of other code are not used.
    const other = await PairVerdicts.open(cache, 'v2');
    expect(other.decide(MODEL, COUNTY, () => 0.5)).toBe(0.5);
  });
});
