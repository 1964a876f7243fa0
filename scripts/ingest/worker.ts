// A pool worker: runs the pipeline on the raw files the main thread sends it.
// The stages' converters and dictionaries (OpenCC, jieba, the divisions) are
// module-level and built on first use, so each worker builds them once.
import { parentPort } from 'node:worker_threads';
import { ingestOne } from './pipeline.ts';
import type { Task } from './pool.ts';

parentPort!.on('message', ({ id, path, bytes }: Task) => {
  // Structured cloning turns the Buffer into a plain Uint8Array; the decoder expects a Buffer.
  const result = ingestOne({ path, bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  // As JSON text: posting a string costs less than cloning the object graph (measured: 5% of a
  // worker's time), and it is exactly what the cache stores, so a cached result and a fresh one
  // are the same object by construction.
  parentPort!.postMessage({ id, json: JSON.stringify(result) });
});
