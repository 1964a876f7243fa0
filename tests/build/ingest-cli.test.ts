// The ingest CLI as a whole: idempotent, minimal rewrites, atomic under a kill;
// help, argument errors, progress, the closing summary and --only, each asserted
// on the output of the CLI run as a child process.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../core/mdx/frontmatter.ts';

const root = path.resolve(import.meta.dirname, '../..');

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function setup() {
  const work = mkdtempSync(path.join(tmpdir(), 'ingest-'));
  made.push(work);
  const raw = path.join(work, 'raw');
  cpSync(path.join(root, 'content/raw'), raw, { recursive: true });
  return { work, raw, out: path.join(work, 'docs') };
}

function ingest(raw: string, out: string, env: Record<string, string> = {}, extra: string[] = []) {
  return spawnSync(process.execPath, ['scripts/ingest/cli.ts', '--input', raw, '--output', out, '--report', `${out}.report.json`, '--quiet', ...extra], {
    cwd: root,
    // The cache beside the output: a run reads what the test's earlier runs stored, and nothing from elsewhere.
    env: { ...process.env, INGEST_CACHE_DIR: path.join(path.dirname(out), 'cache'), ...env },
    encoding: 'utf8',
  });
}

/** name → [content, mtime] of every file in the folder, hidden ones included. */
function snapshot(dir: string) {
  return Object.fromEntries(readdirSync(dir).map((name) => [name, [readFileSync(path.join(dir, name), 'utf8'), statSync(path.join(dir, name)).mtimeMs]]));
}

/** A raw folder of hand-made files, each there for one line of the summary. */
function summaryInputs(dir: string) {
  mkdirSync(dir, { recursive: true });
  const speech = '在全市安全生产工作会议上的讲话\n（2021年3月5日）\n同志们：\n今天召开全市安全生产工作会议，主要任务是总结去年工作，部署今年任务。各级各部门要压实责任，抓好隐患排查整治，确保全年安全形势持续稳定。\n';
  writeFileSync(path.join(dir, 'speech.txt'), speech);
  // The same speech scraped from another site: a repost.
  writeFileSync(path.join(dir, 'speech-repost.txt'), speech + '\n');
  // Two damaged runs in one report: two damage warnings.
  writeFileSync(
    path.join(dir, 'damaged.txt'),
    '全县春季植树造林工作顺利完成\n（2022年4月2日）\n今年以来，全县共完成植树造林\uFFFD\uFFFD万亩，新建村庄绿化示范点十二个。\n各乡镇组织干部群众积极参与义务植树活动，林业部门做好苗木调运和技术指导，确保栽\uFFFD\uFFFD一棵、成活一棵。\n',
  );
  // No title line and no date: a derived title and an empty date.
  writeFileSync(path.join(dir, 'untitled.txt'), '大家好，今天我们一起学习垃圾分类的基本知识。可回收物、有害垃圾、厨余垃圾和其他垃圾要分开投放，养成良好习惯需要每个人坚持。\n');
  writeFileSync(path.join(dir, 'empty.txt'), '');
  writeFileSync(path.join(dir, 'scan.txt'), Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.alloc(64, 0)]));
}

const newSpeech = '关于加强基层党组织建设的讲话\n同志们：\n今天召开全镇基层党组织建设推进会，主要任务是总结上半年工作，部署下半年任务，推动基层党建全面进步、全面过硬。\n';

