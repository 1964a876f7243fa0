#!/usr/bin/env node
// node scripts/bench/pagefind-share.ts --documents DIR [--out DIR] [--per N]
//
// Where the CPU of the build's Pagefind index goes (docs/performance.md,
// ninth session, "Pagefind's share"): the same shards as
// src/integrations/pagefind.ts indexes, one after the other, with this
// process's CPU split into reading the documents (files, paragraph records,
// their checks), making the records and handing them to Pagefind's process
// (the API's JSON + base64 encoding, and the answers), and Pagefind's own
// process's CPU (read from /proc before it is ended) for adding the records
// and for writing the files. Prints one line per shard and the totals as JSON.
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefindApi from 'pagefind';
import { loadDocumentSync } from '../../src/lib/exports/paragraphs.ts';
import { pagefindRecord } from '../../src/lib/pagefind/records.ts';
import { SHARD_DOCUMENTS } from '../../src/integrations/pagefind.ts';

const { values } = parseArgs({ options: { documents: { type: 'string' }, out: { type: 'string', default: '/tmp/pagefind-share' }, per: { type: 'string' } } });
if (!values.documents) throw new Error('usage: pagefind-share.ts --documents DIR [--out DIR] [--per N]');
const documentsDir = path.resolve(values.documents);
const per = Number(values.per ?? SHARD_DOCUMENTS);
const ids = readdirSync(documentsDir).filter((n) => n.endsWith('.mdx')).map((n) => n.slice(0, -4)).sort();

const TICK = 100; // clock ticks per second of /proc/<pid>/stat
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e3;
};
/** utime + stime of the pid, in ms. */
const procCpu = (pid: number) => {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) / TICK) * 1e3;
};
/** Pagefind's service process: the live child of this process (the last shard's may not be reaped yet). */
const child = () => {
  let found = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[1]) === process.pid && fields[0] !== 'Z' && stat.includes('(pagefind')) found = Math.max(found, Number(entry));
    } catch {}
  }
  if (!found) throw new Error('no Pagefind process');
  return found;
};

const total = { read: 0, record: 0, send: 0, answers: 0, write: 0, pfAdd: 0, pfWrite: 0, wall: 0, contentChars: 0, metaChars: 0, filterChars: 0, encodedBytes: 0 };
const started = performance.now();
for (let at = 0, shard = 0; at < ids.length; at += per, shard++) {
  const shardIds = ids.slice(at, at + per);
  const s = { read: 0, record: 0, send: 0, answers: 0, write: 0, pfAdd: 0, pfWrite: 0 };
  const { index } = await pagefindApi.createIndex({});
  if (!index) throw new Error('no index');
  const pid = child();
  const pf0 = procCpu(pid);
  for (let b = 0; b < shardIds.length; b += 64) {
    const batch = shardIds.slice(b, b + 64);
    let t = cpu();
    const docs = batch.map((id) => loadDocumentSync(path.join(documentsDir, `${id}.mdx`)));
    s.read += cpu() - t;
    t = cpu();
    const records = docs.map((d) => pagefindRecord(d)).map((r) => (process.env.PAGEFIND_SHARE_VARIANT === 'bare' ? { ...r, meta: {}, filters: {} } : r));
    s.record += cpu() - t;
    for (const r of records) {
      total.contentChars += r.content.length;
      total.metaChars += JSON.stringify(r.meta).length;
      total.filterChars += JSON.stringify(r.filters).length;
      total.encodedBytes += Math.ceil(Buffer.byteLength(JSON.stringify({ message_id: 1, payload: { type: 'AddRecord', index_id: 1, ...r } })) / 3) * 4;
    }
    t = cpu();
    const pending = records.map((r) => index.addCustomRecord(r));
    s.send += cpu() - t;
    t = cpu();
    await Promise.all(pending);
    s.answers += cpu() - t;
  }
  const pf1 = procCpu(pid);
  const bundle = path.join(values.out!, `shard-${shard}`);
  rmSync(bundle, { recursive: true, force: true });
  const t = cpu();
  await index.writeFiles({ outputPath: bundle });
  s.write = cpu() - t;
  const pf2 = procCpu(pid);
  s.pfAdd = pf1 - pf0;
  s.pfWrite = pf2 - pf1;
  await index.deleteIndex();
  await pagefindApi.close();
  for (const k of Object.keys(s) as (keyof typeof s)[]) total[k] += s[k];
  console.log(`shard ${shard} (${shardIds.length} docs): ours read ${s.read.toFixed(0)} record ${s.record.toFixed(0)} send ${s.send.toFixed(0)} answers ${s.answers.toFixed(0)} write-wait ${s.write.toFixed(0)} ms; Pagefind add ${s.pfAdd.toFixed(0)} write ${s.pfWrite.toFixed(0)} ms`);
}
total.wall = performance.now() - started;
console.log(JSON.stringify({ documents: ids.length, per, ...Object.fromEntries(Object.entries(total).map(([k, v]) => [k, Math.round(v)])) }));
