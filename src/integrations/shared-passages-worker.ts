// The shared passages' worker thread (dataExports in exports.ts): finds them
// for the job it is given, writes their index into the cache folder and posts
// it back with its figures.
import { parentPort, workerData } from 'node:worker_threads';
import { buildSharedPassages } from '../lib/shared/build.ts';
import type { SharedPassagesJob } from './exports.ts';

const { documentsDir, cacheDir, root } = workerData as SharedPassagesJob;
parentPort!.postMessage(await buildSharedPassages(documentsDir, cacheDir, root));
