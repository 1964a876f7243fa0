// The ingest CLI as a whole: idempotent, minimal rewrites, atomic under a kill;
// help, argument errors, progress, the closing summary and --only, each asserted
// on the output of the CLI run as a child process.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

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
    const added = Object.keys(after).filter((name) => !(name in before));
    expect(added).toHaveLength(1);
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
    expect(pages.sort()).toEqual(Object.keys(before).map((name) => name.replace(/\.mdx$/, '')).sort());
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

  it('exits 1 naming the folder when the input does not exist', { timeout: 30_000 }, () => {
    const { out } = setup();
    const result = spawnSync(process.execPath, ['scripts/ingest/cli.ts', '--input', '/nonexistent/raw', '--output', out], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('/nonexistent/raw');
  });
});
