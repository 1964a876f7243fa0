// The title chooser's candidates and features (scripts/eval/title-candidates.ts, title-features.ts): what the
// measurement of the twenty-seventh session read. Hand-written pages and expected values.
import { describe, expect, it } from 'vitest';
import { cleaningStages, createFile } from '../../scripts/ingest/pipeline.ts';
import { titleCandidates } from '../../scripts/eval/title-candidates.ts';
import { TITLE_FEATURES, candidateRow, nullRow, type TitlePage } from '../../scripts/eval/title-features.ts';

const names = (row: { index: number[] }) => row.index.map((k) => TITLE_FEATURES[k]);
const page = (over: Partial<TitlePage>): TitlePage => ({ head: [], textAt: 0, siteNames: [], before: [], candidates: [], rules: null, ...over });

// The first ingest loads the stages' vocabularies: seconds on a loaded machine.
describe('title candidates', { timeout: 60_000 }, () => {
  it('reads the lines above the first sentence, as printed and cleaned, and stops at the sentence', () => {
    const text = ['县长在全县林业工作推进会议上的讲话', '（2023年3月1日）', '同志们：', '今天，我们在这里召开全县林业工作推进会议，主要任务是部署今年的重点工作。', '一、认清形势。林业工作事关全局。'].join('\n');
    const file = createFile({ path: 'raw.txt', bytes: new TextEncoder().encode(text) });
    for (const stage of cleaningStages) stage(file);
    const found = titleCandidates(file);
    expect(found.head[found.textAt]).toBe('同志们：');
    const title = found.candidates.find((c) => c.text === '县长在全县林业工作推进会议上的讲话');
    expect(title?.at).toBe(0);
    expect(title?.origins).toContain('line');
    expect(found.candidates.some((c) => c.text.startsWith('今天'))).toBe(false);
  });

  it('offers a headline glued to the first sentence', () => {
    const text = ['我县召开2011年三秋工作动员会 9月21日上午，我县召开2011年三秋工作动员会，县委书记出席会议。', '会上，副县长对三秋工作进行了安排部署。'].join('\n');
    const file = createFile({ path: 'raw.txt', bytes: new TextEncoder().encode(text) });
    for (const stage of cleaningStages) stage(file);
    expect(titleCandidates(file).candidates.find((c) => c.origins.includes('glued'))?.text).toBe('我县召开2011年三秋工作动员会');
  });
});

describe('title features', () => {
  const head = ['首页 > 领导讲话', '县长在全县林业工作推进会议上的讲话', '同志们：'];
  const p = page({ head, textAt: 2, rules: '县长在全县林业工作推进会议上的讲话' });

  it('reads position, length, genre and post of a title line right above the text', () => {
    const row = names(candidateRow(p, { text: head[1]!, at: 1, origins: ['line', 'rules'] }));
    expect(row).toEqual(expect.arrayContaining(['from:line', 'rules', 'at:aboveText', 'len:12-24', 'genreEnd', 'genre:speech', 'post', 'titleLike']));
    expect(row).not.toContain('at:first');
    expect(row).not.toContain('sentenceEnd');
  });

  it("marks a document site's word, a date, and a part of the rules' title", () => {
    expect(names(candidateRow(p, { text: '全县林业工作推进会议讲话范文下载', at: -1, origins: ['page'] }))).toEqual(expect.arrayContaining(['docSite', 'onlyPage']));
    expect(names(candidateRow(p, { text: '2023年3月1日', at: -1, origins: ['page'] }))).toEqual(expect.arrayContaining(['date', 'yearLead', 'len:6-11']));
    expect(names(candidateRow(p, { text: '全县林业工作推进会议上的讲话', at: -1, origins: ['part'] }))).toContain('insideRules');
  });

  it("gives the null option what speaks for it: no title-like line above the text, and a name-and-post line chosen by the rules", () => {
    expect(names(nullRow(page({ head: ['今天，我们召开会议。'], textAt: 0, rules: null })))).toEqual(['null', 'null:noHeadLines', 'null:rulesNull', 'null:noTitleLike']);
    const row = names(nullRow(page({ head: ['湖南日报社党组书记、社长 姜协军', '同志们：'], textAt: 1, rules: '湖南日报社党组书记、社长 姜协军' })));
    expect(row).toEqual(expect.arrayContaining(['null', 'null:oneHeadLine', 'null:rulesPost', 'null:rulesNoGenre']));
    expect(row).not.toContain('null:rulesNull');
  });
});
