// The worker of src/lib/document-bodies.ts: renders the bodies of the job's
// files in the pages' order, each one it claims before the page does, at
// most `ahead` past the furthest page, and posts each as it is done.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { bodyAtFileLines, splitFrontmatter } from '../../core/mdx/frontmatter.ts';
import { renderDocument } from './document-html.ts';
import type { BodiesJob, RenderedBody } from './document-bodies.ts';

const FREE = 0;
const WORKER = 2;
/** Pages render a few at a time (astro.config.mjs): the worker starts past those the pages are on. */
const LEAD = 4;
/** The longest wait before looking at the pages' progress again. */
const WAIT_MS = 200;
const { root, files, claims, progress, ahead } = workerData as BodiesJob;
const slots = new Int32Array(claims);
const pages = new Int32Array(progress);
let slot = 0;
while (slot < files.length) {
  const reached = Atomics.load(pages, 0);
  if (slot >= reached + ahead) {
    Atomics.wait(pages, 0, reached, WAIT_MS);
    continue;
  }
  slot = Math.max(slot, reached + LEAD);
  if (slot >= files.length) break;
  const at = slot++;
  if (Atomics.compareExchange(slots, at, FREE, WORKER) !== FREE) continue;
  const file = files[at]!;
  let html: string | null = null;
  try {
    // As documentHtml does (src/lib/document-source.ts).
    html = renderDocument(bodyAtFileLines(splitFrontmatter(readFileSync(path.resolve(root, file), 'utf8'), file)), file);
  } catch {
    // The page renders it again and reports the error with its file.
  }
  parentPort!.postMessage({ slot: at, html } satisfies RenderedBody);
}