describe('ingest CLI', () => {
  it('gives byte-identical output, untouched files, when run twice on the same input', { timeout: 60_000 }, () => {
    const { raw, out } = setup();
    expect(ingest(raw, out).status).toBe(0);
    const first = snapshot(out);
    const again = ingest(raw, out);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('(0 written, 0 removed)');
    expect(snapshot(out)).toEqual(first);
  });

  it('adding one raw file writes exactly one new document and touches no other', { timeout: 60_000 }, () => {
    const { raw, out } = setup();
    ingest(raw, out);
    const before = snapshot(out);
    writeFileSync(path.join(raw, 'new.txt'), newSpeech);
    expect(ingest(raw, out).status).toBe(0);
    const after = snapshot(out);
    // The new document's MDX and its paragraph record beside it.
    const added = Object.keys(after).filter((name) => !(name in before)).sort();
    expect(added).toHaveLength(2);
    expect(added[1]).toBe(added[0]!.replace(/\.mdx$/, '.paragraphs.json'));
    for (const [name, value] of Object.entries(before)) expect(after[name], name).toEqual(value);
  });

  it('leaves the previous documents intact and buildable when killed midway', () => {
    const { work, raw, out } = setup();
    ingest(raw, out);
    const before = snapshot(out);
    for (let i = 0; i < 4; i++) writeFileSync(path.join(raw, `new-${i}.txt`), newSpeech.replace('全镇', `第${i + 1}镇`).repeat(i + 1));
    const killed = ingest(raw, out, { INGEST_KILL_AFTER: '3' });
    expect(killed.signal).toBe('SIGKILL');
    expect(snapshot(out)).toEqual(before);
    const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', path.join(work, 'dist')], {
      cwd: root,
      env: { ...process.env, DOCUMENTS_DIR: out, ASTRO_CACHE_DIR: path.join(work, 'cache') },
      encoding: 'utf8',
    });
    expect(build.status, build.stderr).toBe(0);
    const pages = readdirSync(path.join(work, 'dist', 'documents'));
    expect(pages.sort()).toEqual(Object.keys(before).filter((name) => name.endsWith('.mdx')).map((name) => name.replace(/\.mdx$/, '')).sort());
  }, 180_000);

  it('applies an archivist override on every run and records the corrected fields', { timeout: 60_000 }, () => {
    const { work, raw, out } = setup();
    ingest(raw, out);
    const id = readdirSync(out)[0]!.replace(/\.mdx$/, '');
    const overrides = path.join(work, 'overrides');
    mkdirSync(overrides);
    writeFileSync(path.join(overrides, `${id}.yml`), 'title: 更正后的标题\ndate: 2015-07-01\n');
    for (let run = 0; run < 2; run++) {
      expect(ingest(raw, out, {}, ['--overrides', overrides]).status).toBe(0);
      const mdx = readFileSync(path.join(out, `${id}.mdx`), 'utf8');
      expect(mdx).toContain('title: 更正后的标题');
      expect(mdx).toContain('year: 2015');
      expect(mdx).toMatch(/overridden:\n\s+- title\n\s+- date/);
    }
  });

  it('fails naming the file when an override names an unknown document', { timeout: 60_000 }, () => {
    const { work, raw, out } = setup();
    const overrides = path.join(work, 'overrides');
    mkdirSync(overrides);
    writeFileSync(path.join(overrides, '000000000000.yml'), 'title: 无此文档\n');
    const result = ingest(raw, out, {}, ['--overrides', overrides]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('000000000000.yml');
  });

  it('--help explains every option with its default, the exit codes, where things go, and gives examples', { timeout: 30_000 }, () => {
    const result = spawnSync(process.execPath, ['scripts/ingest/cli.ts', '--help'], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(0);
    const help = result.stdout;
    const options = ['--input DIR', '--output DIR', '--report FILE', '--overrides DIR', '--jobs N', '--no-cache', '--only GLOB', '--explain FILE', '--json', '--quiet', '-h, --help'];
    for (const option of options) expect(help, option).toContain(`  ${option}`);
    // Each option but --help states its default.
    const blocks = help.slice(help.indexOf('options:'), help.indexOf('where things go:')).split(/\n(?=  -)/).filter((b) => b.startsWith('  -'));
    expect(blocks).toHaveLength(options.length);
    for (const block of blocks.filter((b) => !b.includes('--help'))) expect(block, block).toContain('(default: ');
    for (const place of ['content/raw', 'content/documents', 'content/.ingest/report.json', 'content/overrides', 'node_modules/.cache/speech-archive/ingest', 'INGEST_CACHE_DIR']) expect(help).toContain(place);
    expect(help).toMatch(/exit codes:\n\s+0 .*\n(?:.*\n)*?\s+1 .*\n(?:.*\n)*?\s+2 /);
    const examples = help.slice(help.indexOf('examples:')).split('\n').filter((line) => line.startsWith('  npm run ingest'));
    expect(examples.length).toBeGreaterThanOrEqual(2);
  });

  it('exits 2 with one line naming the option for an unknown option or a bad value', { timeout: 60_000 }, () => {
    const cases: [string[], string][] = [
      [['--nonsense'], 'unknown option --nonsense'],
      [['-x'], 'unknown option -x'],
      [['--jobs', '0'], '--jobs must be a positive whole number, not "0"'],
      [['--jobs', 'two'], '--jobs must be a positive whole number, not "two"'],
      [['--input'], '--input needs a value'],
      [['--quiet=yes'], '--quiet takes no value'],
      [['stray'], 'unexpected argument stray'],
      [['--json'], '--json goes with --explain FILE'],
      [['--only', 'a/**', '--output', 'content/documents'], '--output content/documents is refused'],
      [['--only', 'a/**', '--explain', 'x.txt'], '--explain and --only do not go together'],
    ];
    for (const [argv, message] of cases) {
      const result = spawnSync(process.execPath, ['scripts/ingest/cli.ts', ...argv], { cwd: root, encoding: 'utf8' });
      expect(result.status, argv.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n'), argv.join(' ')).toHaveLength(1);
      expect(result.stderr, argv.join(' ')).toContain(message);
    }
  });

  it('shows progress as plain lines on a pipe, a bar on a terminal, and nothing with --quiet', { timeout: 120_000 }, () => {
    const { raw, out } = setup();
    const total = readdirSync(raw).length;
    const piped = spawnSync(process.execPath, ['scripts/ingest/cli.ts', '--input', raw, '--output', out, '--report', `${out}.report.json`, '--no-cache'], { cwd: root, encoding: 'utf8' });
    expect(piped.status, piped.stderr).toBe(0);
    const lines = piped.stderr.split('\n').filter((line) => line.startsWith('ingest: '));
    expect(lines.length).toBeGreaterThanOrEqual(1);
    for (const line of lines) expect(line).toMatch(/^ingest: \d+\/\d+ files \(\d+%\), [\d.]+ files\/s, (?:\d+m)?\d+s left$|^ingest: 0\/\d+ files \(0%\), 0\.0 files\/s, \? left$/);
    expect(lines.at(-1)).toMatch(new RegExp(`^ingest: ${total}/${total} files \\(100%\\), [\\d.]+ files/s, 0s left$`));
    expect(piped.stderr).not.toContain('\x1b[');

    const quiet = ingest(raw, out, {}, ['--no-cache']);
    expect(quiet.status).toBe(0);
    expect(quiet.stderr).not.toMatch(/files\/s/);

    // A terminal: util-linux's script(1) runs the CLI on a pseudo-terminal.
    const command = ['scripts/ingest/cli.ts', '--input', raw, '--output', out, '--report', `${out}.report.json`, '--no-cache'].map((a) => `'${a}'`).join(' ');
    const tty = spawnSync('script', ['-qec', `'${process.execPath}' ${command}`, '/dev/null'], { cwd: root, encoding: 'utf8' });
    if (tty.error) {
      const message = `progress bar on a terminal NOT TESTED: script(1) is missing (${tty.error.message})`;
      if (process.env.CI) throw new Error(message);
      console.warn(message);
      return;
    }
    expect(tty.status, tty.stdout).toBe(0);
    // Redrawn in place (cursor to column 1), with the bar, the count, the rate and the time left.
    expect(tty.stdout).toContain('\x1b[1G');
    expect(tty.stdout).toMatch(new RegExp(`ingest \\[=+\\] ${total}/${total} files \\(100%\\), [\\d.]+ files/s, 0s left`));
  });

  it('closes with a summary table, and the same figures in the report and its timing file', { timeout: 60_000 }, () => {
    const { work } = setup();
    const raw = path.join(work, 'summary-raw');
    summaryInputs(raw);
    const out = path.join(work, 'summary-docs');
    const result = spawnSync(process.execPath, ['scripts/ingest/cli.ts', '--input', raw, '--output', out, '--report', `${out}.report.json`], {
      cwd: root,
      env: { ...process.env, INGEST_CACHE_DIR: path.join(work, 'cache') },
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
    const row = (label: string) => new RegExp(`│ ${label.replace(/[()]/g, '\\$&')} +│ +(\\S+) │`).exec(result.stdout)?.[1];
    expect(row('inputs')).toBe('6');
    expect(row('documents')).toBe('3');
    expect(row('merged reposts')).toBe('1');
    expect(row('quarantined')).toBe('2');
    expect(row('  empty')).toBe('1');
    expect(row('  binary')).toBe('1');
    expect(row('  damage')).toBe('2');
    expect(row('  title (derived from the first sentence)')).toBe('1');
    expect(row('  date')).toBe('1');
    expect(result.stdout).toMatch(/│ slowest stages \(6 files through the pipeline\) +│/);
    const timed = result.stdout.slice(result.stdout.indexOf('slowest stages'), result.stdout.indexOf('slowest steps')).split('\n').slice(1, -1);
    expect(timed).toHaveLength(5);
    for (const line of timed) expect(line).toMatch(/^│ {3}[a-zA-Z]+ +│ +\d+\.\d\d s │$/);
    const report = JSON.parse(readFileSync(`${out}.report.json`, 'utf8')) as { summary: Record<string, unknown>; documents: { id: string; path: string; warnings: { reason: string; ruleId: string; source: string }[] }[] };
    const { summary } = report;
    // Each warning reaches the report as the stage gave it: its rule id and its stage beside the reason.
    const damaged = report.documents.find((d) => d.path === 'damaged.txt')!.warnings.filter((w) => w.ruleId === 'damage');
    expect(damaged.map((w) => [w.source, w.reason])).toEqual([
      ['damage', expect.stringMatching(/^encoding damage replaced by □: "\uFFFD\uFFFD"/)],
      ['damage', expect.stringMatching(/^encoding damage replaced by □: "\uFFFD\uFFFD"/)],
    ]);
    // The document's frontmatter holds the same warnings, rule id and stage included, in the same order.
    const entry = report.documents.find((d) => d.path === 'damaged.txt')!;
    const { data } = readFrontmatter(readFileSync(path.join(out, `${entry.id}.mdx`), 'utf8'), 'damaged.txt');
    expect(data.warnings).toEqual(entry.warnings);
    expect(result.stderr).toContain('warning damaged.txt: encoding damage replaced by □');
    expect(result.stderr).toMatch(/warning damaged\.txt: encoding damage replaced by □.*\[damage:damage\]/);
    expect(summary).toMatchObject({
      inputs: 6,
      documents: 3,
      mergedReposts: 1,
      quarantined: 2,
      quarantinedByReason: { empty: 1, binary: 1 },
      emptyFields: { titleDerived: 1, date: 1 },
    });
    expect((summary.warningsByRule as Record<string, number>).damage).toBe(2);
    // Where the time went differs from run to run: beside the report, which stays the same for the same input.
    const timing = JSON.parse(readFileSync(`${out}.report.timing.json`, 'utf8')) as { throughPipeline: number; slowestStages: { stage: string }[] };
    expect(timing.throughPipeline).toBe(6);
    expect(timing.slowestStages.map((s) => s.stage)).toEqual(expect.arrayContaining(['decode', 'html', 'script', 'chrome', 'structure', 'region']));
  });

  it('--only ingests the matching files into a scratch output and leaves the collection, the report and the cache alone', { timeout: 60_000 }, () => {
    const { work, raw } = setup();
    // A checkout of its own: the defaults are relative to the working folder.
    cpSync(raw, path.join(work, 'content/raw'), { recursive: true });
    const collection = path.join(work, 'content/documents');
    const cache = path.join(work, 'cache');
    const run = (extra: string[]) =>
      spawnSync(process.execPath, [path.join(root, 'scripts/ingest/cli.ts'), '--quiet', ...extra], { cwd: work, env: { ...process.env, INGEST_CACHE_DIR: cache }, encoding: 'utf8' });
    expect(run([]).status).toBe(0);
    const before = snapshot(collection);
    const report = readFileSync(path.join(work, 'content/.ingest/report.json'), 'utf8');
    const cacheFiles = readdirSync(cache, { recursive: true }).map(String).sort();
    const cached = cacheFiles.filter((f) => f.endsWith('.jsonl')).map((f) => readFileSync(path.join(cache, f), 'utf8'));
    // An override of a document outside the subset is no error there.
    mkdirSync(path.join(work, 'content/overrides'));
    const outside = (JSON.parse(report) as { documents: { id: string; path: string }[] }).documents.find((d) => d.path.startsWith('000_'))!.id;
    writeFileSync(path.join(work, 'content/overrides', `${outside}.yml`), 'title: 更正\n');

    const only = run(['--only', '00[12]_*.txt']);
    expect(only.status, only.stderr).toBe(0);
    expect(only.stdout).toContain('ingest: 2 inputs');
    const scratch = path.join(work, 'content/.ingest/only/documents');
    expect(readdirSync(scratch).filter((n) => n.endsWith('.mdx'))).toHaveLength(2);
    const scratchReport = JSON.parse(readFileSync(path.join(work, 'content/.ingest/only/report.json'), 'utf8')) as { documents: { path: string }[] };
    expect(scratchReport.documents.map((d) => d.path).sort()).toEqual(['001_90304c2930f3b0db.txt', '002_8fedafc643a353d7.txt']);
    expect(snapshot(collection)).toEqual(before);
    expect(readFileSync(path.join(work, 'content/.ingest/report.json'), 'utf8')).toBe(report);
    expect(readdirSync(cache, { recursive: true }).map(String).sort()).toEqual(cacheFiles);
    expect(cacheFiles.filter((f) => f.endsWith('.jsonl')).map((f) => readFileSync(path.join(cache, f), 'utf8'))).toEqual(cached);

    const none = run(['--only', 'nothing/**']);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain(`--only 'nothing/**' matches none of the ${readdirSync(raw).length} files`);
    expect(existsSync(path.join(work, 'content/.ingest/only/documents/.staging'))).toBe(false);
  });

  it('exits 1 naming the folder when the input does not exist', { timeout: 30_000 }, () => {
    const { out } = setup();
    const result = spawnSync(process.execPath, ['scripts/ingest/cli.ts', '--input', '/nonexistent/raw', '--output', out], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('/nonexistent/raw');
  });
});
