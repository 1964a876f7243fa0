#!/usr/bin/env node
// node scripts/bench/shared-passages.ts --documents DIR --cache DIR [--json FILE]
//
// The shared-passages build step alone (src/lib/shared/build.ts) over a folder
// of generated documents, with its per-document cache in --cache: the bench
// runs it under GNU time with an empty cache (what a first build pays) and
// again after one document changed (what a rebuild pays), and it serves to
// measure the step at sizes where a whole build would take too long.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildSharedPassages } from '../../src/lib/shared/build.ts';

const { values: opts } = parseArgs({ options: { documents: { type: 'string' }, cache: { type: 'string' }, json: { type: 'string' } } });
if (!opts.documents || !opts.cache) throw new Error('shared-passages bench: --documents DIR and --cache DIR are needed');
const repo = path.resolve(import.meta.dirname, '../..');
const { stats } = await buildSharedPassages(path.resolve(opts.documents), path.resolve(opts.cache), repo);
const line = JSON.stringify(stats);
console.log(`shared passages: ${line}`);
if (opts.json) writeFileSync(path.resolve(opts.json), line + '\n');
