#!/usr/bin/env node
// node scripts/bench/search-site.ts --documents DIR [--site dist] [--json FILE]
//
// The search part of the benchmark without the full Astro build: builds the
// phrase index from a folder of ingested documents (their paragraph records,
// as the build does: buildPhraseIndex of src/integrations/phrase-index.ts,
// in its shards), e.g. bench-results/<N>/documents after `npm run bench`, or
// the output of `npm run ingest -- --input <raw corpus>`, drops it into a copy
// of a small built site (`npm run build` gives dist/), and measures the search
// page in Chromium as `npm run bench` does.
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { siteCodeVersion } from '../../core/cache/code-version.ts';
import { buildPhraseIndex, PHRASE_SHARD_DOCUMENTS } from '../../src/integrations/phrase-index.ts';
import { INDEX_DIR } from '../../src/lib/search/format.ts';
import { formatSearch } from './report.ts';
import { measureSearch } from './search.ts';

const { values: opts } = parseArgs({ options: { documents: { type: 'string' }, site: { type: 'string', default: 'dist' }, json: { type: 'string' } } });
if (!opts.documents) throw new Error('bench: --documents DIR (ingested .mdx files and their paragraph records) is required');

const repo = path.resolve(import.meta.dirname, '../..');
const site = mkdtempSync(path.join(tmpdir(), 'speech-archive-search-site-'));
let documents = 0;
try {
  cpSync(opts.site, site, { recursive: true });
  for (const entry of readdirSync(path.join(site, INDEX_DIR))) if (entry !== 'index.html') rmSync(path.join(site, INDEX_DIR, entry), { recursive: true });
  // A cache folder of its own, empty: every shard is built.
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'speech-archive-search-cache-'));
  try {
    const stats = await buildPhraseIndex({ documentsDir: path.resolve(opts.documents), site, cacheDir, version: siteCodeVersion(repo), perShard: PHRASE_SHARD_DOCUMENTS });
    console.error(
      `bench: phrase index of ${(documents = stats.documents)} documents in ${stats.shards} shards (${stats.parsed} MDX files parsed for want of a paragraph record), ${stats.written} files; measuring in Chromium`,
    );
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
  const search = await measureSearch(site);
  console.log(formatSearch(search, documents));
  if (opts.json) writeFileSync(path.resolve(opts.json), JSON.stringify({ documents, search }, null, 2) + '\n');
} finally {
  rmSync(site, { recursive: true, force: true });
}
