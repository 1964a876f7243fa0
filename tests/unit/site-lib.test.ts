// The small helpers of the site: neighbours, speakers, dates, excerpts, raw text, JSON-LD.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { neighbours } from '../../src/lib/neighbours.ts';
import { groupBySpeaker, sharedNames, speakerUrl, speakerUrlIn } from '../../src/lib/speakers.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { firstLine, parsedFirstLine } from '../../src/lib/excerpt.ts';
import { decodeRaw, rawText, rawTextOf } from '../../src/lib/raw.ts';
import { documentJsonLd, scriptJson } from '../../src/lib/jsonld.ts';

describe('neighbours', () => {
  const list = [{ id: 'new' }, { id: 'mid' }, { id: 'old' }];
  it('gives the newer and older document around one in a newest-first list', () => {
    expect(neighbours(list, 'mid')).toEqual({ newer: { id: 'new' }, older: { id: 'old' } });
    expect(neighbours(list, 'new')).toEqual({ newer: undefined, older: { id: 'mid' } });
    expect(neighbours(list, 'missing')).toEqual({});
  });
});

describe('groupBySpeaker', () => {
  const docs = [
    { id: '1', data: { speakers: [{ name: '唐荣', role: '区卫生健康委主任' }] } },
    { id: '2', data: { speakers: [{ name: '朱烜' }, { name: '唐荣', role: '区卫生健康委党委书记' }] } },
    { id: '3', data: { speakers: [] } },
  ];
  it('collects each speaker’s documents and distinct roles, most documents first', () => {
    expect(groupBySpeaker(docs).map((s) => [s.name, s.roles, s.docs.map((d) => d.id)])).toEqual([
      ['唐荣', ['区卫生健康委主任', '区卫生健康委党委书记'], ['1', '2']],
      ['朱烜', [], ['2']],
    ]);
    expect(speakerUrl('唐荣')).toBe('/speakers/%E5%94%90%E8%8D%A3/');
  });

  const hunan = (county?: string, code?: string) => ({ province: '湖南省', city: '岳阳市', ...(county ? { county } : {}), ...(code ? { code } : {}) });
  const chen = [
    { id: 'a', data: { speakers: [{ name: '陈宇', role: '县委书记' }], region: hunan('华容县', '430623') } },
    { id: 'b', data: { speakers: [{ name: '陈宇', role: '副县长' }], region: hunan('平江县', '430626') } },
    { id: 'c', data: { speakers: [{ name: '陈宇', role: '县长' }], region: hunan('华容县', '430623') } },
    { id: 'd', data: { speakers: [{ name: '王立群', role: '县长' }], region: hunan('华容县', '430623') } },
    { id: 'e', data: { speakers: [{ name: '王立群', role: '市长' }], region: hunan(undefined, '430600') } },
    { id: 'f', data: { speakers: [{ name: '王立群' }] } },
  ];

  it('tells two people of one name apart by place, and lists them on the shared name', () => {
    const people = groupBySpeaker(chen).filter((p) => p.name === '陈宇');
    expect(people.map((p) => [p.key, p.place, p.roles, p.docs.map((d) => d.id)])).toEqual([
      ['陈宇-430623', '湖南省 岳阳市 华容县', ['县委书记', '县长'], ['a', 'c']],
      ['陈宇-430626', '湖南省 岳阳市 平江县', ['副县长'], ['b']],
    ]);
    expect(sharedNames(chen).map((s) => [s.name, s.people.map((p) => p.key)])).toEqual([['陈宇', ['陈宇-430623', '陈宇-430626']]]);
    expect(speakerUrlIn(chen, chen[1]!, '陈宇')).toBe(speakerUrl('陈宇-430626'));
  });

  it('keeps one official together across posts when the places agree (county within city, place unknown)', () => {
    const wang = groupBySpeaker(chen).filter((p) => p.name === '王立群');
    expect(wang.map((p) => [p.key, p.roles, p.docs.map((d) => d.id)])).toEqual([['王立群', ['县长', '市长'], ['d', 'e', 'f']]]);
  });
});

describe('formatDate', () => {
  it('writes full and partial dates in Chinese', () => {
    expect(formatDate('2012-05-29')).toBe('2012年5月29日');
    expect(formatDate('2023-02')).toBe('2023年2月');
    expect(formatDate('2023')).toBe('2023年');
  });
});

