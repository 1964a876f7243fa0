// The shared core's file helpers: frontmatter read one way, files replaced whole.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bodyAtFileLines, readFrontmatter, splitFrontmatter } from '../../core/mdx/frontmatter.ts';
import { writeAtomic, writeAtomicSync } from '../../core/fs/write-atomic.ts';

const work = mkdtempSync(path.join(tmpdir(), 'core-files-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('frontmatter', () => {
  it('reads YAML 1.1 as ingest writes it, and the body after the closing line', () => {
    const file = readFrontmatter('---\nid: 346064844494\ntitle: 在全市卫生健康工作会议上的讲话\ndate: "2012-05-29"\nok: yes\n---\n<Anchor id="p-1a2b3c4d" />同志们：\n');
    expect(file.data).toEqual({ id: 346064844494, title: '在全市卫生健康工作会议上的讲话', date: '2012-05-29', ok: true });
    expect(file.body).toBe('<Anchor id="p-1a2b3c4d" />同志们：\n');
    expect(file.lines).toBe(6);
    expect(bodyAtFileLines(file)).toBe('\n'.repeat(6) + file.body);
  });

  it('takes CRLF line ends and stops at the first --- line', () => {
    expect(splitFrontmatter('---\r\na: 1\r\n---\r\n正文\r\n---\r\n再一段').body).toBe('正文\r\n---\r\n再一段');
  });

  it('names the file when there is none, when the YAML is broken and when it is no mapping', () => {
    expect(() => splitFrontmatter('同志们：\n', 'docs/a.mdx')).toThrow('docs/a.mdx: no YAML frontmatter');
    expect(() => readFrontmatter('---\ntitle: [\n---\n', 'docs/b.mdx')).toThrow(/^docs\/b\.mdx: frontmatter is not valid YAML/);
    expect(() => readFrontmatter('---\n- 甲\n---\n', 'docs/c.mdx')).toThrow('docs/c.mdx: frontmatter is not a YAML mapping');
  });
});

describe('writeAtomic', () => {
  it('replaces a file with a string or with what a writer puts at the temporary path, leaving nothing beside it', async () => {
    const dir = mkdtempSync(path.join(work, 'replace-'));
    const file = path.join(dir, 'a.json');
    writeFileSync(file, 'old');
    await writeAtomic(file, '{"new":1}');
    expect(readFileSync(file, 'utf8')).toBe('{"new":1}');
    await writeAtomic(file, (temporary) => writeFile(temporary, 'streamed'));
    expect(readFileSync(file, 'utf8')).toBe('streamed');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('leaves the old file as it was and no temporary file when the write fails', async () => {
    const dir = mkdtempSync(path.join(work, 'fail-'));
    writeFileSync(path.join(dir, 'a.json'), 'other');
    const file = path.join(dir, 'b.json');
    writeFileSync(file, 'old');
    const failing = async (temporary: string) => {
      await writeFile(temporary, 'half');
      throw new Error('disk full');
    };
    await expect(writeAtomic(file, failing)).rejects.toThrow('disk full');
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'b.json']);
  });
});

describe('writeAtomicSync', () => {
  it('replaces a file with a string or bytes, leaving nothing beside it', () => {
    const dir = mkdtempSync(path.join(work, 'sync-'));
    const file = path.join(dir, 'a.json');
    writeFileSync(file, 'old');
    writeAtomicSync(file, '{"new":1}');
    expect(readFileSync(file, 'utf8')).toBe('{"new":1}');
    writeAtomicSync(file, new Uint8Array([0x7b, 0x7d]));
    expect(readFileSync(file, 'utf8')).toBe('{}');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('leaves the old file as it was and no temporary file when the rename fails', () => {
    const dir = mkdtempSync(path.join(work, 'sync-fail-'));
    // A folder where the file should go: the temporary file is written, the rename over a folder fails.
    const file = path.join(dir, 'b.json');
    mkdirSync(path.join(file, 'inside'), { recursive: true });
    expect(() => writeAtomicSync(file, 'new')).toThrow();
    expect(readdirSync(dir)).toEqual(['b.json']);
    expect(readdirSync(file)).toEqual(['inside']);
  });
});
