// Salutation lines that are never a title (titleline, thirty-fifth session): title-salutation.ts reading
// title-vocabulary.ts ADDRESSEES and SALUTATION_ENDS (their examples run with every row's in structure.test.ts),
// the document's own words the rows must leave alone, the development case they fix through the whole pipeline
// with the row's id in the cleaning log, and the titleline sample's half A. Expected values written by hand from
// the pages (tests/fixtures/titles-s35/README.md and the evaluation cases named).
import { describe, expect, it } from 'vitest';
import { salutationLine, salutationOpening } from '../../scripts/ingest/structure/title-salutation.ts';
import { findTitle, startsText } from '../../scripts/ingest/structure/title.ts';
import { openingAfterTitle } from '../../scripts/ingest/structure/title-glued.ts';
import { expectSampleTitle, titleSample } from './title-sample.ts';
import { ingestCase } from './eval-case.ts';

const { dir, labels } = titleSample('titles-s35');

describe('a salutation line, by its closing row', () => {
  it.each([
    // Closed by the greeting: a Taiwan teacher's blog (unseen30 d30-hatcher-lin), a school speech page (ttzyw.com, sample).
    ['各位校长主任，各位来宾，各位老师，各位家长，各位同学，大家好', 'salutation-greeting'],
    ['老师们、同学们，大家好！', 'salutation-greeting'],
    ['各位贵宾、各位得奖人及农民朋友们：大家好！', 'salutation-greeting'],
    // Closed by a comma, the room named over several lines (unseen17 c17-apgei, unseen25 a25-yanjianggu).
    ['尊敬的梁伟发副主席，', 'salutation-comma'],
    ['尊敬的各位老师，各位家长，各位来宾，', 'salutation-comma'],
    // Closed by its colon: a school's (m.pixue.com, sample), a hospital's to its staff and patients (unseen26 a26-sichuancancer).
    ['尊敬的各位领导、来宾，老师们、同学们：', 'salutation-colon'],
    ['全体职工及患者朋友：', 'salutation-colon'],
  ])('%s', (line, id) => {
    expect(salutationLine(line)).toBe(id);
    expect(startsText(line)).toBe(true);
  });

  it.each([
    // A title that opens with 尊敬的 as its own words, and a letter's title naming its addressees.
    '致尊敬的老人们的一封信',
    '致全体家长朋友们',
    // A headline in quotation marks, a column's name, a post alone (a turn's label), a speech's genre line.
    '“十四五”规划和2035年远景目标纲要',
    '校长寄语',
    '校长：',
    '会长致辞',
    // A notice's addressees are read by their own rule, not as a salutation.
    '各县（市）、区人民政府，市人民政府各部门：',
  ])('%s is no salutation line', (line) => {
    expect(salutationLine(line)).toBeUndefined();
  });
});

describe('a salutation closed by its greeting, glued after the title', () => {
  it('cuts the title before it (ttzyw.com, sample half A)', () => {
    const line = '2017级毕业典礼致辞老师们、同学们,大家好!今天,我们在这里举行2017级毕业典礼。';
    expect(salutationOpening(line.slice('2017级毕业典礼致辞'.length))).toBe('老师们、同学们,大家好!'.length);
    expect(openingAfterTitle(line)).toBe('2017级毕业典礼致辞'.length);
  });

  it('a first sentence opening with the room\'s names and a comma is not cut', () => {
    expect(salutationOpening('同学们，今天我们在这里举行毕业典礼。')).toBeUndefined();
  });

  it('a second copy of the title and the speaker\'s line before the salutation are no addressees (unseen28 e28-wenku365)', () => {
    expect(salutationOpening('在全县防旱暨春耕生产会议上的讲话县委副书记、县政府县长XX同志们：昨天中午，我召集有关部门')).toBeUndefined();
  });
});

describe('titles the salutation reading leaves whole', () => {
  it('a main title over its occasion subtitle, then the salutation', () => {
    const lines = ['克难奋进 开拓创新 再创佳绩', '——在2013-2014学年第一学期开学典礼上的讲话', '敬爱的老师们、亲爱的同学们：大家新学年好！', '我们刚刚度过一个愉快的暑假。'];
    expect(findTitle(lines, 0)?.title).toBe('克难奋进 开拓创新 再创佳绩——在2013-2014学年第一学期开学典礼上的讲话');
  });

  it('a report\'s short headline over its first sentence', () => {
    expect(findTitle(['全市教育工作会议召开', '3月4日，全市教育工作会议召开。'], 0)?.title).toBe('全市教育工作会议召开');
  });
});


describe('the whole pipeline on the development cases', () => {
  it('unseen30/d30-hatcher-lin: the post\'s title over the salutation closed by 大家好', () => {
    const file = ingestCase('unseen30/d30-hatcher-lin');
    expect(file.data.meta.titleSource).toBe('found');
    expect(file.data.meta.title).toBe('泪洒毕业典礼');
    expect(file.messages.some((m) => m.ruleId === 'salutation-greeting')).toBe(true);
  }, 60_000);

  it('unseen17/c17-apgei: the speech\'s title over three salutation lines, a foreign name among them', () => {
    const file = ingestCase('unseen17/c17-apgei');
    expect(file.data.meta.title).toBe('王珣章主委在中美经贸圆桌会议的致辞稿');
    expect(file.messages.some((m) => m.ruleId === 'salutation-comma')).toBe(true);
  }, 60_000);

  it('unseen28/e28-wenku365: the title glued before its second copy and the salutation stays the copy', () => {
    expect(ingestCase('unseen28/e28-wenku365').data.meta.title).toBe('在全县防旱暨春耕生产会议上的讲话');
  }, 60_000);
});

// The one half-A page the rule leaves: a letter's own heading under the site's labelled headline, both ending in
// 慰问信, which no genre-word rule reads as a complete title (docs/eval.md, thirty-fifth session: titleline).
const LEFT = new Set(['tianyicha-yishi.txt']);

describe('the titleline sample, half A, through the whole pipeline', () => {
  const pages = labels.filter((l) => l.half === 'A' && !LEFT.has(l.file));
  it.each(pages.map((l) => [l.file, l.title] as const))('%s → %s', (file, title) => expectSampleTitle(dir, file, title), 60_000);
});