describe('firstLine', () => {
  const body = [
    '<Notice>',
    '  <Anchor id="p-00000001" />各地、州、市卫生局：',
    '</Notice>',
    '',
    '<Anchor id="p-00000002" />同志们：',
    '',
    '<Anchor id="p-00000003" />&#x4E00;是要坚持党要管党，安排当前<Redacted>\\*</Redacted>卫健系统党建工作。',
  ].join('\n');

  it('skips the cover notice and short address lines and decodes escapes', () => {
    expect(firstLine(body)).toBe('一是要坚持党要管党，安排当前*卫健系统党建工作。');
  });

  it('cuts long lines at a character count with an ellipsis', () => {
    expect(firstLine('<Anchor id="p-1" />' + '党'.repeat(100), 10)).toBe('党'.repeat(10) + '…');
  });

  it('falls back to the first paragraph when all are short, and to nothing', () => {
    expect(firstLine('<Anchor id="p-1" />同志们：')).toBe('同志们：');
    expect(firstLine('')).toBe('');
  });
});

describe('raw text', () => {
  it('decodes with the recorded encoding', () => {
    expect(decodeRaw(new Uint8Array([0xd6, 0xd0, 0xb9, 0xfa]), 'gb18030')).toBe('中国');
    expect(decodeRaw(new Uint8Array([0xa4, 0xa4, 0xb0, 0xea]), 'big5')).toBe('中國');
    expect(decodeRaw(new Uint8Array([0x2d, 0x4e, 0, 0]), 'utf-32le')).toBe('中');
    expect(() => decodeRaw(new Uint8Array([0x41]), 'no-such-encoding')).toThrow(/no-such-encoding/);
  });

  it('decodes alike when a decoder is used again: it keeps no state between texts, not even a cut character', () => {
    // A text cut inside a character (GB18030's four-byte 𠀀 without its last byte), then a whole one.
    const cut = decodeRaw(new Uint8Array([0x95, 0x32, 0x82]), 'gb18030');
    expect(decodeRaw(new Uint8Array([0x36, 0xd6, 0xd0]), 'gb18030')).toBe(new TextDecoder('gb18030').decode(new Uint8Array([0x36, 0xd6, 0xd0])));
    expect(cut).toBe(new TextDecoder('gb18030').decode(new Uint8Array([0x95, 0x32, 0x82])));
    expect(decodeRaw(new Uint8Array([0xd6, 0xd0, 0xb9, 0xfa]), 'gb18030')).toBe('中国');
    expect(rawTextOf(new Uint8Array([0xa4, 0xa4, 0xb0, 0xea]), 'big5')).toBe('\uFEFF中國');
    expect(() => decodeRaw(new Uint8Array([0x41]), 'no-such-encoding')).toThrow(/no-such-encoding/);
  });

  it('gives a file inside the raw folder as UTF-8 text with a byte order mark, reports a missing one, refuses one outside', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'raw-'));
    writeFileSync(join(dir, 'a.txt'), '<script>alert(1)</script>');
    // 中國 in Big5.
    writeFileSync(join(dir, 'b.txt'), new Uint8Array([0xa4, 0xa4, 0xb0, 0xea]));
    expect(await rawText('a.txt', 'utf-8', dir)).toBe('\uFEFF<script>alert(1)</script>');
    expect(await rawText('b.txt', 'big5', dir)).toBe('\uFEFF中國');
    expect(await rawText('missing.txt', 'utf-8', dir)).toBeUndefined();
    await expect(rawText('../etc/passwd', 'utf-8', dir)).rejects.toThrow(/outside/);
  });
});

