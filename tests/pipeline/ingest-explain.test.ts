// `npm run ingest -- --explain FILE [--json]` as a child process, on two real
// pages of the sample corpus: a traditional-script report with glued pinyin,
// a mojibake run and a hotline line, and a forum post of a speech wrapped in
// forum chrome with the site's name injected into a sentence. The expected
// values were read off the raw files by hand.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const REPORT = 'content/raw/004_f686e9c13470da21.txt';
const FORUM = 'content/raw/002_8fedafc643a353d7.txt';

// Node can deadlock while a process exits (nodejs/node#54918: the main thread joins
// V8's workers while a concurrent compile job waits for a main-thread GC); CI hung
// here once on it after the child had done its work. A child still running after
// the limit is killed and run once more, so the hang is told apart from a failure.
const LIMIT_MS = 120_000;

function explain(file: string, ...extra: string[]) {
  const run = () => spawnSync(process.execPath, ['scripts/ingest/cli.ts', '--explain', file, ...extra], { cwd: root, encoding: 'utf8', timeout: LIMIT_MS, killSignal: 'SIGKILL' });
  const first = run();
  return first.signal === 'SIGKILL' ? run() : first;
}

interface Json {
  id: string;
  result: { kind: string };
  stages: {
    stage: string;
    linesRemoved: { text: string; rule?: string }[];
    removed: { text: string; rule?: string }[];
    converted: { from: string; to: string; count: number }[];
    damageMarked: number;
    messages: { level: string; rule: string; text: string }[];
  }[];
  fields: { field: string; value?: string; kind?: string; evidence: { where: string; text: string }[]; rejected: { text: string; note?: string }[] }[];
}

const field = (json: Json, name: string) => json.fields.find((f) => f.field === name)!;
const allRemovedLines = (json: Json) => json.stages.flatMap((s) => s.linesRemoved.map((l) => ({ ...l, stage: s.stage })));

describe('ingest --explain', () => {
  it('prints, stage by stage, the damage marked, the pinyin and chrome removed with their rules and the characters converted, quoting the text in Chinese', { timeout: 60_000 }, () => {
    const result = explain(REPORT);
    expect(result.status, result.stderr).toBe(0);
    const out = result.stdout;
    // The mojibake run between 勇 and 日來 is marked, with the raw span quoted.
    expect(out).toContain('damage marked: 1 □');
    expect(out).toContain('?lián)敗_B');
    // Glued pinyin glosses shown removed inside their line.
    expect(out).toContain('[−(fā)]');
    // Traditional characters of the page converted one for one.
    expect(out).toMatch(/實→实×\d+/);
    expect(out).toMatch(/衛→卫×\d+/);
    // The hotline line is quoted, after conversion, with the rule that removed it.
    expect(out).toMatch(/− 「徐州健康热线:0516——85707122」 {2}\[rule [a-z-]+\]/);
    // The attribution line set aside for the metadata stages, and the fields read from it.
    expect(out).toContain('「（《徐州日报》2022年9月27日 文/王任飞 谈建荣）」');
    expect(out).toMatch(/date: 「2022-09-27」 \(published\)/);
    expect(out).toMatch(/region: 「江苏省 徐州市/);
    expect(out).toContain('result: a document');
  });

  it('gives the same as data with --json: removals with rule ids, conversions, and each field with its evidence', { timeout: 60_000 }, () => {
    const result = explain(REPORT, '--json');
    expect(result.status, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout) as Json;
    expect(json.id).toBe('346064844494');
    expect(json.result.kind).toBe('document');
    const hotline = allRemovedLines(json).find((l) => l.text.includes('0516——85707122'));
    expect(hotline?.rule).toMatch(/^[a-z-]+$/);
    const converted = json.stages.flatMap((s) => s.converted);
    expect(converted).toContainEqual(expect.objectContaining({ from: '衛', to: '卫' }));
    expect(json.stages.reduce((n, s) => n + s.damageMarked, 0)).toBe(1);
    const pinyin = json.stages.flatMap((s) => s.removed).find((r) => r.text.includes('(fā)'));
    expect(pinyin).toBeDefined();
    const date = field(json, 'date');
    expect([date.value, date.kind]).toEqual(['2022-09-27', 'published']);
    expect(date.evidence.map((e) => e.text).join('\n')).toContain('2022年9月27日');
    const region = field(json, 'region');
    expect(region.value).toMatch(/^江苏省 徐州市/);
    expect(region.evidence.some((e) => e.text.includes('徐州'))).toBe(true);
    // The newspaper's reporters are named in the byline: never speakers.
    const speakers = field(json, 'speakers');
    expect(speakers.rejected.map((r) => r.text)).toEqual(expect.arrayContaining(['王任飞', '谈建荣']));
  });

  it('shows forum chrome removed line by line with its rule, the injected site name, the title found and the forum’s post time as a date candidate', { timeout: 60_000 }, () => {
    const result = explain(FORUM, '--json');
    expect(result.status, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout) as Json;
    const removed = allRemovedLines(json);
    for (const line of ['您需要登录后才可以回帖 登录 | 立即注册', '[复制链接]', '关灯']) {
      const found = removed.find((l) => l.text === line);
      expect(found, line).toBeDefined();
      expect(found!.rule, line).toMatch(/^[a-z-]+$/);
    }
    // 我老秘网县 → 我县: the site name taken out of the sentence, with a warning quoting it.
    const watermark = json.stages.flatMap((s) => s.removed).find((r) => r.text === '老秘网');
    expect(watermark?.rule).toBeDefined();
    expect(json.stages.flatMap((s) => s.messages).some((m) => m.level === 'warning' && m.text.includes('老秘网'))).toBe(true);
    expect(field(json, 'title').value).toBe('在全县卫生健康系统党建工作座谈会上的讲话');
    expect(field(json, 'title').kind).toBe('found');
    // The forum's post time is shown as a date candidate, taken or rejected.
    const date = field(json, 'date');
    expect([...date.evidence, ...date.rejected].map((e) => e.text)).toContain('2023-8-30 10:47:03');
    expect(field(json, 'type').value).toBe('speech');
  });

  it('shows where a file is quarantined and why', { timeout: 30_000 }, () => {
    const result = explain('tests/fixtures/explain/empty.txt');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('QUARANTINED: empty: the file has no bytes');
    expect(result.stdout).toContain('result: quarantined');
  });

  it('fails naming the file when it cannot be read, and refuses --json without --explain', { timeout: 30_000 }, () => {
    const missing = explain('/nonexistent/page.html');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('/nonexistent/page.html');
    const json = spawnSync(process.execPath, ['scripts/ingest/cli.ts', '--json'], { cwd: root, encoding: 'utf8' });
    expect(json.status).toBe(2);
    expect(json.stderr.trim().split('\n')).toHaveLength(1);
    expect(json.stderr).toContain('--json');
  });
});
