// The ingest command line: its options, their defaults, the help text, and a
// one-line error naming the option for anything it cannot take.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

export const DEFAULTS = {
  input: 'content/raw',
  output: 'content/documents',
  report: 'content/.ingest/report.json',
  overrides: 'content/overrides',
  /** Where --only writes unless --output and --report say otherwise: never the collection. */
  onlyOutput: 'content/.ingest/only/documents',
  onlyReport: 'content/.ingest/only/report.json',
} as const;

export interface IngestOptions {
  input: string;
  output: string;
  report: string;
  overrides: string;
  jobs: number;
  cache: boolean;
  quiet: boolean;
  help: boolean;
  only: string[];
  explain?: string;
  json: boolean;
}

/** A bad command line: exit code 2, one line naming the option. */
export class UsageError extends Error {}

export const USAGE = 'npm run ingest -- --help lists the options';

export function helpText(): string {
  return `Cleans scraped raw files (plain text or HTML in UTF-8, GB18030/GBK, Big5 or
UTF-16) into the archive's documents: one MDX file per document, near-duplicate
reposts merged into one document, files that cannot become a document
quarantined with their reason. The raw files are never modified.

usage: npm run ingest -- [options]
       npm run ingest -- --explain FILE [--json]

options:
  --input DIR       the raw files, every file under DIR           (default: ${DEFAULTS.input})
  --output DIR      where the documents go, <id>.mdx each         (default: ${DEFAULTS.output})
                    documents no longer produced are removed from it
  --report FILE     the JSON report: every input as a document, a merged repost or a
                    quarantine entry, and the summary's figures (default: ${DEFAULTS.report});
                    the run's timing goes beside it, in <report>.timing.json
  --overrides DIR   archivists' corrections, <id>.yml each        (default: ${DEFAULTS.overrides})
  --jobs N          worker threads for files not in the cache     (default: ${availableParallelism()}, one per CPU)
  --no-cache        run every file through the pipeline; read and store no cached result
                                                                  (default: the cache is used)
  --only GLOB       ingest only the raw files whose path under --input matches GLOB
                    (repeatable; e.g. 'gov/**' or '**/*.html'), into a scratch output:
                    --output defaults to ${DEFAULTS.onlyOutput} and --report to
                    ${DEFAULTS.onlyReport}; the collection (${DEFAULTS.output}) is
                    refused as --output. Reposts and learned template lines are found
                    within the subset only; overrides of documents outside it are ignored;
                    the cache is read, not written.                (default: every file)
  --explain FILE    run one raw file through the pipeline and print what each stage
                    changed: lines removed and the rule that removed them, damage
                    marked, characters converted, the title, date, type, region and
                    speakers chosen with their evidence, candidates rejected.
                    Writes nothing.                               (default: off)
  --json            with --explain: the same as JSON on stdout    (default: off)
  --quiet           no progress, no warning lines, no summary table; the closing
                    counts line and errors still print            (default: off)
  -h, --help        this text

where things go:
  documents   --output (${DEFAULTS.output}/<id>.mdx); written to <output>/.staging first,
              then renamed into place, so a failed or killed run leaves the previous collection
  report      --report (${DEFAULTS.report}), the same for the same input;
              the slowest stages of this run in report.timing.json beside it
  cache       node_modules/.cache/speech-archive/ingest/<version>/results.jsonl;
              the environment variable INGEST_CACHE_DIR moves it; deleting it is always safe
  overrides   --overrides (${DEFAULTS.overrides}/<id>.yml; see its README.md)
  progress    a bar on stderr when it is a terminal, a plain line every 2 s otherwise;
              warnings and quarantine reasons one line each on stderr; the summary on stdout

exit codes:
  0  every input was accounted for (quarantined ones included); --explain ran
  1  the run failed: an unreadable input folder or file, an invalid override or one
     for an unknown document, a full disk (the folder and the space needed are named;
     what was staged is removed and the previous collection is left as it was)
  2  bad arguments: an unknown option, a missing or bad value

examples:
  npm run ingest
      ingest ${DEFAULTS.input} into ${DEFAULTS.output}, with the report in ${DEFAULTS.report}
  npm run ingest -- --only '**/*.html' --no-cache
      try a rule change on the HTML pages only, into ${DEFAULTS.onlyOutput}
  npm run ingest -- --explain tests/eval/cases/gov-baoding-presser/raw.html
      see why that page got its title, date and region, and what was cut from it
`;
}

const SPEC = {
  input: { type: 'string' },
  output: { type: 'string' },
  report: { type: 'string' },
  overrides: { type: 'string', default: DEFAULTS.overrides },
  jobs: { type: 'string' },
  'no-cache': { type: 'boolean', default: false },
  only: { type: 'string', multiple: true },
  explain: { type: 'string' },
  json: { type: 'boolean', default: false },
  quiet: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** node:util's messages span lines and suggest `--`; ours name the option in one line. */
function usageError(error: NodeJS.ErrnoException): UsageError {
  const named = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError(`unknown option ${named}`);
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return new UsageError(`unexpected argument ${named}: every value follows its option, e.g. --input ${named}`);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take an argument/.test(error.message)
        ? new UsageError(`${named} takes no value`)
        : new UsageError(`${named.split(' ')[0]} needs a value`);
    default:
      return new UsageError(error.message.split('\n')[0]!);
  }
}

export function parseOptions(argv: string[]): IngestOptions {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: SPEC, strict: true, allowPositionals: false }));
  } catch (error) {
    throw usageError(error as NodeJS.ErrnoException);
  }
  for (const name of ['input', 'output', 'report', 'overrides', 'explain'] as const) {
    const value = values[name];
    if (value !== undefined && (value === '' || value.startsWith('-'))) throw new UsageError(`--${name} needs a path, not "${value}"`);
  }
  const jobs = values.jobs ?? String(availableParallelism());
  if (!/^[1-9]\d*$/.test(jobs)) throw new UsageError(`--jobs must be a positive whole number, not "${jobs}"`);
  const only = values.only ?? [];
  for (const glob of only) if (glob.trim() === '') throw new UsageError('--only needs a glob, not an empty string');
  if (values.json && values.explain === undefined) throw new UsageError('--json goes with --explain FILE');
  if (values.explain !== undefined && only.length > 0) throw new UsageError('--explain and --only do not go together: --explain takes one file');
  const output = values.output ?? (only.length ? DEFAULTS.onlyOutput : DEFAULTS.output);
  if (only.length > 0 && path.resolve(output) === path.resolve(DEFAULTS.output)) {
    throw new UsageError(`--only writes a scratch output, not the collection: --output ${output} is refused`);
  }
  return {
    input: values.input ?? DEFAULTS.input,
    output,
    report: values.report ?? (only.length ? DEFAULTS.onlyReport : DEFAULTS.report),
    overrides: values.overrides,
    jobs: Number(jobs),
    cache: !values['no-cache'],
    quiet: values.quiet,
    help: values.help,
    only,
    ...(values.explain !== undefined ? { explain: values.explain } : {}),
    json: values.json,
  };
}
