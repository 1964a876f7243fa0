// The evaluation corpus on disk: tests/eval/cases/<slug>/ with the raw page,
// the hand-written clean text and the expected metadata (see tests/eval/README.md).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export const DEFAULT_CASES_DIR = 'tests/eval/cases';

export const FIELDS = ['title', 'date', 'type', 'province', 'city', 'county', 'speakers'] as const;
export type Field = (typeof FIELDS)[number];

export interface Expected {
  title: string | null;
  date: string | null;
  type: string;
  province: string | null;
  city: string | null;
  county: string | null;
  speakers: string[];
}

export interface EvalCase {
  slug: string;
  /** The raw file, relative to the cases folder (`<slug>/raw.html`). */
  raw: string;
  /** Title line and body lines of expected.txt. */
  title: string | null;
  body: string;
  expected: Expected;
  chrome: string[];
  damaged: number;
  site: string;
}

/** Body lines as a reader sees them: heading marks dropped, turn labels kept. */
function bodyOf(lines: string[]): string {
  return lines.map((line) => line.replace(/^#{2,}\s*/u, '')).join('\n');
}

async function readCase(root: string, slug: string): Promise<EvalCase> {
  const dir = path.join(root, slug);
  const files = await readdir(dir);
  const raw = files.find((f) => /^raw\./u.test(f));
  if (!raw) throw new Error(`${dir}: no raw.* file`);
  const fail = (what: string) => new Error(`${path.join(dir, what)}: missing or unreadable`);
  const text = await readFile(path.join(dir, 'expected.txt'), 'utf8').catch(() => Promise.reject(fail('expected.txt')));
  const meta = JSON.parse(await readFile(path.join(dir, 'meta.json'), 'utf8').catch(() => Promise.reject(fail('meta.json'))));
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const titled = lines[0]?.startsWith('# ') ?? false;
  const expected = meta.expected as Expected;
  for (const field of FIELDS) if (!(field in expected)) throw new Error(`${path.join(dir, 'meta.json')}: expected.${field} missing`);
  return {
    slug,
    raw: `${slug}/${raw}`,
    title: titled ? lines[0].slice(2).trim() : null,
    body: bodyOf(titled ? lines.slice(1) : lines),
    expected,
    chrome: meta.chrome ?? [],
    damaged: meta.damaged ?? 0,
    site: meta.site ?? '',
  };
}

export async function readCases(root: string, only?: (slug: string) => boolean): Promise<EvalCase[]> {
  const entries = await readdir(root, { withFileTypes: true });
  const slugs = entries.filter((e) => e.isDirectory() && (only?.(e.name) ?? true)).map((e) => e.name).sort();
  return Promise.all(slugs.map((slug) => readCase(root, slug)));
}
