// Bytes and file counts of a built site and of its search indexes.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface Size {
  bytes: number;
  files: number;
}

export function sizeOf(dir: string, exclude: (relative: string) => boolean = () => false): Size {
  const size = { bytes: 0, files: 0 };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (exclude(path.relative(dir, file))) continue;
    size.bytes += statSync(file).size;
    size.files++;
  }
  return size;
}
