#!/usr/bin/env node
// npm run ingest -- [--input DIR] [--output DIR] [--report FILE]
//
// Reads every file under the input folder (never modifying it), runs the
// pipeline on each and writes one <id>.mdx per document. Every input is
// accounted for in the report as a document or a quarantine entry.
//
// Exit codes: 0 every input was accounted for (quarantined ones included);
// 1 the run failed (an unreadable folder, an invalid override);
// 2 bad arguments.
import { parseArgs } from 'node:util';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ingestOne } from './pipeline.ts';
import { listInputs, writeOutputs, writeReport, type Report } from './output.ts';

const usage = 'usage: npm run ingest -- [--input DIR] [--output DIR] [--report FILE] [--quiet]';

function args() {
  try {
    return parseArgs({
      options: {
        input: { type: 'string', default: 'content/raw' },
        output: { type: 'string', default: 'content/documents' },
        report: { type: 'string', default: 'content/.ingest/report.json' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    console.error(`ingest: ${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
}

async function main(): Promise<number> {
  const opts = args();
  if (opts.help) {
    console.log(usage);
    return 0;
  }
  const input = path.resolve(opts.input);
  const output = path.resolve(opts.output);
  const started = performance.now();
  const paths = await listInputs(input);
  const report: Report = { input: opts.input, inputs: paths.length, documents: [], quarantined: [] };
  const documents = [];
  for (const rel of paths) {
    const result = ingestOne({ path: rel, bytes: await readFile(path.join(input, rel)) });
    if (result.kind === 'quarantined') {
      report.quarantined.push({ path: rel, reason: result.reason });
      console.warn(`quarantined ${rel}: ${result.reason}`);
      continue;
    }
    documents.push(result);
    report.documents.push({ id: result.meta.id, path: rel, title: result.meta.title, warnings: result.meta.warnings.length });
    if (!opts.quiet) for (const w of result.meta.warnings) console.warn(`warning ${rel}: ${w}`);
  }
  const written = await writeOutputs(output, documents);
  await writeReport(path.resolve(opts.report), report);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `ingest: ${report.inputs} inputs → ${report.documents.length} documents, ${report.quarantined.length} quarantined ` +
      `(${written.changed} written, ${written.removed} removed) in ${seconds}s`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`ingest failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
