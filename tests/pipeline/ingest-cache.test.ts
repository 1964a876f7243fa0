// The per-file result cache and the worker pool of ingest: whichever way each
// result was obtained — from the cache, from one worker or from several — the
// output is byte for byte the same; a changed raw file, a damaged entry and a
// changed pipeline are misses.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/bench/corpus.ts';
import { loadSeedPool } from '../../scripts/bench/seeds.ts';
import { cacheKey, pipelineVersion, ResultCache } from '../../scripts/ingest/cache.ts';
import { ingestOne } from '../../scripts/ingest/pipeline.ts';
import { IngestPool } from '../../scripts/ingest/pool.ts';
import { planLearnedBoilerplate, render } from '../../scripts/ingest/boilerplate.ts';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'ingest-cache-'));
const raw = path.join(work, 'raw');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The sample corpus plus generated documents: both formats, GB18030, traditional script and three reposts. */
beforeAll(() => {
  writeCorpus(raw, loadSeedPool(path.join(root, 'content/raw')), 24, 2);
  cpSync(path.join(root, 'content/raw'), raw, { recursive: true });
}, 120_000);

let runs = 0;

/** Ingests `input` into a fresh folder; returns the folder, its report and the summary line. */
function ingest(input: string, cache: string, extra: string[] = [], output = path.join(work, `out-${++runs}`)) {
  const result = spawnSync(process.execPath, ['scripts/ingest/cli.ts', '--input', input, '--output', output, '--report', `${output}.report.json`, '--quiet', ...extra], {
    cwd: root,
    env: { ...process.env, INGEST_CACHE_DIR: cache },
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  return { output, report: readFileSync(`${output}.report.json`, 'utf8'), summary: result.stdout };
}

/** name → content of every document. */
const contents = (dir: string) => Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]));
/** name → [content, mtime]. */
const snapshot = (dir: string) => Object.fromEntries(readdirSync(dir).map((name) => [name, [readFileSync(path.join(dir, name), 'utf8'), statSync(path.join(dir, name)).mtimeMs]]));
/** The cache file of the one version folder under `cache`, and its entry lines. */
function entries(cache: string) {
  const [version] = readdirSync(cache);
  const file = path.join(cache, version!, 'results.jsonl');
  return { file, lines: readFileSync(file, 'utf8').trimEnd().split('\n') };
}

