// The shared passages' step in a child process of its own (dataExports in
// exports.ts): finds them for the job it is given, writes their index into
// the cache folder and answers with its figures, not the index (the pages
// and exports read it from the files). A process, not a worker thread: at
// 50,000 documents its entries, sketches and pairs were over a gigabyte at
// the end of the content sync, on top of the build's own memory
// (docs/performance.md).
import { buildSharedPassages } from '../lib/shared/build.ts';
import type { SharedFound, SharedPassagesJob } from './exports.ts';
import { childAnswer, childJob } from './worker-result.ts';

const { documentsDir, cacheDir, root } = childJob<SharedPassagesJob>();
const { stats } = await buildSharedPassages(documentsDir, cacheDir, root);
childAnswer({ stats, withShared: stats.withShared } satisfies SharedFound);
