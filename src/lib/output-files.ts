// Writes one build step's files into the output folder, which is kept between
// builds (astro.config.mjs), skipping each file whose bytes are those the
// step wrote there last time and removing the files it wrote last time but
// not this time. What was written (path → SHA-1 of the bytes) is listed in the
// cache folder. A one-document rebuild then writes a few files instead of the
// whole phrase index and every export again (hundreds of megabytes at scale), and unchanged files keep their modification time, so a deploy
// that copies changed files copies only those.
//
// The list is removed before the first write and saved after the last, so a
// build stopped half way leaves no list, and the next build writes everything.
// Each file is written beside its place and renamed over it, so a build that
// fails (a full disk among others) leaves every file whole, old or new; a full
// disk is reported with the folder and the space the write needed.
import { createHash } from 'node:crypto';
import { linkSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { mkdir, readFile, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { mapConcurrently } from '../../core/concurrently.ts';
import { DiskFullError, freeSpace, isDiskFull, onDisk } from '../../core/fs/disk-full.ts';
import { writeAtomic, writeAtomicSync } from '../../core/fs/write-atomic.ts';

/** Files removed at once. */
const IO_LIMIT = 16;

export interface OutputStats {
  written: number;
  unchanged: number;
  removed: number;
}

const digest = (content: string | Uint8Array) => createHash('sha1').update(content).digest('base64url');

export class OutputFiles {
  readonly stats: OutputStats = { written: 0, unchanged: 0, removed: 0 };
  /** Bytes written so far, for the message when the disk fills. */
  private bytes = 0;
  private readonly current = new Map<string, string>();
  private readonly dirs = new Set<string>();
  private readonly outDir: string;
  private readonly list: string;
  private readonly previous: Map<string, string>;

  private constructor(outDir: string, list: string, previous: Map<string, string>) {
    this.outDir = outDir;
    this.list = list;
    this.previous = previous;
  }

  /**
   * `name` names the step's list in `cacheDir`. Without a list (first build,
   * or an interrupted one) the step's folders `owned` (relative to `outDir`)
   * are emptied first, since what they hold is unknown.
   */
  static async open(cacheDir: string, name: string, outDir: string, owned: readonly string[]): Promise<OutputFiles> {
    const list = path.join(cacheDir, `${name}.files.json`);
    let previous: Map<string, string> | undefined;
    try {
      previous = new Map(Object.entries(JSON.parse(await readFile(list, 'utf8')) as Record<string, string>));
    } catch {
      for (const dir of owned) await rm(path.join(outDir, dir), { recursive: true, force: true });
    }
    await rm(list, { force: true });
    return new OutputFiles(outDir, list, previous ?? new Map());
  }

  /** Writes `file` (relative to the output folder) unless it holds these bytes from the last build. */
  async write(file: string, content: string | Uint8Array): Promise<void> {
    await this.#put(file, content, (target) => writeAtomicSync(target, content));
  }

  /**
   * write() for bytes the step has just written into a file of its own cache, `from`: the output file becomes a hard
   * link to it instead of a second copy (a copy where the file system cannot link, e.g. across file systems). Safe
   * because neither side is written in place: the cache replaces a file by renaming a new folder or file over it, and
   * this class replaces an output file by renaming (the Pagefind bundles are published the same way).
   */
  async link(file: string, from: string, content: string | Uint8Array): Promise<void> {
    await this.#put(file, content, (target) => linkAtomicSync(from, target, content));
  }

  async #put(file: string, content: string | Uint8Array, put: (target: string) => void): Promise<void> {
    const hash = digest(content);
    this.current.set(file, hash);
    const target = path.join(this.outDir, file);
    if (this.previous.get(file) === hash && (await isFile(target))) {
      this.stats.unchanged++;
      return;
    }
    const dir = path.dirname(target);
    try {
      // Synchronous, as isFile below: each asynchronous file made three trips through libuv's threads, about
      // three times the CPU of writing it here (docs/performance.md, twenty-third session).
      if (!this.dirs.has(dir)) {
        mkdirSync(dir, { recursive: true });
        this.dirs.add(dir);
      }
      put(target);
    } catch (error) {
      if (!isDiskFull(error)) throw error;
      const free = await freeSpace(dir);
      const size = onDisk([content.length], free?.blockSize || undefined);
      throw new DiskFullError(dir, { bytes: size, files: 1 }, free, `writing ${file} (after ${this.stats.written} files, ${(this.bytes / 1024 / 1024).toFixed(1)} MB, of this step)`);
    }
    this.bytes += content.length;
    this.stats.written++;
  }

  /** Keeps `file` as the last build wrote it, without its bytes; false when that build did not write it or it is gone. */
  async keep(file: string): Promise<boolean> {
    const hash = this.previous.get(file);
    if (hash === undefined || !(await isFile(path.join(this.outDir, file)))) return false;
    this.current.set(file, hash);
    this.stats.unchanged++;
    return true;
  }

  /** Removes the last build's files that this one did not write (and folders left empty), then saves the list. */
  async finish(): Promise<OutputStats> {
    const stale = [...this.previous.keys()].filter((file) => !this.current.has(file));
    await mapConcurrently(stale, IO_LIMIT, (file) => rm(path.join(this.outDir, file), { force: true }));
    this.stats.removed = stale.length;
    for (const dir of new Set(stale.map((file) => path.dirname(path.join(this.outDir, file))))) await rmdir(dir).catch(() => {});
    await mkdir(path.dirname(this.list), { recursive: true });
    await writeAtomic(this.list, JSON.stringify(Object.fromEntries(this.current)));
    return this.stats;
  }
}

// Synchronous: the steps that write through this class run in worker threads and check every file they keep;
// an asynchronous stat costs several times the CPU and waits in libuv's four threads behind the build's own files.
const isFile = async (file: string) => {
  try {
    return statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
};

/**
 * `target` made a hard link to `from` through a temporary name, so that it is replaced whole; a copy of `content` where
 * linking fails. The temporary name is not writeAtomicSync's: a leftover link there would have that write go into the cache's file.
 */
function linkAtomicSync(from: string, target: string, content: string | Uint8Array): void {
  const temporary = `${target}.${process.pid}.link.tmp`;
  try {
    linkSync(from, temporary);
  } catch {
    rmSync(temporary, { force: true });
    writeAtomicSync(target, content);
    return;
  }
  try {
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
