// The worker of src/lib/document-bodies.ts: renders the bodies of the job's
// files from the last backwards, each one it claims before the page does,
// and posts each as it is done.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { bodyAtFileLines, splitFrontmatter } from '../../core/mdx/frontmatter.ts';
import { renderDocument } from './document-html.ts';
import type { BodiesJob, RenderedBody } from './document-bodies.ts';

const FREE = 0;
const WORKER = 2;
const { root, files, claims } = workerData as BodiesJob;
const slots = new Int32Array(claims);
for (let slot = files.length - 1; slot >= 0; slot--) {
  if (Atomics.compareExchange(slots, slot, FREE, WORKER) !== FREE) continue;
  const file = files[slot]!;
  let html: string | null = null;
  try {
    // As documentHtml does (src/lib/document-source.ts).
    html = renderDocument(bodyAtFileLines(splitFrontmatter(readFileSync(path.resolve(root, file), 'utf8'), file)), file);
  } catch {
    // The page renders it again and reports the error with its file.
  }
  parentPort!.postMessage({ slot, html } satisfies RenderedBody);
}
