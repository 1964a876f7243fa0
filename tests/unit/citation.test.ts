import { describe, expect, it } from 'vitest';
import { buildDay } from '../../src/lib/build-day.ts';
import { creatorList, creatorsOf, gbt7714, isoDay } from '../../src/lib/citation.ts';

describe('gbt7714', () => {
  it('formats an online document as 责任者. 题名[EB/OL]. (日期)[引用日期]. URL.', () => {
    expect(
      gbt7714({
        creators: ['朱烜'],
        title: '在全区卫生系统创先争优活动座谈会暨基层组织建设工作会议上的总结讲话',
        published: '2012-05-29',
        accessed: '2024-03-01',
        url: 'https://speech-archive.example.org/documents/bc6bc5ffd707/',
      }),
    ).toBe(
      '朱烜. 在全区卫生系统创先争优活动座谈会暨基层组织建设工作会议上的总结讲话[EB/OL]. (2012-05-29)[2024-03-01]. https://speech-archive.example.org/documents/bc6bc5ffd707/.',
    );
  });

  it('omits an unknown creator and an unknown date', () => {
    expect(gbt7714({ creators: [], title: '学习重要讲话精神的体会', accessed: '2024-03-01', url: 'https://a.example/documents/1/' })).toBe(
      '学习重要讲话精神的体会[EB/OL]. [2024-03-01]. https://a.example/documents/1/.',
    );
  });

  it('keeps partial dates as recorded and a paragraph URL with its fragment', () => {
    const text = gbt7714({ creators: ['颜小镇'], title: '医心向党担使命 健康为民守初心', published: '2023-02', accessed: '2024-03-01', url: 'https://a.example/d/#p-1a2b3c4d' });
    expect(text).toBe('颜小镇. 医心向党担使命 健康为民守初心[EB/OL]. (2023-02)[2024-03-01]. https://a.example/d/#p-1a2b3c4d.');
  });

  it('does not double the full stop after a creator ending in a period', () => {
    expect(gbt7714({ creators: ['SMITH J.'], title: 'T', accessed: '2024-01-01', url: 'u' })).toBe('SMITH J. T[EB/OL]. [2024-01-01]. u.');
  });
});

describe('gbt7714 against the standard’s own examples of electronic resources (GB/T 7714-2015)', () => {
  it('gives an online document with its update date and one without', () => {
    expect(gbt7714({ creators: ['萧钰'], title: '出版业信息化迈入快车道', published: '2001-12-19', accessed: '2002-04-15', url: 'http://www.creader.com/news/20011219/200112190019.html' })).toBe(
      '萧钰. 出版业信息化迈入快车道[EB/OL]. (2001-12-19)[2002-04-15]. http://www.creader.com/news/20011219/200112190019.html.',
    );
    expect(gbt7714({ creators: ['Online Computer Library Center, Inc.'], title: 'History of OCLC', accessed: '2000-01-08', url: 'http://www.oclc.org/about/history/default.htm' })).toBe(
      'Online Computer Library Center, Inc. History of OCLC[EB/OL]. [2000-01-08]. http://www.oclc.org/about/history/default.htm.',
    );
  });

  it('gives a title the document does not state (derived or damaged) in square brackets, as supplied', () => {
    expect(gbt7714({ creators: ['王任飞', '谈建荣'], title: '抓作风就是讲政治，抓作风就是谋发展，抓作风就是勇□', titleSupplied: true, published: '2022-09-27', accessed: '2024-03-01', url: 'https://a.example/documents/794d23aaff7d/' })).toBe(
      '王任飞, 谈建荣. [抓作风就是讲政治，抓作风就是谋发展，抓作风就是勇□][EB/OL]. (2022-09-27)[2024-03-01]. https://a.example/documents/794d23aaff7d/.',
    );
  });
});

describe('creatorList', () => {
  it('lists up to three names and abbreviates more with 等', () => {
    expect(creatorList(['王任飞', '谈建荣'])).toBe('王任飞, 谈建荣');
    expect(creatorList(['甲', '乙', '丙'])).toBe('甲, 乙, 丙');
    expect(creatorList(['甲', '乙', '丙', '丁'])).toBe('甲, 乙, 丙, 等');
    expect(creatorList([' ', '甲 '])).toBe('甲');
  });
});

describe('creatorsOf', () => {
  const speakers = [{ name: '唐荣' }];
  it('credits a speech to its speakers before any reporter', () => {
    expect(creatorsOf({ type: 'speech', speakers, source: { authors: ['颜小镇'] } })).toEqual(['唐荣']);
  });
  it('credits a report or interview to its authors, else to the speakers', () => {
    expect(creatorsOf({ type: 'interview', speakers, source: { authors: ['颜小镇'] } })).toEqual(['颜小镇']);
    expect(creatorsOf({ type: 'interview', speakers, source: {} })).toEqual(['唐荣']);
    expect(creatorsOf({ type: 'report', speakers: [], source: { authors: ['王任飞', '谈建荣'] } })).toEqual(['王任飞', '谈建荣']);
  });
  it('credits an unsigned notice to its issuing source and leaves anything else uncredited', () => {
    expect(creatorsOf({ type: 'notice', speakers: [], source: { name: '小店区人民政府' } })).toEqual(['小店区人民政府']);
    expect(creatorsOf({ type: 'article', speakers: [], source: { name: '老秘网' } })).toEqual([]);
  });
});

describe('isoDay', () => {
  it('gives the calendar day in China time', () => {
    expect(isoDay(new Date('2024-02-29T17:00:00Z'))).toBe('2024-03-01');
    expect(isoDay(new Date('2024-02-29T15:59:00Z'))).toBe('2024-02-29');
  });
});

describe('buildDay', () => {
  it('gives the day in China, as isoDay does, with one formatter reused across calls and time zones', () => {
    expect(buildDay(new Date('2024-02-29T17:00:00Z'))).toBe('2024-03-01');
    expect(buildDay(new Date('2024-02-29T15:59:00Z'))).toBe('2024-02-29');
    expect(buildDay(new Date('2024-02-29T17:00:00Z'), 'UTC')).toBe('2024-02-29');
    expect(buildDay(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01');
  });
});
