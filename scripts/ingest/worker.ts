// A pool worker: runs the pipeline on the raw files the main thread sends it.
// The stages' converters and dictionaries (OpenCC, jieba, the divisions) are
// module-level and built on first use, so each worker builds them once.
import { parentPort } from 'node:worker_threads';
import { render } from './boilerplate.ts';
import { ingestOne, stages, type RawInput } from './pipeline.ts';
import type { RenderTask } from './pool.ts';
import { StageClock, TIMES_REQUEST } from './stage-clock.ts';

const clock = new StageClock(stages);

// The bytes arrive as a plain Uint8Array (structured cloning drops the Buffer class); the stages take either.
parentPort!.on('message', (input: RawInput | RenderTask | typeof TIMES_REQUEST) => {
  if (input === TIMES_REQUEST) {
    parentPort!.postMessage(clock.times);
    return;
  }
  // After the files, the documents that lost learned template lines are serialized here
  // rather than on the main thread alone (batch.ts).
  if ('render' in input) {
    parentPort!.postMessage(JSON.stringify(render(input.meta, input.blocks)));
    return;
  }
  // As JSON text: posting a string costs less than cloning the object graph
  // (docs/performance.md), and it is exactly what the cache stores, so a cached
  // result and a fresh one are the same object by construction.
  parentPort!.postMessage(JSON.stringify(ingestOne(input, clock.stages)));
});
