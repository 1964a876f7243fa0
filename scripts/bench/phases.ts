// Where an astro build's time goes, from its log lines. Astro prints no
// timing per phase, so setup, bundling and pages are timed from the arrival
// of the lines that start them. The three indexing integrations run at once
// (src/integrations/concurrent.ts): together they take from its `pages done` line
// to the last of their own lines, and each says how long it took itself.
import { lineAt, type Measured } from './measure.ts';

export interface BuildPhases {
  /** Config, content sync (parsing every MDX's frontmatter) and type generation. */
  setup: number;
  /** Vite/Rolldown bundling of the pages. */
  bundle: number;
  /** Rendering or restoring every page, pruning, the sitemap. */
  pages: number;
  /** Pagefind, phrase index and exports, running at the same time. */
  indexes: number;
  pagefind: number;
  phraseIndex: number;
  exports: number;
  /** Finding shared passages before the pages render (part of setup); absent in builds without the step. */
  sharedPassages?: number;
}

const MARKS = {
  bundle: /Building static entrypoints/,
  pages: /generating static routes/,
  pagesDone: /\[speech-archive:indexes\] pages done/,
};
const JOBS = {
  pagefind: /\[speech-archive:pagefind\] indexed .* in (\d+) ms/,
  phraseIndex: /\[speech-archive:phrase-index\] \d+ documents .* in (\d+) ms/,
  exports: /\[speech-archive:exports\] exported .* in (\d+) ms/,
};

const SHARED = /\[speech-archive:exports\] shared passages: .* in (\d+) ms/;

export function buildPhases(build: Measured): BuildPhases | undefined {
  const at = Object.fromEntries(Object.entries(MARKS).map(([k, re]) => [k, lineAt(build, re)])) as Record<keyof typeof MARKS, number | undefined>;
  const jobs = Object.entries(JOBS).map(([k, re]) => {
    const line = build.lines.find((l) => re.test(l.text));
    return line && ([k, { at: line.at, seconds: Number(re.exec(line.text)![1]) / 1000 }] as const);
  });
  if (Object.values(at).some((t) => t === undefined) || jobs.some((j) => !j)) return undefined;
  const t = at as Record<keyof typeof MARKS, number>;
  const job = Object.fromEntries(jobs.map((j) => j!)) as Record<keyof typeof JOBS, { at: number; seconds: number }>;
  const shared = build.lines.map((l) => SHARED.exec(l.text)).find((m) => m);
  return {
    ...(shared ? { sharedPassages: Number(shared[1]) / 1000 } : {}),
    setup: t.bundle,
    bundle: t.pages - t.bundle,
    pages: t.pagesDone - t.pages,
    indexes: Math.max(...Object.values(job).map((j) => j.at)) - t.pagesDone,
    pagefind: job.pagefind.seconds,
    phraseIndex: job.phraseIndex.seconds,
    exports: job.exports.seconds,
  };
}
