// The corpus's lines as the chrome stage receives them, labelled from the
// hand-written expectations: body (the line is text of expected.txt), meta
// (the title, or a subtitle, date, speaker or byline line above the body,
// which later stages read) or chrome (neither). Lines that are partly body
// or too short to tell are left unlabelled.
import { access, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { cleaningStages, createFile } from '../ingest/pipeline.ts';
import { stripChrome } from '../ingest/stages/chrome.ts';
import { bylineNames } from '../ingest/stages/chrome/credits.ts';
import { isBlank, isProse } from '../ingest/stages/chrome/features.ts';
import { isBylineLine, isDateLine, parseNameLine } from '../ingest/structure/lines.ts';
import { comparable } from './metrics.ts';
import { readCases, type EvalCase } from './cases.ts';

export type LineLabel = 'body' | 'meta' | 'chrome';

export interface CaseLines {
  slug: string;
  site: string;
  lines: string[];
  /** The page's own title as the HTML stage found it, if any. */
  title?: string;
  html: boolean;
  /** One per line; undefined for blank, unsure or partly-body lines. */
  labels: (LineLabel | undefined)[];
}

/** The stages that run before the chrome stage. */
const BEFORE_CHROME = cleaningStages.slice(0, cleaningStages.indexOf(stripChrome));

/** A run this long shared with the body makes a line partly body. */
const SHARED_RUN = 10;
/** Shorter lines count as body only when they are a whole line of the body. */
const MIN_SUBSTRING = 6;

/** The lines of a raw file when the chrome stage runs, and the title the page states. */
export function linesBeforeChrome(rawPath: string, bytes: Uint8Array): { lines: string[]; title?: string; html: boolean } {
  const file = createFile({ path: rawPath, bytes });
  for (const stage of BEFORE_CHROME) stage(file);
  const title = file.data.candidates.title;
  return { lines: String(file.value).split('\n'), ...(title ? { title } : {}), html: file.data.format === 'html' };
}

/** Whether the line shares a run of SHARED_RUN characters with the text. */
function sharesRun(line: string, text: string): boolean {
  for (let k = 0; k + SHARED_RUN <= line.length; k++) if (text.includes(line.slice(k, k + SHARED_RUN))) return true;
  return false;
}

/** Labels of provenance and info lines, which are the page's (来源, 发布时间), not a byline. */
const INFO_LABEL = /^(?:来源|稿源|编辑|责任编辑|责编|审核|校对|发布|发表|时间|日期|\d)/u;

/**
 * Lines above the body that the metadata stages read: the title or part of
 * it, a subtitle (——在…上的讲话), a date line, a speaker's line, a byline
 * (记者 张三, 文/李四), a post and a name (河南省人民政府副省长 徐济超).
 * 'unsure' for a bare name, which may be an author's or a site's word.
 */
function metaOf(text: string, flat: string, c: EvalCase): 'meta' | 'unsure' | undefined {
  const title = c.title ? comparable(c.title) : '';
  const main = title.split(/—{1,2}|--/u)[0]!;
  // A breadcrumb or info row that repeats the title is not the title.
  const repeats = main !== '' && flat.includes(main) && flat.length <= main.length * 1.5 && !/[>»›|｜]/u.test(text);
  if (title && flat.length >= 2 && (title.includes(flat) || repeats)) return 'meta';
  if (/^[—-]{1,2}\s*\p{Script=Han}{4}/u.test(text) || isDateLine(text)) return 'meta';
  if (flat.length <= 40 && !/[:：]/u.test(text) && c.expected.speakers.some((name) => flat.includes(comparable(name)))) return 'meta';
  const labels = text.match(/[:：]/gu)?.length ?? 0;
  if (bylineNames(text) !== undefined || (isBylineLine(text) && !INFO_LABEL.test(text) && labels <= 1)) return 'meta';
  const name = parseNameLine(text);
  return name === undefined ? undefined : name.role ? 'meta' : 'unsure';
}

export function labelLines(lines: string[], c: EvalCase): (LineLabel | undefined)[] {
  const body = comparable(c.body);
  const bodyLines = new Set(c.body.split('\n').map(comparable));
  const first = lines.findIndex((line) => isProse(line) && body.includes(comparable(line)));
  return lines.map((line, i) => {
    if (isBlank(line)) return undefined;
    const flat = comparable(line);
    if (bodyLines.has(flat) || (flat.length >= MIN_SUBSTRING && body.includes(flat))) return 'body';
    const meta = first === -1 || i < first ? metaOf(line.trim(), flat, c) : undefined;
    if (meta) return meta === 'meta' ? 'meta' : undefined;
    if (body.includes(flat) || sharesRun(flat, body)) return undefined;
    return 'chrome';
  });
}

export async function caseLines(root: string, c: EvalCase): Promise<CaseLines> {
  const bytes = await readFile(path.join(root, c.raw));
  const { lines, title, html } = linesBeforeChrome(c.raw, bytes);
  return { slug: c.slug, site: c.site, lines, ...(title ? { title } : {}), html, labels: labelLines(lines, c) };
}

/**
 * The corpus in two halves by site (sites sorted, alternately), so that a
 * method designed on one half can be measured on the other.
 */
export function siteHalf(site: string, sites: readonly string[]): 'A' | 'B' {
  const sorted = [...new Set(sites)].sort();
  return sorted.indexOf(site) % 2 === 0 ? 'A' : 'B';
}

/** The cases whose expectations are written (others may be half-added while the corpus grows). */
export async function writtenCases(root: string): Promise<EvalCase[]> {
  const slugs = await readdir(root);
  const ready = new Set<string>();
  await Promise.all(
    slugs.map(async (slug) => {
      const files = ['expected.txt', 'meta.json'].map((f) => access(path.join(root, slug, f)));
      if ((await Promise.allSettled(files)).every((r) => r.status === 'fulfilled')) ready.add(slug);
    }),
  );
  return readCases(root, (slug) => ready.has(slug));
}
