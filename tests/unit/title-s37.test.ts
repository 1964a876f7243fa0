// Kickers glued before a headline (titlekicker, thirty-seventh session): a newsroom's kind-of-item word
// before a slash (title-vocabulary.ts NEWSROOM_KICKERS: 快新闻/, 影/), a series' label ending in 报道 before a
// dash or a colon (SERIES_REPORT_LABELS), a photo's file name printed before the headline (IMAGE_FILE_NAMES).
// Each row's examples run with every row's in structure.test.ts; here what the rules cut, the rule id they
// leave in the cleaning log, and what they must leave alone. Expected values written by hand from the pages
// (tests/fixtures/titles-s37/README.md and the evaluation cases named).
import { describe, expect, it } from 'vitest';
import { cleanTitle } from '../../scripts/ingest/structure/title-clean.ts';
import { expectSampleTitle, titleSample } from './title-sample.ts';

const { dir, labels } = titleSample('titles-s37');

describe('a newsroom kicker before a slash is cut (kicker-slash)', () => {
  it.each([
    // 民视's flash column (ftvnews.com.tw, unseen30 c30-ftvnews), udn's video mark on a repost (will-news.info),
    // ETtoday's (cdn1.ettoday.net), in traditional script as the pages print them.
    ['快新聞/被問和新發言人張硯卿相處如何? 陳其邁「這句話」全場都笑了', '被問和新發言人張硯卿相處如何? 陳其邁「這句話」全場都笑了', '快新聞/'],
    ['影/縣長要議員「閉嘴」被批 答詢過程影片全都錄', '縣長要議員「閉嘴」被批 答詢過程影片全都錄', '影/'],
    ['影/全程英語致詞!蔣萬安歡迎貴賓參加燈會 「要讓全球看見中華民國」', '全程英語致詞!蔣萬安歡迎貴賓參加燈會 「要讓全球看見中華民國」', '影/'],
  ])('%s', (line, title, cut) => {
    const clean = cleanTitle(line);
    expect(clean.title).toBe(title);
    expect(clean.cut).toContainEqual({ text: cut, reason: 'newsroom kicker before the title (kicker-slash)' });
  });

  it.each([
    // A headline's own word before a slash is no kicker: the list is closed.
    '中国/东盟自由贸易区建设全面启动',
    // A kicker with too short a headline after it is left whole (a caption credit, a menu item).
    '影/记者王明摄',
  ])('%s stays whole', (line) => {
    expect(cleanTitle(line).title).toBe(line);
  });
});

describe("a series' label ending in 报道 before a dash or a colon is cut (kicker-series-report)", () => {
  it.each([
    // A Chongqing paper's anniversary series (csuchen.de, unseen22 d22-csuchen); a Nantou youth-day feature (ewnews.net).
    ['十年祭报道--吴小莉采访特区落户内幕', '吴小莉采访特区落户内幕'],
    ['青年節特別報導:南投縣表彰新生代英才', '南投縣表彰新生代英才'],
  ])('%s', (line, title) => {
    const clean = cleanTitle(line);
    expect(clean.title).toBe(title);
    expect(clean.cut.map((c) => c.reason)).toContain("series label before the title (kicker-series-report)");
  });

  it.each([
    // A subtitle after the dash stays with the title; a speaker's quoted headline keeps its speaker.
    '县委书记的一天——走近县委书记',
    '钟沛君：国民党徽穿身上，到年轻人多的场合都会一阵紧张',
  ])('%s is no series label', (line) => {
    expect(cleanTitle(line).cut.map((c) => c.reason)).not.toContain("series label before the title (kicker-series-report)");
  });
});

describe('an image file name printed before the headline is cut (image-file-head)', () => {
  it('苗栗县农会… (miaoli-news.com.tw, unseen32 d32-miaoli-news)', () => {
    const clean = cleanTitle('苗栗縣農會慶祝農民節 副縣長頒獎表揚績優人員.jpg苗栗縣農會慶祝農民節 副縣長頒獎表揚績優人員');
    expect(clean.title).toBe('苗栗縣農會慶祝農民節 副縣長頒獎表揚績優人員');
    expect(clean.cut.map((c) => c.reason)).toContain('image file name before the title (image-file-head)');
  });

  it('a file name with nothing after it is no title prefix (ty30152002.pixnet.net)', () => {
    expect(cleanTitle('0101004台南元旦升旗.jpg').cut.map((c) => c.reason)).not.toContain('image file name before the title (image-file-head)');
  });
});

describe('the titlekicker sample, half A, through the whole pipeline', () => {
  const pages = labels.filter((l) => l.half === 'A');
  it.each(pages.map((l) => [l.file, l.title] as const))('%s → %s', (file, title) => expectSampleTitle(dir, file, title), 60_000);
});
