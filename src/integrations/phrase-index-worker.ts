// The phrase index's worker thread (phraseIndex in phrase-index.ts): builds
// the index for the job it is given and posts its figures back.
import { parentPort, workerData } from 'node:worker_threads';
import { buildPhraseIndex, type PhraseIndexJob } from './phrase-index.ts';

parentPort!.postMessage(await buildPhraseIndex(workerData as PhraseIndexJob));
