// Replacing a file all at once: the new content goes to a temporary file
// beside it, which is renamed over the file, so a reader or an interrupted
// run sees the old file or the new one, never a torn one; a failed write
// removes the temporary file and leaves the old file as it was.
// Hand-written rather than write-file-atomic: the build cache streams its
// lines into the temporary file through a handle of its own, and that package
// takes the content only as one buffer.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';

/**
 * Writes `file` (in a folder that exists) through a temporary file: `content`
 * as it is, or whatever `content(temporary)` writes to the path it is given.
 */
export async function writeAtomic(file: string, content: string | Uint8Array | ((temporary: string) => Promise<void>)): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    if (typeof content === 'function') await content(temporary);
    else await writeFile(temporary, content);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * writeAtomic for a worker thread that writes thousands of files (the build's
 * output steps, src/lib/output-files.ts): the same temporary file and rename,
 * without the three hops through libuv's threads that writeFile makes per file
 * (docs/performance.md, twenty-third session).
 */
export function writeAtomicSync(file: string, content: string | Uint8Array): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
