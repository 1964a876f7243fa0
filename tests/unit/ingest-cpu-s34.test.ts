// Ingest's CPU per document, thirty-fourth session (docs/performance.md,
// ingestcpu): each cut gives the answer the code before it gave. The decode
// stage's charset proposals against chardet's own, the edge model's page
// features against the per-line join they replace.
import fs from 'node:fs';
import path from 'node:path';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { LEGACY_NAMES, legacyMatches } from '../../scripts/ingest/lib/legacy-charsets.ts';
import { contextFeatures } from '../../scripts/ingest/stages/chrome/edge-context.ts';
import { hanPairs } from '../../scripts/ingest/stages/chrome/recurrence.ts';
import { LINE_SHAPES, visibleLength } from '../../scripts/ingest/stages/chrome/features.ts';
import { ownArea, ownAreaWords, type Segment } from '../../scripts/ingest/extract/region-segments.ts';
import { gather } from '../../scripts/ingest/extract/region-evidence.ts';

/** chardet.analyse's matches of the four names, in its order: what the decode stage read before. */
const analysed = (bytes: Uint8Array) => chardet.analyse(bytes).filter((m) => (LEGACY_NAMES as readonly string[]).includes(m.name)).map(named);
const named = (m: { name: string; confidence: number }) => ({ name: m.name, confidence: m.confidence });

/** Every raw file of the development cases (tests/eval/cases), some of them GBK or Big5. */
function caseRaws(): Uint8Array[] {
  const root = path.join(import.meta.dirname, '../eval/cases');
  return fs.readdirSync(root).flatMap((dir) => {
    const raw = fs.readdirSync(path.join(root, dir)).find((f) => f.startsWith('raw.'));
    return raw ? [fs.readFileSync(path.join(root, dir, raw))] : [];
  });
}

describe('legacyMatches', { timeout: 120_000 }, () => {
  const text = '各位代表：现在，我代表市人民政府，向大会报告政府工作，请予审议。臺灣同胞，香港特別行政區。';
  const samples: Uint8Array[] = [
    iconv.encode(text, 'gb18030'),
    iconv.encode(text, 'big5'),
    iconv.encode(text, 'gbk'),
    Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]),
    Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')]),
    Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), iconv.encode(text, 'utf-32le')]),
    iconv.encode(text, 'utf-16le'),
    Buffer.from('plain ASCII, no legacy bytes at all'),
    Buffer.from(text),
    Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 256)),
    iconv.encode('Привет, мир', 'koi8-r'),
    new Uint8Array(0),
  ];

  it('answers as chardet.analyse does for those names, in its order, with its confidences', () => {
    for (const bytes of samples) expect(legacyMatches(bytes).map(named)).toEqual(analysed(bytes));
  });

  it('answers so for every development case\'s raw file', () => {
    const raws = caseRaws();
    expect(raws.length).toBeGreaterThan(20);
    for (const bytes of raws) expect(legacyMatches(bytes).map(named)).toEqual(analysed(bytes));
  });
});

describe('contextFeatures from the page\'s pair counts', () => {
  /** The body-word features as the per-line join computed them: the prose of the other lines, joined for each line asked about. */
  function joined(lines: string[], index: number) {
    const pairs = (text: string) => new Set(hanPairs(text));
    const isProse = (line: string) => visibleLength(line) >= 30 && LINE_SHAPES.sentencePunctuation.test(line);
    const own = pairs(lines[index]!);
    const prose = new Set<string>();
    lines.forEach((line, i) => {
      if (i !== index && isProse(line)) for (const pair of pairs(line)) prose.add(pair);
    });
    const shared = [...own].filter((p) => prose.has(p)).length;
    return {
      'body-overlap': own.size === 0 || prose.size === 0 ? 0 : shared / own.size,
      'no-body-word': own.size >= 2 && prose.size > 0 && shared === 0 ? 1 : 0,
    };
  }

  const page = [
    '首页 > 新闻中心 > 工作动态',
    '市委书记在全市经济工作会议上的讲话',
    '同志们：这次全市经济工作会议的主要任务是，全面贯彻落实中央和省委经济工作会议精神，总结今年经济工作。',
    '今年以来，全市经济运行总体平稳，稳中有进，经济工作会议确定的各项目标任务顺利完成，人民群众获得感不断增强。',
    '经济工作会议精神',
    '扫一扫在手机打开当前页',
    '只有这一行散文里才有的词语：独一无二的句子出现在这里，别的地方都没有这些字。',
    '',
    '关闭窗口',
  ];

  it('gives the joined prose\'s body-overlap and no-body-word for every line, prose or not', () => {
    const lines = page.filter((l) => l !== '');
    for (let index = 0; index < lines.length; index++) {
      for (const side of ['head', 'tail'] as const) {
        const f = contextFeatures(side, { lines, index });
        expect({ 'body-overlap': f['body-overlap'], 'no-body-word': f['no-body-word'] }, lines[index]).toEqual(joined(lines, index));
      }
    }
  });

  it('a prose line whose pairs no other line holds shares none of them, and a page of one prose line has no prose beside it', () => {
    const lines = page.filter((l) => l !== '');
    const lonely = lines.findIndex((l) => l.startsWith('只有'));
    expect(contextFeatures('tail', { lines, index: lonely })['no-body-word']).toBe(1);
    const single = [lines[lonely]!, '关闭窗口'];
    expect(contextFeatures('tail', { lines: single, index: 0 })['body-overlap']).toBe(0);
    expect(contextFeatures('tail', { lines: single, index: 0 })['no-body-word']).toBe(0);
    expect(contextFeatures('tail', { lines: single, index: 1 })).toMatchObject(joined(single, 1));
  });
});

describe('the own area read once per document', { timeout: 120_000 }, () => {
  const segments: Segment[] = [
    { text: '曹县县委召开全县经济工作会议', kind: 'title' },
    { text: '全县上下要坚定信心，我县经济总量位居全市第一，全县各乡镇要抓好落实。', kind: 'body' },
    { text: '县委书记强调，全市各县区要向我县学习；省委的部署要落实到全县。', kind: 'body' },
    { text: '各市、州、县人民政府：', kind: 'addressee' },
    { text: '曹县人民政府', kind: 'publisher' },
  ];

  it('ownArea from the words read once equals ownArea reading them, at every minimum', () => {
    const words = ownAreaWords(segments);
    expect(words.length).toBeGreaterThan(2);
    for (const min of [undefined, 1, 2, 3, words.length, words.length + 1]) expect(ownArea(segments, min, words)).toEqual(ownArea(segments, min));
    expect(ownArea(segments.slice(3), 1, ownAreaWords(segments.slice(3)))).toEqual(new Set());
  });

  it('gather given the once-read own area answers as gather reading it', () => {
    const own = ownArea(segments);
    expect(gather(segments, own, false, ownArea(segments, 1, ownAreaWords(segments)))).toEqual(gather(segments, own));
  });
});
