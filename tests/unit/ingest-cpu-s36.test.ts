// Ingest's CPU per document, thirty-sixth session (docs/performance.md,
// ingestcpu): each cut gives the answer the code before it gave. The jieba
// dictionary's lines found through an index instead of a search through its
// 5 MB; the Ministry of Education's names found by first character instead of
// one pattern of 2,600 alternatives, and only in the segments that can keep them.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { jiebaDictionary, jiebaDictionaryLine, jiebaDictionaryText } from '../../scripts/ingest/lib/jieba.ts';
import { divisionByCode } from '../../scripts/ingest/extract/divisions.ts';
import { listedInstitutions, printedSeat } from '../../scripts/ingest/extract/institutions.ts';
import { gather } from '../../scripts/ingest/extract/region-evidence.ts';
import type { Segment } from '../../scripts/ingest/extract/region-segments.ts';

const require = createRequire(import.meta.url);

/** What divisions.ts searched before: `\n${word} ` through the dictionary's bytes, the line after it. */
function searched(word: string): string | undefined {
  const bytes = jiebaDictionary();
  const dictionary = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = dictionary.indexOf(`\n${word} `);
  if (at === -1) return undefined;
  return dictionary.toString('utf8', at + 1, dictionary.indexOf('\n', at + 1));
}

describe('jiebaDictionaryLine', { timeout: 120_000 }, () => {
  it('finds the line the whole-dictionary search found, for every former division name and its stem', () => {
    const { names } = require('../../scripts/ingest/extract/former-divisions.json') as { names: [string, string, number][] };
    const words = names.flatMap(([name]) => [name, name.replace(/(?:自治)?[县市区旗]$/u, '')]);
    for (const word of words) expect([word, jiebaDictionaryLine(word)]).toEqual([word, searched(word)]);
  });

  it('so for words at the dictionary\'s first, second and last lines, words it lacks and the empty word', () => {
    const lines = jiebaDictionaryText().split('\n').filter(Boolean);
    const first = lines[0]!.split(' ')[0]!;
    const words = [first, lines[1]!.split(' ')[0]!, lines.at(-1)!.split(' ')[0]!, '郎溪', '襄樊', '元朗', '望德堂', '中西', '大堂', '无此词语啊', 'x', ''];
    for (const word of words) expect([word, jiebaDictionaryLine(word)]).toEqual([word, searched(word)]);
    // The first line is never found: the search needed a line break before the word.
    expect(jiebaDictionaryLine(first)).toBe(searched(first));
  });
});

/** The pattern listedInstitutions used before: every name printing its seat as an alternative, longest first. */
function oldPattern(): { seats: Map<string, string>; pattern: RegExp } {
  const rows = (require('../../scripts/ingest/extract/moe-institutions.json') as { institutions: [string, string][] }).institutions;
  const seats = new Map<string, string>();
  for (const [name, code] of rows) {
    const division = divisionByCode(code);
    const seat = division && printedSeat(name, division);
    if (seat) seats.set(name, seat.code);
  }
  const names = [...seats.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  return { seats, pattern: new RegExp(names.join('|'), 'gu') };
}

describe('listedInstitutions', { timeout: 120_000 }, () => {
  const { seats, pattern } = oldPattern();
  const before = (text: string) => [...text.matchAll(pattern)].map((m) => [m[0], m.index, seats.get(m[0])]);
  const now = (text: string) => listedInstitutions(text).map((i) => [i.text, i.index, i.division.code]);

  it('finds what the pattern of alternatives found: nested, adjacent and overlapping names', () => {
    const texts = [
      // jizihe.com (unseen25 a25-jizihe) and yahooflicker.cn (instplace sample).
      '向汕头大学2019届优秀的毕业生们表示最诚挚的祝贺',
      '今天是个值得纪念的日子，阳泉职业技术学院首届毕业生即将走出“象牙塔”',
      '汕头大学汕头大学阳泉职业技术学院',
      '',
    ];
    for (const text of texts) expect(now(text)).toEqual(before(text));
  });

  it("but a branch campus's name (北京理工大学珠海学院) is no mention of the parent it opens with", () => {
    // Since the thirty-seventh session (instplace) a listed name is matched whole, so the campus in
    // 珠海 no longer places a document in 北京市; the parent named on its own still does.
    expect(now('北京理工大学珠海学院与北京理工大学签署协议')).toEqual([['北京理工大学', 11, '110000']]);
  });

  it('so for every listed name in a sentence, and for all of them run together', () => {
    const names = [...seats.keys()];
    for (const name of names) expect(now(`我代表${name}全体师生`)).toEqual(before(`我代表${name}全体师生`));
    const all = names.join('');
    expect(now(all)).toEqual(before(all));
  });

  it("so on every development case's raw file", () => {
    const root = path.join(import.meta.dirname, '../eval/cases');
    for (const dir of fs.readdirSync(root)) {
      const raw = fs.readdirSync(path.join(root, dir)).find((f) => f.startsWith('raw.'));
      if (!raw) continue;
      const text = fs.readFileSync(path.join(root, dir, raw), 'utf8');
      expect(now(text)).toEqual(before(text));
    }
  });
});

describe("gather reads the document's own listed institution only where it can be the document's", { timeout: 120_000 }, () => {
  const listed = (segments: Segment[]) => gather(segments, new Set()).evidence.filter((e) => e.listedInstitution).map((e) => [e.text, e.divisions.map((d) => d.name)]);

  it.each([
    // jizihe.com (unseen25 a25-jizihe): the title names the university.
    [{ kind: 'title', text: '汕头大学2019届毕业典礼校长致辞' }, [['汕头大学', ['汕头市']]]],
    // yahooflicker.cn (instplace sample): a speaker's line.
    [{ kind: 'front', text: '阳泉职业技术学院院长' }, [['阳泉职业技术学院', ['阳泉市']]]],
    [{ kind: 'publisher', text: '阳泉职业技术学院' }, [['阳泉职业技术学院', ['阳泉市']]]],
    // The body only mentions it: a partner's or a guest's university.
    [{ kind: 'body', text: '近年来，我们与汕头大学开展了多项合作，成效明显。' }, []],
    [{ kind: 'notice', text: '阳泉职业技术学院：现将有关事项通知如下。' }, []],
    [{ kind: 'addressee', text: '汕头大学各学院：' }, []],
    // A closing line too long for a signature.
    [{ kind: 'closing', text: '最后，祝愿阳泉职业技术学院的全体师生在新的学年里学业进步、工作顺利、身体健康、万事如意！' }, []],
  ] as [Segment, [string, string[]][]][])('%o', (segment, expected) => {
    expect(listed([segment])).toEqual(expected);
  });
});
