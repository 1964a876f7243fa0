// A full disk as an ordinary failure (ingest and the build's output steps):
// how much a write needs against what the folder's filesystem has free, and an
// error that names the folder and both amounts. Node's own ENOSPC error names
// neither ("ENOSPC: no space left on device, write"), so every write that can
// fill a disk is wrapped here.
import { stat, statfs } from 'node:fs/promises';
import path from 'node:path';

export interface Need {
  bytes: number;
  files: number;
}

export interface Free {
  bytes: number;
  /** Free inodes; a filesystem out of inodes fails with ENOSPC too. */
  files: number;
  blockSize: number;
}

export function mb(bytes: number): string {
  return bytes >= 1024 * 1024 || bytes === 0 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} kB`;
}

/** ENOSPC, and EDQUOT (a quota, the same thing to the person running ingest). */
export function isDiskFull(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT';
}

export class DiskFullError extends Error {
  readonly folder: string;
  readonly need: Need;
  readonly free: Free | undefined;

  constructor(folder: string, need: Need, free: Free | undefined, what: string) {
    const has = free ? `; ${mb(free.bytes)} and ${free.files} files free there` : '';
    super(`no space left on device in ${folder}: ${what} needs ${mb(need.bytes)} in ${need.files} file${need.files === 1 ? '' : 's'}${has}`);
    this.name = 'DiskFullError';
    this.folder = folder;
    this.need = need;
    this.free = free;
  }
}

/** The folder itself, or its nearest ancestor that exists (statfs needs an existing path). */
async function existing(folder: string): Promise<string> {
  for (let dir = path.resolve(folder); ; dir = path.dirname(dir)) {
    if (await stat(dir).then(() => true, () => false)) return dir;
    if (dir === path.dirname(dir)) return dir;
  }
}

export async function freeSpace(folder: string): Promise<Free | undefined> {
  try {
    const fs = await statfs(await existing(folder));
    return { bytes: fs.bavail * fs.bsize, files: fs.ffree, blockSize: fs.bsize };
  } catch {
    return undefined;
  }
}

/** What `sizes` take on a filesystem of this block size: each file occupies whole blocks. */
export function onDisk(sizes: number[], blockSize = 4096): number {
  return sizes.reduce((sum, size) => sum + Math.ceil(size / blockSize) * blockSize, 0);
}

/**
 * Fails before anything is written when the folder's filesystem cannot hold
 * files of these sizes. A filesystem that reports no figures (some network
 * mounts report zero) is not judged here; a write that then fails is caught by
 * `guardWrites`.
 */
export async function ensureSpace(folder: string, sizes: number[], what: string): Promise<void> {
  const free = await freeSpace(folder);
  if (!free || free.blockSize === 0) return;
  const need = { bytes: onDisk(sizes, free.blockSize), files: sizes.length };
  // A filesystem without an inode limit (btrfs, some tmpfs) reports 0 files free and 0 in all; only bytes count there.
  const filesShort = free.files > 0 && need.files > free.files;
  if (need.bytes > free.bytes || filesShort) throw new DiskFullError(folder, need, free, what);
}

/** Runs `write`; a full disk during it becomes a DiskFullError naming the folder and the need. */
export async function guardWrites<T>(folder: string, sizes: number[], what: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isDiskFull(error)) throw error;
    const free = await freeSpace(folder);
    throw new DiskFullError(folder, { bytes: onDisk(sizes, free?.blockSize || undefined), files: sizes.length }, free, what);
  }
}