describe('documentJsonLd', () => {
  const base = {
    url: 'https://a.example/documents/1/',
    title: '在全区卫生健康工作会议上的讲话',
    typeLabel: '讲话',
    lang: 'zh-CN',
    date: '2023-11-20',
    speakers: [{ name: '唐荣', role: '区卫生健康委主任' }],
    authors: ['颜小镇'],
    sourceUrl: 'https://news.example/1.html',
    sourceName: '开州日报',
    place: '重庆市开州区',
    archiveName: '讲话文库',
    archiveUrl: 'https://a.example/',
  };
  it('credits a speech to its speaker and links the source it is based on', () => {
    const json = documentJsonLd({ ...base, type: 'speech' });
    expect(json).toMatchObject({
      '@type': 'CreativeWork',
      name: base.title,
      url: base.url,
      datePublished: '2023-11-20',
      author: [{ '@type': 'Person', name: '唐荣', jobTitle: '区卫生健康委主任' }],
      isBasedOn: { url: 'https://news.example/1.html', name: '开州日报' },
      contentLocation: { name: '重庆市开州区' },
    });
  });
  it('credits a report to its reporters and mentions the people quoted', () => {
    const json = documentJsonLd({ ...base, type: 'report' });
    expect(json).toMatchObject({ '@type': 'NewsArticle', author: [{ name: '颜小镇' }], mentions: [{ name: '唐荣' }] });
  });
  it('escapes < so the JSON cannot close its script element', () => {
    expect(scriptJson({ t: '</script><b>' })).toBe('{"t":"\\u003c/script>\\u003cb>"}');
  });
});

describe('firstLine on long bodies', () => {
  it('finds the first line when only the head of the body is parsed', () => {
    const filler = Array.from({ length: 200 }, (_, i) => `<Anchor id="p-${String(i).padStart(8, '0')}" />第${i}段正文内容，用于构成很长的文档。`).join('\n\n');
    expect(firstLine(`<Anchor id="p-a" />同志们：\n\n${filler}`)).toBe('第0段正文内容，用于构成很长的文档。');
  });

  it('reads the whole body when the head cuts through an open element', () => {
    const notice = Array.from({ length: 200 }, (_, i) => `  <Anchor id="p-${i}" />通知第${i}段，各单位认真学习贯彻。`).join('\n\n');
    expect(firstLine(`<Notice>\n${notice}\n</Notice>\n\n<Anchor id="p-z" />这次会议虽然只有一天时间，但内容充实。`)).toBe('这次会议虽然只有一天时间，但内容充实。');
  });
});

describe('firstLine without a parse (plain anchored lines)', () => {
  const long = '这次会议虽然只有一天时间，但内容充实。';
  const cases: [string, string][] = [
    ['a plain first paragraph', `\n<Anchor id="p-1" />${long}\n\n<Anchor id="p-2" />第二段。`],
    ['headings passed over', `\n## <Anchor id="p-h" />关于进一步加强基层党建工作的通知要求\n\n### <Anchor id="p-i" />一、总体要求总体要求总体要求\n\n<Anchor id="p-1" />${long}`],
    ['short lines passed over', `<Anchor id="p-1" />同志们：\n\n\n<Anchor id="p-2" />  ${long}  `],
    ['a paragraph that goes on in the next line', `<Anchor id="p-1" />${long}\n第二行接着写。`],
    ['a setext heading', `<Anchor id="p-1" />${long}\n---\n\n<Anchor id="p-2" />另一段足够长的正文内容在这里。`],
    ['escapes and references', `<Anchor id="p-1" />安排当前\\*工作&#x4E00;共十二个字以上的正文。`],
    ['an element inside the text', `<Anchor id="p-1" />安排当前<Redacted>某</Redacted>卫健系统党建工作。`],
    ['an expression', `<Anchor id="p-1" />安排当前{'某'}卫健系统党建工作的内容。`],
    ['a heading with syntax', `## <Anchor id="p-h" />标题*强调*足够长的标题\n\n<Anchor id="p-1" />${long}`],
    ['a cover notice first', `<Notice>\n  <Anchor id="p-1" />各地、州、市卫生局：\n</Notice>\n\n<Anchor id="p-2" />${long}`],
    ['only short lines', `<Anchor id="p-1" />同志们：\n\n<Anchor id="p-2" />朋友们：`],
    ['a tab', `<Anchor id="p-1" />\t${long}`],
  ];
  it.each(cases)('gives what the parse gives: %s', (_, body) => {
    for (const chars of [90, 10]) expect(firstLine(body, chars)).toBe(parsedFirstLine(body, chars));
  });

  it('reads plain lines as their text', () => {
    expect(firstLine(cases[1]![1])).toBe(long);
    expect(firstLine(cases[2]![1])).toBe(long);
  });
});
