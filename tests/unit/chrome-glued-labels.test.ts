// Info lines whose labels are glued to the previous value (张三来源:…发布时间:…):
// inside a line that is an info line by its shape every label is read, so
// the source, the authors and the page's date are not lost with the line;
// a sentence that holds a label word and a colon is never read as fields.
// Lines are from real pages (site named beside each); expected values are
// read off the lines by hand.
import { describe, expect, it } from 'vitest';
import { ingestOne } from '../../scripts/ingest/pipeline.ts';
import { collectCandidates, labelledFields, ROLE_WORD } from '../../scripts/ingest/stages/chrome/labels.ts';
import type { Candidates } from '../../scripts/ingest/types.ts';

function candidatesOf(line: string): Candidates {
  const candidates: Candidates = {};
  collectCandidates(line, candidates);
  return candidates;
}

const pairs = (line: string) => labelledFields(line).map(({ label, value }) => [label, value]);

describe('glued labels in an info line', () => {
  it('reads every label of a line with no separators (news.ouc.edu.cn)', () => {
    const line = '作者:王文宁 李巍来源:蓝晴发布时间:2023-04-24';
    expect(pairs(line)).toEqual([
      ['作者', '王文宁 李巍'],
      ['来源', '蓝晴'],
      ['发布时间', '2023-04-24'],
    ]);
    expect(candidatesOf(line)).toEqual({ authors: ['王文宁', '李巍'], source: '蓝晴', published: '2023-04-24' });
  });

  it('reads a label glued after an empty one (news.wtu.edu.cn 阅读:发布时间:)', () => {
    const line = '通讯员:胡海岩来源:北京理工大学 阅读:发布时间:2012-08-18审稿:';
    expect(candidatesOf(line)).toEqual({ authors: ['胡海岩'], source: '北京理工大学', published: '2012-08-18' });
  });

  it('leaves every value of a line of empty labels empty (tpdab.com)', () => {
    expect(pairs('来源:作者:点击:')).toEqual([
      ['来源', ''],
      ['作者', ''],
      ['点击', ''],
    ]);
    expect(candidatesOf('来源:作者:点击:')).toEqual({});
  });

  it("reads a label glued after a sharing site's control, whose placeholder names nobody (xiexiebang.com)", () => {
    const line = '时间:2019-05-14 10:45:55下载本文作者:会员上传';
    expect(pairs(line).map(([label]) => label)).toEqual(['时间', '作者']);
    expect(candidatesOf(line)).toEqual({ published: '2019-05-14 10:45:55' });
  });

  it('keeps the longest label where a shorter one ends it (点击数 not 点击, 发布时间 not 时间)', () => {
    // suichang education bureau: an empty 点击数 took the space before 发布时间 with it.
    const line = '作者:jck 文章来源:遂昌教育局 点击数: 发布时间:2015-12-03 字体:';
    expect(pairs(line).map(([label]) => label)).toEqual(['作者', '文章来源', '点击数', '发布时间', '字体']);
    expect(candidatesOf(line).published).toBe('2015-12-03');
    expect(candidatesOf(line).source).toBe('遂昌教育局');
  });

  it('reads a label after a printed time as before (jcivt.edu.cn)', () => {
    expect(pairs('发布时间:2025-12-18 19:00:23浏览次数:0')).toEqual([
      ['发布时间', '2025-12-18 19:00:23'],
      ['浏览次数', '0'],
    ]);
  });

  it('a stamp glued after a name is no part of the name', () => {
    // The shape of a source printed straight before the stamp, written by hand.
    expect(candidatesOf('来源:求是网2020-07-04 12:10')).toEqual({ source: '求是网', published: '2020-07-04 12:10' });
  });
});

describe('sentences are not info lines', () => {
  it('a label word and a colon inside a sentence give no fields (cl2000.com, eastday.com)', () => {
    expect(labelledFields('2、初试时间：2004年3月底、4月初，我院寄发准考证时通知具体时间。')).toEqual([]);
    expect(labelledFields('服务时间：周二至周日及国定节假日9：00-17：00')).toEqual([]);
  });

  it('a line opening on a label but holding a sentence reads no glued label', () => {
    // www.gov.cn interview turn: 时间 inside the sentence is not a field.
    const turn = '主持人：总理，在访谈预告发出后几个小时的时间里，网民的提问源源不断涌进来。';
    expect(labelledFields(turn)).toEqual([]);
    // Written by hand: a turn opening on a label, a label word and a colon later in its sentence.
    const glued = '记者：会议指出，来源：不明的资金要逐笔查清。';
    expect(labelledFields(glued).map(({ label }) => label)).toEqual(['记者']);
  });
});

describe('role words are not names', () => {
  it("a newsroom's role before the name is a role (news.qust.edu.cn 学通社记者, edu.youth.cn 中国青年网通讯员)", () => {
    expect(ROLE_WORD.test('学通社记者')).toBe(true);
    expect(ROLE_WORD.test('中国青年网通讯员')).toBe(true);
    expect(ROLE_WORD.test('本报记者')).toBe(true);
    expect(ROLE_WORD.test('周敏')).toBe(false);
    expect(candidatesOf('作者:学生通讯员 张三来源:新闻中心发布时间:2019-09-10浏览次数:2828')).toEqual({
      authors: ['张三'],
      source: '新闻中心',
      published: '2019-09-10',
    });
  });
});

describe("a glued info line's fields reach the document", () => {
  const ingest = (text: string) => {
    const result = ingestOne({ path: 'page.txt', bytes: new TextEncoder().encode(text) });
    if (!('meta' in result)) throw new Error('not ingested');
    return result.meta;
  };

  it("an essay with no date of its own takes the page's date (news.wtu.edu.cn)", () => {
    const meta = ingest(
      [
        '大学之道(二十八)系统科学视角下的中国大学发展',
        '',
        '通讯员:胡海岩来源:北京理工大学 阅读:发布时间:2012-08-18审稿:',
        '',
        '系统科学是顺应科学研究的整体化趋势发展起来的综合性学科,其分支包括系统论、控制论、信息论、协同论、耗散结构论和超循环理论等。系统科学认为,世界上任何对象、过程都可以视作由不同部分(子系统、分系统)的有序结合组成的整体。',
        '',
        '上世纪70年代末以来,在钱学森先生倡导下,我国一批学者基于系统科学思想研究中国高等教育的发展和改革问题,提出了一些重要概念和建议;若干高等教育管理者基于系统科学思想探索中国高等教育的改革,取得了一些成效。',
        '',
      ].join('\n'),
    );
    expect(meta.date).toBe('2012-08-18');
    expect(meta.dateKind).toBe('published');
    expect(meta.source?.name).toBe('北京理工大学');
    expect(meta.source?.authors).toEqual(['胡海岩']);
  });

  it('a university news page keeps its date and clean names (news.ouc.edu.cn)', () => {
    const meta = ingest(
      [
        '大学生记者站丨青岛市广播电视台大学生通讯员站首批8所高校揭牌',
        '',
        '作者:王文宁 李巍来源:蓝晴发布时间:2023-04-24',
        '',
        '字体:',
        '',
        '“须知少时凌云志,曾许人间第一流”,青春年少的时光,风华正茂的样子,是大学校园里最美的风景。活动现场,创意秀《我的大学》短视频将大学的美景尽情展示,8名高校学生代表登台,用青春的话语描绘对学校的热爱。',
        '',
      ].join('\n'),
    );
    expect(meta.date).toBe('2023-04-24');
    expect(meta.dateKind).toBe('published');
    expect(meta.source?.authors).toEqual(['王文宁', '李巍']);
  });
});
