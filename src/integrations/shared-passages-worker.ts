// The shared passages' worker thread (dataExports in exports.ts): finds them
// for the job it is given, writes their index into the cache folder and posts
// back its figures. Not the index: the pages read it from the file, and a copy
// posted back would stay in the build's heap for the whole build.
import { parentPort, workerData } from 'node:worker_threads';
import { buildSharedPassages } from '../lib/shared/build.ts';
import type { SharedFound, SharedPassagesJob } from './exports.ts';

const { documentsDir, cacheDir, root } = workerData as SharedPassagesJob;
const { stats } = await buildSharedPassages(documentsDir, cacheDir, root);
parentPort!.postMessage({ stats, withShared: stats.withShared } satisfies SharedFound);
