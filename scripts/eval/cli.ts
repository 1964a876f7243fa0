#!/usr/bin/env node
// npm run eval -- [--cases DIR] [--json FILE] [--case SLUG]… [--verbose]
//
// Runs the real ingest over the evaluation corpus (tests/eval/README.md) and
// prints, per case and in sum, how the cleaned text and metadata compare with
// the hand-written expectations. Exit 0 whatever the scores (the floor test
// judges them); 1 when the corpus cannot be read; 2 on bad arguments.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { DEFAULT_CASES_DIR, FIELDS } from './cases.ts';
import { evaluate, type CaseScore, type Summary } from './run.ts';

const usage = 'usage: npm run eval -- [--cases DIR] [--json FILE] [--case SLUG]… [--verbose]';

function args() {
  try {
    return parseArgs({
      options: {
        cases: { type: 'string', default: DEFAULT_CASES_DIR },
        json: { type: 'string' },
        case: { type: 'string', multiple: true },
        verbose: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    console.error(`eval: ${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
}

const FIELD_LETTER = { title: 'T', date: 'D', type: 'Y', province: 'P', city: 'C', county: 'X', speakers: 'S' } as const;

function row(s: CaseScore): string {
  const fields = FIELDS.map((f) => (s.fields[f].ok ? FIELD_LETTER[f] : '·')).join('');
  const dmg = s.damage.expected || s.damage.marked ? `${s.damage.marked}/${s.damage.expected}` : '';
  return [s.slug.padEnd(34), s.f1.toFixed(3), String(s.chromeLeft.length).padStart(3), String(s.lost.length).padStart(4), String(s.duplicated.length).padStart(3), String(s.traditionalLeft.length).padStart(4), String(s.pinyinLeft.length).padStart(3), dmg.padStart(5), fields].join('  ');
}

function details(s: CaseScore): string[] {
  const out: string[] = [];
  if (s.quarantined) out.push(`  quarantined: ${s.quarantined}`);
  for (const c of s.chromeLeft) out.push(`  chrome left: ${c}`);
  for (const l of s.lost) out.push(`  lost: ${l}`);
  for (const d of s.duplicated) out.push(`  duplicated: ${d}`);
  if (s.traditionalLeft.length) out.push(`  traditional left: ${s.traditionalLeft.join(' ')}`);
  if (s.pinyinLeft.length) out.push(`  pinyin left: ${s.pinyinLeft.join(' ')}`);
  for (const f of FIELDS) if (!s.fields[f].ok) out.push(`  ${f}: ${JSON.stringify(s.fields[f].actual)} (expected ${JSON.stringify(s.fields[f].expected)})`);
  return out;
}

function summaryLines(m: Summary): string[] {
  const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
  return [
    `cases ${m.cases}   body F1 mean ${m.meanF1.toFixed(4)}, lowest ${m.minF1.toFixed(4)}`,
    `chrome strings left ${m.chromeLeft}   sentences lost ${m.sentencesLost}, duplicated ${m.sentencesDuplicated}   traditional/variant left ${m.traditionalLeft}   pinyin left ${m.pinyinLeft}   damaged runs marked ${m.damageMarked}/${m.damageExpected}`,
    `accuracy  ${FIELDS.map((f) => `${f} ${pct(m.accuracy[f])}`).join('   ')}`,
  ];
}

async function main(): Promise<number> {
  const opts = args();
  if (opts.help) {
    console.log(`${usage}\n\n  --cases DIR   evaluation cases (default ${DEFAULT_CASES_DIR})\n  --json FILE   also write every score as JSON\n  --case SLUG   only these cases (repeatable)\n  --verbose     print what is wrong in each case`);
    return 0;
  }
  const only = opts.case?.length ? (slug: string) => opts.case!.includes(slug) : undefined;
  const run = await evaluate(opts.cases, only ? { only } : {});
  console.log(`${'case'.padEnd(34)}  F1     chr  lost dup  trad pin   dmg  fields (T title D date Y type P province C city X county S speakers)`);
  for (const s of run.scores) {
    console.log(row(s));
    if (opts.verbose) for (const line of details(s)) console.log(line);
  }
  console.log('');
  for (const line of summaryLines(run.summary)) console.log(line);
  if (opts.json) await writeFile(opts.json, JSON.stringify(run, null, 1) + '\n');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`eval failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
