// A one-file ingest over the kept state (the kept index of the cache's
// entries, the sites' plans with their counts, what the last run wrote) gives
// what a full ingest of the same input gives, file by file and in the report:
// after a site's member changes (its learned-template plan made again), a
// repost's copy changes, a file is deleted and one added, a written document
// is edited by hand, and the kept index is damaged.
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/bench/corpus.ts';
import { loadSeedPool } from '../../scripts/bench/seeds.ts';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'ingest-oneingest-'));
const raw = path.join(work, 'raw');
const cache = path.join(work, 'cache');
const kept = path.join(work, 'kept');
afterAll(() => rmSync(work, { recursive: true, force: true }));

// A county site whose reports end in its two template lines (learned across its files).
const TEMPLATE = ['廉洁清风 护航发展', '县纪委监委宣传部 制作'];
const REPORTS = [
  ['县纪委监委召开专题会议', '3月5日，县纪委监委召开专题会议，传达学习上级会议精神，要求全体干部把纪律和规矩挺在前面。', '会议强调，要坚持问题导向，聚焦群众身边的不正之风和腐败问题，持续开展专项整治，以实际成效取信于民。'],
  ['县纪委监委开展廉政教育活动', '4月12日，县纪委监委组织党员干部赴廉政教育基地参观学习，筑牢拒腐防变思想防线。', '活动中，大家重温入党誓词，观看警示教育片，纷纷表示要以案为鉴、以案促改，做到警钟长鸣。'],
  ['县纪委监委督查节日期间作风建设', '5月1日前后，县纪委监委派出督查组，对节日期间作风建设情况开展明察暗访，督促各单位落实要求。', '督查组重点检查公车私用、违规吃喝等问题，对发现的问题当场反馈、限期整改，形成有力震慑。'],
  ['县纪委监委举办业务培训班', '6月8日，县纪委监委举办纪检监察干部业务培训班，邀请专家授课，要求学员提升履职能力。', '培训围绕监督检查、审查调查、案件审理等内容展开，参训人员表示收获很大，将把所学运用到实际工作中。'],
];
const SENTENCE = '会议要求，各单位要把这次会议精神传达到每一名党员干部，确保各项任务落到实处。\n';

beforeAll(() => {
  writeCorpus(raw, loadSeedPool(path.join(root, 'content/raw')), 40, 2);
  cpSync(path.join(root, 'content/raw'), raw, { recursive: true });
  mkdirSync(path.join(raw, 'qingfeng-county'));
  REPORTS.forEach((lines, i) => writeFileSync(path.join(raw, `qingfeng-county/${i}.txt`), [...lines, ...TEMPLATE].join('\n') + '\n'));
  mkdirSync(path.join(work, 'no-overrides'));
}, 120_000);

let runs = 0;
function ingest(output: string, extra: string[]) {
  const result = spawnSync(process.execPath, ['scripts/ingest/cli.ts', '--input', raw, '--output', output, '--report', `${output}.report.json`, '--overrides', path.join(work, 'no-overrides'), '--quiet', ...extra], {
    cwd: root,
    env: { ...process.env, INGEST_CACHE_DIR: cache },
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  return { report: readFileSync(`${output}.report.json`, 'utf8'), summary: result.stdout };
}
/** name → content of every file of a folder. */
const contents = (dir: string) => Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]));

/** The kept folder ingested again over the cache, and the same input ingested whole without it: the same files and report. */
function expectSameAsFull(step: string) {
  const again = ingest(kept, []);
  const full = path.join(work, `full-${++runs}`);
  const whole = ingest(full, ['--no-cache']);
  expect(contents(kept), step).toEqual(contents(full));
  expect(again.report, step).toBe(whole.report);
  return again;
}

describe('the one-file ingest over the kept state', () => {
  it('equals a full ingest of the same input after each change', { timeout: 600_000 }, () => {
    const first = ingest(kept, []);
    expect(first.report).toMatch(/"merged": \[\n\s+\{/);
    expect(first.report).toContain('廉洁清风 护航发展');
    const [version] = readdirSync(cache);
    const state = path.join(cache, version!);
    expect(existsSync(path.join(state, 'kept.jsonl'))).toBe(true);
    expect(existsSync(path.join(state, 'written.json'))).toBe(true);

    // A member of the county site: its plan is made again, every other file's result is taken as known.
    appendFileSync(path.join(raw, 'qingfeng-county/1.txt'), SENTENCE);
    expect(expectSameAsFull('a site member changed').summary).toMatch(/\(1 written, 1 removed\)/);

    // A repost's copy (the report names it merged): its cluster's representative is made again.
    const report = JSON.parse(first.report) as { merged: { path: string }[] };
    const copy = report.merged[0]!.path;
    appendFileSync(path.join(raw, copy), copy.endsWith('.html') ? '<p>会议要求，各单位抓好落实。</p>\n' : SENTENCE);
    expectSameAsFull('a repost changed');

    // One file deleted and one added.
    const gone = readdirSync(raw).filter((n) => n.endsWith('.txt'))[3]!;
    rmSync(path.join(raw, gone));
    writeFileSync(path.join(raw, 'qingfeng-county/4.txt'), [...REPORTS[0]!.slice(0, 1), '8月9日，县纪委监委召开警示教育大会，要求党员干部严守纪律。', ...TEMPLATE].join('\n') + '\n');
    expectSameAsFull('a file deleted and one added');

    // A written document edited by hand: nothing changed in the input, and the run writes it again.
    const mdx = readdirSync(kept).find((n) => n.endsWith('.mdx'))!;
    writeFileSync(path.join(kept, mdx), readFileSync(path.join(kept, mdx), 'utf8').replace(/.$/su, 'X'));
    expect(expectSameAsFull('a document edited by hand').summary).toMatch(/\(1 written, 0 removed\)/);

    // The kept index damaged (every entry's length wrong): each result is parsed as before it was kept.
    const index = path.join(state, 'kept.jsonl');
    writeFileSync(index, readFileSync(index, 'utf8').replaceAll('{"bytes":', '{"bytes":1'));
    appendFileSync(path.join(raw, 'qingfeng-county/2.txt'), SENTENCE);
    expectSameAsFull('the kept index damaged');
    // And what the last run wrote, lost: every document is compared.
    rmSync(path.join(state, 'written.json'));
    appendFileSync(path.join(raw, 'qingfeng-county/3.txt'), SENTENCE);
    expectSameAsFull('the written state lost');
  });
});
