// The reportkind sample of the thirtieth session: news reports (Taiwan council
// news, court and police news, a Hong Kong item, newspaper and TV reports) and
// article controls (commentaries, an essay, a profile) of sixteen sites no set
// holds, typed by hand from the raw text before any run
// (tests/fixtures/classify/pages/reportkind-s30-labels.tsv: half, file, type,
// URL and why). Each page goes through the whole pipeline; then the terms the
// session added, on the lines of the pages they were written from.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestOne } from '../../scripts/ingest/pipeline.ts';
import { documentView } from '../../scripts/ingest/classify/view.ts';
import { firedRules, toldOpenings } from '../../scripts/ingest/stages/classify.ts';
import type { Block } from '../../scripts/ingest/types.ts';

const dir = new URL('../fixtures/classify/pages/', import.meta.url);
const rows = readFileSync(new URL('reportkind-s30-labels.tsv', dir), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t') as [string, string, string, string, string]);

/**
 * Pages the pipeline does not type right yet: a TV report whose text is
 * sound bites under the speaker's post and name (派出所民警 常辉：我当时…)
 * and the reporter's narration without a day, which reads as a speaker's own
 * words; no cue of a report reaches it (as the tvbs fixture, classify.test.ts).
 */
const NOT_REACHED = ['wakesea-yulin-police-motorbike-s30-report.txt'];

function typeOf(file: string): string {
  const result = ingestOne({ path: file, bytes: readFileSync(new URL(file, dir)) });
  return result.kind === 'document' ? result.meta.type : result.kind;
}

describe('reportkind sample (s30): each page typed as labelled by hand', { timeout: 60_000 }, () => {
  it.each(rows.filter(([, file]) => !NOT_REACHED.includes(file)).map(([half, file, type]) => [file, half, type]))('%s (half %s) is a %s', (file, _half, type) => {
    expect(typeOf(file)).toBe(type);
  });
  it.each(rows.filter(([, file]) => NOT_REACHED.includes(file)).map(([, file, type]) => [file, type]))('%s is not yet typed %s', (file, type) => {
    expect(typeOf(file)).not.toBe(type);
  });
});

const paragraphs = (...texts: string[]): Block[] => texts.map((text) => ({ kind: 'paragraph', part: 'body', text }));
/** The cue rules that fire on body paragraphs with no title. */
const fired = (...texts: string[]) => firedRules(documentView(undefined, paragraphs(...texts), [])).map((r) => r.id);

describe('reportkind (s30): the terms added, firing and not', () => {
  it('report-dateline: a newsroom\'s own 讯 in brackets opening the lede (mingpaocanada, meetinghk, acgloria); not a column label', () => {
    expect(fired('【明报专讯】2023年长洲墟镇街坊代表选举噚日（15日）举行，选出39名长洲乡事委员会街坊代表。')).toContain('report-dateline');
    expect(fired('【识港网讯】新一届区议会议员于今年1月1日宣誓就任，标志着地区治理迈进新篇章。')).toContain('report-dateline');
    expect(fired('【特讯】澳门南海同乡会昨晚假万豪轩酒楼举办成立三周年庆典。')).toContain('report-dateline');
    expect(fired('【快讯】以下为本周值班安排，请各位同事留意。')).not.toContain('report-dateline');
    expect(fired('【资讯】如何写好一篇时事评论。')).not.toContain('report-dateline');
  });

  it('report-relative-day: a Hong Kong paper\'s Cantonese 噚日 (mingpaocanada, dweb); not the speaker\'s own', () => {
    expect(fired('2023年长洲墟镇街坊代表选举噚日（15日）举行，选出39名长洲乡事委员会街坊代表。')).toContain('report-relative-day');
    expect(fired('教育统筹局局长李国章，噚日喺家校会十周年纪念庆典上话当年。')).toContain('report-relative-day');
    expect(fired('我噚日喺街市见到好多街坊，大家都好开心。')).not.toContain('report-relative-day');
  });

  it('report-byline: the paper\'s name before 记者 on a byline line (guhantai, cdyee); not a sentence about a reporter', () => {
    expect(fired('周口日报全媒体记者 任富强')).toContain('report-byline');
    expect(fired('常德日报记者 李张念 通讯员 范瑾瑜')).toContain('report-byline');
    expect(fired('他曾任常德日报记者多年，后来调到宣传部工作。')).not.toContain('report-byline');
  });

  it('report-event: an arrest or a sentence told on its day (guhantai, henanxinwang); not one attributed or scheduled', () => {
    expect(fired('8月21日，胡集派出所“村警”郭辉外出办事，返乡途中协助民警成功抓获一名外省网上逃犯。')).toContain('report-event');
    expect(fired('9月19日，中秋佳节来临之际，中牟县公安局东风路派出所民警坚守岗位，成功抓获一名入室盗窃嫌疑人。')).toContain('report-event');
    expect(fired('人民群众安全感不断提升。3月5日宣判的案件中，有三起涉及电信诈骗。')).not.toContain('report-event');
  });

  it('toldOpenings: a body\'s 呼吁 opening a paragraph is words told (ntepb, chcfa); the text\'s own 我们呼吁 is not', () => {
    const told = (...texts: string[]) => toldOpenings(documentView(undefined, paragraphs(...texts), []));
    expect(told('南投县政府环保局呼吁，请民众春节期间务必将垃圾确实分成3类。', '环保局长李易书表示已要求第一线清洁队员加强宣导。')).toBe(true);
    expect(told('环保局呼吁农民收耕季节勿以焚烧方式处理稻草。', '县长王惠美指出，露天燃烧稻草影响空气品质。')).toBe(true);
    expect(told('环保局呼吁农民收耕季节勿以焚烧方式处理稻草。')).toBe(false);
    expect(told('我们呼吁社会各界共同关注时评的质量。', '专家表示，评论应当基于事实。')).toBe(false);
  });
});
