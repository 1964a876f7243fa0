// Body lines the cleaning took for chrome (twelfth session, issue 15): a
// release's signature date with its weekday, the wire's 题： line, a page's
// English version after its Chinese text. Examples written by hand from the
// pages named in the rules' comments.
import { describe, expect, it } from 'vitest';
import { ingestOne } from '../../scripts/ingest/pipeline.ts';
import { SIGNATURE_DATE } from '../../scripts/ingest/stages/chrome/credits.ts';
import { englishVersionLines } from '../../scripts/ingest/stages/chrome/rules.ts';
import { afterSignature } from '../../scripts/ingest/stages/chrome/text-end.ts';
import { readHead } from '../../scripts/ingest/structure/head.ts';

const bodyOf = (text: string) => {
  const result = ingestOne({ path: 'p.txt', bytes: new TextEncoder().encode(text) });
  if (result.kind !== 'document') throw new Error(result.reason);
  return result.blocks.map((b) => b.text);
};

describe('a signature date with its weekday in brackets', () => {
  it('is a signature date (healthbureau.gov.hk, info.gov.hk)', () => {
    expect(SIGNATURE_DATE.test('二○○三年十月二十三日(星期四)')).toBe(true);
    expect(SIGNATURE_DATE.test('2012年7月3日（星期二）')).toBe(true);
    expect(SIGNATURE_DATE.test('2016年8月18日')).toBe(true);
  });
  it('an e-paper issue date, weekday after a space, is not', () => {
    expect(SIGNATURE_DATE.test('2016年11月25日 星期五')).toBe(false);
    expect(SIGNATURE_DATE.test('2003年10月23日(星期四)上午')).toBe(false);
  });
  it('a bare date or clock time after it is the page stamp; a sentence is not', () => {
    const lines = ['三地卫生高层联席会议的首届会议于去年六月四日至六日在北京举行。', '二○○三年十月二十三日（星期四）', '2019年4月12日', '香港时间20时46分', '323', '相关新闻：卫生局局长出席会议。'];
    expect(afterSignature(lines, 1)).toEqual([2, 3, 4]);
  });
  it('stays at the end of a release, and the stamp after it goes', () => {
    const body = bodyOf(
      '卫生福利及食物局局长将率领代表团出席在澳门举行的第二届三地卫生高层联席会议，交换意见和分享经验。\n\n三地将于为期两天的会议讨论多个课题，包括传染病控制的整体策略和中医药方面的交流。\n\n二○○三年十月二十三日(星期四)\n\n2019年4月12日\n',
    );
    expect(body.at(-1)).toBe('二○○三年十月二十三日（星期四）');
    expect(body.join('\n')).not.toContain('2019年4月12日');
  });
});

describe("the wire's dateline with 题： under the headline", () => {
  it('opens the text, though it prints the title (news.fjsen.com)', () => {
    const title = '诚答家国事 通达百姓心——12位国务院部门负责人亮相“两会部长通道”再掀高潮';
    const lines = [title, '新华社北京3月12日电 题：诚答家国事 通达百姓心——12位国务院部门负责人亮相“两会部长通道”再掀高潮', '“以前是记者等部长，现在是部长等记者。”3月12日上午8点，人民大会堂北大厅。'];
    const { head, next } = readHead(lines, 1, title);
    expect(head).toEqual([]);
    expect(next).toBe(1);
  });
  it('in Chinese numerals too (a chinanews mirror)', () => {
    const title = '两会采风：新闻大战上演 老记寒风中苦等代表';
    const lines = [title, '中新社北京三月五日电 题：老记寒风中苦等代表', '一场春雨加春雪之后，北京今天阳光灿烂，碧空如洗。'];
    expect(readHead(lines, 1, title).next).toBe(1);
  });
  it('a plain copy of the title is still the title printed again', () => {
    const title = '诚答家国事 通达百姓心';
    const { head } = readHead([title, '诚答家国事 通达百姓心', '正文第一句，记者在人民大会堂北大厅看到。'], 1, title);
    expect(head.map((h) => h.kind)).toEqual(['repeat']);
  });
});

describe("a page's English version after its text", () => {
  const cdsj5 = [
    '最后，毕业生代表致谢词后，胡校长为毕业典礼划上圆满句号。',
    '',
    'Due to the COVID-19 situation, the Graduation Ceremony for Senior High Section was different from the previous year in arrangement. All teachers and students had to wear masks.',
    '',
    'Both ceremonies started with saying a prayer and singing the school anthem, followed by an opening speech delivered by Principal Wu.',
  ];
  it('is a run of two or more English paragraphs (www.cdsj5.edu.mo)', () => {
    expect([...englishVersionLines(cdsj5, 0)]).toEqual([2, 4]);
  });
  it('a list after its lead-in counts (wp.kaoyip.edu.mo)', () => {
    const lines = [
      '全体师生庄严高歌，拉开了大会的序幕。',
      'The school also arranged a variety of educational activities in combination with curriculum from November to December as follows:',
      '- Story sharing: Students were required to collect the stories and the poems about Macao which need to be recited among the students.',
    ];
    expect([...englishVersionLines(lines, 0)]).toEqual([1, 2]);
  });
  it("one block after a periodical's excerpt is not (ppdoc.com)", () => {
    const lines = ['围场满族蒙古族自治县位于我省最北部的坝上山区。', 'Weichang Manchu and Mongolian Autonomous County is located in the most northern Bashang mountains, was a national poverty-stricken counties. Here beautiful mountains and rivers, simple folk customs.'];
    expect(englishVersionLines(lines, 0).size).toBe(0);
  });
  it('is kept as text', () => {
    const body = bodyOf(['本校于日前举行了高中毕业典礼，是次毕业典礼在安排上有别于往年，典礼中师生亦需全程配戴口罩。', '', '两场毕业礼皆由祈祷和唱校歌拉开了序幕，胡校长在致词时为毕业生送上祝福。', ...cdsj5.slice(1)].join('\n') + '\n');
    expect(body.filter((t) => /^(?:Due|Both) /u.test(t))).toHaveLength(2);
  });
});
