#!/usr/bin/env node
// node scripts/bench/search-site.ts --documents DIR [--site dist] [--json FILE]
//
// The search part of the benchmark without the full Astro build: builds the
// phrase index (buildIndex, as the phrase-index integration does) from a
// folder of ingested documents, e.g. bench-results/<N>/documents after
// `npm run bench`, or the output of `npm run ingest -- --input <raw corpus>`,
// drops it into a copy of a small built site (`npm run build` gives dist/),
// and measures the search page in Chromium as `npm run bench` does. Document
// text is read from the MDX as the exports read it (src/lib/exports/paragraphs.ts):
// the anchored paragraphs with the text the pages show.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildIndex, type IndexDoc } from '../../src/lib/search/build.ts';
import { buildFoldMap } from '../../src/lib/search/foldmap.ts';
import { INDEX_DIR, type DocMeta } from '../../src/lib/search/format.ts';
import { readDocument as readMdx } from '../../src/lib/exports/paragraphs.ts';
import { formatSearch } from './report.ts';
import { measureSearch } from './search.ts';

const { values: opts } = parseArgs({ options: { documents: { type: 'string' }, site: { type: 'string', default: 'dist' }, json: { type: 'string' } } });
if (!opts.documents) throw new Error('bench: --documents DIR (ingested .mdx files) is required');

/** An ingested MDX file as the index sees its built page: metadata, title, anchored paragraphs. */
function readDocument(file: string): IndexDoc {
  const { data, paragraphs: anchored } = readMdx(readFileSync(file, 'utf8'), file);
  const fm = data as { id: string; title: string; type: string; date?: string; year?: number; region?: DocMeta['region']; speakers?: { name: string }[] };
  const paragraphs = anchored.filter((p) => p.text.trim()).map((p): [string, string] => [p.id, p.text.trim()]);
  const region = fm.region && { province: fm.region.province, ...(fm.region.city ? { city: fm.region.city } : {}), ...(fm.region.county ? { county: fm.region.county } : {}) };
  const meta: DocMeta = { id: fm.id, type: fm.type, typeLabel: fm.type, speakers: (fm.speakers ?? []).map((s) => s.name), ...(fm.date ? { date: fm.date } : {}), ...(fm.year ? { year: fm.year } : {}), ...(region ? { region } : {}) };
  return { meta, text: { title: fm.title, paragraphs } };
}

const docs = readdirSync(opts.documents).filter((n) => n.endsWith('.mdx')).map((n) => readDocument(path.join(opts.documents!, n)));
docs.sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));
const site = mkdtempSync(path.join(tmpdir(), 'speech-archive-search-site-'));
try {
  cpSync(opts.site, site, { recursive: true });
  for (const entry of readdirSync(path.join(site, INDEX_DIR))) if (entry !== 'index.html') rmSync(path.join(site, INDEX_DIR, entry), { recursive: true });
  let bytes = 0;
  for (const [file, content] of buildIndex(docs, buildFoldMap())) {
    mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
    writeFileSync(path.join(site, file), content);
    bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.length;
  }
  console.error(`bench: phrase index of ${docs.length} documents, ${(bytes / 1e6).toFixed(1)} MB; measuring in Chromium`);
  const search = await measureSearch(site);
  console.log(formatSearch(search, docs.length));
  if (opts.json) writeFileSync(path.resolve(opts.json), JSON.stringify({ documents: docs.length, search }, null, 2) + '\n');
} finally {
  rmSync(site, { recursive: true, force: true });
}