describe('ingest with the result cache and worker pool', () => {
  it('gives byte-identical documents and report uncached, cached, with one worker and with two', { timeout: 300_000 }, () => {
    const cache = path.join(work, 'cache-identical');
    const inputs = readdirSync(raw).length;
    const reference = ingest(raw, cache, ['--no-cache', '--jobs', '1']);
    expect(existsSync(cache)).toBe(false);
    expect(reference.report).toMatch(/"merged": \[\n\s+\{/);
    const variants = {
      'no cache, 2 workers': ingest(raw, cache, ['--no-cache', '--jobs', '2']),
      'cold cache, 1 worker': ingest(raw, cache, ['--jobs', '1']),
      'warm cache': ingest(raw, cache, ['--jobs', '2']),
    };
    expect(variants['cold cache, 1 worker'].summary).toContain(`(0 from the cache, ${inputs} through the pipeline`);
    expect(variants['warm cache'].summary).toContain(`(${inputs} from the cache, 0 through the pipeline`);
    expect(entries(cache).lines).toHaveLength(inputs);
    const documents = contents(reference.output);
    for (const [name, run] of Object.entries(variants)) {
      expect(contents(run.output), name).toEqual(documents);
      expect(run.report, name).toBe(reference.report);
    }
  });

  it('runs a changed raw file through the pipeline again and changes only its document', { timeout: 180_000 }, () => {
    const cache = path.join(work, 'cache-changed');
    const input = path.join(work, 'raw-changed');
    cpSync(raw, input, { recursive: true });
    const output = path.join(work, 'out-changed');
    ingest(input, cache, [], output);
    const before = snapshot(output);
    const changed = readdirSync(input).find((name) => name.startsWith('000_'))!;
    writeFileSync(path.join(input, changed), readFileSync(path.join(input, changed), 'utf8') + '会议要求，各单位要把这次会议精神传达到每一名党员干部。\n');
    const again = ingest(input, cache, [], output);
    expect(again.summary).toContain(`(${readdirSync(input).length - 1} from the cache, 1 through the pipeline`);
    const after = snapshot(output);
    // Only MDX files: each has its paragraph record beside it, which goes and comes with it.
    const gone = Object.keys(before).filter((name) => !(name in after));
    const added = Object.keys(after).filter((name) => !(name in before)).sort();
    // The id is the raw file's hash, so the changed document is a new pair of files replacing the old one.
    expect(gone.sort()).toEqual([gone[0]!, gone[0]!.replace(/\.mdx$/, '.paragraphs.json')]);
    expect(added).toEqual([added[0]!, added[0]!.replace(/\.mdx$/, '.paragraphs.json')]);
    for (const [name, value] of Object.entries(after)) if (!added.includes(name)) expect(value, name).toEqual(before[name]);
    expect(after[added[0]!]![0]).toContain(`path: ${changed}`);
  });

  it('treats a damaged or unreadable cache entry as a miss and replaces it', { timeout: 180_000 }, () => {
    const cache = path.join(work, 'cache-damaged');
    const first = ingest(raw, cache);
    const { file, lines } = entries(cache);
    const [truncated, garbage, wrongShape, ...rest] = lines;
    const key = (line: string) => line.slice(0, 64);
    writeFileSync(file, [truncated!.slice(0, 100), `${key(garbage!)}\t\u0000\u0001 not json`, `${key(wrongShape!)}\t${JSON.stringify({ kind: 'document', path: 'elsewhere.txt' })}`, ...rest].join('\n') + '\n');
    const again = ingest(raw, cache);
    expect(again.summary).toContain(`(${readdirSync(raw).length - 3} from the cache, 3 through the pipeline`);
    expect(contents(again.output)).toEqual(contents(first.output));
    expect(ingest(raw, cache).summary).toContain(`(${readdirSync(raw).length} from the cache, 0 through the pipeline`);
  });
});

describe('pipelineVersion', () => {
  it('changes when any pipeline or shared core source file or the installed packages change', () => {
    const sources = [path.join(work, 'sources/ingest'), path.join(work, 'sources/core')];
    cpSync(path.join(root, 'scripts/ingest'), sources[0]!, { recursive: true });
    cpSync(path.join(root, 'core'), sources[1]!, { recursive: true });
    const lock = path.join(work, 'lock.json');
    writeFileSync(lock, '{"packages":{"node_modules/opencc-js":{"version":"1.4.2"}}}');
    const version = pipelineVersion(sources, [lock]);
    expect(pipelineVersion(sources, [lock])).toBe(version);
    const stage = path.join(sources[0]!, 'stages/normalize.ts');
    writeFileSync(stage, readFileSync(stage, 'utf8') + '\n// a comment is a change too\n');
    const edited = pipelineVersion(sources, [lock]);
    expect(edited).not.toBe(version);
    const schema = path.join(sources[1]!, 'schema.ts');
    writeFileSync(schema, readFileSync(schema, 'utf8') + '\n// the contract changed\n');
    const contract = pipelineVersion(sources, [lock]);
    expect(contract).not.toBe(edited);
    writeFileSync(lock, '{"packages":{"node_modules/opencc-js":{"version":"1.4.3"}}}');
    expect(pipelineVersion(sources, [lock])).not.toBe(contract);
  });

  it('keeps the entries of another version out of reach, and removes them', async () => {
    const dir = path.join(work, 'cache-versions');
    const input = { path: '001.txt', bytes: readFileSync(path.join(raw, readdirSync(raw).find((n) => n.startsWith('001_'))!)) };
    const key = cacheKey(input.path, 'same bytes');
    const old = new ResultCache(dir, '0000000000000001');
    await old.open();
    old.set(key, JSON.stringify(ingestOne(input)));
    await old.save();
    const reopened = new ResultCache(dir, '0000000000000001');
    await reopened.open();
    expect(reopened.get(key, input.path)).toMatchObject({ kind: 'document', path: input.path });
    const current = new ResultCache(dir, '0000000000000002');
    await current.open();
    expect(current.get(key, input.path)).toBeUndefined();
    expect(readdirSync(dir)).toEqual(['0000000000000002']);
  });
});

describe('IngestPool', () => {
  it('serializes a document that lost learned lines in a worker exactly as the main thread does', { timeout: 60_000 }, async () => {
    // Four reports of one site ending in the same two template lines (as tests/unit/boilerplate.test.ts).
    const template = ['廉洁清风 护航发展', '县纪委监委宣传部 制作'];
    const reports = [
      ['县纪委监委召开专题会议', '3月5日，县纪委监委召开专题会议，传达学习上级会议精神，要求全体干部牢记“三严三实”，把纪律和规矩挺在前面。', '会议强调，要坚持问题导向，聚焦群众身边的不正之风和腐败问题，持续开展专项整治，以实际成效取信于民。'],
      ['县纪委监委开展廉政教育活动', '4月12日，县纪委监委组织党员干部赴廉政教育基地参观学习，引导大家践行“三严三实”，筑牢拒腐防变思想防线。', '活动中，大家重温入党誓词，观看警示教育片，纷纷表示要以案为鉴、以案促改，做到警钟长鸣。'],
      ['县纪委监委督查节日期间作风建设', '5月1日前后，县纪委监委派出督查组，对节日期间作风建设情况开展明察暗访，督促各单位落实“三严三实”要求。', '督查组重点检查公车私用、违规吃喝等问题，对发现的问题当场反馈、限期整改，形成有力震慑。'],
    ];
    const results = reports.map((lines, i) => ingestOne({ path: `qingfeng-county/${i}.txt`, bytes: new TextEncoder().encode([...lines, ...template].join('\n') + '\n') }));
    const { relearn } = planLearnedBoilerplate(results);
    expect(relearn.length).toBe(3);
    const pool = new IngestPool(2);
    try {
      const answers = await Promise.all(relearn.map((r) => pool.run({ render: true, path: String(r.index), meta: r.meta, blocks: r.blocks })));
      expect(answers.map((json) => JSON.parse(json))).toEqual(relearn.map((r) => render(r.meta, r.blocks)));
      expect(answers).toEqual(relearn.map((r) => JSON.stringify(render(r.meta, r.blocks))));
    } finally {
      await pool.close();
    }
  });

  it('fails naming the file when a worker dies, and settles every task instead of hanging', { timeout: 60_000 }, async () => {
    const pool = new IngestPool(2, new URL('../fixtures/ingest-cache/crashing-worker.ts', import.meta.url));
    const tasks = ['a.txt', 'boom.txt', 'b.txt', 'c.txt', 'd.txt'].map((name) => pool.run({ path: name, bytes: new Uint8Array() }));
    const settled = await Promise.allSettled(tasks);
    await pool.close();
    const failures = settled.flatMap((s) => (s.status === 'rejected' ? [(s.reason as Error).message] : []));
    expect(failures.length).toBeGreaterThan(0);
    expect(new Set(failures)).toEqual(new Set(['boom.txt: crashed on purpose']));
    await expect(pool.run({ path: 'e.txt', bytes: new Uint8Array() })).rejects.toThrow('boom.txt');
  });
});
