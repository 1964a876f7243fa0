// Chrome at the body's edges, the edge model's page features (thirty-third
// session, edgefeat). The class sample: 11 pages of 11 sites no evaluation set
// holds, stored page texts from the pages corpus, their chrome strings, body
// and fields written by hand from the raw before any run (NOTE.md of each says
// why). Half A (tests/fixtures/edges-s33a) was read; half B
// (tests/fixtures/edges-s33b) is only counted with
// `npm run eval -- --cases tests/fixtures/edges-s33b`, so here it is only
// checked for being well formed. Neither is among the edge model's fitted rows.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleaningStages, createFile } from '../../scripts/ingest/pipeline.ts';
import { HEAD_KEEPS, datedHeadLine, headKept, peelEdges, peelable, peeledLines } from '../../scripts/ingest/stages/edges.ts';
import { linesSeen } from '../fixtures/chrome/sources.ts';

const squeeze = (text: string) => text.normalize('NFKC').replace(/\s+/gu, '');

function sample(half: 'A' | 'B') {
  const folder = half === 'A' ? 'edges-s33a' : 'edges-s33b';
  const root = new URL(`../fixtures/${folder}/`, import.meta.url);
  return readdirSync(root).map((slug) => {
    const dir = new URL(`${slug}/`, root);
    const meta = JSON.parse(readFileSync(new URL('meta.json', dir), 'utf8'));
    const note = existsSync(new URL('NOTE.md', dir)) ? readFileSync(new URL('NOTE.md', dir), 'utf8') : '';
    const lines = readFileSync(new URL('expected.txt', dir), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
    const body = lines.filter((l) => !l.startsWith('# '));
    return { slug, meta, note, body, raw: readFileSync(new URL('raw.txt', dir)) };
  });
}

/** The page's text after every cleaning stage, the edge peel included. */
function cleaned(raw: Uint8Array): string {
  const file = createFile({ path: 'raw.txt', bytes: raw });
  for (const stage of cleaningStages) stage(file);
  return String(file.value);
}

describe('the edgefeat sample, half A, through the cleaning stages', { timeout: 120_000 }, () => {
  it.each(sample('A').map((c) => [c.slug, c] as const))('%s keeps every body line and loses its edge chrome', (_slug, c) => {
    const text = squeeze(cleaned(c.raw));
    for (const line of c.body) expect(text).toContain(squeeze(line));
  });

  it('the search box and channel label above yiding168\'s headline and the browser prompt under its text go', () => {
    const c = sample('A').find((s) => s.slug === 'yiding168-edgefeat-s33-report')!;
    const text = cleaned(c.raw);
    for (const chrome of ['请输入搜索词', '党建动态', '请升级浏览器版本', 'sogou']) expect(text).not.toContain(chrome);
  });
});

describe('the edgefeat sample is well formed', () => {
  it.each([...sample('A'), ...sample('B')].map((c) => [c.slug, c] as const))('%s: a source, a reason, no chrome string in its body', (_slug, c) => {
    expect(c.meta.url).toMatch(/^https?:\/\//u);
    expect(c.meta.origin).toBe(`pages:${c.meta.url}`);
    expect(c.note).toMatch(/half [AB]/u);
    expect(c.note).toMatch(/labelled by hand from the raw before any run: \S/u);
    const body = squeeze(c.body.join('\n'));
    for (const piece of c.meta.chrome as string[]) expect(body).not.toContain(squeeze(piece));
  });

  it('has six pages in half A and five in half B, eleven sites', () => {
    const all = [...sample('A'), ...sample('B')];
    expect(sample('A')).toHaveLength(6);
    expect(sample('B')).toHaveLength(5);
    expect(new Set(all.map((c) => c.meta.site)).size).toBe(11);
  });
});

describe('a head line opening with a full date is the dates stage\'s (date-opener)', () => {
  it.each([
    ['www.hanbin.gov.cn, unseen u2-hanbin', '2025年3月21日在汉滨区第十九届'],
    ['news.cnhubei.com, cases c3a-hubei-high-court-work-report', '2023年1月14日在湖北省第十四届人民代表大会第一次会议上'],
  ])('%s: %s is never peeled at the head', (_seen, line) => {
    expect(datedHeadLine(line)).toBe(true);
    expect(peelable(line, 'head')).toBe(false);
  });

  it('a sentence that only mentions a date later is not a date opener', () => {
    expect(datedHeadLine('• 艺术人文')).toBe(false);
  });
});

describe('the head peel stops at the title the structure stage will choose', () => {
  // A short headline the model reads as a menu item (unseen12 zy234: 慰问信), under a menu (unseen19 jinghaimedia's items).
  const lines = ['• 艺术人文', '• 两岸国际', '• 交通产经', '慰问信', '全县广大教师：', '值此第三十个教师节到来之际，县委、县政府向全县广大教师致以节日的问候和崇高的敬意！'];
  it('without the title the peel takes the headline with the menu', () => {
    expect([...peeledLines(lines).keys()].sort()).toEqual([0, 1, 2, 3]);
  });

  it('with it the peel takes the menu and keeps the headline', () => {
    expect([...peeledLines(lines, 3).keys()].sort()).toEqual([0, 1, 2]);
  });
});

describe('head lines the peel keeps (HEAD_KEEPS), on the pages their examples were seen', { timeout: 120_000 }, () => {
  it.each(HEAD_KEEPS.flatMap((row) => row.examples.map(([line, seen]) => [row.id, seen, line] as const)))('%s keeps a line of %s', (id, seen, line) => {
    const lines = linesSeen(seen, peelEdges).filter((l) => l !== '');
    const i = lines.indexOf(line);
    expect(i, line).toBeGreaterThanOrEqual(0);
    expect(headKept(line, lines[i + 1])).toBe(id);
  });

  it('a label over another short line is no label over the text (搜索： over a menu)', () => {
    expect(headKept('搜索：', '• 艺术人文')).toBeUndefined();
  });
});
