// Titles that are a speaker's line or carry a page's label (titleshape, thirty-fourth session): title-sanitize.ts's
// status-label and download-label rows (their examples run with every row's in title-s33.test.ts), lines the rows and
// the name-line reading must leave alone, the development cases they fix through the whole pipeline with the rule's id
// in the cleaning log, and the titleshape sample's half A. Expected values written by hand from the pages
// (tests/fixtures/titles-s34/README.md and the evaluation cases named).
import { describe, expect, it } from 'vitest';
import { LINE_POSTS } from '../../scripts/ingest/people/vocabulary.ts';
import { parseNameLine } from '../../scripts/ingest/structure/lines.ts';
import { sanitizeTitle } from '../../scripts/ingest/structure/title-sanitize.ts';
import { expectSampleTitle, titleSample } from './title-sample.ts';
import { ingestCase } from './eval-case.ts';

const { dir, labels } = titleSample('titles-s34');

describe('status-label and download-label leave the document\'s own words', () => {
  it.each([
    // The document's own 废止, no bracket after the title (a decision repealing rules).
    '国务院关于废止部分行政法规的决定',
    // A period in brackets inside the title is the plan's.
    '关于印发木兰县打赢蓝天保卫战三年行动计划实施方案（2018-2020）的通知',
    // A title about downloads: no format word, 免费 or bracket before 下载 at the end.
    '关于规范网络游戏免费下载行为的通知',
    '禁止非法下载',
  ])('%s', (title) => {
    expect(sanitizeTitle(title)).toEqual({ title, cut: [] });
  });

  it('both labels after one title: the download label and the file\'s extension go together (m.bdocx.com, unseen22)', () => {
    expect(sanitizeTitle('领导干部大会上市长讲话稿Word下载.docx').title).toBe('领导干部大会上市长讲话稿');
  });
});

describe('a speaker\'s line is read as a name line, not a title', () => {
  it('LINE_POSTS rests on two sites', () => {
    expect(new Set(LINE_POSTS.map((t) => t.seen.split(' ')[0])).size).toBeGreaterThanOrEqual(2);
  });

  it.each([
    // The newspaper's head over its commentary (m.sharepointconcepts.com, unseen15): 社长 from LINE_POSTS.
    ['湖南日报社党组书记、社长 姜协军', '姜协军', '湖南日报社党组书记、社长'],
    // A post of the people vocabulary (发言人) on a spaced name line (syjyzs888.com, the vocabulary's example).
    ['新闻发言人 胡凯红', '胡凯红', '新闻发言人'],
  ])('%s', (line, name, role) => {
    expect(parseNameLine(line)).toEqual({ name, role });
  });

  it.each([
    // A person's statement with the name (eol.cn, unseen28) and a report headline naming an official stay titles.
    '朱建民：人民满意的教育是公平的教育',
    '县委书记张三调研春耕生产',
    // 社长 as the start of 社长期以来 in running text is no post: LINE_POSTS is read on whole name lines only.
    '人民日报社长期以来对中财大事业发展给予关心',
  ])('%s is no name line', (line) => {
    expect(parseNameLine(line)).toBeUndefined();
  });
});


describe('the whole pipeline on the development cases', () => {
  it.each([
    ['unseen23/b23-mulan', '木兰县人民政府关于印发木兰县打赢蓝天保卫战三年行动计划实施方案(2018-2020)的通知', 'status-label'],
    ['unseen20/a20-hhscyy', '2023年县长在全县安全生产电视电话会议上讲话', 'status-label'],
    ['unseen22/a22-bdocx', '领导干部大会上市长讲话稿', 'download-label'],
  ])('%s', (path, title, id) => {
    const file = ingestCase(path);
    expect(file.data.meta.titleSource).toBe('found');
    expect(file.data.meta.title).toBe(title);
    expect(file.data.removed.some((r) => r.reason.startsWith(`title-sanitize ${id}:`))).toBe(true);
  }, 60_000);

  // Pages that print no headline: the speaker's line under the page's head is not taken for one.
  it.each(['unseen15/c15-sharepointconcepts'])('%s: no title stated', (path) => {
    expect(ingestCase(path).data.meta.titleSource).toBe('derived');
  }, 60_000);
});

// The one half-A page the rules leave: its heading block's subtitle is set off by ”” where a dash belongs, a shape of
// one site (docs/eval.md, thirty-fourth session: titleshape).
const LEFT = new Set(['pyh678-jiaotong.txt']);

describe('the titleshape sample, half A, through the whole pipeline', () => {
  const pages = labels.filter((l) => l.half === 'A' && !LEFT.has(l.file));
  it.each(pages.map((l) => [l.file, l.title] as const))('%s → %s', (file, title) => expectSampleTitle(dir, file, title), 60_000);
});
