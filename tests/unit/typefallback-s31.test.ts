// The typefallback sample of the thirty-first session: reports and speeches
// without a 讲话 title or a 记者 byline (hospital and court news, a county
// portal's items, an organ's new-year message, a principal's address) and
// article controls (commentaries, an essay) of nineteen sites no set holds,
// typed by hand from the raw text before any run
// (tests/fixtures/classify/pages/typefallback-s31-labels.tsv: half, file,
// type, URL and why). Each page goes through the whole pipeline; then the
// terms the session added, on lines of the pages they were written from.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestOne } from '../../scripts/ingest/pipeline.ts';
import { documentView } from '../../scripts/ingest/classify/view.ts';
import { firedRules } from '../../scripts/ingest/stages/classify.ts';
import type { Block } from '../../scripts/ingest/types.ts';

const dir = new URL('../fixtures/classify/pages/', import.meta.url);
const rows = readFileSync(new URL('typefallback-s31-labels.tsv', dir), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t') as [string, string, string, string, string]);

/**
 * Pages the pipeline does not type right yet (docs/eval.md, thirty-first
 * session: typefallback): in half A, a signed commentary whose lede tells a
 * dated circular and quotes an official (近日，一则《…通报》引起了公众的注意;
 * 原市委书记李平强调) reads as a report; in half B (counted, not traced), a
 * signed commentary typed report and a court's news item opening on a season
 * (流火七月…) typed article.
 */
const NOT_REACHED = ['lunwen90-mayutong-formalism-commentary-s31-article.txt', 'mzfxw-chenjunjie-formalism-commentary-s31-article.txt', 'shuikutong-zhenyuan-court-busy-season-s31-report.txt'];

function typeOf(file: string): string {
  const result = ingestOne({ path: file, bytes: readFileSync(new URL(file, dir)) });
  return result.kind === 'document' ? result.meta.type : result.kind;
}

describe('typefallback sample (s31): each page typed as labelled by hand', { timeout: 60_000 }, () => {
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

describe('typefallback (s31): the terms added, firing and not', () => {
  it('speech-own-greeting: a greeting with no subject opening on 谨 (jszg, nmemc, coa); not one a report tells of someone', () => {
    expect(fired('岁月开新元，江淮又迎春。在农历庚子新年来临之际，谨向全省各级组织、广大党员以及关心和支持致公党江苏省各项事业发展的朋友们致以诚挚的感谢和衷心的祝福！')).toContain('speech-own-greeting');
    expect(fired('新春佳节即将到来，值此辞旧迎新之际，谨代表国家海洋局党组，并以我个人的名义，通过“观沧海”微信公众号这个平台，向辛勤工作的海洋系统广大干部职工致以新春的祝福和诚挚的问候！')).toContain('speech-own-greeting');
    expect(fired('1月21日，医院领导班子成员走访慰问老党员，代表全院医护员工向他们致以亲切问候和新春祝福。')).not.toContain('speech-own-greeting');
    expect(fired('县长王华代表县委、县政府向全县人民致以新春的问候。')).not.toContain('speech-own-greeting');
  });

  it('speech-thanks: the speaker\'s closing wishes opening their sentence (nmemc, lncourt, cjyun); not wishes a report tells', () => {
    expect(fired('新的一年，让我们继续发扬拼搏精神。最后，祝大家新春愉快、身体健康、阖家幸福、万事如意！')).toContain('speech-thanks');
    expect(fired('回首过去，我们倍感自豪。恭祝大家春节快乐、身体健康！')).toContain('speech-thanks');
    expect(fired('院领导向值班人员拜年，并祝大家新春快乐、身体健康。')).not.toContain('speech-thanks');
    expect(fired('每到一个科室，院领导们都说：“新春快乐，祝大家蛇年大吉，万事如意！”')).not.toContain('speech-thanks');
  });

  it('speech-greeting: the time of day alone as a greeting opening a paragraph (apgei, wendang9, easypublish); not inside a sentence', () => {
    expect(fired('下午好！今天，我们在这里隆重举行毕业典礼。')).toContain('speech-greeting');
    expect(fired('上午好！')).toContain('speech-greeting');
    expect(fired('他向在场的嘉宾道了一声下午好！随后宣布会议开始。')).not.toContain('speech-greeting');
  });

  it('report-relative-day: an official by post and name with the day of the month or 今天 (ewnews, cna, 92880); not a speaker\'s 今天我们', () => {
    expect(fired('县长许淑华27日深入仁爱原乡，继主持县府斥资800万元打造的梅村部落钢便桥通车典礼。')).toContain('report-relative-day');
    expect(fired('行政院副院长郑文灿今天表示，蛋荒预估3月初缓解。')).toContain('report-relative-day');
    expect(fired('同志们，今天我们在这里召开全县经济工作会议，县长王华同志将作报告。')).not.toContain('report-relative-day');
  });
});
