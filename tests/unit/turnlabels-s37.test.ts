// The turnlabels class (thirty-seventh session): a turn's role word alone in
// brackets on its own line (【主持人】, then the host's words on the next line)
// is the interview's text, not a line of buttons; 【嘉宾】 before a name labels
// the guest's turn. The class sample (tests/fixtures/turnlabels-s37,
// labels.tsv) is nine pages of sites no evaluation set holds, labelled by hand
// from the raw page before any run; half A was read, half B only counted.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestOne } from '../../scripts/ingest/pipeline.ts';
import { isBracketedLinks } from '../../scripts/ingest/stages/chrome/rules.ts';
import { bodyBlocks } from '../../scripts/ingest/structure/body.ts';
import { parseLabel } from '../../scripts/ingest/structure/turns.ts';
import { GUEST, isLoneTurnLabel } from '../../scripts/ingest/structure/turn-labels.ts';
import { parseSeen } from '../fixtures/classify/sources.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/turnlabels-s37/${name}`, import.meta.url));

function read(name: string): { type: string | undefined; names: string[] } {
  const result = ingestOne({ path: 'turnlabels-s37/page.txt', bytes: fixture(name) });
  if (result.kind !== 'document') throw new Error(result.reason);
  return { type: result.meta.type, names: (result.meta.speakers ?? []).map((s) => s.name) };
}

describe('a role word alone in brackets labels the next line’s turn', { timeout: 60_000 }, () => {
  it('【主持人】 and 【嘉宾】 alone are turn labels; button words in brackets are not', () => {
    // zxft.jian.gov.cn (unseen29 a29-jian): 【主持人】 on its own line, the host's greeting on the next.
    expect(isLoneTurnLabel('【主持人】')).toBe(true);
    expect(isLoneTurnLabel('[主持人]')).toBe(true);
    expect(isLoneTurnLabel('【嘉宾】')).toBe(true);
    expect(isLoneTurnLabel('【打印】')).toBe(false);
    expect(isLoneTurnLabel('【主持人】各位网友,大家好!')).toBe(false);
  });

  it('chrome’s bracketed-links keeps a lone turn label and still takes the buttons', () => {
    expect(isBracketedLinks('【主持人】')).toBe(false);
    // The rule's own examples (58.18.225.91's print links, pltyw.com's forum links) still go.
    expect(isBracketedLinks('【打印文章】 【添加收藏】')).toBe(true);
    expect(isBracketedLinks('【查看完整讨论话题】 | 【用户登录】 | 【用户注册】')).toBe(true);
  });

  it('zxft.jian.gov.cn: 【主持人】 alone asks with the next line and keeps its brackets; 【嘉宾】毛江虎： answers as 毛江虎', () => {
    const blocks = bodyBlocks([
      '【主持人】',
      '各位网民朋友们，大家好！这里是吉安市人民政府网在线访谈活动的直播现场。',
      '【嘉宾】毛江虎：',
      '主持人好，线上的各位网友，大家好！今天非常高兴和大家在线交流。',
    ]);
    expect(blocks.map((b) => (b.kind === 'turn' ? `${b.role}|${b.speaker}|${b.name}` : b.kind))).toEqual(['interviewer|【主持人】|主持人', 'interviewee|【嘉宾】毛江虎|毛江虎']);
  });

  it('【嘉宾】 or [嘉宾] before a name: the label keeps the mark, the name is the guest', () => {
    expect(parseLabel('【嘉宾】毛江虎：')).toMatchObject({ label: '【嘉宾】毛江虎', name: '毛江虎', text: '' });
    expect(parseLabel('[嘉宾]毛江虎：你好。')).toMatchObject({ label: '[嘉宾]毛江虎', name: '毛江虎', text: '你好。' });
    // The mark alone before a phrase is no label: 【嘉宾】 tags no name there.
    expect(parseLabel('【嘉宾】介绍：今天的访谈')).toBeUndefined();
  });

  it('GUEST rests on examples from two sites', () => {
    expect(new Set(GUEST.map((t) => parseSeen(t.seen).site)).size).toBeGreaterThanOrEqual(2);
  });
});

describe('turnlabels sample (tests/fixtures/turnlabels-s37)', { timeout: 120_000 }, () => {
  it('finance.sixwl.com: [国务院总理 李克强]： answers the reporters; 傅莹： and 主持人： give the floor', () => {
    const got = read('a-sixwl-likeqiang-presser-interview.txt');
    expect(got.type).toBe('interview');
    expect(got.names).toEqual(['李克强']);
  });

  it.each([
    // 中国宁波网: departments answering netizens, reported; no labels.
    ['a-cnnb-fenghua-netizens-dialogue-report.txt'],
    // 吹风会 summary under 【…】 headlines, which are no turn labels.
    ['a-jrzgltzzs-report-revisions-briefing-report.txt'],
    // 部长通道 commentary; 资料图： is a caption's label.
    ['a-jiu9wang-ministers-passage-report.txt'],
    // 中新网: the premier's words quoted in the third person.
    ['b-shenduxp-likeqiang-presser-report.txt'],
    // 新华社: ministers quoted (陈宝生说).
    ['b-baogaosu-ministers-passage-report.txt'],
  ])('%s is a report without speakers', (name) => {
    const got = read(name);
    expect(got.type).toBe('report');
    expect(got.names).toEqual([]);
  });
});
