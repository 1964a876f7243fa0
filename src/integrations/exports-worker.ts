// The exports' worker thread (dataExports in exports.ts): writes the exports
// and raw texts for the job it is given and posts its figures back.
import { parentPort, workerData } from 'node:worker_threads';
import { writeAllExports, type ExportsJob } from './exports.ts';

parentPort!.postMessage(await writeAllExports(workerData as ExportsJob));
