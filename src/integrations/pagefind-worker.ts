// Pagefind's worker thread (pagefind in pagefind.ts): indexes the shards of
// the job it is given, talking to Pagefind's process from its own event loop,
// and posts the plan back.
import { parentPort, workerData } from 'node:worker_threads';
import { indexShards, type PagefindJob } from './pagefind.ts';

parentPort!.postMessage(await indexShards(workerData as PagefindJob));
