// The interviewee class sample (thirty-third session): interviews whose turns
// are labelled with the interviewee's bare name against a 主持人: label, and
// reports that quote officials in the third person (controls: no speakers).
// Six pages of sites no evaluation set holds (tests/fixtures/interviewee-s33,
// labels.tsv), labelled by hand from the raw page before any run; each runs
// whole through the pipeline. Half A was read, half B only counted.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestOne } from '../../scripts/ingest/pipeline.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/interviewee-s33/${name}`, import.meta.url));

function read(name: string): { type: string | undefined; names: string[] } {
  const result = ingestOne({ path: 'interviewee-s33/page.txt', bytes: fixture(name) });
  if (result.kind !== 'document') throw new Error(result.reason);
  return { type: result.meta.type, names: (result.meta.speakers ?? []).map((s) => s.name) };
}

describe('name-labelled turns answering a host (interviewee-s33 sample)', { timeout: 120_000 }, () => {
  it('media.news.sohu.com: the guests answering under their bare names are the interviewees, the host is not', () => {
    // 主持人: asks; 侯汉敏: and 汪星民: answer. The page's copy stops before the third guest (吴建民) speaks.
    const got = read('a-sohu-xinwenhuiketing-interview.txt');
    expect(got.type).toBe('interview');
    expect(got.names).toEqual(expect.arrayContaining(['汪星民', '侯汉敏']));
    expect(got.names).not.toContain('主持人');
  });

  it('media.people.com.cn: 温宪: answers 主持人: in the 访谈文字实录', () => {
    const got = read('b-people-wenxian-interview.txt');
    expect(got.type).toBe('interview');
    expect(got.names).toEqual(['温宪']);
  });
});

describe('reports quoting officials name no speaker (interviewee-s33 controls)', { timeout: 120_000 }, () => {
  it.each([
    // 中新网: 温家宝说… and “…”温家宝说 about his online interviews, no turn labels.
    ['a-cj8820-wen-netizens-report.txt', 'report'],
    // 会议认为/会议指出: the governor 赵克志 only chairs the meeting.
    ['a-iruorou-guizhou-standing-meeting-report.txt', 'report'],
    // 闽南网: 鐘興國: and 胡志強: open section headings over remarks reported in the third person.
    ['b-xbkwei-huzhiqiang-xiamen-report.txt', 'report'],
  ])('%s is a %s without speakers', (name, type) => {
    const got = read(name);
    expect(got.type).toBe(type);
    expect(got.names).toEqual([]);
  });

  it('www.scds.org.cn: a signed history essay carries nobody’s own words', () => {
    expect(read('b-scds-shixiangzi-meeting-article.txt').names).toEqual([]);
  });
});
