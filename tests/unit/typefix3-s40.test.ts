// The typefix3 sample of the fortieth session: reports, speeches, notices, an
// interview and two commentaries of sixteen sites no set holds, typed (and
// their speakers named) by hand from the stored text before any run
// (tests/fixtures/classify/pages/typefix3-s40-labels.tsv: half, file, type,
// speakers joined by `、`, URL and why; halves by sorted site, alternating).
// Each page goes through the whole pipeline. And the reporter's sourcing
// (report-hearsay) deciding a text that no other cue types, with real lines of
// the development sets where it does and where the text is no report.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestOne } from '../../scripts/ingest/pipeline.ts';
import { scoreTypes, typeOf } from '../../scripts/ingest/stages/classify.ts';
import { documentView } from '../../scripts/ingest/classify/view.ts';
import type { Block } from '../../scripts/ingest/types.ts';

const dir = new URL('../fixtures/classify/pages/', import.meta.url);
const rows = readFileSync(new URL('typefix3-s40-labels.tsv', dir), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t') as [string, string, string, string, string, string]);

/**
 * Pages the pipeline does not type right yet: a journal abstract of a Q&A
 * whose 记者：…？答：… run into the lede's paragraph (scholarmate, half A),
 * read as a report.
 */
const NOT_REACHED = ['scholarmate-rural-office-head-linkage-opinion-qa-s40-interview.txt'];

function ingest(file: string) {
  const result = ingestOne({ path: file, bytes: readFileSync(new URL(file, dir)) });
  if (result.kind !== 'document') throw new Error(`${file}: ${result.kind}`);
  return result.meta;
}

describe('typefix3 sample (s40): each page typed as labelled by hand', { timeout: 60_000 }, () => {
  it('holds sixteen pages of sixteen sites, eight in each half', () => {
    expect(rows).toHaveLength(16);
    expect(new Set(rows.map(([, file]) => file.split('-')[0])).size).toBe(16);
    expect(rows.filter(([half]) => half === 'A')).toHaveLength(8);
  });
  it.each(rows.filter(([, file]) => !NOT_REACHED.includes(file)).map(([half, file, type, speakers]) => [file, half, type, speakers]))('%s (half %s) is a %s, speakers [%s]', (file, _half, type, speakers) => {
    const meta = ingest(file);
    expect(meta.type).toBe(type);
    expect(meta.speakers.map((s) => s.name)).toEqual(speakers === '' ? [] : speakers.split('、'));
  });
  it.each(rows.filter(([, file]) => NOT_REACHED.includes(file)).map(([, file, type]) => [file, type]))('%s is not yet typed %s', (file, type) => {
    expect(ingest(file).type).not.toBe(type);
  });
});

/** The rules' type of body paragraphs under no title, as the classify stage reads them. */
function rulesType(paragraphs: string[]): string {
  const blocks: Block[] = paragraphs.map((text) => ({ kind: 'paragraph', part: 'body', text }));
  return typeOf(scoreTypes(documentView(undefined, blocks, [])));
}

describe('report-hearsay: the reporter’s sourcing types a text no other cue types', () => {
  // Development lines (unseen28 b28-dechunwater, unseen30 c30-eeju, unseen19 c19-hfss): an organ's
  // work told with 据悉，/据了解，, no day, meeting or credit a report cue reads. All three are reports.
  it.each([
    [['安全生产是一项常抓不懈的工作，节日之际更是不容时疏忽。据悉，为切实做好2022年元旦期间的安全防范工作，咸宁通城县安办派出了6个督查组，对全县的11个乡镇、17个专委会开展安全生产和森林防火专项督查。']],
    [['桃源县漆河镇春耕工作“早计划、早部署、早宣传、早行动”，多措并举，力保春季农业生产和春耕备耕工作顺利开展。', '据了解，漆河镇今年早稻面积56500亩，层层压实责任，严格落实“田长制”。截止目前，该镇已落实春耕备种，早稻集中育秧面积达2147亩。']],
  ])('reads %j as a report', (paragraphs) => {
    expect(rulesType(paragraphs)).toBe('report');
  });
  // The same text without the sourcing phrase is left to the default, as before.
  it('leaves the text without its sourcing phrase to the default article', () => {
    expect(rulesType(['桃源县漆河镇春耕工作“早计划、早部署、早宣传、早行动”，多措并举，力保春季农业生产和春耕备耕工作顺利开展。', '漆河镇今年早稻面积56500亩，层层压实责任，严格落实“田长制”。'])).toBe('article');
  });
});
